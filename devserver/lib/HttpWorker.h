#pragma once
// Lives in the server thread: owns the QTcpServer and the open connections.

#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

class QTcpServer;

namespace TidemarkDev {

class HttpConnection;
class ServerState;

class HttpWorker : public QObject {
    Q_OBJECT
public:
    explicit HttpWorker(std::shared_ptr<ServerState> state);
    ~HttpWorker() override;

    //! Call in the worker thread.
    bool listen(quint16 port, QString *error, quint16 *actualPort);
    void shutdown();
    void dropAll(); //!< closes every connection (library replaced)

private:
    void onNewConnection();

    std::shared_ptr<ServerState> m_state;
    QTcpServer *m_server = nullptr;
    QSet<HttpConnection *> m_connections;
};

} // namespace TidemarkDev
