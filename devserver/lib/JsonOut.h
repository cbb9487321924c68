// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A hand-written JSON appender for the hot paths (stream lines, big JSON arrays). No DOM, no
// allocation per value: the caller writes keys as literals and values through typed appenders.

#include "Ids.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <charconv>
#include <cstring>

namespace TidemarkDev {

class JsonOut
{
public:
    JsonOut() { m_buf.resize(1 << 16); }

    qsizetype size() const { return m_len; }
    bool isEmpty() const { return m_len == 0; }
    const char *data() const { return m_buf.constData(); }
    void clear() { m_len = 0; }
    void truncate(qsizetype n) { m_len = qMin(m_len, n); }
    QByteArray toByteArray() const { return QByteArray(m_buf.constData(), m_len); }
    QByteArrayView view() const { return QByteArrayView(m_buf.constData(), m_len); }

    char *reserve(qsizetype extra)
    {
        if (m_len + extra > m_buf.size())
            m_buf.resize(qMax(m_buf.size() * 2, m_len + extra + 4096));
        return m_buf.data() + m_len;
    }
    //! After writing n bytes at reserve(), makes them part of the output.
    void commit(qsizetype n) { m_len += n; }
    void raw(const char *s, qsizetype n)
    {
        std::memcpy(reserve(n), s, size_t(n));
        m_len += n;
    }
    void raw(QByteArrayView v) { raw(v.data(), v.size()); }
    template<size_t N> void lit(const char (&s)[N]) { raw(s, qsizetype(N - 1)); }
    void ch(char c)
    {
        *reserve(1) = c;
        ++m_len;
    }

    void null() { lit("null"); }
    void boolean(bool b)
    {
        if (b)
            lit("true");
        else
            lit("false");
    }
    void integer(qint64 v)
    {
        char *p = reserve(24);
        auto r = std::to_chars(p, p + 24, v);
        m_len += r.ptr - p;
    }
    //! JavaScript Number formatting (shortest round-trip form) for finite values.
    void number(double v)
    {
        char *p = reserve(32);
        auto r = std::to_chars(p, p + 32, v);
        m_len += r.ptr - p;
    }
    void uuid(const Uuid &u)
    {
        char *p = reserve(38);
        p[0] = '"';
        u.write(p + 1);
        p[37] = '"';
        m_len += 38;
    }
    void uuidOrNull(const Uuid *u)
    {
        if (u)
            uuid(*u);
        else
            null();
    }
    void uuidBare(const Uuid &u)
    {
        u.write(reserve(36));
        m_len += 36;
    }

    //! A quoted, escaped UTF-8 string.
    void str(QByteArrayView s)
    {
        char *p = reserve(s.size() * 6 + 2);
        char *start = p;
        *p++ = '"';
        for (qsizetype i = 0; i < s.size(); ++i) {
            const unsigned char c = static_cast<unsigned char>(s[i]);
            if (c == '"' || c == '\\') {
                *p++ = '\\';
                *p++ = char(c);
            } else if (c < 0x20) {
                *p++ = '\\';
                switch (c) {
                case '\n':
                    *p++ = 'n';
                    break;
                case '\r':
                    *p++ = 'r';
                    break;
                case '\t':
                    *p++ = 't';
                    break;
                case '\b':
                    *p++ = 'b';
                    break;
                case '\f':
                    *p++ = 'f';
                    break;
                default: {
                    static constexpr char hex[] = "0123456789abcdef";
                    *p++ = 'u';
                    *p++ = '0';
                    *p++ = '0';
                    *p++ = hex[c >> 4];
                    *p++ = hex[c & 15];
                }
                }
            } else {
                *p++ = char(c);
            }
        }
        *p++ = '"';
        m_len += p - start;
    }
    void str(const QString &s) { str(QByteArrayView(s.toUtf8())); }
    void strOrNull(const QString &s)
    {
        if (s.isNull())
            null();
        else
            str(s);
    }

