// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncWorker.h"

#include "api/ApiDtos.h"
#include "api/DeleteSyncAcksJob.h"
#include "api/DeltaSyncJob.h"
#include "api/FullSyncJob.h"
#include "api/GetMyUserJob.h"
#include "api/GetPartnersJob.h"
#include "api/GetSyncAcksJob.h"
#include "api/ImmichClient.h"
#include "api/SendSyncAcksJob.h"
#include "api/SyncStreamJob.h"
#include "mirror/BrowserIndexBuilder.h"
#include "mirror/MirrorStore.h"
#include "mirror/MirrorWriteLock.h"
#include "protocol/AckString.h"
#include "sync/MirrorAdapter.h"
#include "util/Logging.h"
#include "util/ThreadNice.h"

#include <QDateTime>
#include <QFile>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Tidemark {

namespace {

QString isoNow(qint64 offsetMs = 0)
{
    return QDateTime::currentDateTimeUtc().addMSecs(offsetMs).toString(Qt::ISODateWithMs);
}

ServerVersion toServerVersion(const QVersionNumber &v)
{
    return ServerVersion(v.majorVersion(), v.minorVersion(), v.microVersion());
}

} // namespace

SyncWorker::SyncWorker(QObject *parent) : QObject(parent)
{
    m_progressTimer.setInterval(m_tuning.progressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] { emitProgress(); });
    m_lockWaitTimer.setInterval(500);
    connect(&m_lockWaitTimer, &QTimer::timeout, this, [this] { onLockWaitTick(); });
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        auto action = std::move(m_retryAction);
        m_retryAction = nullptr;
        if (action)
            action();
    });
}

SyncWorker::~SyncWorker()
{
    shutdown();
}

void SyncWorker::shutdown()
{
    if (m_pipeline) {
        m_pipeline->cancel();
        m_pipeline->join();
        m_pipeline.reset();
    }
    if (m_streamJob) {
        m_abortedByUs = true;
        m_streamJob->cancel();
    }
    if (m_ackJob)
        m_ackJob->cancel();
    if (m_indexBuilder)
        m_indexBuilder->wait();
    m_lockWaitTimer.stop();
    m_lockWaitAction = nullptr;
    m_store.reset();
    m_writeLock.reset();
    delete m_client; // its jobs and QNetworkAccessManager with it
    m_client = nullptr;
}

void SyncWorker::setConnection(const SyncConnection &connection)
{
    const bool otherMirror = connection.mirrorPath != m_connection.mirrorPath;
    m_connection = connection;
    if (!m_client) {
        // Created here, on the worker thread: its QNetworkAccessManager lives where its jobs run.
        m_client = new ImmichClient(this);
        // A redirected sync request is never replayed, not even to the same origin.
        m_client->setFollowSameOriginRedirects(false);
    }
    const Expected<ServerUrl> server = ServerUrl::parse(connection.apiBase.toString());
    m_client->setServerUrl(server ? *server : ServerUrl());
    m_client->setServerAccess(connection.access);
    // The session token for everything when there is one; else the API key, which only full and
    // delta sync accept (the stream and ack jobs refuse it with ApiKeyRefused).
    if (!connection.sessionToken.isEmpty())
        m_client->setSessionToken(connection.sessionToken);
    else if (!connection.apiKey.isEmpty())
        m_client->setApiKey(connection.apiKey);
    else
        m_client->clearCredentials();
    m_client->setInactivityTimeout(
        std::chrono::milliseconds(qMax(1000, connection.inactivityTimeoutMs)));
    if (otherMirror) {
        m_store.reset();
        if (!m_run.active)
            m_writeLock.reset();
    }
}

void SyncWorker::setTuning(const SyncTuning &tuning)
{
    if (tuning.mirrorReadOnly != m_tuning.mirrorReadOnly)
        m_store.reset(); // reopened with the new mode by the next run
    m_tuning = tuning;
    m_progressTimer.setInterval(qMax(20, tuning.progressIntervalMs));
}

quint64 SyncWorker::mirrorFileIdentity(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st
    {
    }; // stat() takes no descriptor: SQLite's locks stay intact (MirrorHealth.h)
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return (quint64(st.st_dev) << 40) ^ quint64(st.st_ino);
#else
    Q_UNUSED(path);
    return 0; // Windows refuses to rename a file that is open: it cannot be replaced under us
#endif
}

Error SyncWorker::ensureMirror()
{
    if (m_store && m_store->isOpen())
        return {};
    if (m_connection.mirrorPath.isEmpty())
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("mirror"),
            QStringLiteral("no mirror file configured for this account"));
    m_store = std::make_unique<MirrorStore>();
    MirrorOpenOptions options;
    options.readOnly = m_tuning.mirrorReadOnly;
    options.deferBrowserIndexes = true; // buildIndexesIfMissing(), never on this thread
    int upgradeStep = 0, upgradeSteps = 0;
    options.upgradeProgress = [this, &upgradeStep, &upgradeSteps](int step, int steps) {
        upgradeStep = step;
        upgradeSteps = steps;
        Q_EMIT mirrorUpgradeProgress(step, steps);
    };
    const Error err = m_store->open(m_connection.mirrorPath, options);
    if (upgradeStep < upgradeSteps) // stopped by `err`: the indicator ends with it
        Q_EMIT mirrorUpgradeProgress(upgradeSteps, upgradeSteps);
    if (err.isError()) {
        m_store.reset();
        return err;
    }
    m_storeFileId = mirrorFileIdentity(m_connection.mirrorPath);
    if (!m_connection.userId.isEmpty())
        m_store->setSelfUserId(m_connection.userId);
    buildIndexesIfMissing();
    return {};
}

void SyncWorker::buildIndexesIfMissing()
{
    if (!m_store || !m_store->isOpen() || m_tuning.mirrorReadOnly || !m_tuning.buildBrowserIndexes)
        return;
    const MirrorResult<bool> ready = m_store->browserIndexesReady();
    if (!ready.ok() || ready.value)
        return;
    if (!m_indexBuilder)
        m_indexBuilder = std::make_unique<BrowserIndexBuilder>();
    // shutdown() waits for the build, so `this` outlives it.
    const bool started = m_indexBuilder->start(
        m_connection.mirrorPath,
        [this](const BrowserIndexBuilder::Result &r) {
            QMetaObject::invokeMethod(
                this,
                [this, r] {
                    if (r.error.isError()) {
                        Q_EMIT browserIndexesChanged(false, r.elapsedMs);
                        return;
                    }
                    qCInfo(lcSync)
                        << "browser indexes ready after" << r.elapsedMs << "ms in the background";
                    Q_EMIT browserIndexesChanged(true, r.elapsedMs);
                    Q_EMIT mirrorChanged({QStringLiteral("assets")});
                },
                Qt::QueuedConnection);
        },
        m_tuning.workerNice);
    if (started)
        Q_EMIT browserIndexesChanged(false, 0);
}

ServerCapabilities SyncWorker::capabilities() const
{
    return ServerCapabilities(toServerVersion(m_connection.serverVersion));
}

// ---- runs ---------------------------------------------------------------------------------

