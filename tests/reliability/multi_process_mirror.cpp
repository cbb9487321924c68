// One mirror, several processes: a window process syncing the account every second while
// headless commands (stream, reconcile, acks delete, acks set, status) run against the same
// mirror 50 times (TIDEMARK_MULTIPROC_ITERATIONS for shorter local runs), with library changes on
// the server between runs; then two headless streams started together.
//
// Every run either succeeds or is refused as busy (exit 9, "Another Tidemark process (pid N) is
// syncing this account."); the window waits for the lock instead of failing; its -wal is never
// deleted or replaced while it has the mirror open; and afterwards integrity_check is ok, the
// mirror equals the server and no server checkpoint is ahead of the mirror.
//
// The window process is this executable with `--window`: the window's mirror path as
// AppController runs it (MirrorHealth header check, background quick_check, a reader connection
// held open, a SyncService with the window's tuning: it waits for another writer), with a timer
// starting a stream every second like a one-second PeriodicSync; every third run it goes through
// the open path again with its connections open, as when the account is opened again. It prints what went wrong on
// stdout; the test reads it at the end.

#include "../cli/CliRunner.h"
#include "ReliabilityEnv.h"

#include "mirror/MirrorHealth.h"
#include "mirror/MirrorStore.h"
#include "sync/SyncService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QTimer>

#include <sys/stat.h>

using namespace Tidemark;
using namespace Tidemark::Test;

namespace {

ino_t inodeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_ino;
}

void say(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

//! argv: --window <mirror> <apiBase> <token> <userId> <stopFile>
int runWindow(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    const QString mirror = a.at(2), stopFile = a.at(6);
    SyncConnection c;
    c.apiBase = QUrl(a.at(3));
    c.sessionToken = a.at(4);
    c.userId = a.at(5);
    c.serverVersion = QVersionNumber(2, 7, 5);
    c.mirrorPath = mirror;
    c.inactivityTimeoutMs = 20000;

    // The window's open path.
    if (const MirrorHealthReport h = MirrorHealth::check(mirror, MirrorHealth::Depth::Header); !h.ok())
        say(QStringLiteral("damaged: %1").arg(h.message()));
    QFuture<MirrorHealthReport> quick = MirrorHealth::checkInBackground(mirror, MirrorHealth::Depth::Quick);
    MirrorStore reader;
    MirrorOpenOptions ro;
    ro.readOnly = true;
    ro.quickCheck = false;
    if (const ApiError e = reader.open(mirror, ro))
        say(QStringLiteral("reader: %1").arg(e.technicalDetails()));

    SyncService sync;
    SyncTuning tuning;
    tuning.retry.maxRetries = 0;
    tuning.waitForOtherWriter = true; // as AppController sets it
    sync.setConnection(c);
    sync.setTuning(tuning);

    int runs = 0, complete = 0, waits = 0;
    ino_t walInode = 0;
    const ino_t dbInode = inodeOf(mirror);
    QObject::connect(&sync, &SyncService::waitingForMirror, &app, [&waits](qint64) { ++waits; });
    QObject::connect(&sync, &SyncService::runFinished, &app, [&](const RunResult &r) {
        ++runs;
        if (r.outcome == RunOutcome::Complete)
            ++complete;
        else if (r.outcome != RunOutcome::Cancelled && r.outcome != RunOutcome::ResetByServer)
            say(QStringLiteral("run-failed: %1 %2").arg(runOutcomeName(r.outcome), r.error.technicalDetails()));
        if (walInode == 0 && r.outcome == RunOutcome::Complete)
            walInode = inodeOf(mirror + QStringLiteral("-wal"));
        // The account opened again (reconnect, log in again) while the sync worker and the
        // reader keep their connections: the window's open path once more.
        if (runs % 3 == 0) {
            if (const MirrorHealthReport h = MirrorHealth::check(mirror, MirrorHealth::Depth::Header); !h.ok())
                say(QStringLiteral("damaged: %1").arg(h.message()));
            if (const MirrorHealthReport h = MirrorHealth::checkInBackground(mirror).result(); !h.ok())
                say(QStringLiteral("damaged: %1").arg(h.message()));
        }
    });
    QTimer periodic;
    QObject::connect(&periodic, &QTimer::timeout, &app, [&sync] {
        if (!sync.isRunning())
            sync.startStream(StreamOptions{});
    });
    periodic.start(1000);
    sync.startStream(StreamOptions{});

    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &app, [&] {
        // Our connections are open: SQLite never deletes or replaces the -wal then.
        if (walInode != 0) {
            const ino_t now = inodeOf(mirror + QStringLiteral("-wal"));
            if (now != walInode)
                say(QStringLiteral("wal-deleted: inode %1 -> %2").arg(walInode).arg(now));
        }
        if (inodeOf(mirror) != dbInode)
            say(QStringLiteral("mirror-replaced"));
        QSqlQuery q(reader.database());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM assets")) || !q.next())
            say(QStringLiteral("read-failed: %1").arg(q.lastError().text()));
        if (QFileInfo::exists(stopFile)) {
            periodic.stop();
            watch.stop();
            if (sync.isRunning())
                sync.cancel();
            QTimer::singleShot(0, &app, [&] {
                QElapsedTimer t;
                t.start();
                while (sync.isRunning() && t.elapsed() < 30000)
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
                const MirrorHealthReport qr = quick.result();
                if (!qr.ok())
                    say(QStringLiteral("damaged: %1").arg(qr.message()));
                say(QStringLiteral("summary runs=%1 complete=%2 waits=%3").arg(runs).arg(complete).arg(waits));
                app.quit();
            });
        }
    });
    watch.start(100);
    return app.exec();
}

