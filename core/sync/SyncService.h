// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SyncService: the one object widgets and the CLI talk to for syncing an account.
//
// It runs stream, full and delta syncs and reports results as signals. The heavy work happens on
// a worker thread that owns its own QNetworkAccessManager and MirrorStore connection:
//
//   GUI thread                       worker thread
//   ----------                       -------------
//   SyncService::startStream() ───►  SyncWorker: SyncStreamJob (POST /sync/stream, raw chunks)
//                                     -> StreamPipeline: SyncLineSplitter -> SyncEventParser
//                                        -> contiguous same-type runs -> MirrorStore::apply (one
//                                        transaction per run, local checkpoint included)
//                                     -> POST /sync/ack (last ack per type, stream order, ≤1000)
//   progress(), eventsLogged()  ◄───  throttled summaries (≤10 Hz), never the raw stream
//   runFinished()               ◄───  outcome + typed error
//
// Ack discipline (the point of the whole program): an ack is sent only after the data it covers
// is committed locally, and always as the verbatim string the server sent. The socket is read
// continuously while persisting (old servers have no back-pressure); memory stays bounded by
// pausing parsing, not reading, when the persist queue is long (raw bytes beyond a memory bound
// wait in a temporary file; see SpillQueue.h).
//
// Only one run at a time per service. Cancellation is possible at any moment; a cancelled or cut
// run resumes from the last committed and acked point.

#include "api/ServerAccess.h"
#include "sync/RetryPolicy.h"
#include "sync/SyncTypesUi.h"

#include <QObject>

#include <QUrl>
#include <QVersionNumber>

#include <memory>

namespace Tidemark {

//! Where to sync from and to. Secrets are passed in memory only.
struct SyncConnection
{
    QUrl apiBase; //!< normalised ".../api"
    QString sessionToken; //!< for the stream and acks (required by the server)
    QString apiKey; //!< alternative for full/delta sync only
    QString userId; //!< the caller (from /users/me or login)
    QVersionNumber serverVersion;
    QString mirrorPath; //!< SQLite file of this server + account
    int inactivityTimeoutMs = 60000;
    ServerAccess access; //!< headers a proxy in front of the server asks for
};

//! Engine knobs. The defaults suit the application; tests shorten delays and disable retries.
struct SyncTuning
{
    RetryPolicy retry; //!< stream, ack and full/delta requests
    int batchLines = 5000; //!< lines per flush (transactions + one ack request)
    qint64 memoryQueueBytes = 4 * 1024 * 1024; //!< raw bytes held in memory before spilling to disk
    QString spillDirectory; //!< empty = the system temporary directory
    int progressIntervalMs = 100; //!< progress()/eventsLogged() at most this often
    int eventLogLimit = 200; //!< summaries per eventsLogged() at most (the latest)
    bool bulkLoadIntoEmptyMirror = true; //!< first sync: defer the browser indexes to the end
    int mirrorCacheKiB = 8192; //!< SQLite page cache of the stream's writer connection
    //! Builds the asset browser's missing indexes in the background when the mirror is opened
    //! and after a stream run (BrowserIndexBuilder). Only the window's browsing needs them:
    //! headless commands turn this off, so a process never waits seconds for them before it can
    //! exit; the window builds them when it first opens the mirror.
    bool buildBrowserIndexes = true;
    //! Parsed lines handed from the parse thread to the persist thread at once, and how many
    //! such chunks may wait for the mirror: what a run holds in parsed form (about 1 KB per
    //! asset). Headless commands hold less (a smaller peak RSS, issue 14).
    int parseChunkLines = 1000;
    int parsedChunksQueued = 2;
    //! Opens the account's mirror read-only, as if it were on read-only media: every run then
    //! fails at its first write with a Storage error. For the reliability tests (tests run as
    //! root, where file permissions do not stop writes).
    bool mirrorReadOnly = false;
    //! When another process holds the mirror's write lock (MirrorWriteLock): wait for it,
    //! reporting waitingForMirror() (the window, with its Cancel), or end the run at once as
    //! failed with Error::Kind::Busy (headless commands: exit code 9).
    bool waitForOtherWriter = false;
    //! Nice increment of the stream's parse and persist threads: the window sets it so that
    //! its GUI thread never waits for a core behind them (ThreadNice.h); 0 for headless runs.
    int workerNice = 0;
};

//! Where the time of a stream run went (emitted once per run, before runFinished()).
struct RunStatistics
{
    qint64 runId = 0;
    qint64 lines = 0, committed = 0, bytes = 0, ackRequests = 0, transactions = 0;
    qint64 elapsedMs = 0;
    double parseMs = 0; //!< splitting + parsing (parse thread busy)
    double persistMs = 0; //!< mirror transactions (persist thread busy)
    double networkWaitMs = 0; //!< parse thread idle, waiting for bytes from the socket
    double mirrorWaitMs = 0; //!< persist thread idle, waiting for parsed lines
    qint64 peakQueueBytes = 0; //!< raw bytes held in memory at most
    qint64 spilledBytes = 0; //!< raw bytes that went through the spill file
};

class SyncService : public QObject
{
    Q_OBJECT
public:
    explicit SyncService(QObject *parent = nullptr);
    ~SyncService() override;

