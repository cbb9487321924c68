// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpWorker.h"

#include "HttpConnection.h"
#include "ServerState.h"

#include <QHostAddress>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace TidemarkDev {

HttpWorker::HttpWorker(std::shared_ptr<ServerState> state) : m_state(std::move(state))
{ }

HttpWorker::~HttpWorker()
{
    shutdown();
}

bool HttpWorker::listen(
    quint16 port, const std::optional<QSslConfiguration> &tls, QString *error, quint16 *actualPort)
{
    if (!m_server) {
        if (tls) {
            auto *ssl = new QSslServer(this);
            ssl->setSslConfiguration(*tls);
            // Mutual TLS the way nginx's `ssl_verify_client on` does it: the handshake goes on
            // without a (good) client certificate, and every request gets a 400 page that says
            // which (HttpConnection). Otherwise the connection is closed in the handshake.
            connect(ssl, &QSslServer::sslErrors, this,
                [this](QSslSocket *socket, const QList<QSslError> &errors) {
                    {
                        QMutexLocker lock(&m_state->mutex);
                        if (!m_state->clientCertificatePage)
                            return;
                    }
                    bool none = false;
                    for (const QSslError &e : errors)
                        none = none || e.error() == QSslError::NoPeerCertificate;
                    socket->setProperty("clientCertificateProblem",
                        none ? QByteArrayLiteral("none") : QByteArrayLiteral("bad"));
                    socket->ignoreSslErrors();
                });
            m_server = ssl;
        } else {
            m_server = new QTcpServer(this);
        }
        // Not newConnection: a QSslServer hands a socket over only after its handshake.
        connect(
            m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpWorker::onNewConnection);
    }
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        *error = m_server->errorString();
        return false;
    }
    *actualPort = m_server->serverPort();
    return true;
}

void HttpWorker::setTls(const QSslConfiguration &tls)
{
    if (auto *ssl = qobject_cast<QSslServer *>(m_server))
        ssl->setSslConfiguration(tls);
}

void HttpWorker::shutdown()
{
    if (m_server)
        m_server->close();
    dropAll();
}

void HttpWorker::dropAll()
{
    const QSet<HttpConnection *> all = m_connections;
    m_connections.clear();
    for (HttpConnection *c : all) {
        c->disconnect(this);
        c->closeNow();
        c->deleteLater();
    }
}

void HttpWorker::onNewConnection()
{
    while (QTcpSocket *s = m_server->nextPendingConnection()) {
        auto *c = new HttpConnection(s, m_state, this);
        m_connections.insert(c);
        connect(c, &HttpConnection::finished, this, [this](HttpConnection *conn) {
            if (m_connections.remove(conn))
                conn->deleteLater();
        });
    }
}

} // namespace TidemarkDev
