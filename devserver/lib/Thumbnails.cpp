// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
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
    const Shape shape = shapeOf(asset, w, h);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, kShapeAlpha));
    paintShape(p, shape.type, shape.cx, shape.cy, shape.size);
}

Thumbnails::Shape Thumbnails::shapeOf(const Asset &asset, int w, int h)
{
    const quint64 hsh = mix64(asset.id.hi, 77);
    return {int((hsh >> 40) % 3), int(w / 4 + (hsh % quint64(qMax(1, w / 2)))),
        int(h / 4 + ((hsh >> 20) % quint64(qMax(1, h / 2)))), qMin(w, h) / 3};
}

void Thumbnails::paintShape(QPainter &p, int type, int cx, int cy, int size)
{
    switch (type) {
    case 0:
        p.drawEllipse(QPoint(cx, cy), size / 2, size / 2);
        break;
    case 1:
        p.drawRect(cx - size / 2, cy - size / 2, size, size);
        break;
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

struct MaskPixel
{
    int x, y;
    double coverage; //!< shape alpha times antialiased coverage
};

//! A shape's sums at one place: DCT of its coverage c, and of c * t (t = gradient position).
struct Term
{
    int ky, kx;
    bool chroma; //!< also one of the P and Q channels' terms (their 3×3 triangle)
};

//! Everything about a thumbnail size that does not depend on the asset's colours.
struct HashGeometry
{
    QSize full, src;
    double sx = 1, sy = 1;
    int shapeSize = 0, maskEdge = 0;
    int nx = 0, ny = 0; //!< the L grid the hash uses
    std::vector<Term> terms; //!< the L triangle the hash keeps (P and Q use a part of it)
    std::vector<double> t; //!< gradient position 0..1 at each source pixel
    std::vector<double> tTerm; //!< DCT of t per term, divided by the source's pixel count
    std::vector<MaskPixel> masks[3];
    //! A shape's sums at one place, per term: DCT of its coverage c, then of c * t. Filled on
    //! first use; slotIndex [type][oy][ox] over (w + edge) × (h + edge) index into pool.
    std::vector<int> slotIndex;
    std::vector<float> pool;

    const float *shapeSums(int type, int ox, int oy);
};

HashGeometry *makeGeometry(QSize full, QSize src)
{
    auto *g = new HashGeometry;
    g->full = full;
    g->src = src;
    const int w = src.width(), h = src.height(), W = full.width(), H = full.height();
    g->sx = double(w) / W;
    g->sy = double(h) / H;
    int headerL = 0;
    ThumbHashEncoder::lumaSize(w, h, false, &g->nx, &g->ny, &headerL);
    g->t.resize(size_t(w * h));
    const double len2 = double(W) * W + double(H) * H;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const double X = (x + 0.5) / g->sx, Y = (y + 0.5) / g->sy;
            g->t[size_t(y * w + x)] = std::clamp((X * W + Y * H) / len2, 0.0, 1.0);
        }
    for (int ky = 0; ky < g->ny; ++ky)
        for (int kx = 0; kx * g->ny < g->nx * (g->ny - ky); ++kx)
            g->terms.push_back({ky, kx, kx < 3 - ky});
    const double *cosX = ThumbHashEncoder::cosTable(w), *cosY = ThumbHashEncoder::cosTable(h);
    for (const Term &term : g->terms) {
        double f = 0;
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                f += g->t[size_t(y * w + x)] * cosX[term.kx * w + x] * cosY[term.ky * h + y];
        g->tTerm.push_back(f / (double(w) * h));
    }
    // Each shape once, centred on a pixel corner of a small mask; placed per asset.
    g->shapeSize = qMin(W, H) / 3;
    g->maskEdge = int(std::ceil(g->shapeSize * qMax(g->sx, g->sy))) + 4;
    for (int type = 0; type < 3; ++type) {
        QImage mask(g->maskEdge, g->maskEdge, QImage::Format_ARGB32_Premultiplied);
        mask.fill(Qt::transparent);
        QPainter p(&mask);
        p.setRenderHint(QPainter::Antialiasing);
        p.translate(g->maskEdge / 2, g->maskEdge / 2);
        p.scale(g->sx, g->sy);
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        Thumbnails::paintShape(p, type, 0, 0, g->shapeSize);
        p.end();
        for (int y = 0; y < g->maskEdge; ++y)
            for (int x = 0; x < g->maskEdge; ++x)
                if (const int a = qAlpha(mask.pixel(x, y)))
                    g->masks[type].push_back({x, y, a / 255.0 * Thumbnails::kShapeAlpha / 255.0});
    }
    g->slotIndex.assign(size_t(3 * (w + g->maskEdge) * (h + g->maskEdge)), -1);
    return g;
}

const float *HashGeometry::shapeSums(int type, int ox, int oy)
{
    const int w = src.width(), h = src.height();
    // offsets run from -maskEdge (all outside on the left) to w
    const int ix = std::clamp(ox + maskEdge, 0, w + maskEdge - 1),
              iy = std::clamp(oy + maskEdge, 0, h + maskEdge - 1);
    int &slot = slotIndex[size_t((type * (h + maskEdge) + iy) * (w + maskEdge) + ix)];
    const size_t n = terms.size();
    if (slot >= 0)
        return pool.data() + slot;
    std::vector<double> c(n), ct(n);
    const double *cosX = ThumbHashEncoder::cosTable(w), *cosY = ThumbHashEncoder::cosTable(h);
    const double pixels = double(w) * h;
    for (const MaskPixel &m : masks[type]) {
        const int x = m.x + ix - maskEdge, y = m.y + iy - maskEdge;
        if (x < 0 || y < 0 || x >= w || y >= h)
            continue;
        const double cov = m.coverage / pixels, covT = cov * t[size_t(y * w + x)];
        for (size_t i = 0; i < n; ++i) {
            const double basis = cosX[terms[i].kx * w + x] * cosY[terms[i].ky * h + y];
            c[i] += cov * basis;
            ct[i] += covT * basis;
        }
    }
    slot = int(pool.size());
    pool.insert(pool.end(), c.begin(), c.end());
    pool.insert(pool.end(), ct.begin(), ct.end());
    return pool.data() + slot;
}

HashGeometry &hashGeometry(const Asset &asset)
{
    // A library has a handful of picture sizes; one entry per size and thread, no lock.
    thread_local std::vector<std::pair<quint32, std::unique_ptr<HashGeometry>>> cache;
    const quint32 key = quint32(asset.width) << 16 | asset.height;
    for (const auto &[k, g] : cache)
        if (k == key)
            return *g;
    const QSize full = Thumbnails::size(asset, false);
    cache.emplace_back(
        key, std::unique_ptr<HashGeometry>(makeGeometry(full, Thumbnails::hashSourceSize(full))));
    return *cache.back().second;
}

struct Lpq
{
    double l, p, q;
};
Lpq lpq(quint32 rgb)
{
    const double r = ((rgb >> 16) & 255) / 255.0, g = ((rgb >> 8) & 255) / 255.0,
                 b = (rgb & 255) / 255.0;
    return {(r + g + b) / 3, (r + g) / 2 - b, r - g};
}

} // namespace

