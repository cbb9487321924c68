// Demo mode: the built-in server starts in-process with a sample library and the app logs in.

#include "AppController.h"
#include "MainWindow.h"
#include "UiTestEnv.h"
#include "dialogs/ConnectDialog.h"
#include "models/AssetTableModel.h"
#include "panels/SyncPanel.h"
#include "sync/SyncService.h"
#include "widgets/ErrorBanner.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Tidemark;

class UiDemoTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Test::setUpUiEnvironment(); }

    void demoFromTheConnectDialog()
    {
        AppController app;
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
        QVERIFY(window.connectionLabel()->text().contains(AppController::stateText(AppController::State::Connected)));

        QSignalSpy finished(app.syncService(), &SyncService::runFinished);
        window.syncPanel()->startButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).value<RunResult>().outcome, RunOutcome::Complete);
        QTRY_VERIFY_WITH_TIMEOUT(app.assetModel()->rowCount() > 500, 10000);
        Test::saveScreenshot(&window, QStringLiteral("demo-after-sync"));
        // Demo accounts are not kept: the next start has no server at that port.
        const QString id = app.currentAccount().id;
        QVERIFY(!id.isEmpty());
    }
};

QTEST_MAIN(UiDemoTest)
#include "ui_demo.moc"
