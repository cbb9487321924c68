// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThumbHashEncoder.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace TidemarkDev {

namespace {

struct CosTable
{
    int len = 0;
    std::vector<double> v;
};

//! Separable DCT of one channel into out[ky][kx] (row stride kMaxCoefficients or smaller).
template<int Stride>
void dct(const std::vector<double> &px, int w, int h, int nx, int ny, double (*out)[Stride])
{
    const double *cosX = ThumbHashEncoder::cosTable(w), *cosY = ThumbHashEncoder::cosTable(h);
    std::vector<double> rowSums(size_t(nx * h));
    for (int y = 0; y < h; ++y) {
        const double *row = px.data() + size_t(y * w);
        for (int cx = 0; cx < nx; ++cx) {
            const double *c = cosX + cx * w;
            double s = 0;
            for (int x = 0; x < w; ++x)
                s += row[x] * c[x];
            rowSums[size_t(cx * h + y)] = s;
        }
    }
    for (int cy = 0; cy < ny; ++cy)
        for (int cx = 0; cx < nx; ++cx) {
            double f = 0;
            for (int y = 0; y < h; ++y)
                f += rowSums[size_t(cx * h + y)] * cosY[cy * h + y];
            out[cy][cx] = f / (double(w) * h);
        }
}

struct Channel
{
    double dc = 0, scale = 0;
    double ac[ThumbHashEncoder::kMaxCoefficients
        * ThumbHashEncoder::kMaxCoefficients]; //!< 0..1, count used
    int count = 0;
};

//! The triangular walk over a grid: dc, then the AC terms scaled into 0..1.
template<int Stride> void walk(const double (*grid)[Stride], int nx, int ny, Channel *ch)
{
    for (int cy = 0; cy < ny; ++cy)
        for (int cx = 0; cx * ny < nx * (ny - cy); ++cx) {
            const double f = grid[cy][cx];
            if (cx || cy) {
                ch->ac[ch->count++] = f;
                ch->scale = std::max(ch->scale, std::abs(f));
            } else {
                ch->dc = f;
            }
        }
    if (ch->scale > 0)
        for (int i = 0; i < ch->count; ++i)
            ch->ac[i] = 0.5 + 0.5 / ch->scale * ch->ac[i];
}

//! Rounding of the format; every quantised value is >= 0.
quint32 q(double v)
{
    return quint32(v + 0.5);
}

} // namespace

const double *ThumbHashEncoder::cosTable(int len)
{
    // Sources come in a handful of sizes: one table per length and thread.
    thread_local std::vector<CosTable> tables;
    for (const CosTable &t : tables)
        if (t.len == len)
            return t.v.data();
    CosTable t;
    t.len = len;
    t.v.resize(size_t(kMaxCoefficients * len));
    for (int k = 0; k < kMaxCoefficients; ++k)
        for (int i = 0; i < len; ++i)
            t.v[size_t(k * len + i)] = std::cos(std::numbers::pi / len * k * (i + 0.5));
    tables.push_back(std::move(t));
    return tables.back().v.data();
}

void ThumbHashEncoder::lumaSize(int w, int h, bool hasAlpha, int *nx, int *ny, int *headerL)
{
    const int lLimit = hasAlpha ? 5 : 7;
    const int lx = std::max(1, int(std::lround(double(lLimit * w) / std::max(w, h))));
    const int ly = std::max(1, int(std::lround(double(lLimit * h) / std::max(w, h))));
    *nx = std::max(3, lx);
    *ny = std::max(3, ly);
    *headerL = w > h ? ly : lx;
}

ThumbHashEncoder::Spectrum ThumbHashEncoder::spectrum(const QImage &input)
{
    const QImage img = input.convertToFormat(QImage::Format_RGBA8888);
    Spectrum s;
    const int w = s.w = img.width(), h = s.h = img.height();
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
    const size_t count = size_t(w) * size_t(h);
    s.hasAlpha = avgA < double(count);
    std::vector<double> l(count), pc(count), qc(count), a(s.hasAlpha ? count : 0);
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
            if (s.hasAlpha)
                a[i] = alpha;
        }
    }
    int nx = 0, ny = 0, headerL = 0;
    lumaSize(w, h, s.hasAlpha, &nx, &ny, &headerL);
    dct(l, w, h, nx, ny, s.l);
    dct(pc, w, h, 3, 3, s.p);
    dct(qc, w, h, 3, 3, s.q);
    if (s.hasAlpha)
        dct(a, w, h, 5, 5, s.a);
    return s;
}

QByteArray ThumbHashEncoder::pack(const Spectrum &s)
{
    int nx = 0, ny = 0, headerL = 0;
    lumaSize(s.w, s.h, s.hasAlpha, &nx, &ny, &headerL);
    Channel L, P, Q, A;
    walk(s.l, nx, ny, &L);
    walk(s.p, 3, 3, &P);
    walk(s.q, 3, 3, &Q);
    if (s.hasAlpha)
        walk(s.a, 5, 5, &A);

    const bool isLandscape = s.w > s.h;
    const quint32 header24 = q(63 * L.dc) | (q(31.5 + 31.5 * P.dc) << 6)
        | (q(31.5 + 31.5 * Q.dc) << 12) | (q(31 * L.scale) << 18) | (s.hasAlpha ? 1u << 23 : 0u);
    const quint32 header16 = quint32(headerL) | (q(63 * P.scale) << 3) | (q(63 * Q.scale) << 9)
        | (isLandscape ? 1u << 15 : 0u);
    const int acStart = s.hasAlpha ? 6 : 5;
    const int acCount = L.count + P.count + Q.count + A.count;
    QByteArray hash(acStart + (acCount + 1) / 2, '\0');
    auto *out = reinterpret_cast<uchar *>(hash.data());
    out[0] = uchar(header24 & 255);
    out[1] = uchar((header24 >> 8) & 255);
    out[2] = uchar(header24 >> 16);
    out[3] = uchar(header16 & 255);
    out[4] = uchar(header16 >> 8);
    if (s.hasAlpha)
        out[5] = uchar(q(15 * A.dc) | (q(15 * A.scale) << 4));
    int acIndex = 0;
    for (const Channel *c : {&L, &P, &Q, &A})
        for (int i = 0; i < c->count; ++i) {
            out[acStart + (acIndex >> 1)] |= uchar(q(15 * c->ac[i]) << ((acIndex & 1) * 4));
            ++acIndex;
        }
    return hash;
}

QByteArray ThumbHashEncoder::encode(const QImage &input)
{
    if (input.isNull())
        return {};
    const QImage img = input.width() > kMaxEdge || input.height() > kMaxEdge
        ? input.scaled(kMaxEdge, kMaxEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation)
        : input;
    return pack(spectrum(img));
}

} // namespace TidemarkDev
