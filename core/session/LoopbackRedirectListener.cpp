// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoopbackRedirectListener.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Tidemark {

namespace {
constexpr qsizetype kMaxRequestHead = 16 * 1024;
constexpr QLatin1StringView kPath("/oauth-callback");

QByteArray page(const QString &title, const QString &text)
{
    const QString html = QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\">"
                                        "<title>%1</title></head><body style=\"font-family:sans-"
                                        "serif;margin:3em\"><h1>%1</h1><p>%2</p></body></html>")
                             .arg(title.toHtmlEscaped(), text.toHtmlEscaped());
    return html.toUtf8();
}

void reply(QTcpSocket *socket, int status, const QByteArray &body)
{
    const QByteArray reason = status == 200 ? "OK" : (status == 404 ? "Not Found" : "Bad Request");
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
          "Connection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n";
    socket->write(head + body);
    socket->disconnectFromHost();
}
} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject *parent) : QObject(parent)
{ }

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

bool LoopbackRedirectListener::listen()
{
    close();
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        m_error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_server ? m_server->nextPendingConnection() : nullptr) {
            // Not the server's child: the answer page must reach the browser also when the
            // listener is closed right after the redirect arrived.
            s->setParent(nullptr);
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            QTimer::singleShot(30000, s, &QObject::deleteLater);
            connect(s, &QTcpSocket::readyRead, this, [this, s] { serve(s); });
        }
    });
    return true;
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    if (!m_server)
        return {};
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_server->serverPort());
    u.setPath(QString(kPath));
    return u;
}

QString LoopbackRedirectListener::errorString() const
{
    return m_error;
}

void LoopbackRedirectListener::close()
{
    if (!m_server)
        return;
    m_server->close();
    m_server->deleteLater();
    m_server = nullptr;
}

void LoopbackRedirectListener::serve(QTcpSocket *socket)
{
    if (socket->property("answered").toBool())
        return;
    QByteArray head = socket->property("head").toByteArray() + socket->readAll();
    if (!head.contains("\r\n\r\n") && head.size() < kMaxRequestHead) {
        socket->setProperty("head", head);
        return;
    }
    socket->setProperty("answered", true);
    const QByteArray line = head.left(head.indexOf("\r\n"));
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || parts[0] != "GET" || !parts[2].startsWith("HTTP/1.")) {
        reply(socket, 400,
            page(tr("Bad request"),
                tr("This address only takes a browser's "
                   "answer from a sign-in page.")));
        return;
    }
    QUrl url = redirectUri();
    const QByteArray target = parts[1];
    const qsizetype q = target.indexOf('?');
    const QByteArray path = q < 0 ? target : target.left(q);
    if (path != QByteArrayView(kPath.data(), kPath.size())) {
        reply(socket, 404, page(tr("Not found"), tr("Nothing is here.")));
        return;
    }
    if (q >= 0)
        url.setQuery(QString::fromUtf8(target.mid(q + 1)));
    reply(socket, 200,
        page(tr("Tidemark received the answer"),
            tr("Tidemark received the answer of the sign-in page and is finishing the login "
               "with the server. You can close this tab and go back to Tidemark.")));
    Q_EMIT redirected(url);
}

} // namespace Tidemark