    //! ISO-8601 UTC with milliseconds, as JavaScript's Date#toJSON: "2026-04-18T14:03:11.000Z".
    void date(qint64 ms)
    {
        char *p = reserve(26);
        p[0] = '"';
        writeDate(p + 1, ms, false);
        p[25] = '"';
        m_len += 26;
    }
    void dateOrNull(qint64 ms, bool present)
    {
        if (present)
            date(ms);
        else
            null();
    }
    //! PostgreSQL to_json form of a timestamptz: "2024-05-18T10:22:31+00:00", fraction only if
    //! non-zero.
    void pgDate(qint64 ms)
    {
        char *p = reserve(32);
        char *start = p;
        *p++ = '"';
        writeDate(p, ms, true);
        p += 19;
        const int frac = int(((ms % 1000) + 1000) % 1000);
        if (frac) {
            *p++ = '.';
            *p++ = char('0' + frac / 100);
            const int rest = frac % 100;
            if (rest) {
                *p++ = char('0' + rest / 10);
                if (rest % 10)
                    *p++ = char('0' + rest % 10);
            }
        }
        std::memcpy(p, "+00:00\"", 7);
        p += 7;
        m_len += p - start;
    }

    //! Writes "YYYY-MM-DDTHH:MM:SS.mmmZ" (24 chars) or, with secondsOnly, the first 19 chars.
    static void writeDate(char *p, qint64 ms, bool secondsOnly)
    {
        qint64 days = ms >= 0 ? ms / 86400000 : -((-ms + 86399999) / 86400000);
        qint64 rem = ms - days * 86400000;
        // civil_from_days (proleptic Gregorian)
        qint64 z = days + 719468;
        const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
        const qint64 doe = z - era * 146097;
        const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        qint64 y = yoe + era * 400;
        const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const qint64 mp = (5 * doy + 2) / 153;
        const qint64 d = doy - (153 * mp + 2) / 5 + 1;
        const qint64 m = mp < 10 ? mp + 3 : mp - 9;
        if (m <= 2)
            ++y;
        const int hh = int(rem / 3600000);
        const int mi = int(rem / 60000 % 60);
        const int ss = int(rem / 1000 % 60);
        const int mss = int(rem % 1000);
        auto two = [](char *q, int v) {
            q[0] = char('0' + v / 10);
            q[1] = char('0' + v % 10);
        };
        const int yy = int(y);
        p[0] = char('0' + yy / 1000 % 10);
        p[1] = char('0' + yy / 100 % 10);
        p[2] = char('0' + yy / 10 % 10);
        p[3] = char('0' + yy % 10);
        p[4] = '-';
        two(p + 5, int(m));
        p[7] = '-';
        two(p + 8, int(d));
        p[10] = 'T';
        two(p + 11, hh);
        p[13] = ':';
        two(p + 14, mi);
        p[16] = ':';
        two(p + 17, ss);
        if (secondsOnly)
            return;
        p[19] = '.';
        p[20] = char('0' + mss / 100);
        p[21] = char('0' + mss / 10 % 10);
        p[22] = char('0' + mss % 10);
        p[23] = 'Z';
    }

    //! Standard base64 (with padding) of raw bytes, quoted.
    void base64(const unsigned char *in, int n)
    {
        static constexpr char tbl[]
            = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        char *p = reserve(((n + 2) / 3) * 4 + 2);
        char *start = p;
        *p++ = '"';
        int i = 0;
        for (; i + 2 < n; i += 3) {
            const quint32 v = (quint32(in[i]) << 16) | (quint32(in[i + 1]) << 8) | in[i + 2];
            *p++ = tbl[v >> 18];
            *p++ = tbl[(v >> 12) & 63];
            *p++ = tbl[(v >> 6) & 63];
            *p++ = tbl[v & 63];
        }
        if (i < n) {
            quint32 v = quint32(in[i]) << 16;
            if (i + 1 < n)
                v |= quint32(in[i + 1]) << 8;
            *p++ = tbl[v >> 18];
            *p++ = tbl[(v >> 12) & 63];
            *p++ = (i + 1 < n) ? tbl[(v >> 6) & 63] : '=';
            *p++ = '=';
        }
        *p++ = '"';
        m_len += p - start;
    }

private:
    QByteArray m_buf;
    qsizetype m_len = 0;
};

} // namespace TidemarkDev
