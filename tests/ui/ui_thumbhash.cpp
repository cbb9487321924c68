// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ThumbHash decoder: checked against an encoder written in this test from the same public
// description (Evan Wallace's ThumbHash), so that a bit-order mistake on either side shows up as
// a colour or aspect-ratio mismatch.

#include "widgets/ThumbHash.h"

#include <QImage>
#include <QPainter>
#include <QTest>

#include <cmath>
#include <numbers>
#include <vector>

using namespace Tidemark;

namespace {

// Encoder of the ThumbHash format (RGBA, up to 100×100).
QByteArray encode(const QImage &input)
{
    const QImage img = input.convertToFormat(QImage::Format_RGBA8888);
    const int w = img.width(), h = img.height();
    double avgR = 0, avgG = 0, avgB = 0, avgA = 0;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const uchar *p = img.constScanLine(y) + 4 * x;
            const double alpha = p[3] / 255.0;
            avgR += alpha / 255.0 * p[0];
            avgG += alpha / 255.0 * p[1];
            avgB += alpha / 255.0 * p[2];
            avgA += alpha;
        }
    if (avgA > 0) {
        avgR /= avgA;
        avgG /= avgA;
        avgB /= avgA;
    }
    const bool hasAlpha = avgA < w * h;
    const int lLimit = hasAlpha ? 5 : 7;
    const int lx = std::max(1, int(std::lround(double(lLimit * w) / std::max(w, h))));
    const int ly = std::max(1, int(std::lround(double(lLimit * h) / std::max(w, h))));
    std::vector<double> l, pch, q, a;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const uchar *px = img.constScanLine(y) + 4 * x;
            const double alpha = px[3] / 255.0;
            const double r = avgR * (1 - alpha) + alpha / 255.0 * px[0];
            const double g = avgG * (1 - alpha) + alpha / 255.0 * px[1];
            const double b = avgB * (1 - alpha) + alpha / 255.0 * px[2];
            l.push_back((r + g + b) / 3);
            pch.push_back((r + g) / 2 - b);
            q.push_back(r - g);
            a.push_back(alpha);
        }
    auto encodeChannel
        = [&](const std::vector<double> &ch, int nx, int ny, double &dc, double &scale) {
              std::vector<double> ac;
              std::vector<double> fx(w);
              scale = 0;
              dc = 0;
              for (int cy = 0; cy < ny; ++cy) {
                  for (int cx = 0; cx * ny < nx * (ny - cy); ++cx) {
                      double f = 0;
                      for (int x = 0; x < w; ++x)
                          fx[x] = std::cos(std::numbers::pi / w * cx * (x + 0.5));
                      for (int y = 0; y < h; ++y) {
                          const double fy = std::cos(std::numbers::pi / h * cy * (y + 0.5));
                          for (int x = 0; x < w; ++x)
                              f += ch[y * w + x] * fx[x] * fy;
                      }
                      f /= w * h;
                      if (cx || cy) {
                          ac.push_back(f);
                          scale = std::max(scale, std::abs(f));
                      } else {
                          dc = f;
                      }
                  }
              }
              if (scale > 0)
                  for (double &v : ac)
                      v = 0.5 + 0.5 / scale * v;
              return ac;
          };
    double lDc, lScale, pDc, pScale, qDc, qScale, aDc = 1, aScale = 0;
    const std::vector<double> lAc = encodeChannel(l, std::max(lx, 3), std::max(ly, 3), lDc, lScale);
    const std::vector<double> pAc = encodeChannel(pch, 3, 3, pDc, pScale);
    const std::vector<double> qAc = encodeChannel(q, 3, 3, qDc, qScale);
    std::vector<double> aAc;
    if (hasAlpha)
        aAc = encodeChannel(a, 5, 5, aDc, aScale);
    const bool isLandscape = w > h;
    const quint32 header24 = quint32(std::lround(63 * lDc))
        | (quint32(std::lround(31.5 + 31.5 * pDc)) << 6)
        | (quint32(std::lround(31.5 + 31.5 * qDc)) << 12)
        | (quint32(std::lround(31 * lScale)) << 18) | (hasAlpha ? 1u << 23 : 0u);
    const quint32 header16 = quint32(isLandscape ? ly : lx)
        | (quint32(std::lround(63 * pScale)) << 3) | (quint32(std::lround(63 * qScale)) << 9)
        | (isLandscape ? 1u << 15 : 0u);
    QByteArray hash;
    hash.append(char(header24 & 255));
    hash.append(char((header24 >> 8) & 255));
    hash.append(char(header24 >> 16));
    hash.append(char(header16 & 255));
    hash.append(char(header16 >> 8));
    if (hasAlpha)
        hash.append(char(std::lround(15 * aDc) | (std::lround(15 * aScale) << 4)));
    bool odd = false;
    const std::vector<double> *channels[] = {&lAc, &pAc, &qAc, &aAc};
    for (const std::vector<double> *acs : channels) {
        for (double f : *acs) {
            const int u = int(std::lround(15 * f));
            if (odd)
                hash[hash.size() - 1] = char(uchar(hash.at(hash.size() - 1)) | (u << 4));
            else
                hash.append(char(u));
            odd = !odd;
        }
    }
    return hash;
}

} // namespace

class UiThumbHashTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badInput()
    {
        QVERIFY(ThumbHash::decode(QByteArray()).isNull());
        QVERIFY(ThumbHash::decode(QByteArray("abc")).isNull());
        QVERIFY(ThumbHash::decodeBase64(QStringLiteral("!!not base64!!")).isNull());
        QVERIFY(ThumbHash::decodeBase64(QString()).isNull());
        // A header promising more coefficients than present.
        QVERIFY(ThumbHash::decode(QByteArray(6, '\x7f')).isNull());
    }

    void solidColourRoundTrip_data()
    {
        QTest::addColumn<QColor>("colour");
        QTest::addColumn<QSize>("size");
        QTest::newRow("red landscape") << QColor(220, 40, 30) << QSize(100, 60);
        QTest::newRow("blue portrait") << QColor(30, 60, 200) << QSize(50, 100);
        QTest::newRow("grey square") << QColor(128, 128, 128) << QSize(80, 80);
    }
    void solidColourRoundTrip()
    {
        QFETCH(QColor, colour);
        QFETCH(QSize, size);
        QImage img(size, QImage::Format_RGBA8888);
        img.fill(colour);
        const QByteArray hash = encode(img);
        const QImage out = ThumbHash::decode(hash);
        QVERIFY(!out.isNull());
        QCOMPARE(std::max(out.width(), out.height()), 32);
        const double ratio = double(size.width()) / size.height();
        QVERIFY2(std::abs(double(out.width()) / out.height() - ratio) < 0.35,
            qPrintable(QStringLiteral("%1x%2").arg(out.width()).arg(out.height())));
        const QColor mid = out.pixelColor(out.width() / 2, out.height() / 2);
        QVERIFY2(std::abs(mid.red() - colour.red()) <= 12
                && std::abs(mid.green() - colour.green()) <= 12
                && std::abs(mid.blue() - colour.blue()) <= 12,
            qPrintable(mid.name()));
        const QColor avg = ThumbHash::averageColor(hash);
        QVERIFY(std::abs(avg.red() - colour.red()) <= 12);
        QCOMPARE(out.pixelColor(0, 0).alpha(), 255);
    }

    void gradientKeepsItsDirection()
    {
        // Left half dark, right half bright: the decoded image must say the same.
        QImage img(100, 75, QImage::Format_RGBA8888);
        QPainter p(&img);
        p.fillRect(0, 0, 50, 75, QColor(20, 20, 20));
        p.fillRect(50, 0, 50, 75, QColor(240, 240, 240));
        p.end();
        const QImage out = ThumbHash::decode(encode(img));
        QVERIFY(!out.isNull());
        QVERIFY(out.width() > out.height());
        const int left = out.pixelColor(2, out.height() / 2).lightness();
        const int right = out.pixelColor(out.width() - 3, out.height() / 2).lightness();
        QVERIFY2(right - left > 120, qPrintable(QStringLiteral("%1 vs %2").arg(left).arg(right)));
    }

    void alphaChannel()
    {
        QImage img(60, 60, QImage::Format_RGBA8888);
        img.fill(Qt::transparent);
        QPainter p(&img);
        p.fillRect(15, 15, 30, 30, QColor(0, 200, 0));
        p.end();
        const QByteArray hash = encode(img);
        QVERIFY(uchar(hash.at(2)) & 0x80); // hasAlpha
        const QImage out = ThumbHash::decode(hash);
        QVERIFY(!out.isNull());
        QVERIFY(out.pixelColor(out.width() / 2, out.height() / 2).alpha()
            > out.pixelColor(0, 0).alpha());
    }

    void base64()
    {
        QImage img(40, 30, QImage::Format_RGBA8888);
        img.fill(QColor(200, 150, 20));
        const QByteArray hash = encode(img);
        const QImage a = ThumbHash::decode(hash);
        const QImage b = ThumbHash::decodeBase64(QString::fromLatin1(hash.toBase64()));
        QCOMPARE(a, b);
    }
};

QTEST_MAIN(UiThumbHashTest)
#include "ui_thumbhash.moc"
