// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Backfill (docs/dev/protocol.md, "Ack shapes"; capture 113): server-written backfill checkpoints
// on a first sync, backfill rows + SyncAckV1 "...|complete" for a partner / shared album added
// after a checkpoint.

#include "DevServerTestUtil.h"

using namespace DevTest;

class Backfill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        server.stop();
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 10;
        spec.partnerAssets = 4;
        spec.unrelatedAssets = 5;
        server.generateLibrary(spec);
        QVERIFY(server.start());
        port = server.port();
        token = server.createSession(TidemarkDev::DevServer::adminEmail());
        carol = server.userIdByEmail(QStringLiteral("carol@example.test"));
    }
    void firstSyncWritesBackfillCheckpoints()
    {
        QVERIFY(server.checkpoints(token).isEmpty());
        const RawResponse r = stream(port, token,
            {QStringLiteral("PartnerAssetsV1"), QStringLiteral("PartnerAssetExifsV1")});
        QVERIFY(!r.types().contains(QStringLiteral("PartnerAssetBackfillV1")));
        QStringList types;
        for (const auto &[t, a] : server.checkpoints(token)) {
            types.append(t);
            QVERIFY(a.endsWith(QLatin1StringView("|complete")));
        }
        QCOMPARE(types,
            QStringList({QStringLiteral("PartnerAssetBackfillV1"),
                QStringLiteral("PartnerAssetExifBackfillV1")}));
        const RawResponse get = rawRequest(port, "GET", "/api/sync/ack", {}, bearer(token));
        QCOMPARE(get.array().size(), 2);
    }
    void partnerAddedAfterCheckpoint()
    {
        const QStringList types = {QStringLiteral("PartnersV1"), QStringLiteral("PartnerAssetsV1"),
            QStringLiteral("PartnerAssetExifsV1")};
        syncAndAck(port, token, types);
        // move the PartnerAssetV1 checkpoint past Carol's (older) library assets
        server.updateAsset(server.ownedAssetIds(server.partnerUserId()).first());
        syncAndAck(port, token, types);
        const QStringList newer = server.addAssets(carol, 2); // newer than the checkpoint
        server.addPartner(carol, server.adminUserId(), false);
        const RawResponse r = stream(port, token, types);
        const QStringList t = r.types();
        // Carol's 5 older assets come as backfill, then the complete ack, then the 2 newer as
        // upserts
        QCOMPARE(t.count(QStringLiteral("PartnerAssetBackfillV1")), 5);
        QCOMPARE(t.count(QStringLiteral("PartnerAssetV1")), 2);
        // the exif checkpoint did not move (exif rows unchanged), so Carol's exif rows are newer:
        // plain upserts
        QCOMPARE(t.count(QStringLiteral("PartnerAssetExifBackfillV1")), 0);
        QCOMPARE(t.count(QStringLiteral("PartnerAssetExifV1")), 7);
        QCOMPARE(t.count(QStringLiteral("SyncAckV1")), 2);
        const qsizetype ack = t.indexOf(QStringLiteral("SyncAckV1"));
        QCOMPARE(ack, t.lastIndexOf(QStringLiteral("PartnerAssetBackfillV1")) + 1);
        QCOMPARE(t[ack + 1], QStringLiteral("PartnerAssetV1"));
        const QList<QJsonObject> lines = r.lines();
        const QString complete = lines[ack].value(QStringLiteral("ack")).toString();
        QVERIFY(complete.startsWith(QLatin1StringView("PartnerAssetBackfillV1|")));
        QVERIFY(complete.endsWith(QLatin1StringView("|complete")));
        const QString row = lines[ack - 1].value(QStringLiteral("ack")).toString();
        QCOMPARE(row.split(QLatin1Char('|')).size(), 3);
        QCOMPARE(row.section(QLatin1Char('|'), 1, 1), complete.section(QLatin1Char('|'), 1, 1));
        QCOMPARE(lines[ack + 1]
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
            newer[0]);

        // acking the last backfill row resumes after it; only the complete ack ends the backfill
        QCOMPARE(
            postAcks(port, token, {lines[ack - 2].value(QStringLiteral("ack")).toString()}).status,
            204);
        QCOMPARE(
            stream(port, token, types).types().count(QStringLiteral("PartnerAssetBackfillV1")), 1);
        QCOMPARE(postAcks(port, token, {complete}).status, 204);
        QCOMPARE(
            stream(port, token, types).types().count(QStringLiteral("PartnerAssetBackfillV1")), 0);
    }
    void albumSharedLater()
    {
        const QStringList types = {QStringLiteral("AlbumsV1"), QStringLiteral("AlbumUsersV1"),
            QStringLiteral("AlbumAssetsV1"), QStringLiteral("AlbumToAssetsV1"),
            QStringLiteral("AlbumAssetExifsV1")};
        const QStringList carolAssets = server.ownedAssetIds(carol);
        const QString album
            = server.createAlbum(carol, QStringLiteral("Carol's"), carolAssets.mid(0, 3));
        // our own album gets a newer link, so our checkpoints pass Carol's links
        server.addAssetsToAlbum(server.albumIds(server.adminUserId()).first(),
            server.addAssets(server.adminUserId(), 1));
        syncAndAck(port, token, types); // Carol's album is not visible yet
        server.addAlbumUser(album, server.adminUserId(), false);
        const RawResponse r = stream(port, token, types);
        const QStringList t = r.types();
        QCOMPARE(t.count(QStringLiteral("AlbumAssetBackfillV1")), 3);
        QCOMPARE(t.count(QStringLiteral("AlbumToAssetBackfillV1")), 3);
        QCOMPARE(t.count(QStringLiteral("AlbumAssetExifBackfillV1")), 3);
        QCOMPARE(t.count(QStringLiteral("AlbumV1")), 1);
        QCOMPARE(t.count(QStringLiteral("AlbumUserV1")), 1);
        QStringList completes;
        for (const QJsonObject &o : r.lines())
            if (o.value(QStringLiteral("type")).toString() == QLatin1StringView("SyncAckV1"))
                completes.append(
                    o.value(QStringLiteral("ack")).toString().section(QLatin1Char('|'), 0, 0));
        QVERIFY(completes.contains(QStringLiteral("AlbumAssetBackfillV1")));
        QVERIFY(completes.contains(QStringLiteral("AlbumToAssetBackfillV1")));
        QVERIFY(completes.contains(QStringLiteral("AlbumUserBackfillV1")));
        QVERIFY(server.visibleAssetIds(server.adminUserId()).contains(carolAssets[0]));
        QVERIFY(!server.visibleAssetIds(server.adminUserId()).contains(carolAssets[4]));
        // removed from the album -> AlbumDeleteV1 for us
        syncAndAck(port, token, types);
        server.removeAlbumUser(album, server.adminUserId());
        QVERIFY(stream(port, token, types).types().contains(QStringLiteral("AlbumDeleteV1")));
    }
    void noBackfillBefore135()
    {
        server.setVersion(1, 133, 0);
        const QStringList types = {QStringLiteral("PartnersV1"), QStringLiteral("PartnerAssetsV1")};
        syncAndAck(port, token, types);
        server.addPartner(carol, server.adminUserId(), true);
        const RawResponse r = stream(port, token, types);
        QVERIFY(!r.types().contains(QStringLiteral("SyncAckV1")));
        QVERIFY(!r.types().contains(QStringLiteral("PartnerAssetBackfillV1")));
        server.setVersion(2, 7, 5);
    }

private:
    TidemarkDev::DevServer server;
    quint16 port = 0;
    QString token, carol;
};

QTEST_MAIN(Backfill)
#include "backfill.moc"
