// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Assets panel against the in-process DevServer with real widgets: sync a library, see rows,
// search by file name, filter (owner, type, favorite, trashed), sort, select an asset and read
// its details; every control named for assistive technology and reachable by keyboard; server
// strings shown as plain text; the thumbhash placeholder beside the real thumbnail.
// Screenshots: assets-table, assets-grid, assets-details, thumbhash-vs-thumbnail.

#include "AppController.h"
#include "MainWindow.h"
#include "ThumbnailCache.h"
#include "UiTestEnv.h"
#include "models/AssetTableModel.h"
#include "panels/AssetsPanel.h"
#include "panels/OverviewPanel.h"
#include "panels/SyncPanel.h"
#include "sync/SyncService.h"
#include "widgets/ThumbHash.h"

#include "DevServer.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include <cmath>
#include <functional>

using namespace Tidemark;
using TidemarkDev::DevServer;

namespace {

//! Waits until every row the check looks at is loaded, then runs `check` on rows [0, n).
bool forLoadedRows(
    AssetTableModel *model, int n, const std::function<bool(const QModelIndex &)> &check)
{
    n = std::min(n, model->rowCount());
    model->prefetch(0, n - 1);
    for (int row = 0; row < n; ++row) {
        if (!QTest::qWaitFor([&] { return model->isRowLoaded(row); }, 10000))
            return false;
        if (!check(model->index(row, 0)))
            return false;
    }
    return true;
}

QColor averageColour(const QImage &image)
{
    const QImage small = image.convertToFormat(QImage::Format_RGB32)
                             .scaled(1, 1, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return QColor(small.pixel(0, 0));
}

double colourDistance(const QColor &a, const QColor &b)
{
    return std::sqrt(std::pow(a.red() - b.red(), 2) + std::pow(a.green() - b.green(), 2)
        + std::pow(a.blue() - b.blue(), 2));
}

} // namespace

class UiAssetsTest : public QObject
{
    Q_OBJECT
    DevServer *m_server = nullptr;
    const QString m_markupName = QStringLiteral("<b>Bob</b> &amp; <i>Partner</i>");

    //! A settled model: ready, its count unchanged over 600 ms, row 0 loaded.
    static bool settled(AssetTableModel *model)
    {
        return QTest::qWaitFor(
            [model] {
                const int before = model->rowCount();
                QTest::qWait(600);
                return model->isReady() && model->rowCount() == before
                    && (before == 0 || model->isRowLoaded(0));
            },
            20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::setUpUiEnvironment();
        m_server = new DevServer(this);
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 300;
        spec.partnerAssets = 60;
        spec.albums = 4;
        spec.trashedRatio = 0.05;
        spec.favoriteRatio = 0.1;
        m_server->generateLibrary(spec);
        // A name with markup: it must show as typed, never as rich text.
        m_server->renameUser(m_server->partnerUserId(), m_markupName);
        QVERIFY(m_server->start(0));
    }

    void browseFilterSortAndDetails()
    {
        AppController app;
        MainWindow window(&app);
        window.resize(1280, 820);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        app.logIn(
            m_server->baseUrl().toString(), DevServer::adminEmail(), DevServer::adminPassword());
        QVERIFY(
            QTest::qWaitFor([&] { return app.state() == AppController::State::Connected; }, 15000));

        QSignalSpy finished(app.syncService(), &SyncService::runFinished);
        window.showPanel(MainWindow::SyncTab);
        window.syncPanel()->setAckMode(AckMode::Automatic);
        window.syncPanel()->startButton()->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).value<RunResult>().outcome, RunOutcome::Complete);

