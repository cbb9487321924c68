// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Demo mode: the built-in server starts in-process with a sample library and the app logs in.

#include "AppController.h"
#include "DevServer.h"
#include "MainWindow.h"
#include "UiTestEnv.h"
#include "account/SecretStore.h"
#include "dialogs/ConnectDialog.h"
#include "models/AssetTableModel.h"
#include "models/EventLogModel.h"
#include "panels/FullDeltaPanel.h"
#include "panels/InspectorPanel.h"
#include "panels/SyncPanel.h"
#include "sync/SyncService.h"
#include "widgets/ErrorBanner.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Tidemark;

class UiDemoTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Test::setUpUiEnvironment(); }

    //! A controller that was handed no demo server says so instead of starting one itself.
    void noDemoServerHandedIn()
    {
        AppController app;
        QSignalSpy finished(&app, &AppController::loginFinished);
        app.startDemo();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QCOMPARE(finished.first().at(1).value<Error>().userMessage(),
            QStringLiteral("Cancelled (the demo: this copy of Tidemark has no demo server)."));
        QCOMPARE(app.state(), AppController::State::Disconnected);
    }

    void demoFromTheConnectDialog()
    {
        AppController app;
        app.setDemoServerFactory(&TidemarkDev::DevServer::createDemo);
        MainWindow window(&app);
        window.resize(1200, 800);
        window.show();
        ConnectDialog dialog(&app, &window);
        dialog.show();
        dialog.demoButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::Connected, 20000);
        QVERIFY(app.isDemo());
        QVERIFY(app.hasSession());
        QVERIFY(!dialog.isVisible());
        QVERIFY(window.banner()->isVisible());
        QVERIFY(window.connectionLabel()->text().contains(
            AppController::stateText(AppController::State::Connected)));

        QSignalSpy finished(app.syncService(), &SyncService::runFinished);
        window.syncPanel()->startButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).value<RunResult>().outcome, RunOutcome::Complete);
        QTRY_VERIFY_WITH_TIMEOUT(app.assetModel()->rowCount() > 500, 10000);
        Test::saveScreenshot(&window, QStringLiteral("demo-after-sync"));

        // The end of the run shows the run's own figures, not the last progress sample's.
        const RunResult result = finished.at(0).at(0).value<RunResult>();
        QLabel *elapsed = nullptr, *rate = nullptr;
        for (QLabel *l : window.syncPanel()->findChildren<QLabel *>()) {
            if (l->accessibleName() == QLatin1StringView("Elapsed time"))
                elapsed = l;
            else if (l->accessibleName() == QLatin1StringView("Events per second"))
                rate = l;
        }
        QVERIFY(elapsed && rate);
        qInfo("sync panel after the demo run: elapsed %s, rate %s (%lld events in %lld ms)",
            qPrintable(elapsed->text()), qPrintable(rate->text()), result.events, result.elapsedMs);
        QVERIFY(result.elapsedMs > 0);
        QVERIFY2(elapsed->text() != QLatin1StringView("0")
                && elapsed->text() != QLatin1StringView("0:00:00.0")
                && elapsed->text() != QLatin1StringView("0 ms"),
            qPrintable(elapsed->text()));
        QVERIFY2(!rate->text().startsWith(QLatin1Char('0')), qPrintable(rate->text()));

        // The Stream inspector shows the lines of the run.
        window.showPanel(MainWindow::InspectorTab);
        InspectorPanel *inspector = window.inspectorPanel();
        QCOMPARE(inspector->view()->model(), app.eventLogModel());
        // The live log arrives in slices (EventLogModel::queueEvents): every line of a short run.
        QTRY_COMPARE_WITH_TIMEOUT(app.eventLogModel()->rowCount(), int(result.events), 5000);
        QVERIFY(inspector->view()->model()->rowCount() > 0);
        const EventSummary last = app.eventLogModel()->eventAt(app.eventLogModel()->rowCount() - 1);
        QCOMPARE(last.type, QStringLiteral("SyncCompleteV1"));
        QCOMPARE(app.eventLogModel()->rowCount(), int(result.events)); // every line of a short run
        qInfo("inspector after the demo run: %d lines", app.eventLogModel()->rowCount());

        // A delta sync (no stream lines) leaves the stream run's log in place.
        const int lines = app.eventLogModel()->rowCount();
        window.fullDeltaPanel()->deltaSyncButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(app.eventLogModel()->rowCount(), lines);
        // A new stream run starts a new log.
        window.syncPanel()->startButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(app.eventLogModel()->rowCount() > 0, 5000);
        QVERIFY(app.eventLogModel()->rowCount() < lines + 5);
        // Demo accounts are not kept: the next start has no server at that port.
        const QString id = app.currentAccount().id;
        QVERIFY(!id.isEmpty());
    }

    void demoNeverTouchesTheKeychain()
    {
        // Even with the keychain in use (no --no-keychain), a demo session is kept in memory:
        // it is throwaway, so no keychain request and no keychain banner.
        const QByteArray noKeychain = qgetenv("TIDEMARK_NO_KEYCHAIN");
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("TIDEMARK_NO_KEYCHAIN");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // a keychain request could reach no real keychain
        AppController app;
        app.setDemoServerFactory(&TidemarkDev::DevServer::createDemo);
        qputenv("TIDEMARK_NO_KEYCHAIN", noKeychain);
        if (!bus.isEmpty())
            qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        QVERIFY(!app.secretStore()->isMemoryOnly());
        const int before = app.secretStore()->keychainRequests();
        MainWindow window(&app);
        window.resize(1200, 800);
        window.show();
        QSignalSpy notices(&app, &AppController::notice);
        app.startDemo();
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::Connected, 20000);
        QVERIFY(app.isDemo());
        QVERIFY(app.hasSession());
        const QString id = app.currentAccount().id;
        QVERIFY(!app.secretStore()->readBlocking(id, SecretStore::Kind::SessionToken).isEmpty());
        app.logOut();
        QCOMPARE(app.state(), AppController::State::NeedsLogin);
        QCOMPARE(app.secretStore()->keychainRequests(), before);
        QVERIFY(app.secretStore()->keychainAvailable()); // never fell back: nothing to announce
        for (const QList<QVariant> &notice : std::as_const(notices))
            QVERIFY2(!notice.at(0).toString().contains(QStringLiteral("keychain")),
                qPrintable(notice.at(0).toString()));
        QVERIFY(!window.banner()->message().contains(QStringLiteral("keychain")));
        Test::saveScreenshot(&window, QStringLiteral("demo-logged-out"));
    }
};

QTEST_MAIN(UiDemoTest)
#include "ui_demo.moc"
