// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
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
// The window process is this executable with `--window`: the real window (AppController and
// MainWindow on the offscreen platform) logs in to the dev server with the password, opens the
// account's mirror its usual way (header check, background quick_check, readers, a SyncService
// that waits for another writer), runs its periodic sync every second and reconnects after every
// fifth run. The headless commands
// then use that window's session, as they do when they take the account the window saved. The
// window process prints what went wrong on stdout (a failed run, the -wal deleted or replaced
// under its open connections, a read that failed, the waiting sentence not shown); the test
// reads it at the end.

#include "CliRunner.h"
#include "ReliabilityEnv.h"
#include "UiTestEnv.h"

#include "AppController.h"
#include "MainWindow.h"
#include "desktop/PeriodicSync.h"
#include "mirror/MirrorLocation.h"
#include "mirror/MirrorStore.h"
#include "panels/SyncPanel.h"
#include "sync/SyncService.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSqlError>
#include <QTimer>

#include <sys/stat.h>

using namespace Tidemark;
using namespace Tidemark::Test;

namespace {

ino_t inodeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_ino;
}

void say(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

//! argv: --window <mirrorDir> <serverUrl> <stopFile>
//! The real window (AppController + MainWindow, offscreen) logged in with the password, its
//! periodic sync every second.
int runWindow(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList a = app.arguments();
    const QString mirrorDir = a.at(2), serverUrl = a.at(3), stopFile = a.at(4);
    Test::setUpUiEnvironment(); // private settings, no keychain
    MirrorLocation::setDefaultDirectoryOverride(mirrorDir);

    AppController controller;
    MainWindow window(&controller);
    window.resize(1200, 800);
    window.show();
    SyncService *sync = controller.syncService();
    SyncPanel *panel = window.syncPanel();

    int runs = 0, complete = 0, waits = 0;
    QString mirror;
    ino_t walInode = 0, dbInode = 0;
    std::unique_ptr<MirrorStore> reader;
    QObject::connect(&controller, &AppController::errorOccurred, &app,
        [](const Error &e, const QString &context) {
            say(QStringLiteral("error: %1: %2").arg(context, e.technicalDetails()));
        });
    QObject::connect(&controller, &AppController::stateChanged, &app, [&](AppController::State s) {
        if (s != AppController::State::Connected || !mirror.isEmpty())
            return;
        mirror = controller.mirrorPath();
        dbInode = inodeOf(mirror);
        reader = std::make_unique<MirrorStore>();
        MirrorOpenOptions ro;
        ro.readOnly = true;
        ro.quickCheck = false;
        if (const Error e = reader->open(mirror, ro))
            say(QStringLiteral("reader: %1").arg(e.technicalDetails()));
        say(QStringLiteral("connected %1").arg(mirror));
        window.periodicSync()->setInterval(1000);
        window.periodicSync()->tick();
    });
    QObject::connect(sync, &SyncService::waitingForMirror, &app, [&](qint64 pid) {
        ++waits;
        const QString expected
            = QStringLiteral("Another Tidemark process (pid %1) is syncing this account.").arg(pid);
        if (!panel->outcomeLabel()->text().startsWith(expected)
            || !panel->cancelButton()->isEnabled())
            say(QStringLiteral("waiting-shown-wrong: %1").arg(panel->outcomeLabel()->text()));
    });
    QObject::connect(sync, &SyncService::runFinished, &app, [&](const RunResult &r) {
        ++runs;
        if (r.outcome == RunOutcome::Complete)
            ++complete;
        else if (r.outcome != RunOutcome::Cancelled && r.outcome != RunOutcome::ResetByServer)
            say(QStringLiteral("run-failed: %1 %2")
                    .arg(runOutcomeName(r.outcome), r.error.technicalDetails()));
        if (walInode == 0 && r.outcome == RunOutcome::Complete)
            walInode = inodeOf(mirror + QStringLiteral("-wal"));
        // Now and then the account is checked again (as after a network change): the window's
        // open path runs once more beside its open connections.
        if (runs % 5 == 0)
            QTimer::singleShot(0, &controller, &AppController::reconnect);
    });
    controller.logIn(
        serverUrl, TidemarkDev::DevServer::adminEmail(), TidemarkDev::DevServer::adminPassword());

    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &app, [&] {
        if (mirror.isEmpty())
            return;
        // Our connections are open: SQLite never deletes or replaces the -wal then.
        if (walInode != 0) {
            const ino_t now = inodeOf(mirror + QStringLiteral("-wal"));
            if (now != walInode)
                say(QStringLiteral("wal-deleted: inode %1 -> %2").arg(walInode).arg(now));
        }
        if (inodeOf(mirror) != dbInode)
            say(QStringLiteral("mirror-replaced"));
        QSqlQuery q(reader->database());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM assets")) || !q.next())
            say(QStringLiteral("read-failed: %1").arg(q.lastError().text()));
        if (QFileInfo::exists(stopFile)) {
            watch.stop();
            window.periodicSync()->setInterval(0);
            if (sync->isRunning())
                sync->cancel();
            QTimer::singleShot(0, &app, [&] {
                QElapsedTimer t;
                t.start();
                while (sync->isRunning() && t.elapsed() < 30000)
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
                say(QStringLiteral("summary runs=%1 complete=%2 waits=%3")
                        .arg(runs)
                        .arg(complete)
                        .arg(waits));
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

    QStringList serverArgs() const
    {
        return {QStringLiteral("--server"), m_server.baseUrl().toString()};
    }
    QHash<QString, QString> env() const
    {
        return {{QStringLiteral("TIDEMARK_SESSION_TOKEN"), m_token}};
    }

    CliResult cli(QStringList args) { return m_cli.run(args << serverArgs(), {}, env(), 60000); }

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
        if (const Error e = view.store.integrityCheck())
            return QStringLiteral("integrity_check: %1").arg(e.technicalDetails());
        const QSet<QString> mine = view.assetIds();
        const QSet<QString> theirs
            = Reliability::toSet(m_server.visibleAssetIds(m_server.adminUserId()));
        if (mine != theirs)
            return QStringLiteral("assets differ: mirror %1, server %2 (missing %3, extra %4)")
                .arg(mine.size())
                .arg(theirs.size())
                .arg((theirs - mine).size())
                .arg((mine - theirs).size());
        const QSet<QString> albums
            = Reliability::toSet(view.column(QStringLiteral("SELECT id FROM albums")));
        if (albums != Reliability::toSet(m_server.albumIds(m_server.adminUserId())))
            return QStringLiteral("albums differ");
        const QStringList dup
            = view.column(QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT id) FROM assets"));
        if (dup != QStringList {QStringLiteral("0")})
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
        QProcessEnvironment windowEnv = m_cli.environment();
        windowEnv.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        window.setProcessEnvironment(windowEnv);
        const QStringList sessionsBefore
            = m_server.sessionTokens(TidemarkDev::DevServer::adminEmail());
        window.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--window"), QFileInfo(m_mirror).absolutePath(),
                m_server.baseUrl().toString(), stop});
        QVERIFY(window.waitForStarted(10000));
        QByteArray windowOut;
        QElapsedTimer wait;
        wait.start();
        while (!windowOut.contains("connected ") && wait.elapsed() < 30000
            && window.state() == QProcess::Running) {
            window.waitForReadyRead(200);
            windowOut += window.readAllStandardOutput();
        }
        QVERIFY2(windowOut.contains("connected " + m_mirror.toUtf8()), windowOut.constData());
        // The headless commands use the window's session, as they do when they take the saved
        // account the window logged in to.
        QStringList newSessions = m_server.sessionTokens(TidemarkDev::DevServer::adminEmail());
        for (const QString &t : sessionsBefore)
            newSessions.removeAll(t);
        QCOMPARE(newSessions.size(), 1);
        m_token = newSessions.first();
        QTest::qWait(1500); // its first sync is under way

        QElapsedTimer clock;
        clock.start();
        QStringList failures;
        for (int i = 0; i < iterations && failures.isEmpty(); ++i) {
            changeLibrary(i);
            const QString types
                = (i % 2) ? QStringLiteral("AlbumV1") : QStringLiteral("AssetExifV1");
            const QList<QPair<QString, QStringList>> commands {
                {QStringLiteral("stream"), {QStringLiteral("stream")}},
                {QStringLiteral("reconcile"), {QStringLiteral("reconcile")}},
                {QStringLiteral("acks delete"),
                    {QStringLiteral("acks"), QStringLiteral("delete"), QStringLiteral("--types"),
                        types}},
                {QStringLiteral("acks set"), {QStringLiteral("acks"), QStringLiteral("set")}},
                {QStringLiteral("status"), {QStringLiteral("status")}}};
            for (const auto &[name, args] : commands) {
                const CliResult r = cli(args);
                if (name == QLatin1StringView("status") && r.exitCode != 0)
                    failures
                        << QStringLiteral("status (read-only, never busy): %1").arg(r.describe());
                else if (const QString f
                         = accept(QStringLiteral("%1 (iteration %2)").arg(name).arg(i), r);
                         !f.isEmpty())
                    failures << f;
            }
        }
        const qint64 loopMs = clock.elapsed();

        QFile(stop).open(QIODevice::WriteOnly);
        QVERIFY(window.waitForFinished(60000));
        windowOut += window.readAllStandardOutput();
        qInfo().noquote() << iterations << "iterations in" << loopMs << "ms;" << m_busy
                          << "busy refusals; window:" << QString::fromUtf8(windowOut).trimmed();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1StringView("\n"))));
        QCOMPARE(window.exitCode(), 0);
        QVERIFY2(windowOut.contains("summary runs="), windowOut.constData());
        for (const char *bad : {"run-failed", "wal-deleted", "mirror-replaced", "read-failed",
                 "error:", "reader:", "waiting-shown-wrong"})
            QVERIFY2(!windowOut.contains(bad), windowOut.constData());

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
            const QStringList args = QStringList {QStringLiteral("stream")} << serverArgs();
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
    if (argc > 4 && qstrcmp(argv[1], "--window") == 0)
        return runWindow(argc, argv);
    QCoreApplication app(argc, argv);
    MultiProcessMirrorTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "multi_process_mirror.moc"
