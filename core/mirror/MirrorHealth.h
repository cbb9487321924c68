// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MirrorHealth: the checks a mirror file gets before the app or the CLI uses it.
//
// A mirror can be unusable in three ways that no sync can repair: the file is not an SQLite
// database at all (overwritten, truncated to garbage), SQLite finds it damaged (quick_check or,
// when asked, the full integrity_check), or a newer Tidemark wrote it (its schema version is
// above what this build knows; opening it would risk the newer data). check() tells which, with
// one sentence naming the file and the problem, so the UI can offer to rebuild and the CLI can
// say why it stops. Rebuilding never deletes anything: the old file (with its -wal/-shm) is moved
// aside as "<name>.corrupt-<yyyyMMdd-HHmmss>" and a fresh, empty mirror takes its place; the next
// sync downloads the library again. A missing file is fine (the first sync creates it).
//
// check() opens its own short-lived connection, on any thread. Depth::Header costs milliseconds
// whatever the size (SQLite reads the header for PRAGMA user_version; a file that is not a
// database fails it with SQLITE_NOTADB): the window runs it on the GUI
// thread when an account is opened. quick_check reads every page (2-20 s for a mirror of a
// million assets on a loaded machine), so the window runs it with checkInBackground() on a pool
// thread and its own connection once the first page of assets is shown, and offers the
// rebuild only if it finds damage. It runs at every open, not only after an unclean shutdown:
// damage comes as often from outside (disk errors, a copied or restored file, a sync tool) as
// from a crash, and SQLite's WAL already makes our own crashes safe, so a clean-close marker
// would skip the check exactly when it is cheap to need it. The CLI keeps the synchronous Quick
// check before a command: it has no first page to show. Full (integrity_check) is for tests and
// support only.
//
// The rule for every mirror file (see also MirrorStore.h and docs/dev/reliability.md): no
// Tidemark process opens a mirror (.sqlite, -wal, -shm) by any means other than SQLite while
// the process may have a connection to it. No QFile, std::ifstream or copy of it. POSIX advisory
// locks belong to the process and the file, not to the descriptor: closing *any* descriptor of
// the file drops every lock SQLite holds on it in this process. Another process then believes
// it is the last connection, checkpoints and deletes the -wal under our open connection, and
// later writes go to an unlinked file (SQLite's "How To Corrupt An SQLite Database File", 2.2).
// That is how a header check with QFile here let `tidemark reconcile` in a terminal damage the
// window's mirror. Header, schema and health checks therefore go through SQLite (PRAGMA
// user_version, quick_check); stat() (QFileInfo::exists/size) takes no descriptor and is fine.
// setAside()/rebuild() rename the files: only while no connection of any process is open
// (the window closes its own first; the CLI never rebuilds). They take the mirror's write lock
// (MirrorWriteLock) for the rename and refuse with Kind::Busy while another process's run holds
// it; a process that still has the old file open notices the new one before its next run
// (SyncWorker compares the file's inode) and opens that instead.

#include "MirrorTypes.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>

namespace Tidemark {

struct MirrorHealthReport
{
    enum class Problem {
        None, //!< usable (or missing: the first sync creates it)
        CannotOpen, //!< the file exists but cannot be opened (permissions, a folder, locked)
        NotADatabase, //!< not an SQLite database
        Damaged, //!< SQLite's quick_check / integrity_check failed
        NewerSchema //!< written by a newer Tidemark
    };
    Problem problem = Problem::None;
    QString path;
    QString detail; //!< SQLite's words, or the versions
    int schemaVersion = 0; //!< of the file, when readable
    int supportedVersion = 0; //!< the newest this build knows

    bool ok() const { return problem == Problem::None; }
    //! Whether moving the file aside and starting over helps (not for CannotOpen).
    bool canRebuild() const { return problem != Problem::None && problem != Problem::CannotOpen; }
    //! One translated sentence naming the file and the problem.
    QString message() const;
    //! The same as a typed error (Storage, where "mirror: open").
    Error error() const;
};

class MirrorHealth
{
    Q_DECLARE_TR_FUNCTIONS(MirrorHealth)
public:
    //! Header: file header and schema version only (milliseconds); Quick adds PRAGMA
    //! quick_check, Full the slower integrity_check.
    enum class Depth { Header, Quick, Full };

    static MirrorHealthReport check(const QString &path, Depth depth = Depth::Quick);
    //! check() on a pool thread (its own connection); the future finishes with the report.
    static QFuture<MirrorHealthReport> checkInBackground(
        const QString &path, Depth depth = Depth::Quick);
    //! Moves the file and its -wal/-shm/-journal aside as "<path>.corrupt-<timestamp>"; returns
    //! the new name of the main file. Never deletes.
    static MirrorResult<QString> setAside(const QString &path);
    //! setAside(), then creates a fresh empty mirror at `path`. Returns where the old file went.
    static MirrorResult<QString> rebuild(const QString &path);

private:
    static MirrorResult<QString> moveAside(const QString &path);
};

QString mirrorProblemName(MirrorHealthReport::Problem problem);

} // namespace Tidemark