        window.showPanel(MainWindow::AssetsTab);
        AssetsPanel *assets = window.assetsPanel();
        AssetTableModel *model = app.assetModel();
        assets->setViewMode(AssetsPanel::ViewMode::Table);
        QVERIFY(settled(model));
        const int all = model->rowCount();
        const int own = int(m_server->ownedAssetIds(m_server->adminUserId()).size());
        QVERIFY2(all >= own + 60, qPrintable(QStringLiteral("%1 rows, %2 own").arg(all).arg(own)));
        QVERIFY(assets->countLabel()->text().contains(QLocale().toString(all)));

        // Default sort: date taken, newest first.
        QCOMPARE(model->sortColumn(), int(AssetTableModel::DateColumn));
        QDateTime previous;
        QVERIFY(forLoadedRows(model, 100, [&](const QModelIndex &i) {
            const QDateTime t = i.data(AssetTableModel::LocalDateTimeRole).toDateTime();
            const bool ok = !previous.isValid() || t <= previous;
            previous = t;
            return ok;
        }));

        // Search by file name (typed: the field applies it after a pause).
        const QString name = model->index(5, 0).data(AssetTableModel::FileNameRole).toString();
        QVERIFY(!name.isEmpty());
        assets->searchField()->setFocus();
        QTest::keyClicks(assets->searchField(), name);
        QTRY_VERIFY_WITH_TIMEOUT(model->filter().fileNameContains == name, 5000);
        QVERIFY(settled(model));
        QVERIFY(model->rowCount() >= 1 && model->rowCount() < all);
        QVERIFY(forLoadedRows(model, model->rowCount(), [&](const QModelIndex &i) {
            return i.data(AssetTableModel::FileNameRole)
                .toString()
                .contains(name, Qt::CaseInsensitive);
        }));
        assets->clearFilters();
        QVERIFY(settled(model));
        QCOMPARE(model->rowCount(), all);

        // Filters, each on its own: every row shown matches, and some rows are left out.
        struct Case
        {
            QComboBox *box;
            QVariant data; // findData() value, or the tri-state index when invalid
            int index;
            std::function<bool(const QModelIndex &)> matches;
        };
        const QList<Case> cases = {
            {assets->ownerBox(), int(AssetFilter::Owner::Me), -1,
                [](const QModelIndex &i) {
                    return !i.data(AssetTableModel::IsPartnerRole).toBool();
                }},
            {assets->ownerBox(), int(AssetFilter::Owner::Partners), -1,
                [](const QModelIndex &i) {
                    return i.data(AssetTableModel::IsPartnerRole).toBool();
                }},
            {assets->typeBox(), QStringLiteral("VIDEO"), -1,
                [](const QModelIndex &i) {
                    return i.data(AssetTableModel::TypeRole).toString()
                        == QLatin1StringView("VIDEO");
                }},
            {assets->typeBox(), QStringLiteral("IMAGE"), -1,
                [](const QModelIndex &i) {
                    return i.data(AssetTableModel::TypeRole).toString()
                        == QLatin1StringView("IMAGE");
                }},
            {assets->favoriteBox(), {}, 1,
                [](const QModelIndex &i) {
                    return i.data(AssetTableModel::IsFavoriteRole).toBool();
                }},
            {assets->trashedBox(), {}, 1,
                [](const QModelIndex &i) {
                    return i.data(AssetTableModel::IsTrashedRole).toBool();
                }},
            {assets->trashedBox(), {}, 2,
                [](const QModelIndex &i) {
                    return !i.data(AssetTableModel::IsTrashedRole).toBool();
                }},
        };
        for (const Case &c : cases) {
            const int index = c.data.isValid() ? c.box->findData(c.data) : c.index;
            QVERIFY(index > 0);
            // Chosen with the keyboard, as a person without a mouse would.
            c.box->setFocus();
            c.box->setCurrentIndex(0);
            for (int k = 0; k < index; ++k)
                QTest::keyClick(c.box, Qt::Key_Down);
            QCOMPARE(c.box->currentIndex(), index);
            QVERIFY(settled(model));
            qInfo("%s = %s: %d of %d rows", qPrintable(c.box->accessibleName()),
                qPrintable(c.box->currentText()), model->rowCount(), all);
            QVERIFY2(
                model->rowCount() > 0 && model->rowCount() < all, qPrintable(c.box->currentText()));
            QVERIFY2(forLoadedRows(model, 200, c.matches), qPrintable(c.box->currentText()));
            assets->clearFilters();
            QVERIFY(settled(model));
        }
        QCOMPARE(model->rowCount(), all);

