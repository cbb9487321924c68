#pragma once
// RunHistory: one row per sync run in the mirror file (kept across wipeServerData()).
// Thread: the store's thread only. Each call is its own transaction unless the caller has one.

#include "MirrorTypes.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Tidemark {
class MirrorStore;
// Own names: RunKind/RunOutcome/RunProgress also exist in sync/SyncTypesUi.h (the SyncService
// contract), so the history keeps its vocabulary in a namespace of its own.
namespace MirrorRuns {
using Tidemark::MirrorStore;

enum class RunKind { Stream, FullSync, DeltaSync, Reconcile };
enum class RunMode { Automatic, Manual, DryRun };
enum class RunOutcome { Running, Complete, Interrupted, Reset, Error, Cancelled };

QString runKindName(RunKind kind);       //!< "stream", "full", "delta", "reconcile"
QString runModeName(RunMode mode);       //!< "automatic", "manual", "dry-run"
QString runOutcomeName(RunOutcome outcome); //!< "running", "complete", "interrupted", "reset", "error", "cancelled"

//! The counters a run accumulates.
struct RunProgress {
    qint64 bytes = 0;
    qint64 events = 0;
    QMap<QString, qint64> typeCounts; //!< entity type name -> events
    qint64 ackRequests = 0;           //!< POST /sync/ack calls
};

struct RunRecord {
    qint64 id = 0;
    RunKind kind = RunKind::Stream;
    RunMode mode = RunMode::Automatic;
    QDateTime startedAt, finishedAt; //!< UTC; finishedAt invalid while running
    RunOutcome outcome = RunOutcome::Running;
    QString errorText;
    RunProgress progress;
};

class RunHistory {
public:
    explicit RunHistory(MirrorStore &store);

    //! Starts a run (outcome Running); returns its id.
    MirrorResult<qint64> begin(RunKind kind, RunMode mode);
    //! Replaces the run's counters.
    ApiError update(qint64 id, const RunProgress &progress);
    //! Ends a run; `progress` (when given) replaces the counters in the same statement.
    ApiError finish(qint64 id, RunOutcome outcome, const QString &errorText = {},
                    const std::optional<RunProgress> &progress = std::nullopt);
    //! Newest first.
    MirrorResult<QList<RunRecord>> list(int limit = 50) const;
    MirrorResult<std::optional<RunRecord>> run(qint64 id) const;
    //! Runs still marked Running (the program stopped during them) become Interrupted; call
    //! once at start-up. Returns how many.
    MirrorResult<qint64> markAbandoned();
    //! Keeps the newest `keep` runs.
    ApiError prune(int keep);

private:
    MirrorStore &m_store;
};

} // namespace MirrorRuns
} // namespace Tidemark
