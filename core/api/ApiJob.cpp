// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiJob.h"

#include "CertificatePins.h"
#include "util/Logging.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSslError>

namespace Tidemark {

ApiJob::ApiJob(const QByteArray &verb, const QString &path, Auth auth, QObject *parent)
    : QObject(parent), m_verb(verb), m_path(path), m_auth(auth)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ApiJob::onTimeout);
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->isRunning())
            m_reply->abort();
        m_reply->deleteLater();
    }
}

QString ApiJob::where() const
{
    return QStringLiteral("%1 /api/%2").arg(QString::fromLatin1(m_verb), m_path);
}

QByteArray ApiJob::responseHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

std::chrono::milliseconds ApiJob::inactivityTimeout() const
{
    return m_timeoutOverride.value_or(m_context.inactivityTimeout);
}

void ApiJob::setRequestJson(const QJsonObject &body)
{
    m_body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_hasBody = true;
}

Error ApiJob::consumeChunk(const QByteArray &chunk)
{
    Q_UNUSED(chunk);
    return {};
}

Error ApiJob::makeError(Error::Kind kind, const QString &detail) const
{
    return Error::make(kind, where(), detail);
}

QNetworkRequest ApiJob::buildRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_context.userAgent);
    request.setRawHeader("Accept", m_accept);
    if (m_hasBody)
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const CustomHeader &h : m_context.access.headers)
        request.setRawHeader(h.name, h.value);
    if (m_auth != Auth::None) {
        const Credentials &c = m_context.credentials;
        if (c.isSession() && m_context.access.takesAuthorization())
            request.setRawHeader("x-immich-user-token", c.secret.toUtf8());
        else if (c.isSession())
            request.setRawHeader("Authorization", "Bearer " + c.secret.toUtf8());
        else if (c.isApiKey())
            request.setRawHeader("x-api-key", c.secret.toUtf8());
    }
    if (m_context.access.clientCertificate.isLoaded()) {
        QSslConfiguration tls = m_context.sslConfiguration
            ? *m_context.sslConfiguration
            : QSslConfiguration::defaultConfiguration();
        m_context.access.clientCertificate.applyTo(tls);
        request.setSslConfiguration(tls);
    } else if (m_context.sslConfiguration) {
        request.setSslConfiguration(*m_context.sslConfiguration);
    }
    return request;
}

