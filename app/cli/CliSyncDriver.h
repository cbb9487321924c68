// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Drives a SyncService from the command line: sets the connection, starts one run or operation,
// shows progress on stderr (terminal only), forwards warnings and retries, turns Ctrl-C into
// SyncService::cancel(), and waits in a local event loop for the end.

#include "cli/CliOutput.h"

#include "sync/SyncService.h"

#include <QHash>
#include <QList>
#include <QPair>

#include <functional>

namespace Tidemark::Cli {

class SyncDriver
{
public:
    SyncDriver(Output &out, const SyncConnection &connection);
    ~SyncDriver();

    SyncService &service() { return m_service; }

    //! Runs start() and waits for the final runFinished() (a server reset's follow-up run
    //! included). Results of every run are kept in runs().
    RunResult run(const std::function<void(SyncService &)> &start);
    //! Runs a non-run operation (refresh, ack pending, reset, discard) and waits for the
    //! checkpointsChanged() that ends each of them. Failures are in operationErrors().
    QList<CheckpointRow> operation(const std::function<void(SyncService &)> &start);

    const QList<RunResult> &runs() const { return m_runs; }
    const QList<QPair<QString, Error>> &operationErrors() const { return m_operationErrors; }
    //! fullSyncPage() totals per owner id, in the order owners were paged.
    const QList<QPair<QString, qint64>> &ownerTotals() const { return m_ownerTotals; }
    struct Delta
    {
        bool seen = false;
        int upserted = 0, deleted = 0;
        bool needsFullSync = false;
    };
    const Delta &delta() const { return m_delta; }
    bool interrupted() const { return m_interrupted; }

private:
    void showProgress(const RunProgress &p);

    Output &m_out;
    SyncService m_service;
    QList<RunResult> m_runs;
    QList<QPair<QString, Error>> m_operationErrors;
    QList<QPair<QString, qint64>> m_ownerTotals;
    Delta m_delta;
    bool m_interrupted = false;
};

//! Exit code of a finished run (0 only for Complete).
int exitCodeForRun(const RunResult &result);

} // namespace Tidemark::Cli
