// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Capture parity: replays every request of tests/data/captures/immich-v1.135.3 against the
// devserver emulating v1.135.3, in the recorded order and with the recorded library story (README
// of the captures), and compares status, Content-Type, header order and the key order of every
// object kind.

#include "DevServerTestUtil.h"
#include "TestSupport.h"

using namespace DevTest;
using Tidemark::Test::Capture;

namespace {

QMap<QString, QByteArray> firstLinePerType(const QByteArray &body)
{
    QMap<QString, QByteArray> out;
    for (const QByteArray &line : body.split('\n')) {
        if (line.isEmpty())
            continue;
        const QString type
            = QJsonDocument::fromJson(line).object().value(QStringLiteral("type")).toString();
        if (!out.contains(type))
            out.insert(type, line);
    }
    return out;
}

QString compareShapes(const QByteArray &expected, const QByteArray &actual)
{
    const auto want = shapes(expected);
    const auto got = shapes(actual);
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        if (!got.contains(it.key())) {
            if (it.key().isEmpty() || it.key() == QLatin1StringView(".data")
                || it.key() == QLatin1StringView("[]"))
                return QStringLiteral("missing object at '%1'").arg(it.key());
            continue; // e.g. an object the capture had where ours is null
        }
        if (got.value(it.key()) != it.value())
            return QStringLiteral("keys at '%1': expected %2, got %3")
                .arg(it.key(), it.value().join(QLatin1Char(',')),
                    got.value(it.key()).join(QLatin1Char(',')));
    }
    return {};
}

} // namespace

class CaptureParity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replayAll();
};