Error SyncWorker::takeWriteLock()
{
    if (m_connection.mirrorPath.isEmpty())
        return {}; // ensureMirror() says what is missing
    if (!m_writeLock || m_writeLock->mirrorPath() != m_connection.mirrorPath)
        m_writeLock = std::make_unique<MirrorWriteLock>(m_connection.mirrorPath);
    const Error e = m_writeLock->tryLock();
    // Called before a run or operation uses m_store (never in the middle of one).
    if (!e.isError() && m_store && m_store->isOpen()
        && mirrorFileIdentity(m_connection.mirrorPath) != m_storeFileId) {
        // Another process rebuilt the mirror (MirrorHealth::rebuild) since we opened it: our
        // connection still points at the file moved aside. Open the one at the path instead.
        qCInfo(lcSync).noquote()
            << "the mirror file was replaced by another process; opening the new one";
        m_store.reset();
    }
    return e;
}

void SyncWorker::releaseWriteLock()
{
    if (m_writeLock && !m_run.active && !m_lockWaitAction)
        m_writeLock->unlock();
}

bool SyncWorker::lockForOperation(const QString &operation)
{
    if (m_run.active)
        return true; // the run holds it (full/delta/reconcile; streams refuse operations)
    const Error e = takeWriteLock();
    if (!e.isError())
        return true;
    Q_EMIT operationFailed(operation, e);
    emitCheckpoints({}, false);
    return false;
}

void SyncWorker::onLockWaitTick()
{
    if (!m_lockWaitAction) {
        m_lockWaitTimer.stop();
        return;
    }
    const Error e = takeWriteLock();
    if (e.kind == Error::Kind::Busy) {
        Q_EMIT waitingForMirror(e.detail.toLongLong());
        return;
    }
    m_lockWaitTimer.stop();
    auto action = std::move(m_lockWaitAction);
    m_lockWaitAction = nullptr;
    action(); // starts the run (or fails it with the lock's storage error)
}

bool SyncWorker::beginRun(RunKind kind, AckMode mode, std::function<void()> resume)
{
    if (m_tuning.waitForOtherWriter && resume && !m_run.active) {
        const Error busy = takeWriteLock();
        if (busy.kind == Error::Kind::Busy) {
            // Not a run yet: nothing is written and nothing is recorded until the lock is ours.
            m_cancelRequested = false;
            m_lockWaitAction = std::move(resume);
            m_lockWaitKind = kind;
            m_lockWaitMode = mode;
            m_lockWaitTimer.start();
            Q_EMIT waitingForMirror(busy.detail.toLongLong());
            return false;
        }
    }
    m_cancelRequested = false;
    m_run = Run();
    m_run.kind = kind;
    m_run.mode = mode;
    m_run.active = true;
    m_run.clock.start();
    m_run.result.kind = kind;
    m_run.result.mode = mode;
    m_rateSamples.clear();
    m_changedTables.clear();

    Error err;
    if (!m_client)
        err = Error::make(
            Error::Kind::InvalidInput, QStringLiteral("sync"), QStringLiteral("no connection set"));
    if (!err.isError())
        err = takeWriteLock();
    // A dry run stores nothing: it neither creates the mirror nor adds a row to its run history.
    const bool dryRun = mode == AckMode::DryRun;
    if (!err.isError() && !dryRun)
        err = ensureMirror();
    qint64 id = 0;
    if (!err.isError() && !dryRun)
        id = SyncMirror::recordRunStart(*m_store, kind, mode, &err);
    if (id <= 0) {
        static qint64 localIds = 0;
        id = --localIds; // negative: not in the history
    }
    m_run.id = id;
    m_run.result.runId = id;
    Q_EMIT runStarted(id, kind, mode);
    if (err.isError()) {
        finishRun(RunOutcome::Failed, err);
        return false;
    }
    m_progressTimer.start();
    return true;
}

void SyncWorker::finishRun(RunOutcome outcome, const Error &error, bool more)
{
    if (!m_run.active)
        return;
    m_progressTimer.stop();
    m_retryTimer.stop();
    m_retryAction = nullptr;
    emitProgress(true);
    RunResult &r = m_run.result;
    r.outcome = outcome;
    r.error = error;
    r.elapsedMs = m_run.clock.elapsed();
    if (r.kind == RunKind::Stream) {
        r.bytes = m_bytes;
        r.unknownTypes = m_unknownTypes;
    }
    if (m_store && m_writeLock && m_writeLock->isLocked()) {
        const Error herr = SyncMirror::recordRunEnd(*m_store, r);
        if (herr.isError())
            qCWarning(lcSync) << "run history not written:" << herr.technicalDetails();
    }
    m_run.active = false;
    if (!more)
        releaseWriteLock();
    const QStringList tables = takeChangedTables();
    if (!tables.isEmpty())
        Q_EMIT mirrorChanged(tables);
    qCInfo(lcSync).noquote() << runKindName(r.kind) << "run" << r.runId
                             << "ended:" << runOutcomeName(outcome) << r.events << "events"
                             << r.bytes << "bytes" << r.ackRequests << "ack requests"
                             << (error.isError() ? error.technicalDetails() : QString());
    Q_EMIT runEnded(r, more);
    if (r.kind == RunKind::Stream && !more)
        buildIndexesIfMissing();
}

void SyncWorker::noteChanged(const QStringList &tables)
{
    for (const QString &t : tables)
        m_changedTables.insert(t);
}

QStringList SyncWorker::takeChangedTables()
{
    QStringList list(m_changedTables.begin(), m_changedTables.end());
    list.sort();
    m_changedTables.clear();
    return list;
}

void SyncWorker::emitProgress(bool force)
{
    if (!m_run.active)
        return;
    RunProgress p;
    p.runId = m_run.id;
    p.kind = m_run.kind;
    p.elapsedMs = m_run.clock.elapsed();
    p.phase = m_run.phase;
    p.phaseOwner = m_run.phaseOwner;
    if (m_retryTimer.isActive()) { // a countdown the panel shows as it is
        p.phase = RunPhase::RetryingIn;
        p.retryInSeconds = (m_retryTimer.remainingTime() + 999) / 1000;
    }
    if (m_run.kind == RunKind::Stream) {
        p.events = m_linesBefore + (m_pipeline ? m_pipeline->linesParsed() : 0);
        p.committed = m_committedBefore + (m_pipeline ? m_pipeline->committed() : 0);
        p.bytes = m_bytes;
        p.perType = m_perTypeBefore;
        if (m_pipeline) {
            const auto now = m_pipeline->perTypeSnapshot();
            for (auto it = now.cbegin(); it != now.cend(); ++it)
                p.perType[it.key()] += it.value();
        }
        m_run.result.events = p.events;
        m_run.result.perType = p.perType;
    } else {
        p.events = m_run.result.events;
        p.committed = m_run.result.events;
        p.perType = m_run.result.perType;
    }
    p.ackRequests = m_run.result.ackRequests;
    m_rateSamples.emplace_back(p.elapsedMs, p.events);
    while (m_rateSamples.size() > 2 && p.elapsedMs - m_rateSamples.front().first > 1000)
        m_rateSamples.pop_front();
    const auto &first = m_rateSamples.front();
    if (p.elapsedMs > first.first)
        p.eventsPerSecond
            = double(p.events - first.second) * 1000.0 / double(p.elapsedMs - first.first);
    Q_EMIT progress(p);

    if (m_pipeline) {
        const QList<EventSummary> log = m_pipeline->takeLog();
        if (!log.isEmpty())
            Q_EMIT eventsLogged(log);
    }
    // Models refresh at most at the progress rate, and at the end.
    if (!m_changedTables.isEmpty() && (force || m_run.active)) {
        const QStringList tables = takeChangedTables();
        Q_EMIT mirrorChanged(tables);
    }
}

