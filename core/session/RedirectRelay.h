// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RedirectRelay: the path of Immich's app link (app.immich:///oauth-callback?code=…&state=…) from
// the browser to the Tidemark that is waiting for it. The desktop opens the link with a second
// `tidemark --oauth-redirect URL` (the URL-scheme handler in the .desktop file); that process
// hands the address to the waiting one over a local socket that only this user can open, and
// ends. The code in it is useless without the PKCE verifier, which never leaves the waiting
// process.

#include <QObject>
#include <QUrl>

class QLocalServer;

namespace Tidemark {

class RedirectRelay : public QObject
{
    Q_OBJECT
public:
    explicit RedirectRelay(QObject *parent = nullptr);
    ~RedirectRelay() override;

    //! The socket's name for this user (tests may use their own).
    static QString defaultName();
    //! Starts taking addresses (another waiting Tidemark of the same user is replaced).
    bool listen(const QString &name = defaultName());
    void close();
    bool isListening() const;

    //! From the second process: hands `url` to the waiting one. false when none is waiting.
    static bool send(const QUrl &url, const QString &name = defaultName(), int timeoutMs = 3000);

Q_SIGNALS:
    void received(const QUrl &url);

private:
    QLocalServer *m_server = nullptr;
};

} // namespace Tidemark
