// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ThumbHash.h"

#include <QList>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Tidemark::ThumbHash {

namespace {

struct Header
{
    double lDc = 0, pDc = 0, qDc = 0, lScale = 0, pScale = 0, qScale = 0, aDc = 1, aScale = 0;
    bool hasAlpha = false;
    bool isLandscape = false;
    int lx = 0, ly = 0;
};

inline int byteAt(const QByteArray &h, qsizetype i)
{
    return static_cast<unsigned char>(h.at(i));
}

bool readHeader(const QByteArray &hash, Header *out)
{
    if (hash.size() < 5)
        return false;
    const quint32 header24 = quint32(byteAt(hash, 0)) | (quint32(byteAt(hash, 1)) << 8)
        | (quint32(byteAt(hash, 2)) << 16);
    const quint32 header16 = quint32(byteAt(hash, 3)) | (quint32(byteAt(hash, 4)) << 8);
    Header h;
    h.lDc = double(header24 & 63) / 63.0;
    h.pDc = double((header24 >> 6) & 63) / 31.5 - 1.0;
    h.qDc = double((header24 >> 12) & 63) / 31.5 - 1.0;
    h.lScale = double((header24 >> 18) & 31) / 31.0;
    h.hasAlpha = (header24 >> 23) != 0;
    h.pScale = double((header16 >> 3) & 63) / 63.0;
    h.qScale = double((header16 >> 9) & 63) / 63.0;
    h.isLandscape = (header16 >> 15) != 0;
    const int low3 = int(header16 & 7);
    h.lx = std::max(3, h.isLandscape ? (h.hasAlpha ? 5 : 7) : low3);
    h.ly = std::max(3, h.isLandscape ? low3 : (h.hasAlpha ? 5 : 7));
    if (h.hasAlpha) {
        if (hash.size() < 6)
            return false;
        h.aDc = double(byteAt(hash, 5) & 15) / 15.0;
        h.aScale = double(byteAt(hash, 5) >> 4) / 15.0;
    }
    *out = h;
    return true;
}

//! Number of AC coefficients of an nx×ny channel in the triangular walk.
int acCount(int nx, int ny)
{
    int n = 0;
    for (int cy = 0; cy < ny; ++cy)
        for (int cx = cy ? 0 : 1; cx * ny < nx * (ny - cy); ++cx)
            ++n;
    return n;
}

} // namespace

double approximateAspectRatio(const QByteArray &hash)
{
    if (hash.size() < 5)
        return 0;
    const int header = byteAt(hash, 3);
    const bool hasAlpha = (byteAt(hash, 2) & 0x80) != 0;
    const bool isLandscape = (byteAt(hash, 4) & 0x80) != 0;
    const int lx = isLandscape ? (hasAlpha ? 5 : 7) : (header & 7);
    const int ly = isLandscape ? (header & 7) : (hasAlpha ? 5 : 7);
    if (lx <= 0 || ly <= 0)
        return 0;
    return double(lx) / double(ly);
}

QColor averageColor(const QByteArray &hash)
{
    Header h;
    if (!readHeader(hash, &h))
        return {};
    const double b = h.lDc - 2.0 / 3.0 * h.pDc;
    const double r = (3.0 * h.lDc - b + h.qDc) / 2.0;
    const double g = r - h.qDc;
    auto c = [](double v) { return std::clamp(v, 0.0, 1.0); };
    return QColor::fromRgbF(float(c(r)), float(c(g)), float(c(b)), float(c(h.aDc)));
}

