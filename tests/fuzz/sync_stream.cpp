// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: a stream body through SyncLineSplitter in several chunkings, then every line
// through SyncEventParser.
//
// Invariants: every chunking (whole, byte by byte, pseudo-random chunk sizes derived from the
// input) yields the same lines with the same numbers and offsets and the same finish() outcome;
// every line is the body's bytes at its offset, without '\n'; a splitter with a small line limit
// yields a prefix of the unlimited lines and then fails; parse errors point inside their line;
// parseBatch agrees with parsing line by line.
#include "FuzzCheck.h"

#include "protocol/SyncEventParser.h"
#include "protocol/SyncLineSplitter.h"

namespace {

using namespace Tidemark;

struct Split
{
    QList<SyncLine> lines;
    Error error;
};

// Chunk sizes from a small LCG seeded by the input, so each input has its own, repeatable cuts.
Split splitInChunks(QByteArrayView body, quint32 seed, qsizetype maxChunk,
    qsizetype maxLine = SyncLineSplitter::DefaultMaxLineLength)
{
    SyncLineSplitter splitter(maxLine);
    Split result;
    qsizetype pos = 0;
    while (pos < body.size()) {
        seed = seed * 1664525u + 1013904223u;
        const qsizetype n
            = std::min<qsizetype>(body.size() - pos, 1 + qsizetype(seed >> 16) % maxChunk);
        const Error e = splitter.feed(body.sliced(pos, n), result.lines);
        if (e) {
            result.error = e;
            return result;
        }
        pos += n;
    }
    result.error = splitter.finish();
    return result;
}

bool sameLines(const QList<SyncLine> &a, const QList<SyncLine> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].bytes != b[i].bytes || a[i].lineNumber != b[i].lineNumber
            || a[i].byteOffset != b[i].byteOffset)
            return false;
    return true;
}

bool sameError(const Error &a, const Error &b)
{
    return a.kind == b.kind && a.lineNumber == b.lineNumber && a.byteOffset == b.byteOffset
        && a.detail == b.detail;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    quint32 seed = 2166136261u;
    for (char c : body)
        seed = (seed ^ quint8(c)) * 16777619u;

    SyncLineSplitter whole;
    Split reference;
    reference.error = whole.feed(body, reference.lines);
    FUZZ_CHECK(!reference.error);
    reference.error = whole.finish();
    FUZZ_CHECK(whole.bytesConsumed() == body.size());

    const Split random = splitInChunks(body, seed, 64);
    FUZZ_CHECK(sameLines(random.lines, reference.lines));
    FUZZ_CHECK(sameError(random.error, reference.error));
    if (size <= 1024) {
        const Split bytewise = splitInChunks(body, seed, 1);
        FUZZ_CHECK(sameLines(bytewise.lines, reference.lines));
        FUZZ_CHECK(sameError(bytewise.error, reference.error));
    }

    qint64 previousNumber = 0;
    for (const SyncLine &line : std::as_const(reference.lines)) {
        FUZZ_CHECK(line.lineNumber > previousNumber);
        previousNumber = line.lineNumber;
        FUZZ_CHECK(!line.bytes.isEmpty());
        FUZZ_CHECK(!line.bytes.contains('\n'));
        FUZZ_CHECK(line.byteOffset >= 0 && line.byteOffset + line.bytes.size() <= body.size());
        FUZZ_CHECK(body.sliced(line.byteOffset, line.bytes.size()) == QByteArrayView(line.bytes));
    }

    // A small limit: the lines that fit come out unchanged, then the splitter fails for good.
    const qsizetype limit = 1 + qsizetype(seed % 128);
    const Split limited = splitInChunks(body, seed >> 3, 32, limit);
    FUZZ_CHECK(limited.lines.size() <= reference.lines.size());
    for (qsizetype i = 0; i < limited.lines.size(); ++i) {
        FUZZ_CHECK(limited.lines[i].bytes == reference.lines[i].bytes);
        FUZZ_CHECK(limited.lines[i].bytes.size() <= limit);
    }
    bool anyTooLong = false;
    for (const SyncLine &line : std::as_const(reference.lines))
        anyTooLong = anyTooLong || line.bytes.size() > limit;
    if (anyTooLong)
        FUZZ_CHECK(limited.error.kind == Error::Kind::Malformed);

    QList<SyncEvent> events;
    const Error batchError = SyncEventParser::parseBatch(reference.lines, events);
    qsizetype parsed = 0;
    for (const SyncLine &line : std::as_const(reference.lines)) {
        const Expected<SyncEvent> event = SyncEventParser::parse(line);
        if (!event) {
            const Error e = event.error();
            FUZZ_CHECK(e.kind == Error::Kind::Malformed);
            FUZZ_CHECK(e.lineNumber == line.lineNumber);
            FUZZ_CHECK(e.byteOffset >= line.byteOffset
                && e.byteOffset <= line.byteOffset + line.bytes.size());
            FUZZ_CHECK(sameError(batchError, e));
            break;
        }
        FUZZ_CHECK(event->lineNumber == line.lineNumber);
        FUZZ_CHECK(event->raw == line.bytes);
        FUZZ_CHECK(event->payload.index() == SyncEventParser::payloadIndex(event->type));
        ++parsed;
    }
    FUZZ_CHECK(events.size() == parsed);
    if (parsed == reference.lines.size())
        FUZZ_CHECK(!batchError);
    return 0;
}
