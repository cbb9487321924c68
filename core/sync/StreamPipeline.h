// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// StreamPipeline: everything between the bytes of a `POST /sync/stream` body and the acks that
// may be sent for them.
//
//   reading thread (owner)      parse thread                    persist thread
//   ----------------------      ------------                    --------------
//   feed(bytes) ─► SpillQueue ─► SyncLineSplitter, JSONL export,
//   (never blocks; memory          SyncEventParser, batches of
//    bounded, excess on disk)      ≤ batchLines  ─► BoundedQueue ─► same-type runs → StreamSink
//                                  (blocks when the mirror is       (one transaction per run,
//                                   behind: parsing pauses,          checkpoint included)
//                                   reading does not)              ─► onFlush(acks) on the owner
//
// The owner's thread receives, through queued calls on the context object: flushes (acks that
// now cover committed data, Automatic mode only), a reset notice, warnings for unknown entity
// types, and the final summary. Acks are only ever taken from committed runs, verbatim.

#include "sync/AckSet.h"
#include "sync/BoundedQueue.h"
#include "sync/SpillQueue.h"
#include "sync/StreamSink.h"
#include "sync/SyncTypesUi.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>

class QThread;

namespace Tidemark {

struct PipelineConfig
{
    AckMode mode = AckMode::Automatic;
    int batchLines = 5000; //!< lines per flush at most
    int parseChunkLines = 1000; //!< lines handed from parser to persister at once (memory)
    int flushWaitMs = 40; //!< how long a partial batch waits for more bytes
    qint64 memoryLimit = 8 * 1024 * 1024; //!< raw bytes held in memory before spilling to disk
    int parsedBatchesQueued = 2; //!< parsed chunks waiting for the mirror at most
    QString spillDirectory; //!< empty = system temp
    QString exportPath; //!< JSONL export of every received line (empty = none)
    //! The server was asked for (or has already done) a reset: wipe the mirror's server data and
    //! local checkpoints right before the first line is persisted, so nothing stale survives
    //! (deletions older than the server's audit window are never sent again).
    bool wipeBeforeFirstLine = false;
    QString where = QStringLiteral("POST /api/sync/stream");
    int logLimit = 200; //!< event-log summaries kept between two takeLog() calls
    //! Nice increment of the parse and persist threads (0 = none): the window's GUI thread
    //! comes first (ThreadNice.h).
    int workerNice = 0;
    //! Creates the sink in the persist thread (null in DryRun or when it returns null).
    std::function<std::unique_ptr<StreamSink>()> sinkFactory;
};

//! What a flush committed (Automatic: acks to send now; Manual: recorded as pending).
struct PipelineFlush
{
    AckSet acks;
    qint64 committedEvents = 0;
    QStringList changedTables;
};

struct PipelineSummary
{
    bool sawComplete = false; //!< SyncCompleteV1 committed (and its ack flushed)
    bool sawReset = false; //!< SyncResetV1 seen (and data wiped unless DryRun)
    bool cancelled = false;
    Error error; //!< Malformed line, truncated body, storage failure
    bool truncated = false; //!< error is a body that ended inside a line (a cut connection)
    QStringList unknownTypes;
    qint64 lines = 0, committed = 0;
    QHash<QString, qint64> perType; //!< lines received (parsed), per entity type
    QHash<QString, qint64> storedPerType; //!< lines stored in the mirror, per entity type
    qint64 parseNs = 0, persistNs = 0, inputWaitNs = 0, parsedWaitNs = 0;
    qint64 parseCpuNs = 0, persistCpuNs = 0; //!< CPU time of the two threads, whole run
    qint64 peakQueueBytes = 0, spilledBytes = 0;
    qint64 transactions = 0;
};

class StreamPipeline
{
public:
    struct Callbacks
    {
        std::function<void(const PipelineFlush &)> flushed;
        std::function<void()> resetSeen;
        std::function<void(const QString &typeName)> unknownType;
        std::function<void(const PipelineSummary &)> finished;
    };

    //! Callbacks run in `context`'s thread (queued).
    StreamPipeline(PipelineConfig config, QObject *context, Callbacks callbacks);
    ~StreamPipeline();

    void start();
    //! Owner thread: body bytes as received. False when the spill file failed (stop the run).
    bool feed(const QByteArray &bytes);
    //! Owner thread: the body ended; `clean` = the server closed it normally (a dangling partial
    //! line is then Malformed; after a cut it is simply dropped).
    void finishInput(bool clean);
    //! Stops as soon as the current transaction is done; nothing after it is committed.
    void cancel();
    //! Owner thread: these acks were answered 204. The persist thread records them between its
    //! transactions (the owner must never wait for the database while bytes arrive). False when
    //! the persist thread has already stopped: the caller records them itself.
    bool noteAcksSent(const QStringList &acks);
    //! Waits for both threads (after finished).
    void join();

    //! Live figures (any thread).
    qint64 linesParsed() const { return m_lines.load(); }
    qint64 committed() const { return m_committed.load(); }
    QHash<QString, qint64> perTypeSnapshot() const;
    //! The event-log lines since the last call (at most logLimit, the most recent).
    QList<EventSummary> takeLog();
    qint64 queuedBytes() const { return m_spill.pendingBytes(); }

private:
    void parseLoop();
    void persistLoop();
    void post(std::function<void()> fn);

    PipelineConfig m_config;
    QPointer<QObject> m_context;
    Callbacks m_callbacks;
    SpillQueue m_spill;
    BoundedQueue<QList<SyncEvent>> m_parsed;
    QThread *m_parseThread = nullptr;
    QThread *m_persistThread = nullptr;

    std::atomic<bool> m_cancel {false};
    std::atomic<bool> m_cleanEnd {false};
    std::atomic<qint64> m_lines {0}, m_committed {0};

    QMutex m_sentMutex;
    QStringList m_sentAcks;
    bool m_acceptSent = true;

    mutable QMutex m_statsMutex;
    QHash<QString, qint64> m_perType;
    std::deque<SyncEvent> m_log; // formatted only when taken (≤ logLimit per takeLog())

    // Written by the parse thread before it closes the parsed queue; read by the persist thread
    // after the queue ends.
    Error m_parseError;
    bool m_truncated = false;
    qint64 m_parseNs = 0, m_inputWaitNs = 0, m_parseCpuNs = 0;
};

} // namespace Tidemark