QImage decode(const QByteArray &hash)
{
    Header h;
    if (!readHeader(hash, &h))
        return {};

    const int acStart = h.hasAlpha ? 6 : 5;
    const int needed = acCount(h.lx, h.ly) + 2 * acCount(3, 3) + (h.hasAlpha ? acCount(5, 5) : 0);
    if (hash.size() < acStart + (needed + 1) / 2)
        return {};

    int acIndex = 0;
    auto decodeChannel = [&](int nx, int ny, double scale) {
        QList<double> ac;
        ac.reserve(acCount(nx, ny));
        for (int cy = 0; cy < ny; ++cy) {
            for (int cx = cy ? 0 : 1; cx * ny < nx * (ny - cy); ++cx) {
                const int byte = byteAt(hash, acStart + (acIndex >> 1));
                const int nibble = (byte >> ((acIndex & 1) << 2)) & 15;
                ++acIndex;
                ac.append((double(nibble) / 7.5 - 1.0) * scale);
            }
        }
        return ac;
    };
    const QList<double> lAc = decodeChannel(h.lx, h.ly, h.lScale);
    // Chroma is boosted by 1.25 to compensate for quantisation, as the format prescribes.
    const QList<double> pAc = decodeChannel(3, 3, h.pScale * 1.25);
    const QList<double> qAc = decodeChannel(3, 3, h.qScale * 1.25);
    const QList<double> aAc = h.hasAlpha ? decodeChannel(5, 5, h.aScale) : QList<double>();

    const double ratio = approximateAspectRatio(hash);
    if (ratio <= 0)
        return {};
    const int w = int(std::lround(ratio > 1 ? 32.0 : 32.0 * ratio));
    const int hgt = int(std::lround(ratio > 1 ? 32.0 / ratio : 32.0));
    if (w <= 0 || hgt <= 0)
        return {};

    QImage image(w, hgt, QImage::Format_RGBA8888);
    const int nxMax = std::max(h.lx, h.hasAlpha ? 5 : 3);
    const int nyMax = std::max(h.ly, h.hasAlpha ? 5 : 3);
    QList<double> fx(nxMax), fy(nyMax);
    constexpr double pi = std::numbers::pi;

    for (int y = 0; y < hgt; ++y) {
        uchar *line = image.scanLine(y);
        for (int cy = 0; cy < nyMax; ++cy)
            fy[cy] = std::cos(pi / hgt * (y + 0.5) * cy);
        for (int x = 0; x < w; ++x) {
            double l = h.lDc, p = h.pDc, q = h.qDc, a = h.aDc;
            for (int cx = 0; cx < nxMax; ++cx)
                fx[cx] = std::cos(pi / w * (x + 0.5) * cx);

            for (int cy = 0, j = 0; cy < h.ly; ++cy) {
                const double fy2 = fy[cy] * 2.0;
                for (int cx = cy ? 0 : 1; cx * h.ly < h.lx * (h.ly - cy); ++cx, ++j)
                    l += lAc[j] * fx[cx] * fy2;
            }
            for (int cy = 0, j = 0; cy < 3; ++cy) {
                const double fy2 = fy[cy] * 2.0;
                for (int cx = cy ? 0 : 1; cx < 3 - cy; ++cx, ++j) {
                    const double f = fx[cx] * fy2;
                    p += pAc[j] * f;
                    q += qAc[j] * f;
                }
            }
            if (h.hasAlpha) {
                for (int cy = 0, j = 0; cy < 5; ++cy) {
                    const double fy2 = fy[cy] * 2.0;
                    for (int cx = cy ? 0 : 1; cx < 5 - cy; ++cx, ++j)
                        a += aAc[j] * fx[cx] * fy2;
                }
            }

            const double b = l - 2.0 / 3.0 * p;
            const double r = (3.0 * l - b + q) / 2.0;
            const double g = r - q;
            auto to8 = [](double v) { return uchar(std::lround(255.0 * std::clamp(v, 0.0, 1.0))); };
            uchar *px = line + x * 4;
            px[0] = to8(r);
            px[1] = to8(g);
            px[2] = to8(b);
            px[3] = to8(a);
        }
    }
    return image;
}

QImage decodeBase64(const QString &base64)
{
    if (base64.isEmpty())
        return {};
    const auto result = QByteArray::fromBase64Encoding(
        base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return {};
    return decode(*result);
}

} // namespace Tidemark::ThumbHash
