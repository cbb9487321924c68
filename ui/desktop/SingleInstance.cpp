// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/SingleInstance.h"

#include "util/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace Tidemark {

namespace {
const QByteArray kActivate = QByteArrayLiteral("activate\n");
}

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent), m_key(key.isEmpty() ? defaultKey() : key)
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultKey()
{
    QByteArray user = qgetenv("USER");
    if (user.isEmpty())
        user = qgetenv("USERNAME");
    const QByteArray hash = QCryptographicHash::hash(
        user + '\0' + QDir::homePath().toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("tidemark-") + QString::fromLatin1(hash.toHex().left(16));
}

bool SingleInstance::tryToBecomePrimary(int timeoutMs)
{
    if (m_server)
        return true;
    {
        QLocalSocket socket;
        socket.connectToServer(m_key);
        if (socket.waitForConnected(timeoutMs)) {
            socket.write(kActivate);
            socket.waitForBytesWritten(timeoutMs);
            socket.disconnectFromServer();
            if (socket.state() != QLocalSocket::UnconnectedState)
                socket.waitForDisconnected(timeoutMs);
            qCInfo(lcDesktop) << "another instance is running; asked it to show its window";
            return false;
        }
    }
    // Nobody answered: a socket file left by a crashed instance is stale.
    QLocalServer::removeServer(m_key);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_key)) {
        // Still the only window we know of: run without the single-instance guard.
        qCWarning(lcDesktop) << "single instance: cannot listen on" << m_key
                             << m_server->errorString();
        return true;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return true;
}

bool SingleInstance::isPrimary() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        auto readLine = [this, socket] {
            if (socket->canReadLine() && socket->readLine() == kActivate)
                Q_EMIT activationRequested();
        };
        connect(socket, &QLocalSocket::readyRead, this, readLine);
        readLine(); // the line may have arrived before the connection was taken
    }
}

} // namespace Tidemark
