// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Full sync (paginated per owner), delta sync (needsFullSync), reconcile (hard deletions), and the
// version gate, against the in-process dev server.

#include "SyncTestEnv.h"

using namespace Tidemark;
using namespace SyncTest;

namespace {
RunResult waitRun(SyncService &svc, const std::function<void()> &start)
{
    QSignalSpy spy(&svc, &SyncService::runFinished);
    start();
    if (!spy.wait(60000))
        return {};
    return spy.takeLast().at(0).value<RunResult>();
}
} // namespace

class SyncFullSyncTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullSyncPagesEveryOwner()
    {
        Env env;
        QVERIFY(env.start(QStringLiteral("2.7.5"), smallSpec(45, 13)));
        QSignalSpy pages(env.svc.get(), &SyncService::fullSyncPage);
        FullSyncOptions o;
        o.pageSize = 7;
        const RunResult r = waitRun(*env.svc, [&] { env.svc->startFullSync(o); });
        QVERIFY2(r.outcome == RunOutcome::Complete, qPrintable(r.error.technicalDetails()));
        QCOMPARE(r.kind, RunKind::FullSync);
        QHash<QString, int> perOwner, pagesPerOwner;
        int lastPages = 0;
        for (const auto &args : std::as_const(pages)) {
            perOwner[args.at(0).toString()] += args.at(1).toInt();
            ++pagesPerOwner[args.at(0).toString()];
            QVERIFY(args.at(1).toInt() <= 7);
            lastPages += args.at(2).toBool() ? 1 : 0;
        }
        const QString me = env.server.adminUserId(), bob = env.server.partnerUserId();
        QCOMPARE(perOwner.keys().size(), 2);
        QCOMPARE(lastPages, 2);
        QVERIFY(pagesPerOwner.value(me) >= 6);
        Mirror m(env.mirrorPath());
        const QSet<QString> mine = m.store.assetIdsByOwner(me).value;
        QCOMPARE(qsizetype(perOwner.value(me)), mine.size());
        QVERIFY(m.store.assetIdsByOwner(bob).value.size() > 0);
        // Everything listed is something the server shows this user.
        const QSet<QString> visible = env.serverVisibleIds();
        for (const QString &id : m.assetIds())
            QVERIFY(visible.contains(id));

        // An API key is enough for full sync.
        SyncConnection c = env.connection();
        c.sessionToken.clear();
        c.apiKey = env.server.createApiKey(TidemarkDev::DevServer::adminEmail());
        env.svc->setConnection(c);
        const RunResult withKey = waitRun(*env.svc, [&] { env.svc->startFullSync({}); });
        QCOMPARE(withKey.outcome, RunOutcome::Complete);
    }

    void deltaSyncAndNeedsFullSync()
    {
        Env env;
        QVERIFY(env.start());
        QCOMPARE(
            waitRun(*env.svc, [&] { env.svc->startFullSync({}); }).outcome, RunOutcome::Complete);
        const QString id = env.server.ownedAssetIds(env.server.adminUserId()).first();
        env.server.updateAsset(id);

        QSignalSpy delta(env.svc.get(), &SyncService::deltaSyncResult);
        DeltaSyncOptions recent;
        recent.updatedAfter = QDateTime::currentDateTimeUtc().addSecs(-5);
        const RunResult r = waitRun(*env.svc, [&] { env.svc->startDeltaSync(recent); });
        QVERIFY2(r.outcome == RunOutcome::Complete, qPrintable(r.error.technicalDetails()));
        QVERIFY(!r.needsFullSync);
        QCOMPARE(delta.size(), 1);
        QVERIFY(delta.at(0).at(0).toInt() >= 1);
        QCOMPARE(delta.at(0).at(2).toBool(), false);

        DeltaSyncOptions old;
        old.updatedAfter = QDateTime::currentDateTimeUtc().addDays(-200);
        const RunResult o = waitRun(*env.svc, [&] { env.svc->startDeltaSync(old); });
        // Nothing was applied: the outcome says so (never "complete").
        QCOMPARE(o.outcome, RunOutcome::FullSyncNeeded);
        QCOMPARE(runOutcomeName(o.outcome), QStringLiteral("full-sync-needed"));
        QVERIFY(o.needsFullSync);
        QCOMPARE(delta.last().at(2).toBool(), true);
    }

    void reconcileRemovesHardDeletedAssets()
    {
        Env env;
        QVERIFY(env.start());
        QCOMPARE(env.streamOnce().outcome, RunOutcome::Complete);
        const QString gone = env.server.ownedAssetIds(env.server.adminUserId()).first();
        QVERIFY(Mirror(env.mirrorPath()).assetIds().contains(gone));
        env.server.deleteAsset(gone);
        // Delta sync does not report it (current servers), reconcile does.
        DeltaSyncOptions recent;
        recent.updatedAfter = QDateTime::currentDateTimeUtc().addSecs(-60);
        waitRun(*env.svc, [&] { env.svc->startDeltaSync(recent); });
        QVERIFY(Mirror(env.mirrorPath()).assetIds().contains(gone));
        const RunResult r = waitRun(*env.svc, [&] { env.svc->startReconcile(); });
        QVERIFY2(r.outcome == RunOutcome::Complete, qPrintable(r.error.technicalDetails()));
        QCOMPARE(r.kind, RunKind::Reconcile);
        QVERIFY(r.perType.value(QStringLiteral("removed")) >= 1);
        const QSet<QString> ids = Mirror(env.mirrorPath()).assetIds();
        QVERIFY(!ids.contains(gone));
        QVERIFY(ids.size() > 10);
    }

    void removedInVersion3()
    {
        Env env;
        QVERIFY(env.start(QStringLiteral("3.1.0")));
        const RunResult r = waitRun(*env.svc, [&] { env.svc->startFullSync({}); });
        QCOMPARE(r.outcome, RunOutcome::Failed);
        QCOMPARE(kindName(r.error.kind), kindName(Error::Kind::Unsupported));
        const RunResult d = waitRun(*env.svc, [&] {
            DeltaSyncOptions o;
            o.updatedAfter = QDateTime::currentDateTimeUtc();
            env.svc->startDeltaSync(o);
        });
        QCOMPARE(d.error.kind, Error::Kind::Unsupported);
    }

    void checkpointsRefreshAndReset()
    {
        Env env;
        QVERIFY(env.start());
        QCOMPARE(env.streamOnce().outcome, RunOutcome::Complete);
        QSignalSpy cps(env.svc.get(), &SyncService::checkpointsChanged);
        env.svc->refreshCheckpoints();
        QVERIFY(cps.wait(10000));
        QList<CheckpointRow> rows = cps.takeLast().at(0).value<QList<CheckpointRow>>();
        bool assetAgrees = false;
        for (const CheckpointRow &r : rows)
            if (r.type == QLatin1StringView("AssetV1")) {
                assetAgrees = r.agree() && !r.serverAck.isEmpty();
                QVERIFY(r.serverTime.isValid());
            }
        QVERIFY(assetAgrees);

        env.svc->resetCheckpoints({QStringLiteral("AssetV1")});
        QVERIFY(cps.wait(10000));
        QVERIFY(!env.serverCheckpoints().contains(QStringLiteral("AssetV1")));
        QVERIFY(env.serverCheckpoints().contains(QStringLiteral("SyncCompleteV1")));
        rows = cps.takeLast().at(0).value<QList<CheckpointRow>>();
        for (const CheckpointRow &r : rows)
            QVERIFY(r.type != QLatin1StringView("AssetV1"));
        // The assets come again.
        const RunResult again = env.streamOnce();
        QVERIFY(again.perType.value(QStringLiteral("AssetV1")) > 10);

        env.svc->resetCheckpoints({});
        QVERIFY(cps.wait(10000));
        QVERIFY(env.serverCheckpoints().isEmpty());
    }
};

QTEST_GUILESS_MAIN(SyncFullSyncTest)
#include "sync_fullsync.moc"
