#include "SyncStreamJob.h"

namespace Tidemark {

SyncStreamJob::SyncStreamJob(const SyncStreamRequest &request, QObject *parent)
    : ApiJob("POST", QStringLiteral("sync/stream"), Auth::Session, parent), m_request(request)
{
    setRequestJson(request.toJson());
    setAcceptHeader("application/jsonlines+json");
    m_splitter.setContext(where());
}

ApiError SyncStreamJob::consumeChunk(const QByteArray &chunk)
{
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
    return m_splitter.finish();
}

ApiError SyncStreamJob::parseBody(const QByteArray &body)
{
    Q_UNUSED(body);
    m_summary.lines = m_linesEmitted;
    m_summary.bytes = m_splitter.bytesConsumed();
    m_summary.correlationId = correlationId();
    // The server writes "type" first; tolerate whitespace but not a different member order here.
    m_summary.endsWithSyncComplete =
        m_lastLineHead.simplified().replace(" ", "").startsWith(R"({"type":"SyncCompleteV1")");
    return {};
}

} // namespace Tidemark
