// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The month summary the writer keeps (MirrorSchema::monthSummary()): after every kind of write
// (new assets, a move to another month, archive, trash, a type change, deletes, a user's cascade,
// a bulk load with repeated ids, a wipe) the overview's counts from the summary equal the counts
// from a pass over `assets`; a bulk load drops it and the index build brings it back.

#include "MirrorTestUtil.h"

#include "mirror/MirrorSchema.h"

using namespace Tidemark;
using namespace Tidemark::MirrorTest;
using E = SyncEntityType;

namespace {

QString describe(const QList<MonthBucket> &buckets)
{
    QStringList out;
    for (const MonthBucket &b : buckets)
        out << QStringLiteral("%1:%2/%3/%4/%5/%6/%7")
                   .arg(b.month)
                   .arg(b.ownPhotos)
                   .arg(b.ownVideos)
                   .arg(b.partnerPhotos)
                   .arg(b.partnerVideos)
                   .arg(b.otherPhotos)
                   .arg(b.otherVideos);
    return out.join(QLatin1Char(' '));
}

QList<AssetFilter> filters()
{
    QList<AssetFilter> list;
    list << AssetFilter();
    AssetFilter overview; // what the window's overview asks
    overview.trashed = false;
    overview.hidden = false;
    overview.locked = false;
    list << overview;
    list << AssetFilter::timeline();
    AssetFilter mine;
    mine.owner = AssetFilter::Owner::Me;
    list << mine;
    AssetFilter partners;
    partners.owner = AssetFilter::Owner::Partners;
    list << partners;
    AssetFilter others;
    others.owner = AssetFilter::Owner::Others;
    list << others;
    AssetFilter videos;
    videos.types = {QStringLiteral("video")};
    list << videos;
    AssetFilter archived;
    archived.archived = true;
    list << archived;
    AssetFilter trash;
    trash.trashed = true;
    list << trash;
    AssetFilter ofP;
    ofP.ownerId = QStringLiteral("p");
    list << ofP;
    return list;
}

bool hasSummary(MirrorStore &store)
{
    return count(store,
               QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('asset_months',"
                              " 'asset_months_insert', 'asset_months_delete',"
                              " 'asset_months_update')"))
        == 4;
}

} // namespace

class MirrorMonthSummaryTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    //! The summary's answer against a pass over `assets` (a from-date before every asset is a
    //! filter the summary cannot answer, so it forces the pass), for every filter above.
    void verifySameAsScan(MirrorStore &store, const char *step)
    {
        for (const AssetFilter &f : filters()) {
            const auto fromSummary = store.assetsPerMonth(f);
            MIRROR_VERIFY_OK(fromSummary);
            AssetFilter scan = f;
            scan.from = QDate(1, 1, 1);
            const auto fromScan = store.assetsPerMonth(scan);
            MIRROR_VERIFY_OK(fromScan);
            QVERIFY2(describe(fromSummary.value) == describe(fromScan.value),
                qPrintable(QStringLiteral("%1: summary %2, assets %3")
                               .arg(QString::fromLatin1(step), describe(fromSummary.value),
                                   describe(fromScan.value))));
        }
    }

    static QList<SyncEvent> library()
    {
        QList<SyncEvent> events;
        SyncAuthUserV1 me;
        me.id = QStringLiteral("me");
        events << ev(E::AuthUserV1, me)
               << ev(E::PartnerV1, SyncPartnerV1 {QStringLiteral("p"), QStringLiteral("me"), true});
        for (int i = 0; i < 60; ++i) {
            const QString owner = i % 3 == 0 ? QStringLiteral("me")
                : i % 3 == 1                 ? QStringLiteral("p")
                                             : QStringLiteral("o");
            SyncAssetV1 a = asset(QStringLiteral("a%1").arg(i), owner,
                QStringLiteral("2024-%1-18T10:22:31.000Z").arg(i % 12 + 1, 2, 10, QLatin1Char('0')),
                i % 4 == 0 ? QStringLiteral("VIDEO") : QStringLiteral("IMAGE"));
            if (i % 7 == 0)
                a.visibility = QStringLiteral("archive");
            if (i % 11 == 0)
                a.deletedAt = QStringLiteral("2025-01-01T00:00:00.000Z");
            if (i % 13 == 0)
                a.visibility.clear();
            const E type = owner == QLatin1StringView("me") ? E::AssetV1
                : owner == QLatin1StringView("p")           ? E::PartnerAssetV1
                                                            : E::AlbumAssetCreateV1;
            events << ev(type, a);
        }
        return events;
    }

