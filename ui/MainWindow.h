// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MainWindow: menus, toolbar, the message banner, one tab per panel, and the status bar that
// shows the connection state of AppController's state machine. It also owns the desktop
// integration: the tray icon (desktop/TrayIcon.h) and the periodic sync (desktop/PeriodicSync.h),
// both of which start runs through the Sync panel like the Sync menu does.
//
// Keyboard: every action is in a menu with a shortcut or an accelerator; context-menu actions of
// the panels are in the menus too. Help › Keyboard shortcuts lists them.

#include "util/Error.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;

namespace Tidemark {

class AppController;
class AssetsPanel;
class CheckpointsPanel;
class ErrorBanner;
class PeriodicSync;
class TrayIcon;
class FullDeltaPanel;
class InspectorPanel;
class OverviewPanel;
class SyncPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Panel { OverviewTab, SyncTab, AssetsTab, CheckpointsTab, InspectorTab, FullDeltaTab };

    explicit MainWindow(AppController *app, QWidget *parent = nullptr);
    ~MainWindow() override;

    AppController *controller() const { return m_app; }
    QTabWidget *tabs() const { return m_tabs; }
    OverviewPanel *overviewPanel() const { return m_overview; }
    SyncPanel *syncPanel() const { return m_sync; }
    AssetsPanel *assetsPanel() const { return m_assets; }
    CheckpointsPanel *checkpointsPanel() const { return m_checkpoints; }
    InspectorPanel *inspectorPanel() const { return m_inspector; }
    FullDeltaPanel *fullDeltaPanel() const { return m_fullDelta; }
    ErrorBanner *banner() const { return m_banner; }
    QLabel *connectionLabel() const { return m_connection; }
    //! The status bar's run line ("Syncing…", "Last run: …", "Another Tidemark process …").
    QLabel *runLabel() const { return m_run; }
    //! Shown while opening the mirror upgrades it to this version's format.
    QLabel *upgradeLabel() const { return m_upgradeLabel; }
    QProgressBar *upgradeBar() const { return m_upgradeBar; }
    TrayIcon *trayIcon() const { return m_tray; }
    PeriodicSync *periodicSync() const { return m_periodic; }
    QAction *copyDiagnosticsAction() const { return m_diagnosticsAction; }

    void showPanel(Panel panel);
    //! Help > About: version, what Tidemark is, and its licence.
    static QString aboutText();

public Q_SLOTS:
    //! Opens the connect dialog (modal, but the window keeps repainting).
    void showConnectDialog();
    void showSettings();
    void confirmLogOut();
    void handleAction(Tidemark::Error::Action action);
    //! Shows, restores and raises the window (tray, a second start of Tidemark).
    void activate();
    //! Puts the diagnostics report (desktop/Diagnostics.h) on the clipboard.
    void copyDiagnostics();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void rebuildAccountMenu();
    void updateStatus();
    void updateActions();
    //! The status bar's run text, elided to the label's fixed width (the whole text as tooltip).
    void setRunText(const QString &text);

    AppController *m_app;
    ErrorBanner *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    OverviewPanel *m_overview = nullptr;
    SyncPanel *m_sync = nullptr;
    AssetsPanel *m_assets = nullptr;
    CheckpointsPanel *m_checkpoints = nullptr;
    InspectorPanel *m_inspector = nullptr;
    FullDeltaPanel *m_fullDelta = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_account = nullptr;
    QLabel *m_run = nullptr;
    QLabel *m_upgradeLabel = nullptr;
    QProgressBar *m_upgradeBar = nullptr;
    QMenu *m_accountsMenu = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_reconnectAction = nullptr;
    QAction *m_logOutAction = nullptr;
    QAction *m_forgetAction = nullptr;
    QAction *m_apiKeyAction = nullptr;
    QAction *m_addressesAction = nullptr;
    QAction *m_headersAction = nullptr;
    QAction *m_clientCertificateAction = nullptr;
    QAction *m_diagnosticsAction = nullptr;
    TrayIcon *m_tray = nullptr;
    PeriodicSync *m_periodic = nullptr;
    bool m_running = false;
    int m_connectionTone = 0; //!< StatusColors::Tone of the connection label
};

} // namespace Tidemark
