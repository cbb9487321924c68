// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Stream semantics: fixed server order, deletes first, per-type checkpoints, nowId bound, acks,
// SyncCompleteV1, empty runs, reset (pending flag, 30-day staleness, reset:true,
// SyncResetV1|reset).

#include "DevServerTestUtil.h"

using namespace DevTest;

class StreamSemantics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        server.stop();
        server.setVersion(2, 7, 5);
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 40;
        spec.partnerAssets = 8;
        server.generateLibrary(spec);
        QVERIFY(server.start());
        port = server.port();
        token = server.createSession(TidemarkDev::DevServer::adminEmail());
    }

    void fixedOrderAndCompletion()
    {
        QStringList reversed = allV1Types();
        std::reverse(reversed.begin(), reversed.end());
        const RawResponse r = stream(port, token, reversed);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/jsonlines+json"));
        QVERIFY(r.header("Content-Length").isEmpty());
        const QStringList types = r.types();
        QCOMPARE(types.last(), QStringLiteral("SyncCompleteV1"));
        QCOMPARE(types.count(QStringLiteral("SyncCompleteV1")), 1);
        const QStringList order = {QStringLiteral("AuthUserV1"), QStringLiteral("UserV1"),
            QStringLiteral("PartnerV1"), QStringLiteral("AssetDeleteV1"), QStringLiteral("AssetV1"),
            QStringLiteral("StackV1"), QStringLiteral("PartnerAssetV1"),
            QStringLiteral("AlbumAssetCreateV1"), QStringLiteral("AlbumV1"),
            QStringLiteral("AlbumUserV1"), QStringLiteral("AlbumToAssetV1"),
            QStringLiteral("AssetExifV1"), QStringLiteral("AlbumAssetExifCreateV1"),
            QStringLiteral("PartnerAssetExifV1"), QStringLiteral("MemoryV1"),
            QStringLiteral("MemoryToAssetV1"), QStringLiteral("PersonV1"),
            QStringLiteral("AssetFaceV2"), QStringLiteral("UserMetadataV1"),
            QStringLiteral("AssetMetadataV1"), QStringLiteral("AssetEditV1")};
        qsizetype last = -1;
        for (const QString &t : order) {
            const qsizetype first = types.indexOf(t);
            QVERIFY2(first >= 0, qPrintable(t));
            QVERIFY2(first > last, qPrintable(t));
            QVERIFY2(types.lastIndexOf(t) < types.size() - 1, qPrintable(t));
            last = types.lastIndexOf(t);
        }
        // every line has type, data, ack in this order; acks ascend within a type
        QHash<QString, QString> prev;
        for (const QByteArray &line : r.body.split('\n')) {
            if (line.isEmpty())
                continue;
            QCOMPARE(orderedKeys(line),
                QStringList(
                    {QStringLiteral("type"), QStringLiteral("data"), QStringLiteral("ack")}));
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const QString type = o.value(QStringLiteral("type")).toString();
            if (type == QLatin1StringView("SyncAckV1"))
                continue;
            const QString id
                = o.value(QStringLiteral("ack")).toString().section(QLatin1Char('|'), -1);
            QVERIFY2(prev.value(type) < id, qPrintable(type));
            prev[type] = id;
        }
        QCOMPARE(r.types().count(QStringLiteral("AssetV1")), 40);
        QCOMPARE(r.types().count(QStringLiteral("PartnerAssetV1")), 8);
        QCOMPARE(r.types().count(QStringLiteral("AssetDeleteV1")),
            2); // old deletes reach a fresh session
    }

    void checkpointsAndIncrements()
    {
        const QStringList types = {QStringLiteral("AssetsV1"), QStringLiteral("PartnerAssetsV1"),
            QStringLiteral("AlbumToAssetsV1")};
        syncAndAck(port, token, types);
        const RawResponse empty = stream(port, token, types);
        QCOMPARE(empty.types(), QStringList {QStringLiteral("SyncCompleteV1")});

        const QStringList own = server.ownedAssetIds(server.adminUserId());
        const QStringList added = server.addAssets(server.adminUserId(), 3);
        server.updateAsset(own[5]);
        server.trashAsset(own[6]);
        server.deleteAsset(own[7]);
        const RawResponse r = stream(port, token, types);
        // deletes first, then upserts in update order
        QStringList t = r.types();
        QCOMPARE(t.first(), QStringLiteral("AssetDeleteV1"));
        QCOMPARE(t.count(QStringLiteral("AssetV1")), 5);
        const QList<QJsonObject> lines = r.lines();
        QCOMPARE(lines[0]
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("assetId"))
                     .toString(),
            own[7]);
        QStringList upserted;
        for (const QJsonObject &o : lines)
            if (o.value(QStringLiteral("type")).toString() == QLatin1StringView("AssetV1"))
                upserted.append(o.value(QStringLiteral("data"))
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toString());
        QCOMPARE(upserted, QStringList({added[0], added[1], added[2], own[5], own[6]}));
        const QJsonObject trashed = lines[5].value(QStringLiteral("data")).toObject();
        QVERIFY(!trashed.value(QStringLiteral("deletedAt")).isNull());

        // acking only AssetV1 keeps the delete pending; acks are stored verbatim per type
        const QString assetAck = lines[5].value(QStringLiteral("ack")).toString();
        QCOMPARE(postAcks(port, token, {assetAck}).status, 204);
        bool found = false;
        for (const auto &[type, ack] : server.checkpoints(token))
            if (type == QLatin1StringView("AssetV1"))
                found = ack == assetAck;
        QVERIFY(found);
        const RawResponse again = stream(port, token, types);
        QVERIFY(again.types().contains(QStringLiteral("AssetDeleteV1")));
        QVERIFY(!again.types().contains(QStringLiteral("AssetV1")));
        // acking an older id moves the checkpoint back (the server does not compare)
        QCOMPARE(
            postAcks(port, token, {lines[1].value(QStringLiteral("ack")).toString()}).status, 204);
        QCOMPARE(stream(port, token, types).types().count(QStringLiteral("AssetV1")), 4);
    }

    void emptyTypesAndPre141()
    {
        QCOMPARE(stream(port, token, {}).types(), QStringList {QStringLiteral("SyncCompleteV1")});
        server.setVersion(1, 140, 0);
        const RawResponse r = stream(port, token, {});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        QVERIFY(r.complete);
    }

    void pendingReset()
    {
        syncAndAck(port, token, {QStringLiteral("UsersV1")});
        server.setPendingReset(token, true);
        const RawResponse r = stream(port, token, {QStringLiteral("UsersV1")});
        QCOMPARE(r.body,
            QByteArray("{\"type\":\"SyncResetV1\",\"data\":{},\"ack\":\"SyncResetV1|reset\"}\n"));
        // DELETE /sync/ack does not clear the flag
        QCOMPARE(rawRequest(port, "DELETE", "/api/sync/ack", {}, bearer(token)).status, 204);
        QCOMPARE(stream(port, token, {QStringLiteral("UsersV1")}).types(),
            QStringList {QStringLiteral("SyncResetV1")});
        // acking the reset clears progress and the flag
        QCOMPARE(postAcks(port, token,
                     {QStringLiteral("SyncResetV1|reset"), QStringLiteral("UserV1|not-stored")})
                     .status,
            204);
        QVERIFY(!server.pendingReset(token));
        QVERIFY(server.checkpoints(token).isEmpty());
        QCOMPARE(stream(port, token, {QStringLiteral("UsersV1")})
                     .types()
                     .count(QStringLiteral("UserV1")),
            3);
    }

    void resetFlagInRequest()
    {
        syncAndAck(port, token, {QStringLiteral("UsersV1")});
        server.setPendingReset(token, true);
        const RawResponse r
            = stream(port, token, {QStringLiteral("UsersV1")}, QStringLiteral("\"reset\":true"));
        QCOMPARE(r.types().count(QStringLiteral("UserV1")), 3);
        QVERIFY(!server.pendingReset(token));
        // on 1.136-1.137 the reset line has no ack
        server.setVersion(1, 137, 0);
        server.setPendingReset(token, true);
        QCOMPARE(stream(port, token, {QStringLiteral("UsersV1")}).body,
            QByteArray("{\"type\":\"SyncResetV1\",\"data\":{}}\n"));
        // before 1.136 there is no reset at all
        server.setVersion(1, 135, 3);
        QCOMPARE(stream(port, token, {QStringLiteral("UsersV1")})
                     .types()
                     .count(QStringLiteral("UserV1")),
            3);
    }

    void staleCompleteCheckpoint()
    {
        syncAndAck(port, token, {QStringLiteral("UsersV1")});
        server.setSessionCompleteCheckpointAge(token, 7);
        QCOMPARE(stream(port, token, {QStringLiteral("UsersV1")}).types(),
            QStringList {QStringLiteral("SyncCompleteV1")});
        server.setSessionCompleteCheckpointAge(token, 60);
        QCOMPARE(stream(port, token, {QStringLiteral("UsersV1")}).types(),
            QStringList {QStringLiteral("SyncResetV1")});
        server.setVersion(1, 140, 0); // no staleness check before 1.141
        QVERIFY(stream(port, token, {QStringLiteral("UsersV1")}).body.isEmpty());
    }

    void nowIdBoundsTheRun()
    {
        // a row changed after the run started waits for the next run
        server.setChunkPerLine(true);
        TidemarkDev::Fault stall;
        stall.kind = TidemarkDev::Fault::Kind::Stall;
        stall.path = QStringLiteral("/api/sync/stream");
        stall.after = 1;
        stall.stallMs = 600;
        server.addFault(stall);
        QThread *mutator = QThread::create([this] {
            QThread::msleep(200);
            server.addAssets(server.adminUserId(), 1);
        });
        mutator->start();
        const RawResponse r = stream(port, token, {QStringLiteral("AssetsV1")});
        mutator->wait();
        delete mutator;
        QCOMPARE(r.types().count(QStringLiteral("AssetV1")), 40);
        const QString complete = r.lines().last().value(QStringLiteral("ack")).toString();
        syncAndAck(port, token, {QStringLiteral("AssetsV1")});
        QVERIFY(!complete.isEmpty());
        server.setChunkPerLine(false);
    }

    void albumAssetCreateUpdateSplit()
    {
        const QStringList types = {QStringLiteral("AlbumAssetsV1")};
        const RawResponse first = syncAndAck(port, token, types);
        const QStringList t = first.types();
        const qsizetype ackAt = t.indexOf(QStringLiteral("SyncAckV1"));
        QVERIFY(ackAt >= 0);
        QVERIFY(first.lines()[ackAt]
                    .value(QStringLiteral("ack"))
                    .toString()
                    .startsWith(QLatin1StringView("AlbumAssetUpdateV1|")));
        QCOMPARE(t[ackAt + 1], QStringLiteral("AlbumAssetCreateV1"));
        QVERIFY(!t.contains(QStringLiteral("AlbumAssetUpdateV1")));
        // changing an asset already delivered -> AlbumAssetUpdateV1; adding one to an album ->
        // create
        const QString album = server.albumIds(server.adminUserId()).first();
        QString inAlbum;
        for (const QJsonObject &o : first.lines())
            if (o.value(QStringLiteral("type")).toString()
                == QLatin1StringView("AlbumAssetCreateV1")) {
                inAlbum = o.value(QStringLiteral("data"))
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toString();
                break;
            }
        server.updateAsset(inAlbum);
        const QString fresh = server.addAssets(server.adminUserId(), 1).first();
        server.addAssetsToAlbum(album, {fresh});
        const RawResponse r = stream(port, token, types);
        QCOMPARE(r.types(),
            QStringList({QStringLiteral("AlbumAssetUpdateV1"), QStringLiteral("SyncAckV1"),
                QStringLiteral("AlbumAssetCreateV1"), QStringLiteral("SyncCompleteV1")}));
        QCOMPARE(r.lines()[0]
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
            inAlbum);
        QCOMPARE(r.lines()[2]
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
            fresh);
    }

    void scopes()
    {
        // UsersV1 lists every user; partner/album scopes follow the relations; removals are not
        // events
        const RawResponse r = stream(port, token, allV1Types());
        QCOMPARE(r.types().count(QStringLiteral("UserV1")), 3);
        QCOMPARE(r.types().count(QStringLiteral("PartnerV1")), 2);
        syncAndAck(port, token, allV1Types());
        server.removePartner(server.partnerUserId(), server.adminUserId());
        const RawResponse after = stream(port, token, allV1Types());
        QCOMPARE(after.types().count(QStringLiteral("PartnerDeleteV1")), 1);
        QCOMPARE(after.types().count(QStringLiteral("PartnerAssetDeleteV1")), 0);
        QStringList visible = server.visibleAssetIds(server.adminUserId());
        for (const QString &id : server.ownedAssetIds(server.partnerUserId()))
            if (visible.contains(id)) {
                // only through the shared album now
                QVERIFY(server.albumIds(server.adminUserId()).size() >= 2);
            }
        const QString album = server.albumIds(server.adminUserId()).first();
        syncAndAck(port, token, allV1Types());
        server.deleteAlbum(album);
        const RawResponse del = stream(port, token, allV1Types());
        QCOMPARE(del.types().count(QStringLiteral("AlbumDeleteV1")), 1);
        QCOMPARE(del.types().count(QStringLiteral("AlbumToAssetDeleteV1")), 0);
    }

private:
    TidemarkDev::DevServer server;
    quint16 port = 0;
    QString token;
};

QTEST_MAIN(StreamSemantics)
#include "stream_semantics.moc"
