// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OAuthProvider.h"

#include "JsonOut.h"
#include "RestApi.h"
#include "ServerState.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>

namespace TidemarkDev {

namespace {

constexpr QLatin1StringView kClientId("tidemark-dev");

QString randomId()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 6);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString s256(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

HttpResponse html(int status, const QString &title, const QString &body, const QByteArray &cid)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.etag = false;
    r.correlationId = cid;
    r.body = QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                            "</head><body><h1>%1</h1>%2</body></html>")
                 .arg(title.toHtmlEscaped(), body)
                 .toUtf8();
    return r;
}

HttpResponse redirect(const QUrl &to, const QByteArray &cid)
{
    HttpResponse r;
    r.status = 302;
    r.contentType.clear();
    r.etag = false;
    r.correlationId = cid;
    r.extraHeaders.append({QByteArray("Location"), to.toEncoded()});
    return r;
}

HttpResponse oauthError(const QString &error, const QString &description, const QByteArray &cid)
{
    JsonOut o;
    o.lit("{\"error\":");
    o.str(error);
    o.lit(",\"error_description\":");
    o.str(description);
    o.ch('}');
    return RestApi::json(400, o.toByteArray(), cid);
}

bool redirectAllowed(const LoginOptions &login, const QUrl &uri)
{
    if (uri.toString() == QLatin1StringView("app.immich:///oauth-callback"))
        return login.oauthAllowAppLink;
    // Loopback addresses on any port (RFC 8252, section 7.3), for native apps.
    return login.oauthAllowLoopback && uri.scheme() == QLatin1StringView("http")
        && (uri.host() == QLatin1StringView("127.0.0.1")
            || uri.host() == QLatin1StringView("localhost"));
}

//! The provider's token exchange: the user signed in, or the OAuth error.
int exchange(ServerState &st, const QString &code, const QString &redirectUri,
    const QString &verifier, QString *error, QString *description)
{
    const auto it = st.oauth.codes.constFind(code);
    if (it == st.oauth.codes.cend()) {
        *error = QStringLiteral("invalid_grant");
        *description = QStringLiteral("The authorization code is unknown or was used already.");
        return -1;
    }
    const OAuthProvider::Code c = *it;
    st.oauth.codes.remove(code); // single use, also when it fails below
    if (QDateTime::currentMSecsSinceEpoch() > c.expiresAtMs) {
        *error = QStringLiteral("invalid_grant");
        *description = QStringLiteral("The authorization code has expired.");
        return -1;
    }
    if (c.redirectUri != redirectUri) {
        *error = QStringLiteral("invalid_grant");
        *description = QStringLiteral("The redirect_uri differs from the authorization request.");
        return -1;
    }
    if (!c.codeChallenge.isEmpty() && s256(verifier) != c.codeChallenge) {
        *error = QStringLiteral("invalid_grant");
        *description = QStringLiteral("The code_verifier does not match the code_challenge.");
        return -1;
    }
    return c.user;
}

HttpResponse apiAuthorize(ServerState &st, const HttpRequest &req, const QByteArray &cid)
{
    const QJsonDocument doc = QJsonDocument::fromJson(req.body);
    const QJsonObject body = doc.object();
    if (!body.value(QStringLiteral("redirectUri")).isString())
        return RestApi::error(400, {}, cid, {QStringLiteral("redirectUri must be a string")});
    if (!st.login.oauth)
        return RestApi::error(400, QStringLiteral("OAuth is not enabled"), cid);
    QString state = body.value(QStringLiteral("state")).toString();
    if (state.isEmpty())
        state = randomId();
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setAuthority(QString::fromLatin1(req.header("Host")));
    url.setPath(QStringLiteral("/oidc/authorize"));
    auto pct = [](const QString &v) { return QString::fromLatin1(QUrl::toPercentEncoding(v)); };
    QString q = QStringLiteral("client_id=%1&redirect_uri=%2&response_type=code"
                               "&scope=openid+email+profile&state=%3")
                    .arg(kClientId, pct(body.value(QStringLiteral("redirectUri")).toString()),
                        pct(state));
    const QString challenge = body.value(QStringLiteral("codeChallenge")).toString();
    if (!challenge.isEmpty())
        q += QStringLiteral("&code_challenge=%1&code_challenge_method=S256").arg(pct(challenge));
    url.setQuery(q);
    JsonOut o;
    o.lit("{\"url\":");
    o.str(QString::fromLatin1(url.toEncoded()));
    o.ch('}');
    return RestApi::json(201, o.toByteArray(), cid);
}

HttpResponse apiCallback(ServerState &st, const HttpRequest &req, const QByteArray &cid)
{
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    if (!body.value(QStringLiteral("url")).isString())
        return RestApi::error(400, {}, cid, {QStringLiteral("url must be a string")});
    if (!st.login.oauth)
        return RestApi::error(400, QStringLiteral("OAuth is not enabled"), cid);
    const QUrl url(body.value(QStringLiteral("url")).toString());
    const QUrlQuery query(url);
    const QString state = body.value(QStringLiteral("state")).toString();
    if (state.isEmpty())
        return RestApi::error(400, QStringLiteral("OAuth state is missing"), cid);
    if (query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != state)
        return RestApi::error(400, QStringLiteral("OAuth state mismatch"), cid);
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty())
        return RestApi::error(400, QStringLiteral("OAuth code is missing"), cid);
    QString error, description;
    const QString redirectUri
        = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
    const int user = exchange(st, code, redirectUri,
        body.value(QStringLiteral("codeVerifier")).toString(), &error, &description);
    if (user < 0)
        return RestApi::error(500, QStringLiteral("Failed to finish oauth"), cid);
    if (st.lib.users[size_t(user)].deletedAt != 0)
        return RestApi::error(
            400, QStringLiteral("User does not exist and auto registering is disabled."), cid);
    return RestApi::loginResponse(st.lib, user, cid, "oauth");
}

