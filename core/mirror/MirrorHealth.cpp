// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MirrorHealth.h"

#include "MirrorInterrupt.h"
#include "MirrorStore.h"
#include "MirrorWriteLock.h"
#include "SqliteStatement.h"
#include "util/Logging.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace Tidemark {

namespace {

QAtomicInt g_checks;
constexpr int SQLITE_CORRUPT_CODE = 11;
constexpr int SQLITE_NOTADB_CODE = 26;
constexpr int SQLITE_INTERRUPT_CODE = 9;

MirrorHealthReport inspect(const QString &path, MirrorHealth::Depth depth)
{
    MirrorHealthReport r;
    r.path = path;
    r.supportedVersion = MirrorStore::latestSchemaVersion();
    const QFileInfo info(path);
    if (!info.exists())
        return r;
    auto fail = [&r](MirrorHealthReport::Problem p, const QString &detail) {
        r.problem = p;
        r.detail = detail;
        return r;
    };
    if (!info.isFile())
        return fail(MirrorHealthReport::Problem::CannotOpen, QStringLiteral("not a regular file"));
    // No QFile here (see the header): the file's first bytes are SQLite's to read. A file that
    // is not a database fails the first query with SQLITE_NOTADB.
    const QString name = QStringLiteral("tidemark-health-%1").arg(g_checks.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            fail(MirrorHealthReport::Problem::CannotOpen, db.lastError().text());
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
                const int code = MirrorDetail::sqliteCode(q.lastError());
                fail(code == SQLITE_NOTADB_CODE || code == SQLITE_CORRUPT_CODE
                        ? MirrorHealthReport::Problem::NotADatabase
                        : MirrorHealthReport::Problem::CannotOpen,
                    code == SQLITE_NOTADB_CODE ? QStringLiteral("no SQLite header")
                                               : q.lastError().text());
            } else {
                r.schemaVersion = q.value(0).toInt();
                if (r.schemaVersion > r.supportedVersion) {
                    fail(MirrorHealthReport::Problem::NewerSchema,
                        QStringLiteral("schema %1, this build knows up to %2")
                            .arg(r.schemaVersion)
                            .arg(r.supportedVersion));
                } else if (depth != MirrorHealth::Depth::Header) {
                    const QString pragma = depth == MirrorHealth::Depth::Full
                        ? QStringLiteral("PRAGMA integrity_check(5)")
                        : QStringLiteral("PRAGMA quick_check(5)");
                    QStringList problems;
                    bool interrupted = MirrorInterrupt::isInterrupted();
                    if (!interrupted) {
                        // Quitting interrupts the check: it found nothing, and says so.
                        const MirrorInterrupt::Scope interruptible(db);
                        if (!q.exec(pragma)) {
                            interrupted
                                = MirrorDetail::sqliteCode(q.lastError()) == SQLITE_INTERRUPT_CODE;
                            problems << q.lastError().text();
                        } else {
                            while (q.next())
                                problems << q.value(0).toString();
                            interrupted
                                = MirrorDetail::sqliteCode(q.lastError()) == SQLITE_INTERRUPT_CODE;
                        }
                    }
                    if (interrupted)
                        r.detail = QStringLiteral("check interrupted (quitting)");
                    else if (problems != QStringList {QStringLiteral("ok")})
                        fail(MirrorHealthReport::Problem::Damaged,
                            problems.join(QLatin1StringView("; ")));
                }
            }
            q = QSqlQuery();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return r;
}

} // namespace

QString mirrorProblemName(MirrorHealthReport::Problem problem)
{
    switch (problem) {
    case MirrorHealthReport::Problem::None:
        return QStringLiteral("ok");
    case MirrorHealthReport::Problem::CannotOpen:
        return QStringLiteral("cannot-open");
    case MirrorHealthReport::Problem::NotADatabase:
        return QStringLiteral("not-a-database");
    case MirrorHealthReport::Problem::Damaged:
        return QStringLiteral("damaged");
    case MirrorHealthReport::Problem::NewerSchema:
        return QStringLiteral("newer-schema");
    }
    return {};
}

