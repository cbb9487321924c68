// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main flows against the in-process DevServer with real widgets: run a sync and see rows in
// the asset table; filter; manual mode and "ack pending" moving the server's checkpoint; reset a
// type; delete all checkpoints; screenshots of every panel.

#include "AppController.h"
#include "MainWindow.h"
#include "ThumbnailCache.h"
#include "UiTestEnv.h"
#include "account/SecretStore.h"
#include "dialogs/ConnectDialog.h"
#include "models/AssetTableModel.h"
#include "models/CheckpointModel.h"
#include "models/EventLogModel.h"
#include "models/RunHistoryModel.h"
#include "panels/AssetsPanel.h"
#include "panels/CheckpointsPanel.h"
#include "panels/FullDeltaPanel.h"
#include "panels/InspectorPanel.h"
#include "panels/OverviewPanel.h"
#include "panels/SyncPanel.h"
#include "sync/SyncService.h"
#include "widgets/BarChart.h"
#include "widgets/Sparkline.h"

#include "DevServer.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace Tidemark;
using TidemarkDev::DevServer;

class UiSyncTest : public QObject
{
    Q_OBJECT
    DevServer *m_server = nullptr;

    bool hasCheckpoint(const QString &token, const QString &type) const
    {
        const auto rows = m_server->checkpoints(token);
        for (const auto &[t, ack] : rows)
            if (t == type)
                return true;
        return false;
    }

    //! Logs in through the connect dialog and returns the session token.
    QString connect(AppController &app, MainWindow &window)
    {
        ConnectDialog dialog(&app, &window);
        dialog.show();
        dialog.urlField()->setText(m_server->baseUrl().toString());
        dialog.emailField()->setText(DevServer::adminEmail());
        dialog.passwordField()->setText(DevServer::adminPassword());
        dialog.logIn();
        if (!QTest::qWaitFor([&] { return app.state() == AppController::State::Connected; }, 15000))
            return {};
        return app.secretStore()->readBlocking(
            app.currentAccount().id, SecretStore::Kind::SessionToken);
    }

    RunResult runSync(MainWindow &window, AckMode mode)
    {
        QSignalSpy finished(window.controller()->syncService(), &SyncService::runFinished);
        window.showPanel(MainWindow::SyncTab);
        window.syncPanel()->setAckMode(mode);
        window.syncPanel()->startButton()->click();
        if (!QTest::qWaitFor([&] { return finished.size() > 0; }, 60000))
            return {};
        return finished.at(0).at(0).value<RunResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::setUpUiEnvironment();
        m_server = new DevServer(this);
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 240;
        spec.partnerAssets = 60;
        spec.albums = 4;
        m_server->generateLibrary(spec);
        QVERIFY(m_server->start(0));
    }

