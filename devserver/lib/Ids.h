// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Compact 128-bit ids (UUID v4 for entities, v7 for update/audit ids), a deterministic random
// source and a monotonic UUIDv7 generator. Everything here is header-only and allocation-free.

#include <QByteArray>
#include <QByteArrayView>
#include <QHashFunctions>
#include <QString>
#include <QtGlobal>

#include <compare>
#include <cstring>

namespace TidemarkDev {

//! splitmix64: tiny, fast, good enough for synthetic data; deterministic for a seed.
struct Rng
{
    quint64 state = 0;
    explicit Rng(quint64 seed = 0) : state(seed) { }
    quint64 next()
    {
        quint64 z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    //! Uniform in [0, n) (n > 0).
    quint32 below(quint32 n) { return quint32((next() >> 32) % n); }
    bool chance(double p) { return double(next() >> 11) * (1.0 / 9007199254740992.0) < p; }
};

inline quint64 mix64(quint64 a, quint64 b = 0)
{
    Rng r(a ^ (b * 0xD6E8FEB86659FD93ULL));
    return r.next();
}

struct Uuid
{
    quint64 hi = 0;
    quint64 lo = 0;

    bool isNull() const { return hi == 0 && lo == 0; }
    friend auto operator<=>(const Uuid &, const Uuid &) = default;
    friend bool operator==(const Uuid &, const Uuid &) = default;

    //! Milliseconds since the epoch of a UUIDv7.
    qint64 v7Millis() const { return qint64(hi >> 16); }

    static Uuid v4(Rng &rng)
    {
        Uuid u {rng.next(), rng.next()};
        u.hi = (u.hi & ~0xF000ULL) | 0x4000ULL;
        u.lo = (u.lo & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
        return u;
    }
    static Uuid v7(qint64 ms, quint16 randA, quint64 rand62)
    {
        Uuid u;
        u.hi = (quint64(ms) << 16) | 0x7000ULL | (randA & 0xFFF);
        u.lo = (rand62 & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
        return u;
    }

    //! Writes the 36 characters of the canonical lower-case form.
    void write(char *dst) const
    {
        static constexpr char hex[] = "0123456789abcdef";
        int pos = 0;
        for (int i = 15; i >= 0; --i) {
            if (pos == 8 || pos == 13 || pos == 18 || pos == 23)
                dst[pos++] = '-';
            dst[pos++] = hex[(hi >> (i * 4)) & 0xF];
        }
        for (int i = 15; i >= 0; --i) {
            if (pos == 8 || pos == 13 || pos == 18 || pos == 23)
                dst[pos++] = '-';
            dst[pos++] = hex[(lo >> (i * 4)) & 0xF];
        }
    }
    QByteArray toByteArray() const
    {
        QByteArray out(36, Qt::Uninitialized);
        write(out.data());
        return out;
    }
    QString toString() const { return QString::fromLatin1(toByteArray()); }

    //! Parses the canonical 8-4-4-4-12 form (either case). Returns false on anything else.
    static bool parse(QByteArrayView s, Uuid *out)
    {
        if (s.size() != 36)
            return false;
        quint64 v[2] = {0, 0};
        int nibbles = 0;
        for (qsizetype i = 0; i < 36; ++i) {
            const char c = s[i];
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-')
                    return false;
                continue;
            }
            int d;
            if (c >= '0' && c <= '9')
                d = c - '0';
            else if (c >= 'a' && c <= 'f')
                d = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                d = c - 'A' + 10;
            else
                return false;
            v[nibbles / 16] = (v[nibbles / 16] << 4) | quint64(d);
            ++nibbles;
        }
        if (out)
            *out = Uuid {v[0], v[1]};
        return true;
    }
    static bool parse(const QString &s, Uuid *out)
    {
        return parse(QByteArrayView(s.toLatin1()), out);
    }
};

inline size_t qHash(const Uuid &u, size_t seed = 0) noexcept
{
    return qHashMulti(seed, u.hi, u.lo);
}

//! Strictly increasing UUIDv7 ids. Time never goes backwards: ids use max(requested ms, last ms).
class UuidV7Generator
{
public:
    explicit UuidV7Generator(quint64 seed = 1) : m_rng(seed) { }
    Uuid next(qint64 ms)
    {
        if (ms > m_lastMs) {
            m_lastMs = ms;
            m_randA = quint16(m_rng.next() & 0x3FF);
            m_rand62 = m_rng.next() & 0x0FFFFFFFFFFFFFFFULL;
        } else {
            m_rand62 += 1 + (m_rng.next() & 0xFFFF);
            if (m_rand62 > 0x3FFFFFFFFFFFFFFFULL) {
                m_rand62 &= 0x0FFFFFFFFFFFFFFFULL;
                if (++m_randA > 0xFFF) {
                    m_randA = 0;
                    ++m_lastMs;
                }
            }
        }
        m_last = Uuid::v7(m_lastMs, m_randA, m_rand62);
        return m_last;
    }
    Uuid last() const { return m_last; }
    qint64 lastMs() const { return m_lastMs; }

private:
    Rng m_rng;
    qint64 m_lastMs = 0;
    quint16 m_randA = 0;
    quint64 m_rand62 = 0;
    Uuid m_last;
};

} // namespace TidemarkDev
