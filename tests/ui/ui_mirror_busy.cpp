// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window when its mirror is busy: another process is syncing the same account (one writer
// per mirror), or opening the mirror first upgrades it to this version's format.
//
// Another process syncing:
// Another process's run holds the mirror's write lock (MirrorWriteLock, a QLockFile next to the
// mirror: a second lock object in this process is refused like another process's would be). A sync
// started in the window then waits instead of failing: the Sync panel ("waiting for another
// process", and a sentence under the figures) and the status bar say "Another Tidemark process
// (pid N) is syncing this account.", Cancel stays available and ends the
// wait without a run in Recent runs; once the other run ends, the waiting sync starts by itself.

#include "AppController.h"
#include "MainWindow.h"
#include "UiTestEnv.h"
#include "mirror/MirrorSchema.h"
#include "mirror/MirrorStore.h"
#include "mirror/MirrorWriteLock.h"
#include "panels/OverviewPanel.h"
#include "panels/SyncPanel.h"
#include "sync/SyncService.h"

#include "DevServer.h"

#include <QCoreApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Tidemark;
using TidemarkDev::DevServer;

class UiMirrorBusyTest : public QObject
{
    Q_OBJECT
    DevServer m_server;

    static QString busySentence()
    {
        return QStringLiteral("Another Tidemark process (pid %1) is syncing this account.")
            .arg(QCoreApplication::applicationPid());
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::setUpUiEnvironment();
        TidemarkDev::LibrarySpec spec;
        spec.seed = 11;
        spec.ownAssets = 40;
        spec.partnerAssets = 5;
        m_server.generateLibrary(spec);
        QVERIFY(m_server.start(0));
    }

    void syncWaitsForAnotherProcess()
    {
        AppController app;
        MainWindow window(&app);
        window.resize(1200, 800);
        window.show();
        app.logIn(
            m_server.baseUrl().toString(), DevServer::adminEmail(), DevServer::adminPassword());
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::Connected, 20000);
        window.showPanel(MainWindow::SyncTab);
        SyncPanel *panel = window.syncPanel();
        SyncService *sync = app.syncService();
        QSignalSpy waiting(sync, &SyncService::waitingForMirror);
        QSignalSpy started(sync, &SyncService::runStarted);
        QSignalSpy finished(sync, &SyncService::runFinished);

        // The other process's run.
        MirrorWriteLock other(app.mirrorPath());
        QVERIFY(!other.tryLock().isError());

        panel->startButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(waiting.size() > 0, 10000);
        QCOMPARE(waiting.at(0).at(0).toLongLong(), QCoreApplication::applicationPid());
        QCOMPARE(started.size(), 0); // not a run yet
        QTRY_COMPARE(panel->phaseLabel()->text(), QStringLiteral("waiting for another process"));
        QCOMPARE(panel->outcomeLabel()->text(),
            busySentence()
                + QStringLiteral(
                    " This sync starts as soon as that one has finished; Cancel stops waiting."));
        // The status bar elides a long line and keeps the whole sentence in the tooltip.
        const QLabel *run = window.runLabel();
        QCOMPARE(run->toolTip().isEmpty() ? run->text() : run->toolTip(), busySentence());
        QVERIFY(panel->cancelButton()->isEnabled());
        QVERIFY(!panel->startButton()->isEnabled());
        Test::saveScreenshot(&window, QStringLiteral("sync-waiting-for-other-process"));

        // Cancel ends the wait: nothing ran, nothing was recorded.
        QTest::qWait(700); // a few retries of the lock
        panel->cancelButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const RunResult cancelled = finished.at(0).at(0).value<RunResult>();
        QCOMPARE(cancelled.outcome, RunOutcome::Cancelled);
        QCOMPARE(cancelled.error.kind, Error::Kind::Busy);
        QCOMPARE(started.size(), 0);
        QCOMPARE(panel->outcomeLabel()->text(),
            QStringLiteral(
                "Cancelled before it started, while another Tidemark process was syncing this "
                "account. Nothing was changed."));
        QVERIFY(panel->startButton()->isEnabled());
        QVERIFY(!panel->cancelButton()->isEnabled());
        QVERIFY(other.isLocked()); // the other process's lock is untouched

        // Started again; the other run ends while this one waits: it starts by itself and
        // completes.
        waiting.clear();
        finished.clear();
        panel->startButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(waiting.size() > 0, 10000);
        other.unlock();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(started.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<RunResult>().outcome, RunOutcome::Complete);
        QVERIFY(
            !panel->outcomeLabel()->text().contains(QLatin1StringView("Another Tidemark process")));