void SyncWorker::scheduleRetry(const Error &cause, std::function<void()> again)
{
    ++m_run.retries;
    const int ms = m_tuning.retry.delayMs(m_run.retries, cause);
    qCInfo(lcSync) << "retry" << m_run.retries << "in" << ms << "ms after"
                   << cause.technicalDetails();
    m_run.phase = RunPhase::WaitingToRetry;
    Q_EMIT retryScheduled(m_run.retries, (ms + 999) / 1000, cause);
    m_retryAction = std::move(again);
    m_retryTimer.start(ms);
}

void SyncWorker::cancelRun()
{
    m_cancelRequested = true;
    if (m_lockWaitAction && !m_run.active) {
        // Cancelled while waiting for another process: the run never started.
        m_lockWaitTimer.stop();
        m_lockWaitAction = nullptr;
        static qint64 waitIds = 0;
        RunResult r;
        r.runId = --waitIds - 1000000000; // negative: not in the history
        r.kind = m_lockWaitKind;
        r.mode = m_lockWaitMode;
        r.outcome = RunOutcome::Cancelled;
        // The cause says why it never started: the holder of the mirror's write lock.
        const qint64 holder = m_writeLock ? m_writeLock->holderPid() : 0;
        r.error = Error::make(Error::Kind::Busy, QStringLiteral("mirror: lock"),
            holder > 0 ? QString::number(holder) : QString());
        Q_EMIT runEnded(r, false);
        return;
    }
    if (!m_run.active)
        return;
    m_run.cancelled = true;
    if (m_retryTimer.isActive() || m_retryAction) {
        m_retryTimer.stop();
        m_retryAction = nullptr;
        if (!m_pipeline && !m_streamJob) {
            finishRun(
                RunOutcome::Cancelled, Error::make(Error::Kind::Cancelled, QStringLiteral("sync")));
            return;
        }
    }
    if (m_run.kind == RunKind::Stream) {
        abortStream();
        maybeFinishAttempt();
        return;
    }
    // Full/delta/reconcile: the request in flight (if any) fails as cancelled; its handler ends
    // the run. When nothing is in flight, end now.
    const auto jobs = m_client ? m_client->findChildren<ApiJob *>() : QList<ApiJob *>();
    bool inFlight = false;
    for (ApiJob *job : jobs) {
        if (job->isRunning()) {
            inFlight = true;
            job->cancel();
        }
    }
    if (!inFlight && m_run.active)
        finishRun(
            RunOutcome::Cancelled, Error::make(Error::Kind::Cancelled, QStringLiteral("sync")));
}

// ---- stream -------------------------------------------------------------------------------

void SyncWorker::startStream(const StreamOptions &options)
{
    if (m_run.active) {
        Q_EMIT warning(tr("A sync is already running."));
        return;
    }
    if (!beginRun(RunKind::Stream, options.mode, [this, options] { startStream(options); }))
        return;
    if (m_tuning.workerNice > 0 && !m_threadNiced) // the socket's reader yields too
        m_threadNiced = ThreadNice::lowerCurrentThread(m_tuning.workerNice);
    m_streamOptions = options;
    m_sendReset = options.reset;
    m_bytes = 0;
    m_linesBefore = m_committedBefore = 0;
    m_perTypeBefore.clear();
    m_storedPerTypeBefore.clear();
    m_unknownTypes.clear();
    m_stats = RunStatistics();
    m_stats.runId = m_run.id;
    m_pendingAcks.clear();
    m_ackRetries = 0;
    m_ackError = Error();
    m_fatal = Error();

    const ServerCapabilities caps = capabilities();
    if (caps.version().isValid() && !caps.hasSyncStream()) {
        Error e = Error::make(Error::Kind::Unsupported, QStringLiteral("POST /api/sync/stream"),
            QStringLiteral("server %1 has no sync stream (needs 1.127.0 or later)")
                .arg(caps.version().toString()));
        finishRun(RunOutcome::Failed, e);
        return;
    }
    if (m_connection.sessionToken.isEmpty() && m_connection.apiKey.isEmpty()) {
        finishRun(RunOutcome::Failed,
            Error::make(Error::Kind::Unauthorized, QStringLiteral("POST /api/sync/stream"),
                QStringLiteral("no session token: log in first")));
        return;
    }
    if (m_sendReset && m_run.mode == AckMode::DryRun) {
        // "reset": true clears the session's checkpoints on the server: not an inspection.
        finishRun(RunOutcome::Failed,
            Error::make(Error::Kind::InvalidInput, QStringLiteral("POST /api/sync/stream"),
                QStringLiteral("a dry run changes nothing, so it cannot ask the server to reset")));
        return;
    }
    if (m_run.mode != AckMode::DryRun && !m_connection.sessionToken.isEmpty()) {
        if (const Error e = decideReset(); e.isError()) {
            finishRun(RunOutcome::Failed, e);
            return;
        }
    }
    if (m_sendReset && caps.version().isValid() && !caps.supportsResetFlag()) {
        // Servers before 1.136 ignore "reset": forget every checkpoint of the session instead.
        auto *job = new DeleteSyncAcksJob(SyncAckDeleteRequest {});
        connect(job, &DeleteSyncAcksJob::succeeded, this, [this] { beginStreamAttempt(); });
        connect(job, &ApiJob::failed, this,
            [this](const Error &e) { finishRun(RunOutcome::Failed, e); });
        m_client->run(job);
        return;
    }
    beginStreamAttempt();
}

Error SyncWorker::decideReset()
{
    if (const Error e = ensureMirror(); e.isError())
        return e;
    const QString fingerprint = SyncMirror::sessionFingerprint(m_connection.sessionToken);
    const QString known = m_store->setting(SyncMirror::kSessionFingerprintKey).value;
    if (known != fingerprint) {
        // A new login is a new server session without checkpoints; rows and local checkpoints
        // from the old session must not be mixed with it (deletions it missed would linger).
        // A mirror that never synced (new, or rebuilt after damage) resets too: the server may
        // still hold checkpoints of this session from the file it replaced, and would then send
        // only what changed since, never the rest.
        qCInfo(lcSync) << (known.isEmpty()
                ? "a mirror that never synced: starting with a reset"
                : "new session for an existing mirror: starting over with a reset");
        m_sendReset = true;
        if (const Error e = m_store->setSetting(SyncMirror::kSessionFingerprintKey, fingerprint);
            e.isError())
            return e;
    }
    if (m_store->setting(SyncMirror::kResetPendingKey).value == QLatin1StringView("1"))
        m_sendReset = true; // an earlier reset did not get to wipe the mirror
    if (m_sendReset)
        return m_store->setSetting(SyncMirror::kResetPendingKey, QStringLiteral("1"));
    return {};
}