void CaptureParity::replayAll()
{
    TidemarkDev::DevServer server;
    server.setVersion(1, 135, 3);
    TidemarkDev::LibrarySpec spec;
    spec.ownAssets = 12;
    spec.partnerAssets = 3;
    spec.unrelatedUser = false;
    server.generateLibrary(spec);
    QVERIFY(server.start());
    const quint16 port = server.port();
    const QString admin = server.adminUserId();
    const QString bob = server.partnerUserId();
    // The captures saw a deleted album before the first sync.
    const QString doomedAlbum = server.createAlbum(admin, QStringLiteral("Old album"));
    server.deleteAlbum(doomedAlbum);

    const QString token = server.createSession(TidemarkDev::DevServer::adminEmail());
    const QString apiKey = server.createApiKey(TidemarkDev::DevServer::adminEmail());
    QString token3;
    QString lastFullSyncId;
    QDateTime beforeChanges;
    QByteArray firstStreamBody;

    const QList<Capture> captures = Tidemark::Test::loadCaptures();
    QVERIFY(captures.size() >= 20);
    int compared = 0;
    for (const Capture &cap : captures) {
        const QString name = cap.fileName;
        QByteArray body = cap.requestBody.isNull() ? QByteArray() : cap.requestBody.toUtf8();
        QString auth = token;
        if (cap.auth == QLatin1StringView("bearer3")) {
            // Story of 113: a fresh, fully acked session; then Carol uploads and starts sharing.
            token3 = server.createSession(TidemarkDev::DevServer::adminEmail());
            syncAndAck(port, token3, capture135Types());
            const QString carol = server.addUser(QStringLiteral("carol@example.test"),
                QStringLiteral("pw"), QStringLiteral("Carol Late"));
            server.addAssets(carol, 2);
            server.addPartner(carol, admin, false);
            auth = token3;
        }
        if (name.startsWith(QLatin1StringView("028-"))) {
            // ack the last ack per type of the first stream, for the types the capture acked
            QStringList acks;
            const QJsonArray recorded
                = QJsonDocument::fromJson(body).object().value(QStringLiteral("acks")).toArray();
            QStringList types;
            for (const QJsonValue &v : recorded)
                types.append(v.toString().section(QLatin1Char('|'), 0, 0));
            RawResponse first;
            first.body = firstStreamBody;
            for (const QString &a : lastAckPerType(first))
                if (types.contains(a.section(QLatin1Char('|'), 0, 0)))
                    acks.append(a);
            QJsonArray arr;
            for (const QString &a : acks)
                arr.append(a);
            body = QJsonDocument(QJsonObject {{QStringLiteral("acks"), arr}})
                       .toJson(QJsonDocument::Compact);
        }
        if (name.startsWith(QLatin1StringView("034-"))) {
            // between 032 and 034: img8 deleted, img3 favorited, album renamed, admin profile
            // touched
            beforeChanges = QDateTime::currentDateTimeUtc().addSecs(-1);
            QTest::qWait(5);
            const QStringList own = server.ownedAssetIds(admin);
            server.deleteAsset(own.value(0));
            server.updateAsset(own.value(1));
            server.renameAlbum(server.albumIds(admin).value(0), QStringLiteral("Renamed"));
            server.renameUser(admin, QStringLiteral("Admin Tester"));
        }
        if (name.startsWith(QLatin1StringView("048-")))
            body = QByteArray("{\"limit\":2,\"updatedUntil\":\"")
                + QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8()
                + "\",\"lastId\":\"" + lastFullSyncId.toUtf8() + "\"}";
        if (name.startsWith(QLatin1StringView("047-")))
            body = QByteArray("{\"limit\":2,\"updatedUntil\":\"")
                + QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + "\"}";
        if (name.startsWith(QLatin1StringView("051-")))
            body = QByteArray("{\"limit\":2,\"updatedUntil\":\"")
                + QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8()
                + "\",\"lastId\":\"ffffffff-ffff-4fff-bfff-ffffffffffff\"}";
        if (name.startsWith(QLatin1StringView("063-")))
            body = QByteArray("{\"updatedAfter\":\"")
                + beforeChanges.toString(Qt::ISODateWithMs).toUtf8() + "\",\"userIds\":[\""
                + admin.toUtf8() + "\",\"" + bob.toUtf8() + "\"]}";
        if (name.startsWith(QLatin1StringView("065-")))
            body = QByteArray("{\"updatedAfter\":\"2020-01-01T00:00:00.000Z\",\"userIds\":[\"")
                + admin.toUtf8() + "\",\"" + bob.toUtf8() + "\"]}";
        server.setChunkPerLine(name.contains(QLatin1StringView("rawchunks")));

        QList<QPair<QByteArray, QByteArray>> headers;
        if (cap.auth.startsWith(QLatin1StringView("bearer")))
            headers = bearer(auth);
        else if (cap.auth == QLatin1StringView("apikey"))
            headers = {{"x-api-key", apiKey.toUtf8()}};
        const RawResponse r
            = rawRequest(port, cap.method.toUtf8(), cap.path.toUtf8(), body, headers);
        const QByteArray tag = name.toUtf8();

        QVERIFY2(r.complete, tag.constData());
        QVERIFY2(
            r.status == cap.status, (tag + " status " + QByteArray::number(r.status)).constData());
        QVERIFY2(r.header("Content-Type") == cap.header("Content-Type"),
            (tag + " content type " + r.header("Content-Type")).constData());
        QList<QByteArray> capNames;
        for (const auto &h : cap.headers)
            capNames.append(h.first);
        QVERIFY2(r.headerNames() == capNames,
            (tag + " header order " + r.headerNames().join(',')).constData());
        QCOMPARE(r.header("Transfer-Encoding"), cap.header("Transfer-Encoding"));
        if (cap.status >= 400) {
            QCOMPARE(r.header("x-immich-cid"),
                r.object().value(QStringLiteral("correlationId")).toString().toUtf8());
            QCOMPARE(r.header("x-immich-cid").size(), 8);
        }

        if (cap.chunked) {
            if (name.startsWith(QLatin1StringView("004-")))
                firstStreamBody = r.body;
            const auto want = firstLinePerType(cap.body);
            const auto got = firstLinePerType(r.body);
            for (auto it = want.cbegin(); it != want.cend(); ++it) {
                QVERIFY2(got.contains(it.key()),
                    (tag + " has no line of type " + it.key().toUtf8()).constData());
                const QString diff = compareShapes(it.value(), got.value(it.key()));
                QVERIFY2(diff.isEmpty(),
                    (tag + ' ' + it.key().toUtf8() + ": " + diff.toUtf8()).constData());
            }
            QCOMPARE(cap.body.isEmpty(), r.body.isEmpty());
            if (name.contains(QLatin1StringView("rawchunks"))) {
                QVERIFY(r.chunks.size() > 3);
                for (const QByteArray &chunk : r.chunks)
                    QVERIFY2(chunk.endsWith('\n') && chunk.count('\n') == 1, "one chunk per line");
            }
            // the server's fixed order holds whatever the request order
            QStringList order;
            for (const QString &t : r.types())
                if (order.isEmpty() || order.last() != t)
                    order.append(t);
            QStringList capOrder;
            for (const QString &t :
                RawResponse {0, {}, cap.body, {}, true, false, false, 0, 0}.types())
                if (capOrder.isEmpty() || capOrder.last() != t)
                    capOrder.append(t);
            QStringList common;
            for (const QString &t : order)
                if (capOrder.contains(t))
                    common.append(t);
            QCOMPARE(common, capOrder);
        } else if (!cap.body.isEmpty()) {
            const QString diff = compareShapes(cap.body, r.body);
            QVERIFY2(diff.isEmpty(), (tag + ": " + diff.toUtf8()).constData());
            if (cap.body.startsWith('{'))
                QCOMPARE(r.object().value(QStringLiteral("message")).isArray(),
                    QJsonDocument::fromJson(cap.body)
                        .object()
                        .value(QStringLiteral("message"))
                        .isArray());
        } else {
            QVERIFY2(r.body.isEmpty(), tag.constData());
        }
        if (name.startsWith(QLatin1StringView("047-"))) {
            QCOMPARE(r.array().size(), 2);
            lastFullSyncId = r.array().last().toObject().value(QStringLiteral("id")).toString();
        }
        if (name.startsWith(QLatin1StringView("048-"))) {
            QCOMPARE(r.array().size(), 2);
            QVERIFY(r.array().first().toObject().value(QStringLiteral("id")).toString()
                > lastFullSyncId);
        }
        if (name.startsWith(QLatin1StringView("051-")) || name.startsWith(QLatin1StringView("065-"))
            || name.startsWith(QLatin1StringView("081-"))
            || name.startsWith(QLatin1StringView("082-"))
            || name.startsWith(QLatin1StringView("071-"))
            || name.startsWith(QLatin1StringView("015-"))
            || name.startsWith(QLatin1StringView("076-"))
            || name.startsWith(QLatin1StringView("079-")))
            QCOMPARE(r.body.size(),
                cap.body.size() - cap.header("x-immich-cid").size() * (cap.status >= 400 ? 1 : 0)
                    + r.header("x-immich-cid").size() * (cap.status >= 400 ? 1 : 0));
        ++compared;
    }
    QCOMPARE(compared, captures.size());
}

QTEST_MAIN(CaptureParity)
#include "capture_parity.moc"