void ApiJob::start(const JobContext &context)
{
    if (m_started)
        return;
    m_started = true;
    m_context = context;
    m_clock.start();

    if (m_preflightError) {
        Error e = m_preflightError;
        e.where = where();
        failSoon(e);
        return;
    }
    if (!m_context.network) {
        failSoon(makeError(Error::Kind::Network, QStringLiteral("no network access manager")));
        return;
    }
    if (!m_context.server.isValid()) {
        failSoon(makeError(Error::Kind::InvalidInput, QStringLiteral("no server address set")));
        return;
    }
    if (m_auth == Auth::Session && m_context.credentials.isApiKey()) {
        // Checked here and not left to the server: the answer would be a 403 that reads like a
        // permission problem, while no permission on the key can ever make it work.
        Error e = makeError(Error::Kind::ApiKeyRefused,
            QStringLiteral("the sync stream and /sync/ack endpoints need a login "
                           "session; Immich answers 403 \"Sync endpoints cannot "
                           "be used with API keys\" whatever the key's "
                           "permissions. Log in with email and password."));
        e.httpStatus = 403;
        failSoon(e);
        return;
    }

    if (m_context.pinnedSha256.isEmpty()) // contexts not made by ImmichClient (the CLI's) too
        m_context.pinnedSha256 = CertificatePins::pinned(m_context.server.origin());
    const QUrl url = m_context.server.apiUrl(m_path, m_query);
    if (const Error e = checkUrl(url)) {
        failSoon(e);
        return;
    }
    const QNetworkRequest request = buildRequest(url);
    QNetworkReply *r = nullptr;
    if (m_verb == "GET" && !m_hasBody)
        r = m_context.network->get(request);
    else if (m_verb == "POST")
        r = m_context.network->post(request, m_body);
    else
        r = m_context.network->sendCustomRequest(request, m_verb, m_body);
    m_reply = r;
    if (m_readBufferSize > 0) {
        r->setReadBufferSize(m_readBufferSize);
        // Qt 6.4 hands the bound to its HTTP thread only once the request is under way: set
        // right after post() it is lost and the body queues up without limit (hundreds of MB
        // on a first sync). Repeat it once the request is written, before the answer can come:
        // set only when the headers arrive, whatever the HTTP thread read before the bound
        // reached it (on a loaded machine, hundreds of MB from a loopback server) is also never
        // counted against it, and the body queues up without limit all the same.
        const auto bound = [r, size = m_readBufferSize] { r->setReadBufferSize(size); };
        connect(r, &QNetworkReply::requestSent, this, bound);
        connect(r, &QNetworkReply::metaDataChanged, this, bound);
    }

    connect(r, &QNetworkReply::readyRead, this, &ApiJob::onReadyRead);
    connect(r, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(r, &QNetworkReply::redirected, this, &ApiJob::onRedirected);
    connect(r, &QNetworkReply::metaDataChanged, this, &ApiJob::onMetaData);
    connect(r, &QNetworkReply::uploadProgress, this, &ApiJob::touch);
    connect(r, &QNetworkReply::downloadProgress, this, &ApiJob::touch);
    connect(r, &QNetworkReply::sslErrors, this, &ApiJob::onSslErrors);
    m_timer.start(inactivityTimeout());
    qCDebug(lcApi).noquote() << where() << "started";
}

Error ApiJob::checkUrl(const QUrl &url) const
{
    bool ok = url.isValid() && m_context.server.sameOrigin(url)
        && url.path(QUrl::FullyDecoded).startsWith(QLatin1StringView("/api/"));
    const QByteArrayList segments = url.path(QUrl::FullyEncoded).toLatin1().split('/');
    for (qsizetype i = 1; ok && i < segments.size(); ++i) {
        const QString seg = QUrl::fromPercentEncoding(segments[i]); // "%2e%2e" is ".." to a server
        if (seg == QLatin1StringView(".") || seg == QLatin1StringView("..")
            || seg.contains(QLatin1Char('\\')) || (seg.isEmpty() && i + 1 < segments.size()))
            ok = false;
    }
    if (ok)
        return {};
    return makeError(Error::Kind::InvalidInput,
        QStringLiteral("refused to send a request outside the server's API (%1)")
            .arg(url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo).left(200)));
}

QString ApiJob::clientCertificateRefusal(const Error &result) const
{
    // nginx (`ssl_verify_client on`) completes the handshake and answers 400 with a page of its
    // own; other proxies end the handshake with a TLS alert that OpenSSL names.
    if (result.kind == Error::Kind::Http && m_httpStatus == 400) {
        if (m_received.contains("No required SSL certificate was sent"))
            return QStringLiteral("required");
        if (m_received.contains("The SSL certificate error"))
            return QStringLiteral("refused");
    }
    if (result.kind == Error::Kind::Tls || result.kind == Error::Kind::Network) {
        if (result.detail.contains(QLatin1StringView("alert certificate required")))
            return QStringLiteral("required");
        for (const char *alert :
            {"alert unknown ca", "alert bad certificate", "alert certificate unknown",
                "alert certificate expired", "alert certificate revoked"})
            if (result.detail.contains(QLatin1StringView(alert)))
                return m_context.access.clientCertificate.isLoaded() ? QStringLiteral("refused")
                                                                     : QStringLiteral("required");
    }
    return {};
}