HttpResponse providerAuthorize(ServerState &st, const HttpRequest &req, const QByteArray &cid)
{
    const QUrlQuery &q = req.query;
    const QString redirectUri
        = q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
    if (q.queryItemValue(QStringLiteral("client_id")) != kClientId)
        return html(400, QStringLiteral("Unknown client"),
            QStringLiteral("<p>invalid_client: this provider does not know the client.</p>"), cid);
    if (!redirectAllowed(st.login, QUrl(redirectUri)))
        return html(400, QStringLiteral("Redirect address not allowed"),
            QStringLiteral("<p>invalid_request: the redirect_uri %1 is not registered for this "
                           "client.</p>")
                .arg(redirectUri.toHtmlEscaped()),
            cid);
    if (q.queryItemValue(QStringLiteral("response_type")) != QLatin1StringView("code"))
        return html(400, QStringLiteral("Unsupported response type"),
            QStringLiteral("<p>unsupported_response_type</p>"), cid);
    OAuthProvider::Request r;
    r.redirectUri = redirectUri;
    r.state = q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    r.codeChallenge = q.queryItemValue(QStringLiteral("code_challenge"), QUrl::FullyDecoded);
    const QString id = randomId();
    st.oauth.requests.insert(id, r);
    const QString who = st.login.oauthUserEmail;
    return html(200, QStringLiteral("Sign in to the test provider"),
        QStringLiteral("<p>Sign in to Immich as <b>%1</b>?</p>"
                       "<p><a id=\"allow\" href=\"/oidc/consent?request=%2&amp;decision=allow\">"
                       "Allow</a> <a id=\"deny\" href=\"/oidc/consent?request=%2&amp;decision="
                       "deny\">Deny</a></p>")
            .arg(who.toHtmlEscaped(), id),
        cid);
}

HttpResponse providerConsent(ServerState &st, const HttpRequest &req, const QByteArray &cid)
{
    const QString id = req.query.queryItemValue(QStringLiteral("request"));
    const auto it = st.oauth.requests.constFind(id);
    if (it == st.oauth.requests.cend())
        return html(400, QStringLiteral("Unknown request"),
            QStringLiteral("<p>This sign-in request is unknown or was answered already.</p>"), cid);
    const OAuthProvider::Request r = *it;
    st.oauth.requests.remove(id);
    QUrl to(r.redirectUri);
    auto pct = [](const QString &v) { return QString::fromLatin1(QUrl::toPercentEncoding(v)); };
    QString back;
    if (req.query.queryItemValue(QStringLiteral("decision")) == QLatin1StringView("allow")) {
        const int user = st.lib.userByEmail(st.login.oauthUserEmail);
        if (user < 0)
            return html(400, QStringLiteral("No such user"), QStringLiteral("<p></p>"), cid);
        OAuthProvider::Code c;
        c.redirectUri = to.toString(QUrl::FullyEncoded);
        c.codeChallenge = r.codeChallenge;
        c.user = user;
        c.expiresAtMs = QDateTime::currentMSecsSinceEpoch() + st.login.oauthCodeLifetimeMs;
        const QString code = randomId();
        st.oauth.codes.insert(code, c);
        back = QStringLiteral("code=") + pct(code);
    } else {
        back = QStringLiteral("error=access_denied&error_description=")
            + pct(QStringLiteral("The user denied the request"));
    }
    back += QStringLiteral("&state=") + pct(r.state);
    to.setQuery(back);
    return redirect(to, cid);
}

HttpResponse providerToken(ServerState &st, const HttpRequest &req, const QByteArray &cid)
{
    const QUrlQuery form(QString::fromUtf8(req.body));
    if (form.queryItemValue(QStringLiteral("grant_type"))
        != QLatin1StringView("authorization_code"))
        return oauthError(QStringLiteral("unsupported_grant_type"),
            QStringLiteral("Only authorization_code is supported."), cid);
    QString error, description;
    const int user = exchange(st, form.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
        form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
        form.queryItemValue(QStringLiteral("code_verifier"), QUrl::FullyDecoded), &error,
        &description);
    if (user < 0)
        return oauthError(error, description, cid);
    JsonOut o;
    o.lit("{\"access_token\":");
    o.str(randomId());
    o.lit(",\"token_type\":\"Bearer\",\"expires_in\":300,\"id_token\":");
    o.str(randomId());
    o.ch('}');
    return RestApi::json(200, o.toByteArray(), cid);
}

} // namespace

std::optional<HttpResponse> OAuthProvider::handle(
    ServerState &st, const HttpRequest &req, const QByteArray &cid)
{
    const QString &p = req.path;
    const QByteArray &m = req.method;
    if (m == "POST" && p == QLatin1StringView("/api/oauth/authorize"))
        return apiAuthorize(st, req, cid);
    if (m == "POST" && p == QLatin1StringView("/api/oauth/callback"))
        return apiCallback(st, req, cid);
    if (m == "GET" && p == QLatin1StringView("/api/oauth/mobile-redirect")) {
        QUrl to(QStringLiteral("app.immich:///oauth-callback"));
        to.setQuery(req.query);
        return redirect(to, cid);
    }
    if (m == "GET" && p == QLatin1StringView("/oidc/authorize"))
        return providerAuthorize(st, req, cid);
    if (m == "GET" && p == QLatin1StringView("/oidc/consent"))
        return providerConsent(st, req, cid);
    if (m == "POST" && p == QLatin1StringView("/oidc/token"))
        return providerToken(st, req, cid);
    return std::nullopt;
}

} // namespace TidemarkDev
