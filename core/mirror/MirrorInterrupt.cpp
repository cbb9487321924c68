// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MirrorInterrupt.h"

#include "SqliteStatement.h"

#include <QMutex>
#include <QSet>

#include <atomic>

namespace Tidemark::MirrorInterrupt {

namespace {
struct Registry
{
    QMutex mutex;
    QSet<void *> handles;
    std::atomic<bool> interrupted {false};
};

Registry &registry()
{
    static Registry r;
    return r;
}
} // namespace

void interruptAll()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.interrupted = true;
    for (void *handle : std::as_const(r.handles))
        MirrorDetail::interruptNative(handle);
}

bool isInterrupted()
{
    return registry().interrupted.load();
}

void resetForTests()
{
    registry().interrupted = false;
}

Scope::Scope(const QSqlDatabase &db)
    // Only a handle of the library we can reach (nativeApiFor() checks it is the driver's own).
    : m_handle(MirrorDetail::nativeApiFor(db) ? MirrorDetail::nativeHandle(db) : nullptr)
{
    if (!m_handle)
        return;
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.handles.insert(m_handle);
    if (r.interrupted)
        MirrorDetail::interruptNative(m_handle);
}

Scope::~Scope()
{
    if (!m_handle)
        return;
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.handles.remove(m_handle);
}

} // namespace Tidemark::MirrorInterrupt