void ApiJob::onSslErrors(const QList<QSslError> &errors)
{
    if (!m_reply)
        return;
    QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
    for (qsizetype i = 0; peer.isNull() && i < errors.size(); ++i)
        peer = errors[i].certificate();
    m_peerSha256 = CertificatePins::fingerprint(peer);
    const QString &pin = m_context.pinnedSha256;
    if (!pin.isEmpty() && !m_peerSha256.isEmpty() && m_peerSha256 == pin) {
        qCDebug(lcApi).noquote() << where() << "certificate accepted by its pinned fingerprint";
        m_reply->ignoreSslErrors(errors);
        return;
    }
    for (const QSslError &e : errors)
        m_sslErrors << e.errorString();
    if (!pin.isEmpty())
        m_sslErrors << QStringLiteral(
            "the certificate changed: it is not the one trusted for this server "
            "(SHA-256 %1)")
                           .arg(pin);
    qCWarning(lcApi).noquote() << where() << "certificate refused, SHA-256" << m_peerSha256;
}

void ApiJob::onMetaData()
{
    touch();
    if (!m_reply || m_finished || m_abortError || streamsBody())
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_maxBodySize)
        abortWith(makeError(Error::Kind::Malformed,
            QStringLiteral("response body of %1 bytes is larger than the limit of %2 bytes")
                .arg(length.toLongLong())
                .arg(m_maxBodySize)));
}

void ApiJob::touch()
{
    if (m_reply && !m_finished)
        m_timer.start(inactivityTimeout());
}

void ApiJob::onTimeout()
{
    abortWith(makeError(Error::Kind::Timeout,
        QStringLiteral("no data for %1 s").arg(inactivityTimeout().count() / 1000.0)));
}

void ApiJob::cancel()
{
    if (m_finished)
        return;
    const Error e = makeError(Error::Kind::Cancelled, QStringLiteral("cancelled"));
    if (m_reply && m_reply->isRunning()) {
        abortWith(e);
        return;
    }
    if (!m_started)
        m_started = true;
    complete(e);
}

void ApiJob::abortWith(const Error &error)
{
    if (m_finished || m_abortError)
        return;
    m_abortError = error;
    if (m_reply && m_reply->isRunning())
        m_reply->abort(); // emits finished synchronously → onReplyFinished
    else
        complete(error);
}

void ApiJob::onRedirected(const QUrl &target)
{
    if (m_context.followSameOriginRedirects && m_context.server.sameOrigin(target)) {
        qCDebug(lcApi).noquote() << where() << "following same-origin redirect to" << target.path();
        Q_EMIT m_reply->redirectAllowed();
        return;
    }
    Error e = makeError(Error::Kind::Redirect,
        (m_context.server.sameOrigin(target)
                ? QStringLiteral("refused redirect (%1); redirects are not followed here")
                : QStringLiteral("refused redirect to another origin (%1)"))
            .arg(target
                     .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo
                         | QUrl::RemoveFragment)
                     .toString()));
    e.httpStatus
        = m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    qCWarning(lcApi).noquote() << where() << "refused redirect to" << target.host();
    // Not aborted inside the signal: Qt is waiting for redirectAllowed(), which never comes.
    QMetaObject::invokeMethod(
        this, [this, e] { abortWith(e); }, Qt::QueuedConnection);
}

void ApiJob::onReadyRead()
{
    if (!m_reply || m_finished || m_abortError)
        return;
    touch();
    if (m_httpStatus == 0)
        m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool success = m_httpStatus >= 200 && m_httpStatus < 300;
    if (success && streamsBody()) {
        const QByteArray chunk = m_reply->readAll();
        if (!chunk.isEmpty()) {
            const Error e = consumeChunk(chunk);
            if (e)
                abortWith(e);
        }
        return;
    }
    const QByteArray chunk = m_reply->readAll();
    if (m_received.size() + chunk.size() > m_maxBodySize) {
        abortWith(makeError(Error::Kind::Malformed,
            QStringLiteral("response body larger than the limit of %1 bytes").arg(m_maxBodySize)));
        return;
    }
    m_received += chunk;
}

