// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncEventParser.h"

#include "AckString.h"

#include <QHash>
#include <QJsonDocument>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace Tidemark {

namespace {

constexpr int kMaxDepth = 64;

struct StrSpan
{
    const char *begin = nullptr;
    const char *end = nullptr;
    bool escaped = false;
    bool ascii = true;
};

// Length of the valid UTF-8 sequence at p (lead byte >= 0x80), 0 when invalid (overlong forms,
// surrogates, > U+10FFFF, truncated).
int utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned c = p[0];
    const auto cont = [&](int i) { return (p[i] & 0xC0) == 0x80; };
    if (c < 0xC2)
        return 0;
    if (c < 0xE0)
        return end - p >= 2 && cont(1) ? 2 : 0;
    if (c < 0xF0) {
        if (end - p < 3 || !cont(1) || !cont(2))
            return 0;
        if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] >= 0xA0))
            return 0;
        return 3;
    }
    if (c < 0xF5) {
        if (end - p < 4 || !cont(1) || !cont(2) || !cont(3))
            return 0;
        if ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] >= 0x90))
            return 0;
        return 4;
    }
    return 0;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// A strict, bounds-checked JSON scanner over one line. Every read either advances past a
// complete, valid token or records the first error (position + message) and returns false.
class Reader
{
public:
    Reader(const char *begin, const char *end) : m_begin(begin), m_p(begin), m_end(end) { }

    const char *pos() const { return m_p; }
    const char *begin() const { return m_begin; }
    const char *end() const { return m_end; }
    bool failed() const { return m_errorAt != nullptr; }
    qsizetype errorColumn() const { return m_errorAt - m_begin; }
    const QString &errorMessage() const { return m_message; }

    std::string_view member; // key being read, for messages
    const char *objectPrefix = ""; // "data." inside the payload

    bool fail(const char *at, QString message)
    {
        if (!m_errorAt) {
            m_errorAt = at;
            m_message = std::move(message);
        }
        return false;
    }