QString MirrorHealthReport::message() const
{
    const QString file = QDir::toNativeSeparators(path);
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::CannotOpen:
        return MirrorHealth::tr("The local mirror %1 cannot be opened: %2.").arg(file, detail);
    case Problem::NotADatabase:
        return MirrorHealth::tr("The local mirror %1 is not a database (%2).").arg(file, detail);
    case Problem::Damaged:
        return MirrorHealth::tr("The local mirror %1 is damaged: SQLite's check failed (%2).")
            .arg(file, detail);
    case Problem::NewerSchema:
        return MirrorHealth::tr(
            "The local mirror %1 was written by a newer version of Tidemark (schema %2; "
            "this version reads up to %3).")
            .arg(file)
            .arg(schemaVersion)
            .arg(supportedVersion);
    }
    return {};
}

Error MirrorHealthReport::error() const
{
    if (ok())
        return {};
    return Error::make(Error::Kind::Storage, QStringLiteral("mirror: open"),
        QStringLiteral("%1: %2 (%3)")
            .arg(QDir::toNativeSeparators(path), mirrorProblemName(problem), detail));
}

MirrorHealthReport MirrorHealth::check(const QString &path, Depth depth)
{
    const MirrorHealthReport r = inspect(path, depth);
    if (!r.ok())
        qCWarning(lcMirror).noquote()
            << "mirror check:" << path << mirrorProblemName(r.problem) << r.detail;
    return r;
}

QFuture<MirrorHealthReport> MirrorHealth::checkInBackground(const QString &path, Depth depth)
{
    return QtConcurrent::run([path, depth] { return check(path, depth); });
}

namespace {

//! The mirror's write lock for a rename: a run of another process (which holds it while it writes)
//! would go on writing into the file moved aside, then ack what the new file never got.
Error lockForRename(MirrorWriteLock &lock)
{
    const Error e = lock.tryLock();
    if (e.isError())
        qCWarning(lcMirror).noquote() << "mirror not set aside:" << e.technicalDetails();
    return e;
}

} // namespace

MirrorResult<QString> MirrorHealth::setAside(const QString &path)
{
    MirrorWriteLock lock(path);
    if (const Error e = lockForRename(lock); e.isError())
        return e;
    return moveAside(path);
}

MirrorResult<QString> MirrorHealth::moveAside(const QString &path)
{
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.corrupt-%2").arg(path, stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.corrupt-%2-%3").arg(path, stamp).arg(n);
    auto problem = [&path](const QString &message) {
        Error e = Error::make(Error::Kind::Storage, QStringLiteral("mirror: rebuild"),
            QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), message));
        qCWarning(lcMirror).noquote() << e.technicalDetails();
        return e;
    };
    if (QFileInfo::exists(path) && !QFile::rename(path, target))
        return problem(QStringLiteral("cannot move the file aside to %1")
                           .arg(QDir::toNativeSeparators(target)));
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString side = path + QLatin1StringView(suffix);
        if (QFileInfo::exists(side) && !QFile::rename(side, target + QLatin1StringView(suffix)))
            return problem(
                QStringLiteral("cannot move %1 aside").arg(QDir::toNativeSeparators(side)));
    }
    qCInfo(lcMirror).noquote() << "mirror" << path << "set aside as" << target;
    return target;
}

MirrorResult<QString> MirrorHealth::rebuild(const QString &path)
{
    MirrorWriteLock lock(path); // held until the fresh file exists
    if (const Error e = lockForRename(lock); e.isError())
        return e;
    MirrorResult<QString> moved = moveAside(path);
    if (!moved)
        return moved;
    MirrorStore fresh;
    if (const Error e = fresh.open(path); e.isError())
        return e;
    fresh.close();
    return moved;
}

} // namespace Tidemark
