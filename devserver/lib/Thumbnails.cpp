#include "Thumbnails.h"

#include "AssetDerived.h"
#include "Library.h"
#include "ThumbHashEncoder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace TidemarkDev {

bool Thumbnails::webpAvailable()
{
    static const bool ok = QImageWriter::supportedImageFormats().contains("webp");
    return ok;
}

QSize Thumbnails::size(const Asset &asset, bool preview)
{
    const int longEdge = preview ? 1440 : 250;
    int w = qMax<int>(1, asset.width), h = qMax<int>(1, asset.height);
    if (w >= h) {
        h = qMax(1, h * longEdge / w);
        w = longEdge;
    } else {
        w = qMax(1, w * longEdge / h);
        h = longEdge;
    }
    if (!preview) {
        // Immich thumbnails keep the short edge at 250 px
        const double scale = 250.0 / qMin(w, h);
        w = qRound(w * scale);
        h = qRound(h * scale);
    }
    return {w, h};
}

void Thumbnails::paintPicture(QPainter &p, const Asset &asset, int w, int h)
{
    const QColor a = QColor::fromRgb(AssetDerived::colorA(asset));
    const QColor b = QColor::fromRgb(AssetDerived::colorB(asset));
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient g(0, 0, w, h);
    g.setColorAt(0, a);
    g.setColorAt(1, b);
    p.fillRect(QRect(0, 0, w, h), g);
    const quint64 hsh = mix64(asset.id.hi, 77);
    const int size = qMin(w, h) / 3;
    const int cx = int(w / 4 + (hsh % quint64(qMax(1, w / 2))));
    const int cy = int(h / 4 + ((hsh >> 20) % quint64(qMax(1, h / 2))));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, kShapeAlpha));
    paintShape(p, int((hsh >> 40) % 3), cx, cy, size);
}

void Thumbnails::paintShape(QPainter &p, int type, int cx, int cy, int size)
{
    switch (type) {
    case 0: p.drawEllipse(QPoint(cx, cy), size / 2, size / 2); break;
    case 1: p.drawRect(cx - size / 2, cy - size / 2, size, size); break;
    default: {
        QPainterPath path;
        path.moveTo(cx, cy - size / 2);
        path.lineTo(cx + size / 2, cy + size / 2);
        path.lineTo(cx - size / 2, cy + size / 2);
        path.closeSubpath();
        p.drawPath(path);
    }
    }
}

namespace {

constexpr int kN = ThumbHashEncoder::kMaxCoefficients;

struct MaskPixel {
    int x, y;
    double coverage; //!< shape alpha times antialiased coverage
};

//! Everything about a thumbnail size that does not depend on the asset's colours or shape place.
struct HashGeometry {
    QSize full, src;
    double sx = 1, sy = 1;
    int shapeSize = 0;
    std::vector<double> t;      //!< gradient position 0..1 at each source pixel
    double tDct[kN][kN] = {};   //!< DCT of t over the source, divided by its pixel count
    std::vector<MaskPixel> masks[3];
    int maskEdge = 0;
};

HashGeometry makeGeometry(QSize full, QSize src)
{
    HashGeometry g;
    g.full = full;
    g.src = src;
    const int w = src.width(), h = src.height(), W = full.width(), H = full.height();
    g.sx = double(w) / W;
    g.sy = double(h) / H;
    g.t.resize(size_t(w * h));
    const double len2 = double(W) * W + double(H) * H;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const double X = (x + 0.5) / g.sx, Y = (y + 0.5) / g.sy;
            g.t[size_t(y * w + x)] = std::clamp((X * W + Y * H) / len2, 0.0, 1.0);
        }
    const double *cosX = ThumbHashEncoder::cosTable(w), *cosY = ThumbHashEncoder::cosTable(h);
    for (int ky = 0; ky < kN; ++ky)
        for (int kx = 0; kx < kN; ++kx) {
            double f = 0;
            for (int y = 0; y < h; ++y)
                for (int x = 0; x < w; ++x)
                    f += g.t[size_t(y * w + x)] * cosX[kx * w + x] * cosY[ky * h + y];
            g.tDct[ky][kx] = f / (double(w) * h);
        }
    // Each shape once, centred on a pixel corner of a small mask; placed per asset.
    g.shapeSize = qMin(W, H) / 3;
    g.maskEdge = int(std::ceil(g.shapeSize * qMax(g.sx, g.sy))) + 4;
    for (int type = 0; type < 3; ++type) {
        QImage mask(g.maskEdge, g.maskEdge, QImage::Format_ARGB32_Premultiplied);
        mask.fill(Qt::transparent);
        QPainter p(&mask);
        p.setRenderHint(QPainter::Antialiasing);
        p.translate(g.maskEdge / 2, g.maskEdge / 2);
        p.scale(g.sx, g.sy);
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        Thumbnails::paintShape(p, type, 0, 0, g.shapeSize);
        p.end();
        for (int y = 0; y < g.maskEdge; ++y)
            for (int x = 0; x < g.maskEdge; ++x)
                if (const int a = qAlpha(mask.pixel(x, y)))
                    g.masks[type].push_back({x, y, a / 255.0 * Thumbnails::kShapeAlpha / 255.0});
    }
    return g;
}

