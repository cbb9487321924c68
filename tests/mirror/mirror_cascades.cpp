// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The removals the server never sends as events (docs/dev/protocol.md, "Deletes the server does not
// send").

#include "MirrorTestUtil.h"

using namespace Tidemark;
using namespace Tidemark::MirrorTest;
using E = SyncEntityType;

class MirrorCascadesTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    // me shares with nobody; p shares with me. Assets: m1 (mine), p1 (p's), p2 (p's, also in my
    // album), o1 (other user's, only in the album). Each asset has exif, a face, metadata, an edit,
    // a memory link.
    void seed(MirrorStore &store, bool native)
    {
        MIRROR_VERIFY_NO_ERROR(
            store.open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_n)), options(native)));
        SyncAuthUserV1 me;
        me.id = QStringLiteral("me");
        SyncUserV1 p;
        p.id = QStringLiteral("p");
        SyncAlbumV1 al;
        al.id = QStringLiteral("al");
        al.ownerId = QStringLiteral("o");
        QList<SyncEvent> events {
            ev(E::AuthUserV1, me),
            ev(E::UserV1, p),
            ev(E::PartnerV1, SyncPartnerV1 {QStringLiteral("p"), QStringLiteral("me"), true}),
            ev(E::AssetV1, asset(QStringLiteral("m1"), QStringLiteral("me"))),
            ev(E::PartnerAssetV1, asset(QStringLiteral("p1"), QStringLiteral("p"))),
            ev(E::PartnerAssetV1, asset(QStringLiteral("p2"), QStringLiteral("p"))),
            ev(E::PartnerStackV1,
                SyncStackV1 {
                    QStringLiteral("ps"), {}, {}, QStringLiteral("p1"), QStringLiteral("p")}),
            ev(E::AlbumAssetCreateV1, asset(QStringLiteral("p2"), QStringLiteral("p"))),
            ev(E::AlbumAssetCreateV1, asset(QStringLiteral("o1"), QStringLiteral("o"))),
            ev(E::AlbumV1, al),
            ev(E::AlbumUserV1,
                SyncAlbumUserV1 {
                    QStringLiteral("al"), QStringLiteral("me"), QStringLiteral("viewer")}),
            ev(E::AlbumToAssetV1, SyncAlbumToAssetV1 {QStringLiteral("al"), QStringLiteral("p2")}),
            ev(E::AlbumToAssetV1, SyncAlbumToAssetV1 {QStringLiteral("al"), QStringLiteral("o1")}),
        };
        int n = 0;
        for (const QString &id : {QStringLiteral("m1"), QStringLiteral("p1"), QStringLiteral("p2"),
                 QStringLiteral("o1")}) {
            SyncAssetExifV1 x;
            x.assetId = id;
            events << ev(E::AssetExifV1, x);
            SyncAssetFaceV1 f;
            f.id = QStringLiteral("f%1").arg(++n);
            f.assetId = id;
            events << ev(E::AssetFaceV1, f);
            events << ev(E::AssetMetadataV1, SyncAssetMetadataV1 {id, QStringLiteral("k"), {}});
            events << ev(E::AssetEditV1,
                SyncAssetEditV1 {
                    QStringLiteral("e%1").arg(n), id, QStringLiteral("rotate"), {}, 0});
            events << ev(E::MemoryToAssetV1, SyncMemoryAssetV1 {QStringLiteral("mem"), id});
        }
        MIRROR_VERIFY_OK(store.applyBatch(events));
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM assets")), 4);
    }

    static qint64 dependents(MirrorStore &store, const QString &assetId)
    {
        qint64 n = 0;
        for (const char *t : {"exif", "asset_faces", "album_assets", "memory_assets",
                 "asset_metadata", "asset_edits"})
            n += count(store,
                QStringLiteral("SELECT COUNT(*) FROM %1 WHERE asset_id = '%2'")
                    .arg(QLatin1StringView(t), assetId));
        return n;
    }