    //! Sets the account to sync; not while a run is going on.
    void setConnection(const SyncConnection &connection);
    SyncConnection connection() const;

    bool isRunning() const;

    //! Engine knobs (retries, batch size, memory bound); not while a run is going on.
    void setTuning(const SyncTuning &tuning);
    SyncTuning tuning() const;

public Q_SLOTS:
    void startStream(const Tidemark::StreamOptions &options);
    void startFullSync(const Tidemark::FullSyncOptions &options);
    void startDeltaSync(const Tidemark::DeltaSyncOptions &options);
    //! Lists every asset id by full sync and removes local assets the server no longer has
    //! (delta sync never reports hard deletions on current servers).
    void startReconcile();
    void cancel();

    //! GET /sync/ack, then checkpointsChanged().
    void refreshCheckpoints();
    //! POST /sync/ack with pending acks (manual mode) chosen by scope.
    void sendPendingAcks(const Tidemark::PendingAckScope &scope);
    //! DELETE /sync/ack for these entity types (empty = all) and the matching local checkpoints.
    void resetCheckpoints(const QStringList &types);
    //! Discards pending acks without sending them (the data stays in the mirror).
    void discardPendingAcks(const QStringList &types);

Q_SIGNALS:
    void runStarted(qint64 runId, Tidemark::RunKind kind, Tidemark::AckMode mode);
    void progress(const Tidemark::RunProgress &progress);
    //! A batch of the live event log (most recent lines; bounded by the consumer).
    void eventsLogged(const QList<Tidemark::EventSummary> &events);
    //! Rows of these mirror tables changed (models refresh what they show).
    void mirrorChanged(const QStringList &tables);
    void fullSyncPage(const QString &ownerId, int assets, bool lastPage);
    void deltaSyncResult(int upserted, int deleted, bool needsFullSync);
    void checkpointsChanged(const QList<Tidemark::CheckpointRow> &rows);
    //! "retrying in N s"; attempt is 1-based.
    void retryScheduled(int attempt, int seconds, const Tidemark::Error &cause);
    //! Non-fatal warnings: unknown entity types (server newer than Tidemark), skipped lines.
    void warning(const QString &message);
    void runFinished(const Tidemark::RunResult &result);
    //! Timing breakdown of a stream run, just before its runFinished().
    void runStatistics(const Tidemark::RunStatistics &statistics);
    //! Failures of the non-run operations (refresh, ack pending, reset).
    void operationFailed(const QString &operation, const Tidemark::Error &error);
    //! The asset browser's indexes: a first sync leaves them to a background build after its
    //! run (ready = false when it starts; true with the build time when they exist). Until then
    //! the asset views work but sort and filter more slowly.
    void browserIndexesChanged(bool ready, qint64 buildMs);
    //! Opening the account's mirror upgrades it to this version's format (seconds at a million
    //! assets, once per upgrade of Tidemark): `step` of `steps` done; step == steps at the end.
    void mirrorUpgradeProgress(int step, int steps);
    //! The started run waits: another Tidemark process (`pid`) is syncing this mirror
    //! (SyncTuning::waitForOtherWriter). runStarted() follows when it is done; cancel() ends the
    //! wait with a cancelled runFinished().
    void waitingForMirror(qint64 pid);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Tidemark

Q_DECLARE_METATYPE(Tidemark::RunStatistics)
Q_DECLARE_METATYPE(Tidemark::SyncConnection)
Q_DECLARE_METATYPE(Tidemark::SyncTuning)
