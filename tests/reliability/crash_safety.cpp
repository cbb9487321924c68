// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: a child process (this executable with --child: the real SyncService writing the
// real mirror) syncs from the in-process dev server and is killed with SIGKILL at 20 points of
// its first sync (by events reported, by bytes received, by time). After each kill the mirror
// must open (WAL, integrity_check), the server's acks must not be past what the mirror
// committed, and a restarted child must finish with the mirror identical to the server.

#include "ReliabilityEnv.h"
#include "models/RunHistoryModel.h"

#include "mirror/MirrorHealth.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>

#include <csignal>
#include <cstdio>

using namespace Tidemark;
using namespace Reliability;

namespace {

//! The child: one stream run; prints "p <events> <bytes>" on every progress tick, exits with 0
//! on a complete run, 3 otherwise. The session token comes in the environment.
int runChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() < 5)
        return 2;
    SyncService svc;
    SyncConnection c;
    c.apiBase = QUrl(a.at(2));
    c.sessionToken = qEnvironmentVariable("TIDEMARK_CHILD_TOKEN");
    c.userId = a.at(3);
    c.serverVersion = QVersionNumber(2, 7, 5);
    c.mirrorPath = a.at(4);
    svc.setConnection(c);
    SyncTuning t;
    t.retry.maxRetries = 0;
    t.batchLines = 200;
    t.progressIntervalMs = 20;
    svc.setTuning(t);
    QObject::connect(&svc, &SyncService::progress, &app, [](const RunProgress &p) {
        std::printf(
            "p %lld %lld\n", static_cast<long long>(p.events), static_cast<long long>(p.bytes));
        std::fflush(stdout);
    });
    int code = 3;
    QObject::connect(&svc, &SyncService::runFinished, &app, [&code, &app](const RunResult &r) {
        if (r.outcome == RunOutcome::ResetByServer)
            return;
        code = r.outcome == RunOutcome::Complete ? 0 : 3;
        if (code != 0)
            std::fprintf(stderr, "child run: %s\n", qPrintable(r.error.technicalDetails()));
        app.quit();
    });
    svc.startStream(StreamOptions());
    app.exec();
    return code;
}

struct KillPoint
{
    enum class By { Events, Bytes, Time } by;
    qint64 at;
};

} // namespace

class CrashSafetyTest : public QObject
{
    Q_OBJECT
public:
    QString self;

private:
    Env env;
    QList<RefLine> reference;
    qint64 totalBytes = 0;
    qint64 runMs = 0;

