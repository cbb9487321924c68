// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `POST /api/sync/stream`: the JSON-lines body, handed on as it arrives, unsplit.
//
// Why raw bytes and not lines or events: a first sync is hundreds of thousands of lines. The job
// lives on the thread of its QNetworkAccessManager (the sync worker's thread), so it only does
// what must happen there: each read is emitted as chunkReceived(bytes), exactly as it came. The
// consumer (the engine's StreamPipeline) splits the lines with SyncLineSplitter, which also
// enforces the longest accepted line and notices a truncated final line, parses them with
// SyncEventParser on threads of its own, persists, and acks.
//
// Ending:
// - succeeded(summary): the body ended cleanly, with `bytes` counted. On servers >= 1.141 the
//   consumer still checks for SyncCompleteV1; before that a clean end is the only completion
//   signal. failed(Network/Timeout): cut or stalled connection; the bytes emitted before are
//   valid, and the consumer may persist and ack the complete lines among them.
// - Qt 6.4 limitation: when the server closes the connection at a chunk boundary and the FIN
//   arrives together with the last data, QNetworkReply reports a normal end although the
//   terminating zero-size chunk never came (its "no Content-Length" path). Such a cut is then
//   indistinguishable from a clean end here. The summary therefore says whether the body's last
//   line is SyncCompleteV1 (a cheap prefix check on the tail, no parsing); on servers >= 1.141 a
//   run without it is interrupted whatever the transport said (docs/dev/reliability.md). A body
//   that ends inside a line (every line the server writes ends with a newline) is a cut whatever
//   Qt reports: failed(Network), never succeeded.
// - Errors before the first byte of a 2xx body (400 unknown type, 401, 403 API key) are ordinary
//   Http errors; note that the server labels those JSON error bodies application/jsonlines+json
//   too, so the status, not the content type, decides.
// Session only (API keys → ApiKeyRefused before sending).

#include "ApiJob.h"

namespace Tidemark {

struct SyncStreamSummary
{
    qint64 bytes = 0; //!< body bytes (after any transfer decoding)
    QString correlationId;
    //! The last line is a SyncCompleteV1 line (servers >= 1.141 end every complete run with one).
    bool endsWithSyncComplete = false;
};

class SyncStreamJob : public ApiJob
{
    Q_OBJECT
public:
    explicit SyncStreamJob(const SyncStreamRequest &request, QObject *parent = nullptr);

    const SyncStreamRequest &request() const { return m_request; }
    qint64 bytesReceived() const { return m_bytes; }
    const SyncStreamSummary &result() const { return m_summary; }

Q_SIGNALS:
    //! The body bytes of one read, in order, unsplit.
    void chunkReceived(const QByteArray &bytes);
    void succeeded(const Tidemark::SyncStreamSummary &summary);

protected:
    bool streamsBody() const override { return true; }
    Error consumeChunk(const QByteArray &chunk) override;
    Error endOfBody() override;
    Error parseBody(const QByteArray &body) override;
    void emitSucceeded() override { Q_EMIT succeeded(m_summary); }

private:
    SyncStreamRequest m_request;
    SyncStreamSummary m_summary;
    qint64 m_bytes = 0;
    QByteArray m_tail; //!< last bytes of the body, for endsWithSyncComplete
};

} // namespace Tidemark

Q_DECLARE_METATYPE(Tidemark::SyncStreamSummary)
