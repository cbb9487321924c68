// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/PeriodicSync.h"

#include "AppController.h"
#include "UiSettings.h"
#include "sync/SyncService.h"
#include "util/Logging.h"

namespace Tidemark {

PeriodicSync::PeriodicSync(AppController *app, QObject *parent) : QObject(parent), m_app(app)
{
    m_timer.setSingleShot(false);
    connect(&m_timer, &QTimer::timeout, this, &PeriodicSync::tick);
    connect(app->syncService(), &SyncService::runFinished, this, [this] { restart(); });
}

void PeriodicSync::applySettings()
{
    setInterval(
        UiSettings::periodicSyncEnabled() ? UiSettings::periodicSyncMinutes() * 60 * 1000 : 0);
}

void PeriodicSync::setInterval(int ms)
{
    m_interval = ms;
    restart();
}

void PeriodicSync::restart()
{
    if (m_interval > 0)
        m_timer.start(m_interval);
    else
        m_timer.stop();
}

void PeriodicSync::tick()
{
    if (m_app->syncService()->isRunning()) {
        qCInfo(lcDesktop) << "periodic sync skipped: a run is active";
        Q_EMIT skipped(Skip::Running);
        return;
    }
    if (m_app->state() != AppController::State::Connected || !m_app->hasSession()
        || !m_app->capabilities().hasSyncStream()) {
        qCInfo(lcDesktop) << "periodic sync skipped: not connected";
        Q_EMIT skipped(Skip::NotConnected);
        return;
    }
    qCInfo(lcDesktop) << "periodic sync starts";
    Q_EMIT due();
}

} // namespace Tidemark
