// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One client connection: HTTP/1.1 request parsing (Content-Length bodies, keep-alive, pipelining),
// Express-shaped response headers, and the chunked stream pump with back-pressure and fault
// injection.

#include "DevServer.h"
#include "HttpMessage.h"
#include "JsonOut.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QTcpSocket;

namespace TidemarkDev {

class ServerState;

class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(
        QTcpSocket *socket, std::shared_ptr<ServerState> state, QObject *parent = nullptr);
    ~HttpConnection() override;
    void closeNow();

Q_SIGNALS:
    void finished(HttpConnection *self);

private:
    void onReadyRead();
    void processBuffer();
    //! 1 = a request parsed, 0 = need more bytes, -1 = malformed (connection closed)
    int parseOne(HttpRequest *req);
    void respond(const HttpRequest &req, HttpResponse resp);
    QByteArray headerBlock(const HttpResponse &resp, qint64 contentLength, bool chunked) const;
    void writeChunk(const char *data, qsizetype n);
    void pump();
    void finishStream();
    void endAbruptly();
    bool lineFaultPending() const;

    QTcpSocket *m_sock;
    std::shared_ptr<ServerState> m_state;
    QByteArray m_in;
    bool m_busy = false;
    bool m_keepAlive = true;
    bool m_closing = false;
    QTimer m_idle;

    // stream in progress
    std::shared_ptr<class SyncStream> m_stream;
    qsizetype m_next = 0;
    std::optional<Fault> m_fault;
    bool m_faultDone = false;
    qint64 m_bodyBytes = 0;
    bool m_stalled = false;
    bool m_perLine = false;
    QString m_token;
    JsonOut m_out;
};

} // namespace TidemarkDev