const HashGeometry &hashGeometry(QSize full, QSize src)
{
    // A library has a handful of thumbnail sizes; one entry per size and thread, no lock.
    thread_local std::vector<std::unique_ptr<HashGeometry>> cache;
    for (const auto &g : cache)
        if (g->full == full)
            return *g;
    cache.push_back(std::make_unique<HashGeometry>(makeGeometry(full, src)));
    return *cache.back();
}

struct Lpq {
    double l, p, q;
};
Lpq lpq(quint32 rgb)
{
    const double r = ((rgb >> 16) & 255) / 255.0, g = ((rgb >> 8) & 255) / 255.0, b = (rgb & 255) / 255.0;
    return {(r + g + b) / 3, (r + g) / 2 - b, r - g};
}

} // namespace

QByteArray Thumbnails::thumbhash(const Asset &asset)
{
    const QSize full = size(asset, false);
    const HashGeometry &g = hashGeometry(full, hashSourceSize(full));
    const int w = g.src.width(), h = g.src.height();
    const Lpq a = lpq(AssetDerived::colorA(asset)), b = lpq(AssetDerived::colorB(asset));
    const Lpq d{b.l - a.l, b.p - a.p, b.q - a.q};

    // The picture is linear in its colours: gradient A + (B - A) t, then the shape blends
    // coverage c of white over it. Gradient part from the precomputed DCT of t ...
    ThumbHashEncoder::Spectrum s;
    s.w = w;
    s.h = h;
    for (int ky = 0; ky < kN; ++ky)
        for (int kx = 0; kx < kN; ++kx)
            s.l[ky][kx] = d.l * g.tDct[ky][kx];
    for (int ky = 0; ky < 3; ++ky)
        for (int kx = 0; kx < 3; ++kx) {
            s.p[ky][kx] = d.p * g.tDct[ky][kx];
            s.q[ky][kx] = d.q * g.tDct[ky][kx];
        }
    s.l[0][0] += a.l;
    s.p[0][0] += a.p;
    s.q[0][0] += a.q;

    // ... shape part summed over its few pixels only, row by row (c * (white - gradient)).
    const quint64 hsh = mix64(asset.id.hi, 77);
    const int W = full.width(), H = full.height();
    const int cx = int(W / 4 + (hsh % quint64(qMax(1, W / 2))));
    const int cy = int(H / 4 + ((hsh >> 20) % quint64(qMax(1, H / 2))));
    const int ox = int(std::lround(cx * g.sx)) - g.maskEdge / 2, oy = int(std::lround(cy * g.sy)) - g.maskEdge / 2;
    const double *cosX = ThumbHashEncoder::cosTable(w), *cosY = ThumbHashEncoder::cosTable(h);
    double rowL[kN] = {}, rowP[3] = {}, rowQ[3] = {};
    double shapeL[kN][kN] = {}, shapeP[3][3] = {}, shapeQ[3][3] = {};
    auto flushRow = [&](int y) {
        for (int ky = 0; ky < kN; ++ky) {
            const double cy2 = cosY[ky * h + y];
            for (int kx = 0; kx < kN; ++kx)
                shapeL[ky][kx] += rowL[kx] * cy2;
            if (ky < 3)
                for (int kx = 0; kx < 3; ++kx) {
                    shapeP[ky][kx] += rowP[kx] * cy2;
                    shapeQ[ky][kx] += rowQ[kx] * cy2;
                }
        }
        std::fill(std::begin(rowL), std::end(rowL), 0.0);
        std::fill(std::begin(rowP), std::end(rowP), 0.0);
        std::fill(std::begin(rowQ), std::end(rowQ), 0.0);
    };
    int row = -1;
    for (const MaskPixel &m : g.masks[(hsh >> 40) % 3]) {
        const int x = m.x + ox, y = m.y + oy;
        if (x < 0 || y < 0 || x >= w || y >= h)
            continue;
        if (y != row) {
            if (row >= 0)
                flushRow(row);
            row = y;
        }
        const double t = g.t[size_t(y * w + x)];
        const double dl = m.coverage * (1 - a.l - d.l * t);
        const double dp = -m.coverage * (a.p + d.p * t);
        const double dq = -m.coverage * (a.q + d.q * t);
        for (int kx = 0; kx < kN; ++kx)
            rowL[kx] += dl * cosX[kx * w + x];
        for (int kx = 0; kx < 3; ++kx) {
            rowP[kx] += dp * cosX[kx * w + x];
            rowQ[kx] += dq * cosX[kx * w + x];
        }
    }
    if (row >= 0)
        flushRow(row);
    const double n = double(w) * h;
    for (int ky = 0; ky < kN; ++ky)
        for (int kx = 0; kx < kN; ++kx)
            s.l[ky][kx] += shapeL[ky][kx] / n;
    for (int ky = 0; ky < 3; ++ky)
        for (int kx = 0; kx < 3; ++kx) {
            s.p[ky][kx] += shapeP[ky][kx] / n;
            s.q[ky][kx] += shapeQ[ky][kx] / n;
        }
    return ThumbHashEncoder::pack(s);
}