void SyncWorker::beginStreamAttempt()
{
    if (m_cancelRequested) {
        finishRun(
            RunOutcome::Cancelled, Error::make(Error::Kind::Cancelled, QStringLiteral("sync")));
        return;
    }
    const ServerCapabilities caps = capabilities();
    QList<SyncRequestType> types = m_streamOptions.types;
    if (caps.version().isValid())
        types = types.isEmpty() ? caps.defaultRequestTypes() : caps.filterRequestTypes(types);
    else if (types.isEmpty())
        types = ServerCapabilities(ServerVersion(2, 7, 5)).defaultRequestTypes();

    m_replyDone = m_httpOk = m_sawData = m_abortedByUs = false;
    m_replyError = Error();
    m_pipelineDone = false;
    m_summary = PipelineSummary();

    PipelineConfig cfg;
    cfg.mode = m_run.mode;
    cfg.batchLines = m_tuning.batchLines;
    cfg.memoryLimit = m_tuning.memoryQueueBytes;
    cfg.spillDirectory = m_tuning.spillDirectory;
    cfg.exportPath = m_streamOptions.jsonlExportPath;
    cfg.logLimit = m_tuning.eventLogLimit;
    cfg.workerNice = m_tuning.workerNice;
    cfg.parsedBatchesQueued = qMax(1, m_tuning.parsedChunksQueued);
    cfg.parseChunkLines = qMax(1, m_tuning.parseChunkLines);
    cfg.memoryLimit = qMin<qint64>(cfg.memoryLimit, m_tuning.memoryQueueBytes);
    cfg.where = QStringLiteral("POST /api/sync/stream");
    if (m_run.mode != AckMode::DryRun) {
        const QString path = m_connection.mirrorPath;
        const QString self = m_connection.userId;
        const bool bulk = m_tuning.bulkLoadIntoEmptyMirror;
        const int cache = m_tuning.mirrorCacheKiB;
        cfg.sinkFactory
            = [path, self, bulk, cache] { return SyncMirror::makeSink(path, self, bulk, cache); };
    }
    if (m_run.mode != AckMode::DryRun && m_store
        && (m_sendReset
            || m_store->setting(SyncMirror::kResetPendingKey).value == QLatin1StringView("1")))
        cfg.wipeBeforeFirstLine = true;
    if (m_run.retries > 0 && !cfg.exportPath.isEmpty())
        cfg.exportPath.clear(); // the export keeps the first attempt; a retry would overwrite it
    StreamPipeline::Callbacks cb;
    cb.flushed = [this](const PipelineFlush &f) { onPipelineFlushed(f); };
    cb.finished = [this](const PipelineSummary &s) { onPipelineFinished(s); };
    cb.resetSeen = [this] {
        qCInfo(lcSync) << "SyncResetV1: the server asks to start over";
        stopStreamInput();
    };
    cb.unknownType = [this](const QString &name) {
        // Said once, at the end of the run (unknownTypesNotice), not here as well.
        if (!m_unknownTypes.contains(name))
            m_unknownTypes.append(name);
    };
    m_pipeline = std::make_unique<StreamPipeline>(cfg, this, cb);
    m_pipeline->start();

    SyncStreamRequest request;
    request.types = types;
    if (m_sendReset)
        request.reset = true;

    m_run.phase = RunPhase::Connecting;
    auto *job = new SyncStreamJob(request);
    // Raw bytes (chunkReceived): the pipeline splits and parses on its own thread.
    // Qt reads the socket on its own HTTP thread and queues what it read for this thread; a
    // bound here keeps that hand-over small. This thread drains it at once into the spill
    // queue (it never waits for the mirror), so the socket keeps being read while persisting.
    job->setReadBufferSize(1024 * 1024);
    m_streamJob = job;
    connect(job, &SyncStreamJob::chunkReceived, this, [this, job](const QByteArray &bytes) {
        if (m_streamJob == job)
            onStreamChunk(bytes);
    });
    connect(job, &SyncStreamJob::succeeded, this, [this, job] {
        if (m_streamJob == job)
            onStreamEnded(Error());
    });
    connect(job, &ApiJob::failed, this, [this, job](const Error &error) {
        if (m_streamJob == job)
            onStreamEnded(error);
    });
    m_client->run(job); // the job's inactivity timeout is the client's (SyncConnection)
    qCInfo(lcSync) << "stream attempt" << (m_run.retries + 1) << "of run" << m_run.id << "types"
                   << types.size() << (m_sendReset ? "reset" : "");
}

void SyncWorker::onStreamChunk(const QByteArray &bytes)
{
    // Only 2xx bodies come here (error bodies end up in the job's Error).
    m_httpOk = true;
    if (m_run.phase == RunPhase::Connecting)
        m_run.phase = RunPhase::Streaming;
    if (!m_sawData && m_sendReset) {
        // The server accepted "reset": true; later retries of this run must not reset again.
        m_sendReset = false;
    }
    m_sawData = true;
    m_bytes += bytes.size();
    if (m_pipeline && !m_pipeline->feed(bytes)) {
        m_fatal = Error::make(Error::Kind::Storage, QStringLiteral("stream spill file"),
            QStringLiteral("could not buffer the stream on disk"));
        abortStream();
    }
}

void SyncWorker::onStreamEnded(const Error &error)
{
    // The job already delivered what was left in the reply (unless we aborted it). Its error is
    // Timeout after the inactivity timeout, Http (Retry-After, 401 → Unauthorized, 403 API key),
    // Redirect, Network, or Cancelled when we stopped reading on purpose (reset, error, cancel).
    if (!error.isError())
        m_httpOk = true;
    m_replyError = error;
    if (m_abortedByUs && m_replyError.kind == Error::Kind::Cancelled)
        m_replyError = Error();
    // A connection lost after the stream had begun: the server was reached and then stopped.
    if (m_sawData && m_replyError.kind == Error::Kind::Network)
        m_replyError.kind = Error::Kind::ClosedEarly;
    const bool clean = m_httpOk && !m_replyError.isError() && !m_abortedByUs;
    m_replyDone = true;
    m_streamJob = nullptr; // deletes itself
    if (m_pipeline)
        m_pipeline->finishInput(clean);
    if (m_httpOk && m_run.phase == RunPhase::Connecting)
        m_run.phase = RunPhase::Streaming;
    if (m_run.phase == RunPhase::Streaming)
        m_run.phase = RunPhase::Committing;
    maybeFinishAttempt();
}

void SyncWorker::stopStreamInput()
{
    if (m_streamJob && !m_replyDone) {
        m_abortedByUs = true;
        m_streamJob->cancel(); // fails with Cancelled at once → onStreamEnded
    }
}

void SyncWorker::abortStream()
{
    if (m_pipeline)
        m_pipeline->cancel();
    stopStreamInput();
    if (m_ackJob)
        m_ackJob->cancel();
}

void SyncWorker::onPipelineFlushed(const PipelineFlush &flush)
{
    noteChanged(flush.changedTables);
    if (m_run.mode != AckMode::Automatic || m_run.cancelled || m_fatal.isError())
        return;
    m_pendingAcks.merge(flush.acks);
    sendAcks();
}

void SyncWorker::sendAcks()
{
    if (m_ackJob || m_ackRetryScheduled || m_pendingAcks.isEmpty() || m_run.cancelled
        || m_fatal.isError())
        return;
    const int max = capabilities().maxAcksPerRequest();
    QList<AckEntry> entries = m_pendingAcks.take();
    if (entries.size() > max) {
        m_pendingAcks.restore(entries.mid(max));
        entries = entries.mid(0, max);
    }
    QStringList acks;
    for (const AckEntry &e : std::as_const(entries))
        acks.append(e.ack);
    ++m_run.result.ackRequests;
    SendSyncAcksJob *job = m_client->sendSyncAcks(acks);
    m_ackJob = job;
    connect(job, &SendSyncAcksJob::succeeded, this, [this, job, entries] {
        if (m_ackJob == job)
            m_ackJob = nullptr;
        onAcksSent(entries, Error());
    });
    connect(job, &ApiJob::failed, this, [this, job, entries](const Error &error) {
        if (m_ackJob == job)
            m_ackJob = nullptr;
        onAcksSent(entries, error);
    });
}

