// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The asset browser's queries on 100,000 rows: filters, counts, keyset and offset paging, sorts,
// month buckets, details, and that the default page uses an index.

#include "MirrorTestUtil.h"

#include <QElapsedTimer>

#include <functional>

using namespace Tidemark;
using namespace Tidemark::MirrorTest;
using E = SyncEntityType;

namespace {
constexpr int kRows = 100000;

struct Meta
{
    QString id, owner, type, visibility, date, name;
    bool favorite = false, trashed = false, inAlbum = false;
};
} // namespace

class MirrorQueriesTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MirrorStore m_store;
    QList<Meta> m_meta;

    qint64 expected(const std::function<bool(const Meta &)> &pred) const
    {
        return std::count_if(m_meta.cbegin(), m_meta.cend(), pred);
    }

private Q_SLOTS:
    void initTestCase()
    {
        MIRROR_VERIFY_NO_ERROR(m_store.open(m_dir.filePath(QStringLiteral("q.sqlite"))));
        SyncAuthUserV1 me;
        me.id = QStringLiteral("me");
        MIRROR_VERIFY_OK(m_store.applyBatch({ev(E::AuthUserV1, me),
            ev(E::PartnerV1, SyncPartnerV1 {QStringLiteral("p"), QStringLiteral("me"), true})}));
        QElapsedTimer t;
        t.start();
        QList<SyncEvent> batch;
        QList<SyncEvent> links;
        m_meta.reserve(kRows);
        for (int i = 0; i < kRows; ++i) {
            Meta m;
            m.id = QStringLiteral("%1-0000-4000-8000-%2")
                       .arg(quint32(i * 2654435761u), 8, 16, QLatin1Char('0'))
                       .arg(i, 12, 10, QLatin1Char('0'));
            m.owner = i % 10 < 6 ? QStringLiteral("me")
                : i % 10 < 9     ? QStringLiteral("p")
                                 : QStringLiteral("o");
            m.type = i % 10 == 3 ? QStringLiteral("VIDEO") : QStringLiteral("IMAGE");
            m.visibility = i % 13 == 0 ? QStringLiteral("archive")
                : i % 19 == 0          ? QStringLiteral("hidden")
                : i % 23 == 0          ? QStringLiteral("locked")
                                       : QStringLiteral("timeline");
            // Ten years, a few duplicates of the same instant on purpose.
            const QDateTime dt
                = QDateTime(QDate(2015, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(i / 2) * 6311);
            m.date = dt.toString(Qt::ISODateWithMs);
            m.favorite = i % 7 == 0;
            m.trashed = i % 17 == 0;
            m.inAlbum = i % 50 == 0 || m.owner == QLatin1StringView("o");
            SyncAssetV1 a = asset(m.id, m.owner, m.date, m.type);
            a.originalFileName = m.name
                = QStringLiteral("%1_%2.%3")
                      .arg(i % 3 ? QStringLiteral("IMG") : QStringLiteral("DSC"))
                      .arg(i, 6, 10, QLatin1Char('0'))
                      .arg(m.type == QLatin1StringView("VIDEO") ? QStringLiteral("mp4")
                                                                : QStringLiteral("jpg"));
            a.visibility = m.visibility;
            a.isFavorite = m.favorite;
            if (m.trashed)
                a.deletedAt = QStringLiteral("2025-01-01T00:00:00.000Z");
            const E type = m.owner == QLatin1StringView("me") ? E::AssetV1
                : m.owner == QLatin1StringView("p")           ? E::PartnerAssetV1
                                                              : E::AlbumAssetCreateV1;
            batch << ev(type, a);
            if (m.inAlbum)
                links << ev(E::AlbumToAssetV1, SyncAlbumToAssetV1 {QStringLiteral("al"), m.id});
            m_meta << m;
            if (batch.size() == 5000) {
                MIRROR_VERIFY_OK(m_store.applyBatch(batch));
                batch.clear();
            }
        }
        MIRROR_VERIFY_OK(m_store.applyBatch(batch));
        MIRROR_VERIFY_OK(m_store.applyBatch(links));
        qInfo("inserted %d assets (with browser indexes) in %lld ms", kRows, t.elapsed());
        QCOMPARE(m_store.assetCount().value, kRows);
    }

    void counts()
    {
        QElapsedTimer t;
        t.start();
        AssetFilter f;
        QCOMPARE(m_store.countAssets(f).value, kRows);
        f = AssetFilter::timeline();
        QCOMPARE(m_store.countAssets(f).value, expected([](const Meta &m) {
            return !m.trashed && m.visibility == QLatin1StringView("timeline");
        }));
        f = {};
        f.archived = true;
        QCOMPARE(m_store.countAssets(f).value,
            expected([](const Meta &m) { return m.visibility == QLatin1StringView("archive"); }));
        f = {};
        f.hidden = true;
        QCOMPARE(m_store.countAssets(f).value,
            expected([](const Meta &m) { return m.visibility == QLatin1StringView("hidden"); }));
        f = {};
        f.locked = true;
        f.trashed = false;
        QCOMPARE(m_store.countAssets(f).value, expected([](const Meta &m) {
            return m.visibility == QLatin1StringView("locked") && !m.trashed;
        }));
        f = {};
        f.trashed = true;
        QCOMPARE(m_store.countAssets(f).value, expected([](const Meta &m) { return m.trashed; }));
        f = {};
        f.favorite = true;
        f.types = {QStringLiteral("VIDEO")};
        QCOMPARE(m_store.countAssets(f).value, expected([](const Meta &m) {
            return m.favorite && m.type == QLatin1StringView("VIDEO");
        }));
        f = {};
        f.owner = AssetFilter::Owner::Me;
        QCOMPARE(m_store.countAssets(f).value,
            expected([](const Meta &m) { return m.owner == QLatin1StringView("me"); }));
        f.owner = AssetFilter::Owner::Partners;
        QCOMPARE(m_store.countAssets(f).value,
            expected([](const Meta &m) { return m.owner == QLatin1StringView("p"); }));
        f.owner = AssetFilter::Owner::Others;
        QCOMPARE(m_store.countAssets(f).value,
            expected([](const Meta &m) { return m.owner == QLatin1StringView("o"); }));
        f = {};
        f.albumId = QStringLiteral("al");
        QCOMPARE(m_store.countAssets(f).value, expected([](const Meta &m) { return m.inAlbum; }));
        f = {};
        f.from = QDate(2016, 3, 1);
        f.to = QDate(2016, 3, 31);
        QCOMPARE(m_store.countAssets(f).value, expected([](const Meta &m) {
            return m.date >= QLatin1StringView("2016-03-01")
                && m.date < QLatin1StringView("2016-04-01");
        }));
        f = {};
        f.fileNameContains = QStringLiteral("dsc_0123");
        QCOMPARE(m_store.countAssets(f).value,
            expected([](const Meta &m) { return m.name.contains(QLatin1StringView("DSC_0123")); }));
        f.fileNameContains = QStringLiteral("%_");
        QCOMPARE(m_store.countAssets(f).value, 0);
        qInfo("13 counts over %d rows in %lld ms", kRows, t.elapsed());
    }

    void keysetPagingWalksTheTimelineInOrder()
    {
        const AssetFilter f = AssetFilter::timeline();
        const AssetSort sort; // local date, newest first
        QStringList expectedIds;
        {
            QList<const Meta *> list;
            for (const Meta &m : m_meta)
                if (!m.trashed && m.visibility == QLatin1StringView("timeline"))
                    list << &m;
            std::sort(list.begin(), list.end(), [](const Meta *a, const Meta *b) {
                return a->date != b->date ? a->date > b->date : a->id > b->id;
            });
            for (const Meta *m : list)
                expectedIds << m->id;
        }
        QElapsedTimer t;
        t.start();
        QStringList got;
        AssetPageRequest page;
        page.limit = 500;
        qint64 slowest = 0;
        for (;;) {
            QElapsedTimer pt;
            pt.start();
            auto rows = m_store.fetchAssets(f, sort, page);
            slowest = qMax(slowest, pt.elapsed());
            MIRROR_VERIFY_OK(rows);
            if (rows.value.isEmpty())
                break;
            for (const AssetRow &r : rows.value) {
                got << r.id;
                QVERIFY(!r.isTrashed());
                QCOMPARE(r.visibility, QStringLiteral("timeline"));
            }
            page.after = rows.value.constLast().cursor(sort);
        }
        qInfo("walked %lld timeline rows in pages of 500: %lld ms, slowest page %lld ms",
            qint64(got.size()), t.elapsed(), slowest);
        QCOMPARE(got.size(), expectedIds.size());
        QCOMPARE(got, expectedIds);
        QVERIFY2(slowest < 500, "a keyset page must not scan the table");

        // Offset paging lands on the same rows.
        AssetPageRequest off;
        off.limit = 10;
        off.offset = 20000;
        auto rows = m_store.fetchAssets(f, sort, off);
        QCOMPARE(rows.value.constFirst().id, expectedIds.at(20000));
    }

    void rowsCarryFlags()
    {
        AssetFilter f;
        f.albumId = QStringLiteral("al");
        f.owner = AssetFilter::Owner::Others;
        AssetPageRequest page;
        page.limit = 5;
        auto rows = m_store.fetchAssets(f, AssetSort {}, page);
        MIRROR_VERIFY_OK(rows);
        QCOMPARE(rows.value.size(), 5);
        for (const AssetRow &r : rows.value) {
            QVERIFY(r.inAlbum);
            QVERIFY(!r.isPartner);
            QVERIFY(!r.isOwn);
            QCOMPARE(r.ownerId, QStringLiteral("o"));
            QCOMPARE(r.sources, int(AssetSourceAlbum));
            QVERIFY(!r.thumbhash.isEmpty());
            QCOMPARE(r.width, 4000);
        }
        f = {};
        f.owner = AssetFilter::Owner::Partners;
        rows = m_store.fetchAssets(f, AssetSort {}, page);
        QCOMPARE(rows.value.size(), 5);
        for (const AssetRow &r : rows.value) {
            QVERIFY(r.isPartner);
            QVERIFY(!r.isOwn);
            QCOMPARE(r.ownerId, QStringLiteral("p"));
        }
        f = {};
        f.types = {QStringLiteral("VIDEO")};
        f.owner = AssetFilter::Owner::Me;
        rows = m_store.fetchAssets(f, AssetSort {}, page);
        QVERIFY(rows.value.constFirst().isOwn);
        QCOMPARE(rows.value.constFirst().durationMs, 72345); // parsed from "00:01:12.345"
    }

    void sortByFileName()
    {
        AssetFilter f;
        f.fileNameContains = QStringLiteral("IMG_00");
        AssetSort sort;
        sort.key = AssetSort::Key::FileName;
        sort.descending = false;
        AssetPageRequest page;
        page.limit = 100;
        auto first = m_store.fetchAssets(f, sort, page);
        MIRROR_VERIFY_OK(first);
        QCOMPARE(first.value.size(), 100);
        for (int i = 1; i < first.value.size(); ++i)
            QVERIFY(first.value[i - 1].originalFileName <= first.value[i].originalFileName);
        page.after = first.value.constLast().cursor(sort);
        auto second = m_store.fetchAssets(f, sort, page);
        QVERIFY(
            second.value.constFirst().originalFileName > first.value.constLast().originalFileName);
    }

    void defaultPageUsesAnIndex()
    {
        // The planner must walk an index in sort order rather than sort the table.
        for (const QString &where : {QStringLiteral("1"),
                 QStringLiteral("a.visibility = 'timeline' AND a.deleted_at IS NULL")}) {
            QSqlQuery q(m_store.database());
            QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT a.id FROM assets a WHERE %1 "
                                          "AND (a.local_date_time, a.id) < ('2020', 'z') "
                                          "ORDER BY a.local_date_time DESC, a.id DESC LIMIT 200")
                               .arg(where)));
            QString plan;
            while (q.next())
                plan += q.value(3).toString() + QLatin1Char('\n');
            QVERIFY2(plan.contains(QLatin1StringView("USING INDEX"))
                    || plan.contains(QLatin1StringView("COVERING INDEX")),
                qPrintable(plan));
            QVERIFY2(!plan.contains(QLatin1StringView("TEMP B-TREE")), qPrintable(plan));
        }
    }

    void monthBuckets()
    {
        AssetFilter f;
        f.trashed = false;
        auto buckets = m_store.assetsPerMonth(f);
        MIRROR_VERIFY_OK(buckets);
        QVERIFY(buckets.value.size() > 100);
        qint64 total = 0, ownVideos = 0, partnerPhotos = 0, other = 0;
        for (const MonthBucket &b : buckets.value) {
            total += b.total();
            ownVideos += b.ownVideos;
            partnerPhotos += b.partnerPhotos;
            other += b.otherPhotos + b.otherVideos;
        }
        QCOMPARE(total, expected([](const Meta &m) { return !m.trashed; }));
        QCOMPARE(ownVideos, expected([](const Meta &m) {
            return !m.trashed && m.owner == QLatin1StringView("me")
                && m.type == QLatin1StringView("VIDEO");
        }));
        QCOMPARE(partnerPhotos, expected([](const Meta &m) {
            return !m.trashed && m.owner == QLatin1StringView("p")
                && m.type == QLatin1StringView("IMAGE");
        }));
        QCOMPARE(other, expected([](const Meta &m) {
            return !m.trashed && m.owner == QLatin1StringView("o");
        }));
        QCOMPARE(buckets.value.constFirst().month, QStringLiteral("2015-01"));
    }

    void idsAndDetails()
    {
        auto all = m_store.allAssetIds();
        QCOMPARE(all.value.size(), kRows);
        auto mine = m_store.assetIdsByOwner(QStringLiteral("me"));
        QCOMPARE(mine.value.size(),
            expected([](const Meta &m) { return m.owner == QLatin1StringView("me"); }));
        auto det = m_store.assetDetails(m_meta.at(0).id);
        QVERIFY(det.value.has_value());
        QCOMPARE(det.value->albumIds, QStringList {QStringLiteral("al")});
        QVERIFY(!m_store.assetDetails(QStringLiteral("nope")).value.has_value());
        auto counts = m_store.tableCounts();
        QCOMPARE(counts.value.value(QStringLiteral("assets")), kRows);
        QCOMPARE(counts.value.value(QStringLiteral("album_assets")),
            expected([](const Meta &m) { return m.inAlbum; }));
    }

    // The panels' and the engine's lookups (partners for full/delta sync, the album chooser).
    void partnersAndAlbums()
    {
        MirrorStore store;
        MIRROR_VERIFY_NO_ERROR(store.open(m_dir.filePath(QStringLiteral("pa.sqlite"))));
        SyncAuthUserV1 me;
        me.id = QStringLiteral("me");
        auto album = [](const char *id, const char *name) {
            SyncAlbumV1 a;
            a.id = QString::fromLatin1(id);
            a.ownerId = QStringLiteral("me");
            a.name = QString::fromLatin1(name);
            return ev(E::AlbumV1, a);
        };
        MIRROR_VERIFY_OK(store.applyBatch({ev(E::AuthUserV1, me),
            ev(E::PartnerV1, SyncPartnerV1 {QStringLiteral("q"), QStringLiteral("me"), true}),
            ev(E::PartnerV1, SyncPartnerV1 {QStringLiteral("p"), QStringLiteral("me"), false}),
            ev(E::PartnerV1, SyncPartnerV1 {QStringLiteral("me"), QStringLiteral("x"), true}),
            album("b2", "beta"), album("a1", "Alpha"), album("c3", "")}));
        const auto partners = store.partnersSharingWith(QStringLiteral("me"));
        MIRROR_VERIFY_OK(partners);
        QCOMPARE(partners.value, (QStringList {QStringLiteral("p"), QStringLiteral("q")}));
        QCOMPARE(store.partnersSharingWith(QStringLiteral("x")).value,
            QStringList {QStringLiteral("me")});
        QVERIFY(store.partnersSharingWith(QStringLiteral("nobody")).value.isEmpty());
        const auto albums = store.albumNames();
        MIRROR_VERIFY_OK(albums);
        QCOMPARE(albums.value.size(), 3);
        QCOMPARE(albums.value.at(0), (QPair<QString, QString> {QStringLiteral("c3"), QString()}));
        QCOMPARE(albums.value.at(1).second, QStringLiteral("Alpha"));
        QCOMPARE(albums.value.at(2).second, QStringLiteral("beta"));
        QCOMPARE(store.albumNames(2).value.size(), 2);
    }

    void fullSyncRecords()
    {
        MirrorStore store;
        MIRROR_VERIFY_NO_ERROR(store.open(m_dir.filePath(QStringLiteral("full.sqlite"))));
        MirrorAssetRecord rec;
        rec.asset = asset(QStringLiteral("f1"), QStringLiteral("me"));
        rec.updatedAt = QStringLiteral("2025-02-02T00:00:00.000Z");
        rec.isOffline = true;
        SyncAssetExifV1 x;
        x.make = QStringLiteral("Nikon");
        rec.exif = x; // assetId filled from the asset
        rec.stack = SyncStackV1 {QStringLiteral("st"), {}, {}, QStringLiteral("f1"), {}};
        rec.stackAssetCount = 3;
        MirrorAssetRecord rec2;
        rec2.asset = asset(QStringLiteral("f2"), QStringLiteral("me"));
        auto r = store.applyAssetResponses({rec, rec2}, AssetSourceOwn);
        MIRROR_VERIFY_OK(r);
        QCOMPARE(r.value.inserted, 2);
        r = store.applyAssetResponses({rec}, AssetSourcePartner);
        QCOMPARE(r.value.updated, 1);
        auto det = store.assetDetails(QStringLiteral("f1"));
        QCOMPARE(det.value->updatedAt, rec.updatedAt);
        QVERIFY(det.value->isOffline);
        QCOMPARE(det.value->exif->make, QStringLiteral("Nikon"));
        QCOMPARE(det.value->sources, AssetSourceOwn | AssetSourcePartner);
        QCOMPARE(count(store, QStringLiteral("SELECT asset_count FROM stacks WHERE id = 'st'")), 3);
        QCOMPARE(
            value(store, QStringLiteral("SELECT owner_id FROM stacks WHERE id = 'st'")).toString(),
            QStringLiteral("me"));
        // A stream row later keeps the full-sync-only columns.
        MIRROR_VERIFY_OK(store.applyBatch({ev(E::AssetV1, rec.asset)}));
        QCOMPARE(store.assetDetails(QStringLiteral("f1")).value->updatedAt, rec.updatedAt);
    }
};

QTEST_GUILESS_MAIN(MirrorQueriesTest)
#include "mirror_queries.moc"
