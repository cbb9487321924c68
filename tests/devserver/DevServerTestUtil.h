// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Test helpers for the devserver tests: a raw HTTP/1.1 client over QTcpSocket (so the tests see
// header order, chunk framing and cut connections exactly) and small JSON helpers. No core/ code.

#include "DevServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QTcpSocket>
#include <QtTest>

namespace DevTest {

struct RawResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; //!< de-chunked
    QList<QByteArray> chunks; //!< chunk payloads as framed by the server
    bool complete = false; //!< full Content-Length or terminating chunk received
    bool closed = false; //!< the server closed the connection
    bool timedOut = false;
    qint64 bytesReceived = 0;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
    QList<QByteArray> headerNames() const
    {
        QList<QByteArray> out;
        for (const auto &h : headers)
            out.append(h.first);
        return out;
    }
    QJsonValue json() const
    {
        return QJsonDocument::fromJson(body).isArray()
            ? QJsonValue(QJsonDocument::fromJson(body).array())
            : QJsonValue(QJsonDocument::fromJson(body).object());
    }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    //! Complete stream lines parsed as objects (an unparsable line becomes an empty object).
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> out;
        const QList<QByteArray> parts = body.split('\n');
        for (qsizetype i = 0; i + 1 < parts.size(); ++i)
            out.append(QJsonDocument::fromJson(parts[i]).object());
        return out;
    }
    QStringList types() const
    {
        QStringList out;
        for (const QJsonObject &o : lines())
            out.append(o.value(QStringLiteral("type")).toString());
        return out;
    }
};

//! Parses whatever arrived so far; `complete` tells whether the message is whole.
inline void parseResponse(const QByteArray &raw, RawResponse *r)
{
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> lines = raw.left(end).split('\n');
    r->status = lines.value(0).split(' ').value(1).toInt();
    r->headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray l = lines[i].trimmed();
        const qsizetype c = l.indexOf(':');
        if (c > 0)
            r->headers.append({l.left(c), l.mid(c + 1).trimmed()});
    }
    const QByteArray rest = raw.mid(end + 4);
    r->body.clear();
    r->chunks.clear();
    r->complete = false;
    if (r->header("Transfer-Encoding").contains("chunked")) {
        qsizetype pos = 0;
        while (pos < rest.size()) {
            const qsizetype eol = rest.indexOf("\r\n", pos);
            if (eol < 0)
                break;
            bool ok = false;
            const qsizetype len = rest.mid(pos, eol - pos).toLongLong(&ok, 16);
            if (!ok)
                break;
            if (len == 0) {
                r->complete = rest.size() >= eol + 4;
                break;
            }
            const QByteArray data = rest.mid(eol + 2, len);
            r->body += data;
            if (data.size() < len)
                break;
            r->chunks.append(data);
            pos = eol + 2 + len + 2;
        }
    } else {
        const qint64 len
            = r->header("Content-Length").isEmpty() ? 0 : r->header("Content-Length").toLongLong();
        r->body = rest.left(len);
        r->complete = rest.size() >= len;
    }
}

//! Sends one request on a fresh connection and reads the response (or until close/timeout).
inline RawResponse rawRequest(quint16 port, const QByteArray &method, const QByteArray &path,
    const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {},
    int timeoutMs = 20000)
{
    RawResponse r;
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!s.waitForConnected(5000))
        return r;
    QByteArray req = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &[k, v] : headers)
        req += k + ": " + v + "\r\n";
    if (!body.isNull())
        req += "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n";
    req += "\r\n" + body;
    s.write(req);
    QByteArray raw;
    QElapsedTimer t;
    t.start();
    while (true) {
        if (s.bytesAvailable()
            || s.waitForReadyRead(int(qMax<qint64>(1, timeoutMs - t.elapsed())))) {
            raw += s.readAll();
            parseResponse(raw, &r);
            if (r.complete)
                break;
            continue;
        }
        if (s.state() != QAbstractSocket::ConnectedState) {
            raw += s.readAll();
            r.closed = true;
            break;
        }
        if (t.elapsed() >= timeoutMs) {
            r.timedOut = true;
            break;
        }
    }
    parseResponse(raw, &r);
    r.bytesReceived = raw.size();
    r.elapsedMs = t.elapsed();
    return r;
}

inline QList<QPair<QByteArray, QByteArray>> bearer(const QString &token)
{
    return {{"Authorization", "Bearer " + token.toUtf8()}};
}

inline QByteArray typesBody(const QStringList &types, const QString &extra = {})
{
    QJsonArray arr;
    for (const QString &t : types)
        arr.append(t);
    QByteArray b = QJsonDocument(
        QJsonObject {{QStringLiteral("types"),
            arr}}).toJson(QJsonDocument::Compact);
    if (!extra.isEmpty())
        b.insert(b.size() - 1, ',' + extra.toUtf8());
    return b;
}

inline RawResponse stream(quint16 port, const QString &token, const QStringList &types,
    const QString &extra = {}, int timeoutMs = 60000)
{
    return rawRequest(
        port, "POST", "/api/sync/stream", typesBody(types, extra), bearer(token), timeoutMs);
}

inline RawResponse postAcks(quint16 port, const QString &token, const QStringList &acks)
{
    QJsonArray arr;
    for (const QString &a : acks)
        arr.append(a);
    return rawRequest(port, "POST", "/api/sync/ack",
        QJsonDocument(QJsonObject {{QStringLiteral("acks"), arr}}).toJson(QJsonDocument::Compact),
        bearer(token));
}