void SyncWorker::onAcksSent(const QList<AckEntry> &entries, const Error &error)
{
    if (!error.isError()) {
        m_ackRetries = 0;
        QStringList acks;
        for (const AckEntry &e : entries)
            acks.append(e.ack);
        const bool viaPipeline = m_pipeline && !m_pipelineDone && m_pipeline->noteAcksSent(acks);
        if (!viaPipeline && m_store) {
            if (const Error e = SyncMirror::markSent(*m_store, acks); e.isError())
                qCWarning(lcSync) << "local checkpoints not updated:" << e.technicalDetails();
        }
        qCDebug(lcSync) << "acked" << entries.size() << "checkpoints, last" << entries.last().ack;
        sendAcks();
        maybeFinishAttempt();
        return;
    }
    if (m_run.cancelled || error.kind == Error::Kind::Cancelled) {
        maybeFinishAttempt();
        return;
    }
    qCWarning(lcSync) << "ack request failed:" << error.technicalDetails();
    m_pendingAcks.restore(entries);
    if (m_tuning.retry.shouldRetry(error, m_ackRetries)) {
        ++m_ackRetries;
        const int ms = m_tuning.retry.delayMs(m_ackRetries, error);
        Q_EMIT retryScheduled(m_ackRetries, (ms + 999) / 1000, error);
        m_ackRetryScheduled = true;
        QTimer::singleShot(ms, this, [this] {
            m_ackRetryScheduled = false;
            sendAcks();
            maybeFinishAttempt();
        });
        return;
    }
    // Final: the data stays committed locally; the server re-sends it next time.
    m_ackError = error;
    m_fatal = error;
    abortStream();
    maybeFinishAttempt();
}

void SyncWorker::onPipelineFinished(const PipelineSummary &summary)
{
    m_summary = summary;
    m_pipelineDone = true;
    if (m_pipeline)
        m_pipeline->join();
    // The pipeline stopped on its own (reset, malformed line, storage error): stop reading.
    stopStreamInput();
    maybeFinishAttempt();
}

void SyncWorker::maybeFinishAttempt()
{
    if (!m_run.active || m_run.kind != RunKind::Stream)
        return;
    if (!m_pipelineDone || !m_replyDone)
        return;
    const bool acksOutstanding = m_ackJob || m_ackRetryScheduled
        || (!m_pendingAcks.isEmpty() && !m_run.cancelled && !m_fatal.isError());
    if (acksOutstanding) {
        m_run.phase = RunPhase::Acking;
        sendAcks();
        return;
    }

    // Fold this attempt into the run's totals.
    const PipelineSummary s = m_summary;
    m_linesBefore += s.lines;
    m_committedBefore += s.committed;
    for (auto it = s.perType.cbegin(); it != s.perType.cend(); ++it)
        m_perTypeBefore[it.key()] += it.value();
    for (auto it = s.storedPerType.cbegin(); it != s.storedPerType.cend(); ++it)
        m_storedPerTypeBefore[it.key()] += it.value();
    for (const QString &t : s.unknownTypes)
        if (!m_unknownTypes.contains(t))
            m_unknownTypes.append(t);
    m_stats.lines = m_linesBefore;
    m_stats.committed = m_committedBefore;
    m_stats.transactions += s.transactions;
    m_stats.parseMs += double(s.parseNs) / 1e6;
    m_stats.persistMs += double(s.persistNs) / 1e6;
    m_stats.networkWaitMs += double(s.inputWaitNs) / 1e6;
    m_stats.mirrorWaitMs += double(s.parsedWaitNs) / 1e6;
    m_stats.peakQueueBytes = qMax(m_stats.peakQueueBytes, s.peakQueueBytes);
    m_stats.spilledBytes += s.spilledBytes;
    if (m_pipeline) {
        const QList<EventSummary> log = m_pipeline->takeLog();
        if (!log.isEmpty())
            Q_EMIT eventsLogged(log);
    }
    m_pipeline.reset();
    m_run.result.events = m_linesBefore;
    m_run.result.perType = m_perTypeBefore;
    m_run.result.stored = m_committedBefore;
    m_run.result.storedPerType = m_storedPerTypeBefore;

    const ServerCapabilities caps = capabilities();
    auto finishStream = [this](RunOutcome outcome, const Error &error, bool more = false) {
        m_stats.bytes = m_bytes;
        m_stats.ackRequests = m_run.result.ackRequests;
        m_stats.elapsedMs = m_run.clock.elapsed();
        Q_EMIT runStatistics(m_stats);
        finishRun(outcome, error, more);
    };

    if (m_run.cancelled || m_cancelRequested) {
        finishStream(
            RunOutcome::Cancelled, Error::make(Error::Kind::Cancelled, QStringLiteral("sync")));
        return;
    }
    if (m_fatal.isError()) {
        finishStream(m_fatal.isTransient() ? RunOutcome::Interrupted : RunOutcome::Failed, m_fatal);
        return;
    }
    if (s.truncated) {
        // The body ended inside a line: the connection was cut (some stacks report that as a
        // normal end of a chunked body). Everything before it is committed and acked.
        if (!m_replyError.isError()) {
            m_replyError = Error::make(Error::Kind::ClosedEarly, s.error.where,
                QStringLiteral("connection closed inside a line: ") + s.error.detail);
            m_replyError.lineNumber = s.error.lineNumber;
            m_replyError.byteOffset = s.error.byteOffset;
        }
    } else if (s.error.isError()) {
        // The run's error is the one message about it (no warning() too: it would show twice).
        finishStream(RunOutcome::Failed, s.error);
        return;
    }
    if (s.sawReset) {
        noteChanged(QStringList {QStringLiteral("assets")});
        if (m_run.mode == AckMode::DryRun) {
            Q_EMIT warning(tr(
                "The server asks for a reset; a dry run changes nothing, so nothing was wiped."));
            finishStream(RunOutcome::ResetByServer, Error());
            return;
        }
        const StreamOptions next = [this] {
            StreamOptions o = m_streamOptions;
            o.reset = true;
            return o;
        }();
        finishStream(RunOutcome::ResetByServer, Error(), true);
        QMetaObject::invokeMethod(
            this, [this, next] { startStream(next); }, Qt::QueuedConnection);
        return;
    }
    if (m_replyError.isError()) {
        if (m_tuning.retry.shouldRetry(m_replyError, m_run.retries)) {
            scheduleRetry(m_replyError, [this] { beginStreamAttempt(); });
            return;
        }
        finishStream(m_sawData ? RunOutcome::Interrupted : RunOutcome::Failed, m_replyError);
        return;
    }
    if (s.sawComplete || !caps.sendsSyncComplete()) {
        finishStream(RunOutcome::Complete, Error());
        return;
    }
    // A connection closed between two lines without the final chunk reads as a normal end of the
    // body in Qt: without SyncCompleteV1 it is a cut like any other (retried, resumed), not bad
    // data.
    Error e = Error::make(Error::Kind::ClosedEarly, QStringLiteral("POST /api/sync/stream"),
        QStringLiteral("the connection ended before the stream was complete "
                       "(no SyncCompleteV1)"));
    if (m_tuning.retry.shouldRetry(e, m_run.retries)) {
        scheduleRetry(e, [this] { beginStreamAttempt(); });
        return;
    }
    finishStream(RunOutcome::Interrupted, e);
}

// ---- full sync, delta sync, reconcile ------------------------------------------------------

bool SyncWorker::gateFullAndDelta()
{
    const ServerCapabilities caps = capabilities();
    if (caps.version().isValid() && !caps.hasFullAndDeltaSync()) {
        finishRun(RunOutcome::Failed,
            Error::make(Error::Kind::Unsupported, QStringLiteral("POST /api/sync/full-sync"),
                QStringLiteral("Immich %1 removed full-sync and delta-sync (3.0.0); "
                               "use the stream")
                    .arg(caps.version().toString())));
        return false;
    }
    if (m_client->credentials().isEmpty()) {
        finishRun(RunOutcome::Failed,
            Error::make(Error::Kind::Unauthorized, QStringLiteral("sync"),
                QStringLiteral("no session token or API key")));
        return false;
    }
    return true;
}

