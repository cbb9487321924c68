#include "SyncHttp.h"

#include "util/Logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Tidemark {

void SyncHttp::setCredentials(const QUrl &apiBase, const QString &sessionToken, const QString &apiKey)
{
    m_base = apiBase;
    m_token = sessionToken;
    m_apiKey = apiKey;
}

QUrl SyncHttp::url(const QString &path) const
{
    QUrl u = m_base;
    QString p = u.path();
    while (p.endsWith(u'/'))
        p.chop(1);
    const qsizetype q = path.indexOf(u'?');
    const QString pathPart = q < 0 ? path : path.left(q);
    u.setPath(p + (pathPart.startsWith(u'/') ? pathPart : QLatin1Char('/') + pathPart));
    if (q >= 0)
        u.setQuery(path.mid(q + 1));
    return u;
}

bool SyncHttp::hasCredential(Auth auth) const
{
    return !m_token.isEmpty() || (auth == Auth::SessionOrApiKey && !m_apiKey.isEmpty());
}

QNetworkRequest SyncHttp::request(const QString &path, Auth auth) const
{
    QNetworkRequest req(url(path));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setHeader(QNetworkRequest::UserAgentHeader,
                  QStringLiteral("Tidemark/%1 (desktop; Qt)").arg(QStringLiteral(TIDEMARK_VERSION_STRING)));
    req.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    else if (auth == Auth::SessionOrApiKey && !m_apiKey.isEmpty())
        req.setRawHeader("x-api-key", m_apiKey.toUtf8());
    else if (!m_apiKey.isEmpty())
        req.setRawHeader("x-api-key", m_apiKey.toUtf8()); // the server answers 403 and says why
    return req;
}

QByteArray SyncHttp::json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QNetworkReply *SyncHttp::send(const QByteArray &verb, const QString &path, Auth auth,
                              const QByteArray &jsonBody)
{
    QNetworkRequest req = request(path, auth);
    if (!jsonBody.isNull())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    qCDebug(lcApi) << verb << req.url().path();
    if (verb == "GET")
        return m_nam->get(req);
    if (verb == "POST")
        return m_nam->post(req, jsonBody);
    return m_nam->sendCustomRequest(req, verb, jsonBody);
}

void SyncHttp::call(const QByteArray &verb, const QString &path, Auth auth,
                    const QByteArray &jsonBody, QObject *context,
                    std::function<void(const ApiError &, const QByteArray &)> done)
{
    QNetworkReply *reply = send(verb, path, auth, jsonBody);
    const QString w = where(verb, path);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, w, done = std::move(done)] {
        const QByteArray body = reply->readAll();
        const ApiError err = errorOf(reply, body, w);
        reply->deleteLater();
        done(err, body);
    });
}

QString SyncHttp::where(const QByteArray &verb, const QString &path) const
{
    return QString::fromLatin1(verb) + QLatin1Char(' ') + url(path).path();
}

int SyncHttp::retryAfterSeconds(const QByteArray &header)
{
    const QByteArray h = header.trimmed();
    if (h.isEmpty())
        return -1;
    bool ok = false;
    const int secs = h.toInt(&ok);
    if (ok)
        return qMax(0, secs);
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(h),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(utc)));
}

ApiError SyncHttp::errorOf(QNetworkReply *reply, const QByteArray &body, const QString &where)
{
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    const auto netError = reply->error();
    if (status >= 300 && status < 400) {
        ApiError e = ApiError::make(ApiError::Kind::Redirect, where,
                                    QStringLiteral("redirect to %1 not followed")
                                        .arg(reply->header(QNetworkRequest::LocationHeader).toString()));
        e.httpStatus = status;
        return e;
    }
    if (status >= 400) {
        ApiError e = ApiError::fromHttp(status, body, where, QString::fromLatin1(reply->rawHeader("x-immich-cid")));
        e.retryAfterSeconds = retryAfterSeconds(reply->rawHeader("Retry-After"));
        return e;
    }
    if (netError == QNetworkReply::NoError)
        return {};
    ApiError e;
    switch (netError) {
    case QNetworkReply::OperationCanceledError:
        e = ApiError::make(ApiError::Kind::Cancelled, where, reply->errorString());
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e = ApiError::make(ApiError::Kind::Tls, where, reply->errorString());
        break;
    case QNetworkReply::TimeoutError:
        e = ApiError::make(ApiError::Kind::Timeout, where, reply->errorString());
        break;
    default:
        e = ApiError::make(ApiError::Kind::Network, where, reply->errorString());
        break;
    }
    e.httpStatus = status;
    return e;
}

} // namespace Tidemark
