// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Tray icon and periodic sync against an in-process DevServer: the tray's texts follow the runs,
// "Sync now" starts one, a failed run raises a notification; periodic ticks start runs only
// when the app is connected and idle.

#include "AppController.h"
#include "DevServer.h"
#include "MainWindow.h"
#include "UiSettings.h"
#include "UiTestEnv.h"
#include "desktop/PeriodicSync.h"
#include "desktop/TrayIcon.h"
#include "sync/SyncService.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace Tidemark;

class TrayPeriodicTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        Test::setUpUiEnvironment();
        TidemarkDev::LibrarySpec spec;
        spec.seed = 7;
        spec.ownAssets = 60;
        spec.partnerAssets = 10;
        spec.albums = 2;
        m_server.generateLibrary(spec);
        QVERIFY(m_server.start(0));
    }

    void periodicSyncIsOffByDefault()
    {
        QVERIFY(!UiSettings::periodicSyncEnabled());
        AppController app;
        MainWindow window(&app);
        QVERIFY(!window.periodicSync()->isActive());
        UiSettings::setPeriodicSyncEnabled(true);
        UiSettings::setPeriodicSyncMinutes(15);
        window.periodicSync()->applySettings();
        QVERIFY(window.periodicSync()->isActive());
        QCOMPARE(window.periodicSync()->interval(), 15 * 60 * 1000);
        UiSettings::setPeriodicSyncEnabled(false);
        window.periodicSync()->applySettings();
        QVERIFY(!window.periodicSync()->isActive());
    }

    void trayAndPeriodicRuns()
    {
        AppController app;
        MainWindow window(&app);
        window.show();
        TrayIcon *tray = window.trayIcon();
        PeriodicSync *periodic = window.periodicSync();
        QSignalSpy skipped(periodic, &PeriodicSync::skipped);
        QSignalSpy started(app.syncService(), &SyncService::runStarted);
        QSignalSpy finished(app.syncService(), &SyncService::runFinished);

        // The menu: status line, Sync now, Show window, Quit.
        QCOMPARE(tray->menu()->actions().size(), 6); // with two separators
        QVERIFY(!tray->statusAction()->isEnabled());
        QVERIFY(!tray->syncNowAction()->isEnabled());
        QCOMPARE(tray->statusAction()->text(), QStringLiteral("No sync yet"));

        // Offline: a tick is skipped.
        periodic->tick();
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(skipped.at(0).at(0).value<PeriodicSync::Skip>(), PeriodicSync::Skip::NotConnected);
        QCOMPARE(started.size(), 0);

        app.logIn(m_server.baseUrl().toString(), TidemarkDev::DevServer::adminEmail(),
            TidemarkDev::DevServer::adminPassword());
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::Connected, 20000);
        QVERIFY(tray->syncNowAction()->isEnabled());
        QVERIFY(
            tray->toolTip().contains(AppController::stateText(AppController::State::Connected)));

        // Periodic ticks start runs; a tick during a run is skipped (the stream stalls a while).
        TidemarkDev::Fault stall;
        stall.kind = TidemarkDev::Fault::Kind::Stall;
        stall.path = QStringLiteral("/api/sync/stream");
        stall.after = 3;
        stall.stallMs = 1500;
        m_server.addFault(stall);
        periodic->setInterval(300);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
        QVERIFY(app.syncService()->isRunning());
        periodic->setInterval(0);
        periodic->tick();
        QCOMPARE(skipped.last().at(0).value<PeriodicSync::Skip>(), PeriodicSync::Skip::Running);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).value<RunResult>().outcome, RunOutcome::Complete);
        QCOMPARE(started.size(), 1);
        QVERIFY2(tray->statusAction()->text().startsWith(
                     QStringLiteral("Last sync: ") + runOutcomeName(RunOutcome::Complete)),
            qPrintable(tray->statusAction()->text()));
        QVERIFY(tray->toolTip().contains(tray->statusAction()->text()));
        QVERIFY(tray->lastNotificationText().isEmpty());
        Test::saveScreenshot(tray->menu(), QStringLiteral("tray-menu"));

        // Sync now from the tray; the server refuses the stream: a failure notification.
        TidemarkDev::Fault fault;
        fault.kind = TidemarkDev::Fault::Kind::HttpStatus;
        fault.path = QStringLiteral("/api/sync/stream");
        fault.status = 400;
        fault.times = -1;
        m_server.addFault(fault);
        tray->syncNowAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        const RunResult failed = finished.at(1).at(0).value<RunResult>();
        QVERIFY(failed.outcome == RunOutcome::Failed || failed.outcome == RunOutcome::Interrupted);
        QCOMPARE(tray->lastNotificationTitle(), QStringLiteral("Tidemark: sync failed"));
        QCOMPARE(tray->lastNotificationText(), failed.error.userMessage());
        QVERIFY(tray->statusAction()->text().contains(runOutcomeName(failed.outcome)));
        m_server.clearFaults();

        // Show window restores a minimised window.
        window.showMinimized();
        tray->showWindowAction()->trigger();
        QTRY_VERIFY(!window.isMinimized());
        QVERIFY(window.isVisible());
    }

    void noNotificationWhenTurnedOff()
    {
        UiSettings::setNotifyOnFailure(false);
        AppController app;
        MainWindow window(&app);
        app.logIn(m_server.baseUrl().toString(), TidemarkDev::DevServer::adminEmail(),
            TidemarkDev::DevServer::adminPassword());
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::Connected, 20000);
        // Same server and user as before: the mirror's history gives the last sync at once.
        QTRY_VERIFY_WITH_TIMEOUT(
            window.trayIcon()->statusAction()->text().startsWith(QStringLiteral("Last sync: ")),
            10000);
        TidemarkDev::Fault fault;
        fault.kind = TidemarkDev::Fault::Kind::HttpStatus;
        fault.path = QStringLiteral("/api/sync/stream");
        fault.status = 400;
        fault.times = -1;
        m_server.addFault(fault);
        QSignalSpy finished(app.syncService(), &SyncService::runFinished);
        window.trayIcon()->syncNowAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(window.trayIcon()->lastNotificationText().isEmpty());
        m_server.clearFaults();
        UiSettings::setNotifyOnFailure(true);
    }

private:
    TidemarkDev::DevServer m_server;
};

QTEST_MAIN(TrayPeriodicTest)
#include "tray_periodic.moc"
