// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ApiJob: the base of every request to the Immich API, in the style of libQuotient's BaseJob.
// One small subclass per endpoint supplies the verb, the path, the body and the decoding of the
// result; this class owns everything that must be the same for all of them:
//
// - the QNetworkReply (created in start(), aborted and released with the job);
// - the inactivity timeout: restarted on every readyRead/upload/download progress, never a
//   total timeout, because a first sync stream legitimately runs for many minutes while a stalled
//   connection (the captured v1.135.3 server hangs forever on a poisoned checkpoint) must be
//   noticed within a minute;
// - credentials: `Authorization: Bearer` for sessions, `x-api-key` for API keys, nothing for
//   public endpoints; jobs that need a session refuse to send an API key at all (the server would
//   answer 403) and say why;
// - redirects: only same-origin redirects are followed (UserVerifiedRedirectPolicy), because Qt
//   would otherwise replay our Authorization/x-api-key headers to whatever host a Location header
//   names. A cross-origin redirect fails with Error::Redirect, naming the target;
// - cookies are neither stored nor sent: the login response sets `immich_access_token`, and a
//   stale cookie would silently take precedence over the token or key we send (the server checks
//   session credentials before API keys);
// - TLS verification is never turned off. A refused certificate is accepted only when its SHA-256
//   fingerprint equals JobContext::pinnedSha256; otherwise the job fails with Error::Tls and
//   the fingerprint, so the person can compare it out of band and pin it;
// - every URL is checked to stay below <origin>/api/ before anything is sent: a path segment
//   built from server data ("..", "//host") cannot move a request, and its credentials, elsewhere;
// - bodies are bounded: a buffered body larger than maxBodySize() fails as Malformed (checked on
//   Content-Length before reading, and again while reading);
// - error mapping to Error (Network, Timeout, Tls, Http/Unauthorized/ApiKeyRefused with the
//   server's message and correlation id, Retry-After, Malformed, Redirect, Cancelled);
// - logging to tidemark.api: method, path, status and duration only — never headers or bodies.
//
// Contract: after start(), a job emits exactly one of its subclass's `succeeded(...)` or
// `failed(Error)`, then `finished()`; then it deletes itself (unless setAutoDelete(false)).
// Failures detected before any network traffic are emitted from the event loop, so connecting
// right after ImmichClient created the job never misses them.

#include "ApiDtos.h"
#include "Credentials.h"
#include "ServerAccess.h"
#include "protocol/ServerUrl.h"
#include "util/Error.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

#include <chrono>

class QNetworkAccessManager;

namespace Tidemark {

//! Everything a job takes from the client when it starts (copied: later changes to the client do
//! not affect running jobs).
struct JobContext
{
    QPointer<QNetworkAccessManager> network;
    ServerUrl server;
    Credentials credentials;
    QByteArray userAgent;
    std::chrono::milliseconds inactivityTimeout {60000};
    std::optional<QSslConfiguration> sslConfiguration;
    bool followSameOriginRedirects = true; //!< false: every redirect fails with Redirect
    //! SHA-256 fingerprint ("AB:CD:…") of the one certificate accepted although Qt's verification
    //! refuses it; empty: the pin CertificatePins holds for the server's origin, if any.
    QString pinnedSha256;
    //! Headers a proxy in front of the server asks for (sent with every request of the job).
    ServerAccess access;
};

class ApiJob : public QObject
{
    Q_OBJECT
public:
    enum class Auth {
        None, //!< public endpoint: no credentials are sent
        Any, //!< session token or API key
        Session, //!< session token only (stream, acks): an API key is refused client-side
    };

    ~ApiJob() override;

    QByteArray verb() const { return m_verb; }
    //! Path below /api, e.g. "sync/stream".
    QString path() const { return m_path; }
    //! "POST /api/sync/stream", used as Error::where and in logs.
    QString where() const;
    Auth authRequirement() const { return m_auth; }

    bool isStarted() const { return m_started; }
    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    //! The failure (none while running or after success).
    const Error &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    //! A response header (case-insensitive), kept after the reply is gone.
    QByteArray responseHeader(const QByteArray &name) const;
    //! `x-immich-cid` of the response.
    QString correlationId() const { return QString::fromLatin1(responseHeader("x-immich-cid")); }

    //! Delete the job after finished() (default true).
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }
    //! Overrides the client's inactivity timeout for this job (call before start()).
    void setInactivityTimeout(std::chrono::milliseconds timeout) { m_timeoutOverride = timeout; }
    std::chrono::milliseconds inactivityTimeout() const;
    //! Bounds Qt's read buffer of the reply (QNetworkReply::setReadBufferSize; 0 = unbounded, the
    //! default). Streaming consumers set it so that what Qt's network thread reads ahead of this
    //! thread stays small. Call before start().
    void setReadBufferSize(qint64 bytes) { m_readBufferSize = bytes; }
    qint64 readBufferSize() const { return m_readBufferSize; }

