// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncLineSplitter.h"

#include <cstring>

namespace Tidemark {

SyncLineSplitter::SyncLineSplitter(qsizetype maxLineLength) : m_maxLineLength(maxLineLength)
{ }

void SyncLineSplitter::reset()
{
    m_tail.clear();
    m_tailOffset = 0;
    m_consumed = 0;
    m_lineNumber = 0;
    m_error = {};
}

Error SyncLineSplitter::tooLong(qint64 offset, qint64 length)
{
    m_error = Error::make(Error::Kind::Malformed, m_where,
        QStringLiteral("line longer than %1 bytes (at least %2 bytes)")
            .arg(m_maxLineLength)
            .arg(length));
    m_error.lineNumber = m_lineNumber + 1;
    m_error.byteOffset = offset;
    m_tail.clear();
    return m_error;
}

void SyncLineSplitter::emitLine(QByteArray &&line, qint64 offset, QList<SyncLine> &out)
{
    ++m_lineNumber;
    if (!line.isEmpty() && line.back() == '\r')
        line.chop(1);
    if (line.isEmpty() && m_skipEmpty)
        return;
    out.append(SyncLine {std::move(line), m_lineNumber, offset});
}

Error SyncLineSplitter::feed(QByteArrayView chunk, QList<SyncLine> &out)
{
    if (m_error)
        return m_error;
    const char *data = chunk.data();
    const qsizetype size = chunk.size();
    const qint64 base = m_consumed;
    m_consumed += size;
    qsizetype pos = 0;
    while (pos < size) {
        const void *hit = std::memchr(data + pos, '\n', size_t(size - pos));
        if (!hit) {
            // Unterminated rest: keep it. One byte over the limit is allowed here because it may
            // be the '\r' of a CRLF; the exact check happens when the line is terminated.
            const qsizetype rest = size - pos;
            if (m_tail.isEmpty())
                m_tailOffset = base + pos;
            if (m_tail.size() + rest > m_maxLineLength + 1)
                return tooLong(m_tailOffset, m_tail.size() + rest);
            m_tail.append(data + pos, rest);
            break;
        }
        const qsizetype end = static_cast<const char *>(hit) - data;
        const qsizetype length = end - pos;
        const qint64 offset = m_tail.isEmpty() ? base + pos : m_tailOffset;
        const qint64 total = m_tail.size() + length;
        const char last = length > 0 ? data[end - 1] : (m_tail.isEmpty() ? '\0' : m_tail.back());
        const qint64 content = last == '\r' ? total - 1 : total;
        if (content > m_maxLineLength)
            return tooLong(offset, content);
        if (m_tail.isEmpty()) {
            emitLine(QByteArray(data + pos, length), offset, out);
        } else {
            m_tail.append(data + pos, length);
            QByteArray line;
            line.swap(m_tail);
            emitLine(std::move(line), offset, out);
        }
        pos = end + 1;
    }
    return {};
}

QList<SyncLine> SyncLineSplitter::feed(QByteArrayView chunk)
{
    QList<SyncLine> out;
    feed(chunk, out);
    return out;
}

Error SyncLineSplitter::finish()
{
    if (m_error)
        return m_error;
    if (m_tail.isEmpty())
        return {};
    m_error = Error::make(Error::Kind::Malformed, m_where,
        QStringLiteral("the body ends with an unterminated line of %1 bytes "
                       "(truncated stream)")
            .arg(m_tail.size()));
    m_error.lineNumber = m_lineNumber + 1;
    m_error.byteOffset = m_tailOffset;
    m_tail.clear();
    return m_error;
}

} // namespace Tidemark
