// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SyncWorker: the engine behind SyncService, living on the service's worker thread.
//
// It owns that thread's ImmichClient (core/api, with its own QNetworkAccessManager), a MirrorStore
// connection for run history, ack book and full/delta-sync writes, and, during a stream run, the
// StreamPipeline (whose parse and persist threads have their own mirror connection). Every slot is
// invoked queued from the GUI thread and returns at once; nothing here blocks for longer than one
// small mirror write.
//
// Stream run state machine (one attempt = one POST /sync/stream); the states are the RunPhase
// values the progress carries (sync/SyncTypesUi.h):
//
//   start ─► Connecting ─► Streaming ──(body ends / cut / reset / error)──► Committing
//                 ▲                                                  (pipeline persists the rest)
//                 │                                                             ▼
//                 └── WaitingToRetry / RetryingIn ◄── transient error ◄── Acking (acks flushed)
//                     (retry timer, attempts left)                              ▼
//   fresh run (reset:true) ◄── ResetByServer ◄────────────────────────── decide outcome

#include "sync/AckSet.h"
#include "sync/StreamPipeline.h"
#include "sync/SyncService.h"

#include "protocol/ServerCapabilities.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>

namespace Tidemark {

class ImmichClient;
class SendSyncAcksJob;
class SyncStreamJob;
class MirrorStore;
class MirrorWriteLock;
class BrowserIndexBuilder;
struct AssetResponseDto;
struct MirrorAssetRecord;

class SyncWorker : public QObject
{
    Q_OBJECT
public:
    //! One full/delta-sync asset as the mirror takes it (the mirror decides what REST does not
    //! know: MirrorSchema.h, "One truth per field"). Public for the capture tests.
    static MirrorAssetRecord toRecord(const AssetResponseDto &dto);
    explicit SyncWorker(QObject *parent = nullptr);
    ~SyncWorker() override;

    //! Thread-safe: makes a running run stop as soon as possible (the queued cancelRun() follows).
    void requestCancel() { m_cancelRequested = true; }

public Q_SLOTS:
    void setConnection(const Tidemark::SyncConnection &connection);
    void setTuning(const Tidemark::SyncTuning &tuning);
    void startStream(const Tidemark::StreamOptions &options);
    void startFullSync(const Tidemark::FullSyncOptions &options);
    void startDeltaSync(const Tidemark::DeltaSyncOptions &options);
    void startReconcile();
    void cancelRun();
    void refreshCheckpoints();
    void sendPendingAcks(const Tidemark::PendingAckScope &scope);
    void resetCheckpoints(const QStringList &types);
    void discardPendingAcks(const QStringList &types);
    //! Closes the mirror connection and stops everything (before the thread quits).
    void shutdown();

Q_SIGNALS:
    void runStarted(qint64 runId, Tidemark::RunKind kind, Tidemark::AckMode mode);
    void progress(const Tidemark::RunProgress &progress);
    void eventsLogged(const QList<Tidemark::EventSummary> &events);
    void mirrorChanged(const QStringList &tables);
    void fullSyncPage(const QString &ownerId, int assets, bool lastPage);
    void deltaSyncResult(int upserted, int deleted, bool needsFullSync);
    void checkpointsChanged(const QList<Tidemark::CheckpointRow> &rows);
    void retryScheduled(int attempt, int seconds, const Tidemark::Error &cause);
    void warning(const QString &message);
    void runStatistics(const Tidemark::RunStatistics &statistics);
    //! The end of a run; `more` = another run follows at once (after a server reset).
    void runEnded(const Tidemark::RunResult &result, bool more);
    void operationFailed(const QString &operation, const Tidemark::Error &error);
    void browserIndexesChanged(bool ready, qint64 buildMs);
    //! Opening the mirror upgrades it to this version's schema: `step` of `steps` done
    //! (step == steps: finished, or stopped by the error the caller reports).
    void mirrorUpgradeProgress(int step, int steps);
    //! Another process holds the mirror's write lock (MirrorWriteLock) and the run waits for it
    //! (SyncTuning::waitForOtherWriter); `pid` names the holder. The run starts (runStarted())
    //! when the lock is free, or ends cancelled by cancelRun().
    void waitingForMirror(qint64 pid);

private:
    struct Run
    {
        qint64 id = 0;
        RunKind kind = RunKind::Stream;
        AckMode mode = AckMode::Automatic;
        QElapsedTimer clock;
        RunResult result;
        RunPhase phase = RunPhase::None;
        QString phaseOwner; //!< PagingOwner
        int retries = 0;
        bool cancelled = false;
        bool active = false;
    };