private Q_SLOTS:
    void keptByEveryWrite()
    {
        MirrorStore store;
        MIRROR_VERIFY_NO_ERROR(store.open(m_dir.filePath(QStringLiteral("writes.sqlite"))));
        QVERIFY(hasSummary(store));
        MIRROR_VERIFY_OK(apply(store, library()));
        QVERIFY(count(store, QStringLiteral("SELECT SUM(n) FROM asset_months")) > 0);
        verifySameAsScan(store, "new assets");

        // The same rows again (an upsert that changes nothing) leave the counts alone.
        MIRROR_VERIFY_OK(apply(store, library()));
        verifySameAsScan(store, "same rows again");

        SyncAssetV1 moved = asset(QStringLiteral("a3"), QStringLiteral("me"),
            QStringLiteral("2019-02-01T00:00:00.000Z"), QStringLiteral("IMAGE"));
        SyncAssetV1 archived = asset(QStringLiteral("a6"), QStringLiteral("me"),
            QStringLiteral("2024-07-18T10:22:31.000Z"), QStringLiteral("IMAGE"));
        archived.visibility = QStringLiteral("archive");
        SyncAssetV1 trashed = asset(QStringLiteral("a9"), QStringLiteral("me"),
            QStringLiteral("2024-10-18T10:22:31.000Z"), QStringLiteral("IMAGE"));
        trashed.deletedAt = QStringLiteral("2025-02-01T00:00:00.000Z");
        SyncAssetV1 restored = asset(QStringLiteral("a0"), QStringLiteral("me"),
            QStringLiteral("2024-01-18T10:22:31.000Z"), QStringLiteral("IMAGE"));
        SyncAssetV1 undated = asset(
            QStringLiteral("a12"), QStringLiteral("me"), QString(), QStringLiteral("VIDEO"));
        SyncAssetV1 audio = asset(QStringLiteral("a15"), QStringLiteral("me"),
            QStringLiteral("2024-04-18T10:22:31.000Z"), QStringLiteral("AUDIO"));
        MIRROR_VERIFY_OK(apply(store,
            {ev(E::AssetV1, moved), ev(E::AssetV1, archived), ev(E::AssetV1, trashed),
                ev(E::AssetV1, restored), ev(E::AssetV1, undated), ev(E::AssetV1, audio)}));
        verifySameAsScan(store, "moved, archived, trashed, restored, undated, audio");

        MIRROR_VERIFY_OK(apply(store,
            {ev(E::AssetDeleteV1, SyncAssetDeleteV1 {QStringLiteral("a18")}),
                ev(E::AssetDeleteV1, SyncAssetDeleteV1 {QStringLiteral("a21")})}));
        verifySameAsScan(store, "deleted");

        MIRROR_VERIFY_OK(
            apply(store, {ev(E::PartnerAssetDeleteV1, SyncAssetDeleteV1 {QStringLiteral("a1")})}));
        verifySameAsScan(store, "partner asset deleted");

        MIRROR_VERIFY_OK(
            apply(store, {ev(E::UserDeleteV1, SyncUserDeleteV1 {QStringLiteral("p")})}));
        verifySameAsScan(store, "a user and everything of theirs deleted");

        MIRROR_VERIFY_NO_ERROR(store.wipeServerData());
        QVERIFY(hasSummary(store));
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM asset_months")), 0);
        AssetFilter overview;
        overview.trashed = false;
        QVERIFY(store.assetsPerMonth(overview).value.isEmpty());
        MIRROR_VERIFY_OK(apply(store, library()));
        verifySameAsScan(store, "after a wipe");
    }

    void droppedByABulkLoadAndBuiltBack()
    {
        MirrorStore store;
        MirrorOpenOptions o;
        o.deferBrowserIndexes = true;
        MIRROR_VERIFY_NO_ERROR(store.open(m_dir.filePath(QStringLiteral("bulk.sqlite")), o));
        MIRROR_VERIFY_NO_ERROR(store.beginBulkLoad());
        QVERIFY(!hasSummary(store));
        QList<SyncEvent> events = library();
        events << library(); // every id twice: folded when the key is restored
        MIRROR_VERIFY_OK(apply(store, events));
        MIRROR_VERIFY_NO_ERROR(store.endBulkLoad(MirrorStore::IndexBuild::Deferred));
        QVERIFY(!hasSummary(store));
        auto ready = store.browserIndexesReady();
        MIRROR_VERIFY_OK(ready);
        QVERIFY(!ready.value); // the summary counts as missing with the indexes

        // Without it the counts come from `assets`, and they are right.
        AssetFilter overview;
        overview.trashed = false;
        overview.hidden = false;
        overview.locked = false;
        const auto before = store.assetsPerMonth(overview);
        MIRROR_VERIFY_OK(before);
        QVERIFY(!before.value.isEmpty());

        MIRROR_VERIFY_NO_ERROR(store.buildBrowserIndexes());
        QVERIFY(hasSummary(store));
        ready = store.browserIndexesReady();
        MIRROR_VERIFY_OK(ready);
        QVERIFY(ready.value);
        const auto after = store.assetsPerMonth(overview);
        MIRROR_VERIFY_OK(after);
        QCOMPARE(describe(after.value), describe(before.value));
        verifySameAsScan(store, "built after a bulk load");
    }

    void overviewReadsTheSummary()
    {
        // The overview's counts come from the summary (instant at a million assets), not from
        // a pass over `assets`: a count changed behind the triggers' back shows through it, and
        // only through it; a filter the summary cannot answer still counts the assets.
        MirrorStore store;
        MIRROR_VERIFY_NO_ERROR(store.open(m_dir.filePath(QStringLiteral("source.sqlite"))));
        MIRROR_VERIFY_OK(apply(store, library()));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("UPDATE asset_months SET n = n + 1000 WHERE month = "
                                      "'2024-01' AND owner_id = 'me' AND type = 'VIDEO'")));
        const int bumped = q.numRowsAffected(); // one row per (sources, visibility, trashed)
        QVERIFY(bumped > 0);
        AssetFilter all;
        qint64 fromSummary = 0, fromScan = 0;
        for (const MonthBucket &b : store.assetsPerMonth(all).value)
            fromSummary += b.ownVideos;
        AssetFilter scan;
        scan.from = QDate(1, 1, 1);
        for (const MonthBucket &b : store.assetsPerMonth(scan).value)
            fromScan += b.ownVideos;
        QCOMPARE(fromSummary, fromScan + 1000 * bumped);
        AssetFilter favourites;
        favourites.favorite = false;
        qint64 notFavourite = 0;
        for (const MonthBucket &b : store.assetsPerMonth(favourites).value)
            notFavourite += b.ownVideos;
        QCOMPARE(notFavourite, fromScan);
    }
};

QTEST_GUILESS_MAIN(MirrorMonthSummaryTest)
#include "mirror_month_summary.moc"