void ApiJob::onReplyFinished()
{
    if (m_finished || !m_reply)
        return;
    m_timer.stop();
    QNetworkReply *r = m_reply;
    m_headers = r->rawHeaderPairs();
    if (m_httpStatus == 0)
        m_httpStatus = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = r->error();

    if (!m_abortError && r->bytesAvailable() > 0)
        onReadyRead(); // drain what is left (may set m_abortError)

    Error result;
    if (m_abortError) {
        result = m_abortError;
    } else if (!m_sslErrors.isEmpty() || netError == QNetworkReply::SslHandshakeFailedError) {
        result = makeError(Error::Kind::Tls,
            m_sslErrors.isEmpty() ? r->errorString() : m_sslErrors.join(QStringLiteral("; ")));
        result.certificateSha256 = m_peerSha256;
        // OpenSSL reads a plain-HTTP answer to its hello as a record of an unknown version.
        if (m_sslErrors.isEmpty() && m_peerSha256.isEmpty()
            && (result.detail.contains(QLatin1StringView("wrong version number"))
                || result.detail.contains(QLatin1StringView("http request"))
                || result.detail.contains(QLatin1StringView("packet length too long"))))
            result.kind = Error::Kind::NoTls;
    } else if (m_httpStatus >= 300 || (m_httpStatus > 0 && m_httpStatus < 200)) {
        result = Error::fromHttp(
            m_httpStatus, m_received, where(), QString::fromLatin1(responseHeader("x-immich-cid")));
        result.retryAfterSeconds = Error::parseRetryAfter(
            responseHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    } else if (netError != QNetworkReply::NoError) {
        Error::Kind kind = Error::Kind::Network;
        if (netError == QNetworkReply::OperationCanceledError)
            kind = Error::Kind::Cancelled;
        else if (netError == QNetworkReply::TimeoutError)
            kind = Error::Kind::Timeout;
        result = makeError(kind, r->errorString());
        result.httpStatus = m_httpStatus;
    } else if (m_httpStatus == 0) {
        result = makeError(Error::Kind::Network, QStringLiteral("no HTTP response"));
    } else if (streamsBody()) {
        result = endOfBody();
        if (!result)
            result = parseBody({});
    } else {
        result = parseBody(m_received);
    }
    if (identifiesServer() && result.kind == Error::Kind::Http && m_httpStatus == 404)
        result.kind = Error::Kind::NotImmich;
    if (const QString step = clientCertificateRefusal(result); !step.isEmpty()) {
        const QString detail = result.detail;
        result.kind = Error::Kind::ClientCertificate;
        result.detail = step;
        if (!detail.isEmpty())
            result.serverMessages = {detail};
    }
    if (result && result.where.isEmpty())
        result.where = where();
    if (result && result.httpStatus == 0)
        result.httpStatus = m_httpStatus;
    if (result.kind == Error::Kind::Http || result.kind == Error::Kind::Unauthorized
        || result.kind == Error::Kind::ApiKeyRefused) {
        if (result.correlationId.isEmpty())
            result.correlationId = QString::fromLatin1(responseHeader("x-immich-cid"));
    }
    qCDebug(lcApi).noquote() << where() << "->" << m_httpStatus
                             << (result ? kindName(result.kind) : QStringLiteral("ok"))
                             << m_clock.elapsed() << "ms";
    m_received.clear();
    r->disconnect(this);
    r->deleteLater();
    m_reply = nullptr;
    complete(result);
}

void ApiJob::failSoon(const Error &error)
{
    QMetaObject::invokeMethod(
        this, [this, error] { complete(error); }, Qt::QueuedConnection);
}

void ApiJob::complete(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_error = error;
    if (error) {
        if (error.kind == Error::Kind::Unauthorized || error.kind == Error::Kind::ApiKeyRefused
            || error.kind == Error::Kind::Timeout || error.kind == Error::Kind::Redirect)
            qCInfo(lcApi).noquote() << where() << "failed:" << kindName(error.kind);
        Q_EMIT failed(error);
    } else {
        emitSucceeded();
    }
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

} // namespace Tidemark
