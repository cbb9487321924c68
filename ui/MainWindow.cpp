// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AppController.h"
#include "RunPhaseText.h"
#include "ThumbnailCache.h"
#include "UiSettings.h"
#include "desktop/Diagnostics.h"
#include "desktop/PeriodicSync.h"
#include "desktop/StatusColors.h"
#include "desktop/TrayIcon.h"
#include "dialogs/AddressesDialog.h"
#include "dialogs/ClientCertificateDialog.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/HeadersDialog.h"
#include "dialogs/MirrorRecoveryDialog.h"
#include "dialogs/SettingsDialog.h"
#include "models/AssetTableModel.h"
#include "panels/AssetsPanel.h"
#include "panels/CheckpointsPanel.h"
#include "panels/FullDeltaPanel.h"
#include "panels/InspectorPanel.h"
#include "panels/OverviewPanel.h"
#include "panels/SyncPanel.h"
#include "sync/SyncService.h"
#include "util/LogFile.h"
#include "widgets/ErrorBanner.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

// The icons live in tidemark_ui, a static library: its resources must be registered explicitly
// (from outside any namespace, as Q_INIT_RESOURCE declares the function it calls).
static void initTidemarkResources()
{
    Q_INIT_RESOURCE(tidemark);
}

namespace Tidemark {

namespace {
QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/tidemark/icons/%1.svg").arg(QLatin1StringView(name)));
}
} // namespace

