// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpillQueue.h"

#include "util/Logging.h"

#include <QDir>
#include <QFile>
#include <QTemporaryFile>

namespace Tidemark {

SpillQueue::SpillQueue(qint64 memoryLimit, QString spillDirectory)
    : m_memoryLimit(qMax<qint64>(memoryLimit, 64 * 1024)), m_dir(std::move(spillDirectory))
{ }

SpillQueue::~SpillQueue()
{
    if (m_file) {
        const QString name = m_file->fileName();
        m_file->close();
        if (!m_unlinked)
            QFile::remove(name);
    }
}

bool SpillQueue::openSpill()
{
    if (m_file)
        return true;
    const QString dir = m_dir.isEmpty() ? QDir::tempPath() : m_dir;
    QTemporaryFile tmp(QDir(dir).filePath(QStringLiteral("tidemark-spill-XXXXXX.jsonl")));
    tmp.setAutoRemove(false);
    if (!tmp.open()) {
        m_error = tmp.errorString();
        return false;
    }
    const QString name = tmp.fileName();
    tmp.close();
    auto f = std::make_unique<QFile>(name);
    if (!f->open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
        m_error = f->errorString();
        QFile::remove(name);
        return false;
    }
#ifdef Q_OS_UNIX
    // Unlinked while open: the space comes back when the file is closed, also when the process
    // is killed or crashes in the middle of a run (a first sync can spill hundreds of MB).
    m_unlinked = QFile::remove(name);
#endif
    qCInfo(lcStream) << "persisting is behind the network: spilling raw lines to" << name
                     << (m_unlinked ? "(already unlinked)" : "");
    m_file = std::move(f);
    return true;
}

bool SpillQueue::push(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return true;
    QMutexLocker lock(&m_mutex);
    if (m_aborted || m_closed)
        return true;
    const bool spilling = m_writePos > m_readPos;
    if (!spilling && m_memoryBytes + bytes.size() <= m_memoryLimit) {
        m_memory.push_back(bytes);
        m_memoryBytes += bytes.size();
        m_peakMemory = qMax(m_peakMemory, m_memoryBytes);
    } else {
        if (!openSpill())
            return false;
        if (!m_file->seek(m_writePos) || m_file->write(bytes) != bytes.size()) {
            m_error = m_file->errorString();
            return false;
        }
        m_writePos += bytes.size();
        m_spilledTotal += bytes.size();
    }
    m_cond.wakeAll();
    return true;
}

void SpillQueue::close()
{
    QMutexLocker lock(&m_mutex);
    m_closed = true;
    m_cond.wakeAll();
}

void SpillQueue::abort()
{
    QMutexLocker lock(&m_mutex);
    m_aborted = true;
    m_memory.clear();
    m_memoryBytes = 0;
    m_readPos = m_writePos = 0;
    if (m_file)
        m_file->resize(0);
    m_cond.wakeAll();
}

SpillQueue::PopResult SpillQueue::pop(QByteArray &out, int timeoutMs, qint64 maxBytes)
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        if (m_aborted)
            return PopResult::End;
        if (!m_memory.empty()) {
            out = std::move(m_memory.front());
            m_memory.pop_front();
            m_memoryBytes -= out.size();
            return PopResult::Data;
        }
        if (m_writePos > m_readPos) {
            const qint64 n = qMin(maxBytes, m_writePos - m_readPos);
            if (!m_file->seek(m_readPos)) {
                m_error = m_file->errorString();
                return PopResult::End;
            }
            out = m_file->read(n);
            if (out.size() != n) {
                m_error = m_file->errorString();
                return PopResult::End;
            }
            m_readPos += n;
            if (m_readPos == m_writePos) {
                // Back to memory mode; reuse the file from its start next time.
                m_readPos = m_writePos = 0;
                m_file->resize(0);
            }
            return PopResult::Data;
        }
        if (m_closed)
            return PopResult::End;
        if (timeoutMs < 0) {
            m_cond.wait(&m_mutex);
        } else if (!m_cond.wait(&m_mutex, QDeadlineTimer(timeoutMs))) {
            return PopResult::Timeout;
        }
    }
}

qint64 SpillQueue::memoryBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_memoryBytes;
}

qint64 SpillQueue::peakMemoryBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_peakMemory;
}

qint64 SpillQueue::spilledBytesTotal() const
{
    QMutexLocker lock(&m_mutex);
    return m_spilledTotal;
}

qint64 SpillQueue::pendingBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_memoryBytes + (m_writePos - m_readPos);
}

QString SpillQueue::lastError() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

} // namespace Tidemark