    // common
    Error ensureMirror();
    //! Device and inode of the file at `path` (0 when unknown): tells a file replaced under us.
    static quint64 mirrorFileIdentity(const QString &path);
    //! Stream runs: whether this run must reset (asked for, a new session, or an unfinished
    //! earlier reset); records it in the mirror before anything is sent.
    Error decideReset();
    ServerCapabilities capabilities() const;
    //! `resume` restarts the run when it has to wait for another process's write lock.
    bool beginRun(RunKind kind, AckMode mode, std::function<void()> resume = {});
    //! The mirror's cross-process write lock for this connection's mirror (Busy when taken).
    Error takeWriteLock();
    //! Gives it back unless a run is active.
    void releaseWriteLock();
    //! Checkpoint operations (acks set/delete/discard): the lock, or operationFailed() + the
    //! checkpointsChanged() that ends the operation.
    bool lockForOperation(const QString &operation);
    void onLockWaitTick();
    void finishRun(RunOutcome outcome, const Error &error, bool more = false);
    void emitProgress(bool force = false);
    void scheduleRetry(const Error &cause, std::function<void()> again);
    QStringList takeChangedTables();
    void noteChanged(const QStringList &tables);
    //! Starts the background build of the browser indexes when the mirror lacks some (a first
    //! sync defers them so that its run ends, and acks, as soon as the rows are committed).
    void buildIndexesIfMissing();

    // stream
    void beginStreamAttempt();
    void onStreamChunk(const QByteArray &bytes);
    void onStreamEnded(const Error &error);
    void onPipelineFlushed(const PipelineFlush &flush);
    void onPipelineFinished(const PipelineSummary &summary);
    void sendAcks();
    void onAcksSent(const QList<AckEntry> &entries, const Error &error);
    void maybeFinishAttempt();
    void stopStreamInput();
    void abortStream();

    // full / delta / reconcile
    bool gateFullAndDelta();
    void resolveOwners(const QStringList &given, std::function<void(QStringList)> next);
    void fetchFullSyncPage();

    // checkpoints
    void emitCheckpoints(const QList<QPair<QString, QString>> &server, bool serverKnown);

    SyncConnection m_connection;
    SyncTuning m_tuning;
    ImmichClient *m_client = nullptr; //!< created on the worker thread by setConnection()
    std::unique_ptr<MirrorStore> m_store;
    quint64 m_storeFileId = 0; //!< mirrorFileIdentity() of the file m_store opened
    bool m_threadNiced = false; //!< SyncTuning::workerNice applied to this thread
    std::unique_ptr<BrowserIndexBuilder> m_indexBuilder;
    std::atomic<bool> m_cancelRequested {false};

    Run m_run;
    QTimer m_progressTimer {this}, m_retryTimer {this}; // children: they move with the worker
    QSet<QString> m_changedTables;
    std::deque<std::pair<qint64, qint64>> m_rateSamples; // (ms, events)
    std::function<void()> m_retryAction;
    std::unique_ptr<MirrorWriteLock> m_writeLock;
    QTimer m_lockWaitTimer {this};
    std::function<void()> m_lockWaitAction; //!< the run waiting for another process's lock
    RunKind m_lockWaitKind = RunKind::Stream;
    AckMode m_lockWaitMode = AckMode::Automatic;

    // stream attempt
    StreamOptions m_streamOptions;
    bool m_sendReset = false;
    std::unique_ptr<StreamPipeline> m_pipeline;
    QPointer<SyncStreamJob> m_streamJob;
    bool m_replyDone = false, m_httpOk = false, m_sawData = false, m_abortedByUs = false;
    Error m_replyError;
    bool m_pipelineDone = false;
    PipelineSummary m_summary;
    Error m_fatal;
    qint64 m_bytes = 0; // over all attempts of the run
    qint64 m_linesBefore = 0, m_committedBefore = 0; // previous attempts
    QHash<QString, qint64> m_perTypeBefore, m_storedPerTypeBefore;
    QStringList m_unknownTypes;
    RunStatistics m_stats;
    AckSet m_pendingAcks;
    QPointer<SendSyncAcksJob> m_ackJob;
    int m_ackRetries = 0;
    Error m_ackError;
    bool m_ackRetryScheduled = false;

    // full / reconcile paging
    QStringList m_owners;
    int m_ownerIndex = 0;
    QString m_lastId;
    QString m_updatedUntil;
    int m_pageSize = 1000;
    bool m_reconcile = false;
    QSet<QString> m_seenIds;
    qint64 m_pagedAssets = 0, m_removed = 0;
};

} // namespace Tidemark
