// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SyncLineSplitter: turns the bytes of a `POST /sync/stream` body, as they arrive in arbitrary
// chunks, into complete lines.
//
// Why a class of its own: the body is JSON lines of unbounded total size (hundreds of thousands
// of lines on a first sync) delivered over a chunked response, so it is never held whole. Each
// readyRead hands over whatever bytes are there, which may end in the middle of a line, of a
// UTF-8 sequence or of a "\r\n". The splitter keeps that unterminated tail until the next feed,
// and numbers every line with its 1-based line number and the offset of its first byte in the
// body, so a bad line can be reported as "line 81234, byte 40123456".
//
// Rules:
// - A line ends at '\n'. A '\r' directly before it is dropped (tolerance; servers send "\n").
// - Empty lines are skipped by default (counted in line numbers, never emitted).
// - Bytes after the last '\n' when the body ends are a truncated line: finish() reports Malformed.
// - A line longer than maxLineLength() is reported as Malformed as soon as it is known to be too
//   long, without buffering it; the splitter then stays failed (the stream is unusable).

#include "util/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMetaType>

namespace Tidemark {

//! One complete line of the stream body, without its line terminator.
struct SyncLine
{
    QByteArray bytes;
    qint64 lineNumber = 0; //!< 1-based
    qint64 byteOffset = 0; //!< offset of bytes[0] in the response body
};

class SyncLineSplitter
{
public:
    static constexpr qsizetype DefaultMaxLineLength = 16 * 1024 * 1024;

    explicit SyncLineSplitter(qsizetype maxLineLength = DefaultMaxLineLength);

    //! Splits a chunk, appending each completed line to `out`. Returns Malformed (and appends
    //! nothing more) when a line exceeds the maximum length, or when the splitter already failed.
    Error feed(QByteArrayView chunk, QList<SyncLine> &out);
    //! Convenience overload; the error, if any, is in error().
    QList<SyncLine> feed(QByteArrayView chunk);

    //! End of body. Malformed when an unterminated line is pending (truncated body), naming the
    //! line number, its offset and how many bytes it had.
    Error finish();

    //! The first error (sticky), or none.
    const Error &error() const { return m_error; }
    bool hasFailed() const { return m_error.isError(); }

    qsizetype maxLineLength() const { return m_maxLineLength; }
    void setMaxLineLength(qsizetype length) { m_maxLineLength = length; }
    bool skipsEmptyLines() const { return m_skipEmpty; }
    void setSkipEmptyLines(bool skip) { m_skipEmpty = skip; }

    //! Bytes fed so far (= offset of the next byte).
    qint64 bytesConsumed() const { return m_consumed; }
    //! Lines terminated so far, empty ones included (= number of the last terminated line).
    qint64 linesTerminated() const { return m_lineNumber; }
    //! Bytes of the unterminated tail being kept.
    qsizetype pendingBytes() const { return m_tail.size(); }

    //! Back to the initial state (new body).
    void reset();

    //! Where errors say they happened ("POST /api/sync/stream"); empty by default.
    void setContext(const QString &where) { m_where = where; }

private:
    void emitLine(QByteArray &&line, qint64 offset, QList<SyncLine> &out);
    Error tooLong(qint64 offset, qint64 length);

    QByteArray m_tail;
    qint64 m_tailOffset = 0;
    qint64 m_consumed = 0;
    qint64 m_lineNumber = 0;
    qsizetype m_maxLineLength;
    bool m_skipEmpty = true;
    Error m_error;
    QString m_where;
};

} // namespace Tidemark

Q_DECLARE_METATYPE(Tidemark::SyncLine)