    //! Largest buffered body accepted (default 64 MiB); larger bodies fail as Malformed without
    //! being read further. Streamed bodies (SyncStreamJob) are bounded per line instead.
    void setMaxBodySize(qint64 bytes) { m_maxBodySize = bytes; }
    qint64 maxBodySize() const { return m_maxBodySize; }

    //! Sends the request. Called by ImmichClient::run(); a job runs once.
    void start(const JobContext &context);

public Q_SLOTS:
    //! Aborts the request; the job fails with Error::Cancelled (unless already finished).
    void cancel();

Q_SIGNALS:
    void failed(const Tidemark::Error &error);
    //! Always emitted exactly once, after succeeded(...) or failed().
    void finished();

protected:
    ApiJob(const QByteArray &verb, const QString &path, Auth auth, QObject *parent = nullptr);

    void setRequestJson(const QJsonObject &body);
    void setRequestQuery(const QUrlQuery &query) { m_query = query; }
    void setAcceptHeader(const QByteArray &accept) { m_accept = accept; }
    //! A problem found while building the request (bad input): start() fails with it without
    //! sending anything.
    void setPreflightError(const Error &error) { m_preflightError = error; }
    //! A 2xx body arrived in full; decode it into the subclass's result.
    virtual Error parseBody(const QByteArray &body) = 0;
    //! Emit the subclass's succeeded(result).
    virtual void emitSucceeded() = 0;

    //! Subclasses that stream the body (SyncStreamJob) return true: success chunks then go to
    //! consumeChunk() instead of being buffered, and parseBody() receives an empty array.
    virtual bool streamsBody() const { return false; }
    //! Called with each chunk of a 2xx body when streamsBody(); return an error to abort.
    virtual Error consumeChunk(const QByteArray &chunk);
    //! Called when the reply finished without a network error and streamsBody().
    virtual Error endOfBody() { return {}; }
    //! The jobs that ask "is this Immich?" (ping, version) return true: a 404 there means
    //! something else answers at the address, which is its own error (NotImmich) rather than
    //! "the server refused".
    virtual bool identifiesServer() const { return false; }

    //! JSON body → value via T::fromJson-like function; errors get `where` filled in.
    template<typename T, typename F> Error decodeJson(const QByteArray &body, F &&fromJson, T &out);

    //! An error with where() filled in.
    Error makeError(Error::Kind kind, const QString &detail) const;
    QNetworkReply *reply() const { return m_reply; }

private:
    void onReadyRead();
    void onReplyFinished();
    void onRedirected(const QUrl &target);
    //! "required" / "refused" when a proxy refused the request for its client certificate
    //! (mutual TLS), else empty.
    QString clientCertificateRefusal(const Error &result) const;
    void onSslErrors(const QList<QSslError> &errors);
    void onMetaData();
    //! InvalidInput when url leaves <origin>/api/ or has dot segments; none otherwise.
    Error checkUrl(const QUrl &url) const;
    void onTimeout();
    void touch();
    void abortWith(const Error &error);
    void failSoon(const Error &error);
    void complete(const Error &error);
    QNetworkRequest buildRequest(const QUrl &url) const;

    QByteArray m_verb;
    QString m_path;
    Auth m_auth;
    QByteArray m_body;
    bool m_hasBody = false;
    QUrlQuery m_query;
    QByteArray m_accept = "application/json";
    qint64 m_maxBodySize = 64ll * 1024 * 1024;
    qint64 m_readBufferSize = 0;

    JobContext m_context;
    std::optional<std::chrono::milliseconds> m_timeoutOverride;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QByteArray m_received;
    QList<QNetworkReply::RawHeaderPair> m_headers;
    QStringList m_sslErrors;
    QString m_peerSha256;
    Error m_preflightError;
    Error m_abortError; //!< why we aborted the reply (timeout, redirect, cancel, consumer)
    Error m_error;
    int m_httpStatus = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_autoDelete = true;
};

template<typename T, typename F>
Error ApiJob::decodeJson(const QByteArray &body, F &&fromJson, T &out)
{
    auto json = parseJsonBody(body, where());
    if (!json)
        return json.error();
    auto value = fromJson(*json);
    if (!value) {
        Error e = value.error();
        e.where = where();
        return e;
    }
    out = std::move(value).value();
    return {};
}

} // namespace Tidemark
