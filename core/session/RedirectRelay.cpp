// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RedirectRelay.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace Tidemark {

namespace {
constexpr qsizetype kMaxUrl = 64 * 1024;
}

RedirectRelay::RedirectRelay(QObject *parent) : QObject(parent)
{ }

RedirectRelay::~RedirectRelay()
{
    close();
}

QString RedirectRelay::defaultName()
{
    const QByteArray home = QDir::homePath().toUtf8();
    return QStringLiteral("tidemark-oauth-")
        + QString::fromLatin1(
            QCryptographicHash::hash(home, QCryptographicHash::Sha256).toHex().left(16));
}

bool RedirectRelay::listen(const QString &name)
{
    close();
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(name);
    if (!m_server->listen(name)) {
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *s = m_server ? m_server->nextPendingConnection() : nullptr) {
            connect(s, &QLocalSocket::disconnected, s, &QObject::deleteLater);
            connect(s, &QLocalSocket::readyRead, this, [this, s] {
                QByteArray buffer = s->property("buffer").toByteArray() + s->readAll();
                const qsizetype nl = buffer.indexOf('\n');
                if (nl < 0 && buffer.size() < kMaxUrl) {
                    s->setProperty("buffer", buffer);
                    return;
                }
                s->write("ok\n");
                s->disconnectFromServer();
                const QUrl url(QString::fromUtf8(buffer.left(nl < 0 ? buffer.size() : nl)));
                if (url.isValid())
                    Q_EMIT received(url);
            });
        }
    });
    return true;
}

void RedirectRelay::close()
{
    if (!m_server)
        return;
    m_server->close();
    delete m_server;
    m_server = nullptr;
}

bool RedirectRelay::isListening() const
{
    return m_server && m_server->isListening();
}

bool RedirectRelay::send(const QUrl &url, const QString &name, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(url.toEncoded() + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    if (!socket.waitForReadyRead(timeoutMs))
        return false;
    return socket.readAll().startsWith("ok");
}

} // namespace Tidemark