    void skipWs()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }
    bool peek(char c) const { return m_p < m_end && *m_p == c; }
    bool consume(char c)
    {
        if (!peek(c))
            return false;
        ++m_p;
        return true;
    }

    const char *valueKind() const
    {
        if (m_p >= m_end)
            return "end of line";
        switch (*m_p) {
        case '"':
            return "string";
        case '{':
            return "object";
        case '[':
            return "array";
        case 't':
        case 'f':
            return "boolean";
        case 'n':
            return "null";
        default:
            return (*m_p == '-' || (*m_p >= '0' && *m_p <= '9')) ? "number" : "invalid JSON";
        }
    }

    bool typeError(const char *expected)
    {
        return fail(m_p,
            QStringLiteral("member \"%1%2\": expected %3, got %4")
                .arg(QLatin1StringView(objectPrefix),
                    QString::fromUtf8(member.data(), qsizetype(member.size())),
                    QLatin1StringView(expected), QLatin1StringView(valueKind())));
    }

    bool literal(const char *word, std::size_t length)
    {
        if (std::size_t(m_end - m_p) < length || std::memcmp(m_p, word, length) != 0)
            return fail(m_p, QStringLiteral("invalid JSON value"));
        m_p += length;
        return true;
    }
    bool peekNull() const { return m_p < m_end && *m_p == 'n'; }
    bool readNull() { return literal("null", 4); }

    // Precondition: peek('"'). Validates the string (escapes, control characters, UTF-8) and
    // leaves the position after the closing quote.
    bool scanString(StrSpan &s)
    {
        const auto *p = reinterpret_cast<const unsigned char *>(m_p + 1);
        const auto *end = reinterpret_cast<const unsigned char *>(m_end);
        s.begin = m_p + 1;
        s.escaped = false;
        s.ascii = true;
        for (;;) {
            // Fast path: skip 8 plain ASCII bytes at a time (no '"', '\\', control or non-ASCII
            // byte). The bit tricks can flag a byte after a real hit, never miss one; any flag
            // falls through to the exact byte-by-byte checks below.
            while (end - p >= 8) {
                std::uint64_t v;
                std::memcpy(&v, p, 8);
                constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
                const std::uint64_t quote = v ^ (ones * '"'), slash = v ^ (ones * '\\');
                const std::uint64_t flags
                    = ((quote - ones) & ~quote) | ((slash - ones) & ~slash) | (v - ones * 0x20) | v;
                if (flags & highs)
                    break;
                p += 8;
            }
            if (p >= end)
                return fail(m_end, QStringLiteral("unterminated string"));
            const unsigned char c = *p;
            if (c == '"')
                break;
            if (c == '\\') {
                s.escaped = true;
                if (end - p < 2)
                    return fail(
                        reinterpret_cast<const char *>(p), QStringLiteral("unterminated escape"));
                const unsigned char e = p[1];
                if (e == 'u') {
                    if (end - p < 6)
                        return fail(reinterpret_cast<const char *>(p),
                            QStringLiteral("truncated \\u escape"));
                    for (int i = 2; i < 6; ++i)
                        if (hexValue(char(p[i])) < 0)
                            return fail(reinterpret_cast<const char *>(p),
                                QStringLiteral("invalid \\u escape"));
                    p += 6;
                } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n'
                    || e == 'r' || e == 't') {
                    p += 2;
                } else {
                    return fail(reinterpret_cast<const char *>(p),
                        QStringLiteral("invalid escape in string"));
                }
                continue;
            }
            if (c < 0x20)
                return fail(reinterpret_cast<const char *>(p),
                    QStringLiteral("control character in string"));
            if (c < 0x80) {
                ++p;
                continue;
            }
            s.ascii = false;
            const int n = utf8SequenceLength(p, end);
            if (n == 0)
                return fail(
                    reinterpret_cast<const char *>(p), QStringLiteral("invalid UTF-8 in string"));
            p += n;
        }
        s.end = reinterpret_cast<const char *>(p);
        m_p = s.end + 1;
        return true;
    }

    // Decodes a scanned string into UTF-16.
    bool decode(const StrSpan &s, QString &out)
    {
        const qsizetype n = s.end - s.begin;
        if (!s.escaped) {
            out = s.ascii ? QString::fromLatin1(s.begin, n) : QString::fromUtf8(s.begin, n);
            return true;
        }
        std::string utf8;
        if (!unescape(s, utf8))
            return false;
        out = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
        return true;
    }

    // Escapes → UTF-8 (for keys and rare escaped values). Rejects unpaired surrogates.
    bool unescape(const StrSpan &s, std::string &out)
    {
        out.clear();
        out.reserve(std::size_t(s.end - s.begin));
        const char *p = s.begin;
        while (p < s.end) {
            if (*p != '\\') {
                out.push_back(*p++);
                continue;
            }
            const char e = p[1];
            if (e != 'u') {
                static constexpr std::string_view from = "\"\\/bfnrt";
                static constexpr std::string_view to = "\"\\/\b\f\n\r\t";
                out.push_back(to[from.find(e)]);
                p += 2;
                continue;
            }
            auto hex4 = [](const char *h) {
                return char32_t((hexValue(h[0]) << 12) | (hexValue(h[1]) << 8)
                    | (hexValue(h[2]) << 4) | hexValue(h[3]));
            };
            char32_t cp = hex4(p + 2);
            const char *at = p;
            p += 6;
            if (cp >= 0xDC00 && cp <= 0xDFFF)
                return fail(at, QStringLiteral("unpaired surrogate in string"));
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (s.end - p < 6 || p[0] != '\\' || p[1] != 'u')
                    return fail(at, QStringLiteral("unpaired surrogate in string"));
                const char32_t low = hex4(p + 2);
                if (low < 0xDC00 || low > 0xDFFF)
                    return fail(at, QStringLiteral("unpaired surrogate in string"));
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                p += 6;
            }
            if (cp < 0x80) {
                out.push_back(char(cp));
            } else if (cp < 0x800) {
                out.push_back(char(0xC0 | (cp >> 6)));
                out.push_back(char(0x80 | (cp & 0x3F)));
            } else if (cp < 0x10000) {
                out.push_back(char(0xE0 | (cp >> 12)));
                out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
                out.push_back(char(0x80 | (cp & 0x3F)));
            } else {
                out.push_back(char(0xF0 | (cp >> 18)));
                out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
                out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
                out.push_back(char(0x80 | (cp & 0x3F)));
            }
        }
        return true;
    }

    // Member name; the view points into the line or into m_key (escaped names).
    bool readKey(std::string_view &key)
    {
        if (!peek('"'))
            return fail(m_p, QStringLiteral("expected a member name"));
        StrSpan s;
        if (!scanString(s))
            return false;
        if (!s.escaped) {
            key = std::string_view(s.begin, std::size_t(s.end - s.begin));
            return true;
        }
        if (!unescape(s, m_key))
            return false;
        key = m_key;
        return true;
    }

    bool scanNumber(const char *&numBegin, bool &integral)
    {
        const char *p = m_p;
        numBegin = p;
        integral = true;
        if (p < m_end && *p == '-')
            ++p;
        if (p >= m_end)
            return fail(p, QStringLiteral("invalid number"));
        if (*p == '0') {
            ++p;
        } else if (*p >= '1' && *p <= '9') {
            while (p < m_end && *p >= '0' && *p <= '9')
                ++p;
        } else {
            return fail(p, QStringLiteral("invalid number"));
        }
        if (p < m_end && *p == '.') {
            integral = false;
            ++p;
            if (p >= m_end || *p < '0' || *p > '9')
                return fail(p, QStringLiteral("invalid number: digits expected after '.'"));
            while (p < m_end && *p >= '0' && *p <= '9')
                ++p;
        }
        if (p < m_end && (*p == 'e' || *p == 'E')) {
            integral = false;
            ++p;
            if (p < m_end && (*p == '+' || *p == '-'))
                ++p;
            if (p >= m_end || *p < '0' || *p > '9')
                return fail(p, QStringLiteral("invalid number: digits expected in exponent"));
            while (p < m_end && *p >= '0' && *p <= '9')
                ++p;
        }
        m_p = p;
        return true;
    }

    bool skipValue(int depth)
    {
        if (depth > kMaxDepth)
            return fail(m_p, QStringLiteral("JSON nested too deeply"));
        if (m_p >= m_end)
            return fail(m_p, QStringLiteral("unexpected end of line, expected a value"));
        switch (*m_p) {
        case '"': {
            StrSpan s;
            return scanString(s);
        }
        case '{': {
            ++m_p;
            skipWs();
            if (consume('}'))
                return true;
            for (;;) {
                if (!peek('"'))
                    return fail(m_p, QStringLiteral("expected a member name"));
                StrSpan s;
                if (!scanString(s))
                    return false;
                skipWs();
                if (!consume(':'))
                    return fail(m_p, QStringLiteral("expected ':' after a member name"));
                skipWs();
                if (!skipValue(depth + 1))
                    return false;
                skipWs();
                if (consume(',')) {
                    skipWs();
                    continue;
                }
                if (consume('}'))
                    return true;
                return fail(m_p, QStringLiteral("expected ',' or '}' in an object"));
            }
        }
        case '[': {
            ++m_p;
            skipWs();
            if (consume(']'))
                return true;
            for (;;) {
                if (!skipValue(depth + 1))
                    return false;
                skipWs();
                if (consume(',')) {
                    skipWs();
                    continue;
                }
                if (consume(']'))
                    return true;
                return fail(m_p, QStringLiteral("expected ',' or ']' in an array"));
            }
        }
        case 't':
            return literal("true", 4);
        case 'f':
            return literal("false", 5);
        case 'n':
            return literal("null", 4);
        default: {
            const char *b;
            bool integral;
            if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))
                return scanNumber(b, integral);
            return fail(m_p, QStringLiteral("invalid JSON value"));
        }
        }
    }

    // ---- typed member readers (null keeps the default or resets an optional) ----

    bool read(QString &out)
    {
        if (peek('"')) {
            StrSpan s;
            return scanString(s) && decode(s, out);
        }
        if (peekNull()) {
            out = QString();
            return readNull();
        }
        return typeError("string or null");
    }

    bool read(bool &out)
    {
        if (peek('t')) {
            out = true;
            return literal("true", 4);
        }
        if (peek('f')) {
            out = false;
            return literal("false", 5);
        }
        if (peekNull())
            return readNull();
        return typeError("boolean");
    }

    bool readInteger(qint64 &out)
    {
        const char *at = m_p;
        const char *b;
        bool integral;
        if (!scanNumber(b, integral))
            return false;
        if (integral) {
            const auto [ptr, ec] = std::from_chars(b, m_p, out);
            if (ec != std::errc() || ptr != m_p)
                return fail(at,
                    QStringLiteral("member \"%1%2\": integer out of range")
                        .arg(QLatin1StringView(objectPrefix),
                            QString::fromUtf8(member.data(), qsizetype(member.size()))));
            return true;
        }
        double d = 0;
        const auto [ptr, ec] = std::from_chars(b, m_p, d);
        if (ec != std::errc() || ptr != m_p || d != std::floor(d) || std::fabs(d) > 9.0e15) {
            m_p = at;
            return typeError("integer");
        }
        out = qint64(d);
        return true;
    }

    bool read(qint64 &out)
    {
        if (peekNull())
            return readNull();
        if (m_p < m_end && (*m_p == '-' || (*m_p >= '0' && *m_p <= '9')))
            return readInteger(out);
        return typeError("integer");
    }

    bool read(std::optional<qint64> &out)
    {
        if (peekNull()) {
            out.reset();
            return readNull();
        }
        if (m_p < m_end && (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))) {
            qint64 v = 0;
            if (!readInteger(v))
                return false;
            out = v;
            return true;
        }
        return typeError("integer or null");
    }

    bool read(std::optional<double> &out)
    {
        if (peekNull()) {
            out.reset();
            return readNull();
        }
        if (m_p < m_end && (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))) {
            const char *b;
            bool integral;
            if (!scanNumber(b, integral))
                return false;
            double d = 0;
            const auto [ptr, ec] = std::from_chars(b, m_p, d);
            if (ec != std::errc() || ptr != m_p)
                return fail(b, QStringLiteral("number out of range"));
            out = d;
            return true;
        }
        return typeError("number or null");
    }

    // Nested objects: validated here, converted by QJsonDocument (rare and small).
    bool read(QJsonObject &out)
    {
        if (peekNull()) {
            out = QJsonObject();
            return readNull();
        }
        if (!peek('{'))
            return typeError("object or null");
        const char *start = m_p;
        if (!skipValue(1))
            return false;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(start, m_p - start));
        if (!doc.isObject())
            return fail(start, QStringLiteral("invalid nested object"));
        out = doc.object();
        return true;
    }

