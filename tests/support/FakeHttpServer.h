// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A few-line HTTP/1.1 server on loopback for the client tests: each request is handed to a handler
// that writes whatever bytes it wants to the socket (captured responses, chunked bodies, stalls,
// cut connections, redirects). Only for tests: no keep-alive subtleties, one request per read.

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace Tidemark::Test {

struct HttpRequest
{
    QByteArray method, path; //!< path with query
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
};

class FakeHttpServer : public QTcpServer
{
public:
    using Handler = std::function<void(const HttpRequest &, QTcpSocket *)>;

    explicit FakeHttpServer(Handler handler = {}) : m_handler(std::move(handler))
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    void setHandler(Handler h) { m_handler = std::move(h); }
    QString origin() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
    QList<HttpRequest> requests;

    static QByteArray response(int status, const QByteArray &reason, const QByteArray &body,
        const QByteArray &contentType = "application/json; charset=utf-8",
        const QList<QByteArray> &extraHeaders = {})
    {
        QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        r += "Content-Type: " + contentType
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        for (const QByteArray &h : extraHeaders)
            r += h + "\r\n";
        r += "Connection: close\r\n\r\n" + body;
        return r;
    }
    static QByteArray chunk(const QByteArray &data)
    {
        return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
    }
    static QByteArray chunkedHead(
        int status = 200, const QByteArray &contentType = "application/jsonlines+json")
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " OK\r\nContent-Type: " + contentType
            + "\r\nx-immich-cid: fakecid1\r\nTransfer-Encoding: chunked\r\nConnection: "
              "keep-alive\r\n\r\n";
    }

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const qsizetype headEnd = buf.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        HttpRequest req;
        const QList<QByteArray> lines = buf.left(headEnd).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        req.method = first.value(0);
        req.path = first.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0) {
                req.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
                if (line.left(colon).compare("content-length", Qt::CaseInsensitive) == 0)
                    length = line.mid(colon + 1).trimmed().toLongLong();
            }
        }
        if (buf.size() < headEnd + 4 + length)
            return;
        req.body = buf.mid(headEnd + 4, length);
        buf.remove(0, headEnd + 4 + length);
        requests.append(req);
        if (m_handler)
            m_handler(req, s);
    }

    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace Tidemark::Test
