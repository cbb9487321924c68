// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every stream entity type upserted and deleted on a real SQLite file, on both write paths.

#include "MirrorTestUtil.h"

#include <QJsonDocument>

using namespace Tidemark;
using namespace Tidemark::MirrorTest;
using E = SyncEntityType;

class MirrorApplyTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    void openStore(MirrorStore &store, bool native)
    {
        const QString path = m_dir.filePath(QStringLiteral("apply-%1.sqlite").arg(++m_n));
        MIRROR_VERIFY_NO_ERROR(store.open(path, options(native)));
        QCOMPARE(store.isNative(), native);
    }

private Q_SLOTS:
    void users_data() { addPathRows(); }
    void users()
    {
        QFETCH(bool, native);
        MirrorStore store;
        openStore(store, native);
        SyncAuthUserV1 me;
        me.id = QStringLiteral("me");
        me.name = QStringLiteral("Me");
        me.email = QStringLiteral("me@example.org");
        me.pinCode = QStringLiteral("$2b$10$abcdefghijklmnopqrstuv");
        me.isAdmin = true;
        me.quotaSizeInBytes = 1000;
        me.quotaUsageInBytes = 10;
        SyncUserV1 other;
        other.id = QStringLiteral("u2");
        other.name = QStringLiteral("Other");
        other.deletedAt = QStringLiteral("2026-01-01T00:00:00.000Z"); // soft-deleted users are kept
        auto r = apply(store, {ev(E::AuthUserV1, me), ev(E::UserV1, other)});
        MIRROR_VERIFY_OK(r);
        QCOMPARE(r.value.inserted, 2);
        QCOMPARE(count(store, QStringLiteral("SELECT has_pin_code FROM auth_user")), 1);
        QCOMPARE(count(store, QStringLiteral("SELECT quota_size_in_bytes FROM auth_user")), 1000);
        // The PIN hash is stored nowhere.
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM auth_user")));
        QVERIFY(q.next());
        for (int i = 0; i < q.record().count(); ++i)
            QVERIFY(!q.value(i).toString().contains(QLatin1StringView("$2b$")));
        QCOMPARE(store.selfUserId(), QStringLiteral("me"));
        QCOMPARE(
            value(store, QStringLiteral("SELECT deleted_at FROM users WHERE id = 'u2'")).toString(),
            other.deletedAt);

        other.name = QStringLiteral("Renamed");
        r = apply(store, {ev(E::UserV1, other)});
        MIRROR_VERIFY_OK(r);
        QCOMPARE(r.value.inserted, 0);
        QCOMPARE(r.value.updated, 1);
        QCOMPARE(value(store, QStringLiteral("SELECT name FROM users WHERE id = 'u2'")).toString(),
            QStringLiteral("Renamed"));

        r = apply(store,
            {ev(E::UserDeleteV1, SyncUserDeleteV1 {QStringLiteral("u2")}),
                ev(E::UserDeleteV1, SyncUserDeleteV1 {QStringLiteral("missing")})});
        MIRROR_VERIFY_OK(r);
        QCOMPARE(r.value.deleted, 1);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM users")), 0);
    }

    void partners_data() { addPathRows(); }
    void partners()
    {
        QFETCH(bool, native);
        MirrorStore store;
        openStore(store, native);
        auto r = apply(store,
            {ev(E::PartnerV1, SyncPartnerV1 {QStringLiteral("p"), QStringLiteral("me"), true}),
                ev(E::PartnerV1,
                    SyncPartnerV1 {QStringLiteral("me"), QStringLiteral("p"), false})});
        MIRROR_VERIFY_OK(r);
        QCOMPARE(r.value.inserted, 2);
        r = apply(store,
            {ev(E::PartnerV1, SyncPartnerV1 {QStringLiteral("p"), QStringLiteral("me"), false})});
        QCOMPARE(r.value.updated, 1);
        QCOMPARE(count(store,
                     QStringLiteral("SELECT in_timeline FROM partners WHERE shared_by_id = 'p'")),
            0);
        r = apply(store,
            {ev(E::PartnerDeleteV1,
                SyncPartnerDeleteV1 {QStringLiteral("me"), QStringLiteral("p")})});
        MIRROR_VERIFY_OK(r);
        QCOMPARE(r.value.deleted, 1);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM partners")), 1);
    }

    void assetsAllFields_data() { addPathRows(); }
    void assetsAllFields()
    {
        QFETCH(bool, native);
        MirrorStore store;
        openStore(store, native);
        SyncAssetV1 a = asset(QStringLiteral("a1"), QStringLiteral("me"),
            QStringLiteral("2023-01-02T03:04:05.000Z"), QStringLiteral("VIDEO"));
        a.isFavorite = true;
        a.deletedAt = QStringLiteral("2024-01-01T00:00:00.000Z");
        a.visibility = QStringLiteral("archive");
        a.livePhotoVideoId = QStringLiteral("lp");
        a.stackId = QStringLiteral("s1");
        a.libraryId = QStringLiteral("lib");
        a.isEdited = true;
        a.originalFileName = QStringLiteral("Ünïcödé 写真.mov");
        a.createdAt = QStringLiteral("2023-01-03T00:00:00.000Z");
        a.durationMs = 72345;
        MIRROR_VERIFY_OK(apply(store, {ev(E::AssetV2, a)}));
        auto det = store.assetDetails(QStringLiteral("a1"));
        MIRROR_VERIFY_OK(det);
        QVERIFY(det.value.has_value());
        const SyncAssetV1 &b = det.value->asset;
        QCOMPARE(b.ownerId, a.ownerId);
        QCOMPARE(b.originalFileName, a.originalFileName);
        QCOMPARE(b.thumbhash, a.thumbhash);
        QCOMPARE(b.checksum, a.checksum);
        QCOMPARE(b.fileCreatedAt, a.fileCreatedAt);
        QCOMPARE(b.fileModifiedAt, a.fileModifiedAt);
        QCOMPARE(b.localDateTime, a.localDateTime);
        QCOMPARE(b.duration, a.duration);
        QCOMPARE(b.durationMs, a.durationMs);
        QCOMPARE(b.type, a.type);
        QCOMPARE(b.deletedAt, a.deletedAt);
        QCOMPARE(b.isFavorite, true);
        QCOMPARE(b.visibility, a.visibility);
        QCOMPARE(b.livePhotoVideoId, a.livePhotoVideoId);
        QCOMPARE(b.stackId, a.stackId);
        QCOMPARE(b.libraryId, a.libraryId);
        QCOMPARE(b.width, a.width);
        QCOMPARE(b.height, a.height);
        QCOMPARE(b.isEdited, true);
        QCOMPARE(b.createdAt, a.createdAt);
        QCOMPARE(det.value->sources, int(AssetSourceOwn));
        QVERIFY(!det.value->exif.has_value());

        // A later V1 row keeps the V2-only fields; nulls stay nulls.
        SyncAssetV1 v1 = a;
        v1.createdAt = QString();
        v1.durationMs.reset();
        v1.thumbhash = QString();
        v1.width.reset();
        MIRROR_VERIFY_OK(apply(store, {ev(E::AssetV1, v1)}));
        det = store.assetDetails(QStringLiteral("a1"));
        QCOMPARE(det.value->asset.createdAt, a.createdAt);
        QCOMPARE(det.value->asset.durationMs, a.durationMs);
        QVERIFY(det.value->asset.thumbhash.isNull());
        QVERIFY(!det.value->asset.width.has_value());
    }

    void sameAssetThreeSourcesIsOneRow_data() { addPathRows(); }
    void sameAssetThreeSourcesIsOneRow()
    {
        QFETCH(bool, native);
        MirrorStore store;
        openStore(store, native);
        const SyncAssetV1 a = asset(QStringLiteral("x"), QStringLiteral("p"));
        auto r = apply(store, {ev(E::PartnerAssetV1, a)});
        QCOMPARE(r.value.inserted, 1);
        r = apply(store, {ev(E::AlbumAssetCreateV1, a), ev(E::AlbumAssetBackfillV2, a)});
        MIRROR_VERIFY_OK(r);
        QCOMPARE(r.value.inserted, 0);
        QCOMPARE(r.value.updated, 2);
        SyncAssetV1 changed = a;
        changed.isFavorite = true;
        MIRROR_VERIFY_OK(apply(store, {ev(E::AssetV1, changed)}));
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM assets")), 1);
        QCOMPARE(count(store, QStringLiteral("SELECT sources FROM assets")),
            AssetSourceOwn | AssetSourcePartner | AssetSourceAlbum);
        QCOMPARE(count(store, QStringLiteral("SELECT is_favorite FROM assets")), 1);

        // Every asset-carrying type lands in the one table.
        const QList<E> types {E::AssetV1, E::AssetV2, E::PartnerAssetV1, E::PartnerAssetV2,
            E::PartnerAssetBackfillV1, E::PartnerAssetBackfillV2, E::AlbumAssetV1,
            E::AlbumAssetCreateV1, E::AlbumAssetUpdateV1, E::AlbumAssetBackfillV1,
            E::AlbumAssetCreateV2, E::AlbumAssetUpdateV2, E::AlbumAssetBackfillV2};
        int n = 0;
        for (E t : types)
            MIRROR_VERIFY_OK(
                apply(store, {ev(t, asset(QStringLiteral("t%1").arg(++n), QStringLiteral("o")))}));
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM assets")), 1 + types.size());
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM assets WHERE sources = 4")), 7);
    }

    void assetDeletes_data() { addPathRows(); }
    void assetDeletes()
    {
        QFETCH(bool, native);
        MirrorStore store;
        openStore(store, native);
        MIRROR_VERIFY_OK(apply(store,
            {ev(E::AssetV1, asset(QStringLiteral("a"), QStringLiteral("me"))),
                ev(E::AssetV1, asset(QStringLiteral("b"), QStringLiteral("me"))),
                ev(E::PartnerAssetV1, asset(QStringLiteral("c"), QStringLiteral("p")))}));
        auto r = apply(store,
            {ev(E::AssetDeleteV1, SyncAssetDeleteV1 {QStringLiteral("a")}),
                ev(E::AssetDeleteV1, SyncAssetDeleteV1 {QStringLiteral("nope")})});
        MIRROR_VERIFY_OK(r);
        QCOMPARE(r.value.deleted, 1);
        r = apply(store, {ev(E::PartnerAssetDeleteV1, SyncAssetDeleteV1 {QStringLiteral("c")})});
        QCOMPARE(r.value.deleted, 1);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM assets")), 1);
    }

    void exif_data() { addPathRows(); }
    void exif()
    {
        QFETCH(bool, native);
        MirrorStore store;
        openStore(store, native);
        // Exif may arrive before its asset: no foreign keys.
        SyncAssetExifV1 e;
        e.assetId = QStringLiteral("a");
        e.make = QStringLiteral("Canon");
        e.model = QStringLiteral("EOS");
        e.latitude = 48.85;
        e.longitude = 2.35;
        e.fNumber = 2.8;
        e.iso = 200;
        e.fileSizeInByte = 123456789012LL;
        e.city = QStringLiteral("Paris");
        e.dateTimeOriginal = QStringLiteral("2024-05-18T10:22:31.000Z");
        e.description = QStringLiteral("");
        MIRROR_VERIFY_OK(apply(store, {ev(E::AssetExifV1, e)}));
        MIRROR_VERIFY_OK(
            apply(store, {ev(E::AssetV1, asset(QStringLiteral("a"), QStringLiteral("me")))}));
        auto det = store.assetDetails(QStringLiteral("a"));
        QVERIFY(det.value->exif.has_value());
        const SyncAssetExifV1 &x = *det.value->exif;
        QCOMPARE(x.make, e.make);
        QCOMPARE(x.latitude, e.latitude);
        QCOMPARE(x.fNumber, e.fNumber);
        QCOMPARE(x.iso, e.iso);
        QCOMPARE(x.fileSizeInByte, e.fileSizeInByte);
        QCOMPARE(x.city, e.city);
        QCOMPARE(x.dateTimeOriginal, e.dateTimeOriginal);
        QVERIFY(!x.description.isNull());
        QVERIFY(x.description.isEmpty());
        QVERIFY(x.lensModel.isNull());
        QVERIFY(!x.rating.has_value());
        for (E t : {E::PartnerAssetExifV1, E::PartnerAssetExifBackfillV1, E::AlbumAssetExifV1,
                 E::AlbumAssetExifCreateV1, E::AlbumAssetExifUpdateV1,
                 E::AlbumAssetExifBackfillV1}) {
            e.city = entityTypeName(t);
            MIRROR_VERIFY_OK(apply(store, {ev(t, e)}));
            QCOMPARE(value(store, QStringLiteral("SELECT city FROM exif")).toString(),
                entityTypeName(t));
        }
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM exif")), 1);
    }

    void stacks_data() { addPathRows(); }
    void stacks()
    {
        QFETCH(bool, native);
        MirrorStore store;
        openStore(store, native);
        SyncStackV1 s {QStringLiteral("s1"), QStringLiteral("2024-01-01T00:00:00.000Z"),
            QStringLiteral("2024-01-02T00:00:00.000Z"), QStringLiteral("a1"), QStringLiteral("me")};
        SyncStackV1 ps = s;
        ps.id = QStringLiteral("s2");
        ps.ownerId = QStringLiteral("p");
        SyncStackV1 pb = ps;
        pb.id = QStringLiteral("s3");
        MIRROR_VERIFY_OK(apply(store,
            {ev(E::StackV1, s), ev(E::PartnerStackV1, ps), ev(E::PartnerStackBackfillV1, pb)}));
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM stacks")), 3);
        s.primaryAssetId = QStringLiteral("a2");
        auto r = apply(store, {ev(E::StackV1, s)});
        QCOMPARE(r.value.updated, 1);
        QCOMPARE(value(store, QStringLiteral("SELECT primary_asset_id FROM stacks WHERE id = 's1'"))
                     .toString(),
            QStringLiteral("a2"));
        r = apply(store,
            {ev(E::StackDeleteV1, SyncStackDeleteV1 {QStringLiteral("s1")}),
                ev(E::PartnerStackDeleteV1, SyncStackDeleteV1 {QStringLiteral("s2")})});
        QCOMPARE(r.value.deleted, 2);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM stacks")), 1);
    }

    void albums_data() { addPathRows(); }
    void albums()
    {
        QFETCH(bool, native);
        MirrorStore store;
        openStore(store, native);
        SyncAlbumV1 al;
        al.id = QStringLiteral("al");
        al.ownerId = QStringLiteral("me");
        al.name = QStringLiteral("Holidays");
        al.description = QStringLiteral("");
        al.thumbnailAssetId = QStringLiteral("ahead"); // may point ahead
        al.order = QStringLiteral("desc");
        MIRROR_VERIFY_OK(apply(store, {ev(E::AlbumV1, al)}));
        // AlbumV2 (v3) carries no owner: the known one stays.
        SyncAlbumV1 v2 = al;
        v2.ownerId = QString();
        v2.name = QStringLiteral("Summer");
        MIRROR_VERIFY_OK(apply(store, {ev(E::AlbumV2, v2)}));
        QCOMPARE(value(store, QStringLiteral("SELECT owner_id FROM albums")).toString(),
            QStringLiteral("me"));
        QCOMPARE(value(store, QStringLiteral("SELECT name FROM albums")).toString(),
            QStringLiteral("Summer"));

        MIRROR_VERIFY_OK(apply(store,
            {ev(E::AlbumUserV1,
                 SyncAlbumUserV1 {
                     QStringLiteral("al"), QStringLiteral("u2"), QStringLiteral("viewer")}),
                ev(E::AlbumUserV1,
                    SyncAlbumUserV1 {
                        QStringLiteral("al"), QStringLiteral("u3"), QStringLiteral("editor")})}));
        MIRROR_VERIFY_OK(apply(store,
            {ev(E::AlbumUserBackfillV1,
                SyncAlbumUserV1 {
                    QStringLiteral("al"), QStringLiteral("u2"), QStringLiteral("editor")})}));
        QCOMPARE(value(store, QStringLiteral("SELECT role FROM album_users WHERE user_id = 'u2'"))
                     .toString(),
            QStringLiteral("editor"));
        auto r = apply(store,
            {ev(E::AlbumUserDeleteV1,
                SyncAlbumUserDeleteV1 {QStringLiteral("al"), QStringLiteral("u3")})});
        QCOMPARE(r.value.deleted, 1);

        MIRROR_VERIFY_OK(apply(store,
            {ev(E::AlbumToAssetV1, SyncAlbumToAssetV1 {QStringLiteral("al"), QStringLiteral("a1")}),
                ev(E::AlbumToAssetV1,
                    SyncAlbumToAssetV1 {QStringLiteral("al"), QStringLiteral("a2")})}));
        r = apply(store,
            {ev(E::AlbumToAssetBackfillV1,
                SyncAlbumToAssetV1 {QStringLiteral("al"), QStringLiteral("a1")})});
        QCOMPARE(r.value.inserted, 0);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM album_assets")), 2);
        r = apply(store,
            {ev(E::AlbumToAssetDeleteV1,
                SyncAlbumToAssetDeleteV1 {QStringLiteral("al"), QStringLiteral("a2")})});
        QCOMPARE(r.value.deleted, 1);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM album_assets")), 1);
    }

    void memories_data() { addPathRows(); }
    void memories()
    {
        QFETCH(bool, native);
        MirrorStore store;
        openStore(store, native);
        SyncMemoryV1 m;
        m.id = QStringLiteral("m1");
        m.ownerId = QStringLiteral("me");
        m.type = QStringLiteral("on_this_day");
        m.data = QJsonObject {{QStringLiteral("year"), 2020}};
        m.memoryAt = QStringLiteral("2020-05-18T00:00:00.000Z");
        MIRROR_VERIFY_OK(apply(store, {ev(E::MemoryV1, m)}));
        QCOMPARE(value(store, QStringLiteral("SELECT data FROM memories")).toString(),
            QStringLiteral("{\"year\":2020}"));
        MIRROR_VERIFY_OK(apply(store,
            {ev(E::MemoryToAssetV1, SyncMemoryAssetV1 {QStringLiteral("m1"), QStringLiteral("a1")}),
                ev(E::MemoryToAssetV1,
                    SyncMemoryAssetV1 {QStringLiteral("m1"), QStringLiteral("a2")})}));
        auto r = apply(store,
            {ev(E::MemoryToAssetDeleteV1,
                SyncMemoryAssetDeleteV1 {QStringLiteral("m1"), QStringLiteral("a1")})});
        QCOMPARE(r.value.deleted, 1);
        r = apply(store, {ev(E::MemoryDeleteV1, SyncMemoryDeleteV1 {QStringLiteral("m1")})});
        QCOMPARE(r.value.deleted, 1);
        QCOMPARE(r.value.cascaded, 1);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM memory_assets")), 0);
    }

    void peopleAndFaces_data() { addPathRows(); }
    void peopleAndFaces()
    {
        QFETCH(bool, native);
        MirrorStore store;
        openStore(store, native);
        SyncPersonV1 p;
        p.id = QStringLiteral("p1");
        p.ownerId = QStringLiteral("me");
        p.name = QStringLiteral("Ada");
        p.birthDate = QStringLiteral("1990-05-14T00:00:00.000Z");
        p.faceAssetId = QStringLiteral("ahead");
        MIRROR_VERIFY_OK(apply(store, {ev(E::PersonV1, p)}));
        SyncAssetFaceV1 f;
        f.id = QStringLiteral("f1");
        f.assetId = QStringLiteral("a1");
        f.personId = QStringLiteral("p1");
        f.imageWidth = 100;
        f.boundingBoxX2 = 50;
        f.sourceType = QStringLiteral("machine-learning");
        SyncAssetFaceV1 f2 = f;
        f2.id = QStringLiteral("f2");
        f2.deletedAt = QStringLiteral("2024-01-01T00:00:00.000Z");
        f2.isVisible = false;
        MIRROR_VERIFY_OK(apply(store, {ev(E::AssetFaceV1, f)}));
        MIRROR_VERIFY_OK(apply(store, {ev(E::AssetFaceV2, f2)}));
        QCOMPARE(
            count(store, QStringLiteral("SELECT is_visible FROM asset_faces WHERE id = 'f2'")), 0);
        QCOMPARE(
            count(store, QStringLiteral("SELECT bounding_box_x2 FROM asset_faces WHERE id = 'f1'")),
            50);
        auto r = apply(store, {ev(E::PersonDeleteV1, SyncPersonDeleteV1 {QStringLiteral("p1")})});
        QCOMPARE(r.value.deleted, 1);
        QCOMPARE(count(store,
                     QStringLiteral("SELECT COUNT(*) FROM asset_faces WHERE person_id IS NULL")),
            2);
        r = apply(store, {ev(E::AssetFaceDeleteV1, SyncAssetFaceDeleteV1 {QStringLiteral("f1")})});
        QCOMPARE(r.value.deleted, 1);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM asset_faces")), 1);
    }

    void metadataAndEdits_data() { addPathRows(); }
    void metadataAndEdits()
    {
        QFETCH(bool, native);
        MirrorStore store;
        openStore(store, native);
        const QJsonObject prefs {
            {QStringLiteral("folders"), QJsonObject {{QStringLiteral("enabled"), true}}}};
        MIRROR_VERIFY_OK(apply(store,
            {ev(E::UserMetadataV1,
                SyncUserMetadataV1 {QStringLiteral("me"), QStringLiteral("preferences"), prefs})}));
        QCOMPARE(
            QJsonDocument::fromJson(
                value(store, QStringLiteral("SELECT value FROM user_metadata")).toString().toUtf8())
                .object(),
            prefs);
        auto r = apply(store,
            {ev(E::UserMetadataDeleteV1,
                SyncUserMetadataDeleteV1 {QStringLiteral("me"), QStringLiteral("preferences")})});
        QCOMPARE(r.value.deleted, 1);

        MIRROR_VERIFY_OK(apply(store,
            {ev(E::AssetMetadataV1,
                SyncAssetMetadataV1 {QStringLiteral("a1"), QStringLiteral("mobile-app"),
                    QJsonObject {{QStringLiteral("iCloudId"), QStringLiteral("x")}}})}));
        r = apply(store,
            {ev(E::AssetMetadataDeleteV1,
                SyncAssetMetadataDeleteV1 {QStringLiteral("a1"), QStringLiteral("mobile-app")})});
        QCOMPARE(r.value.deleted, 1);

        SyncAssetEditV1 ed {QStringLiteral("e1"), QStringLiteral("a1"), QStringLiteral("rotate"),
            QJsonObject {{QStringLiteral("angle"), 90}}, 0};
        SyncAssetEditV1 ed2 {QStringLiteral("e2"), QStringLiteral("a1"), QStringLiteral("mirror"),
            QJsonObject {{QStringLiteral("axis"), QStringLiteral("horizontal")}}, 1};
        MIRROR_VERIFY_OK(apply(store, {ev(E::AssetEditV1, ed), ev(E::AssetEditV1, ed2)}));
        QCOMPARE(
            count(store, QStringLiteral("SELECT sequence FROM asset_edits WHERE id = 'e2'")), 1);
        r = apply(store, {ev(E::AssetEditDeleteV1, SyncAssetEditDeleteV1 {QStringLiteral("e1")})});
        QCOMPARE(r.value.deleted, 1);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM asset_edits")), 1);
    }

    void controlAndUnknownStoreNothing()
    {
        MirrorStore store;
        openStore(store, true);
        SyncEvent unknown = ev(E::Unknown, SyncEmpty {});
        unknown.typeName = QStringLiteral("AssetOcrV1");
        auto r = apply(store,
            {ev(E::SyncAckV1, SyncEmpty {}, QStringLiteral("PartnerAssetBackfillV1|x|complete")),
                unknown, ev(E::SyncCompleteV1, SyncEmpty {}),
                ev(E::SyncResetV1, SyncEmpty {}, QStringLiteral("SyncResetV1|reset"))});
        MIRROR_VERIFY_OK(r);
        QCOMPARE(r.value.skipped, 4);
        QCOMPARE(r.value.total(), 0);
        auto counts = store.tableCounts();
        MIRROR_VERIFY_OK(counts);
        for (auto it = counts.value.cbegin(); it != counts.value.cend(); ++it)
            QCOMPARE(it.value(), 0);
    }

    void wrongPayloadIsRejectedAndRolledBack()
    {
        MirrorStore store;
        openStore(store, true);
        QList<SyncEvent> events {ev(E::AssetV1, asset(QStringLiteral("a"), QStringLiteral("me"))),
            ev(E::AssetV1, SyncEmpty {})};
        auto r = apply(store, events);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, Error::Kind::InvalidInput);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM assets")), 0);
        // A run whose events disagree with its type.
        r = store.apply(E::AssetV1, std::span<const SyncEvent>(events.constData(), 1));
        MIRROR_VERIFY_OK(r);
        const QList<SyncEvent> mixed {ev(E::UserV1, SyncUserV1 {})};
        r = store.apply(E::AssetV1, std::span<const SyncEvent>(mixed.constData(), 1));
        QVERIFY(!r.ok());
    }

    void idempotentRedelivery_data() { addPathRows(); }
    void idempotentRedelivery()
    {
        QFETCH(bool, native);
        MirrorStore store;
        openStore(store, native);
        QList<SyncEvent> run;
        for (int i = 0; i < 50; ++i)
            run << ev(E::AssetV1, asset(QStringLiteral("id%1").arg(i), QStringLiteral("me")));
        run << ev(E::AssetDeleteV1, SyncAssetDeleteV1 {QStringLiteral("id3")});
        MIRROR_VERIFY_OK(apply(store, run));
        auto again = apply(store, run); // an interrupted run re-delivered
        MIRROR_VERIFY_OK(again);
        QCOMPARE(again.value.inserted, 1); // id3 comes back before it is deleted again
        QCOMPARE(again.value.updated, 49);
        QCOMPARE(again.value.deleted, 1);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM assets")), 49);
    }
};

QTEST_GUILESS_MAIN(MirrorApplyTest)
#include "mirror_apply.moc"
