// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TcpForwarder: a second address for a server, as a home network gives one (the LAN address
// beside the public one). It listens on 127.0.0.1 at its own port and pipes every connection to
// the target port, byte for byte; close() is the LAN going away, retarget() is another machine
// answering at the same address.

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace TidemarkTest {

class TcpForwarder : public QObject
{
public:
    explicit TcpForwarder(quint16 target) : m_target(target)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *in = m_server.nextPendingConnection())
                pipe(in);
        });
    }
    //! Listens at `port` (0: a free one; the same port again after close(): the LAN is back).
    bool listen(quint16 port = 0)
    {
        if (!m_server.listen(QHostAddress::LocalHost, port))
            return false;
        m_port = m_server.serverPort();
        return true;
    }
    quint16 port() const { return m_port; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    //! Stops taking connections (the port is closed); open ones are cut.
    void close()
    {
        m_server.close();
        for (const QPointer<QTcpSocket> &s : std::as_const(m_open))
            if (s)
                s->abort();
        m_open.clear();
    }
    void retarget(quint16 target) { m_target = target; }

private:
    void pipe(QTcpSocket *in)
    {
        auto *out = new QTcpSocket(in);
        m_open << in << out;
        connect(in, &QTcpSocket::readyRead, out, [in, out] {
            if (out->state() == QAbstractSocket::ConnectedState)
                out->write(in->readAll());
        });
        connect(out, &QTcpSocket::connected, in, [in, out] { out->write(in->readAll()); });
        connect(out, &QTcpSocket::readyRead, in, [in, out] { in->write(out->readAll()); });
        connect(in, &QTcpSocket::disconnected, in, [in, out] {
            out->disconnectFromHost();
            in->deleteLater();
        });
        connect(out, &QTcpSocket::disconnected, in, [in] { in->disconnectFromHost(); });
        connect(out, &QTcpSocket::errorOccurred, in, [in] { in->abort(); });
        out->connectToHost(QHostAddress::LocalHost, m_target);
    }

    QTcpServer m_server;
    quint16 m_target = 0;
    quint16 m_port = 0;
    QList<QPointer<QTcpSocket>> m_open;
};

} // namespace TidemarkTest
