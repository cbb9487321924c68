// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ThumbHash encoder: turns a small image into the ~25-byte placeholder a real server stores per
// asset (base64 in the asset DTO's "thumbhash"). Clients decode it into a blurred preview while
// the thumbnail loads, so the hash has to describe the same picture the thumbnail endpoint serves.
//
// Written from the public description of the ThumbHash format by Evan Wallace (MIT licence):
// pixels go to an LPQ(A) colour space (luminance, two chroma axes, alpha), each channel gets a
// low-frequency DCT (L up to 7×7, P and Q 3×3, A 5×5, coefficients walked in a triangular order),
// and the hash is a 5-byte header (DC terms, scales, alpha flag, L size, orientation; a sixth byte
// for alpha) followed by the AC coefficients quantised to 4 bits.
//
// Two steps, so that a caller who knows its picture analytically (Thumbnails) can fill the
// spectrum without pixels and still share the packing: spectrum() then pack().
//
// Kept apart from the client's decoder on purpose: the dev server shares no code with core or ui.

#include <QByteArray>
#include <QImage>

namespace TidemarkDev {

class ThumbHashEncoder
{
public:
    //! Largest input edge the format allows; bigger images are scaled down first.
    static constexpr int kMaxEdge = 100;
    static constexpr int kMaxCoefficients = 7;

    //! DCT coefficients [ky][kx] of each channel over a w×h source, divided by w*h; channel values
    //! in 0..1 (L), -1..1 (P, Q). Only the low corner a channel uses is read.
    struct Spectrum
    {
        int w = 0, h = 0;
        bool hasAlpha = false;
        double l[kMaxCoefficients][kMaxCoefficients] = {};
        double p[3][3] = {}, q[3][3] = {};
        double a[5][5] = {};
    };

    //! Raw hash bytes of img (any format). Empty for a null image.
    static QByteArray encode(const QImage &img);
    //! The spectrum encode() packs (img at most kMaxEdge on each side).
    static Spectrum spectrum(const QImage &img);
    //! Raw hash bytes of a spectrum.
    static QByteArray pack(const Spectrum &s);
    //! The L channel's coefficient grid for a w×h source: {nx, ny}, each 3..7 (5 with alpha).
    static void lumaSize(int w, int h, bool hasAlpha, int *nx, int *ny, int *headerL);
    //! cos(pi / len * k * (i + 0.5)) at [k * len + i], k < kMaxCoefficients; per thread, cached.
    static const double *cosTable(int len);
};

} // namespace TidemarkDev
