// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncService.h"

#include "sync/SyncWorker.h"

#include <QMutex>
#include <QThread>

#include <atomic>

namespace Tidemark {

class SyncService::Private
{
public:
    QThread thread;
    SyncWorker *worker = nullptr;
    mutable QMutex mutex;
    SyncConnection connection;
    SyncTuning tuning;
    std::atomic<bool> running {false};
};

namespace {
void registerTypes()
{
    static const bool done = [] {
        qRegisterMetaType<Tidemark::SyncConnection>();
        qRegisterMetaType<Tidemark::SyncTuning>();
        qRegisterMetaType<Tidemark::StreamOptions>();
        qRegisterMetaType<Tidemark::FullSyncOptions>();
        qRegisterMetaType<Tidemark::DeltaSyncOptions>();
        qRegisterMetaType<Tidemark::PendingAckScope>();
        qRegisterMetaType<Tidemark::RunKind>();
        qRegisterMetaType<Tidemark::AckMode>();
        qRegisterMetaType<Tidemark::RunProgress>();
        qRegisterMetaType<Tidemark::RunResult>();
        qRegisterMetaType<Tidemark::RunStatistics>();
        qRegisterMetaType<Tidemark::EventSummary>();
        qRegisterMetaType<QList<Tidemark::EventSummary>>();
        qRegisterMetaType<Tidemark::CheckpointRow>();
        qRegisterMetaType<QList<Tidemark::CheckpointRow>>();
        qRegisterMetaType<Tidemark::Error>();
        return true;
    }();
    Q_UNUSED(done);
}
} // namespace

SyncService::SyncService(QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    registerTypes();
    d->thread.setObjectName(QStringLiteral("tidemark-sync"));
    d->worker = new SyncWorker;
    d->worker->moveToThread(&d->thread);
    connect(&d->thread, &QThread::finished, d->worker, &QObject::deleteLater);

    SyncWorker *w = d->worker;
    connect(w, &SyncWorker::runStarted, this, &SyncService::runStarted);
    connect(w, &SyncWorker::progress, this, &SyncService::progress);
    connect(w, &SyncWorker::eventsLogged, this, &SyncService::eventsLogged);
    connect(w, &SyncWorker::mirrorChanged, this, &SyncService::mirrorChanged);
    connect(w, &SyncWorker::fullSyncPage, this, &SyncService::fullSyncPage);
    connect(w, &SyncWorker::deltaSyncResult, this, &SyncService::deltaSyncResult);
    connect(w, &SyncWorker::checkpointsChanged, this, &SyncService::checkpointsChanged);
    connect(w, &SyncWorker::retryScheduled, this, &SyncService::retryScheduled);
    connect(w, &SyncWorker::warning, this, &SyncService::warning);
    connect(w, &SyncWorker::runStatistics, this, &SyncService::runStatistics);
    connect(w, &SyncWorker::operationFailed, this, &SyncService::operationFailed);
    connect(w, &SyncWorker::browserIndexesChanged, this, &SyncService::browserIndexesChanged);
    connect(w, &SyncWorker::mirrorUpgradeProgress, this, &SyncService::mirrorUpgradeProgress);
    connect(w, &SyncWorker::waitingForMirror, this, &SyncService::waitingForMirror);
    connect(w, &SyncWorker::runEnded, this, [this](const Tidemark::RunResult &result, bool more) {
        if (!more)
            d->running = false;
        Q_EMIT runFinished(result);
    });
    d->thread.start();
}

SyncService::~SyncService()
{
    SyncWorker *w = d->worker;
    w->requestCancel();
    QMetaObject::invokeMethod(
        w, [w] { w->shutdown(); }, Qt::BlockingQueuedConnection);
    d->thread.quit();
    d->thread.wait();
}

void SyncService::setConnection(const SyncConnection &connection)
{
    if (isRunning()) {
        Q_EMIT warning(tr("The account cannot change while a sync is running."));
        return;
    }
    {
        QMutexLocker lock(&d->mutex);
        d->connection = connection;
    }
    SyncWorker *w = d->worker;
    QMetaObject::invokeMethod(
        w, [w, connection] { w->setConnection(connection); }, Qt::QueuedConnection);
}

SyncConnection SyncService::connection() const
{
    QMutexLocker lock(&d->mutex);
    return d->connection;
}

bool SyncService::isRunning() const
{
    return d->running;
}

void SyncService::setTuning(const SyncTuning &tuning)
{
    if (isRunning()) {
        Q_EMIT warning(tr("Sync settings cannot change while a sync is running."));
        return;
    }
    {
        QMutexLocker lock(&d->mutex);
        d->tuning = tuning;
    }
    SyncWorker *w = d->worker;
    QMetaObject::invokeMethod(
        w, [w, tuning] { w->setTuning(tuning); }, Qt::QueuedConnection);
}

SyncTuning SyncService::tuning() const
{
    QMutexLocker lock(&d->mutex);
    return d->tuning;
}

void SyncService::startStream(const StreamOptions &options)
{
    if (d->running.exchange(true)) {
        Q_EMIT warning(tr("A sync is already running."));
        return;
    }
    SyncWorker *w = d->worker;
    QMetaObject::invokeMethod(
        w, [w, options] { w->startStream(options); }, Qt::QueuedConnection);
}

void SyncService::startFullSync(const FullSyncOptions &options)
{
    if (d->running.exchange(true)) {
        Q_EMIT warning(tr("A sync is already running."));
        return;
    }
    SyncWorker *w = d->worker;
    QMetaObject::invokeMethod(
        w, [w, options] { w->startFullSync(options); }, Qt::QueuedConnection);
}

void SyncService::startDeltaSync(const DeltaSyncOptions &options)
{
    if (d->running.exchange(true)) {
        Q_EMIT warning(tr("A sync is already running."));
        return;
    }
    SyncWorker *w = d->worker;
    QMetaObject::invokeMethod(
        w, [w, options] { w->startDeltaSync(options); }, Qt::QueuedConnection);
}

void SyncService::startReconcile()
{
    if (d->running.exchange(true)) {
        Q_EMIT warning(tr("A sync is already running."));
        return;
    }
    SyncWorker *w = d->worker;
    QMetaObject::invokeMethod(
        w, [w] { w->startReconcile(); }, Qt::QueuedConnection);
}

void SyncService::cancel()
{
    SyncWorker *w = d->worker;
    w->requestCancel();
    QMetaObject::invokeMethod(
        w, [w] { w->cancelRun(); }, Qt::QueuedConnection);
}

void SyncService::refreshCheckpoints()
{
    SyncWorker *w = d->worker;
    QMetaObject::invokeMethod(
        w, [w] { w->refreshCheckpoints(); }, Qt::QueuedConnection);
}

void SyncService::sendPendingAcks(const PendingAckScope &scope)
{
    SyncWorker *w = d->worker;
    QMetaObject::invokeMethod(
        w, [w, scope] { w->sendPendingAcks(scope); }, Qt::QueuedConnection);
}

void SyncService::resetCheckpoints(const QStringList &types)
{
    SyncWorker *w = d->worker;
    QMetaObject::invokeMethod(
        w, [w, types] { w->resetCheckpoints(types); }, Qt::QueuedConnection);
}

void SyncService::discardPendingAcks(const QStringList &types)
{
    SyncWorker *w = d->worker;
    QMetaObject::invokeMethod(
        w, [w, types] { w->discardPendingAcks(types); }, Qt::QueuedConnection);
}

} // namespace Tidemark
