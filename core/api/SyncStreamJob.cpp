// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncStreamJob.h"

namespace Tidemark {

SyncStreamJob::SyncStreamJob(const SyncStreamRequest &request, QObject *parent)
    : ApiJob("POST", QStringLiteral("sync/stream"), Auth::Session, parent), m_request(request)
{
    setRequestJson(request.toJson());
    setAcceptHeader("application/jsonlines+json");
}

namespace {
// A SyncCompleteV1 line is about 90 bytes; any tail that holds one whole line will do.
constexpr qsizetype TailBytes = 512;
} // namespace

Error SyncStreamJob::consumeChunk(const QByteArray &chunk)
{
    m_bytes += chunk.size();
    if (chunk.size() >= TailBytes)
        m_tail = chunk.right(TailBytes);
    else
        m_tail = (m_tail + chunk).right(TailBytes);
    Q_EMIT chunkReceived(chunk);
    return {};
}

Error SyncStreamJob::endOfBody()
{
    if (m_bytes > 0 && !m_tail.endsWith('\n'))
        return makeError(Error::Kind::Network,
            QStringLiteral("the connection ended in the middle of a line, after %1 bytes")
                .arg(m_bytes));
    return {};
}

Error SyncStreamJob::parseBody(const QByteArray &body)
{
    Q_UNUSED(body);
    m_summary.bytes = m_bytes;
    // The last non-empty line of the tail, when the tail holds all of it.
    QByteArray tail = m_tail;
    while (tail.endsWith('\n') || tail.endsWith('\r'))
        tail.chop(1);
    QByteArray lastLineHead;
    const qsizetype nl = tail.lastIndexOf('\n');
    if (nl >= 0)
        lastLineHead = tail.mid(nl + 1).left(64);
    else if (m_bytes <= TailBytes)
        lastLineHead = tail.left(64);
    m_summary.correlationId = correlationId();
    // The server writes "type" first; tolerate whitespace but not a different member order here.
    m_summary.endsWithSyncComplete
        = lastLineHead.simplified().replace(" ", "").startsWith(R"({"type":"SyncCompleteV1")");
    return {};
}

} // namespace Tidemark
