// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Lives in the server thread: owns the QTcpServer (a QSslServer when TLS is on: the handshake is
// done before a connection is handed over, then HttpConnection reads plain bytes as before) and
// the open connections.

#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QString>

#include <memory>
#include <optional>

class QTcpServer;

namespace TidemarkDev {

class HttpConnection;
class ServerState;

class HttpWorker : public QObject
{
    Q_OBJECT
public:
    explicit HttpWorker(std::shared_ptr<ServerState> state);
    ~HttpWorker() override;

    //! Call in the worker thread.
    bool listen(quint16 port, const std::optional<QSslConfiguration> &tls, QString *error,
        quint16 *actualPort);
    //! New certificate for connections accepted from now on (TLS only).
    void setTls(const QSslConfiguration &tls);
    void shutdown();
    void dropAll(); //!< closes every connection (library replaced)

private:
    void onNewConnection();

    std::shared_ptr<ServerState> m_state;
    QTcpServer *m_server = nullptr;
    QSet<HttpConnection *> m_connections;
};

} // namespace TidemarkDev