        // Sort by file name, ascending: the sort key never decreases.
        assets->sortBox()->setCurrentIndex(
            assets->sortBox()->findData(int(AssetTableModel::FileNameColumn)));
        Q_EMIT assets->sortBox()->activated(assets->sortBox()->currentIndex());
        if (assets->orderButton()->isChecked())
            assets->orderButton()->click();
        QCOMPARE(model->sortColumn(), int(AssetTableModel::FileNameColumn));
        QCOMPARE(model->sortOrder(), Qt::AscendingOrder);
        QVERIFY(settled(model));
        QString previousName;
        QVERIFY(forLoadedRows(model, 150, [&](const QModelIndex &i) {
            const QString n = i.data(AssetTableModel::SortValueRole).toString();
            const bool ok = n >= previousName;
            previousName = n;
            return ok;
        }));
        QCOMPARE(assets->tableView()->horizontalHeader()->sortIndicatorSection(),
            int(AssetTableModel::FileNameColumn));
        Test::saveScreenshot(&window, QStringLiteral("assets-table"));

        // Select a partner's asset: its details, the owner's name as typed (plain text).
        assets->ownerBox()->setCurrentIndex(
            assets->ownerBox()->findData(int(AssetFilter::Owner::Partners)));
        assets->applyFilter();
        QVERIFY(settled(model));
        QTableView *table = assets->tableView();
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Down); // the keyboard moves the selection and the details
        const QModelIndex selected = model->index(1, 0);
        const QString id = selected.data(AssetTableModel::IdRole).toString();
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE(assets->detailAssetId(), id);
        QCOMPARE(assets->detailsTitle()->text().remove(QChar(0x200B)), // break opportunities only
            selected.data(AssetTableModel::FileNameRole).toString());
        QCOMPARE(assets->detailsTitle()->accessibleName(),
            selected.data(AssetTableModel::FileNameRole).toString());
        QTRY_VERIFY_WITH_TIMEOUT(assets->detailField(tr("Id")) != nullptr, 10000);
        auto *owner = qobject_cast<QLabel *>(assets->detailField(tr("Owner")));
        QVERIFY(owner);
        QCOMPARE(owner->text(), m_markupName);
        QCOMPARE(owner->textFormat(), Qt::PlainText);
        auto *idField = qobject_cast<QLabel *>(assets->detailField(tr("Id")));
        QVERIFY(idField);
        QCOMPARE(idField->text().remove(QChar(0x200B)), id);
        QCOMPARE(idField->textFormat(), Qt::PlainText);
        QVERIFY(assets->detailField(tr("Camera")) || assets->detailField(tr("Exif")));

