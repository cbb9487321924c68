// RunHistory: begin/update/finish/list, abandoned runs.

#include "MirrorTestUtil.h"

#include "mirror/RunHistory.h"

using namespace Tidemark;
using namespace Tidemark::MirrorTest;
using namespace Tidemark::MirrorRuns;

class MirrorRunHistoryTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void lifecycle()
    {
        MirrorStore store;
        MIRROR_VERIFY_NO_ERROR(store.open(m_dir.filePath(QStringLiteral("runs.sqlite"))));
        RunHistory runs(store);
        auto id = runs.begin(RunKind::Stream, RunMode::Manual);
        MIRROR_VERIFY_OK(id);
        QVERIFY(id.value > 0);
        RunProgress p;
        p.bytes = 1234;
        p.events = 10;
        p.typeCounts.insert(QStringLiteral("AssetV1"), 7);
        p.typeCounts.insert(QStringLiteral("SyncCompleteV1"), 1);
        p.ackRequests = 2;
        MIRROR_VERIFY_NO_ERROR(runs.update(id.value, p));
        auto one = runs.run(id.value);
        QVERIFY(one.value.has_value());
        QCOMPARE(one.value->outcome, RunOutcome::Running);
        QCOMPARE(one.value->progress.typeCounts.value(QStringLiteral("AssetV1")), 7);
        QVERIFY(!one.value->finishedAt.isValid());

        p.events = 11;
        MIRROR_VERIFY_NO_ERROR(runs.finish(id.value, RunOutcome::Complete, {}, p));
        auto id2 = runs.begin(RunKind::FullSync, RunMode::DryRun);
        MIRROR_VERIFY_NO_ERROR(runs.finish(id2.value, RunOutcome::Error, QStringLiteral("disk full")));
        auto list = runs.list(10);
        MIRROR_VERIFY_OK(list);
        QCOMPARE(list.value.size(), 2);
        const RunRecord &latest = list.value.constFirst();
        QCOMPARE(latest.id, id2.value);
        QCOMPARE(latest.kind, RunKind::FullSync);
        QCOMPARE(latest.mode, RunMode::DryRun);
        QCOMPARE(latest.outcome, RunOutcome::Error);
        QCOMPARE(latest.errorText, QStringLiteral("disk full"));
        const RunRecord &first = list.value.constLast();
        QCOMPARE(first.kind, RunKind::Stream);
        QCOMPARE(first.mode, RunMode::Manual);
        QCOMPARE(first.outcome, RunOutcome::Complete);
        QCOMPARE(first.progress.bytes, 1234);
        QCOMPARE(first.progress.events, 11);
        QCOMPARE(first.progress.ackRequests, 2);
        QCOMPARE(first.progress.typeCounts, p.typeCounts);
        QVERIFY(first.finishedAt >= first.startedAt);
        QVERIFY(first.errorText.isEmpty());
        QCOMPARE(runs.list(1).value.size(), 1);
    }

    void abandonedRunsBecomeInterruptedAndPrune()
    {
        MirrorStore store;
        MIRROR_VERIFY_NO_ERROR(store.open(m_dir.filePath(QStringLiteral("abandoned.sqlite"))));
        RunHistory runs(store);
        for (int i = 0; i < 5; ++i)
            runs.begin(RunKind::DeltaSync, RunMode::Automatic);
        auto n = runs.markAbandoned();
        MIRROR_VERIFY_OK(n);
        QCOMPARE(n.value, 5);
        for (const RunRecord &r : runs.list().value) {
            QCOMPARE(r.outcome, RunOutcome::Interrupted);
            QVERIFY(r.finishedAt.isValid());
        }
        MIRROR_VERIFY_NO_ERROR(runs.prune(2));
        QCOMPARE(runs.list().value.size(), 2);
    }

    void names()
    {
        QCOMPARE(runKindName(RunKind::Reconcile), QStringLiteral("reconcile"));
        QCOMPARE(runModeName(RunMode::DryRun), QStringLiteral("dry-run"));
        QCOMPARE(runOutcomeName(RunOutcome::Cancelled), QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(MirrorRunHistoryTest)
#include "mirror_runhistory.moc"
