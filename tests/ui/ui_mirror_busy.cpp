// The window when another process is syncing the same account (issue: one writer per mirror).
// Another process's run holds the mirror's write lock (MirrorWriteLock, a QLockFile next to the
// mirror: a second lock object in this process is refused like another process's would be). A sync
// started in the window then waits instead of failing: the Sync panel ("waiting for another
// process", and a sentence under the figures) and the status bar say "Another Tidemark process
// (pid N) is syncing this account.", Cancel stays available and ends the
// wait without a run in Recent runs; once the other run ends, the waiting sync starts by itself.

#include "AppController.h"
#include "MainWindow.h"
#include "UiTestEnv.h"
#include "mirror/MirrorWriteLock.h"
#include "panels/SyncPanel.h"
#include "sync/SyncService.h"

#include "DevServer.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
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
        QCOMPARE(cancelled.error.kind, ApiError::Kind::Busy);
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
};

QTEST_MAIN(UiMirrorBusyTest)
#include "ui_mirror_busy.moc"