        // Nothing in the details pane is cut: each field is as wide as the pane allows and tall
        // enough for its wrapped text, and the pane never needs to scroll sideways.
        QTest::qWait(100);
        QWidget *pane = assets->detailsPane();
        const auto checkNotClipped = [&](const char *when) {
            for (QLabel *label : pane->findChildren<QLabel *>()) {
                if (!label->isVisible() || label->text().isEmpty())
                    continue;
                const QRect inPane(label->mapTo(pane, QPoint(0, 0)), label->size());
                QVERIFY2(inPane.right() <= pane->width(),
                    qPrintable(QStringLiteral("%1: \"%2\" ends at %3 of %4")
                                   .arg(QString::fromLatin1(when), label->text())
                                   .arg(inPane.right())
                                   .arg(pane->width())));
                if (label->wordWrap()) {
                    QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                        qPrintable(QStringLiteral("%1: \"%2\" is %3 px high, needs %4")
                                       .arg(QString::fromLatin1(when), label->text())
                                       .arg(label->height())
                                       .arg(label->heightForWidth(label->width()))));
                } else {
                    QVERIFY2(
                        label->width() >= label->fontMetrics().horizontalAdvance(label->text()),
                        qPrintable(QStringLiteral("%1: \"%2\" is cut")
                                       .arg(QString::fromLatin1(when), label->text())));
                }
            }
        };
        const auto checkPreview = [&] {
            QLabel *preview = assets->previewLabel();
            QVERIFY(!preview->pixmap().isNull());
            QVERIFY2(preview->pixmap().width() <= preview->contentsRect().width(),
                qPrintable(QStringLiteral("preview %1 px in %2")
                               .arg(preview->pixmap().width())
                               .arg(preview->contentsRect().width())));
            QVERIFY(preview->mapTo(pane, QPoint(preview->width(), 0)).x() <= pane->width());
        };
        checkNotClipped("1280 px window");
        checkPreview();
        Test::saveScreenshot(pane, QStringLiteral("assets-details"));
        window.resize(900, 700); // a narrow window: the pane at its minimum width
        QTest::qWait(200);
        checkNotClipped("900 px window");
        checkPreview();
        Test::saveScreenshot(pane, QStringLiteral("assets-details-narrow"));
        window.resize(1280, 820);
        QTest::qWait(200);

        // The grid, with thumbnails from the server.
        assets->clearFilters();
        QVERIFY(settled(model));
        assets->setViewMode(AssetsPanel::ViewMode::Grid);
        QListView *grid = assets->gridView();
        grid->setFocus();
        grid->setCurrentIndex(model->index(0, AssetTableModel::FileNameColumn));
        QTRY_VERIFY_WITH_TIMEOUT(app.thumbnailCache()->fetchCount() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            app.thumbnailCache()->inFlightCount() == 0 && app.thumbnailCache()->queuedCount() == 0,
            20000);
        const QString firstId = model->index(0, 0).data(AssetTableModel::IdRole).toString();
        QTRY_VERIFY_WITH_TIMEOUT(app.thumbnailCache()->isLoaded(firstId), 10000);
        QTest::keyClick(grid, Qt::Key_Right); // keyboard moves through the grid too
        QTRY_COMPARE(
            assets->detailAssetId(), model->index(1, 0).data(AssetTableModel::IdRole).toString());
        QTest::qWait(300);
        Test::saveScreenshot(&window, QStringLiteral("assets-grid"));

        // The placeholder beside the thumbnail it stands for: same shape, similar colours?
        const QString hash = model->index(0, 0).data(AssetTableModel::ThumbhashRole).toString();
        const QImage placeholder = ThumbHash::decodeBase64(hash);
        QVERIFY(!placeholder.isNull());
        const QImage real = app.thumbnailCache()->pixmap(firstId, hash).toImage();
        QVERIFY(!real.isNull());
        const double placeholderAspect = double(placeholder.width()) / placeholder.height();
        const double realAspect = double(real.width()) / real.height();
        const double hashAspect
            = ThumbHash::approximateAspectRatio(QByteArray::fromBase64(hash.toLatin1()));
        // The decoder keeps the hash's own shape.
        QVERIFY2(std::abs(placeholderAspect - hashAspect) < 0.15,
            qPrintable(QStringLiteral("%1 vs %2").arg(placeholderAspect).arg(hashAspect)));
        qInfo("thumbhash vs thumbnail of %s: aspect %.2f vs %.2f, average colour %s vs %s "
              "(distance %.0f)",
            qPrintable(firstId), placeholderAspect, realAspect,
            qPrintable(averageColour(placeholder).name()), qPrintable(averageColour(real).name()),
            colourDistance(averageColour(placeholder), averageColour(real)));
        {
            const int h = 240;
            const int pw = int(h * placeholderAspect), rw = int(h * realAspect);
            QImage pair(pw + rw + 30, h + 20, QImage::Format_RGB32);
            pair.fill(Qt::white);
            QPainter p(&pair);
            p.setRenderHint(QPainter::SmoothPixmapTransform);
            p.drawImage(QRect(10, 10, pw, h), placeholder);
            p.drawImage(QRect(20 + pw, 10, rw, h), real);
            p.end();
            pair.save(QDir(Test::outputPath(QStringLiteral("screenshots")))
                          .filePath(QStringLiteral("thumbhash-vs-thumbnail.png")));
        }
    }

    void fullSyncOnlySaysWhatItDoesNotKnow()
    {
        // An account that has only run a full sync: REST hides the partner's favourites and does
        // not say since when an asset is in the trash. The details say "unknown" for those.
        const QString dora = m_server->addUser(QStringLiteral("dora@example.test"),
            QStringLiteral("dora-pw"), QStringLiteral("Dora Fullsync"));
        const QStringList doras = m_server->addAssets(dora, 3);
        m_server->trashAsset(doras.at(0));
        m_server->addPartner(m_server->partnerUserId(), dora, true);
        AppController app;
        MainWindow window(&app);
        window.resize(1280, 820);
        window.show();
        app.logIn(m_server->baseUrl().toString(), QStringLiteral("dora@example.test"),
            QStringLiteral("dora-pw"));
        QVERIFY(
            QTest::qWaitFor([&] { return app.state() == AppController::State::Connected; }, 15000));
        QSignalSpy finished(app.syncService(), &SyncService::runFinished);
        app.syncService()->startFullSync(FullSyncOptions {});
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).value<RunResult>().outcome, RunOutcome::Complete);

        window.showPanel(MainWindow::AssetsTab);
        AssetsPanel *assets = window.assetsPanel();
        AssetTableModel *model = app.assetModel();
        assets->setViewMode(AssetsPanel::ViewMode::Table);
        assets->trashedBox()->setCurrentIndex(0);
        QVERIFY(settled(model));
        QVERIFY(model->rowCount() > 3);
        const auto detailText = [&](const QString &id, const QString &key) -> QString {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (!QTest::qWaitFor([&] { return model->isRowLoaded(row); }, 10000))
                    return QStringLiteral("row not loaded");
                if (model->index(row, 0).data(AssetTableModel::IdRole).toString() != id
                    && !(id.isEmpty()
                        && model->index(row, 0).data(AssetTableModel::IsPartnerRole).toBool()))
                    continue;
                assets->tableView()->selectRow(row);
                const QString selected
                    = model->index(row, 0).data(AssetTableModel::IdRole).toString();
                if (!QTest::qWaitFor(
                        [&] {
                            return assets->detailAssetId() == selected && assets->detailField(key);
                        },
                        10000))
                    return QStringLiteral("no detail");
                return qobject_cast<QLabel *>(assets->detailField(key))
                    ->text()
                    .remove(QChar(0x200B));
            }
            return QStringLiteral("no such row");
        };
        QCOMPARE(detailText(QString(), tr("Favorite")),
            AssetsPanel::tr("unknown (a full sync does not say; a stream sync will)"));
        QCOMPARE(
            detailText(doras.at(0), tr("In trash")), AssetsPanel::tr("yes, since an unknown time"));
        QCOMPARE(detailText(doras.at(1), tr("Favorite")), QObject::tr("no"));
        Test::saveScreenshot(&window, QStringLiteral("assets-details-fullsync"));
    }

    void dimensionsFromExifWhenTheAssetHasNone()
    {
        // Immich before 2.5 sends no width and height with an asset; its exif record has them,
        // and the details pane shows them. The table's Dimensions column shows those then.
        DevServer old;
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 12;
        spec.partnerAssets = 0;
        spec.videoRatio = 0;
        spec.livePhotoRatio = 0;
        old.generateLibrary(spec);
        QVERIFY(old.setVersion(QStringLiteral("1.135.3")));
        QVERIFY(old.start(0));
        AppController app;
        MainWindow window(&app);
        window.resize(1200, 800);
        window.show();
        app.logIn(old.baseUrl().toString(), DevServer::adminEmail(), DevServer::adminPassword());
        QVERIFY(
            QTest::qWaitFor([&] { return app.state() == AppController::State::Connected; }, 15000));
        QSignalSpy finished(app.syncService(), &SyncService::runFinished);
        window.showPanel(MainWindow::SyncTab);
        window.syncPanel()->setAckMode(AckMode::Automatic);
        window.syncPanel()->startButton()->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).value<RunResult>().outcome, RunOutcome::Complete);

        window.showPanel(MainWindow::AssetsTab);
        AssetsPanel *assets = window.assetsPanel();
        AssetTableModel *model = app.assetModel();
        assets->setViewMode(AssetsPanel::ViewMode::Table);
        QVERIFY(settled(model));
        QVERIFY(model->rowCount() >= 3);
        for (int row = 0; row < 3; ++row) {
            QVERIFY(QTest::qWaitFor([&] { return model->isRowLoaded(row); }, 10000));
            const QString id = model->index(row, 0).data(AssetTableModel::IdRole).toString();
            assets->tableView()->selectRow(row);
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return assets->detailAssetId() == id
                        && assets->detailField(tr("Exif dimensions"));
                },
                10000));
            const QString exif
                = qobject_cast<QLabel *>(assets->detailField(tr("Exif dimensions")))->text();
            QVERIFY2(exif.contains(QChar(0x00D7)), qPrintable(exif));
            const QString shown
                = model->index(row, AssetTableModel::DimensionsColumn).data().toString();
            QCOMPARE(shown, exif);
        }
        // Sorting by the column sorts by what it shows.
        model->sort(AssetTableModel::DimensionsColumn, Qt::DescendingOrder);
        QVERIFY(settled(model));
        qint64 previous = -1;
        QVERIFY(forLoadedRows(model, model->rowCount(), [&](const QModelIndex &i) {
            const QStringList wh = i.siblingAtColumn(AssetTableModel::DimensionsColumn)
                                       .data()
                                       .toString()
                                       .split(QStringLiteral(" \u00d7 "));
            if (wh.size() != 2)
                return false;
            const qint64 area = wh.at(0).toLongLong() * wh.at(1).toLongLong();
            const bool ok = previous < 0 || area <= previous;
            previous = area;
            return ok;
        }));
        Test::saveScreenshot(&window, QStringLiteral("assets-table-exif-dimensions"));

        // The Overview: 1.135.3 has no stream of album entries (nor stacks, memories, people,
        // faces). Those counts say so instead of a 0 that reads as "none".
        window.showPanel(MainWindow::OverviewTab);
        QTableWidget *counts = window.overviewPanel()->countsTable();
        const auto countOf = [&](const QString &what) -> QTableWidgetItem * {
            for (int row = 0; row < counts->rowCount(); ++row)
                if (counts->item(row, 0) && counts->item(row, 0)->text() == what)
                    return counts->item(row, 1);
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(countOf(OverviewPanel::tr("Album entries")) != nullptr, 10000);
        for (const char *what : {"Album entries", "Stacks", "Memories", "People", "Faces"}) {
            QTableWidgetItem *item = countOf(OverviewPanel::tr(what));
            if (!item)
                continue; // a table the mirror does not have
            QCOMPARE(item->text(), OverviewPanel::tr("not available on this server version"));
            QVERIFY2(
                item->toolTip().contains(QStringLiteral("1.135.3")), qPrintable(item->toolTip()));
            QVERIFY2(
                item->toolTip().contains(QStringLiteral("1.136.0")), qPrintable(item->toolTip()));
        }
        QTableWidgetItem *albums = countOf(OverviewPanel::tr("Albums"));
        QVERIFY(albums);
        bool isNumber = false;
        QLocale().toLongLong(albums->text(), &isNumber);
        QVERIFY2(isNumber, qPrintable(albums->text())); // 1.133 and later send albums
        Test::saveScreenshot(&window, QStringLiteral("overview-immich-1.135.3"));
    }

    void everyControlIsNamedAndReachable()
    {
        AppController app;
        MainWindow window(&app);
        window.resize(1280, 820);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showPanel(MainWindow::AssetsTab);
        AssetsPanel *assets = window.assetsPanel();
        for (const auto mode : {AssetsPanel::ViewMode::Table, AssetsPanel::ViewMode::Grid}) {
            assets->setViewMode(mode);
            QList<QWidget *> controls;
            for (QWidget *w : assets->findChildren<QWidget *>()) {
                const bool control = qobject_cast<QAbstractButton *>(w)
                    || qobject_cast<QComboBox *>(w) || qobject_cast<QLineEdit *>(w)
                    || qobject_cast<QAbstractItemView *>(w);
                // Parts of a control (a table's header, a line edit's clear button) belong to it.
                bool part = false;
                for (QWidget *p = w->parentWidget(); p && p != assets; p = p->parentWidget())
                    if (qobject_cast<QAbstractItemView *>(p) || qobject_cast<QComboBox *>(p)
                        || qobject_cast<QLineEdit *>(p))
                        part = true;
                if (control && !part && w->isVisibleTo(assets))
                    controls << w;
            }
            QVERIFY(controls.size() >= 14);
            for (QWidget *w : std::as_const(controls)) {
                const QString what = QString::fromLatin1(w->metaObject()->className())
                    + QLatin1Char(' ') + w->accessibleName();
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(what));
                QVERIFY2(!w->accessibleDescription().isEmpty(), qPrintable(what));
                // Qt takes unchecked auto-exclusive buttons out of the Tab chain (one stop per
                // group, arrows inside it); they are checked below.
                auto *button = qobject_cast<QAbstractButton *>(w);
                if (!button || !button->autoExclusive() || button->isChecked())
                    QVERIFY2(w->focusPolicy() & Qt::TabFocus, qPrintable(what));
            }
            // Tab walks through all of them.
            QSet<QWidget *> reached;
            controls.first()->setFocus();
            for (int i = 0; i < 4 * controls.size() && reached.size() < controls.size(); ++i) {
                QWidget *focus = QApplication::focusWidget();
                if (focus && controls.contains(focus))
                    reached.insert(focus);
                QTest::keyClick(focus ? focus : static_cast<QWidget *>(&window), Qt::Key_Tab);
            }
            // Auto-exclusive buttons (table / grid) are one Tab stop, like radio buttons: the
            // arrow keys move from the checked one to the others.
            for (QWidget *w : std::as_const(controls)) {
                auto *button = qobject_cast<QAbstractButton *>(w);
                if (reached.contains(w) || !button || !button->autoExclusive())
                    continue;
                for (QWidget *other : std::as_const(controls)) {
                    auto *checked = qobject_cast<QAbstractButton *>(other);
                    if (checked && checked != button && checked->autoExclusive()
                        && checked->isChecked() && reached.contains(checked)) {
                        for (const auto key : {Qt::Key_Right, Qt::Key_Left}) {
                            checked->setFocus();
                            QTest::keyClick(checked, key);
                            if (QApplication::focusWidget() == button)
                                reached.insert(button);
                        }
                    }
                }
            }
            for (QWidget *w : std::as_const(controls))
                QVERIFY2(reached.contains(w), qPrintable(w->accessibleName()));
        }
    }
};

QTEST_MAIN(UiAssetsTest)
#include "ui_assets.moc"