MainWindow::MainWindow(AppController *app, QWidget *parent) : QMainWindow(parent), m_app(app)
{
    initTidemarkResources();
    setWindowTitle(tr("Tidemark"));
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icon("tidemark"));

    // A mirror that fails its checks is offered for a rebuild in the window's own dialog.
    app->setMirrorRecoveryPrompt([this](const MirrorHealthReport &report, QString *aside) {
        return MirrorRecoveryDialog::offer(report, this, aside);
    });

    m_banner = new ErrorBanner(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Panels"));
    m_tabs->setAccessibleDescription(tr("Ctrl+1 to Ctrl+6 switch between the panels."));
    m_tabs->setDocumentMode(true);
    m_overview = new OverviewPanel(app, m_tabs);
    m_sync = new SyncPanel(app, m_tabs);
    m_assets = new AssetsPanel(app, m_tabs);
    m_checkpoints = new CheckpointsPanel(app, m_tabs);
    m_inspector = new InspectorPanel(app, m_tabs);
    m_fullDelta = new FullDeltaPanel(app, m_tabs);
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_sync, tr("S&ync"));
    m_tabs->addTab(m_assets, tr("&Assets"));
    m_tabs->addTab(m_checkpoints, tr("&Checkpoints"));
    m_tabs->addTab(m_inspector, tr("Stream &inspector"));
    m_tabs->addTab(m_fullDelta, tr("&Full / delta sync"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_connection = new QLabel(this);
    m_connection->setTextFormat(Qt::PlainText);
    m_connection->setAccessibleName(tr("Connection state"));
    m_account = new QLabel(this);
    m_account->setTextFormat(Qt::PlainText);
    m_account->setAccessibleName(tr("Current account"));
    m_run = new QLabel(this);
    m_run->setTextFormat(Qt::PlainText);
    m_run->setAccessibleName(tr("Sync status"));
    // Fixed size, wide enough for a million-event run's tick: progress changes the text several
    // times a second, and a label whose size hint followed its text would relayout the status
    // bar and the whole window on every tick (a fixed-size widget's updateGeometry() stops at it).
    RunProgress committing;
    committing.phase = RunPhase::Committing;
    const QString widest = tr("%1 · %Ln event(s) · %2/s", nullptr, 9999999)
                               .arg(runPhaseText(committing), QLocale().toString(999999.0, 'f', 0));
    m_run->setText(widest);
    m_run->setFixedSize(m_run->sizeHint().width() + m_run->fontMetrics().averageCharWidth() * 2,
        m_run->sizeHint().height());
    m_run->clear();
    m_run->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Opening the mirror may upgrade it to this version's format first (seconds at a million
    // assets, once per upgrade): said while it lasts, with its steps.
    m_upgradeLabel
        = new QLabel(tr("Upgrading the local mirror for this version of Tidemark…"), this);
    m_upgradeLabel->setTextFormat(Qt::PlainText);
    m_upgradeLabel->setToolTip(tr("Syncing and browsing start when it is done. It happens once "
                                  "per new version and takes seconds for a large library."));
    m_upgradeBar = new QProgressBar(this);
    m_upgradeBar->setAccessibleName(tr("Mirror upgrade progress"));
    m_upgradeBar->setFormat(tr("step %v of %m"));
    m_upgradeBar->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    m_upgradeLabel->hide();
    m_upgradeBar->hide();
    statusBar()->addWidget(m_connection);
    statusBar()->addWidget(m_account, 1);
    statusBar()->addWidget(m_upgradeLabel);
    statusBar()->addWidget(m_upgradeBar);
    statusBar()->addPermanentWidget(m_run);

    createActions();

    m_tray = new TrayIcon(app, this);
    connect(m_tray, &TrayIcon::syncNowRequested, m_sync, &SyncPanel::start);
    connect(m_tray, &TrayIcon::showWindowRequested, this, &MainWindow::activate);
    connect(m_tray, &TrayIcon::quitRequested, this, &QWidget::close);
    m_tray->showIfAvailable();
    m_periodic = new PeriodicSync(app, this);
    connect(m_periodic, &PeriodicSync::due, m_sync, &SyncPanel::start);
    m_periodic->applySettings();

    connect(m_banner, &ErrorBanner::actionRequested, this, &MainWindow::handleAction);
    connect(m_sync, &SyncPanel::actionRequested, this, &MainWindow::handleAction);
    connect(
        m_inspector, &InspectorPanel::ackUpToRequested, m_checkpoints, &CheckpointsPanel::ackUpTo);
    connect(app, &AppController::stateChanged, this, &MainWindow::updateStatus);
    connect(app, &AppController::accountChanged, this, &MainWindow::updateStatus);
    connect(app, &AppController::accountsChanged, this, &MainWindow::rebuildAccountMenu);
    connect(app, &AppController::capabilitiesChanged, this, &MainWindow::updateActions);
    connect(app, &AppController::errorOccurred, this,
        [this](const Error &e, const QString &context) { m_banner->showError(e, context); });
    connect(app, &AppController::notice, this, [this](const QString &message) {
        m_banner->showMessage(message, ErrorBanner::Level::Warning);
    });
    connect(app, &AppController::demoStarted, this, [this] {
        m_banner->showMessage(
            tr("Demo mode: a sample Immich server runs inside Tidemark with a made-up "
               "library. Start a sync to fill the mirror."),
            ErrorBanner::Level::Info);
    });
    SyncService *sync = app->syncService();
    connect(sync, &SyncService::runStarted, this, [this] {
        m_running = true;
        setRunText(tr("Syncing…"));
        updateActions();
    });
    connect(sync, &SyncService::progress, this, [this](const RunProgress &p) {
        setRunText(tr("%1 · %Ln event(s) · %2/s", nullptr, int(p.events))
                       .arg(runPhaseText(p), QLocale().toString(p.eventsPerSecond, 'f', 0)));
    });
    connect(sync, &SyncService::runFinished, this, [this](const RunResult &r) {
        m_running = false;
        setRunText(tr("Last run: %1").arg(runWordText(runOutcomeName(r))));
        updateActions();
    });
    connect(sync, &SyncService::mirrorUpgradeProgress, this, [this](int step, int steps) {
        const bool upgrading = step < steps;
        m_upgradeBar->setRange(0, steps);
        m_upgradeBar->setValue(step);
        m_upgradeLabel->setVisible(upgrading);
        m_upgradeBar->setVisible(upgrading);
    });
    connect(sync, &SyncService::waitingForMirror, this, [this](qint64 pid) {
        m_running = true;
        setRunText(
            Error::make(Error::Kind::Busy, QStringLiteral("mirror: lock"), QString::number(pid))
                .userMessage());
        updateActions();
    });
    connect(sync, &SyncService::retryScheduled, this,
        [this](int attempt, int seconds, const Error &cause) {
            setRunText(tr("Retrying in %1 s (attempt %2): %3")
                           .arg(seconds)
                           .arg(attempt)
                           .arg(cause.userMessage()));
        });

    connect(m_tabs, &QTabWidget::currentChanged, this,
        [](int index) { UiSettings::setCurrentPanel(index); });
    const QByteArray geometry = UiSettings::windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1200, 800);
    restoreState(UiSettings::windowState());
    m_tabs->setCurrentIndex(std::clamp(UiSettings::currentPanel(), 0, m_tabs->count() - 1));
    rebuildAccountMenu();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    // ---- File -----------------------------------------------------------------------------------
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_connectAction = file->addAction(
        icon("connect"), tr("&Connect to a server…"), this, &MainWindow::showConnectDialog);
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_demoAction = file->addAction(tr("Try the &demo"), m_app, &AppController::startDemo);
    file->addSeparator();
    QAction *open = file->addAction(icon("open"), tr("&Open JSONL capture…"), this, [this] {
        showPanel(InspectorTab);
        m_inspector->openJsonl();
    });
    open->setShortcut(QKeySequence::Open);
    QAction *exportRun = file->addAction(tr("&Export run as JSONL…"), this, [this] {
        showPanel(InspectorTab);
        m_inspector->exportJsonl();
    });
    exportRun->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addSeparator();
    QAction *settings
        = file->addAction(icon("settings"), tr("&Settings…"), this, &MainWindow::showSettings);
    const QKeySequence preferences(QKeySequence::Preferences);
    settings->setShortcut(
        preferences.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma) : preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // ---- Account
    // ---------------------------------------------------------------------------------
    QMenu *account = menuBar()->addMenu(tr("A&ccount"));
    m_accountsMenu = account->addMenu(tr("&Switch to"));
    m_reconnectAction
        = account->addAction(icon("reconnect"), tr("&Reconnect"), m_app, &AppController::reconnect);
    m_reconnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_apiKeyAction = account->addAction(tr("Set &API key…"), this, [this] {
        bool ok = false;
        const QString key = QInputDialog::getText(this, tr("API key"),
            tr("API key for full and delta sync (empty removes it).\n"
               "The sync stream and checkpoints always need a login session."),
            QLineEdit::Password, QString(), &ok);
        if (ok)
            m_app->setApiKey(key.trimmed());
    });
    m_headersAction = account->addAction(tr("&Proxy headers…"), this, [this] {
        HeadersDialog dialog(m_app->serverAccess(), this);
        if (dialog.exec() == QDialog::Accepted)
            m_app->setServerAccess(dialog.access());
    });
    m_clientCertificateAction = account->addAction(tr("Client &certificate…"), this, [this] {
        ClientCertificateDialog dialog(m_app->serverAccess().clientCertificate, this);
        if (dialog.exec() == QDialog::Accepted) {
            ServerAccess access = m_app->serverAccess();
            access.clientCertificate = dialog.certificate();
            m_app->setServerAccess(access);
        }
    });
    m_addressesAction = account->addAction(tr("Server a&ddresses…"), this, [this] {
        AddressesDialog dialog(m_app, this);
        dialog.exec();
    });
    account->addSeparator();
    m_logOutAction = account->addAction(tr("&Log out…"), this, &MainWindow::confirmLogOut);
    m_forgetAction = account->addAction(tr("&Forget this account…"), this, [this] {
        const AccountInfo a = m_app->currentAccount();
        if (QMessageBox::question(this, tr("Forget account"),
                tr("Forget %1 on this computer? This logs out and removes the saved "
                   "secrets. The local mirror file stays on disk.")
                    .arg(a.displayName()))
            == QMessageBox::Yes)
            m_app->forgetAccount(a.id);
    });

    // ---- Sync ---------------------------------------------------------------------------------
    QMenu *syncMenu = menuBar()->addMenu(tr("&Sync"));
    m_startAction = syncMenu->addAction(icon("sync"), tr("&Start sync"), this, [this] {
        showPanel(SyncTab);
        m_sync->start();
    });
    m_startAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_cancelAction
        = syncMenu->addAction(icon("cancel"), tr("&Cancel sync"), m_sync, &SyncPanel::cancel);
    m_cancelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    syncMenu->addSeparator();
    m_refreshAction
        = syncMenu->addAction(icon("refresh"), tr("&Refresh checkpoints"), this, [this] {
              m_checkpoints->refresh();
              m_app->refreshOverview();
          });
    m_refreshAction->setShortcut(QKeySequence::Refresh == QKeySequence(Qt::Key_F5)
            ? QKeySequence(Qt::CTRL | Qt::Key_R)
            : QKeySequence(Qt::CTRL | Qt::Key_R));
    syncMenu->addAction(tr("&Ack all pending"), m_checkpoints, &CheckpointsPanel::ackAll);
    syncMenu->addAction(tr("&Delete all checkpoints…"), m_checkpoints, &CheckpointsPanel::resetAll);

    // ---- View -----------------------------------------------------------------------------------
    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList names {tr("&Overview"), tr("S&ync"), tr("&Assets"), tr("&Checkpoints"),
        tr("Stream &inspector"), tr("&Full / delta sync")};
    for (int i = 0; i < names.size(); ++i) {
        QAction *a = view->addAction(names.at(i), this, [this, i] { showPanel(Panel(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *table = view->addAction(tr("Assets as &table"), this, [this] {
        showPanel(AssetsTab);
        m_assets->setViewMode(AssetsPanel::ViewMode::Table);
    });
    table->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    QAction *grid = view->addAction(tr("Assets as &grid"), this, [this] {
        showPanel(AssetsTab);
        m_assets->setViewMode(AssetsPanel::ViewMode::Grid);
    });
    grid->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));

    // ---- Help -----------------------------------------------------------------------------------
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        QMessageBox box(QMessageBox::Information, tr("Keyboard shortcuts"),
            tr("Ctrl+1 … Ctrl+6: panels\nF5: start sync\nCtrl+.: cancel sync\n"
               "Ctrl+R: refresh checkpoints\nCtrl+L: connect\nCtrl+F: search assets\n"
               "Ctrl+Shift+T / Ctrl+Shift+G: assets as table / grid\nCtrl+O: open JSONL\n"
               "Ctrl+Shift+S: export run\nCtrl+Shift+D: copy diagnostics\n"
               "Ctrl+,: settings\nTab: next control; arrow keys move between the bars "
               "of a chart\nShift+F10 or the Menu key: context menu\n"
               "Alt + underlined letter: any button"),
            QMessageBox::Close, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    });
    help->addSeparator();
    m_diagnosticsAction = help->addAction(
        icon("copy"), tr("Copy &diagnostics"), this, &MainWindow::copyDiagnostics);
    m_diagnosticsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_diagnosticsAction->setToolTip(
        tr("Copies versions, server, mirror and recent errors for a bug report "
           "(without passwords, tokens or keys)"));
    help->addAction(tr("Open &log folder"), this, [] {
        const LogFile *log = LogFile::installed();
        QDesktopServices::openUrl(
            QUrl::fromLocalFile(log ? log->options().directory : LogFile::defaultDirectory()));
    });
    help->addSeparator();
    help->addAction(tr("&About Tidemark"), this,
        [this] { QMessageBox::about(this, tr("About Tidemark"), aboutText()); });

    // ---- Toolbar --------------------------------------------------------------------------------
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setAccessibleName(tr("Main toolbar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_connectAction);
    bar->addSeparator();
    bar->addAction(m_startAction);
    bar->addAction(m_cancelAction);
    bar->addAction(m_refreshAction);
    bar->addSeparator();
    bar->addAction(m_reconnectAction);

    // The ">>" buttons that appear when the window is too narrow for the menus or the toolbar.
    if (auto *more = menuBar()->findChild<QWidget *>(QStringLiteral("qt_menubar_ext_button"))) {
        more->setAccessibleName(tr("More menus"));
        more->setAccessibleDescription(tr("The menus that do not fit the width of the window."));
    }
    if (auto *more = bar->findChild<QWidget *>(QStringLiteral("qt_toolbar_ext_button"))) {
        more->setAccessibleName(tr("More toolbar actions"));
        more->setAccessibleDescription(
            tr("The toolbar buttons that do not fit the width of the window."));
    }
}

void MainWindow::rebuildAccountMenu()
{
    m_accountsMenu->clear();
    auto *group = new QActionGroup(m_accountsMenu);
    const QString current = m_app->currentAccount().id;
    const QList<AccountInfo> accounts = m_app->accountStore().accounts();
    for (const AccountInfo &a : accounts) {
        QAction *act = m_accountsMenu->addAction(a.displayName());
        act->setCheckable(true);
        act->setChecked(a.id == current);
        act->setActionGroup(group);
        const QString id = a.id;
        connect(act, &QAction::triggered, this, [this, id] { m_app->switchAccount(id); });
    }
    if (accounts.isEmpty())
        m_accountsMenu->addAction(tr("(no saved accounts)"))->setEnabled(false);
    m_accountsMenu->addSeparator();
    m_accountsMenu->addAction(tr("&Add account…"), this, &MainWindow::showConnectDialog);
}

void MainWindow::setRunText(const QString &text)
{
    const QString shown
        = m_run->fontMetrics().elidedText(text, Qt::ElideRight, m_run->contentsRect().width());
    m_run->setText(shown);
    m_run->setToolTip(shown == text ? QString() : text);
}

void MainWindow::updateStatus()
{
    const AppController::State s = m_app->state();
    QString dot;
    switch (s) {
    case AppController::State::Connected:
        dot = QStringLiteral("● ");
        break;
    case AppController::State::Offline:
    case AppController::State::NeedsLogin:
        dot = QStringLiteral("○ ");
        break;
    default:
        dot = QStringLiteral("◌ ");
        break;
    }
    m_connection->setText(dot + AppController::stateText(s));
    m_connectionTone = int(s == AppController::State::Connected ? StatusColors::Tone::Good
            : (s == AppController::State::Offline || s == AppController::State::NeedsLogin)
            ? StatusColors::Tone::Caution
            : StatusColors::Tone::Normal);
    StatusColors::apply(m_connection, palette(), StatusColors::Tone(m_connectionTone));
    if (m_app->hasAccount()) {
        const AccountInfo a = m_app->currentAccount();
        QString text = a.displayName();
        if (m_app->serverVersion().isValid())
            text += QStringLiteral(" · Immich ") + m_app->serverVersion().toString();
        if (a.demo)
            text += QLatin1Char(' ') + tr("(demo)");
        m_account->setText(text);
        setWindowTitle(tr("Tidemark – %1").arg(a.displayName()));
    } else {
        m_account->setText(tr("No account: use File › Connect or try the demo."));
        setWindowTitle(tr("Tidemark"));
    }
    if (s == AppController::State::NeedsLogin) {
        // Without the keychain nothing was saved: a start without a session is no failure.
        const bool nothingSaved
            = m_app->secretsKeptOnlyWhileRunning() && !m_app->hasSession() && !m_app->hasApiKey();
        m_banner->showMessage(nothingSaved
                ? tr("Log in to sync. Tidemark is not using the system keychain, so it "
                     "does not keep sessions after it closes.")
                : tr("Log in again to sync: the saved session is no longer valid or was ended."),
            ErrorBanner::Level::Warning, Error::Action::LogInAgain);
    }
    updateActions();
    rebuildAccountMenu();
}

void MainWindow::updateActions()
{
    const bool connected = m_app->state() == AppController::State::Connected;
    m_startAction->setEnabled(connected && !m_running && m_app->capabilities().hasSyncStream());
    m_cancelAction->setEnabled(m_running);
    m_refreshAction->setEnabled(connected && m_app->hasSession());
    m_reconnectAction->setEnabled(m_app->hasAccount() && !connected);
    m_logOutAction->setEnabled(m_app->hasAccount() && m_app->hasSession());
    m_forgetAction->setEnabled(m_app->hasAccount());
    m_apiKeyAction->setEnabled(m_app->hasAccount());
    m_addressesAction->setEnabled(m_app->hasAccount() && !m_app->currentAccount().demo);
    m_headersAction->setEnabled(m_app->hasAccount() && !m_app->currentAccount().demo);
    m_clientCertificateAction->setEnabled(m_headersAction->isEnabled());
    const ServerCapabilities caps = m_app->capabilities();
    m_tabs->setTabVisible(FullDeltaTab, !caps.version().isValid() || caps.hasFullAndDeltaSync());
}

QString MainWindow::aboutText()
{
    return tr("Tidemark %1\nA desktop client for the Immich Sync API.")
               .arg(QStringLiteral(TIDEMARK_VERSION_STRING))
        + QStringLiteral("\n\n")
        + tr("Free software under the GNU General Public License, version 3 or later. It comes "
             "with no warranty.");
}

void MainWindow::showPanel(Panel panel)
{
    m_tabs->setCurrentIndex(int(panel));
    if (QWidget *w = m_tabs->currentWidget())
        w->setFocus();
}

void MainWindow::showConnectDialog()
{
    ConnectDialog dialog(m_app, this);
    if (m_app->hasAccount()) {
        dialog.setServerUrl(m_app->currentAccount().serverUrl);
        dialog.setEmail(m_app->currentAccount().email);
        // Logging in again behind the same proxy needs its headers again.
        dialog.setServerAccess(m_app->serverAccess());
    }
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    ThumbnailCache *cache = m_app->thumbnailCache();
    connect(cache, &ThumbnailCache::diskUsage, &dialog, &SettingsDialog::setCacheUsage);
    connect(&dialog, &SettingsDialog::clearThumbnailCacheRequested, cache, [cache] {
        cache->clear();
        cache->measureDiskUsage();
    });
    cache->measureDiskUsage();
    if (dialog.exec() == QDialog::Accepted) {
        cache->setMaxDiskBytes(qint64(UiSettings::thumbnailCacheMiB()) * 1024 * 1024);
        m_sync->setAckMode(UiSettings::defaultAckMode());
        m_periodic->applySettings();
    }
}

void MainWindow::confirmLogOut()
{
    QMessageBox box(QMessageBox::Warning, tr("Log out"),
        tr("Log out of %1?").arg(m_app->currentAccount().displayName()), QMessageBox::NoButton,
        this);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(
        tr("This ends the session on the server and deletes its checkpoints. The "
           "next login starts a new session, and its first sync downloads "
           "everything again. The local mirror stays browsable."));
    QPushButton *yes = box.addButton(tr("Log out"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == yes)
        m_app->logOut();
}

void MainWindow::handleAction(Error::Action action)
{
    switch (action) {
    case Error::Action::Retry:
        if (m_app->state() == AppController::State::Connected)
            m_sync->start();
        else
            m_app->reconnect();
        break;
    case Error::Action::LogInAgain:
    case Error::Action::CheckSettings:
        showConnectDialog();
        break;
    case Error::Action::Reset:
        showPanel(CheckpointsTab);
        m_checkpoints->resetAll();
        break;
    case Error::Action::UpgradeServer:
    case Error::Action::FreeDisk:
    case Error::Action::None:
        break;
    }
}

void MainWindow::activate()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::copyDiagnostics()
{
    Diagnostics::collect(m_app, LogFile::installed(), [this](const QString &text) {
        QGuiApplication::clipboard()->setText(text);
        m_banner->showMessage(
            tr("Diagnostics copied to the clipboard (without passwords, tokens or keys)."),
            ErrorBanner::Level::Info);
    });
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (m_connection
        && (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange))
        StatusColors::apply(m_connection, palette(), StatusColors::Tone(m_connectionTone));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    UiSettings::setWindowGeometry(saveGeometry());
    UiSettings::setWindowState(saveState());
    QMainWindow::closeEvent(event);
}

} // namespace Tidemark
