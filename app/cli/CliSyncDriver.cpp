// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliSyncDriver.h"

#include "cli/CliExitCodes.h"
#include "cli/CliTerminal.h"

#include <QEventLoop>
#include <QPointer>

namespace Tidemark::Cli {

using namespace Qt::StringLiterals;

namespace {
// The driver that Ctrl-C currently cancels (one per process).
SyncDriver *g_activeDriver = nullptr;

// The phase in the words the headless commands have always printed (English, like the rest of
// the progress line).
QString phaseWords(const RunProgress &p)
{
    switch (p.phase) {
    case RunPhase::None:
        return {};
    case RunPhase::Connecting:
        return u"connecting"_s;
    case RunPhase::Streaming:
        return u"streaming"_s;
    case RunPhase::Committing:
        return u"committing"_s;
    case RunPhase::Acking:
        return u"acking"_s;
    case RunPhase::WaitingToRetry:
        return u"waiting to retry"_s;
    case RunPhase::RetryingIn:
        return u"retrying in %1 s"_s.arg(p.retryInSeconds);
    case RunPhase::ListingOwners:
        return u"listing owners"_s;
    case RunPhase::PagingOwner:
        return u"paging owner %1"_s.arg(p.phaseOwner);
    case RunPhase::AskingForChanges:
        return u"delta"_s;
    }
    return {};
}
} // namespace

SyncDriver::SyncDriver(Output &out, const SyncConnection &connection) : m_out(out)
{
    m_service.setConnection(connection);
    SyncTuning tuning = m_service.tuning();
    tuning.buildBrowserIndexes = false; // the window builds them when it opens the mirror
    // A command's memory is what a script sees (issue 14: peak RSS <= 48 MB for a 1M-asset
    // stream). A smaller page cache and parsed queue cost no time measured
    // (bench/headless/run.py). The raw queue keeps its 4 MB: below it nothing is spilled to disk.
    tuning.mirrorCacheKiB = 2048;
    tuning.parseChunkLines = 500;
    tuning.parsedChunksQueued = 1;
    m_service.setTuning(tuning);
    QObject::connect(&m_service, &SyncService::progress, &m_service,
        [this](const RunProgress &p) { showProgress(p); });
    QObject::connect(&m_service, &SyncService::warning, &m_service,
        [this](const QString &message) { m_out.warn(message); });
    QObject::connect(&m_service, &SyncService::retryScheduled, &m_service,
        [this](int attempt, int seconds, const Error &cause) {
            m_out.note(u"retrying in %1 s (attempt %2): %3"_s.arg(seconds).arg(attempt).arg(
                cause.userMessage()));
        });
    QObject::connect(&m_service, &SyncService::fullSyncPage, &m_service,
        [this](const QString &owner, int assets, bool) {
            if (m_ownerTotals.isEmpty() || m_ownerTotals.constLast().first != owner)
                m_ownerTotals.append({owner, 0});
            m_ownerTotals.last().second += assets;
        });
    QObject::connect(&m_service, &SyncService::deltaSyncResult, &m_service,
        [this](int upserted, int deleted, bool needsFullSync) {
            m_delta = {true, upserted, deleted, needsFullSync};
        });
    QObject::connect(&m_service, &SyncService::operationFailed, &m_service,
        [this](const QString &operation, const Error &error) {
            m_operationErrors.append({operation, error});
        });
    g_activeDriver = this;
    installInterruptHandler([] {
        if (!g_activeDriver)
            return;
        g_activeDriver->m_interrupted = true;
        g_activeDriver->m_out.note(
            u"interrupted: stopping after the last committed batch (Ctrl-C again to "
            "quit at once)"_s);
        g_activeDriver->m_service.cancel();
    });
}

SyncDriver::~SyncDriver()
{
    if (g_activeDriver == this)
        g_activeDriver = nullptr;
}

void SyncDriver::showProgress(const RunProgress &p)
{
    if (!m_out.progressEnabled())
        return;
    QString line = u"%1: %2"_s.arg(runKindName(p.kind), phaseWords(p));
    if (p.events || p.kind == RunKind::Stream)
        line += u" · %1 events"_s.arg(groupDigits(p.events));
    if (p.committed)
        line += u" · %1 committed"_s.arg(groupDigits(p.committed));
    if (p.eventsPerSecond > 0)
        line += u" · %1/s"_s.arg(groupDigits(qint64(p.eventsPerSecond)));
    if (p.bytes)
        line += u" · "_s + formatBytes(p.bytes);
    if (p.ackRequests)
        line += u" · %1 ack requests"_s.arg(p.ackRequests);
    line += u" · "_s + formatDuration(p.elapsedMs);
    m_out.progress(line);
}

RunResult SyncDriver::run(const std::function<void(SyncService &)> &start)
{
    QEventLoop loop;
    RunResult last;
    bool done = false;
    const auto connection = QObject::connect(
        &m_service, &SyncService::runFinished, &loop, [&](const RunResult &result) {
            m_runs.append(result);
            last = result;
            if (result.outcome == RunOutcome::ResetByServer && m_service.isRunning()) {
                m_out.note(u"the server reset this session: local data "
                           "was wiped, a full sync follows"_s);
                return;
            }
            done = true;
            loop.quit();
        });
    start(m_service);
    if (!done)
        loop.exec();
    QObject::disconnect(connection);
    m_out.clearProgress();
    return last;
}

QList<CheckpointRow> SyncDriver::operation(const std::function<void(SyncService &)> &start)
{
    QEventLoop loop;
    QList<CheckpointRow> rows;
    bool done = false;
    const auto connection = QObject::connect(
        &m_service, &SyncService::checkpointsChanged, &loop, [&](const QList<CheckpointRow> &r) {
            rows = r;
            done = true;
            loop.quit();
        });
    start(m_service);
    if (!done)
        loop.exec();
    QObject::disconnect(connection);
    return rows;
}

int exitCodeForRun(const RunResult &result)
{
    switch (result.outcome) {
    case RunOutcome::Complete:
        return ExitOk;
    case RunOutcome::Failed:
        return result.error ? exitCodeFor(result.error) : int(ExitIncomplete);
    case RunOutcome::Interrupted:
    case RunOutcome::Cancelled:
    case RunOutcome::ResetByServer:
    case RunOutcome::FullSyncNeeded:
    case RunOutcome::Running:
        return ExitIncomplete;
    }
    return ExitIncomplete;
}

} // namespace Tidemark::Cli