void SyncWorker::resolveOwners(const QStringList &given, std::function<void(QStringList)> next)
{
    if (!given.isEmpty()) {
        next(given);
        return;
    }
    auto withMe = [this, next](const QString &me) {
        // Partners who share with me: the server's answer (GET /partners), else — a server
        // without the endpoint, or one that refuses it (an API key without partner.read) — the
        // mirror's partners table (filled by the stream).
        auto done = [this, me, next](const Error &err, const QList<PartnerResponseDto> &partners) {
            if (m_cancelRequested) {
                finishRun(RunOutcome::Cancelled,
                    Error::make(Error::Kind::Cancelled, QStringLiteral("sync")));
                return;
            }
            QStringList owners {me};
            if (!err.isError()) {
                for (const PartnerResponseDto &p : partners)
                    if (!p.id.isEmpty() && !owners.contains(p.id))
                        owners.append(p.id);
                next(owners);
                return;
            }
            qCInfo(lcSync) << "partners from the mirror:" << err.technicalDetails();
            if (m_store)
                for (const QString &id : m_store->partnersSharingWith(me).value)
                    if (!owners.contains(id))
                        owners.append(id);
            next(owners);
        };
        GetPartnersJob *job = m_client->getPartners(PartnerDirection::SharedWith);
        connect(job, &GetPartnersJob::succeeded, this,
            [done](const QList<PartnerResponseDto> &partners) { done(Error(), partners); });
        connect(job, &ApiJob::failed, this, [done](const Error &err) { done(err, {}); });
    };
    if (!m_connection.userId.isEmpty()) {
        withMe(m_connection.userId);
        return;
    }
    GetMyUserJob *job = m_client->getMyUser();
    connect(job, &ApiJob::failed, this, [this](const Error &err) {
        finishRun(
            err.kind == Error::Kind::Cancelled ? RunOutcome::Cancelled : RunOutcome::Failed, err);
    });
    connect(job, &GetMyUserJob::succeeded, this, [this, withMe](const UserAdminResponse &user) {
        const QString me = user.id;
        if (me.isEmpty()) {
            finishRun(RunOutcome::Failed,
                Error::make(Error::Kind::Malformed, QStringLiteral("GET /api/users/me"),
                    QStringLiteral("no id")));
            return;
        }
        m_connection.userId = me;
        if (m_store)
            m_store->setSelfUserId(me);
        withMe(me);
    });
}

MirrorAssetRecord SyncWorker::toRecord(const AssetResponseDto &dto)
{
    MirrorAssetRecord r;
    SyncAssetV1 &a = r.asset;
    a.id = dto.id;
    a.ownerId = dto.ownerId;
    a.originalFileName = dto.originalFileName;
    a.thumbhash = dto.thumbhash;
    a.checksum = dto.checksum;
    a.fileCreatedAt = dto.fileCreatedAt;
    a.fileModifiedAt = dto.fileModifiedAt;
    a.localDateTime = dto.localDateTime;
    a.duration = dto.duration;
    a.type = dto.type;
    // The DTO says only whether the asset is trashed, not since when: the mirror decides what
    // to store (MirrorSchema.h, "One truth per field").
    r.isTrashed = dto.isTrashed;
    a.isFavorite = dto.isFavorite;
    a.visibility = dto.visibility.isEmpty()
        ? (dto.isArchived ? QStringLiteral("archive") : QStringLiteral("timeline"))
        : dto.visibility;
    a.livePhotoVideoId = dto.livePhotoVideoId;
    a.stackId = dto.stack ? dto.stack->id : QString();
    a.libraryId = dto.libraryId;
    a.width = dto.width;
    a.height = dto.height;
    a.isEdited = dto.isEdited;
    a.createdAt = dto.createdAt;
    r.updatedAt = dto.updatedAt;
    r.isOffline = dto.isOffline;
    if (dto.exifInfo) {
        const ExifResponseDto &x = *dto.exifInfo;
        SyncAssetExifV1 e;
        auto toInt = [](const std::optional<double> &v) -> std::optional<qint64> {
            if (!v)
                return std::nullopt;
            return qint64(*v);
        };
        e.assetId = dto.id;
        e.description = x.description;
        e.exifImageWidth = toInt(x.exifImageWidth);
        e.exifImageHeight = toInt(x.exifImageHeight);
        e.fileSizeInByte = x.fileSizeInByte;
        e.iso = toInt(x.iso);
        e.rating = toInt(x.rating);
        e.orientation = x.orientation;
        e.timeZone = x.timeZone;
        e.projectionType = x.projectionType;
        e.city = x.city;
        e.state = x.state;
        e.country = x.country;
        e.make = x.make;
        e.model = x.model;
        e.lensModel = x.lensModel;
        e.exposureTime = x.exposureTime;
        e.dateTimeOriginal = x.dateTimeOriginal;
        e.modifyDate = x.modifyDate;
        e.latitude = x.latitude;
        e.longitude = x.longitude;
        e.fNumber = x.fNumber;
        e.focalLength = x.focalLength;
        r.exif = e;
    }
    if (dto.stack) {
        SyncStackV1 st;
        st.id = dto.stack->id;
        st.primaryAssetId = dto.stack->primaryAssetId;
        st.ownerId = dto.ownerId;
        r.stack = st;
    }
    return r;
}

void SyncWorker::startFullSync(const FullSyncOptions &options)
{
    if (m_run.active) {
        Q_EMIT warning(tr("A sync is already running."));
        return;
    }
    if (!beginRun(
            RunKind::FullSync, AckMode::Automatic, [this, options] { startFullSync(options); })
        || !gateFullAndDelta())
        return;
    m_reconcile = false;
    m_pageSize = qMax(1, options.pageSize);
    const QDateTime until = options.updatedUntil.isValid() ? options.updatedUntil.toUTC()
                                                           : QDateTime::currentDateTimeUtc();
    m_updatedUntil = until.toString(Qt::ISODateWithMs); // fixed once for every owner and page
    m_run.phase = RunPhase::ListingOwners;
    resolveOwners(options.ownerIds, [this](QStringList owners) {
        if (!m_run.active)
            return;
        m_owners = owners;
        m_ownerIndex = 0;
        m_lastId.clear();
        m_pagedAssets = m_removed = 0;
        m_seenIds.clear();
        fetchFullSyncPage();
    });
}

void SyncWorker::startReconcile()
{
    if (m_run.active) {
        Q_EMIT warning(tr("A sync is already running."));
        return;
    }
    if (!beginRun(RunKind::Reconcile, AckMode::Automatic, [this] { startReconcile(); })
        || !gateFullAndDelta())
        return;
    m_reconcile = true;
    m_pageSize = 1000;
    // Assets changed while we page must not look deleted: list everything up to a time safely
    // in the future.
    m_updatedUntil = isoNow(24LL * 3600 * 1000);
    m_run.phase = RunPhase::ListingOwners;
    resolveOwners({}, [this](QStringList owners) {
        if (!m_run.active)
            return;
        m_owners = owners;
        m_ownerIndex = 0;
        m_lastId.clear();
        m_pagedAssets = m_removed = 0;
        m_seenIds.clear();
        fetchFullSyncPage();
    });
}