bool isBusy(const CliResult &r)
{
    return r.exitCode == 9
        && QString::fromUtf8(r.err).contains(QLatin1StringView("Another Tidemark process (pid "))
        && QString::fromUtf8(r.err).contains(QLatin1StringView(") is syncing this account."));
}

} // namespace

class MultiProcessMirrorTest : public QObject
{
    Q_OBJECT
    TidemarkDev::DevServer m_server;
    CliRunner m_cli;
    QString m_token, m_mirror;
    int m_busy = 0;
    QStringList m_assets; // own assets the test may change

    QStringList serverArgs() const { return {QStringLiteral("--server"), m_server.baseUrl().toString()}; }
    QHash<QString, QString> env() const { return {{QStringLiteral("TIDEMARK_SESSION_TOKEN"), m_token}}; }

    CliResult cli(QStringList args)
    {
        return m_cli.run(args << serverArgs(), {}, env(), 60000);
    }

    //! 0 or a declared busy; anything else fails the test with the command's output.
    QString accept(const QString &what, const CliResult &r)
    {
        if (r.exitCode == 0)
            return {};
        if (isBusy(r)) {
            ++m_busy;
            return {};
        }
        return QStringLiteral("%1: %2").arg(what, r.describe());
    }

    void changeLibrary(int i)
    {
        const QString admin = m_server.adminUserId();
        m_assets << m_server.addAssets(admin, 2);
        m_server.updateAsset(m_assets.at(i % m_assets.size()));
        if (i % 4 == 3 && m_assets.size() > 10)
            m_server.deleteAsset(m_assets.takeAt((i * 7) % m_assets.size()));
    }