QSize Thumbnails::hashSourceSize(QSize full)
{
    return full.scaled(kHashSourceEdge, kHashSourceEdge, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
}

QImage Thumbnails::hashSource(const Asset &asset)
{
    const QSize full = size(asset, false);
    const QSize s = hashSourceSize(full);
    QImage img(s, QImage::Format_RGB32);
    QPainter p(&img);
    // Painted in the thumbnail's own coordinates so that rounding in the shape's position and
    // size is the same as in the served image.
    p.scale(double(s.width()) / full.width(), double(s.height()) / full.height());
    paintPicture(p, asset, full.width(), full.height());
    p.end();
    return img;
}

QByteArray Thumbnails::render(const Asset &asset, const QByteArray &label, bool preview, QByteArray *contentType)
{
    const QSize s = size(asset, preview);
    const int w = s.width(), h = s.height();
    QImage img(w, h, QImage::Format_RGB32);
    {
        QPainter p(&img);
        paintPicture(p, asset, w, h);
        if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
            QFont f;
            f.setPixelSize(qMax(10, qMin(w, h) / 12));
            f.setBold(true);
            p.setFont(f);
            p.setPen(Qt::white);
            p.drawText(img.rect().adjusted(4, 4, -4, -4), Qt::AlignLeft | Qt::AlignBottom, QString::fromUtf8(label));
        }
    }
    QByteArray out;
    QBuffer buf(&out);
    buf.open(QIODevice::WriteOnly);
    const bool webp = !preview && webpAvailable();
    img.save(&buf, webp ? "WEBP" : "JPEG", preview ? 85 : 80);
    *contentType = webp ? QByteArray("image/webp") : QByteArray("image/jpeg");
    return out;
}

} // namespace TidemarkDev
