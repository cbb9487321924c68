// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleSignOn.h"

#include "api/ImmichClient.h"
#include "api/OAuthAuthorizeJob.h"
#include "api/OAuthCallbackJob.h"
#include "session/LoopbackRedirectListener.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace Tidemark {

namespace {
QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString challengeOf(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

SingleSignOn::SingleSignOn(const ServerUrl &server, Redirect redirect, int requestTimeoutMs,
    QObject *parent, const ServerAccess &access)
    : QObject(parent), m_server(server), m_redirect(redirect)
{
    m_client = new ImmichClient(this);
    m_client->setServerUrl(server);
    m_client->setServerAccess(access);
    m_client->setInactivityTimeout(std::chrono::milliseconds(requestTimeoutMs));
    m_wait.setSingleShot(true);
    m_wait.setInterval(10 * 60 * 1000);
    connect(&m_wait, &QTimer::timeout, this, [this] { fail(ssoError(QStringLiteral("timeout"))); });
}

SingleSignOn::~SingleSignOn()
{
    m_verifier.fill(QLatin1Char('\0'));
}

void SingleSignOn::setWaitLimitMs(int ms)
{
    m_wait.setInterval(ms);
}

Error SingleSignOn::ssoError(const QString &step, const QString &words) const
{
    Error e = Error::make(Error::Kind::SingleSignOn, m_server.toString(), step);
    if (!words.isEmpty())
        e.serverMessages = {words};
    return e;
}

void SingleSignOn::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    m_waiting = false;
    m_wait.stop();
    if (m_listener)
        m_listener->close();
    m_verifier.fill(QLatin1Char('\0'));
    Q_EMIT failed(error);
}

void SingleSignOn::start()
{
    if (m_redirect == Redirect::Loopback) {
        m_listener = new LoopbackRedirectListener(this);
        if (!m_listener->listen()) {
            const QString why = m_listener->errorString();
            QMetaObject::invokeMethod(
                this, [this, why] { fail(ssoError(QStringLiteral("listen"), why)); },
                Qt::QueuedConnection);
            return;
        }
        m_redirectUri = m_listener->redirectUri();
        connect(
            m_listener, &LoopbackRedirectListener::redirected, this, &SingleSignOn::acceptRedirect);
    } else {
        m_redirectUri = QUrl(appLinkAddress());
    }
    m_state = randomToken();
    m_verifier = randomToken();
    OAuthAuthorizeJob *job = m_client->oauthAuthorize(
        {m_redirectUri.toString(QUrl::FullyEncoded), m_state, challengeOf(m_verifier)});
    connect(job, &OAuthAuthorizeJob::succeeded, this, [this](const OAuthAuthorizeResponse &r) {
        if (m_done)
            return;
        m_browserUrl = r.url;
        m_waiting = true;
        m_wait.start();
        Q_EMIT browserUrlReady(r.url);
    });
    connect(job, &ApiJob::failed, this, &SingleSignOn::fail);
}

void SingleSignOn::acceptRedirect(const QUrl &url)
{
    if (m_done || !m_waiting)
        return;
    const QUrlQuery query(url);
    const QString shown = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    if (query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != m_state) {
        fail(ssoError(QStringLiteral("state")));
        return;
    }
    if (query.hasQueryItem(QStringLiteral("error"))) {
        const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        const QString description
            = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        Error e = ssoError(QStringLiteral("denied"),
            description.isEmpty() ? error : QStringLiteral("%1: %2").arg(error, description));
        e.serverError = error;
        fail(e);
        return;
    }
    if (query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).isEmpty()) {
        fail(ssoError(QStringLiteral("no-code"), shown));
        return;
    }
    m_waiting = false;
    m_wait.stop();
    if (m_listener)
        m_listener->close();
    OAuthCallbackJob *job
        = m_client->oauthCallback({url.toString(QUrl::FullyEncoded), m_state, m_verifier});
    connect(job, &OAuthCallbackJob::succeeded, this, [this](const LoginResponse &login) {
        if (m_done)
            return;
        m_done = true;
        m_verifier.fill(QLatin1Char('\0'));
        Q_EMIT finished(login);
    });
    connect(job, &ApiJob::failed, this, [this](const Error &e) {
        if (e.kind != Error::Kind::Http && e.kind != Error::Kind::Unauthorized) {
            fail(e);
            return;
        }
        Error sso = ssoError(QStringLiteral("callback"));
        sso.httpStatus = e.httpStatus;
        sso.serverMessages = e.serverMessages;
        sso.serverError = e.serverError;
        sso.correlationId = e.correlationId;
        fail(sso);
    });
}

void SingleSignOn::cancel()
{
    fail(Error::make(Error::Kind::Cancelled, tr("single sign-on")));
}

} // namespace Tidemark