private Q_SLOTS:
    void assetDelete_data() { addPathRows(); }
    void assetDelete()
    {
        QFETCH(bool, native);
        MirrorStore store;
        seed(store, native);
        QVERIFY(dependents(store, QStringLiteral("p2")) == 6);
        auto r = store.applyBatch({ev(E::AssetDeleteV1, SyncAssetDeleteV1 {QStringLiteral("p2")})});
        MIRROR_VERIFY_OK(r);
        QCOMPARE(r.value.deleted, 1);
        QCOMPARE(r.value.cascaded, 6);
        QCOMPARE(dependents(store, QStringLiteral("p2")), 0);
        QCOMPARE(dependents(store, QStringLiteral("p1")), 5);
    }

    void partnerDelete_data() { addPathRows(); }
    void partnerDelete()
    {
        QFETCH(bool, native);
        MirrorStore store;
        seed(store, native);
        // My share towards p ending changes nothing of mine.
        MIRROR_VERIFY_OK(store.applyBatch({ev(
            E::PartnerDeleteV1, SyncPartnerDeleteV1 {QStringLiteral("me"), QStringLiteral("p")})}));
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM assets")), 4);
        // p stops sharing with me: p1 goes with its dependents and p's stack; p2 stays (album).
        auto r = store.applyBatch({ev(
            E::PartnerDeleteV1, SyncPartnerDeleteV1 {QStringLiteral("p"), QStringLiteral("me")})});
        MIRROR_VERIFY_OK(r);
        QCOMPARE(r.value.deleted, 1);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM assets WHERE id = 'p1'")), 0);
        QCOMPARE(dependents(store, QStringLiteral("p1")), 0);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM assets WHERE id = 'p2'")), 1);
        QCOMPARE(count(store, QStringLiteral("SELECT sources FROM assets WHERE id = 'p2'")),
            AssetSourceAlbum);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM stacks")), 0);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM assets WHERE id = 'm1'")), 1);
    }

    void partnerDeleteKeepsAssetsThatAreAlsoOwn()
    {
        MirrorStore store;
        seed(store, true);
        store.setSelfUserId(QString()); // also without a known identity
        MIRROR_VERIFY_OK(
            store.applyBatch({ev(E::AssetV1, asset(QStringLiteral("p1"), QStringLiteral("p")))}));
        MIRROR_VERIFY_OK(store.applyBatch({ev(
            E::PartnerDeleteV1, SyncPartnerDeleteV1 {QStringLiteral("p"), QStringLiteral("me")})}));
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM assets WHERE id = 'p1'")), 1);
    }

    void albumDelete_data() { addPathRows(); }
    void albumDelete()
    {
        QFETCH(bool, native);
        MirrorStore store;
        seed(store, native);
        auto r = store.applyBatch({ev(E::AlbumDeleteV1, SyncAlbumDeleteV1 {QStringLiteral("al")})});
        MIRROR_VERIFY_OK(r);
        QCOMPARE(r.value.deleted, 1);
        QCOMPARE(r.value.cascaded, 3); // two links, one member
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM album_assets")), 0);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM album_users")), 0);
        // Assets stay until the run is complete and pruned.
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM assets")), 4);
        auto pruned = store.pruneOrphanAssets();
        MIRROR_VERIFY_OK(pruned);
        QCOMPARE(pruned.value, 1); // o1: not mine, not a partner's, in no album
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM assets WHERE id = 'o1'")), 0);
        QCOMPARE(dependents(store, QStringLiteral("o1")), 0);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM assets")),
            3); // p2 is still a partner's
    }

    void userDelete_data() { addPathRows(); }
    void userDelete()
    {
        QFETCH(bool, native);
        MirrorStore store;
        seed(store, native);
        SyncPersonV1 person;
        person.id = QStringLiteral("pp");
        person.ownerId = QStringLiteral("p");
        SyncMemoryV1 mem;
        mem.id = QStringLiteral("pm");
        mem.ownerId = QStringLiteral("p");
        MIRROR_VERIFY_OK(store.applyBatch({ev(E::PersonV1, person), ev(E::MemoryV1, mem),
            ev(E::MemoryToAssetV1, SyncMemoryAssetV1 {QStringLiteral("pm"), QStringLiteral("m1")}),
            ev(E::UserMetadataV1,
                SyncUserMetadataV1 {QStringLiteral("p"), QStringLiteral("k"), {}}),
            ev(E::AlbumUserV1,
                SyncAlbumUserV1 {
                    QStringLiteral("al"), QStringLiteral("p"), QStringLiteral("editor")})}));
        auto r = store.applyBatch({ev(E::UserDeleteV1, SyncUserDeleteV1 {QStringLiteral("p")})});
        MIRROR_VERIFY_OK(r);
        QCOMPARE(r.value.deleted, 1);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM partners")), 0);
        QCOMPARE(
            count(store, QStringLiteral("SELECT COUNT(*) FROM assets WHERE owner_id = 'p'")), 0);
        QCOMPARE(
            dependents(store, QStringLiteral("p1")) + dependents(store, QStringLiteral("p2")), 0);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM stacks")), 0);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM people")), 0);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM memories")), 0);
        QCOMPARE(count(store,
                     QStringLiteral("SELECT COUNT(*) FROM memory_assets WHERE memory_id = 'pm'")),
            0);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM user_metadata")), 0);
        QCOMPARE(
            count(store, QStringLiteral("SELECT COUNT(*) FROM album_users WHERE user_id = 'p'")),
            0);
        QCOMPARE(
            count(store, QStringLiteral("SELECT COUNT(*) FROM album_users WHERE user_id = 'me'")),
            1);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM assets")), 2); // m1, o1
        QVERIFY(r.value.cascaded >= 2 + 12);

        // The album owner's deletion takes the album with it.
        r = store.applyBatch({ev(E::UserDeleteV1, SyncUserDeleteV1 {QStringLiteral("o")})});
        MIRROR_VERIFY_OK(r);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM albums")), 0);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM album_users")), 0);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM assets")), 1);
    }

    void pruneKeepsMineAndPartnersAndAlbumAssets()
    {
        MirrorStore store;
        seed(store, true);
        auto pruned = store.pruneOrphanAssets();
        MIRROR_VERIFY_OK(pruned);
        QCOMPARE(pruned.value, 0);
        MIRROR_VERIFY_OK(store.applyBatch({ev(E::AlbumToAssetDeleteV1,
            SyncAlbumToAssetDeleteV1 {QStringLiteral("al"), QStringLiteral("o1")})}));
        pruned = store.pruneOrphanAssets();
        QCOMPARE(pruned.value, 1);
    }

    void deleteAssetsAndReconcile()
    {
        MirrorStore store;
        seed(store, true);
        SyncAssetV1 hidden = asset(QStringLiteral("m2"), QStringLiteral("me"));
        hidden.visibility = QStringLiteral("hidden");
        MIRROR_VERIFY_OK(
            store.applyBatch({ev(E::AssetV1, asset(QStringLiteral("m3"), QStringLiteral("me"))),
                ev(E::AssetV1, hidden)}));
        // The server lists m3 only: m1 goes, m2 stays (full-sync never lists hidden assets).
        auto r = store.reconcileOwner(QStringLiteral("me"), {QStringLiteral("m3")});
        MIRROR_VERIFY_OK(r);
        QCOMPARE(r.value.deleted, 1);
        auto mine = store.assetIdsByOwner(QStringLiteral("me"));
        QCOMPARE(mine.value, (QSet<QString> {QStringLiteral("m2"), QStringLiteral("m3")}));
        QCOMPARE(dependents(store, QStringLiteral("m1")), 0);
        r = store.deleteAssets({QStringLiteral("m3"), QStringLiteral("unknown")});
        QCOMPARE(r.value.deleted, 1);
        QCOMPARE(store.assetCount().value, 4);
    }
};

QTEST_GUILESS_MAIN(MirrorCascadesTest)
#include "mirror_cascades.moc"