private:
    const char *m_begin;
    const char *m_p;
    const char *m_end;
    const char *m_errorAt = nullptr;
    QString m_message;
    std::string m_key;
};

// ---- payload field tables ----

template<class S> struct Field
{
    std::string_view name;
    bool (*read)(Reader &, S &);
};

template<class S, auto Member> bool readMember(Reader &r, S &s)
{
    return r.read(s.*Member);
}

#define TM_FIELD(S, m)                                                                             \
    Field<S>                                                                                       \
    {                                                                                              \
        std::string_view(#m), &readMember<S, &S::m>                                                \
    }

// V1 assets: "duration" is "HH:MM:SS.mmm" or null; V2 (v3 servers): integer milliseconds.
bool readAssetDuration(Reader &r, SyncAssetV1 &a)
{
    if (r.peekNull()) {
        a.duration = QString();
        a.durationMs.reset();
        return r.readNull();
    }
    if (r.peek('"'))
        return r.read(a.duration);
    return r.read(a.durationMs);
}

constexpr std::array kUserFields {TM_FIELD(SyncUserV1, id), TM_FIELD(SyncUserV1, name),
    TM_FIELD(SyncUserV1, email), TM_FIELD(SyncUserV1, avatarColor), TM_FIELD(SyncUserV1, deletedAt),
    TM_FIELD(SyncUserV1, hasProfileImage), TM_FIELD(SyncUserV1, profileChangedAt)};
constexpr std::array kAuthUserFields {TM_FIELD(SyncAuthUserV1, id), TM_FIELD(SyncAuthUserV1, name),
    TM_FIELD(SyncAuthUserV1, email), TM_FIELD(SyncAuthUserV1, avatarColor),
    TM_FIELD(SyncAuthUserV1, deletedAt), TM_FIELD(SyncAuthUserV1, profileChangedAt),
    TM_FIELD(SyncAuthUserV1, isAdmin), TM_FIELD(SyncAuthUserV1, pinCode),
    TM_FIELD(SyncAuthUserV1, oauthId), TM_FIELD(SyncAuthUserV1, storageLabel),
    TM_FIELD(SyncAuthUserV1, quotaSizeInBytes), TM_FIELD(SyncAuthUserV1, quotaUsageInBytes),
    TM_FIELD(SyncAuthUserV1, hasProfileImage)};
constexpr std::array kUserDeleteFields {TM_FIELD(SyncUserDeleteV1, userId)};
constexpr std::array kPartnerFields {TM_FIELD(SyncPartnerV1, sharedById),
    TM_FIELD(SyncPartnerV1, sharedWithId), TM_FIELD(SyncPartnerV1, inTimeline)};
constexpr std::array kPartnerDeleteFields {
    TM_FIELD(SyncPartnerDeleteV1, sharedById), TM_FIELD(SyncPartnerDeleteV1, sharedWithId)};
// In the order v2.7.5 sends them (the lookup tries the next expected member first).
constexpr std::array kAssetFields {TM_FIELD(SyncAssetV1, id), TM_FIELD(SyncAssetV1, ownerId),
    TM_FIELD(SyncAssetV1, originalFileName), TM_FIELD(SyncAssetV1, fileCreatedAt),
    TM_FIELD(SyncAssetV1, fileModifiedAt), TM_FIELD(SyncAssetV1, localDateTime),
    TM_FIELD(SyncAssetV1, type), TM_FIELD(SyncAssetV1, deletedAt),
    TM_FIELD(SyncAssetV1, isFavorite), TM_FIELD(SyncAssetV1, visibility),
    Field<SyncAssetV1> {"duration", &readAssetDuration}, TM_FIELD(SyncAssetV1, livePhotoVideoId),
    TM_FIELD(SyncAssetV1, stackId), TM_FIELD(SyncAssetV1, libraryId), TM_FIELD(SyncAssetV1, width),
    TM_FIELD(SyncAssetV1, height), TM_FIELD(SyncAssetV1, isEdited), TM_FIELD(SyncAssetV1, checksum),
    TM_FIELD(SyncAssetV1, thumbhash), TM_FIELD(SyncAssetV1, createdAt)};
constexpr std::array kAssetDeleteFields {TM_FIELD(SyncAssetDeleteV1, assetId)};
constexpr std::array kExifFields {TM_FIELD(SyncAssetExifV1, assetId),
    TM_FIELD(SyncAssetExifV1, description), TM_FIELD(SyncAssetExifV1, exifImageWidth),
    TM_FIELD(SyncAssetExifV1, exifImageHeight), TM_FIELD(SyncAssetExifV1, fileSizeInByte),
    TM_FIELD(SyncAssetExifV1, orientation), TM_FIELD(SyncAssetExifV1, dateTimeOriginal),
    TM_FIELD(SyncAssetExifV1, modifyDate), TM_FIELD(SyncAssetExifV1, timeZone),
    TM_FIELD(SyncAssetExifV1, latitude), TM_FIELD(SyncAssetExifV1, longitude),
    TM_FIELD(SyncAssetExifV1, projectionType), TM_FIELD(SyncAssetExifV1, city),
    TM_FIELD(SyncAssetExifV1, state), TM_FIELD(SyncAssetExifV1, country),
    TM_FIELD(SyncAssetExifV1, make), TM_FIELD(SyncAssetExifV1, model),
    TM_FIELD(SyncAssetExifV1, lensModel), TM_FIELD(SyncAssetExifV1, fNumber),
    TM_FIELD(SyncAssetExifV1, focalLength), TM_FIELD(SyncAssetExifV1, iso),
    TM_FIELD(SyncAssetExifV1, exposureTime), TM_FIELD(SyncAssetExifV1, profileDescription),
    TM_FIELD(SyncAssetExifV1, rating), TM_FIELD(SyncAssetExifV1, fps)};
constexpr std::array kAlbumFields {TM_FIELD(SyncAlbumV1, id), TM_FIELD(SyncAlbumV1, ownerId),
    TM_FIELD(SyncAlbumV1, name), TM_FIELD(SyncAlbumV1, description),
    TM_FIELD(SyncAlbumV1, createdAt), TM_FIELD(SyncAlbumV1, updatedAt),
    TM_FIELD(SyncAlbumV1, thumbnailAssetId), TM_FIELD(SyncAlbumV1, isActivityEnabled),
    TM_FIELD(SyncAlbumV1, order)};
constexpr std::array kAlbumDeleteFields {TM_FIELD(SyncAlbumDeleteV1, albumId)};
constexpr std::array kAlbumUserFields {TM_FIELD(SyncAlbumUserV1, albumId),
    TM_FIELD(SyncAlbumUserV1, userId), TM_FIELD(SyncAlbumUserV1, role)};
constexpr std::array kAlbumUserDeleteFields {
    TM_FIELD(SyncAlbumUserDeleteV1, albumId), TM_FIELD(SyncAlbumUserDeleteV1, userId)};
constexpr std::array kAlbumToAssetFields {
    TM_FIELD(SyncAlbumToAssetV1, albumId), TM_FIELD(SyncAlbumToAssetV1, assetId)};
constexpr std::array kAlbumToAssetDeleteFields {
    TM_FIELD(SyncAlbumToAssetDeleteV1, albumId), TM_FIELD(SyncAlbumToAssetDeleteV1, assetId)};
constexpr std::array kMemoryFields {TM_FIELD(SyncMemoryV1, id), TM_FIELD(SyncMemoryV1, createdAt),
    TM_FIELD(SyncMemoryV1, updatedAt), TM_FIELD(SyncMemoryV1, deletedAt),
    TM_FIELD(SyncMemoryV1, ownerId), TM_FIELD(SyncMemoryV1, type), TM_FIELD(SyncMemoryV1, data),
    TM_FIELD(SyncMemoryV1, isSaved), TM_FIELD(SyncMemoryV1, memoryAt),
    TM_FIELD(SyncMemoryV1, seenAt), TM_FIELD(SyncMemoryV1, showAt), TM_FIELD(SyncMemoryV1, hideAt)};
constexpr std::array kMemoryDeleteFields {TM_FIELD(SyncMemoryDeleteV1, memoryId)};
constexpr std::array kMemoryAssetFields {
    TM_FIELD(SyncMemoryAssetV1, memoryId), TM_FIELD(SyncMemoryAssetV1, assetId)};
constexpr std::array kMemoryAssetDeleteFields {
    TM_FIELD(SyncMemoryAssetDeleteV1, memoryId), TM_FIELD(SyncMemoryAssetDeleteV1, assetId)};
constexpr std::array kStackFields {TM_FIELD(SyncStackV1, id), TM_FIELD(SyncStackV1, createdAt),
    TM_FIELD(SyncStackV1, updatedAt), TM_FIELD(SyncStackV1, primaryAssetId),
    TM_FIELD(SyncStackV1, ownerId)};
constexpr std::array kStackDeleteFields {TM_FIELD(SyncStackDeleteV1, stackId)};
constexpr std::array kPersonFields {TM_FIELD(SyncPersonV1, id), TM_FIELD(SyncPersonV1, createdAt),
    TM_FIELD(SyncPersonV1, updatedAt), TM_FIELD(SyncPersonV1, ownerId),
    TM_FIELD(SyncPersonV1, name), TM_FIELD(SyncPersonV1, birthDate),
    TM_FIELD(SyncPersonV1, isHidden), TM_FIELD(SyncPersonV1, isFavorite),
    TM_FIELD(SyncPersonV1, color), TM_FIELD(SyncPersonV1, faceAssetId)};
constexpr std::array kPersonDeleteFields {TM_FIELD(SyncPersonDeleteV1, personId)};
constexpr std::array kFaceFields {TM_FIELD(SyncAssetFaceV1, id), TM_FIELD(SyncAssetFaceV1, assetId),
    TM_FIELD(SyncAssetFaceV1, personId), TM_FIELD(SyncAssetFaceV1, imageWidth),
    TM_FIELD(SyncAssetFaceV1, imageHeight), TM_FIELD(SyncAssetFaceV1, boundingBoxX1),
    TM_FIELD(SyncAssetFaceV1, boundingBoxY1), TM_FIELD(SyncAssetFaceV1, boundingBoxX2),
    TM_FIELD(SyncAssetFaceV1, boundingBoxY2), TM_FIELD(SyncAssetFaceV1, sourceType),
    TM_FIELD(SyncAssetFaceV1, isVisible), TM_FIELD(SyncAssetFaceV1, deletedAt)};
constexpr std::array kFaceDeleteFields {TM_FIELD(SyncAssetFaceDeleteV1, assetFaceId)};
constexpr std::array kUserMetadataFields {TM_FIELD(SyncUserMetadataV1, userId),
    TM_FIELD(SyncUserMetadataV1, key), TM_FIELD(SyncUserMetadataV1, value)};
constexpr std::array kUserMetadataDeleteFields {
    TM_FIELD(SyncUserMetadataDeleteV1, userId), TM_FIELD(SyncUserMetadataDeleteV1, key)};
constexpr std::array kAssetMetadataFields {TM_FIELD(SyncAssetMetadataV1, assetId),
    TM_FIELD(SyncAssetMetadataV1, key), TM_FIELD(SyncAssetMetadataV1, value)};
constexpr std::array kAssetMetadataDeleteFields {
    TM_FIELD(SyncAssetMetadataDeleteV1, assetId), TM_FIELD(SyncAssetMetadataDeleteV1, key)};
constexpr std::array kEditFields {TM_FIELD(SyncAssetEditV1, id), TM_FIELD(SyncAssetEditV1, assetId),
    TM_FIELD(SyncAssetEditV1, sequence), TM_FIELD(SyncAssetEditV1, action),
    TM_FIELD(SyncAssetEditV1, parameters)};
constexpr std::array kEditDeleteFields {TM_FIELD(SyncAssetEditDeleteV1, editId)};

#undef TM_FIELD

// Reads the payload object at the reader's position into s. Members are matched starting at the
// one after the previous match, so members in the expected order cost one comparison each.
template<class S, std::size_t N>
bool readFields(Reader &r, S &s, const std::array<Field<S>, N> &fields)
{
    if (!r.peek('{'))
        return r.typeError("object");
    r.consume('{');
    r.skipWs();
    if (r.consume('}'))
        return true;
    std::size_t hint = 0;
    for (;;) {
        std::string_view key;
        if (!r.readKey(key))
            return false;
        r.skipWs();
        if (!r.consume(':'))
            return r.fail(r.pos(), QStringLiteral("expected ':' after a member name"));
        r.skipWs();
        r.member = key;
        const Field<S> *field = nullptr;
        for (std::size_t k = 0; k < N; ++k) {
            std::size_t i = hint + k;
            if (i >= N)
                i -= N;
            if (fields[i].name == key) {
                field = &fields[i];
                hint = i + 1 < N ? i + 1 : 0;
                break;
            }
        }
        if (field ? !field->read(r, s) : !r.skipValue(2))
            return false;
        r.skipWs();
        if (r.consume(',')) {
            r.skipWs();
            continue;
        }
        if (r.consume('}'))
            return true;
        return r.fail(r.pos(), QStringLiteral("expected ',' or '}' in \"data\""));
    }
}

template<typename T, std::size_t I = 0> constexpr std::size_t variantIndex()
{
    if constexpr (I >= std::variant_size_v<SyncPayload>)
        return I;
    else if constexpr (std::is_same_v<std::variant_alternative_t<I, SyncPayload>, T>)
        return I;
    else
        return variantIndex<T, I + 1>();
}

bool readPayload(Reader &r, SyncEntityType type, SyncPayload &payload)
{
    using E = SyncEntityType;
    switch (type) {
    case E::AuthUserV1:
        return readFields(r, payload.emplace<SyncAuthUserV1>(), kAuthUserFields);
    case E::UserV1:
        return readFields(r, payload.emplace<SyncUserV1>(), kUserFields);
    case E::UserDeleteV1:
        return readFields(r, payload.emplace<SyncUserDeleteV1>(), kUserDeleteFields);
    case E::PartnerV1:
        return readFields(r, payload.emplace<SyncPartnerV1>(), kPartnerFields);
    case E::PartnerDeleteV1:
        return readFields(r, payload.emplace<SyncPartnerDeleteV1>(), kPartnerDeleteFields);
    case E::AssetV1:
    case E::AssetV2:
    case E::PartnerAssetV1:
    case E::PartnerAssetV2:
    case E::PartnerAssetBackfillV1:
    case E::PartnerAssetBackfillV2:
    case E::AlbumAssetV1:
    case E::AlbumAssetCreateV1:
    case E::AlbumAssetUpdateV1:
    case E::AlbumAssetBackfillV1:
    case E::AlbumAssetCreateV2:
    case E::AlbumAssetUpdateV2:
    case E::AlbumAssetBackfillV2:
        return readFields(r, payload.emplace<SyncAssetV1>(), kAssetFields);
    case E::AssetDeleteV1:
    case E::PartnerAssetDeleteV1:
        return readFields(r, payload.emplace<SyncAssetDeleteV1>(), kAssetDeleteFields);
    case E::AssetExifV1:
    case E::PartnerAssetExifV1:
    case E::PartnerAssetExifBackfillV1:
    case E::AlbumAssetExifV1:
    case E::AlbumAssetExifCreateV1:
    case E::AlbumAssetExifUpdateV1:
    case E::AlbumAssetExifBackfillV1:
        return readFields(r, payload.emplace<SyncAssetExifV1>(), kExifFields);
    case E::StackV1:
    case E::PartnerStackV1:
    case E::PartnerStackBackfillV1:
        return readFields(r, payload.emplace<SyncStackV1>(), kStackFields);
    case E::StackDeleteV1:
    case E::PartnerStackDeleteV1:
        return readFields(r, payload.emplace<SyncStackDeleteV1>(), kStackDeleteFields);
    case E::AlbumV1:
    case E::AlbumV2:
        return readFields(r, payload.emplace<SyncAlbumV1>(), kAlbumFields);
    case E::AlbumDeleteV1:
        return readFields(r, payload.emplace<SyncAlbumDeleteV1>(), kAlbumDeleteFields);
    case E::AlbumUserV1:
    case E::AlbumUserBackfillV1:
        return readFields(r, payload.emplace<SyncAlbumUserV1>(), kAlbumUserFields);
    case E::AlbumUserDeleteV1:
        return readFields(r, payload.emplace<SyncAlbumUserDeleteV1>(), kAlbumUserDeleteFields);
    case E::AlbumToAssetV1:
    case E::AlbumToAssetBackfillV1:
        return readFields(r, payload.emplace<SyncAlbumToAssetV1>(), kAlbumToAssetFields);
    case E::AlbumToAssetDeleteV1:
        return readFields(
            r, payload.emplace<SyncAlbumToAssetDeleteV1>(), kAlbumToAssetDeleteFields);
    case E::MemoryV1:
        return readFields(r, payload.emplace<SyncMemoryV1>(), kMemoryFields);
    case E::MemoryDeleteV1:
        return readFields(r, payload.emplace<SyncMemoryDeleteV1>(), kMemoryDeleteFields);
    case E::MemoryToAssetV1:
        return readFields(r, payload.emplace<SyncMemoryAssetV1>(), kMemoryAssetFields);
    case E::MemoryToAssetDeleteV1:
        return readFields(r, payload.emplace<SyncMemoryAssetDeleteV1>(), kMemoryAssetDeleteFields);
    case E::PersonV1:
        return readFields(r, payload.emplace<SyncPersonV1>(), kPersonFields);
    case E::PersonDeleteV1:
        return readFields(r, payload.emplace<SyncPersonDeleteV1>(), kPersonDeleteFields);
    case E::AssetFaceV1:
    case E::AssetFaceV2:
        return readFields(r, payload.emplace<SyncAssetFaceV1>(), kFaceFields);
    case E::AssetFaceDeleteV1:
        return readFields(r, payload.emplace<SyncAssetFaceDeleteV1>(), kFaceDeleteFields);
    case E::UserMetadataV1:
        return readFields(r, payload.emplace<SyncUserMetadataV1>(), kUserMetadataFields);
    case E::UserMetadataDeleteV1:
        return readFields(
            r, payload.emplace<SyncUserMetadataDeleteV1>(), kUserMetadataDeleteFields);
    case E::AssetMetadataV1:
        return readFields(r, payload.emplace<SyncAssetMetadataV1>(), kAssetMetadataFields);
    case E::AssetMetadataDeleteV1:
        return readFields(
            r, payload.emplace<SyncAssetMetadataDeleteV1>(), kAssetMetadataDeleteFields);
    case E::AssetEditV1:
        return readFields(r, payload.emplace<SyncAssetEditV1>(), kEditFields);
    case E::AssetEditDeleteV1:
        return readFields(r, payload.emplace<SyncAssetEditDeleteV1>(), kEditDeleteFields);
    case E::SyncAckV1:
    case E::SyncResetV1:
    case E::SyncCompleteV1:
    case E::Unknown:
        break;
    }
    payload.emplace<SyncEmpty>();
    if (!r.peek('{'))
        return r.typeError("object");
    return r.skipValue(2);
}

// ---- key members (docs/dev/protocol.md, "Stream lines and key members"): what identifies the row;
// never missing, never null ----

template<class S> struct KeyMember
{
    std::string_view name;
    QString S::*member;
    bool uuid; // a database id (UUID); metadata `key` is a name ("preferences", "mobile-app")
};

#define TM_KEY(S, m, u)                                                                            \
    KeyMember<S>                                                                                   \
    {                                                                                              \
        std::string_view(#m), &S::m, u                                                             \
    }
constexpr std::array kUserKeys {TM_KEY(SyncUserV1, id, true)};
constexpr std::array kAuthUserKeys {KeyMember<SyncAuthUserV1> {"id", &SyncAuthUserV1::id, true}};
constexpr std::array kUserDeleteKeys {TM_KEY(SyncUserDeleteV1, userId, true)};
constexpr std::array kPartnerKeys {
    TM_KEY(SyncPartnerV1, sharedById, true), TM_KEY(SyncPartnerV1, sharedWithId, true)};
constexpr std::array kPartnerDeleteKeys {
    TM_KEY(SyncPartnerDeleteV1, sharedById, true), TM_KEY(SyncPartnerDeleteV1, sharedWithId, true)};
constexpr std::array kAssetKeys {TM_KEY(SyncAssetV1, id, true)};
constexpr std::array kAssetDeleteKeys {TM_KEY(SyncAssetDeleteV1, assetId, true)};
constexpr std::array kExifKeys {TM_KEY(SyncAssetExifV1, assetId, true)};
constexpr std::array kAlbumKeys {TM_KEY(SyncAlbumV1, id, true)};
constexpr std::array kAlbumDeleteKeys {TM_KEY(SyncAlbumDeleteV1, albumId, true)};
constexpr std::array kAlbumUserKeys {
    TM_KEY(SyncAlbumUserV1, albumId, true), TM_KEY(SyncAlbumUserV1, userId, true)};
constexpr std::array kAlbumUserDeleteKeys {
    TM_KEY(SyncAlbumUserDeleteV1, albumId, true), TM_KEY(SyncAlbumUserDeleteV1, userId, true)};
constexpr std::array kAlbumToAssetKeys {
    TM_KEY(SyncAlbumToAssetV1, albumId, true), TM_KEY(SyncAlbumToAssetV1, assetId, true)};
constexpr std::array kAlbumToAssetDeleteKeys {TM_KEY(SyncAlbumToAssetDeleteV1, albumId, true),
    TM_KEY(SyncAlbumToAssetDeleteV1, assetId, true)};
constexpr std::array kMemoryKeys {TM_KEY(SyncMemoryV1, id, true)};
constexpr std::array kMemoryDeleteKeys {TM_KEY(SyncMemoryDeleteV1, memoryId, true)};
constexpr std::array kMemoryAssetKeys {
    TM_KEY(SyncMemoryAssetV1, memoryId, true), TM_KEY(SyncMemoryAssetV1, assetId, true)};
constexpr std::array kMemoryAssetDeleteKeys {TM_KEY(SyncMemoryAssetDeleteV1, memoryId, true),
    TM_KEY(SyncMemoryAssetDeleteV1, assetId, true)};
constexpr std::array kStackKeys {TM_KEY(SyncStackV1, id, true)};
constexpr std::array kStackDeleteKeys {TM_KEY(SyncStackDeleteV1, stackId, true)};
constexpr std::array kPersonKeys {TM_KEY(SyncPersonV1, id, true)};
constexpr std::array kPersonDeleteKeys {TM_KEY(SyncPersonDeleteV1, personId, true)};
constexpr std::array kFaceKeys {TM_KEY(SyncAssetFaceV1, id, true)};
constexpr std::array kFaceDeleteKeys {TM_KEY(SyncAssetFaceDeleteV1, assetFaceId, true)};
constexpr std::array kUserMetadataKeys {
    TM_KEY(SyncUserMetadataV1, userId, true), TM_KEY(SyncUserMetadataV1, key, false)};
constexpr std::array kUserMetadataDeleteKeys {
    TM_KEY(SyncUserMetadataDeleteV1, userId, true), TM_KEY(SyncUserMetadataDeleteV1, key, false)};
constexpr std::array kAssetMetadataKeys {
    TM_KEY(SyncAssetMetadataV1, assetId, true), TM_KEY(SyncAssetMetadataV1, key, false)};
constexpr std::array kAssetMetadataDeleteKeys {TM_KEY(SyncAssetMetadataDeleteV1, assetId, true),
    TM_KEY(SyncAssetMetadataDeleteV1, key, false)};
constexpr std::array kEditKeys {TM_KEY(SyncAssetEditV1, id, true)};
constexpr std::array kEditDeleteKeys {TM_KEY(SyncAssetEditDeleteV1, editId, true)};
#undef TM_KEY

template<class T> using Tag = std::type_identity<T>;
const auto &keyTable(Tag<SyncUserV1>)
{
    return kUserKeys;
}
const auto &keyTable(Tag<SyncAuthUserV1>)
{
    return kAuthUserKeys;
}
const auto &keyTable(Tag<SyncUserDeleteV1>)
{
    return kUserDeleteKeys;
}
const auto &keyTable(Tag<SyncPartnerV1>)
{
    return kPartnerKeys;
}
const auto &keyTable(Tag<SyncPartnerDeleteV1>)
{
    return kPartnerDeleteKeys;
}
const auto &keyTable(Tag<SyncAssetV1>)
{
    return kAssetKeys;
}
const auto &keyTable(Tag<SyncAssetDeleteV1>)
{
    return kAssetDeleteKeys;
}
const auto &keyTable(Tag<SyncAssetExifV1>)
{
    return kExifKeys;
}
const auto &keyTable(Tag<SyncAlbumV1>)
{
    return kAlbumKeys;
}
const auto &keyTable(Tag<SyncAlbumDeleteV1>)
{
    return kAlbumDeleteKeys;
}
const auto &keyTable(Tag<SyncAlbumUserV1>)
{
    return kAlbumUserKeys;
}
const auto &keyTable(Tag<SyncAlbumUserDeleteV1>)
{
    return kAlbumUserDeleteKeys;
}
const auto &keyTable(Tag<SyncAlbumToAssetV1>)
{
    return kAlbumToAssetKeys;
}
const auto &keyTable(Tag<SyncAlbumToAssetDeleteV1>)
{
    return kAlbumToAssetDeleteKeys;
}
const auto &keyTable(Tag<SyncMemoryV1>)
{
    return kMemoryKeys;
}
const auto &keyTable(Tag<SyncMemoryDeleteV1>)
{
    return kMemoryDeleteKeys;
}
const auto &keyTable(Tag<SyncMemoryAssetV1>)
{
    return kMemoryAssetKeys;
}
const auto &keyTable(Tag<SyncMemoryAssetDeleteV1>)
{
    return kMemoryAssetDeleteKeys;
}
const auto &keyTable(Tag<SyncStackV1>)
{
    return kStackKeys;
}
const auto &keyTable(Tag<SyncStackDeleteV1>)
{
    return kStackDeleteKeys;
}
const auto &keyTable(Tag<SyncPersonV1>)
{
    return kPersonKeys;
}
const auto &keyTable(Tag<SyncPersonDeleteV1>)
{
    return kPersonDeleteKeys;
}
const auto &keyTable(Tag<SyncAssetFaceV1>)
{
    return kFaceKeys;
}
const auto &keyTable(Tag<SyncAssetFaceDeleteV1>)
{
    return kFaceDeleteKeys;
}
const auto &keyTable(Tag<SyncUserMetadataV1>)
{
    return kUserMetadataKeys;
}
const auto &keyTable(Tag<SyncUserMetadataDeleteV1>)
{
    return kUserMetadataDeleteKeys;
}
const auto &keyTable(Tag<SyncAssetMetadataV1>)
{
    return kAssetMetadataKeys;
}
const auto &keyTable(Tag<SyncAssetMetadataDeleteV1>)
{
    return kAssetMetadataDeleteKeys;
}
const auto &keyTable(Tag<SyncAssetEditV1>)
{
    return kEditKeys;
}
const auto &keyTable(Tag<SyncAssetEditDeleteV1>)
{
    return kEditDeleteKeys;
}

template<std::size_t... I> SyncPayload payloadAt(std::size_t index, std::index_sequence<I...>)
{
    SyncPayload p;
    ((index == I ? void(p.emplace<I>()) : void()), ...);
    return p;
}

// An id of the update/audit row: the server makes them with its UUIDv7 function
// (docs/dev/protocol.md, "Ack shapes").
bool isUuidV7(const QString &text)
{
    return AckString::isUuid(text) && text.at(14) == u'7';
}

QString quoted(const QString &text)
{
    return u'"' + (text.size() > 120 ? text.left(120) + QStringLiteral("…") : text) + u'"';
}

struct TypeEntry
{
    SyncEntityType type;
    QString name; // shared by every event of that type
};

const QHash<QByteArray, TypeEntry> &typeTable()
{
    static const QHash<QByteArray, TypeEntry> table = [] {
        QHash<QByteArray, TypeEntry> t;
        for (SyncEntityType type : allEntityTypes()) {
            const QString name = entityTypeName(type);
            t.insert(name.toLatin1(), TypeEntry {type, name});
        }
        return t;
    }();
    return table;
}

Error malformed(const QString &where, qint64 lineNumber, qint64 lineOffset, qsizetype column,
    const QString &what)
{
    Error e = Error::make(Error::Kind::Malformed, where,
        QStringLiteral("line %1, column %2: %3").arg(lineNumber).arg(column + 1).arg(what));
    e.lineNumber = lineNumber;
    e.byteOffset = lineOffset + column;
    return e;
}

} // namespace

std::size_t SyncEventParser::payloadIndex(SyncEntityType type)
{
    using E = SyncEntityType;
    switch (type) {
    case E::AuthUserV1:
        return variantIndex<SyncAuthUserV1>();
    case E::UserV1:
        return variantIndex<SyncUserV1>();
    case E::UserDeleteV1:
        return variantIndex<SyncUserDeleteV1>();
    case E::PartnerV1:
        return variantIndex<SyncPartnerV1>();
    case E::PartnerDeleteV1:
        return variantIndex<SyncPartnerDeleteV1>();
    case E::AssetV1:
    case E::AssetV2:
    case E::PartnerAssetV1:
    case E::PartnerAssetV2:
    case E::PartnerAssetBackfillV1:
    case E::PartnerAssetBackfillV2:
    case E::AlbumAssetV1:
    case E::AlbumAssetCreateV1:
    case E::AlbumAssetUpdateV1:
    case E::AlbumAssetBackfillV1:
    case E::AlbumAssetCreateV2:
    case E::AlbumAssetUpdateV2:
    case E::AlbumAssetBackfillV2:
        return variantIndex<SyncAssetV1>();
    case E::AssetDeleteV1:
    case E::PartnerAssetDeleteV1:
        return variantIndex<SyncAssetDeleteV1>();
    case E::AssetExifV1:
    case E::PartnerAssetExifV1:
    case E::PartnerAssetExifBackfillV1:
    case E::AlbumAssetExifV1:
    case E::AlbumAssetExifCreateV1:
    case E::AlbumAssetExifUpdateV1:
    case E::AlbumAssetExifBackfillV1:
        return variantIndex<SyncAssetExifV1>();
    case E::StackV1:
    case E::PartnerStackV1:
    case E::PartnerStackBackfillV1:
        return variantIndex<SyncStackV1>();
    case E::StackDeleteV1:
    case E::PartnerStackDeleteV1:
        return variantIndex<SyncStackDeleteV1>();
    case E::AlbumV1:
    case E::AlbumV2:
        return variantIndex<SyncAlbumV1>();
    case E::AlbumDeleteV1:
        return variantIndex<SyncAlbumDeleteV1>();
    case E::AlbumUserV1:
    case E::AlbumUserBackfillV1:
        return variantIndex<SyncAlbumUserV1>();
    case E::AlbumUserDeleteV1:
        return variantIndex<SyncAlbumUserDeleteV1>();
    case E::AlbumToAssetV1:
    case E::AlbumToAssetBackfillV1:
        return variantIndex<SyncAlbumToAssetV1>();
    case E::AlbumToAssetDeleteV1:
        return variantIndex<SyncAlbumToAssetDeleteV1>();
    case E::MemoryV1:
        return variantIndex<SyncMemoryV1>();
    case E::MemoryDeleteV1:
        return variantIndex<SyncMemoryDeleteV1>();
    case E::MemoryToAssetV1:
        return variantIndex<SyncMemoryAssetV1>();
    case E::MemoryToAssetDeleteV1:
        return variantIndex<SyncMemoryAssetDeleteV1>();
    case E::PersonV1:
        return variantIndex<SyncPersonV1>();
    case E::PersonDeleteV1:
        return variantIndex<SyncPersonDeleteV1>();
    case E::AssetFaceV1:
    case E::AssetFaceV2:
        return variantIndex<SyncAssetFaceV1>();
    case E::AssetFaceDeleteV1:
        return variantIndex<SyncAssetFaceDeleteV1>();
    case E::UserMetadataV1:
        return variantIndex<SyncUserMetadataV1>();
    case E::UserMetadataDeleteV1:
        return variantIndex<SyncUserMetadataDeleteV1>();
    case E::AssetMetadataV1:
        return variantIndex<SyncAssetMetadataV1>();
    case E::AssetMetadataDeleteV1:
        return variantIndex<SyncAssetMetadataDeleteV1>();
    case E::AssetEditV1:
        return variantIndex<SyncAssetEditV1>();
    case E::AssetEditDeleteV1:
        return variantIndex<SyncAssetEditDeleteV1>();
    case E::SyncAckV1:
    case E::SyncResetV1:
    case E::SyncCompleteV1:
    case E::Unknown:
        break;
    }
    return variantIndex<SyncEmpty>();
}

QStringList SyncEventParser::keyMembers(SyncEntityType type)
{
    QStringList names;
    const SyncPayload p = payloadAt(
        payloadIndex(type), std::make_index_sequence<std::variant_size_v<SyncPayload>>());
    std::visit(
        [&](const auto &payload) {
            using S = std::decay_t<decltype(payload)>;
            if constexpr (!std::is_same_v<S, SyncEmpty>)
                for (const auto &k : keyTable(Tag<S>()))
                    names.append(QString::fromLatin1(k.name.data(), qsizetype(k.name.size())));
        },
        p);
    return names;
}

Error SyncEventParser::checkRules(const SyncEvent &event, const QString &where)
{
    if (event.type == SyncEntityType::Unknown)
        return {}; // skipped and never acked by the caller
    const auto fail = [&](const QString &what) {
        Error e = Error::make(Error::Kind::Malformed, where,
            QStringLiteral("%1 record: %2").arg(event.typeName, what));
        e.lineNumber = event.lineNumber;
        e.byteOffset = event.byteOffset;
        return e;
    };

    QString problem;
    std::visit(
        [&](const auto &payload) {
            using S = std::decay_t<decltype(payload)>;
            if constexpr (!std::is_same_v<S, SyncEmpty>) {
                for (const auto &k : keyTable(Tag<S>())) {
                    const QString &value = payload.*(k.member);
                    const QString name
                        = QString::fromLatin1(k.name.data(), qsizetype(k.name.size()));
                    if (value.isNull())
                        problem
                            = QStringLiteral("key member \"data.%1\" is missing or null").arg(name);
                    else if (k.uuid ? !AckString::isUuid(value) : value.isEmpty())
                        problem = QStringLiteral("key member \"data.%1\" is not a UUID: %2")
                                      .arg(name, quoted(value));
                    if (!problem.isEmpty())
                        return;
                }
            }
        },
        event.payload);
    if (!problem.isEmpty())
        return fail(problem);

    // The ack (docs/dev/protocol.md, "Ack shapes"; every shape the v1.135.3 and v2.7.5 captures
    // show).
    using E = SyncEntityType;
    if (event.type == E::SyncResetV1 && event.ack.isNull())
        return {}; // v1.136-v1.137 send no ack with the reset
    const AckString ack(event.ack);
    const auto badAck = [&] {
        const QString expected = event.type == E::SyncAckV1 ? QStringLiteral("<Type>|<UUIDv7>")
            : event.type == E::SyncResetV1                  ? QStringLiteral("SyncResetV1|reset")
                                           : event.typeName + QStringLiteral("|<UUIDv7>");
        return fail(QStringLiteral("member \"ack\" %1 is not of the form %2")
                        .arg(quoted(event.ack), expected));
    };
    if (event.type == E::SyncResetV1)
        return ack.isReset() ? Error() : badAck();
    if (event.type == E::SyncAckV1) {
        // Carries another type's ack: an AlbumAsset*UpdateV1 nowId or a backfill's "complete".
        if (ack.type() == E::Unknown || isControlType(ack.type()))
            return fail(
                QStringLiteral("member \"ack\" %1 names no entity type").arg(quoted(event.ack)));
    } else if (ack.typeName() != event.typeName) {
        return fail(QStringLiteral("member \"ack\" %1 names another type than the line's")
                        .arg(quoted(event.ack)));
    }
    const QStringList &parts = ack.parts();
    if (parts.size() == 1 && isUuidV7(parts.first()))
        return {};
    if (parts.size() == 2 && isBackfillType(ack.type()) && isUuidV7(parts.first())
        && (isUuidV7(parts.last())
            || (event.type == E::SyncAckV1 && parts.last() == QLatin1StringView("complete"))))
        return {};
    return badAck();
}

Error SyncEventParser::parseInto(const QByteArray &line, qint64 lineNumber, qint64 byteOffset,
    SyncEvent &event, const QString &where)
{
    event.type = SyncEntityType::Unknown;
    event.typeName.clear();
    event.ack.clear();
    event.raw = line;
    event.lineNumber = lineNumber;
    event.byteOffset = byteOffset;

    Reader r(line.constData(), line.constData() + line.size());
    const auto error = [&](qsizetype column, const QString &what) {
        event.payload.emplace<SyncEmpty>();
        return malformed(where, lineNumber, byteOffset, column, what);
    };
    const auto readerError = [&] { return error(r.errorColumn(), r.errorMessage()); };

    r.skipWs();
    if (r.pos() == r.end())
        return error(0, QStringLiteral("empty line, expected a JSON object"));
    if (!r.consume('{'))
        return error(r.pos() - r.begin(), QStringLiteral("not a JSON object"));

    bool hasType = false, hasData = false, hasAck = false, dataRead = false;
    const char *dataBegin = nullptr;
    r.skipWs();
    if (!r.consume('}')) {
        for (;;) {
            std::string_view key;
            if (!r.readKey(key))
                return readerError();
            r.skipWs();
            if (!r.consume(':'))
                return error(
                    r.pos() - r.begin(), QStringLiteral("expected ':' after a member name"));
            r.skipWs();
            r.member = key;
            // A repeated type, data or ack would let the payload be read for one type and the
            // event carry another; JSON leaves duplicates to the reader, we refuse them.
            if ((key == "type" && hasType) || (key == "data" && hasData)
                || (key == "ack" && hasAck))
                return error(r.pos() - r.begin(),
                    QStringLiteral("member \"%1\" appears twice")
                        .arg(QLatin1StringView(key.data(), qsizetype(key.size()))));
            if (key == "type") {
                if (!r.peek('"')) {
                    r.typeError("string");
                    return readerError();
                }
                StrSpan s;
                if (!r.scanString(s))
                    return readerError();
                QByteArray name;
                if (s.escaped) {
                    std::string decoded;
                    if (!r.unescape(s, decoded))
                        return readerError();
                    name = QByteArray(decoded.data(), qsizetype(decoded.size()));
                } else {
                    name = QByteArray::fromRawData(s.begin, s.end - s.begin);
                }
                const auto &table = typeTable();
                const auto it = table.constFind(name);
                if (it != table.cend()) {
                    event.type = it->type;
                    event.typeName = it->name;
                } else {
                    event.type = SyncEntityType::Unknown;
                    event.typeName = QString::fromUtf8(name);
                }
                hasType = true;
            } else if (key == "ack") {
                if (!r.peek('"')) {
                    r.typeError("string");
                    return readerError();
                }
                if (!r.read(event.ack))
                    return readerError();
                hasAck = true;
            } else if (key == "data") {
                if (!r.peek('{')) {
                    r.typeError("object");
                    return readerError();
                }
                hasData = true;
                dataBegin = r.pos();
                r.objectPrefix = "data.";
                if (hasType) {
                    dataRead = true;
                    if (!readPayload(r, event.type, event.payload))
                        return readerError();
                } else if (!r.skipValue(1)) {
                    return readerError();
                }
                r.objectPrefix = "";
            } else if (!r.skipValue(1)) {
                return readerError();
            }
            r.skipWs();
            if (r.consume(',')) {
                r.skipWs();
                continue;
            }
            if (r.consume('}'))
                break;
            return error(r.pos() - r.begin(), QStringLiteral("expected ',' or '}' after a member"));
        }
    }
    r.skipWs();
    if (r.pos() != r.end())
        return error(r.pos() - r.begin(), QStringLiteral("unexpected text after the JSON object"));
    if (!hasType)
        return error(0, QStringLiteral("missing member \"type\""));
    if (!hasData)
        return error(0, QStringLiteral("missing member \"data\""));
    if (!hasAck && event.type != SyncEntityType::SyncResetV1)
        return error(0, QStringLiteral("missing member \"ack\""));
    if (!dataRead) {
        // "data" came before "type": read it now that the payload type is known.
        Reader second(dataBegin, r.end());
        second.objectPrefix = "data.";
        if (!readPayload(second, event.type, event.payload))
            return error(second.errorColumn() + (dataBegin - r.begin()), second.errorMessage());
    }
    return {};
}

Expected<SyncEvent> SyncEventParser::parse(
    const QByteArray &line, qint64 lineNumber, qint64 byteOffset, const QString &where)
{
    SyncEvent event;
    Error e = parseInto(line, lineNumber, byteOffset, event, where);
    if (e)
        return e;
    return event;
}

Expected<SyncEvent> SyncEventParser::parse(const SyncLine &line, const QString &where)
{
    return parse(line.bytes, line.lineNumber, line.byteOffset, where);
}

Error SyncEventParser::parseBatch(
    const QList<SyncLine> &lines, QList<SyncEvent> &events, const QString &where)
{
    events.reserve(events.size() + lines.size());
    for (const SyncLine &line : lines) {
        events.emplace_back();
        Error e = parseInto(line.bytes, line.lineNumber, line.byteOffset, events.back(), where);
        if (e) {
            events.removeLast();
            return e;
        }
    }
    return {};
}

} // namespace Tidemark
