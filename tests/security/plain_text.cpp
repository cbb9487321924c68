// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Text from the server is shown as plain text. A user name, a partner's name and an album name
// that look like HTML are served by the dev server; after a real login and sync every label of the
// main window (all panels, the selected asset's details) that shows them must show the literal
// characters, not render them: a QLabel in Qt::AutoText would draw "<b>" as bold and load <img>.
#include "AppController.h"
#include "MainWindow.h"
#include "UiTestEnv.h"
#include "dialogs/ConnectDialog.h"
#include "models/AssetTableModel.h"
#include "panels/AssetsPanel.h"
#include "panels/SyncPanel.h"
#include "sync/SyncService.h"

#include "DevServer.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextDocument>

using namespace Tidemark;
using TidemarkDev::DevServer;

namespace {
const QString kUser = QStringLiteral("<b>Admin</b><img src=\"file:///etc/passwd\">");
const QString kPartner = QStringLiteral("<i>Bob</i><a href=\"https://evil.example\">x</a>");
const QString kAlbum = QStringLiteral("<h1>Album</h1><img src=x>");
const QStringList kMarkers
    = {QStringLiteral("<b>Admin"), QStringLiteral("<i>Bob"), QStringLiteral("<h1>Album")};

//! Labels that contain one of the injected strings, and whether each renders it literally.
QStringList renderedAsHtml(QWidget *root, int *seen)
{
    QStringList bad;
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *l : labels) {
        const QString text = l->text();
        bool ours = false;
        for (const QString &m : kMarkers)
            ours = ours || text.contains(m);
        if (!ours)
            continue;
        ++*seen;
        const bool rich = l->textFormat() == Qt::RichText
            || (l->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
        if (rich)
            bad << QStringLiteral("%1 (%2): %3")
                       .arg(l->objectName(),
                           QString::fromLatin1(l->parentWidget()->metaObject()->className()), text);
    }
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const QString tip = w->toolTip();
        for (const QString &m : kMarkers)
            if (tip.contains(m) && Qt::mightBeRichText(tip))
                bad << QStringLiteral("tooltip of %1: %2")
                           .arg(QString::fromLatin1(w->metaObject()->className()), tip);
    }
    // Item views draw plain text, but their tooltips are shown as rich text when they look like it.
    for (QAbstractItemView *v : root->findChildren<QAbstractItemView *>()) {
        QAbstractItemModel *m = v->model();
        if (!m)
            continue;
        for (int r = 0; r < qMin(m->rowCount(), 3000); ++r)
            for (int c = 0; c < m->columnCount(); ++c) {
                const QString tip = m->index(r, c).data(Qt::ToolTipRole).toString();
                bool ours = false;
                for (const QString &mk : kMarkers)
                    ours = ours || tip.contains(mk);
                if (ours && Qt::mightBeRichText(tip))
                    bad << QStringLiteral("tooltip of %1 row %2 column %3: %4")
                               .arg(QString::fromLatin1(m->metaObject()->className()))
                               .arg(r)
                               .arg(c)
                               .arg(tip.left(200));
                if (ours)
                    ++*seen;
            }
    }
    return bad;
}
} // namespace

class PlainTextTest : public QObject
{
    Q_OBJECT
    DevServer *m_server = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        Test::setUpUiEnvironment();
        m_server = new DevServer(this);
        TidemarkDev::LibrarySpec spec;
        spec.ownAssets = 20;
        spec.partnerAssets = 5;
        m_server->generateLibrary(spec);
        m_server->renameUser(m_server->adminUserId(), kUser);
        m_server->renameUser(m_server->partnerUserId(), kPartner);
        m_server->createAlbum(m_server->adminUserId(), kAlbum,
            m_server->ownedAssetIds(m_server->adminUserId()).mid(0, 3));
        QVERIFY(m_server->start(0));
    }

    void serverStringsStayLiteral()
    {
        AppController app;
        MainWindow window(&app);
        window.resize(1280, 820);
        window.show();
        ConnectDialog dialog(&app, &window);
        dialog.show();
        dialog.urlField()->setText(m_server->baseUrl().toString());
        dialog.emailField()->setText(DevServer::adminEmail());
        dialog.passwordField()->setText(DevServer::adminPassword());
        dialog.logIn();
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::Connected, 15000);

        QSignalSpy finished(app.syncService(), &SyncService::runFinished);
        window.showPanel(MainWindow::SyncTab);
        window.syncPanel()->startButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() > 0, 60000);

        int seen = 0;
        QStringList bad;
        for (MainWindow::Panel p :
            {MainWindow::OverviewTab, MainWindow::SyncTab, MainWindow::AssetsTab,
                MainWindow::CheckpointsTab, MainWindow::InspectorTab, MainWindow::FullDeltaTab}) {
            window.showPanel(p);
            QTest::qWait(200);
            bad << renderedAsHtml(&window, &seen);
        }
        // The selected asset's details (owner, albums).
        window.showPanel(MainWindow::AssetsTab);
        AssetTableModel *model = app.assetModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && model->isRowLoaded(0), 10000);
        QTableView *table = window.assetsPanel()->tableView();
        for (int row = 0; row < qMin(model->rowCount(), 5); ++row) {
            table->selectRow(row);
            QTest::qWait(100);
            bad << renderedAsHtml(&window, &seen);
        }
        Test::saveScreenshot(&window, QStringLiteral("plain-text-assets"));
        QVERIFY2(seen > 0, "no label showed a server string: the test would prove nothing");
        bad.removeDuplicates();
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(PlainTextTest)
#include "plain_text.moc"
