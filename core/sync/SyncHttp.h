#pragma once
// SyncHttp: the sync engine's thin HTTP layer on the worker thread's QNetworkAccessManager.
//
// It only builds authenticated requests for the six sync endpoints (and the two look-ups full
// sync needs) and turns a finished reply into an ApiError. Everything protocol-specific stays in
// the engine. Rules it enforces:
// - Credentials are only headers on requests to the configured API base; redirects are never
//   followed (a redirect would carry the token elsewhere): they end as ApiError::Redirect.
// - The stream and ack endpoints use the session token. Full/delta sync use it too when there is
//   one, else the API key (x-api-key). An API key on the stream is refused by the server with 403
//   "Sync endpoints cannot be used with API keys" (ApiError::ApiKeyRefused).
// - Nothing here logs a token or key.

#include "api/ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Tidemark {

class SyncHttp
{
public:
    enum class Auth { Session, SessionOrApiKey };

    explicit SyncHttp(QNetworkAccessManager *nam) : m_nam(nam) {}

    void setCredentials(const QUrl &apiBase, const QString &sessionToken, const QString &apiKey);
    QUrl url(const QString &path) const;
    //! True when `auth` has a credential to send.
    bool hasCredential(Auth auth) const;

    QNetworkRequest request(const QString &path, Auth auth) const;
    QNetworkReply *send(const QByteArray &verb, const QString &path, Auth auth,
                        const QByteArray &jsonBody = {});
    static QByteArray json(const QJsonObject &object);

    //! Sends and calls `done(error, body)` in `context`'s thread when the reply finished.
    void call(const QByteArray &verb, const QString &path, Auth auth, const QByteArray &jsonBody,
              QObject *context, std::function<void(const ApiError &, const QByteArray &)> done);

    //! "POST /api/sync/ack" style label for errors and logs.
    QString where(const QByteArray &verb, const QString &path) const;

    //! The error of a finished (or aborted) reply, or none for a 2xx. `body` is what was read.
    static ApiError errorOf(QNetworkReply *reply, const QByteArray &body, const QString &where);
    //! Retry-After as seconds (delta-seconds or an HTTP date); -1 when absent or unreadable.
    static int retryAfterSeconds(const QByteArray &header);

private:
    QNetworkAccessManager *m_nam;
    QUrl m_base;
    QString m_token, m_apiKey;
};

} // namespace Tidemark