    void automaticSyncFillsTheAssetTable()
    {
        AppController app;
        MainWindow window(&app);
        window.resize(1280, 820);
        window.show();
        const QString token = connect(app, window);
        QVERIFY(!token.isEmpty());

        // Request types: only the supported ones, defaults checked.
        QListWidget *types = window.syncPanel()->typeList();
        QCOMPARE(types->count(), int(app.capabilities().supportedRequestTypes().size()));
        QCOMPARE(window.syncPanel()->options().types, app.capabilities().defaultRequestTypes());

        const RunResult r = runSync(window, AckMode::Automatic);
        QCOMPARE(r.outcome, RunOutcome::Complete);
        QVERIFY(r.events > 300);
        QVERIFY(window.syncPanel()->outcomeLabel()->text().startsWith(tr("Complete")));
        QVERIFY(!window.syncPanel()->sparkline()->samples().isEmpty() || r.elapsedMs < 300);
        QVERIFY(hasCheckpoint(token, QStringLiteral("AssetV1")));
        QVERIFY(hasCheckpoint(token, QStringLiteral("SyncCompleteV1")));
        Test::saveScreenshot(&window, QStringLiteral("panel-sync"));

        // Rows appear in the asset table.
        AssetTableModel *model = app.assetModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 10000);
        // The Assets tab is not shown: ask for the first row as its view would when shown.
        const auto firstRowLoaded = [model] {
            model->data(model->index(0, AssetTableModel::FileNameColumn));
            return model->isRowLoaded(0);
        };
        QTRY_VERIFY_WITH_TIMEOUT(firstRowLoaded(), 10000);
        // mirrorChanged refreshes are coalesced: wait until the count has settled on what the
        // finished run committed before taking it as the unfiltered total.
        const auto settled = [model] {
            const int before = model->rowCount();
            QTest::qWait(600);
            return model->isReady() && before > 0 && model->rowCount() == before;
        };
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 20000);
        const int all = model->rowCount();
        QVERIFY2(all >= m_server->ownedAssetIds(m_server->adminUserId()).size(),
            qPrintable(QString::number(all)));
        window.showPanel(MainWindow::AssetsTab);
        AssetsPanel *assets = window.assetsPanel();
        assets->setViewMode(AssetsPanel::ViewMode::Table);
        assets->tableView()->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(assets->findChildren<QLabel *>().size() > 12, 10000);
        QTest::qWait(200);
        Test::saveScreenshot(&window, QStringLiteral("panel-assets-table"));

        // Filter by type: only videos.
        assets->typeBox()->setCurrentIndex(assets->typeBox()->findData(QStringLiteral("VIDEO")));
        assets->applyFilter();
        QTRY_VERIFY_WITH_TIMEOUT(model->isReady() && model->rowCount() < all, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 0 || model->isRowLoaded(0), 10000);
        for (int row = 0; row < std::min(model->rowCount(), 50); ++row) {
            QTRY_VERIFY(model->isRowLoaded(row));
            QCOMPARE(model->index(row, 0).data(AssetTableModel::TypeRole).toString(),
                QStringLiteral("VIDEO"));
        }
        // Search by file name.
        assets->clearFilters();
        QTRY_VERIFY_WITH_TIMEOUT(
            model->isReady() && model->rowCount() == all && model->isRowLoaded(0), 10000);
        const QString name = model->index(0, 0).data(AssetTableModel::FileNameRole).toString();
        QVERIFY(!name.isEmpty());
        QTest::keyClicks(assets->searchField(), name);
        QTRY_VERIFY_WITH_TIMEOUT(model->filter().fileNameContains == name, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            model->isReady() && model->rowCount() >= 1 && model->rowCount() < all, 10000);
        QTRY_VERIFY(model->isRowLoaded(0));
        QVERIFY(model->index(0, 0)
                    .data(AssetTableModel::FileNameRole)
                    .toString()
                    .contains(name, Qt::CaseInsensitive));
        // Owner: partners only.
        assets->clearFilters();
        assets->ownerBox()->setCurrentIndex(
            assets->ownerBox()->findData(int(AssetFilter::Owner::Partners)));
        assets->applyFilter();
        QTRY_VERIFY_WITH_TIMEOUT(
            model->isReady() && model->rowCount() > 0 && model->rowCount() < all, 10000);
        QTRY_VERIFY(model->isRowLoaded(0));
        QVERIFY(model->index(0, 0).data(AssetTableModel::IsPartnerRole).toBool());
        assets->clearFilters();

        // The grid fetches thumbnails for what it shows, and only that.
        assets->setViewMode(AssetsPanel::ViewMode::Grid);
        QTRY_VERIFY_WITH_TIMEOUT(model->isReady() && model->isRowLoaded(0), 10000);
        assets->gridView()->setCurrentIndex(model->index(0, AssetTableModel::FileNameColumn));
        // Requests come from painting; a model reset in between drops queued ones until the
        // next paint (under the sanitizer, once in several runs, no request came in 10 s).
        QTRY_VERIFY_WITH_TIMEOUT(
            (assets->gridView()->viewport()->update(), app.thumbnailCache()->fetchCount() > 0),
            20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            app.thumbnailCache()->inFlightCount() == 0 && app.thumbnailCache()->queuedCount() == 0,
            20000);
        QVERIFY2(app.thumbnailCache()->fetchCount() < all,
            qPrintable(
                QStringLiteral("%1 of %2").arg(app.thumbnailCache()->fetchCount()).arg(all)));
        QTest::qWait(300);
        Test::saveScreenshot(&window, QStringLiteral("panel-assets-grid"));

        // The grid's columns fill the viewport: the space left of the first column and right of
        // the last one differ by a few pixels at most (no empty cell-wide strip at the right).
        const auto gridMargins = [&]() -> QPair<int, int> {
            QListView *grid = assets->gridView();
            const int width = grid->viewport()->width();
            const int top
                = grid->visualRect(model->index(0, AssetTableModel::FileNameColumn)).top();
            int left = width, right = 0;
            for (int row = 0; row < std::min(model->rowCount(), 60); ++row) {
                const QRect cell
                    = grid->visualRect(model->index(row, AssetTableModel::FileNameColumn));
                if (cell.top() != top)
                    break; // the first line of cells only
                left = std::min(left, cell.left());
                right = std::max(right, cell.right() + 1);
            }
            return {left, width - right};
        };
        for (const int windowWidth : {1280, 1111, 1280}) {
            window.resize(windowWidth, 820);
            QTest::qWait(100);
            QTRY_VERIFY(qAbs(gridMargins().first - gridMargins().second) <= 8);
            qInfo("grid at %d px: cells %dx%d, margins %d and %d px",
                assets->gridView()->viewport()->width(), assets->gridView()->gridSize().width(),
                assets->gridView()->gridSize().height(), gridMargins().first, gridMargins().second);
        }

        // Sorting: the "Sort:" box, the order button and the table's header always agree.
        {
            assets->setViewMode(AssetsPanel::ViewMode::Table);
            QHeaderView *header = assets->tableView()->horizontalHeader();
            QComboBox *sortBox = nullptr;
            const auto boxes = assets->findChildren<QComboBox *>();
            for (QComboBox *box : boxes)
                if (box->accessibleName() == tr("Sort by"))
                    sortBox = box;
            QToolButton *order = nullptr;
            for (QToolButton *b : assets->findChildren<QToolButton *>())
                if (b->accessibleName() == tr("Sort order"))
                    order = b;
            QVERIFY(sortBox && order);
            const auto agree = [&] {
                return header->sortIndicatorSection() == model->sortColumn()
                    && header->sortIndicatorOrder() == model->sortOrder()
                    && sortBox->currentData().toInt() == model->sortColumn()
                    && order->isChecked() == (model->sortOrder() == Qt::DescendingOrder);
            };
            QCOMPARE(model->sortColumn(), int(AssetTableModel::DateColumn));
            QCOMPARE(model->sortOrder(), Qt::DescendingOrder);
            QVERIFY(agree());
            // The box.
            sortBox->setCurrentIndex(sortBox->findData(int(AssetTableModel::FileNameColumn)));
            Q_EMIT sortBox->activated(sortBox->currentIndex());
            QCOMPARE(model->sortColumn(), int(AssetTableModel::FileNameColumn));
            QVERIFY(agree());
            // The order button.
            order->click();
            QCOMPARE(model->sortOrder(), Qt::AscendingOrder);
            QVERIFY(agree());
            // A header click.
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                QPoint(header->sectionViewportPosition(AssetTableModel::TypeColumn)
                        + header->sectionSize(AssetTableModel::TypeColumn) / 2,
                    header->height() / 2));
            QCOMPARE(model->sortColumn(), int(AssetTableModel::TypeColumn));
            QVERIFY(agree());
            QCOMPARE(sortBox->currentText(), tr("Type"));
            // The albums column sorts by date: the header says so.
            header->setSortIndicator(AssetTableModel::AlbumsColumn, Qt::DescendingOrder);
            QCOMPARE(model->sortColumn(), int(AssetTableModel::DateColumn));
            QCOMPARE(model->sortOrder(), Qt::DescendingOrder);
            QVERIFY(agree());
            QTRY_VERIFY_WITH_TIMEOUT(
                model->isReady() && model->rowCount() == all && model->isRowLoaded(0), 10000);
        }

        // Inspector: a capture opened offline, then the live log of the run.
        window.showPanel(MainWindow::InspectorTab);
        InspectorPanel *inspector = window.inspectorPanel();
        const qint64 liveLines = app.eventLogModel()->rowCount();
        qInfo("live event log lines after the run: %lld", liveLines);
        const QString capture
            = QDir(Test::outputPath()).filePath(QStringLiteral("ui-capture.jsonl"));
        {
            QFile f(capture);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(Test::loadCapture(QStringLiteral("004-")).body);
        }
        inspector->openJsonl(capture);
        QTRY_VERIFY_WITH_TIMEOUT(
            !app.eventLogModel()->isLoading() && app.eventLogModel()->rowCount() > 0, 10000);
        inspector->view()->selectRow(3);
        QTRY_VERIFY(inspector->rawView()->toPlainText().contains(QStringLiteral("\"type\"")));
        QVERIFY(inspector->rawView()->isReadOnly());
        Test::saveScreenshot(&window, QStringLiteral("panel-inspector"));
        const QString exported = QDir(Test::outputPath()).filePath(QStringLiteral("ui-run.jsonl"));
        inspector->exportJsonl(exported);
        QVERIFY(QFileInfo(exported).size() > 0);
        // Filter by type.
        app.eventLogModel()->setTypeFilter({QStringLiteral("AssetV1")});
        QTRY_VERIFY(app.eventLogModel()->rowCount() > 0);
        for (int row = 0; row < app.eventLogModel()->rowCount(); ++row)
            QCOMPARE(app.eventLogModel()->eventAt(row).type, QStringLiteral("AssetV1"));
        app.eventLogModel()->setTypeFilter({});

        // Overview: mirror vs server, charts.
        window.showPanel(MainWindow::OverviewTab);
        app.refreshOverview();
        QTRY_VERIFY_WITH_TIMEOUT(app.serverStatistics().valid && app.mirrorOverview().valid, 10000);
        QTRY_VERIFY(!window.overviewPanel()->monthsChart()->categories().isEmpty());
        QVERIFY(!window.overviewPanel()->runsChart()->categories().isEmpty());
        qInfo("overview: %s (mirror own %lld+%lld, server %lld+%lld)",
            qPrintable(window.overviewPanel()->completenessLabel()->text()),
            app.mirrorOverview().ownImages, app.mirrorOverview().ownVideos,
            app.serverStatistics().images, app.serverStatistics().videos);
        Test::saveScreenshot(&window, QStringLiteral("panel-overview"));

        // Full / delta sync panel (the server is 2.7.5: it has them).
        window.showPanel(MainWindow::FullDeltaTab);
        QVERIFY(window.tabs()->isTabVisible(MainWindow::FullDeltaTab));
        QSignalSpy finished(app.syncService(), &SyncService::runFinished);
        window.fullDeltaPanel()->deltaSyncButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(!window.fullDeltaPanel()->resultLabel()->text().isEmpty());
        Test::saveScreenshot(&window, QStringLiteral("panel-full-delta"));

        // A delta sync the server answers with needsFullSync changed nothing: the status bar and
        // the recent runs call it "full sync needed", never "complete".
        window.fullDeltaPanel()->sinceField()->setDateTime(
            QDateTime::currentDateTime().addDays(-200));
        window.fullDeltaPanel()->deltaSyncButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(finished.at(1).at(0).value<RunResult>().outcome, RunOutcome::FullSyncNeeded);
        QLabel *runLabel = window.runLabel(); // elided when narrow: the tool tip has it all
        QCOMPARE(runLabel->toolTip().isEmpty() ? runLabel->text() : runLabel->toolTip(),
            MainWindow::tr("Last run: %1").arg(QStringLiteral("full sync needed")));
        QVERIFY(window.fullDeltaPanel()->runFullSyncButton()->isVisibleTo(window.fullDeltaPanel()));
        RunHistoryModel *history = app.runHistoryModel();
        QTRY_VERIFY(history->rowCount() > 0);
        QTRY_COMPARE(history->entryAt(0).outcome, QStringLiteral("full-sync-needed"));
        QCOMPARE(history->entryAt(0).kind, QStringLiteral("delta-sync"));
        QCOMPARE(history->index(0, RunHistoryModel::OutcomeColumn).data().toString(),
            QStringLiteral("full sync needed"));
    }

    void resetByTheServerSaysWhatHappens()
    {
        AppController app;
        MainWindow window(&app);
        window.resize(1280, 820);
        window.show();
        const QString token = connect(app, window);
        QVERIFY(!token.isEmpty());
        QCOMPARE(runSync(window, AckMode::Automatic).outcome, RunOutcome::Complete);

        // Dry run: the server's reset changes nothing here, and the sentence says so.
        m_server->setPendingReset(token, true);
        RunResult r = runSync(window, AckMode::DryRun);
        QCOMPARE(r.outcome, RunOutcome::ResetByServer);
        QCOMPARE(SyncPanel::outcomeSentence(r),
            SyncPanel::tr("The server asked for a reset. A dry run changes nothing, so the local "
                          "copy was kept; the next sync that saves starts over."));
        QTRY_VERIFY(!app.syncService()->isRunning());
        QVERIFY(window.syncPanel()->outcomeLabel()->text().startsWith(
            SyncPanel::tr("The server asked for a reset. A dry run")));

        // Automatic: the local copy is cleared and the fresh run starts by itself, as said.
        QSignalSpy finished(app.syncService(), &SyncService::runFinished);
        window.syncPanel()->setAckMode(AckMode::Automatic);
        window.syncPanel()->startButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        r = finished.at(0).at(0).value<RunResult>();
        QCOMPARE(r.outcome, RunOutcome::ResetByServer);
        QCOMPARE(SyncPanel::outcomeSentence(r),
            SyncPanel::tr("The server asked for a reset: the local copy was cleared, and a new "
                          "sync downloads everything again now."));
        const RunResult fresh = finished.at(1).at(0).value<RunResult>();
        QCOMPARE(fresh.outcome, RunOutcome::Complete);
        QVERIFY(fresh.events > 300);
        QVERIFY(!m_server->pendingReset(token));
    }

    void progressTicksDoNotRelayoutThePanel()
    {
        AppController app;
        MainWindow window(&app);
        window.resize(1280, 820);
        window.show();
        window.showPanel(MainWindow::SyncTab);
        SyncPanel *panel = window.syncPanel();
        SyncService *sync = app.syncService();

        // Layout requests of the panel's containers (widgets with a layout) while ticks arrive.
        struct LayoutCounter : QObject
        {
            QWidget *root = nullptr;
            int requests = 0;
            bool eventFilter(QObject *o, QEvent *e) override
            {
                auto *w = qobject_cast<QWidget *>(o);
                if (e->type() == QEvent::LayoutRequest && w && w->layout()
                    && (w == root || root->isAncestorOf(w)))
                    ++requests;
                return false;
            }
        } counter;
        counter.root = panel;
        qApp->installEventFilter(&counter);
        // The same for the whole window: the status bar's run text changes with every tick too.
        LayoutCounter window_;
        window_.root = &window;
        qApp->installEventFilter(&window_);

        // A run starts and its first tick arrives (the per-type table gets its rows).
        Q_EMIT sync->runStarted(77, RunKind::Stream, AckMode::Automatic);
        RunProgress p;
        p.runId = 77;
        p.phase = RunPhase::Streaming;
        p.perType.insert(QStringLiteral("AssetV1"), 0);
        Q_EMIT sync->progress(p);
        // Let the first show and the run's start settle: no layout request for 300 ms.
        QVERIFY(QTest::qWaitFor(
            [&] {
                counter.requests = 0;
                window_.requests = 0;
                QTest::qWait(300);
                return counter.requests == 0 && window_.requests == 0;
            },
            10000));
        const QRect eventsGeometry = panel->eventsLabel()->geometry();

        // Ticks with figures of every width, up to a million-event run's.
        for (int i = 1; i <= 60; ++i) {
            p.events = qint64(i) * i * 277 + (i % 7) * 11;
            p.committed = p.events - (i % 5) * 3;
            p.bytes = p.events * 1111;
            p.ackRequests = i / 3;
            p.elapsedMs = qint64(i) * 1999;
            p.eventsPerSecond = double((i * 7919) % 90001);
            p.phase = i % 10 == 0 ? RunPhase::Committing : RunPhase::Streaming;
            p.perType[QStringLiteral("AssetV1")] = p.events;
            Q_EMIT sync->progress(p);
            QCoreApplication::processEvents();
        }
        QTest::qWait(50);
        QCOMPARE(counter.requests, 0);
        QCOMPARE(window_.requests, 0);
        QCOMPARE(panel->eventsLabel()->geometry(), eventsGeometry);
        // The widest figure fits its label: nothing is cut.
        for (QLabel *l : panel->findChildren<QLabel *>()) {
            if (l->wordWrap() || !l->isVisible() || l->text().isEmpty())
                continue;
            QString shown = l->text();
            if (l->buddy())
                shown.remove(QLatin1Char('&')); // the mnemonic marker is not drawn
            QVERIFY2(l->contentsRect().width() >= l->fontMetrics().horizontalAdvance(shown),
                qPrintable(shown));
        }
        // A long phase is elided, its whole text in the tooltip, and still no relayout.
        p.phase = RunPhase::PagingOwner;
        p.phaseOwner
            = QStringLiteral("0f3a6b4e-6c1d-4f0a-9d8e-2b7c1a5e9f00-0f3a6b4e-6c1d-4f0a-9d8e");
        Q_EMIT sync->progress(p);
        QTest::qWait(50);
        QCOMPARE(counter.requests, 0);
        QLabel *phase = nullptr;
        for (QLabel *l : panel->findChildren<QLabel *>())
            if (l->accessibleName() == tr("Phase"))
                phase = l;
        QVERIFY(phase);
        QVERIFY(phase->text().contains(QChar(0x2026)));
        QVERIFY(phase->toolTip().contains(QStringLiteral("0f3a6b4e-6c1d-4f0a-9d8e-2b7c1a5e9f00")));
        qApp->removeEventFilter(&counter);
        Test::saveScreenshot(panel, QStringLiteral("panel-sync-ticks"));

        // Every control is named and described for assistive technology, and takes Tab focus.
        for (QWidget *w : panel->findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QAbstractItemView *>(w);
            bool part = false;
            for (QWidget *q = w->parentWidget(); q && q != panel; q = q->parentWidget())
                if (qobject_cast<QAbstractItemView *>(q) || qobject_cast<QComboBox *>(q))
                    part = true;
            if (!control || part)
                continue;
            const QString what = QString::fromLatin1(w->metaObject()->className())
                + QLatin1Char(' ') + w->accessibleName();
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(what));
            QVERIFY2(!w->accessibleDescription().isEmpty(), qPrintable(what));
            QVERIFY2(w->focusPolicy() & Qt::TabFocus, qPrintable(what));
        }
    }

    void manualModeAckResetAndDeleteAll()
    {
        AppController app;
        MainWindow window(&app);
        window.resize(1280, 820);
        window.show();
        const QString token = connect(app, window);
        QVERIFY(!token.isEmpty());
        QVERIFY(m_server->checkpoints(token).isEmpty()); // a new session starts empty

        const RunResult r = runSync(window, AckMode::Manual);
        QCOMPARE(r.outcome, RunOutcome::Complete);
        for (const auto &[t, ack] : m_server->checkpoints(token))
            qInfo("server checkpoint after a manual run: %s", qPrintable(t));
        QVERIFY(!hasCheckpoint(token, QStringLiteral("AssetV1"))); // nothing acked yet

        window.showPanel(MainWindow::CheckpointsTab);
        CheckpointsPanel *panel = window.checkpointsPanel();
        panel->setConfirmForTesting(true);
        CheckpointModel *model = app.checkpointModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOfType(QStringLiteral("AssetV1")) >= 0
                && model->rowAt(model->rowOfType(QStringLiteral("AssetV1"))).pendingCount > 0,
            10000);
        QTRY_VERIFY(panel->ackAllButton()->isEnabled());
        Test::saveScreenshot(&window, QStringLiteral("panel-checkpoints-pending"));

        // Ack the pending acks of one type only.
        model->setChecked(QStringLiteral("UserV1"), true);
        panel->ackSelectedButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(hasCheckpoint(token, QStringLiteral("UserV1")), 10000);
        QVERIFY(!hasCheckpoint(token, QStringLiteral("AssetV1")));
        model->setAllChecked(false);

        // Then everything.
        panel->ackAllButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(hasCheckpoint(token, QStringLiteral("AssetV1")), 10000);
        QVERIFY(hasCheckpoint(token, QStringLiteral("SyncCompleteV1")));
        panel->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOfType(QStringLiteral("AssetV1")) >= 0
                && model->rowAt(model->rowOfType(QStringLiteral("AssetV1"))).agree(),
            10000);
        QTest::qWait(200);
        Test::saveScreenshot(&window, QStringLiteral("panel-checkpoints"));

        // The backfill checkpoints the server wrote itself ("…BackfillV1|…|complete") are no
        // disagreement: shown as kept by the server, with the reason on hover, counted apart.
        int kept = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const CheckpointRow cp = model->rowAt(row);
            const QModelIndex agree = model->index(row, CheckpointModel::AgreeColumn);
            if (cp.type.endsWith(QStringLiteral("BackfillV1"))
                && cp.serverAck.endsWith(QStringLiteral("|complete"))
                && cp.localAck != cp.serverAck) {
                ++kept;
                QCOMPARE(agree.data().toString(), CheckpointModel::tr("kept by server"));
                QVERIFY(agree.data(CheckpointModel::KeptByServerRole).toBool());
                QVERIFY2(
                    agree.data(Qt::ToolTipRole).toString().contains(QStringLiteral("backfill")),
                    qPrintable(agree.data(Qt::ToolTipRole).toString()));
            } else {
                QVERIFY2(cp.agree(), qPrintable(cp.type));
                QCOMPARE(agree.data().toString(), QStringLiteral("\u2713"));
            }
        }
        QVERIFY2(kept > 0, "the server writes backfill checkpoints on a first sync");
        const QString summary = panel->summaryLabel()->text();
        QVERIFY2(
            summary.contains(CheckpointsPanel::tr("Server and local agree.")), qPrintable(summary));
        QVERIFY2(summary.contains(
                     CheckpointsPanel::tr("%n kept by the server for backfill.", nullptr, kept)),
            qPrintable(summary));
        QVERIFY2(!summary.contains(QStringLiteral("differ")), qPrintable(summary));

        // Readable at the default window size: each type and the time its ack encodes, not the
        // opaque ack strings; no title or cell cut; the full ack on hover and on copy.
        window.resize(1200, 800);
        QTest::qWait(100);
        QTableView *view = panel->view();
        for (int c : {int(CheckpointModel::ServerAckColumn), int(CheckpointModel::LocalAckColumn),
                 int(CheckpointModel::PendingAckColumn)})
            QVERIFY(view->isColumnHidden(c));
        const QFontMetrics cellMetrics = view->fontMetrics();
        const QFontMetrics titleMetrics = view->horizontalHeader()->fontMetrics();
        for (int c = 0; c < CheckpointModel::ColumnCount; ++c) {
            if (view->isColumnHidden(c))
                continue;
            const QString title = model->headerData(c, Qt::Horizontal).toString();
            QVERIFY2(titleMetrics.horizontalAdvance(title) + 8 <= view->columnWidth(c),
                qPrintable(title));
            for (int row = 0; row < model->rowCount(); ++row) {
                const QString text = model->index(row, c).data().toString();
                const int extra = c == CheckpointModel::TypeColumn ? 40 : 8; // the check box
                QVERIFY2(cellMetrics.horizontalAdvance(text) + extra <= view->columnWidth(c),
                    qPrintable(text));
            }
        }
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0); // every column in view
        const int assetRow = model->rowOfType(QStringLiteral("AssetV1"));
        const CheckpointRow asset = model->rowAt(assetRow);
        QVERIFY(asset.serverAck.startsWith(QStringLiteral("AssetV1|")));
        QCOMPARE(
            model->index(assetRow, CheckpointModel::ServerTimeColumn).data().toString().left(10),
            asset.serverTime.toUTC().toString(QStringLiteral("yyyy-MM-dd")));
        const QString tip = model->index(assetRow, CheckpointModel::ServerTimeColumn)
                                .data(Qt::ToolTipRole)
                                .toString();
        QVERIFY2(tip.contains(asset.serverAck.toHtmlEscaped()), qPrintable(tip));
        view->setFocus();
        view->selectRow(assetRow);
        view->selectionModel()->setCurrentIndex(
            model->index(assetRow, CheckpointModel::LocalTimeColumn),
            QItemSelectionModel::NoUpdate);
        QGuiApplication::clipboard()->clear();
        QTest::keySequence(view, QKeySequence::Copy);
        QCOMPARE(QGuiApplication::clipboard()->text(), asset.localAck);
        QVERIFY(view->actions().contains(panel->copyAction())); // also in the context menu
        view->selectionModel()->setCurrentIndex(
            model->index(assetRow, CheckpointModel::TypeColumn), QItemSelectionModel::NoUpdate);
        panel->copyAction()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), asset.serverAck);
        Test::saveScreenshot(&window, QStringLiteral("panel-checkpoints-1200x800"));

        // Reset one type: gone on the server, the others stay.
        model->setChecked(QStringLiteral("AssetV1"), true);
        panel->resetSelectedButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!hasCheckpoint(token, QStringLiteral("AssetV1")), 10000);
        QVERIFY(hasCheckpoint(token, QStringLiteral("UserV1")));

        // Delete all.
        panel->resetAllButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_server->checkpoints(token).isEmpty(), 10000);
    }
};

QTEST_MAIN(UiSyncTest)
#include "ui_sync.moc"
