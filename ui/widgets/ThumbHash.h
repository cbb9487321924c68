// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ThumbHash decoder: turns the ~25-byte placeholder the server keeps for every asset (base64 in
// SyncAssetV1.thumbhash) into a small blurred image shown while the real thumbnail loads.
//
// Written from the public description of the ThumbHash format by Evan Wallace (MIT licence):
// a header with the DC terms and scales of an LPQ(A) colour space (luminance, two chroma axes and
// optional alpha), followed by 4-bit quantised low-frequency DCT coefficients of each channel,
// walked in a triangular order. Decoding evaluates the inverse DCT on a grid of at most 32×32.
//
// Pure function, no Qt Widgets: safe on any thread.

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QString>

namespace Tidemark::ThumbHash {

//! Decodes raw hash bytes into an RGBA image (longest side 32 px). Null image on bad input.
QImage decode(const QByteArray &hash);
//! Decodes the base64 text the server sends. Null image on bad input or an empty string.
QImage decodeBase64(const QString &base64);
//! The width/height ratio encoded in the hash (0 on bad input).
double approximateAspectRatio(const QByteArray &hash);
//! The average colour encoded in the header (invalid QColor on bad input).
QColor averageColor(const QByteArray &hash);

} // namespace Tidemark::ThumbHash
