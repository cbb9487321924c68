// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/TrayIcon.h"

#include "AppController.h"
#include "UiSettings.h"
#include "models/RunHistoryModel.h"
#include "sync/SyncService.h"
#include "util/Logging.h"

#include <QAction>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>

namespace Tidemark {

TrayIcon::TrayIcon(AppController *app, QObject *parent) : QObject(parent), m_app(app)
{
    m_menu = new QMenu;
    m_menu->setAccessibleName(tr("Tidemark tray menu"));
    m_status = m_menu->addAction(QString());
    m_status->setEnabled(false);
    m_menu->addSeparator();
    m_syncNow = m_menu->addAction(QIcon(QStringLiteral(":/tidemark/icons/sync.svg")),
        tr("&Sync now"), this, &TrayIcon::syncNowRequested);
    m_show = m_menu->addAction(tr("Show &window"), this, &TrayIcon::showWindowRequested);
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit"), this, &TrayIcon::quitRequested);

    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/tidemark/icons/tidemark.svg")), this);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
        [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                Q_EMIT showWindowRequested();
        });

    SyncService *sync = app->syncService();
    connect(sync, &SyncService::runStarted, this, [this] {
        m_running = true;
        update();
    });
    connect(sync, &SyncService::runFinished, this, &TrayIcon::onRunFinished);
    connect(app, &AppController::stateChanged, this, &TrayIcon::update);
    connect(app, &AppController::accountChanged, this, [this] {
        m_hasRun = false; // another mirror: its own history
        update();
    });
    // Before the first run of this session, the last run recorded in the mirror.
    RunHistoryModel *history = app->runHistoryModel();
    connect(history, &RunHistoryModel::refreshed, this, &TrayIcon::update);
    connect(history, &QAbstractItemModel::modelReset, this, &TrayIcon::update);
    update();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

bool TrayIcon::showIfAvailable()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        qCInfo(lcDesktop) << "no system tray on this desktop";
        return false;
    }
    m_tray->show();
    return true;
}

bool TrayIcon::isVisible() const
{
    return m_tray->isVisible();
}

QString TrayIcon::toolTip() const
{
    return m_tray->toolTip();
}

void TrayIcon::onRunFinished(const RunResult &result)
{
    m_running = false;
    m_hasRun = true;
    m_lastOutcome = result.outcome;
    m_lastRunAt = QDateTime::currentDateTime();
    update();
    const bool failed = result.outcome == RunOutcome::Failed
        || (result.outcome == RunOutcome::Interrupted && result.error.isError());
    if (!failed || !UiSettings::notifyOnFailure())
        return;
    m_lastTitle = tr("Tidemark: sync failed");
    m_lastText = result.error.isError() ? result.error.userMessage()
                                        : runWordText(runOutcomeName(result.outcome));
    if (m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(m_lastTitle, m_lastText, QSystemTrayIcon::Warning, 10000);
    else
        qCInfo(lcDesktop) << "sync failed; no tray to show a notification";
}

QString TrayIcon::lastRecordedRun() const
{
    const RunHistoryModel *history = m_app->runHistoryModel();
    if (history->rowCount() == 0)
        return tr("No sync yet");
    const QDateTime finished
        = history->index(0, 0).data(RunHistoryModel::FinishedRole).toDateTime();
    const QString outcome = history->index(0, RunHistoryModel::OutcomeColumn).data().toString();
    if (!finished.isValid())
        return tr("No sync yet");
    return tr("Last sync: %1 at %2")
        .arg(outcome, QLocale().toString(finished.toLocalTime(), QLocale::ShortFormat));
}

void TrayIcon::update()
{
    QString status;
    if (m_running)
        status = tr("Syncing…");
    else if (!m_hasRun)
        status = lastRecordedRun();
    else
        status = tr("Last sync: %1 at %2")
                     .arg(runWordText(runOutcomeName(m_lastOutcome)),
                         QLocale().toString(m_lastRunAt.time(), QLocale::ShortFormat));
    m_status->setText(status);
    const bool connected = m_app->state() == AppController::State::Connected;
    m_syncNow->setEnabled(
        connected && !m_running && m_app->hasSession() && m_app->capabilities().hasSyncStream());
    QString tip = tr("Tidemark") + QLatin1Char('\n') + AppController::stateText(m_app->state());
    if (m_app->hasAccount())
        tip += QLatin1Char('\n') + m_app->currentAccount().displayName();
    tip += QLatin1Char('\n') + status;
    m_tray->setToolTip(tip);
}

} // namespace Tidemark
