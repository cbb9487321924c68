// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Values derived from the compact Asset row on output: file name, paths, checksum, thumbhash, exif.
// Deterministic: the same row always yields the same strings.

#include "JsonOut.h"
#include "Library.h"

namespace TidemarkDev {

struct ExifValues
{
    const char *make = nullptr, *model = nullptr, *lensModel = nullptr,
               *profileDescription = nullptr;
    const char *exposureTime = nullptr, *orientation = nullptr, *timeZone = nullptr;
    const char *city = nullptr, *state = nullptr, *country = nullptr;
    double fNumber = 0, focalLength = 0, latitude = 0, longitude = 0, fps = 0;
    bool hasOptics = false, hasGps = false, hasFps = false;
    int iso = -1;
    qint64 fileSize = 0;
    const char *description = "";
};

class AssetDerived
{
public:
    //! Appends the bare file name ("IMG_0042.HEIC") to out.
    static void fileName(const Asset &a, JsonOut &out);
    static QByteArray fileName(const Asset &a);
    static const char *mimeType(const Asset &a);
    static void checksum(const Asset &a, JsonOut &out); //!< quoted base64 SHA-1-sized value
    static void thumbhash(const Asset &a, JsonOut &out); //!< quoted base64
    //! Video duration: "HH:MM:SS.mmm"; durationMs must be >= 0.
    static void duration(qint64 ms, JsonOut &out);
    static ExifValues exif(const Asset &a);
    //! Colours and a label for the generated thumbnail.
    static quint32 colorA(const Asset &a);
    static quint32 colorB(const Asset &a);
};

} // namespace TidemarkDev
