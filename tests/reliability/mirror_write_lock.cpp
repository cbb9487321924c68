// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// One writer per mirror across processes (MirrorWriteLock): a run that finds another process
// writing the mirror fails as busy at once (headless) or waits with waitingForMirror() until the
// lock is free or Cancel (the window); a lock left by a killed process is taken over; checkpoint
// operations refuse while another process writes; readers are never refused; a rebuild never
// renames the mirror under another process's run, and a run after another process rebuilt the
// mirror writes into the new file.
//
// The other process is this executable with `--hold <mirror>`: it takes the lock, prints
// "locked" and sleeps until killed or until its stdin closes.

#include "ReliabilityEnv.h"

#include "mirror/MirrorHealth.h"
#include "mirror/MirrorWriteLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QThread>

#include <csignal>

using namespace Tidemark;
using namespace Reliability;

namespace {

int runHolder(const QString &mirror)
{
    MirrorWriteLock lock(mirror);
    if (lock.tryLock().isError())
        return 3;
    std::printf("locked\n");
    std::fflush(stdout);
    char c;
    while (std::fread(&c, 1, 1, stdin) == 1) { }
    lock.unlock();
    return 0;
}

} // namespace

class MirrorWriteLockTest : public QObject
{
    Q_OBJECT
    Env env;

    //! Another process holding the write lock of the current mirror.
    std::unique_ptr<QProcess> holdLock()
    {
        auto p = std::make_unique<QProcess>();
        p->start(
            QCoreApplication::applicationFilePath(), {QStringLiteral("--hold"), env.mirrorPath()});
        if (!p->waitForStarted(10000) || !p->waitForReadyRead(10000)
            || !p->readAll().startsWith("locked"))
            return {};
        return p;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(env.start(multiTypeSpec(60, 10))); }