    QString checkInvariants()
    {
        Reliability::MirrorView view(m_mirror);
        if (view.openError)
            return view.openError.technicalDetails();
        if (const ApiError e = view.store.integrityCheck())
            return QStringLiteral("integrity_check: %1").arg(e.technicalDetails());
        const QSet<QString> mine = view.assetIds();
        const QSet<QString> theirs = Reliability::toSet(m_server.visibleAssetIds(m_server.adminUserId()));
        if (mine != theirs)
            return QStringLiteral("assets differ: mirror %1, server %2 (missing %3, extra %4)")
                .arg(mine.size()).arg(theirs.size()).arg((theirs - mine).size()).arg((mine - theirs).size());
        const QSet<QString> albums = Reliability::toSet(view.column(QStringLiteral("SELECT id FROM albums")));
        if (albums != Reliability::toSet(m_server.albumIds(m_server.adminUserId())))
            return QStringLiteral("albums differ");
        const QStringList dup = view.column(QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT id) FROM assets"));
        if (dup != QStringList{QStringLiteral("0")})
            return QStringLiteral("duplicate assets");
        QHash<QString, QString> acks;
        for (const auto &[type, ack] : m_server.checkpoints(m_token))
            acks.insert(type, ack);
        return Reliability::checkAcksNotAhead(acks, view);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.setVersion(QStringLiteral("2.7.5")));
        m_server.generateLibrary(Reliability::multiTypeSpec(120, 30));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_token = m_server.createSession(TidemarkDev::DevServer::adminEmail());
        m_assets = m_server.ownedAssetIds(m_server.adminUserId()).mid(0, 40);
        const CliResult first = cli({QStringLiteral("stream"), QStringLiteral("--json")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        m_mirror = first.json().object().value(QStringLiteral("mirror")).toString();
        QVERIFY(QFileInfo::exists(m_mirror));
    }

    void windowAndHeadlessCommands()
    {
        const int iterations = qEnvironmentVariableIsSet("TIDEMARK_MULTIPROC_ITERATIONS")
            ? qEnvironmentVariableIntValue("TIDEMARK_MULTIPROC_ITERATIONS")
            : 50;
        const QString stop = m_cli.path(QStringLiteral("stop-window"));
        QProcess window;
        window.setProcessEnvironment(m_cli.environment());
        window.start(QCoreApplication::applicationFilePath(),
                     {QStringLiteral("--window"), m_mirror, m_server.baseUrl().toString() + QStringLiteral("/api"),
                      m_token, m_server.adminUserId(), stop});
        QVERIFY(window.waitForStarted(10000));
        QTest::qWait(1500); // its first sync is under way

        QElapsedTimer clock;
        clock.start();
        QStringList failures;
        for (int i = 0; i < iterations && failures.isEmpty(); ++i) {
            changeLibrary(i);
            const QString types = (i % 2) ? QStringLiteral("AlbumV1") : QStringLiteral("AssetExifV1");
            const QList<QPair<QString, QStringList>> commands{
                {QStringLiteral("stream"), {QStringLiteral("stream")}},
                {QStringLiteral("reconcile"), {QStringLiteral("reconcile")}},
                {QStringLiteral("acks delete"), {QStringLiteral("acks"), QStringLiteral("delete"), QStringLiteral("--types"), types}},
                {QStringLiteral("acks set"), {QStringLiteral("acks"), QStringLiteral("set")}},
                {QStringLiteral("status"), {QStringLiteral("status")}}};
            for (const auto &[name, args] : commands) {
                const CliResult r = cli(args);
                if (name == QLatin1StringView("status") && r.exitCode != 0)
                    failures << QStringLiteral("status (read-only, never busy): %1").arg(r.describe());
                else if (const QString f = accept(QStringLiteral("%1 (iteration %2)").arg(name).arg(i), r); !f.isEmpty())
                    failures << f;
            }
        }
        const qint64 loopMs = clock.elapsed();

        QFile(stop).open(QIODevice::WriteOnly);
        QVERIFY(window.waitForFinished(60000));
        const QString windowOut = QString::fromUtf8(window.readAllStandardOutput());
        qInfo().noquote() << iterations << "iterations in" << loopMs << "ms;" << m_busy << "busy refusals; window:"
                          << windowOut.trimmed();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1StringView("\n"))));
        QCOMPARE(window.exitCode(), 0);
        QVERIFY2(windowOut.contains(QLatin1StringView("summary runs=")), qPrintable(windowOut));
        for (const char *bad : {"run-failed", "wal-deleted", "mirror-replaced", "read-failed", "damaged", "reader:"})
            QVERIFY2(!windowOut.contains(QLatin1StringView(bad)), qPrintable(windowOut));

        // Nothing runs now: the next stream brings the mirror up to date.
        const CliResult last = cli({QStringLiteral("stream")});
        QVERIFY2(last.exitCode == 0, qPrintable(last.describe()));
        const QString problem = checkInvariants();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void twoHeadlessStreamsTogether()
    {
        int busy = 0, ok = 0;
        for (int round = 0; round < 10; ++round) {
            changeLibrary(round);
            QProcess a, b;
            for (QProcess *p : {&a, &b}) {
                QProcessEnvironment e = m_cli.environment();
                e.insert(QStringLiteral("TIDEMARK_SESSION_TOKEN"), m_token);
                p->setProcessEnvironment(e);
                p->setWorkingDirectory(m_cli.root());
            }
            const QStringList args = QStringList{QStringLiteral("stream")} << serverArgs();
            a.start(QStringLiteral(TIDEMARK_BIN), args);
            b.start(QStringLiteral(TIDEMARK_BIN), args);
            for (QProcess *p : {&a, &b}) {
                QVERIFY(p->waitForFinished(60000));
                CliResult r;
                r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -2;
                r.out = p->readAllStandardOutput();
                r.err = p->readAllStandardError();
                if (r.exitCode == 0)
                    ++ok;
                else if (isBusy(r))
                    ++busy;
                else
                    QFAIL(qPrintable(r.describe()));
            }
        }
        qInfo() << "two streams together:" << ok << "ran," << busy << "refused as busy";
        QVERIFY(ok >= 10); // at least one of each pair
        const CliResult last = cli({QStringLiteral("stream")});
        QVERIFY2(last.exitCode == 0, qPrintable(last.describe()));
        const QString problem = checkInvariants();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

int main(int argc, char **argv)
{
    if (argc > 6 && qstrcmp(argv[1], "--window") == 0)
        return runWindow(argc, argv);
    QCoreApplication app(argc, argv);
    MultiProcessMirrorTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "multi_process_mirror.moc"