void SyncWorker::fetchFullSyncPage()
{
    if (m_cancelRequested || m_run.cancelled) {
        finishRun(
            RunOutcome::Cancelled, Error::make(Error::Kind::Cancelled, QStringLiteral("sync")));
        return;
    }
    if (m_ownerIndex >= m_owners.size()) {
        if (m_reconcile)
            m_run.result.perType.insert(QStringLiteral("removed"), m_removed);
        finishRun(RunOutcome::Complete, Error());
        return;
    }
    const QString owner = m_owners.at(m_ownerIndex);
    m_run.phase = RunPhase::PagingOwner;
    m_run.phaseOwner = owner;
    FullSyncRequest request;
    request.updatedUntil = m_updatedUntil;
    request.limit = m_pageSize;
    request.lastId = m_lastId;
    if (owner != m_connection.userId)
        request.userId = owner;
    auto done = [this, owner](const Error &err, const QList<AssetResponseDto> &assets) {
        if (!m_run.active)
            return;
        if (m_cancelRequested || m_run.cancelled) {
            finishRun(
                RunOutcome::Cancelled, Error::make(Error::Kind::Cancelled, QStringLiteral("sync")));
            return;
        }
        if (err.isError()) {
            if (m_tuning.retry.shouldRetry(err, m_run.retries)) {
                scheduleRetry(err, [this] { fetchFullSyncPage(); });
                return;
            }
            finishRun(RunOutcome::Failed, err);
            return;
        }
        const bool last = assets.size() < m_pageSize;
        if (m_reconcile) {
            for (const AssetResponseDto &a : assets)
                m_seenIds.insert(a.id);
        } else if (!assets.isEmpty()) {
            QList<MirrorAssetRecord> records;
            records.reserve(assets.size());
            for (const AssetResponseDto &a : assets)
                records.append(toRecord(a));
            const auto source = owner == m_connection.userId ? AssetSourceOwn : AssetSourcePartner;
            const MirrorResult<ApplyCounts> applied = m_store->applyAssetResponses(records, source);
            if (!applied.ok()) {
                finishRun(RunOutcome::Failed, applied.error);
                return;
            }
            noteChanged(
                {QStringLiteral("assets"), QStringLiteral("exif"), QStringLiteral("stacks")});
        }
        m_pagedAssets += assets.size();
        m_run.result.events += assets.size();
        m_run.result.perType[m_reconcile ? QStringLiteral("listed") : QStringLiteral("assets")]
            += assets.size();
        Q_EMIT fullSyncPage(owner, int(assets.size()), last);
        if (!last) {
            m_lastId = assets.last().id;
        } else {
            if (m_reconcile) {
                const MirrorResult<ApplyCounts> rec = m_store->reconcileOwner(owner, m_seenIds);
                if (!rec.ok()) {
                    finishRun(RunOutcome::Failed, rec.error);
                    return;
                }
                m_removed += rec->deleted;
                if (rec->deleted > 0)
                    noteChanged(SyncMirror::tablesFor(SyncEntityType::AssetDeleteV1));
                m_seenIds.clear();
            }
            ++m_ownerIndex;
            m_lastId.clear();
        }
        fetchFullSyncPage();
    };
    FullSyncJob *job = m_client->fullSync(request);
    connect(job, &FullSyncJob::succeeded, this,
        [done](const QList<AssetResponseDto> &assets) { done(Error(), assets); });
    connect(job, &ApiJob::failed, this, [done](const Error &err) { done(err, {}); });
}

void SyncWorker::startDeltaSync(const DeltaSyncOptions &options)
{
    if (m_run.active) {
        Q_EMIT warning(tr("A sync is already running."));
        return;
    }
    if (!beginRun(
            RunKind::DeltaSync, AckMode::Automatic, [this, options] { startDeltaSync(options); })
        || !gateFullAndDelta())
        return;
    if (!options.updatedAfter.isValid()) {
        finishRun(RunOutcome::Failed,
            Error::make(Error::Kind::InvalidInput, QStringLiteral("delta sync"),
                QStringLiteral("no 'updated after' time given")));
        return;
    }
    const QString after = options.updatedAfter.toUTC().toString(Qt::ISODateWithMs);
    m_run.phase = RunPhase::ListingOwners;
    resolveOwners(options.userIds, [this, after](QStringList owners) {
        if (!m_run.active)
            return;
        m_owners = owners;
        m_run.phase = RunPhase::AskingForChanges;
        // The pending job's connections (and a scheduled retry) own the request; the request
        // refers to itself only weakly, as a strong self-capture is a cycle never freed.
        auto request = std::make_shared<std::function<void()>>();
        *request = [this, after, owners, weakRequest = std::weak_ptr(request)] {
            const auto self = weakRequest.lock();
            DeltaSyncRequest body;
            body.updatedAfter = after;
            body.userIds = owners;
            auto done = [this, self](const Error &err, const AssetDeltaSyncResponse &r) {
                if (!m_run.active)
                    return;
                if (m_cancelRequested || m_run.cancelled) {
                    finishRun(RunOutcome::Cancelled,
                        Error::make(Error::Kind::Cancelled, QStringLiteral("sync")));
                    return;
                }
                if (err.isError()) {
                    if (m_tuning.retry.shouldRetry(err, m_run.retries)) {
                        scheduleRetry(err, [self] { (*self)(); });
                        return;
                    }
                    finishRun(RunOutcome::Failed, err);
                    return;
                }
                if (r.needsFullSync) {
                    m_run.result.needsFullSync = true;
                    Q_EMIT deltaSyncResult(0, 0, true);
                    finishRun(RunOutcome::FullSyncNeeded, Error());
                    return;
                }
                QList<MirrorAssetRecord> own, partner;
                for (const AssetResponseDto &a : r.upserted)
                    (a.ownerId == m_connection.userId ? own : partner).append(toRecord(a));
                for (const auto &[records, source] :
                    {std::pair {own, AssetSourceOwn}, std::pair {partner, AssetSourcePartner}}) {
                    if (records.isEmpty())
                        continue;
                    const MirrorResult<ApplyCounts> applied
                        = m_store->applyAssetResponses(records, source);
                    if (!applied.ok()) {
                        finishRun(RunOutcome::Failed, applied.error);
                        return;
                    }
                }
                if (!r.deleted.isEmpty()) {
                    const MirrorResult<ApplyCounts> del = m_store->deleteAssets(r.deleted);
                    if (!del.ok()) {
                        finishRun(RunOutcome::Failed, del.error);
                        return;
                    }
                }
                if (!r.upserted.isEmpty() || !r.deleted.isEmpty())
                    noteChanged(SyncMirror::tablesFor(SyncEntityType::AssetDeleteV1));
                m_run.result.events = r.upserted.size() + r.deleted.size();
                m_run.result.perType.insert(QStringLiteral("upserted"), r.upserted.size());
                m_run.result.perType.insert(QStringLiteral("deleted"), r.deleted.size());
                Q_EMIT deltaSyncResult(int(r.upserted.size()), int(r.deleted.size()), false);
                finishRun(RunOutcome::Complete, Error());
            };
            DeltaSyncJob *job = m_client->deltaSync(body);
            connect(job, &DeltaSyncJob::succeeded, this,
                [done](const AssetDeltaSyncResponse &result) { done(Error(), result); });
            connect(job, &ApiJob::failed, this, [done](const Error &err) { done(err, {}); });
        };
        (*request)();
    });
}

// ---- checkpoints ----------------------------------------------------------------------------

