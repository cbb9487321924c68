// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BoundedQueue: a small blocking FIFO between two pipeline threads (parsed batches waiting for
// the mirror). push() blocks while the queue is full: this is where parsing pauses when the
// mirror is behind (the socket is still read; see SpillQueue). Either side can abort().

#include <QMutex>
#include <QWaitCondition>

#include <deque>

namespace Tidemark {

template<typename T> class BoundedQueue
{
public:
    explicit BoundedQueue(int capacity) : m_capacity(qMax(1, capacity)) { }

    //! False when aborted (the item is dropped).
    bool push(T item)
    {
        QMutexLocker lock(&m_mutex);
        while (!m_aborted && int(m_items.size()) >= m_capacity)
            m_notFull.wait(&m_mutex);
        if (m_aborted)
            return false;
        m_items.push_back(std::move(item));
        m_notEmpty.wakeAll();
        return true;
    }
    //! False at the end (closed and drained, or aborted).
    bool pop(T &out)
    {
        QMutexLocker lock(&m_mutex);
        while (!m_aborted && m_items.empty() && !m_closed)
            m_notEmpty.wait(&m_mutex);
        if (m_aborted || m_items.empty())
            return false;
        out = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.wakeAll();
        return true;
    }
    //! Non-blocking pop; false when nothing is queued right now.
    bool tryPop(T &out)
    {
        QMutexLocker lock(&m_mutex);
        if (m_aborted || m_items.empty())
            return false;
        out = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.wakeAll();
        return true;
    }
    //! Non-blocking pop of the front item only when `accept(front)` says so.
    template<typename F> bool tryPopIf(T &out, F accept)
    {
        QMutexLocker lock(&m_mutex);
        if (m_aborted || m_items.empty() || !accept(m_items.front()))
            return false;
        out = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.wakeAll();
        return true;
    }
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_notEmpty.wakeAll();
    }
    void abort()
    {
        QMutexLocker lock(&m_mutex);
        m_aborted = true;
        m_items.clear();
        m_notEmpty.wakeAll();
        m_notFull.wakeAll();
    }
    int size() const
    {
        QMutexLocker lock(&m_mutex);
        return int(m_items.size());
    }

private:
    mutable QMutex m_mutex;
    QWaitCondition m_notEmpty, m_notFull;
    std::deque<T> m_items;
    int m_capacity;
    bool m_closed = false, m_aborted = false;
};

} // namespace Tidemark
