// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamPipeline.h"

#include "protocol/AckString.h"
#include "protocol/SyncEventParser.h"
#include "protocol/SyncLineSplitter.h"
#include "sync/EventSummaries.h"
#include "util/Logging.h"
#include "util/ThreadNice.h"

#include <QFile>
#include <QSet>
#include <QThread>

#include <array>

#if defined(Q_OS_UNIX)
#include <time.h>
#endif

namespace Tidemark {

namespace {
constexpr int kEntityCount = int(SyncEntityType::Unknown) + 1;

//! CPU time of the calling thread (what it really used; busy times also count preemption on a
//! loaded machine). 0 where unavailable.
qint64 threadCpuNs()
{
#if defined(Q_OS_UNIX)
    timespec ts {};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
        return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
#endif
    return 0;
}

bool sameRun(const SyncEvent &a, const SyncEvent &b)
{
    if (a.type != b.type)
        return false;
    return a.type != SyncEntityType::Unknown || a.typeName == b.typeName;
}

//! The checkpoints of a committed run: its last sendable ack per checkpoint type. A data run's
//! acks all name its own type, so the newest sendable one is enough; a SyncAckV1 run names
//! several types and is short, so every line is looked at.
AckSet runCheckpoints(std::span<const SyncEvent> run)
{
    AckSet set;
    if (run.empty())
        return set;
    if (run.front().type == SyncEntityType::SyncAckV1) {
        for (const SyncEvent &e : run)
            if (AckSet::sendable(e.ack))
                set.add(e.ack, e.lineNumber);
        return set;
    }
    for (auto it = run.rbegin(); it != run.rend(); ++it) {
        if (AckSet::sendable(it->ack)) {
            set.add(it->ack, it->lineNumber);
            break;
        }
    }
    return set;
}
} // namespace

StreamPipeline::StreamPipeline(PipelineConfig config, QObject *context, Callbacks callbacks)
    : m_config(std::move(config))
    , m_context(context)
    , m_callbacks(std::move(callbacks))
    , m_spill(m_config.memoryLimit, m_config.spillDirectory)
    , m_parsed(m_config.parsedBatchesQueued)
{
    m_config.batchLines = qMax(1, m_config.batchLines);
    m_config.parseChunkLines = qBound(1, m_config.parseChunkLines, m_config.batchLines);
}

StreamPipeline::~StreamPipeline()
{
    cancel();
    join();
    delete m_parseThread;
    delete m_persistThread;
}

void StreamPipeline::start()
{
    m_parseThread = QThread::create([this] { parseLoop(); });
    m_parseThread->setObjectName(QStringLiteral("tidemark-parse"));
    m_persistThread = QThread::create([this] { persistLoop(); });
    m_persistThread->setObjectName(QStringLiteral("tidemark-persist"));
    m_parseThread->start();
    m_persistThread->start();
}

bool StreamPipeline::feed(const QByteArray &bytes)
{
    return m_spill.push(bytes);
}

void StreamPipeline::finishInput(bool clean)
{
    m_cleanEnd = clean;
    m_spill.close();
}

void StreamPipeline::cancel()
{
    m_cancel = true;
    m_spill.abort();
    m_parsed.abort();
}

void StreamPipeline::join()
{
    if (m_parseThread)
        m_parseThread->wait();
    if (m_persistThread)
        m_persistThread->wait();
}

bool StreamPipeline::noteAcksSent(const QStringList &acks)
{
    QMutexLocker lock(&m_sentMutex);
    if (!m_acceptSent)
        return false;
    m_sentAcks += acks;
    return true;
}

QHash<QString, qint64> StreamPipeline::perTypeSnapshot() const
{
    QMutexLocker lock(&m_statsMutex);
    return m_perType;
}

QList<EventSummary> StreamPipeline::takeLog()
{
    std::deque<SyncEvent> events;
    {
        QMutexLocker lock(&m_statsMutex);
        events.swap(m_log);
    }
    QList<EventSummary> out;
    out.reserve(qsizetype(events.size()));
    for (const SyncEvent &e : events)
        out.append(makeEventSummary(e));
    return out;
}

void StreamPipeline::post(std::function<void()> fn)
{
    QObject *ctx = m_context.data();
    if (!ctx)
        return;
    QMetaObject::invokeMethod(ctx, std::move(fn), Qt::QueuedConnection);
}

void StreamPipeline::parseLoop()
{
    if (m_config.workerNice > 0)
        ThreadNice::lowerCurrentThread(m_config.workerNice);
    SyncLineSplitter splitter;
    splitter.setContext(m_config.where);
    std::unique_ptr<QFile> exportFile;
    if (!m_config.exportPath.isEmpty()) {
        exportFile = std::make_unique<QFile>(m_config.exportPath);
        if (!exportFile->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            m_parseError = Error::make(Error::Kind::Storage,
                QStringLiteral("JSONL export ") + m_config.exportPath, exportFile->errorString());
            m_parsed.close();
            return;
        }
    }

    std::array<qint64, kEntityCount> counts {};
    QHash<QString, qint64> unknownCounts;
    QList<SyncLine> lines;
    QList<SyncEvent> batch;
    batch.reserve(m_config.parseChunkLines);
    QElapsedTimer timer;

    auto publish = [&] {
        if (batch.isEmpty())
            return;
        const qsizetype n = batch.size();
        const qsizetype logFrom = qMax<qsizetype>(0, n - m_config.logLimit);
        // Raw bytes are only needed for the lines the log shows; drop the rest early.
        for (qsizetype i = 0; i < logFrom; ++i)
            batch[i].raw = QByteArray();
        {
            QMutexLocker lock(&m_statsMutex);
            for (qsizetype i = logFrom; i < n; ++i)
                m_log.push_back(batch.at(i));
            while (qsizetype(m_log.size()) > m_config.logLimit)
                m_log.pop_front();
            for (int t = 0; t < kEntityCount; ++t) {
                if (counts[t] && t != int(SyncEntityType::Unknown))
                    m_perType[entityTypeName(SyncEntityType(t))] += counts[t];
                counts[t] = 0;
            }
            for (auto it = unknownCounts.cbegin(); it != unknownCounts.cend(); ++it)
                m_perType[it.key()] += it.value();
            unknownCounts.clear();
        }
        m_lines += n;
        if (exportFile)
            exportFile->flush(); // the export never lags behind what may get acked
        m_parsed.push(std::move(batch));
        batch = QList<SyncEvent>();
        batch.reserve(m_config.parseChunkLines);
    };

    for (;;) {
        if (m_cancel)
            break;
        QByteArray chunk;
        timer.start();
        const auto r = m_spill.pop(chunk, batch.isEmpty() ? -1 : m_config.flushWaitMs);
        m_inputWaitNs += timer.nsecsElapsed();
        if (r == SpillQueue::PopResult::Timeout) {
            publish();
            continue;
        }
        if (r == SpillQueue::PopResult::End)
            break;
        timer.start();
        lines.clear();
        Error err = splitter.feed(chunk, lines);
        for (const SyncLine &line : std::as_const(lines)) {
            if (exportFile) {
                exportFile->write(line.bytes);
                exportFile->write("\n", 1);
            }
            SyncEvent event;
            Error perr = SyncEventParser::parseInto(
                line.bytes, line.lineNumber, line.byteOffset, event, m_config.where);
            if (!perr.isError())
                perr = SyncEventParser::checkRules(event, m_config.where);
            if (perr.isError()) {
                err = perr;
                break;
            }
            if (event.type == SyncEntityType::Unknown)
                ++unknownCounts[event.typeName];
            else
                ++counts[int(event.type)];
            batch.append(std::move(event));
            if (batch.size() >= m_config.parseChunkLines)
                publish();
        }
        m_parseNs += timer.nsecsElapsed();
        if (err.isError()) {
            qCWarning(lcStream) << "stream body unusable:" << err.technicalDetails();
            m_parseError = err;
            break;
        }
    }
    if (!m_cancel && !m_parseError.isError() && m_cleanEnd) {
        const Error e = splitter.finish();
        if (e.isError()) {
            m_parseError = e;
            m_truncated = true;
        }
    }
    if (!m_cancel)
        publish();
    if (exportFile)
        exportFile->flush();
    m_parseCpuNs = threadCpuNs();
    m_parsed.close();
}

void StreamPipeline::persistLoop()
{
    if (m_config.workerNice > 0)
        ThreadNice::lowerCurrentThread(m_config.workerNice);
    PipelineSummary summary;
    std::unique_ptr<StreamSink> sink;
    Error error;
    if (m_config.mode != AckMode::DryRun && m_config.sinkFactory) {
        sink = m_config.sinkFactory();
        if (sink)
            error = sink->open();
    }
    QSet<QString> unknownSeen;
    QElapsedTimer timer;
    bool stop = error.isError();

    auto recordSent = [&](bool last) {
        QStringList sent;
        {
            QMutexLocker lock(&m_sentMutex);
            sent.swap(m_sentAcks);
            if (last)
                m_acceptSent = false;
        }
        if (sink && !sent.isEmpty()) {
            const Error e = sink->markSent(sent);
            if (e.isError())
                qCWarning(lcSync) << "local checkpoints not updated:" << e.technicalDetails();
        }
    };

    QList<SyncEvent> events;
    bool wipePending = m_config.wipeBeforeFirstLine && sink;
    while (!stop) {
        timer.start();
        if (!m_parsed.pop(events))
            break;
        if (wipePending) {
            wipePending = false;
            error = sink->wipeServerData();
            if (error.isError())
                break;
        }
        // Coalesce what is already parsed into one flush (fewer transactions and ack requests
        // when the mirror is the bottleneck).
        QList<SyncEvent> more;
        const qsizetype limit = m_config.batchLines;
        while (m_parsed.tryPopIf(more,
            [&](const QList<SyncEvent> &next) { return events.size() + next.size() <= limit; })) {
            events.append(std::move(more));
            more = QList<SyncEvent>();
        }
        summary.parsedWaitNs += timer.nsecsElapsed();

        PipelineFlush flush;
        const qsizetype n = events.size();
        qsizetype i = 0;
        while (i < n) {
            if (m_cancel) {
                stop = true;
                break;
            }
            qsizetype j = i + 1;
            while (j < n && sameRun(events.at(i), events.at(j)))
                ++j;
            const SyncEvent &first = events.at(i);
            const std::span<const SyncEvent> run(events.constData() + i, size_t(j - i));
            if (first.type == SyncEntityType::Unknown) {
                // A newer server's type: logged, skipped, never acknowledged (it comes again).
                if (!unknownSeen.contains(first.typeName)) {
                    unknownSeen.insert(first.typeName);
                    summary.unknownTypes.append(first.typeName);
                    const QString name = first.typeName;
                    qCWarning(lcSync) << "skipping unknown entity type" << name;
                    if (m_callbacks.unknownType)
                        post([cb = m_callbacks.unknownType, name] { cb(name); });
                }
                i = j;
                continue;
            }
            if (first.type == SyncEntityType::SyncResetV1) {
                summary.sawReset = true;
                if (sink) {
                    timer.start();
                    error = sink->wipeServerData();
                    summary.persistNs += timer.nsecsElapsed();
                    if (!error.isError())
                        flush.changedTables << sink->takeChangedTables();
                }
                stop = true;
                break;
            }
            const AckSet checkpoints = runCheckpoints(run);
            recordSent(false);
            if (sink) {
                timer.start();
                error = sink->applyRun(run, checkpoints.entries(), m_config.mode);
                summary.persistNs += timer.nsecsElapsed();
                ++summary.transactions;
                if (error.isError()) {
                    stop = true;
                    break;
                }
                flush.committedEvents += j - i;
                summary.storedPerType[entityTypeName(first.type)] += j - i;
            }
            if (first.type == SyncEntityType::SyncCompleteV1)
                summary.sawComplete = true;
            if (m_config.mode == AckMode::Automatic)
                flush.acks.merge(checkpoints);
            i = j;
        }
        m_committed += flush.committedEvents;
        if (sink)
            flush.changedTables << sink->takeChangedTables();
        if ((flush.committedEvents > 0 || !flush.acks.isEmpty() || !flush.changedTables.isEmpty())
            && m_callbacks.flushed) {
            post([cb = m_callbacks.flushed, flush] { cb(flush); });
        }
        if (summary.sawReset && m_callbacks.resetSeen)
            post([cb = m_callbacks.resetSeen] { cb(); });
        events = QList<SyncEvent>();
    }

    // Stop the parser (if it is still going) and collect its result.
    m_spill.abort();
    m_parsed.abort();
    if (m_parseThread)
        m_parseThread->wait();
    recordSent(true);
    if (sink) {
        PipelineFlush last;
        last.changedTables = sink->finish();
        if (!last.changedTables.isEmpty() && m_callbacks.flushed)
            post([cb = m_callbacks.flushed, last] { cb(last); });
    }
    sink.reset();

    summary.cancelled = m_cancel.load();
    summary.error = error.isError() ? error : m_parseError;
    summary.truncated = !error.isError() && m_truncated;
    if (summary.sawReset && summary.error.kind == Error::Kind::Malformed)
        summary.error = Error(); // bytes after a reset are never read
    summary.lines = m_lines.load();
    summary.committed = m_committed.load();
    summary.perType = perTypeSnapshot();
    summary.parseNs = m_parseNs;
    summary.parseCpuNs = m_parseCpuNs;
    summary.persistCpuNs = threadCpuNs();
    qCInfo(lcSync) << "stream pipeline CPU: parse thread" << summary.parseCpuNs / 1000000
                   << "ms, persist thread" << summary.persistCpuNs / 1000000
                   << "ms (including the end of the bulk load)";
    summary.inputWaitNs = m_inputWaitNs;
    summary.peakQueueBytes = m_spill.peakMemoryBytes();
    summary.spilledBytes = m_spill.spilledBytesTotal();
    if (m_callbacks.finished)
        post([cb = m_callbacks.finished, summary] { cb(summary); });
}

} // namespace Tidemark
