// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LoopbackRedirectListener: catches the browser's redirect at the end of a single sign-on, the way
// native apps do (RFC 8252, section 7.3): a one-request HTTP listener on 127.0.0.1 at a port the
// system picks, for the path /oauth-callback only. The browser gets a short page that says the
// answer arrived (not that the login worked: the server has not been asked yet); the address it
// was sent to, code and state included, is handed on with redirected(). Anything else on the
// port gets 404 and is otherwise ignored. Never listens on another interface.

#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace Tidemark {

class LoopbackRedirectListener : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackRedirectListener(QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    //! false (and errorString()) when no port could be opened.
    bool listen();
    //! "http://127.0.0.1:<port>/oauth-callback" once listening.
    QUrl redirectUri() const;
    QString errorString() const;
    void close();

Q_SIGNALS:
    //! The whole address the browser asked for (the query carries code/state or error).
    void redirected(const QUrl &url);

private:
    void serve(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    QString m_error;
};

} // namespace Tidemark