//! The last ack per type in stream order (what a careful client sends), excluding nothing.
inline QStringList lastAckPerType(const RawResponse &r)
{
    QStringList order;
    QHash<QString, QString> last;
    for (const QJsonObject &o : r.lines()) {
        const QString ack = o.value(QStringLiteral("ack")).toString();
        const QString type = ack.section(QLatin1Char('|'), 0, 0);
        if (type.isEmpty())
            continue;
        if (!last.contains(type))
            order.append(type);
        last[type] = ack;
    }
    QStringList out;
    for (const QString &t : order)
        out.append(last[t]);
    return out;
}

//! Streams, then acks everything; returns the stream response.
inline RawResponse syncAndAck(quint16 port, const QString &token, const QStringList &types)
{
    RawResponse r = stream(port, token, types);
    const QStringList acks = lastAckPerType(r);
    if (!acks.isEmpty())
        postAcks(port, token, acks);
    return r;
}

inline QStringList allV1Types()
{
    return {QStringLiteral("AuthUsersV1"), QStringLiteral("UsersV1"), QStringLiteral("AssetsV1"),
        QStringLiteral("AssetExifsV1"), QStringLiteral("AssetEditsV1"),
        QStringLiteral("AssetMetadataV1"), QStringLiteral("PartnersV1"),
        QStringLiteral("PartnerAssetsV1"), QStringLiteral("PartnerAssetExifsV1"),
        QStringLiteral("AlbumsV1"), QStringLiteral("AlbumUsersV1"), QStringLiteral("AlbumAssetsV1"),
        QStringLiteral("AlbumAssetExifsV1"), QStringLiteral("AlbumToAssetsV1"),
        QStringLiteral("MemoriesV1"), QStringLiteral("MemoryToAssetsV1"),
        QStringLiteral("StacksV1"), QStringLiteral("PartnerStacksV1"),
        QStringLiteral("UserMetadataV1"), QStringLiteral("PeopleV1"),
        QStringLiteral("AssetFacesV2")};
}

inline QStringList capture135Types()
{
    return {QStringLiteral("UsersV1"), QStringLiteral("PartnersV1"), QStringLiteral("AssetsV1"),
        QStringLiteral("AssetExifsV1"), QStringLiteral("PartnerAssetsV1"),
        QStringLiteral("PartnerAssetExifsV1"), QStringLiteral("AlbumsV1"),
        QStringLiteral("AlbumUsersV1")};
}

inline QStringList keysOf(const QJsonObject &o)
{
    return o.keys(); // sorted by Qt; use orderedKeys() for order checks
}

//! Keys in document order of the first JSON object in `text` (top level only).
inline QStringList orderedKeys(QByteArrayView text)
{
    QStringList keys;
    int depth = 0;
    bool inStr = false, esc = false, expectKey = false;
    QByteArray cur;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (inStr) {
            if (esc) {
                esc = false;
            } else if (ch == '\\') {
                esc = true;
            } else if (ch == '"') {
                inStr = false;
                if (depth == 1 && expectKey) {
                    keys.append(QString::fromUtf8(cur));
                    expectKey = false;
                }
                continue;
            }
            if (depth == 1 && expectKey)
                cur += ch;
            continue;
        }
        if (ch == '"') {
            inStr = true;
            cur.clear();
        } else if (ch == '{' || ch == '[') {
            ++depth;
            if (depth == 1 && ch == '{')
                expectKey = true;
        } else if (ch == '}' || ch == ']') {
            --depth;
            if (depth == 0)
                break;
        } else if (ch == ',' && depth == 1) {
            expectKey = true;
        }
    }
    return keys;
}

} // namespace DevTest

namespace DevTest {

namespace detail {
inline void skipWs(QByteArrayView t, qsizetype &i)
{
    while (i < t.size() && (t[i] == ' ' || t[i] == '\n' || t[i] == '\r' || t[i] == '\t'))
        ++i;
}
inline QString readString(QByteArrayView t, qsizetype &i)
{
    QByteArray out;
    ++i; // opening quote
    while (i < t.size() && t[i] != '"') {
        if (t[i] == '\\')
            ++i;
        out += t[i];
        ++i;
    }
    ++i;
    return QString::fromUtf8(out);
}
inline void shapeValue(
    QByteArrayView t, qsizetype &i, const QString &path, QMap<QString, QStringList> &out)
{
    skipWs(t, i);
    if (i >= t.size())
        return;
    if (t[i] == '{') {
        ++i;
        QStringList keys;
        while (true) {
            skipWs(t, i);
            if (i >= t.size() || t[i] == '}') {
                ++i;
                break;
            }
            if (t[i] == ',') {
                ++i;
                continue;
            }
            const QString key = readString(t, i);
            skipWs(t, i);
            ++i; // ':'
            shapeValue(t, i, path + QLatin1Char('.') + key, out);
            keys.append(key);
        }
        if (!out.contains(path))
            out.insert(path, keys);
    } else if (t[i] == '[') {
        ++i;
        while (true) {
            skipWs(t, i);
            if (i >= t.size() || t[i] == ']') {
                ++i;
                break;
            }
            if (t[i] == ',') {
                ++i;
                continue;
            }
            shapeValue(t, i, path + QStringLiteral("[]"), out);
        }
    } else if (t[i] == '"') {
        readString(t, i);
    } else {
        while (i < t.size() && t[i] != ',' && t[i] != '}' && t[i] != ']')
            ++i;
    }
}
} // namespace detail

//! Key order of every object in a JSON text, by path ("" = top level, ".data", "[]",
//! "[].exifInfo").
inline QMap<QString, QStringList> shapes(QByteArrayView json)
{
    QMap<QString, QStringList> out;
    qsizetype i = 0;
    detail::shapeValue(json, i, QString(), out);
    return out;
}

} // namespace DevTest