void SyncWorker::emitCheckpoints(const QList<QPair<QString, QString>> &server, bool serverKnown)
{
    Q_UNUSED(serverKnown);
    QMap<QString, CheckpointRow> rows;
    for (const auto &[type, ack] : server) {
        CheckpointRow &r = rows[type];
        r.type = type;
        r.serverAck = ack;
        r.serverTime = AckString(ack).timestamp();
    }
    if (ensureMirror().isError() == false && m_store) {
        for (const CommittedAck &c : SyncMirror::committed(*m_store)) {
            CheckpointRow &r = rows[c.type];
            r.type = c.type;
            r.localAck = c.ack;
            r.localTime = AckString(c.ack).timestamp();
        }
        for (const PendingAck &p : SyncMirror::pending(*m_store)) {
            CheckpointRow &r = rows[p.type];
            r.type = p.type;
            r.pendingAck = p.ack; // oldest first: the last one wins
            r.pendingTime = AckString(p.ack).timestamp();
            ++r.pendingCount;
        }
    }
    releaseWriteLock(); // every checkpoint operation ends here
    Q_EMIT checkpointsChanged(rows.values());
}

void SyncWorker::refreshCheckpoints()
{
    if (!m_client) {
        Q_EMIT operationFailed(QStringLiteral("refresh"),
            Error::make(Error::Kind::InvalidInput, QStringLiteral("sync"),
                QStringLiteral("no connection set")));
        return;
    }
    GetSyncAcksJob *job = m_client->getSyncAcks();
    connect(job, &ApiJob::failed, this, [this](const Error &err) {
        Q_EMIT operationFailed(QStringLiteral("refresh"), err);
        emitCheckpoints({}, false);
    });
    connect(job, &GetSyncAcksJob::succeeded, this, [this](const QList<SyncAckDto> &acks) {
        QList<QPair<QString, QString>> server;
        for (const SyncAckDto &a : acks)
            server.append({a.typeName, a.ack});
        emitCheckpoints(server, true);
    });
}

void SyncWorker::sendPendingAcks(const PendingAckScope &scope)
{
    const QString op = QStringLiteral("ack pending");
    if (m_run.active && m_run.kind == RunKind::Stream) {
        Q_EMIT operationFailed(op,
            Error::make(Error::Kind::InvalidInput, QStringLiteral("sync"),
                QStringLiteral("wait until the running sync has ended")));
        return;
    }
    if (!m_client) {
        Q_EMIT operationFailed(op,
            Error::make(Error::Kind::InvalidInput, QStringLiteral("sync"),
                QStringLiteral("no connection set")));
        return;
    }
    if (!lockForOperation(op))
        return;
    if (const Error e = ensureMirror(); e.isError()) {
        Q_EMIT operationFailed(op, e);
        releaseWriteLock();
        return;
    }
    Error readErr;
    const QList<PendingAck> all = SyncMirror::pending(*m_store, &readErr);
    if (readErr.isError()) {
        Q_EMIT operationFailed(op, readErr);
        releaseWriteLock();
        return;
    }
    // Last per type, in stream (sequence) order; never anything we did not receive verbatim.
    AckSet set;
    for (const PendingAck &p : all) {
        const bool chosen = scope.kind == PendingAckScope::Kind::All
            || (scope.kind == PendingAckScope::Kind::Types && scope.types.contains(p.type))
            || (scope.kind == PendingAckScope::Kind::UpToSequence && p.seq <= scope.sequence);
        if (chosen && AckSet::sendable(p.ack))
            set.add(AckEntry {p.type, p.ack, p.seq});
    }
    if (set.isEmpty()) {
        refreshCheckpoints();
        return;
    }
    auto remaining
        = std::make_shared<QList<QStringList>>(set.requests(capabilities().maxAcksPerRequest()));
    auto step = std::make_shared<std::function<void()>>();
    // The pending job's connection owns the step; the step itself only refers to it weakly (a
    // strong self-capture is a cycle that is never freed).
    *step = [this, remaining, weakStep = std::weak_ptr(step), op] {
        const auto self = weakStep.lock();
        if (remaining->isEmpty()) {
            Q_EMIT mirrorChanged({QStringLiteral("checkpoints"), QStringLiteral("pending_acks")});
            refreshCheckpoints();
            return;
        }
        const QStringList acks = remaining->takeFirst();
        SendSyncAcksJob *job = m_client->sendSyncAcks(acks);
        connect(job, &ApiJob::failed, this, [this, op](const Error &err) {
            Q_EMIT operationFailed(op, err);
            refreshCheckpoints();
        });
        connect(job, &SendSyncAcksJob::succeeded, this, [this, acks, self, op] {
            if (const Error e = SyncMirror::markSent(*m_store, acks); e.isError())
                Q_EMIT operationFailed(op, e);
            (*self)();
        });
    };
    (*step)();
}

void SyncWorker::resetCheckpoints(const QStringList &types)
{
    const QString op = QStringLiteral("reset checkpoints");
    if (m_run.active && m_run.kind == RunKind::Stream) {
        Q_EMIT operationFailed(op,
            Error::make(Error::Kind::InvalidInput, QStringLiteral("sync"),
                QStringLiteral("wait until the running sync has ended")));
        return;
    }
    if (!m_client) {
        Q_EMIT operationFailed(op,
            Error::make(Error::Kind::InvalidInput, QStringLiteral("sync"),
                QStringLiteral("no connection set")));
        return;
    }
    if (!lockForOperation(op))
        return;
    SyncAckDeleteRequest request;
    if (!types.isEmpty()) {
        QList<SyncEntityType> list;
        for (const QString &t : types) {
            const SyncEntityType type = entityTypeFromName(QStringView(t));
            if (type == SyncEntityType::Unknown) {
                Q_EMIT operationFailed(op,
                    Error::make(Error::Kind::InvalidInput, QStringLiteral("DELETE /api/sync/ack"),
                        QStringLiteral("unknown checkpoint type %1").arg(t)));
                refreshCheckpoints();
                return;
            }
            list.append(type);
        }
        request.types = list;
    }
    DeleteSyncAcksJob *job = m_client->deleteSyncAcks(request);
    connect(job, &ApiJob::failed, this, [this, op](const Error &err) {
        Q_EMIT operationFailed(op, err);
        refreshCheckpoints();
    });
    connect(job, &DeleteSyncAcksJob::succeeded, this, [this, types, op] {
        if (const Error e = ensureMirror(); e.isError()) {
            Q_EMIT operationFailed(op, e);
        } else if (const Error c = SyncMirror::clearCheckpoints(*m_store, types); c.isError()) {
            Q_EMIT operationFailed(op, c);
        }
        Q_EMIT mirrorChanged({QStringLiteral("checkpoints"), QStringLiteral("pending_acks")});
        refreshCheckpoints();
    });
}

void SyncWorker::discardPendingAcks(const QStringList &types)
{
    const QString op = QStringLiteral("discard pending acks");
    if (m_run.active && m_run.kind == RunKind::Stream) {
        Q_EMIT operationFailed(op,
            Error::make(Error::Kind::InvalidInput, QStringLiteral("sync"),
                QStringLiteral("wait until the running sync has ended")));
        return;
    }
    if (!lockForOperation(op))
        return;
    if (const Error e = ensureMirror(); e.isError()) {
        Q_EMIT operationFailed(op, e);
        releaseWriteLock();
        return;
    }
    if (const Error e = SyncMirror::discardPending(*m_store, types); e.isError())
        Q_EMIT operationFailed(op, e);
    Q_EMIT mirrorChanged({QStringLiteral("pending_acks")});
    if (m_client)
        refreshCheckpoints();
    else
        emitCheckpoints({}, false);
}

} // namespace Tidemark
