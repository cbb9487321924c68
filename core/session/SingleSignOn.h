// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SingleSignOn: one OAuth login the way Immich's own clients do it, for the window and the
// command line alike.
//
//   start() ── POST /oauth/authorize {redirectUri, state, codeChallenge} ──► browserUrlReady(url)
//      (the caller opens the provider's page in the browser, or prints it)
//   the browser ends on redirectUri?code=…&state=…  ── caught by the loopback listener, or pasted,
//      or relayed from the app link (acceptRedirect())
//   state checked here ── POST /oauth/callback {url, state, codeVerifier} ──► finished(login)
//
// Two ways back from the browser: Redirect::Loopback (http://127.0.0.1:<random port>/oauth-
// callback, the native-app way; the provider must allow loopback addresses) and Redirect::AppLink
// (app.immich:///oauth-callback, the address Immich's mobile app uses, which most providers
// already allow for Immich). The state is random per login and checked before anything is sent;
// the PKCE verifier never leaves this object except in the callback request to the server.
// Every failure is an Error of kind SingleSignOn saying at which step (see Error::Kind).

#include "api/ApiDtos.h"
#include "api/ServerAccess.h"
#include "protocol/ServerUrl.h"
#include "util/Error.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

namespace Tidemark {

class ImmichClient;
class LoopbackRedirectListener;

class SingleSignOn : public QObject
{
    Q_OBJECT
public:
    enum class Redirect { Loopback, AppLink };
    Q_ENUM(Redirect)

    //! Immich's mobile redirect address.
    static QString appLinkAddress() { return QStringLiteral("app.immich:///oauth-callback"); }

    SingleSignOn(const ServerUrl &server, Redirect redirect, int requestTimeoutMs,
        QObject *parent = nullptr, const ServerAccess &access = {});
    ~SingleSignOn() override;

    //! How long the browser may take (default 10 minutes).
    void setWaitLimitMs(int ms);
    Redirect redirect() const { return m_redirect; }
    //! The address the provider sends the browser back to (valid after start()).
    QUrl redirectUri() const { return m_redirectUri; }
    //! The provider's sign-in page (valid after browserUrlReady()).
    QUrl browserUrl() const { return m_browserUrl; }
    bool isWaiting() const { return m_waiting; }

    void start();
    //! The address the browser ended on: pasted by the person, or relayed from the app link.
    void acceptRedirect(const QUrl &url);
    //! Ends the login without an answer (failed() with Cancelled).
    void cancel();

Q_SIGNALS:
    void browserUrlReady(const QUrl &url);
    void finished(const Tidemark::LoginResponse &login);
    void failed(const Tidemark::Error &error);

private:
    void fail(const Error &error);
    Error ssoError(const QString &step, const QString &words = {}) const;

    ServerUrl m_server;
    Redirect m_redirect;
    ImmichClient *m_client = nullptr;
    LoopbackRedirectListener *m_listener = nullptr;
    QTimer m_wait;
    QUrl m_redirectUri;
    QUrl m_browserUrl;
    QString m_state;
    QString m_verifier; //!< secret
    bool m_waiting = false;
    bool m_done = false;
};

} // namespace Tidemark
