// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// GET /api/partners?direction=shared-with|shared-by: PartnerResponseDto of the other user of each
// live partnership, direction validation, session and API key auth, partner.read permission.

#include "DevServerTestUtil.h"

using namespace DevTest;

class Partners : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 5;
        spec.partnerAssets = 3;
        server.generateLibrary(spec);
        QVERIFY(server.start());
        port = server.port();
        dave = server.addUser(QStringLiteral("dave@example.test"), QStringLiteral("dave-password"),
            QStringLiteral("Dave"));
        erin = server.addUser(QStringLiteral("erin@example.test"), QStringLiteral("erin-password"),
            QStringLiteral("Erin"));
        frank = server.addUser(QStringLiteral("frank@example.test"),
            QStringLiteral("frank-password"), QStringLiteral("Frank"));
        server.addPartner(erin, dave, false); // Erin shares with Dave
        server.addPartner(frank, dave); // Frank shares with Dave
        server.addPartner(dave, erin); // Dave shares with Erin
        token = server.createSession(QStringLiteral("dave@example.test"));
        QVERIFY(!token.isEmpty());
    }

    void sharedWith()
    {
        const RawResponse r
            = rawRequest(port, "GET", "/api/partners?direction=shared-with", {}, bearer(token));
        QCOMPARE(r.status, 200);
        QMap<QString, QJsonObject> byId;
        for (const QJsonValue &v : r.array())
            byId.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
        QStringList expected {erin, frank};
        expected.sort();
        QCOMPARE(byId.keys(), expected);
        const QJsonObject e = byId.value(erin);
        QCOMPARE(keysOf(e),
            (QStringList {QStringLiteral("avatarColor"), QStringLiteral("email"),
                QStringLiteral("id"), QStringLiteral("inTimeline"), QStringLiteral("name"),
                QStringLiteral("profileChangedAt"), QStringLiteral("profileImagePath")}));
        QCOMPARE(e.value(QStringLiteral("email")).toString(), QStringLiteral("erin@example.test"));
        QCOMPARE(e.value(QStringLiteral("name")).toString(), QStringLiteral("Erin"));
        QCOMPARE(e.value(QStringLiteral("inTimeline")).toBool(true), false);
        QCOMPARE(byId.value(frank).value(QStringLiteral("inTimeline")).toBool(false), true);
        QVERIFY(!e.value(QStringLiteral("avatarColor")).toString().isEmpty());
        QVERIFY(QDateTime::fromString(
            e.value(QStringLiteral("profileChangedAt")).toString(), Qt::ISODateWithMs)
                    .isValid());
    }

    void sharedBy()
    {
        const RawResponse r
            = rawRequest(port, "GET", "/api/partners?direction=shared-by", {}, bearer(token));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 1);
        QCOMPARE(r.array().at(0).toObject().value(QStringLiteral("id")).toString(), erin);
    }

    void directionRequired()
    {
        for (const QByteArray &path :
            {QByteArray("/api/partners"), QByteArray("/api/partners?direction=both")}) {
            const RawResponse r = rawRequest(port, "GET", path, {}, bearer(token));
            QCOMPARE(r.status, 400);
            QVERIFY(
                r.object()
                    .value(QStringLiteral("message"))
                    .toArray()
                    .contains(QStringLiteral(
                        "direction must be one of the following values: shared-by, shared-with")));
        }
        QCOMPARE(
            rawRequest(port, "POST", "/api/partners?direction=shared-with", "{}", bearer(token))
                .status,
            404);
    }

    void authentication()
    {
        QCOMPARE(rawRequest(port, "GET", "/api/partners?direction=shared-with").status, 401);
        QCOMPARE(rawRequest(port, "GET", "/api/partners?direction=shared-with", {},
                     bearer(QStringLiteral("nope")))
                     .status,
            401);
        const QString key = server.createApiKey(QStringLiteral("dave@example.test"));
        const RawResponse k = rawRequest(
            port, "GET", "/api/partners?direction=shared-with", {}, {{"x-api-key", key.toUtf8()}});
        QCOMPARE(k.status, 200);
        QCOMPARE(k.array().size(), 2);
        const QString scoped = server.createApiKey(
            QStringLiteral("dave@example.test"), {QStringLiteral("partner.read")});
        QCOMPARE(rawRequest(port, "GET", "/api/partners?direction=shared-by", {},
                     {{"x-api-key", scoped.toUtf8()}})
                     .status,
            200);
        const QString other = server.createApiKey(
            QStringLiteral("dave@example.test"), {QStringLiteral("asset.read")});
        const RawResponse denied = rawRequest(port, "GET", "/api/partners?direction=shared-with",
            {}, {{"x-api-key", other.toUtf8()}});
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.object().value(QStringLiteral("message")).toString(),
            QStringLiteral("Missing required permission: partner.read"));
    }

    void removedAndDeletedPartnersAreNotListed()
    {
        server.removePartner(frank, dave);
        server.deleteUser(erin, false);
        const RawResponse r
            = rawRequest(port, "GET", "/api/partners?direction=shared-with", {}, bearer(token));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 0);
        QCOMPARE(rawRequest(port, "GET", "/api/partners?direction=shared-by", {}, bearer(token))
                     .array()
                     .size(),
            0);
    }

private:
    TidemarkDev::DevServer server;
    quint16 port = 0;
    QString token, dave, erin, frank;
};

QTEST_MAIN(Partners)
#include "partners.moc"