        // The window released the lock when its run ended.
        MirrorWriteLock afterwards(app.mirrorPath());
        QVERIFY(!afterwards.tryLock().isError());
    }

    void upgradeOnOpeningIsShown()
    {
        // A mirror the previous version wrote (schema 4): the window says it is being upgraded,
        // with its steps, while the sync thread opens it, and stops saying so when it is done.
        QString path;
        {
            AppController app;
            app.logIn(
                m_server.baseUrl().toString(), DevServer::adminEmail(), DevServer::adminPassword());
            QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::Connected, 20000);
            QSignalSpy finished(app.syncService(), &SyncService::runFinished);
            app.syncService()->startStream(StreamOptions());
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
            path = app.mirrorPath();
        }
        {
            MirrorStore store;
            QVERIFY(!store.open(path).isError());
            QSqlQuery q(store.database());
            for (const QString &sql : MirrorSchema::monthSummary().dropSql)
                QVERIFY(q.exec(sql));
            // Enough rows, with the exif dates the upgrade rewrites, for it to take a while here
            // (the server does not have them: the new session's reset wipes them afterwards).
            QVERIFY(q.exec(QStringLiteral(
                "WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i < 299999)"
                " INSERT INTO assets (id, owner_id, original_file_name, local_date_time, type,"
                " visibility, sources) SELECT 'old-' || i, 'someone', 'IMG_' || i || '.jpg',"
                " '2020-01-01T00:00:00.000Z', 'IMAGE', 'timeline', 1 FROM k")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO exif (asset_id, date_time_original, modify_date) SELECT id,"
                " '2020-01-01T10:00:00+02:00', '2020-01-01T10:00:00+02:00' FROM assets"
                " WHERE id LIKE 'old-%'")));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE assets DROP COLUMN unknown_fields")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 4")));
        }

        AppController app;
        MainWindow window(&app);
        window.resize(1200, 800);
        window.show();
        // What the status bar shows at each step (the window's own slot runs first).
        QStringList seen;
        connect(app.syncService(), &SyncService::mirrorUpgradeProgress, this,
            [&seen, &window](int step, int steps) {
                const bool shown
                    = window.upgradeLabel()->isVisible() && window.upgradeBar()->isVisible();
                seen << QStringLiteral("%1/%2 %3 %4")
                            .arg(step)
                            .arg(steps)
                            .arg(shown ? window.upgradeLabel()->text() : QStringLiteral("-"))
                            .arg(shown ? window.upgradeBar()->text() : QString());
                if (step == 1) {
                    // Lay out and grab now: processing every event would deliver the upgrade's
                    // end too.
                    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                    QVERIFY(window.grab().save(Test::outputPath(QStringLiteral("screenshots"))
                        + QStringLiteral("/mirror-upgrade.png")));
                }
            });
        app.logIn(
            m_server.baseUrl().toString(), DevServer::adminEmail(), DevServer::adminPassword());
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::Connected, 20000);
        QSignalSpy finished(app.syncService(), &SyncService::runFinished);
        window.syncPanel()->startButton()->click();
        // While it lasts the overview says why it has no counts, not that there is no mirror.
        QTRY_VERIFY_WITH_TIMEOUT(window.upgradeLabel()->isVisible(), 20000);
        QCOMPARE(window.upgradeLabel()->toolTip(),
            QStringLiteral("Syncing and browsing start when it is done. It happens once per new "
                           "version and takes seconds for a large library."));
        QTRY_COMPARE_WITH_TIMEOUT(window.overviewPanel()->completenessLabel()->text(),
            QStringLiteral("The local mirror is being upgraded for this version of Tidemark; its "
                           "counts follow when that is done."),
            20000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(window.overviewPanel()->completenessLabel()->text()
            != QStringLiteral("No mirror yet: run a sync."));
        QCOMPARE(finished.at(0).at(0).value<RunResult>().outcome, RunOutcome::Complete);

        const int steps = int(MirrorSchema::migrations().constLast().statements.size());
        const QString sentence
            = QStringLiteral("Upgrading the local mirror for this version of Tidemark…");
        QStringList expected;
        for (int i = 0; i < steps; ++i)
            expected << QStringLiteral("%1/%2 %3 step %1 of %2").arg(i).arg(steps).arg(sentence);
        expected << QStringLiteral("%1/%1 - ").arg(steps);
        QCOMPARE(seen, expected);
        QVERIFY(!window.upgradeLabel()->isVisible());
        QVERIFY(!window.upgradeBar()->isVisible());
        // A reader beside the window's own connection (no second writer).
        MirrorOpenOptions reader;
        reader.readOnly = true;
        reader.quickCheck = false;
        MirrorStore after;
        QVERIFY(!after.open(path, reader).isError());
        QCOMPARE(after.schemaVersion(), MirrorStore::latestSchemaVersion());
    }
};

QTEST_MAIN(UiMirrorBusyTest)
#include "ui_mirror_busy.moc"
