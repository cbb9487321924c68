// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// POST /sync/full-sync (pagination by id, updatedUntil, hidden excluded, partner access) and
// POST /sync/delta-sync (needsFullSync rules: 100 days, partner set, 10,000 changes).

#include "DevServerTestUtil.h"

using namespace DevTest;

class FullDeltaSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 57;
        spec.partnerAssets = 9;
        spec.livePhotoRatio = 0.2;
        server.generateLibrary(spec);
        QVERIFY(server.start());
        port = server.port();
        token = server.createSession(TidemarkDev::DevServer::adminEmail());
    }
    void pagination()
    {
        const QByteArray until
            = QDateTime::currentDateTimeUtc().addSecs(5).toString(Qt::ISODateWithMs).toUtf8();
        QStringList ids;
        QString last;
        int pages = 0;
        while (true) {
            QByteArray body = "{\"limit\":10,\"updatedUntil\":\"" + until + '"';
            if (!last.isEmpty())
                body += ",\"lastId\":\"" + last.toUtf8() + '"';
            body += '}';
            const RawResponse r
                = rawRequest(port, "POST", "/api/sync/full-sync", body, bearer(token));
            QCOMPARE(r.status, 200);
            ++pages;
            for (const QJsonValue &v : r.array()) {
                const QJsonObject o = v.toObject();
                QVERIFY(o.value(QStringLiteral("id")).toString() > last);
                last = o.value(QStringLiteral("id")).toString();
                ids.append(last);
                QVERIFY(o.value(QStringLiteral("visibility")).toString()
                    != QLatin1StringView("hidden"));
                QVERIFY(o.contains(QStringLiteral("stack")));
                QCOMPARE(o.value(QStringLiteral("people")).toArray().size(), 0);
                QVERIFY(o.value(QStringLiteral("exifInfo"))
                            .toObject()
                            .value(QStringLiteral("dateTimeOriginal"))
                            .toString()
                            .endsWith(QLatin1StringView("+00:00")));
            }
            if (r.array().size() < 10)
                break;
        }
        QStringList expected;
        int hidden = 0;
        const RawResponse s = stream(port, token, {QStringLiteral("AssetsV1")});
        for (const QJsonObject &o : s.lines()) {
            const QJsonObject d = o.value(QStringLiteral("data")).toObject();
            if (o.value(QStringLiteral("type")).toString() != QLatin1StringView("AssetV1"))
                continue;
            if (d.value(QStringLiteral("visibility")).toString() == QLatin1StringView("hidden"))
                ++hidden;
            else
                expected.append(d.value(QStringLiteral("id")).toString());
        }
        QVERIFY(hidden > 0);
        expected.sort();
        QCOMPARE(ids, expected);
        QVERIFY(pages >= 5);
        // updatedUntil in the past leaves newer assets out
        const RawResponse old = rawRequest(port, "POST", "/api/sync/full-sync",
            "{\"limit\":1000,\"updatedUntil\":\"2020-01-01T00:00:00.000Z\"}", bearer(token));
        QCOMPARE(old.array().size(), 0);
    }
    void partnerAccessAndValidation()
    {
        const QByteArray body
            = "{\"limit\":100,\"updatedUntil\":\"2030-01-01T00:00:00.000Z\",\"userId\":\"";
        const RawResponse bob = rawRequest(port, "POST", "/api/sync/full-sync",
            body + server.partnerUserId().toUtf8() + "\"}", bearer(token));
        QCOMPARE(bob.status, 200);
        QVERIFY(bob.array().size() > 0);
        for (const QJsonValue &v : bob.array())
            QCOMPARE(v.toObject().value(QStringLiteral("isFavorite")).toBool(), false);
        const QString carol = server.userIdByEmail(QStringLiteral("carol@example.test"));
        const RawResponse no = rawRequest(
            port, "POST", "/api/sync/full-sync", body + carol.toUtf8() + "\"}", bearer(token));
        QCOMPARE(no.status, 400);
        QCOMPARE(no.object().value(QStringLiteral("message")).toString(),
            QStringLiteral("Not found or no timeline.read access"));
        const RawResponse bad = rawRequest(port, "POST", "/api/sync/full-sync",
            "{\"limit\":0,\"updatedUntil\":\"x\"}", bearer(token));
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.object()
                    .value(QStringLiteral("message"))
                    .toArray()
                    .contains(QStringLiteral("updatedUntil must be a date string")));
    }
    void deltaRules()
    {
        const QString me = server.adminUserId(), bob = server.partnerUserId();
        auto delta = [&](const QDateTime &after, const QStringList &users) {
            QJsonArray arr;
            for (const QString &u : users)
                arr.append(u);
            const QJsonObject o {
                {QStringLiteral("updatedAfter"), after.toString(Qt::ISODateWithMs)},
                {QStringLiteral("userIds"), arr}};
            return rawRequest(port, "POST", "/api/sync/delta-sync",
                QJsonDocument(o).toJson(QJsonDocument::Compact), bearer(token));
        };
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addMSecs(-2);
        QTest::qWait(5);
        const QStringList added = server.addAssets(me, 2);
        const QStringList bobs = server.ownedAssetIds(bob);
        server.updateAsset(bobs[0]);
        server.deleteAsset(added[1]);
        const RawResponse ok = delta(t0, {bob, me});
        QCOMPARE(ok.object().value(QStringLiteral("needsFullSync")).toBool(), false);
        QCOMPARE(orderedKeys(ok.body),
            QStringList({QStringLiteral("needsFullSync"), QStringLiteral("upserted"),
                QStringLiteral("deleted")}));
        QCOMPARE(ok.object().value(QStringLiteral("deleted")).toArray().size(),
            0); // never reports hard deletes
        QStringList up;
        for (const QJsonValue &v : ok.object().value(QStringLiteral("upserted")).toArray()) {
            up.append(v.toObject().value(QStringLiteral("id")).toString());
            const bool own = v.toObject().value(QStringLiteral("ownerId")).toString() == me;
            QCOMPARE(v.toObject().contains(QStringLiteral("stack")), own);
        }
        QVERIFY(up.contains(added[0]));
        QVERIFY(!up.contains(added[1]));
        QCOMPARE(up.contains(bobs[0]), true);
        auto needsFull = [](const RawResponse &r) {
            return r.object().value(QStringLiteral("needsFullSync")).toBool();
        };
        QVERIFY(needsFull(delta(QDateTime::currentDateTimeUtc().addDays(-101), {me, bob})));
        QVERIFY(!needsFull(delta(QDateTime::currentDateTimeUtc().addDays(-99), {me, bob})));
        QVERIFY(needsFull(delta(t0, {me})));
        const RawResponse extra
            = delta(t0, {me, bob, server.userIdByEmail(QStringLiteral("carol@example.test"))});
        QVERIFY(needsFull(extra));
        QCOMPARE(orderedKeys(extra.body),
            QStringList({QStringLiteral("needsFullSync"), QStringLiteral("deleted"),
                QStringLiteral("upserted")}));
        QTest::qWait(20);
        const QDateTime t1 = QDateTime::currentDateTimeUtc();
        QTest::qWait(5);
        server.addAssets(me, 9999);
        QVERIFY(!needsFull(delta(t1, {me, bob})));
        server.addAssets(me, 1);
        QVERIFY(needsFull(delta(t1, {me, bob})));
    }
    void apiKeyAndRemovalOnV3()
    {
        const QString key = server.createApiKey(TidemarkDev::DevServer::adminEmail());
        const QByteArray body = "{\"limit\":1,\"updatedUntil\":\"2030-01-01T00:00:00.000Z\"}";
        QCOMPARE(
            rawRequest(port, "POST", "/api/sync/full-sync", body, {{"x-api-key", key.toUtf8()}})
                .status,
            200);
        server.setVersion(3, 1, 0);
        const RawResponse r = rawRequest(port, "POST", "/api/sync/full-sync", body, bearer(token));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.object().value(QStringLiteral("message")).toString(),
            QStringLiteral("Cannot POST /api/sync/full-sync"));
        QCOMPARE(rawRequest(port, "POST", "/api/sync/delta-sync", "{}", bearer(token)).status, 404);
        server.setVersion(2, 7, 5);
    }

private:
    TidemarkDev::DevServer server;
    quint16 port = 0;
    QString token;
};

QTEST_MAIN(FullDeltaSync)
#include "full_delta_sync.moc"
