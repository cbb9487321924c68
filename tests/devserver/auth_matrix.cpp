// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Authentication and authorisation matrix: credential kinds, error messages, check order
// (401 -> 400 validation -> 403 "Sync endpoints cannot be used with API keys"), login/logout.

#include "DevServerTestUtil.h"

using namespace DevTest;

class AuthMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 5;
        server.generateLibrary(spec);
        QVERIFY(server.start());
        port = server.port();
    }
    void noCredentials()
    {
        for (const auto &[m, p] : QList<QPair<QByteArray, QByteArray>> {
                 {"POST", "/api/sync/stream"}, {"GET", "/api/sync/ack"},
                 {"POST", "/api/sync/full-sync"}, {"GET", "/api/users/me"}}) {
            const RawResponse r
                = rawRequest(port, m, p, m == "POST" ? QByteArray("{}") : QByteArray());
            QCOMPARE(r.status, 401);
            QCOMPARE(r.object().value(QStringLiteral("message")).toString(),
                QStringLiteral("Authentication required"));
            QCOMPARE(r.object().value(QStringLiteral("error")).toString(),
                QStringLiteral("Unauthorized"));
        }
    }
    void badToken()
    {
        const RawResponse r
            = rawRequest(port, "GET", "/api/users/me", {}, bearer(QStringLiteral("nope")));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.object().value(QStringLiteral("message")).toString(),
            QStringLiteral("Invalid user token"));
        const RawResponse k = rawRequest(port, "GET", "/api/users/me", {}, {{"x-api-key", "nope"}});
        QCOMPARE(k.status, 401);
        QCOMPARE(k.object().value(QStringLiteral("message")).toString(),
            QStringLiteral("Invalid API key"));
    }
    void tokenKinds()
    {
        const QString token = server.createSession(TidemarkDev::DevServer::adminEmail());
        for (const auto &h :
            QList<QPair<QByteArray, QByteArray>> {{"Authorization", "Bearer " + token.toUtf8()},
                {"x-immich-user-token", token.toUtf8()}, {"x-immich-session-token", token.toUtf8()},
                {"Cookie", "immich_access_token=" + token.toUtf8()}}) {
            const RawResponse r = rawRequest(port, "GET", "/api/users/me", {}, {h});
            QCOMPARE(r.status, 200);
            QCOMPARE(r.object().value(QStringLiteral("email")).toString(),
                QStringLiteral("admin@example.test"));
        }
        const RawResponse q = rawRequest(port, "GET", "/api/users/me?sessionKey=" + token.toUtf8());
        QCOMPARE(q.status, 200);
        const QStringList keys = orderedKeys(q.body);
        for (const char *k :
            {"id", "email", "name", "profileImagePath", "avatarColor", "profileChangedAt",
                "createdAt", "updatedAt", "deletedAt", "isAdmin", "shouldChangePassword", "status",
                "storageLabel", "oauthId", "quotaSizeInBytes", "quotaUsageInBytes", "license"})
            QVERIFY2(keys.contains(QLatin1StringView(k)), k);
    }
    void loginLogout()
    {
        const RawResponse bad = rawRequest(port, "POST", "/api/auth/login",
            "{\"email\":\"admin@example.test\",\"password\":\"wrong\"}");
        QCOMPARE(bad.status, 401);
        QCOMPARE(bad.object().value(QStringLiteral("message")).toString(),
            QStringLiteral("Incorrect email or password"));
        const RawResponse invalid
            = rawRequest(port, "POST", "/api/auth/login", "{\"email\":\"not-an-email\"}");
        QCOMPARE(invalid.status, 400);
        QVERIFY(invalid.object().value(QStringLiteral("message")).isArray());
        const RawResponse ok = rawRequest(port, "POST", "/api/auth/login",
            "{\"email\":\"Admin@Example.test\",\"password\":\"admin-password\"}");
        QCOMPARE(ok.status, 201);
        QCOMPARE(orderedKeys(ok.body),
            QStringList({QStringLiteral("accessToken"), QStringLiteral("userId"),
                QStringLiteral("userEmail"), QStringLiteral("name"),
                QStringLiteral("profileImagePath"), QStringLiteral("isAdmin"),
                QStringLiteral("shouldChangePassword"), QStringLiteral("isOnboarded")}));
        const QString token = ok.object().value(QStringLiteral("accessToken")).toString();
        QCOMPARE(ok.object().value(QStringLiteral("userId")).toString(), server.adminUserId());
        QVERIFY(server.hasSession(token));
        QCOMPARE(rawRequest(port, "POST", "/api/auth/validateToken", "{}", bearer(token))
                     .object()
                     .value(QStringLiteral("authStatus"))
                     .toBool(),
            true);
        // each login is a new session with its own checkpoints
        syncAndAck(port, token, {QStringLiteral("UsersV1")});
        QVERIFY(!server.checkpoints(token).isEmpty());
        const QString other = server.createSession(TidemarkDev::DevServer::adminEmail());
        QVERIFY(server.checkpoints(other).isEmpty());
        const RawResponse out = rawRequest(port, "POST", "/api/auth/logout", "{}", bearer(token));
        QCOMPARE(out.status, 200);
        QCOMPARE(out.object().value(QStringLiteral("successful")).toBool(), true);
        QVERIFY(!server.hasSession(token));
        QVERIFY(server.checkpoints(token).isEmpty());
        QCOMPARE(rawRequest(port, "GET", "/api/users/me", {}, bearer(token)).status, 401);
    }
    void apiKeys()
    {
        const QString key = server.createApiKey(TidemarkDev::DevServer::adminEmail());
        const QList<QPair<QByteArray, QByteArray>> h {{"x-api-key", key.toUtf8()}};
        // validation runs before the API-key refusal
        QCOMPARE(rawRequest(port, "POST", "/api/sync/stream", "{}", h).status, 400);
        const RawResponse s = rawRequest(
            port, "POST", "/api/sync/stream", typesBody({QStringLiteral("UsersV1")}), h);
        QCOMPARE(s.status, 403);
        QCOMPARE(s.object().value(QStringLiteral("message")).toString(),
            QStringLiteral("Sync endpoints cannot be used with API keys"));
        QCOMPARE(rawRequest(port, "GET", "/api/sync/ack", {}, h).status, 403);
        QCOMPARE(rawRequest(port, "POST", "/api/sync/ack", "{\"acks\":[]}", h).status, 403);
        QCOMPARE(rawRequest(port, "DELETE", "/api/sync/ack", {}, h).status, 403);
        QCOMPARE(rawRequest(port, "POST", "/api/sync/ack", "{\"acks\":\"x\"}", h).status, 400);
        // full/delta accept API keys with `all`
        const QByteArray fs = "{\"limit\":5,\"updatedUntil\":\"2030-01-01T00:00:00.000Z\"}";
        QCOMPARE(rawRequest(port, "POST", "/api/sync/full-sync", fs, h).status, 200);
        const QString limited = server.createApiKey(
            TidemarkDev::DevServer::adminEmail(), {QStringLiteral("asset.read")});
        const RawResponse denied = rawRequest(
            port, "POST", "/api/sync/full-sync", fs, {{"x-api-key", limited.toUtf8()}});
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.object().value(QStringLiteral("message")).toString(),
            QStringLiteral("Missing required permission: all"));
        // v1.137+: a key without sync.stream is refused before validation
        const RawResponse perm
            = rawRequest(port, "POST", "/api/sync/stream", "{}", {{"x-api-key", limited.toUtf8()}});
        QCOMPARE(perm.status, 403);
        QCOMPARE(perm.object().value(QStringLiteral("message")).toString(),
            QStringLiteral("Missing required permission: sync.stream"));
    }
    void revokedSession()
    {
        const QString token = server.createSession(TidemarkDev::DevServer::adminEmail());
        QCOMPARE(stream(port, token, {QStringLiteral("UsersV1")}).status, 200);
        server.revokeSession(token);
        const RawResponse r = stream(port, token, {QStringLiteral("UsersV1")});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.object().value(QStringLiteral("message")).toString(),
            QStringLiteral("Invalid user token"));
    }
    void publicEndpoints()
    {
        QCOMPARE(rawRequest(port, "GET", "/api/server/ping")
                     .object()
                     .value(QStringLiteral("res"))
                     .toString(),
            QStringLiteral("pong"));
        const RawResponse nf = rawRequest(port, "GET", "/api/nothing/here");
        QCOMPARE(nf.status, 404);
        QCOMPARE(nf.object().value(QStringLiteral("message")).toString(),
            QStringLiteral("Cannot GET /api/nothing/here"));
    }

private:
    TidemarkDev::DevServer server;
    quint16 port = 0;
};

QTEST_MAIN(AuthMatrix)
#include "auth_matrix.moc"
