// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssetDerived.h"

#include "Thumbnails.h"

namespace TidemarkDev {

namespace {

struct Camera
{
    const char *make, *model, *lens, *profile;
    double fNumber, focal;
};
const Camera kCameras[] = {
    {"Apple", "iPhone 15", "iPhone 15 back dual wide camera 6.86mm f/1.6", "Display P3", 1.6, 6.86},
    {"Google", "Pixel 8", nullptr, nullptr, 1.7, 6.9},
    {"SONY", "ILCE-7M3", "FE 24-70mm F2.8 GM", nullptr, 2.8, 35},
    {"Canon", "Canon EOS R6", "RF24-105mm F4 L IS USM", nullptr, 4, 50},
    {"samsung", "SM-S918B", nullptr, nullptr, 1.7, 6.3},
    {nullptr, nullptr, nullptr, nullptr, 0, 0},
};

struct Place
{
    const char *city, *state, *country;
    double lat, lon;
};
const Place kPlaces[] = {
    {"Paris", "\xC3\x8Ele-de-France", "France", 48.8584, 2.2945},
    {"Berlin", "Berlin", "Germany", 52.52, 13.405},
    {"Tokyo", "Tokyo", "Japan", 35.6762, 139.6503},
    {"New York", "New York", "United States of America", 40.7128, -74.006},
    {"Sydney", "New South Wales", "Australia", -33.8688, 151.2093},
};

const char *const kExposures[] = {"1/1000", "1/500", "1/250", "1/120", "1/60", "1/30"};
const int kIsos[] = {50, 64, 100, 200, 400, 800};

const char *tzName(qint16 offsetMin, quint64 h)
{
    if ((h & 7) == 0)
        return nullptr;
    switch (offsetMin) {
    case 0:
        return "UTC";
    case 60:
        return "Europe/Berlin";
    case 120:
        return "UTC+2";
    case -300:
        return "America/New_York";
    case -480:
        return "America/Los_Angeles";
    case 330:
        return "Asia/Kolkata";
    case 540:
        return "Asia/Tokyo";
    case 600:
        return "Australia/Sydney";
    }
    return "UTC";
}

char *writeUInt(char *p, quint64 v, int minDigits)
{
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = char('0' + v % 10);
        v /= 10;
    } while (v);
    while (n < minDigits)
        tmp[n++] = '0';
    while (n)
        *p++ = tmp[--n];
    return p;
}

} // namespace

void AssetDerived::fileName(const Asset &a, JsonOut &out)
{
    char *p = out.reserve(48);
    char *s = p;
    const char *prefix;
    const char *ext;
    if (a.type == AssetType::Video) {
        prefix = a.nameStyle == 4 ? "IMG_" : "VID_";
        ext = a.nameStyle == 4 ? ".MOV" : ".MP4";
    } else {
        switch (a.nameStyle) {
        case 0:
            prefix = "IMG_";
            ext = ".JPG";
            break;
        case 1:
            prefix = "IMG_";
            ext = ".HEIC";
            break;
        case 2:
            prefix = "PXL_";
            ext = ".jpg";
            break;
        default:
            prefix = "DSC_";
            ext = ".JPG";
            break;
        }
    }
    while (*prefix)
        *p++ = *prefix++;
    p = writeUInt(p, quint64(a.seq), 4);
    while (*ext)
        *p++ = *ext++;
    out.commit(p - s);
}

QByteArray AssetDerived::fileName(const Asset &a)
{
    JsonOut o;
    fileName(a, o);
    return o.toByteArray();
}

const char *AssetDerived::mimeType(const Asset &a)
{
    if (a.type == AssetType::Video)
        return a.nameStyle == 4 ? "video/quicktime" : "video/mp4";
    return a.nameStyle == 1 ? "image/heic" : "image/jpeg";
}

void AssetDerived::checksum(const Asset &a, JsonOut &out)
{
    unsigned char raw[24];
    const quint64 w[3] = {mix64(a.id.hi, 11), mix64(a.id.lo, 12), mix64(a.id.hi ^ a.id.lo, 13)};
    std::memcpy(raw, w, 24);
    out.base64(raw, 20);
}

void AssetDerived::thumbhash(const Asset &a, JsonOut &out)
{
    const QByteArray hash = Thumbnails::thumbhash(a);
    out.base64(reinterpret_cast<const unsigned char *>(hash.constData()), int(hash.size()));
}

void AssetDerived::duration(qint64 ms, JsonOut &out)
{
    char buf[32];
    char *p = buf;
    *p++ = '"';
    p = writeUInt(p, quint64(ms / 3600000), 2);
    *p++ = ':';
    p = writeUInt(p, quint64(ms / 60000 % 60), 2);
    *p++ = ':';
    p = writeUInt(p, quint64(ms / 1000 % 60), 2);
    *p++ = '.';
    p = writeUInt(p, quint64(ms % 1000), 3);
    *p++ = '"';
    out.raw(buf, p - buf);
}

ExifValues AssetDerived::exif(const Asset &a)
{
    ExifValues e;
    const quint64 h = mix64(a.id.lo, 31);
    const Camera &cam = a.type == AssetType::Video && a.visibility != Visibility::Hidden
        ? kCameras[5]
        : kCameras[h % (sizeof(kCameras) / sizeof(kCameras[0]))];
    e.make = cam.make;
    e.model = cam.model;
    e.lensModel = cam.lens;
    e.profileDescription = cam.profile;
    if (cam.make) {
        e.hasOptics = true;
        e.fNumber = cam.fNumber;
        e.focalLength = cam.focal;
        e.iso = kIsos[(h >> 8) % 6];
        e.exposureTime = kExposures[(h >> 12) % 6];
        e.orientation = ((h >> 16) & 1) ? "1" : nullptr;
    }
    if (((h >> 20) % 5) < 2) {
        const Place &pl = kPlaces[(h >> 24) % 5];
        e.hasGps = true;
        e.latitude = pl.lat;
        e.longitude = pl.lon;
        e.city = pl.city;
        e.state = pl.state;
        e.country = pl.country;
    }
    e.timeZone = tzName(a.tzOffsetMin, h >> 28);
    if (a.type == AssetType::Video) {
        e.hasFps = true;
        e.fps = ((h >> 32) & 1) ? 30 : 29.97;
        e.fileSize = qint64(a.durationMs) * 1200 + qint64((h >> 36) % 100000);
    } else {
        e.fileSize = 400000 + qint64((h >> 36) % 6000000);
    }
    return e;
}

quint32 AssetDerived::colorA(const Asset &a)
{
    return quint32(mix64(a.id.hi, 41)) | 0xFF000000u;
}
quint32 AssetDerived::colorB(const Asset &a)
{
    return quint32(mix64(a.id.lo, 42)) | 0xFF000000u;
}

} // namespace TidemarkDev