    void headlessRunIsRefusedAsBusy()
    {
        QCOMPARE(env.streamOnce().outcome, RunOutcome::Complete);
        auto holder = holdLock();
        QVERIFY(holder);
        const RunResult r = env.streamOnce();
        QCOMPARE(r.outcome, RunOutcome::Failed);
        QCOMPARE(r.error.kind, Error::Kind::Busy);
        QCOMPARE(r.error.userMessage(),
            QStringLiteral("Another Tidemark process (pid %1) is syncing this account.")
                .arg(holder->processId()));
        QCOMPARE(r.error.suggestedAction(), Error::Action::Retry);

        // Checkpoint operations that write refuse too; reading the mirror still works.
        QSignalSpy failed(env.svc.get(), &SyncService::operationFailed);
        QSignalSpy rows(env.svc.get(), &SyncService::checkpointsChanged);
        env.svc->discardPendingAcks({});
        QVERIFY(rows.wait(10000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(1).value<Error>().kind, Error::Kind::Busy);
        MirrorView view(env.mirrorPath());
        QVERIFY(!view.openError.isError());
        QVERIFY(!view.assetIds().isEmpty());

        holder->closeWriteChannel();
        QVERIFY(holder->waitForFinished(10000));
        QCOMPARE(env.streamOnce().outcome, RunOutcome::Complete);
    }

    void windowWaitsThenRuns()
    {
        env.tuning.waitForOtherWriter = true;
        env.applyTuning();
        auto holder = holdLock();
        QVERIFY(holder);
        env.server.addAssets(env.server.adminUserId(), 3);
        QSignalSpy waiting(env.svc.get(), &SyncService::waitingForMirror);
        QSignalSpy started(env.svc.get(), &SyncService::runStarted);
        QSignalSpy finished(env.svc.get(), &SyncService::runFinished);
        env.svc->startStream({});
        QVERIFY(waiting.wait(5000));
        QCOMPARE(waiting.first().at(0).toLongLong(), holder->processId());
        QTest::qWait(1200); // still waiting, nothing started
        QVERIFY(started.isEmpty());
        QVERIFY(finished.isEmpty());
        QVERIFY(env.svc->isRunning());

        holder->closeWriteChannel();
        QVERIFY(holder->waitForFinished(10000));
        QVERIFY(finished.wait(30000));
        QCOMPARE(started.size(), 1);
        QCOMPARE(finished.first().at(0).value<RunResult>().outcome, RunOutcome::Complete);
        MirrorView view(env.mirrorPath());
        QCOMPARE(view.assetIds(), toSet(env.server.visibleAssetIds(env.server.adminUserId())));
    }

    void cancelEndsTheWait()
    {
        auto holder = holdLock();
        QVERIFY(holder);
        QSignalSpy waiting(env.svc.get(), &SyncService::waitingForMirror);
        QSignalSpy finished(env.svc.get(), &SyncService::runFinished);
        env.svc->startStream({});
        QVERIFY(waiting.wait(5000));
        env.svc->cancel();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).value<RunResult>().outcome, RunOutcome::Cancelled);
        QVERIFY(!env.svc->isRunning());
        holder->closeWriteChannel();
        QVERIFY(holder->waitForFinished(10000));
        env.tuning.waitForOtherWriter = false;
        env.applyTuning();
    }

    void staleLockOfAKilledProcessIsTakenOver()
    {
        auto holder = holdLock();
        QVERIFY(holder);
        const QString lockFile = MirrorWriteLock::lockPathFor(env.mirrorPath());
        QVERIFY(QFileInfo::exists(lockFile));
        ::kill(pid_t(holder->processId()), SIGKILL);
        QVERIFY(holder->waitForFinished(10000));
        QVERIFY(QFileInfo::exists(lockFile)); // left behind
        QCOMPARE(env.streamOnce().outcome, RunOutcome::Complete);
    }

    void rebuildIsRefusedWhileAnotherProcessWrites()
    {
        // The window's "Rebuild" renames the files: never under another process's run, which
        // would go on writing (and acking) into the file moved aside.
        const QString path = env.mirrorPath();
        const QString dir = QFileInfo(path).absolutePath();
        const auto asideNow = [&] {
            return QDir(dir).entryList(
                {QFileInfo(path).fileName() + QStringLiteral(".corrupt-*")}, QDir::Files);
        };
        const QStringList before = asideNow();
        auto holder = holdLock();
        QVERIFY(holder);
        const MirrorResult<QString> moved = MirrorHealth::rebuild(path);
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error.kind, Error::Kind::Busy);
        QCOMPARE(moved.error.userMessage(),
            QStringLiteral("Another Tidemark process (pid %1) is syncing this account.")
                .arg(holder->processId()));
        QCOMPARE(asideNow(), before);
        QVERIFY(!MirrorHealth::setAside(path).ok());
        QCOMPARE(asideNow(), before);
        MirrorView view(path);
        QCOMPARE(view.assetIds(), toSet(env.server.visibleAssetIds(env.server.adminUserId())));
        holder->closeWriteChannel();
        QVERIFY(holder->waitForFinished(10000));
    }

    void aMirrorRebuiltByAnotherProcessIsOpenedAgain()
    {
        // Between two runs of this service (its connection stays open), another process rebuilds
        // the mirror. The next run must write into the new file, not the one moved aside.
        QCOMPARE(env.streamOnce().outcome, RunOutcome::Complete);
        const QString path = env.mirrorPath();
        const MirrorResult<QString> moved = MirrorHealth::rebuild(path);
        QVERIFY2(moved.ok(), qPrintable(moved.error.technicalDetails()));
        const qsizetype asideCount = MirrorView(*moved).assetIds().size();
        env.server.addAssets(env.server.adminUserId(), 2);

        QCOMPARE(env.streamOnce().outcome, RunOutcome::Complete);
        MirrorView fresh(path);
        QCOMPARE(fresh.assetIds(), toSet(env.server.visibleAssetIds(env.server.adminUserId())));
        QCOMPARE(MirrorView(*moved).assetIds().size(), asideCount); // untouched since it was moved
        QHash<QString, QString> acks;
        for (const auto &[type, ack] : env.server.checkpoints(env.token))
            acks.insert(type, ack);
        const QString ahead = checkAcksNotAhead(acks, fresh);
        QVERIFY2(ahead.isEmpty(), qPrintable(ahead));
    }
};

int main(int argc, char **argv)
{
    if (argc > 2 && qstrcmp(argv[1], "--hold") == 0) {
        QCoreApplication app(argc, argv);
        return runHolder(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    MirrorWriteLockTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "mirror_write_lock.moc"