QByteArray Thumbnails::thumbhash(const Asset &asset)
{
    HashGeometry &g = hashGeometry(asset);
    const Lpq a = lpq(AssetDerived::colorA(asset)), b = lpq(AssetDerived::colorB(asset));
    const Lpq d {b.l - a.l, b.p - a.p, b.q - a.q};

    // The picture is linear in its colours. Gradient: A + (B - A) t. The shape blends coverage c
    // of white over it, adding c * (white - A) - c * t * (B - A); white is L 1, P 0, Q 0.
    const Shape shape = shapeOf(asset, g.full.width(), g.full.height());
    const int ox = int(std::lround(shape.cx * g.sx)) - g.maskEdge / 2;
    const int oy = int(std::lround(shape.cy * g.sy)) - g.maskEdge / 2;
    const float *c = g.shapeSums(shape.type, ox, oy);
    const float *ct = c + g.terms.size();

    ThumbHashEncoder::Spectrum s;
    s.w = g.src.width();
    s.h = g.src.height();
    for (size_t i = 0; i < g.terms.size(); ++i) {
        const Term &term = g.terms[i];
        const double gradient = g.tTerm[i] - double(ct[i]);
        s.l[term.ky][term.kx] = d.l * gradient + (1 - a.l) * double(c[i]);
        if (term.chroma) {
            s.p[term.ky][term.kx] = d.p * gradient - a.p * double(c[i]);
            s.q[term.ky][term.kx] = d.q * gradient - a.q * double(c[i]);
        }
    }
    s.l[0][0] += a.l;
    s.p[0][0] += a.p;
    s.q[0][0] += a.q;
    return ThumbHashEncoder::pack(s);
}

QSize Thumbnails::hashSourceSize(QSize full)
{
    return full.scaled(kHashSourceEdge, kHashSourceEdge, Qt::KeepAspectRatio)
        .expandedTo(QSize(1, 1));
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

QByteArray Thumbnails::render(
    const Asset &asset, const QByteArray &label, bool preview, QByteArray *contentType)
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
            p.drawText(img.rect().adjusted(4, 4, -4, -4), Qt::AlignLeft | Qt::AlignBottom,
                QString::fromUtf8(label));
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
