#include "SyncStreamJob.h"

namespace Tidemark {

SyncStreamJob::SyncStreamJob(const SyncStreamRequest &request, QObject *parent)
    : ApiJob("POST", QStringLiteral("sync/stream"), Auth::Session, parent), m_request(request)
{
    setRequestJson(request.toJson());
    setAcceptHeader("application/jsonlines+json");
    m_splitter.setContext(where());
}

namespace {
// A SyncCompleteV1 line is about 90 bytes; any tail that holds one whole line will do.
constexpr qsizetype RawTailBytes = 512;
} // namespace

ApiError SyncStreamJob::consumeChunk(const QByteArray &chunk)
{
    if (m_raw) {
        m_rawBytes += chunk.size();
        if (chunk.size() >= RawTailBytes)
            m_rawTail = chunk.right(RawTailBytes);
        else
            m_rawTail = (m_rawTail + chunk).right(RawTailBytes);
        Q_EMIT chunkReceived(chunk);
        if (!isFinished())
            Q_EMIT progress(m_rawBytes, 0);
        return {};
    }
    m_pending.clear();
    ApiError error = m_splitter.feed(chunk, m_pending);
    if (!m_pending.isEmpty())
        m_lastLineHead = m_pending.last().bytes.left(64);
    // Lines completed before an error are still delivered: they are valid.
    qsizetype at = 0;
    while (at < m_pending.size() && !isFinished()) {
        const qsizetype n = qMin<qsizetype>(m_batchSize, m_pending.size() - at);
        QList<SyncLine> batch = at == 0 && n == m_pending.size() ? std::move(m_pending)
                                                                 : m_pending.mid(at, n);
        at += n;
        m_linesEmitted += batch.size();
        Q_EMIT linesReceived(batch);
    }
    m_pending.clear();
    if (!isFinished())
        Q_EMIT progress(m_splitter.bytesConsumed(), m_linesEmitted);
    return error;
}

ApiError SyncStreamJob::endOfBody()
{
    if (m_raw)
        return {};
    return m_splitter.finish();
}

ApiError SyncStreamJob::parseBody(const QByteArray &body)
{
    Q_UNUSED(body);
    m_summary.lines = m_linesEmitted;
    m_summary.bytes = bytesReceived();
    if (m_raw) {
        // The last non-empty line of the tail, when the tail holds all of it.
        QByteArray tail = m_rawTail;
        while (tail.endsWith('\n') || tail.endsWith('\r'))
            tail.chop(1);
        const qsizetype nl = tail.lastIndexOf('\n');
        if (nl >= 0)
            m_lastLineHead = tail.mid(nl + 1).left(64);
        else if (m_rawBytes <= RawTailBytes)
            m_lastLineHead = tail.left(64);
        else
            m_lastLineHead.clear();
    }
    m_summary.correlationId = correlationId();
    // The server writes "type" first; tolerate whitespace but not a different member order here.
    m_summary.endsWithSyncComplete =
        m_lastLineHead.simplified().replace(" ", "").startsWith(R"({"type":"SyncCompleteV1")");
    return {};
}

} // namespace Tidemark
