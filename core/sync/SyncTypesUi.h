// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Plain values that travel from the sync engine (worker thread) to models and widgets (GUI thread)
// through queued signals. Small on purpose: the GUI never receives a whole stream, only summaries.

#include "protocol/SyncTypes.h"
#include "util/Error.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

namespace Tidemark {

//! How acks are handled in a stream run.
enum class AckMode {
    Automatic, //!< persist each same-type run, then ack its last ack
    Manual, //!< persist, keep acks pending until the user acks them
    DryRun //!< persist nothing, ack nothing: inspect what the server would send
};
QString ackModeName(AckMode mode); //!< "automatic" | "manual" | "dry-run"
AckMode ackModeFromName(const QString &name, AckMode fallback = AckMode::Automatic);

enum class RunKind { Stream, FullSync, DeltaSync, Reconcile };
enum class RunOutcome {
    Running,
    Complete, //!< SyncCompleteV1 seen and acked (or clean end on servers < 1.141)
    Interrupted, //!< ended without SyncCompleteV1 on a server that sends it, or connection cut
    ResetByServer, //!< SyncResetV1 received; local data wiped; a fresh run follows
    Cancelled,
    Failed, //!< see the Error
    FullSyncNeeded //!< a delta sync answered needsFullSync: nothing was applied
};
QString runKindName(RunKind kind);
QString runOutcomeName(RunOutcome outcome);
//! Stored as the error of a run whose process stopped before the run's end (found "running" by
//! the next run, which holds the write lock); RunHistoryModel shows it as a sentence.
inline constexpr char kRunAbandonedText[] = "Tidemark stopped during this run";
//! The outcome as reported: "full-sync-needed" when a delta sync was answered with needsFullSync
//! (nothing applied: calling that "complete" would be false), else runOutcomeName(). The engine
//! records such a run as RunOutcome::FullSyncNeeded; this also covers results made elsewhere.
struct RunResult;
QString runOutcomeName(const RunResult &result);
//! The names above ("full-sync", "dry-run", "complete"…: stored in run history, printed by the
//! headless commands) as words for the window, translated; an unknown name comes back unchanged.
QString runWordText(const QString &name);
//! The one sentence (window and headless commands alike) for entity types the server sent that
//! this Tidemark does not know: skipped, never acked (docs/dev/protocol.md), said once per run.
QString unknownTypesNotice(const QStringList &typeNames);

//! Where a run is, as RunProgress carries it. Only the edges put it into words: the window
//! (ui/RunPhaseText, translated) and the headless commands (app/cli/CliSyncDriver, English).
enum class RunPhase {
    None, //!< the run has not reached its first step yet
    Connecting, //!< stream: request sent, no body yet
    Streaming, //!< stream: body arriving
    Committing, //!< stream: body ended, the mirror catching up
    Acking, //!< stream: acks for committed data being sent
    WaitingToRetry, //!< a retry is scheduled (no countdown known yet)
    RetryingIn, //!< a retry countdown: RunProgress::retryInSeconds
    ListingOwners, //!< full/delta/reconcile: finding whose assets to ask for
    PagingOwner, //!< full sync/reconcile: paging one owner's assets (RunProgress::phaseOwner)
    AskingForChanges //!< delta sync: the one request
};

//! What the user chose for a stream run.
struct StreamOptions
{
    QList<SyncRequestType> types; //!< empty = the server's default set (ServerCapabilities)
    AckMode mode = AckMode::Automatic;
    bool reset = false; //!< send "reset": true
    QString jsonlExportPath; //!< when set, every received line is also written there
};

struct FullSyncOptions
{
    QStringList ownerIds; //!< empty = me and every partner who shares with me
    int pageSize = 1000;
    QDateTime updatedUntil; //!< invalid = now
};

struct DeltaSyncOptions
{
    QDateTime updatedAfter;
    QStringList userIds; //!< empty = me and every partner who shares with me
};

//! Live figures of the current run, emitted at most ~10 times per second.
struct RunProgress
{
    qint64 runId = 0;
    RunKind kind = RunKind::Stream;
    qint64 events = 0; //!< lines received and parsed
    qint64 committed = 0; //!< events persisted in the mirror
    qint64 bytes = 0; //!< body bytes received
    qint64 ackRequests = 0; //!< POST /sync/ack calls made
    qint64 elapsedMs = 0;
    double eventsPerSecond = 0; //!< over the last second
    QHash<QString, qint64> perType; //!< entity type name -> count
    RunPhase phase = RunPhase::None;
    QString phaseOwner; //!< PagingOwner: the owner's user id
    int retryInSeconds = 0; //!< RetryingIn: seconds left
};

//! The end of a run.
struct RunResult
{
    qint64 runId = 0;
    RunKind kind = RunKind::Stream;
    AckMode mode = AckMode::Automatic;
    RunOutcome outcome = RunOutcome::Running;
    Error error; //!< set when outcome is Failed or Interrupted by an error; Kind::Busy
                 //!< when Cancelled while waiting for another process's write lock
    qint64 events = 0, bytes = 0, ackRequests = 0, elapsedMs = 0;
    QHash<QString, qint64> perType; //!< stream: lines received per entity type
    //! Stream: lines stored in the mirror (a failed batch is received but not stored; a dry run
    //! stores nothing), in all and per entity type.
    qint64 stored = 0;
    QHash<QString, qint64> storedPerType;
    QStringList unknownTypes; //!< entity types this Tidemark does not know (server newer)
    bool needsFullSync = false; //!< delta sync answered needsFullSync
};

//! One line of the live event log (bounded; raw JSON kept for the most recent lines only).
struct EventSummary
{
    qint64 lineNumber = 0;
    QString type;
    QString ack;
    QString summary; //!< e.g. "IMG_0001.HEIC · IMAGE · 2026-04-18"
    QByteArray raw; //!< may be empty for old lines
};

//! A checkpoint as the server reports it (GET /sync/ack) or as the mirror recorded it.
struct CheckpointRow
{
    QString type; //!< entity type name
    QString serverAck; //!< from GET /sync/ack; empty when none
    QString localAck; //!< last committed and acked locally
    QString pendingAck; //!< manual mode: latest pending ack
    int pendingCount = 0; //!< manual mode: number of pending acks of this type
    QDateTime serverTime, localTime, pendingTime; //!< decoded from the UUIDv7 ids
    bool agree() const { return serverAck == localAck; }
    //! A backfill checkpoint that the server keeps for itself: type "…BackfillV1", ack
    //! "…|<createId>|complete". On a first sync the server writes it without the client ever
    //! sending it (protocol notes, "Backfill"), so a missing or older local copy is no
    //! disagreement.
    bool keptByServer() const
    {
        return !agree() && type.endsWith(QLatin1StringView("BackfillV1"))
            && serverAck.endsWith(QLatin1StringView("|complete"));
    }
};

//! What "ack pending" should send.
struct PendingAckScope
{
    enum class Kind { All, Types, UpToSequence } kind = Kind::All;
    QStringList types; //!< for Types
    qint64 sequence = -1; //!< for UpToSequence: ack every pending ack with seq <= this
};

} // namespace Tidemark

Q_DECLARE_METATYPE(Tidemark::RunProgress)
Q_DECLARE_METATYPE(Tidemark::RunResult)
Q_DECLARE_METATYPE(Tidemark::EventSummary)
Q_DECLARE_METATYPE(Tidemark::CheckpointRow)
