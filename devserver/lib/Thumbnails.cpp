#include "Thumbnails.h"

#include "AssetDerived.h"
#include "Library.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

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
    p.setBrush(QColor(255, 255, 255, 150));
    switch ((hsh >> 40) % 3) {
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

QImage Thumbnails::hashSource(const Asset &asset)
{
    const QSize full = size(asset, false);
    const QSize s = full.scaled(kHashSourceEdge, kHashSourceEdge, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
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