    QProcess *startChild()
    {
        auto *child = new QProcess(this);
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("TIDEMARK_CHILD_TOKEN"), env.token);
        child->setProcessEnvironment(e);
        child->setProcessChannelMode(QProcess::SeparateChannels);
        child->start(self,
            {QStringLiteral("--child"), env.connection().apiBase.toString(),
                env.server.adminUserId(), env.mirrorPath()});
        return child;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(env.start(multiTypeSpec(4000, 800)));
        env.server.setChunkPerLine(true); // like the real server: one chunk per line
        StreamOptions probe;
        probe.mode = AckMode::DryRun;
        probe.jsonlExportPath = env.dir.filePath(QStringLiteral("reference.jsonl"));
        const RunResult r = env.streamOnce(probe);
        QCOMPARE(r.outcome, RunOutcome::Complete);
        reference = readStream(probe.jsonlExportPath);
        totalBytes = r.bytes;
        QVERIFY(reference.size() > 5000);
        // How long a child's run takes here, from its first progress line to its exit: the time
        // points are fractions of it.
        env.newSession();
        QProcess *child = startChild();
        QElapsedTimer running;
        while (child->state() != QProcess::NotRunning) {
            child->waitForReadyRead(5);
            if (!running.isValid() && child->canReadLine())
                running.start();
            child->readAll();
        }
        QCOMPARE(child->exitCode(), 0);
        runMs = running.elapsed();
        delete child;
        qInfo("a child's run takes %lld ms", runMs);
    }

    void killedAtTwentyPoints_data()
    {
        QTest::addColumn<int>("by");
        QTest::addColumn<double>("fraction");
        // Events and bytes: spread over the whole run; time: from the child's first progress on.
        for (double f : {0.02, 0.1, 0.2, 0.3, 0.45, 0.6, 0.75, 0.9})
            QTest::addRow("events-%.2f", f) << int(KillPoint::By::Events) << f;
        for (double f : {0.05, 0.25, 0.5, 0.7, 0.85, 0.97})
            QTest::addRow("bytes-%.2f", f) << int(KillPoint::By::Bytes) << f;
        // Time: within the first half of a run measured once here (runs vary with the machine's
        // load).
        for (double f : {0.03, 0.1, 0.18, 0.26, 0.34, 0.42})
            QTest::addRow("time-%.2f", f) << int(KillPoint::By::Time) << f;
    }

    void killedAtTwentyPoints()
    {
        QFETCH(int, by);
        QFETCH(double, fraction);
        const KillPoint point {KillPoint::By(by),
            by == int(KillPoint::By::Events)      ? qint64(fraction * double(reference.size()))
                : by == int(KillPoint::By::Bytes) ? qint64(fraction * double(totalBytes))
                                                  : qint64(fraction * double(runMs))};
        env.newSession();
        QProcess *child = startChild();
        QVERIFY(child->waitForStarted());
        QElapsedTimer clock;
        clock.start();
        bool killed = false;
        qint64 events = 0, bytes = 0, killMs = -1;
        QElapsedTimer running; // from the first progress line: the run is under way
        while (!killed && child->state() == QProcess::Running && clock.elapsed() < 60000) {
            if (point.by == KillPoint::By::Time && running.isValid()) {
                if (running.elapsed() >= point.at)
                    killed = true;
                else
                    child->waitForReadyRead(
                        int(qBound(qint64(1), point.at - running.elapsed(), qint64(5))));
            } else {
                child->waitForReadyRead(5);
            }
            while (child->canReadLine()) {
                const QList<QByteArray> f = child->readLine().trimmed().split(' ');
                if (f.size() == 3 && f[0] == "p") {
                    if (!running.isValid())
                        running.start();
                    events = f[1].toLongLong();
                    bytes = f[2].toLongLong();
                }
            }
            if ((point.by == KillPoint::By::Events && events >= point.at)
                || (point.by == KillPoint::By::Bytes && bytes >= point.at))
                killed = true;
            if (killed) {
                killMs = running.isValid() ? running.elapsed() : -1;
                const qint64 pid = child->processId();
                QVERIFY(pid > 0); // never kill(0, …): that is this whole process group
                ::kill(pid_t(pid), SIGKILL);
            }
        }
        QVERIFY2(killed, "the child finished before the kill point");
        QVERIFY(child->waitForFinished(10000));
        QCOMPARE(child->exitStatus(), QProcess::CrashExit);
        delete child;

        // The mirror opens, passes the full integrity check, is still in WAL mode.
        const MirrorHealthReport health
            = MirrorHealth::check(env.mirrorPath(), MirrorHealth::Depth::Full);
        QVERIFY2(health.ok(), qPrintable(health.message()));
        qint64 committedAtKill = 0;
        {
            MirrorView m(env.mirrorPath());
            QVERIFY2(!m.openError.isError(), qPrintable(m.openError.technicalDetails()));
            QCOMPARE(m.column(QStringLiteral("PRAGMA journal_mode")),
                QStringList {QStringLiteral("wal")});
            const QString bad = checkAcksNotAhead(env.serverCheckpoints(), m);
            QVERIFY2(bad.isEmpty(), qPrintable(bad));
            committedAtKill = m.assetIds().size();
        }

        // Restart: the run resumes and the mirror ends identical to the server.
        QProcess *again = startChild();
        QVERIFY(again->waitForFinished(60000));
        QCOMPARE(again->exitStatus(), QProcess::NormalExit);
        QVERIFY2(again->exitCode() == 0, again->readAllStandardError().constData());
        delete again;
        // The killed run is not "running" forever: the next run found it and says what happened.
        const auto runs = RunHistoryModel::readRuns(env.mirrorPath(), 10);
        QVERIFY(runs.ok());
        QVERIFY(runs.value.size() >= 2);
        for (const RunHistoryEntry &r : runs.value)
            QVERIFY2(r.outcome != u"running", qPrintable(r.kind));
        QCOMPARE(runs.value.at(0).outcome, QStringLiteral("complete"));
        QCOMPARE(runs.value.at(1).outcome, QStringLiteral("interrupted"));
        QCOMPARE(RunHistoryModel::errorSentence(runs.value.at(1).error),
            RunHistoryModel::tr("Tidemark was closed before this run ended."));
        // Its length is not known: the window shows none rather than "0 ms".
        QVERIFY(!runs.value.at(1).finished.isValid());
        {
            RunHistoryModel model;
            QSignalSpy refreshed(&model, &RunHistoryModel::refreshed);
            model.setMirrorPath(env.mirrorPath());
            QVERIFY(refreshed.wait(5000));
            QCOMPARE(model.index(1, RunHistoryModel::OutcomeColumn).data().toString(),
                QStringLiteral("interrupted"));
            QVERIFY(model.index(1, RunHistoryModel::DurationColumn).data().toString().isEmpty());
            QVERIFY(!model.index(0, RunHistoryModel::DurationColumn).data().toString().isEmpty());
        }
        MirrorView m(env.mirrorPath());
        const QString same = checkMirrorEqualsServer(env, m, reference);
        QVERIFY2(same.isEmpty(), qPrintable(same));
        const QString bad = checkAcksNotAhead(env.serverCheckpoints(), m);
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
        qInfo(
            "killed at %lld events / %lld bytes / %lld ms into the run; %lld assets were committed",
            events, bytes, killMs, committedAtKill);
    }
};

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
    CrashSafetyTest test;
    test.self = QCoreApplication::applicationFilePath();
    return QTest::qExec(&test, argc, argv);
}

#include "crash_safety.moc"
