// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TrayIcon: Tidemark in the system tray. Its tooltip and the first (inactive) menu line say how
// the last sync went and when (before the first run of a session: the last run the mirror
// recorded); the menu offers "Sync now", "Show window" and "Quit"; a click on
// the icon shows the window. When a sync fails (and Settings › Notify me is on) it shows a
// desktop notification through QSystemTrayIcon::showMessage(), which uses
// org.freedesktop.Notifications where the desktop has it.
//
// It only emits requests (syncNowRequested, showWindowRequested, quitRequested); MainWindow
// decides what they do, so the tray starts exactly the same run as the Sync menu.
//
// Without a system tray (some desktops, the offscreen platform of the tests) the icon is not
// shown, but the menu and its texts exist and stay up to date, so they can be tested.

#include "sync/SyncTypesUi.h"

#include <QDateTime>
#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Tidemark {

class AppController;

class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(AppController *app, QObject *parent = nullptr);
    ~TrayIcon() override;

    //! Shows the icon when the desktop has a system tray; false otherwise.
    bool showIfAvailable();
    bool isVisible() const;

    QMenu *menu() const { return m_menu; }
    QAction *statusAction() const { return m_status; }
    QAction *syncNowAction() const { return m_syncNow; }
    QAction *showWindowAction() const { return m_show; }
    QAction *quitAction() const { return m_quit; }
    QString toolTip() const;

    //! Title and text of the last failure notification (also kept when no tray could show it).
    QString lastNotificationTitle() const { return m_lastTitle; }
    QString lastNotificationText() const { return m_lastText; }

Q_SIGNALS:
    void syncNowRequested();
    void showWindowRequested();
    void quitRequested();

private:
    void onRunFinished(const Tidemark::RunResult &result);
    void update();
    //! "Last sync: …" from the mirror's run history (runs of earlier sessions).
    QString lastRecordedRun() const;

    AppController *m_app;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_status = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_show = nullptr;
    QAction *m_quit = nullptr;
    bool m_running = false;
    bool m_hasRun = false;
    RunOutcome m_lastOutcome = RunOutcome::Running;
    QDateTime m_lastRunAt;
    QString m_lastTitle, m_lastText;
};

} // namespace Tidemark
