#include "ThumbHashEncoder.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace TidemarkDev {

namespace {

struct Channel {
    double dc = 0, scale = 0;
    std::vector<double> ac; //!< normalised to 0..1 once scale is known
};

// Separable DCT: per row, the x cosine sums for every cx; then per coefficient, the y sums.
Channel encodeChannel(const std::vector<double> &px, int w, int h, int nx, int ny)
{
    std::vector<double> cosX(size_t(nx * w)), cosY(size_t(ny * h)), rowSums(size_t(nx * h));
    for (int cx = 0; cx < nx; ++cx)
        for (int x = 0; x < w; ++x)
            cosX[size_t(cx * w + x)] = std::cos(std::numbers::pi / w * cx * (x + 0.5));
    for (int cy = 0; cy < ny; ++cy)
        for (int y = 0; y < h; ++y)
            cosY[size_t(cy * h + y)] = std::cos(std::numbers::pi / h * cy * (y + 0.5));
    for (int y = 0; y < h; ++y) {
        const double *row = px.data() + size_t(y * w);
        for (int cx = 0; cx < nx; ++cx) {
            const double *c = cosX.data() + size_t(cx * w);
            double s = 0;
            for (int x = 0; x < w; ++x)
                s += row[x] * c[x];
            rowSums[size_t(cx * h + y)] = s;
        }
    }
    Channel ch;
    for (int cy = 0; cy < ny; ++cy)
        for (int cx = 0; cx * ny < nx * (ny - cy); ++cx) {
            double f = 0;
            for (int y = 0; y < h; ++y)
                f += rowSums[size_t(cx * h + y)] * cosY[size_t(cy * h + y)];
            f /= double(w) * h;
            if (cx || cy) {
                ch.ac.push_back(f);
                ch.scale = std::max(ch.scale, std::abs(f));
            } else {
                ch.dc = f;
            }
        }
    if (ch.scale > 0)
        for (double &f : ch.ac)
            f = 0.5 + 0.5 / ch.scale * f;
    return ch;
}

quint32 q(double v) { return quint32(std::lround(v)); }

} // namespace

QByteArray ThumbHashEncoder::encode(const QImage &input)
{
    if (input.isNull())
        return {};
    QImage img = input;
    if (img.width() > kMaxEdge || img.height() > kMaxEdge)
        img = img.scaled(kMaxEdge, kMaxEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    img = img.convertToFormat(QImage::Format_RGBA8888);
    const int w = img.width(), h = img.height();

    double avgR = 0, avgG = 0, avgB = 0, avgA = 0;
    for (int y = 0; y < h; ++y) {
        const uchar *p = img.constScanLine(y);
        for (int x = 0; x < w; ++x, p += 4) {
            const double alpha = p[3] / 255.0;
            avgR += alpha / 255.0 * p[0];
            avgG += alpha / 255.0 * p[1];
            avgB += alpha / 255.0 * p[2];
            avgA += alpha;
        }
    }
    if (avgA > 0) {
        avgR /= avgA;
        avgG /= avgA;
        avgB /= avgA;
    }
    const int n = w * h;
    const bool hasAlpha = avgA < n;
    const int lLimit = hasAlpha ? 5 : 7;
    const int lx = std::max(1, int(std::lround(double(lLimit * w) / std::max(w, h))));
    const int ly = std::max(1, int(std::lround(double(lLimit * h) / std::max(w, h))));

    const size_t count = size_t(n);
    std::vector<double> l(count), pc(count), qc(count), a(hasAlpha ? count : 0);
    size_t i = 0;
    for (int y = 0; y < h; ++y) {
        const uchar *p = img.constScanLine(y);
        for (int x = 0; x < w; ++x, p += 4, ++i) {
            const double alpha = p[3] / 255.0;
            const double r = avgR * (1 - alpha) + alpha / 255.0 * p[0];
            const double g = avgG * (1 - alpha) + alpha / 255.0 * p[1];
            const double b = avgB * (1 - alpha) + alpha / 255.0 * p[2];
            l[i] = (r + g + b) / 3;
            pc[i] = (r + g) / 2 - b;
            qc[i] = r - g;
            if (hasAlpha)
                a[i] = alpha;
        }
    }
    const Channel L = encodeChannel(l, w, h, std::max(3, lx), std::max(3, ly));
    const Channel P = encodeChannel(pc, w, h, 3, 3);
    const Channel Q = encodeChannel(qc, w, h, 3, 3);
    const Channel A = hasAlpha ? encodeChannel(a, w, h, 5, 5) : Channel{};

    const bool isLandscape = w > h;
    const quint32 header24 = q(63 * L.dc) | (q(31.5 + 31.5 * P.dc) << 6) | (q(31.5 + 31.5 * Q.dc) << 12)
        | (q(31 * L.scale) << 18) | (hasAlpha ? 1u << 23 : 0u);
    const quint32 header16 = quint32(isLandscape ? ly : lx) | (q(63 * P.scale) << 3) | (q(63 * Q.scale) << 9)
        | (isLandscape ? 1u << 15 : 0u);
    const int acStart = hasAlpha ? 6 : 5;
    const size_t acCount = L.ac.size() + P.ac.size() + Q.ac.size() + A.ac.size();
    QByteArray hash(acStart + qsizetype((acCount + 1) / 2), '\0');
    auto *out = reinterpret_cast<uchar *>(hash.data());
    out[0] = uchar(header24 & 255);
    out[1] = uchar((header24 >> 8) & 255);
    out[2] = uchar(header24 >> 16);
    out[3] = uchar(header16 & 255);
    out[4] = uchar(header16 >> 8);
    if (hasAlpha)
        out[5] = uchar(q(15 * A.dc) | (q(15 * A.scale) << 4));
    int acIndex = 0;
    for (const Channel *c : {&L, &P, &Q, &A})
        for (double f : c->ac) {
            out[acStart + (acIndex >> 1)] |= uchar(q(15 * f) << ((acIndex & 1) * 4));
            ++acIndex;
        }
    return hash;
}

} // namespace TidemarkDev
