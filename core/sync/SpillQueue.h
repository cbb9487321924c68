// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SpillQueue: the FIFO between the thread that reads the stream socket and the thread that parses
// it. It carries raw body bytes in arrival order (chunks as the network delivered them, never
// re-framed), so the consumer sees exactly the byte stream the server sent.
//
// Why it spills instead of blocking: old servers have no back-pressure and Qt's HTTP thread keeps
// reading the socket whatever the consumer does, queuing the data as events for the reply's
// thread. If the reading thread stopped draining the reply while the mirror is busy, the bytes
// would pile up unbounded in that event queue. So the reader never waits: while the in-memory
// part is under its limit chunks stay in memory; beyond it they are appended to a temporary file,
// and every later chunk goes to the file too until the consumer has read the file back (order is
// preserved: memory holds only bytes older than anything in the file). On Unix the file is
// unlinked as soon as it is open, so a killed process leaves nothing behind in the temporary
// directory.
//
// Thread-safe: one producer, one consumer.

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <deque>
#include <memory>

class QFile;

namespace Tidemark {

class SpillQueue
{
public:
    //! `memoryLimit` bytes are kept in memory at most; the rest goes to a temporary file in
    //! `spillDirectory` (empty = the system temporary directory), created on first use.
    explicit SpillQueue(qint64 memoryLimit = 16 * 1024 * 1024, QString spillDirectory = {});
    ~SpillQueue();

    //! Producer: appends bytes; never blocks on the consumer. False when the spill file could not
    //! be written (disk full): the caller must stop the run.
    bool push(const QByteArray &bytes);
    //! Producer: no more bytes will come; the consumer drains what is queued, then gets "end".
    void close();
    //! Either side: drop everything and wake the consumer ("end" at once).
    void abort();

    enum class PopResult { Data, End, Timeout };
    //! Consumer: the next bytes in order (at most `maxBytes` when they come from the file).
    PopResult pop(QByteArray &out, int timeoutMs = -1, qint64 maxBytes = 1024 * 1024);

    //! Figures for progress and benchmarks.
    qint64 memoryBytes() const;
    qint64 peakMemoryBytes() const;
    qint64 spilledBytesTotal() const;
    qint64 pendingBytes() const; //!< memory + unread file bytes
    QString lastError() const;

private:
    bool openSpill();

    mutable QMutex m_mutex;
    QWaitCondition m_cond;
    std::deque<QByteArray> m_memory;
    qint64 m_memoryBytes = 0;
    qint64 m_memoryLimit;
    qint64 m_peakMemory = 0;
    QString m_dir;
    std::unique_ptr<QFile> m_file;
    qint64 m_writePos = 0, m_readPos = 0;
    qint64 m_spilledTotal = 0;
    bool m_closed = false, m_aborted = false;
    bool m_unlinked = false; //!< the spill file has no name any more (Unix)
    QString m_error;
};

} // namespace Tidemark
