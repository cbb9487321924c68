// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// POST/GET/DELETE /sync/ack: validation, 1000 limit, duplicate rule per version, reset ack,
// verbatim storage and the poisoned stream a malformed ack id causes.

#include "DevServerTestUtil.h"

using namespace DevTest;

class Acks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        server.stop();
        server.setVersion(2, 7, 5);
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 5;
        server.generateLibrary(spec);
        QVERIFY(server.start());
        port = server.port();
        token = server.createSession(TidemarkDev::DevServer::adminEmail());
    }
    void limit1000()
    {
        QStringList many;
        for (int i = 0; i < 1001; ++i)
            many.append(QStringLiteral("AssetV1|01a21aff-0000-7000-8000-%1")
                            .arg(i, 12, 10, QLatin1Char('0')));
        const RawResponse r = postAcks(port, token, many);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(QStringLiteral("message")).toArray().first().toString(),
            QStringLiteral("acks must contain no more than 1000 elements"));
        QVERIFY(server.checkpoints(token).isEmpty());
        QCOMPARE(postAcks(port, token, many.mid(0, 1000)).status, 204);
        QCOMPARE(server.checkpoints(token).size(), 1);
        QCOMPARE(server.checkpoints(token).first().second, many[999]); // last wins
        server.setVersion(1, 135, 3); // no limit yet, but duplicates are refused
        QCOMPARE(postAcks(port, token, many).object().value(QStringLiteral("message")).toString(),
            QStringLiteral("Only one ack per type is allowed"));
    }
    void invalidType()
    {
        const RawResponse r = postAcks(port, token,
            {QStringLiteral("UserV1|01a21aff-0000-7000-8000-000000000000"),
                QStringLiteral("FooV1|x")});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(QStringLiteral("message")).toString(),
            QStringLiteral("Invalid ack type: FooV1"));
        QVERIFY(server.checkpoints(token).isEmpty()); // nothing stored
        // a type the emulated version does not know
        server.setVersion(1, 135, 3);
        QCOMPARE(postAcks(port, token,
                     {QStringLiteral("SyncCompleteV1|01a21aff-0000-7000-8000-000000000000")})
                     .status,
            400);
    }
    void getAndDelete()
    {
        const RawResponse s
            = syncAndAck(port, token, {QStringLiteral("UsersV1"), QStringLiteral("AssetsV1")});
        const RawResponse get = rawRequest(port, "GET", "/api/sync/ack", {}, bearer(token));
        QCOMPARE(get.status, 200);
        QStringList types;
        for (const QJsonValue &v : get.array()) {
            QCOMPARE(orderedKeys(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)),
                QStringList({QStringLiteral("ack"),
                    QStringLiteral("type")})); // QJsonDocument sorts; just check both exist
            types.append(v.toObject().value(QStringLiteral("type")).toString());
        }
        QVERIFY(types.contains(QStringLiteral("AssetV1")));
        QVERIFY(types.contains(QStringLiteral("SyncCompleteV1")));
        const RawResponse bad = rawRequest(
            port, "DELETE", "/api/sync/ack", "{\"types\":[\"AssetV1\",\"Nope\"]}", bearer(token));
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.object()
                    .value(QStringLiteral("message"))
                    .toArray()
                    .first()
                    .toString()
                    .startsWith(QLatin1StringView("each value in types must be one of the "
                                                  "following values: AuthUserV1, UserV1")));
        QCOMPARE(
            rawRequest(port, "DELETE", "/api/sync/ack", "{\"types\":[\"AssetV1\"]}", bearer(token))
                .status,
            204);
        QVERIFY(stream(port, token, {QStringLiteral("AssetsV1")})
                    .types()
                    .count(QStringLiteral("AssetV1"))
            == 5);
        QVERIFY(
            stream(port, token, {QStringLiteral("UsersV1")}).types().count(QStringLiteral("UserV1"))
            == 0);
        QCOMPARE(rawRequest(port, "DELETE", "/api/sync/ack", {}, bearer(token)).status, 204);
        QVERIFY(server.checkpoints(token).isEmpty());
        QVERIFY(!s.body.isEmpty());
    }
    void poisonedCheckpointHangs()
    {
        QCOMPARE(postAcks(port, token, {QStringLiteral("AssetV1|not-a-uuid")}).status, 204);
        const RawResponse hang = stream(port, token, {QStringLiteral("AssetsV1")}, {}, 1500);
        QVERIFY(hang.timedOut);
        QCOMPARE(hang.bytesReceived, 0);
        // other types still work; DELETE recovers
        QCOMPARE(stream(port, token, {QStringLiteral("UsersV1")}).status, 200);
        QCOMPARE(
            rawRequest(port, "DELETE", "/api/sync/ack", "{\"types\":[\"AssetV1\"]}", bearer(token))
                .status,
            204);
        QCOMPARE(stream(port, token, {QStringLiteral("AssetsV1")}).status, 200);
        // a bare type without id poisons too
        QCOMPARE(postAcks(port, token, {QStringLiteral("AlbumV1")}).status, 204);
        QVERIFY(stream(port, token, {QStringLiteral("AlbumsV1")}, {}, 1000).timedOut);
    }
    void streamValidation()
    {
        const RawResponse missing
            = rawRequest(port, "POST", "/api/sync/stream", "{}", bearer(token));
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.header("Content-Type"),
            QByteArray("application/jsonlines+json; charset=utf-8"));
        const QString msg
            = missing.object().value(QStringLiteral("message")).toArray().first().toString();
        QVERIFY(msg.startsWith(QLatin1StringView(
            "each value in types must be one of the following values: AlbumsV1, AlbumUsersV1")));
        QVERIFY(msg.contains(QLatin1StringView("AssetEditsV1")));
        QCOMPARE(
            stream(port, token, {QStringLiteral("AssetsV1"), QStringLiteral("FooV1")}).status, 400);
        QCOMPARE(
            stream(port, token, {QStringLiteral("UsersV1")}, QStringLiteral("\"reset\":\"yes\""))
                .status,
            400);
    }

private:
    TidemarkDev::DevServer server;
    quint16 port = 0;
    QString token;
};

QTEST_MAIN(Acks)
#include "acks.moc"
