#pragma once
// `POST /api/sync/stream`: the JSON-lines body, read incrementally and handed on as raw lines.
//
// Why raw lines and not events: a first sync is hundreds of thousands of lines. The job lives on
// the GUI thread (QNetworkAccessManager does), so it only does what must happen there — readAll()
// per readyRead into a SyncLineSplitter, never holding the body — and emits complete lines in
// batches as they arrive. The consumer (the sync engine) parses them with SyncEventParser on a
// worker thread, persists, and acks.
//
// Ending:
// - succeeded(summary): the body ended cleanly (every line newline-terminated). On servers
//   >= 1.141 the consumer still checks for SyncCompleteV1; before that a clean end is the only
//   completion signal.
// - failed(Malformed, lineNumber/byteOffset set): truncated final line, or a line longer than the
//   maximum. failed(Network/Timeout): cut or stalled connection. Lines emitted before a failure
//   are complete and valid: the consumer may persist and ack them; the next run resumes there.
// - Qt 6.4 limitation: when the server closes the connection at a chunk boundary and the FIN
//   arrives together with the last data, QNetworkReply reports a normal end although the
//   terminating zero-size chunk never came (its "no Content-Length" path). Such a cut is then
//   indistinguishable from a clean end here. The summary therefore says whether the last line is
//   SyncCompleteV1 (a cheap prefix check, no parsing); on servers >= 1.141 a run without it is
//   interrupted whatever the transport said (reference §5.1).
// - Errors before the first line (400 unknown type, 401, 403 API key) are ordinary Http errors;
//   note that the server labels those JSON error bodies application/jsonlines+json too, so the
//   status, not the content type, decides.
// Raw mode (setDeliverRawChunks(true), before start): the body is not split here; every read is
// handed on as chunkReceived(bytes) exactly as it arrived, for consumers that split and parse on
// a thread of their own (the sync engine's StreamPipeline). succeeded(summary) still ends a clean
// body, with `bytes` counted, `lines` 0 and endsWithSyncComplete judged from the body's tail; a
// truncated final line is then the consumer's to notice.
// Session only (API keys → ApiKeyRefused before sending).

#include "ApiJob.h"
#include "protocol/SyncLineSplitter.h"

namespace Tidemark {

struct SyncStreamSummary {
    qint64 lines = 0; //!< non-empty lines emitted
    qint64 bytes = 0; //!< body bytes (after any transfer decoding)
    QString correlationId;
    //! The last line is a SyncCompleteV1 line (servers >= 1.141 end every complete run with one).
    bool endsWithSyncComplete = false;
};

class SyncStreamJob : public ApiJob {
    Q_OBJECT
public:
    static constexpr int DefaultBatchSize = 1000;

    explicit SyncStreamJob(const SyncStreamRequest &request, QObject *parent = nullptr);

    const SyncStreamRequest &request() const { return m_request; }
    //! At most this many lines per linesReceived() (default 1000). Whatever is complete at the end
    //! of a read is emitted right away, so batches can be smaller.
    void setBatchSize(int lines) { m_batchSize = qMax(1, lines); }
    int batchSize() const { return m_batchSize; }
    //! Longest accepted line (default 16 MiB).
    void setMaxLineLength(qsizetype bytes) { m_splitter.setMaxLineLength(bytes); }
    //! Raw mode: chunkReceived() per read instead of linesReceived() (call before start()).
    void setDeliverRawChunks(bool raw) { m_raw = raw; }
    bool deliversRawChunks() const { return m_raw; }

    qint64 bytesReceived() const { return m_raw ? m_rawBytes : m_splitter.bytesConsumed(); }
    qint64 linesEmitted() const { return m_linesEmitted; }
    const SyncStreamSummary &result() const { return m_summary; }

Q_SIGNALS:
    //! Complete lines in body order, each with its line number and byte offset.
    void linesReceived(const QList<Tidemark::SyncLine> &lines);
    //! Raw mode only: the body bytes of one read, in order, unsplit.
    void chunkReceived(const QByteArray &bytes);
    //! After each read.
    void progress(qint64 bytesReceived, qint64 linesEmitted);
    void succeeded(const Tidemark::SyncStreamSummary &summary);

protected:
    bool streamsBody() const override { return true; }
    ApiError consumeChunk(const QByteArray &chunk) override;
    ApiError endOfBody() override;
    ApiError parseBody(const QByteArray &body) override;
    void emitSucceeded() override { Q_EMIT succeeded(m_summary); }

private:
    SyncStreamRequest m_request;
    SyncLineSplitter m_splitter;
    QList<SyncLine> m_pending;
    int m_batchSize = DefaultBatchSize;
    qint64 m_linesEmitted = 0;
    SyncStreamSummary m_summary;
    QByteArray m_lastLineHead;
    bool m_raw = false;
    qint64 m_rawBytes = 0;
    QByteArray m_rawTail; //!< last bytes of the body (raw mode), for endsWithSyncComplete
};

} // namespace Tidemark

Q_DECLARE_METATYPE(Tidemark::SyncStreamSummary)
