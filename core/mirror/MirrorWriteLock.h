// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MirrorWriteLock: one writer per mirror across processes.
//
// The window, a second window (--new-instance), its periodic sync and every headless command
// may have the same mirror open at once. Readers never need this lock: WAL lets them read beside
// a writer, and their busy_timeout covers the moments SQLite itself locks. Writing runs (stream,
// full/delta sync, reconcile) and the checkpoint operations (acks set/delete/discard) hold it
// from start to end, so that one run's acks, checkpoints and rows are never interleaved with
// another's: SQLite would keep each transaction intact, but two streams of one session would
// ack over each other and a reconcile would delete what a stream just wrote.
//
// Why QLockFile on a separate "<mirror>.lock" and not SQLite's own locking: a run is many
// transactions plus network round trips, so holding an SQLite write transaction for a whole run
// would block every reader's checkpoint and could not say *who* holds it; and the lock must
// never be a second descriptor of the .sqlite (closing one drops SQLite's POSIX locks, see
// MirrorHealth.h). QLockFile writes the holder's pid into the lock file (shown to the user as
// "another Tidemark process (pid N) is syncing this account") and takes over a stale lock after
// a crash or SIGKILL: the pid no longer runs, or runs another program. The stale time is 0 (a
// live holder is never timed out: a first sync of a large library takes hours). SQLite's own
// locking with busy_timeout still guards each transaction underneath.
//
// Not thread-safe; use it on the thread that runs the writes (the sync worker, the CLI).

#include "util/Error.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace Tidemark {

class MirrorWriteLock
{
public:
    explicit MirrorWriteLock(const QString &mirrorPath);
    ~MirrorWriteLock();
    MirrorWriteLock(const MirrorWriteLock &) = delete;
    MirrorWriteLock &operator=(const MirrorWriteLock &) = delete;

    static QString lockPathFor(const QString &mirrorPath);

    QString mirrorPath() const { return m_mirrorPath; }
    //! Takes the lock without waiting (a stale one is taken over). Kind::Busy names the holder's
    //! pid when another process has it; Kind::Storage when the lock file cannot be written.
    //! Taking a lock already held by this object succeeds.
    Error tryLock();
    void unlock();
    bool isLocked() const;
    //! The pid written in the lock file by its holder (0 when unknown or free).
    qint64 holderPid() const;

private:
    QString m_mirrorPath;
    std::unique_ptr<QLockFile> m_file;
};

} // namespace Tidemark
