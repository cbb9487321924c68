// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MirrorStore.h"

#include "MirrorInterrupt.h"
#include "MirrorSchema.h"
#include "MirrorStore_p.h"

#include "util/Logging.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QThread>

namespace Tidemark {

using MirrorDetail::SqliteStatement;

namespace {

QAtomicInteger<quint64> g_connectionCounter;

QString sqliteCodeName(int code)
{
    switch (code) {
    case 5:
        return QStringLiteral("busy: another program holds the database");
    case 6:
        return QStringLiteral("locked");
    case 7:
        return QStringLiteral("out of memory");
    case 8:
        return QStringLiteral("read-only");
    case 10:
        return QStringLiteral("disk I/O error");
    case 11:
        return QStringLiteral("corrupt");
    case 13:
        return QStringLiteral("disk full");
    case 14:
        return QStringLiteral("cannot open");
    case 19:
        return QStringLiteral("constraint");
    case 23:
        return QStringLiteral("permission denied");
    case 26:
        return QStringLiteral("not a database");
    default:
        return {};
    }
}

//! Page cache while staged assets are merged and the browser indexes rebuilt.
constexpr int kEndOfBulkCacheKiB = 2048;

bool isCorruptCode(int code)
{
    return code == 11 || code == 26;
}

} // namespace

// ---- Private helpers ------------------------------------------------------------------------

Error MirrorStore::Private::error(const QString &what, const QSqlQuery &query) const
{
    const QSqlError e = query.lastError();
    QString message = e.databaseText();
    if (message.isEmpty())
        message = e.text();
    return error(what, message, MirrorDetail::sqliteCode(e));
}

SqliteStatement *MirrorStore::Private::statement(
    const QString &sql, const QString &what, Error *err)
{
    auto it = statements.find(sql);
    if (it != statements.end())
        return it->get();
    auto stmt = std::make_shared<SqliteStatement>();
    if (!stmt->prepare(db, api, sql)) {
        *err = error(what, stmt->errorText(), stmt->errorCode());
        return nullptr;
    }
    statements.insert(sql, stmt);
    return stmt.get();
}

Error MirrorStore::Private::exec(
    const QString &sql, const QString &what, const QVariantList &values)
{
    QSqlQuery query(db);
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return error(what, query);
        return {};
    }
    if (!query.prepare(sql))
        return error(what, query);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return error(what, query);
    return {};
}

MirrorResult<qint64> MirrorStore::Private::scalar(
    const QString &sql, const QString &what, const QVariantList &values) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return error(what, query);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return error(what, query);
    if (!query.next())
        return qint64(0);
    return query.value(0).toLongLong();
}

Error MirrorStore::Private::ensureTempTables()
{
    if (tempTablesReady)
        return {};
    if (auto e = exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS doomed_assets "
                                     "(id TEXT PRIMARY KEY) WITHOUT ROWID"),
            QStringLiteral("temporary tables")))
        return e;
    tempTablesReady = true;
    return {};
}

Error MirrorStore::Private::ensureBrowserIndexes()
{
    for (const MirrorSchema::IndexDef &def : MirrorSchema::browserIndexes()) {
        if (auto e = exec(def.createSql, QStringLiteral("indexes")))
            return e;
    }
    auto missing = missingBrowserIndexes();
    if (!missing)
        return missing.error;
    if (missing.value.contains(MirrorSchema::monthSummary().name)) {
        MirrorTransaction tx(*q);
        if (tx.beginError())
            return tx.beginError();
        if (auto e = rebuildMonthSummary())
            return e;
        return tx.commit();
    }
    return {};
}

Error MirrorStore::Private::dropMonthSummary()
{
    for (const QString &sql : MirrorSchema::monthSummary().dropSql) {
        if (auto e = exec(sql, QStringLiteral("month summary")))
            return e;
    }
    return {};
}

Error MirrorStore::Private::rebuildMonthSummary()
{
    if (auto e = dropMonthSummary())
        return e;
    for (const QString &sql : MirrorSchema::monthSummary().createSql) {
        if (auto e = exec(sql, QStringLiteral("month summary")))
            return e;
    }
    return {};
}

MirrorResult<bool> MirrorStore::Private::hasMonthSummary() const
{
    auto r = scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' "
                                   "AND name = 'asset_months'"),
        QStringLiteral("month summary"));
    if (!r)
        return r.error;
    return r.value > 0;
}

MirrorResult<QStringList> MirrorStore::Private::missingBrowserIndexes() const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE tbl_name = 'assets'"
                               " OR name = 'asset_months'")))
        return error(QStringLiteral("indexes"), q);
    QSet<QString> present;
    while (q.next())
        present.insert(q.value(0).toString());
    QStringList missing;
    for (const MirrorSchema::IndexDef &def : MirrorSchema::browserIndexes())
        if (!present.contains(def.name))
            missing << def.name;
    const MirrorSchema::DerivedTable &summary = MirrorSchema::monthSummary();
    for (const QString &object : summary.objects) {
        if (!present.contains(object)) {
            missing << summary.name;
            break;
        }
    }
    return missing;
}

// ---- lifecycle --------------------------------------------------------------------------

MirrorStore::MirrorStore() : d(std::make_unique<Private>())
{
    d->q = this;
}

MirrorStore::~MirrorStore()
{
    close();
}

int MirrorStore::latestSchemaVersion()
{
    return MirrorSchema::latestVersion();
}

Error MirrorStore::storageError(
    const QString &what, const QString &sqliteMessage, int sqliteCode) const
{
    QString detail = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(d->path), sqliteMessage);
    const QString name = sqliteCodeName(sqliteCode);
    if (!name.isEmpty())
        detail += QStringLiteral(" (%1)").arg(name);
    Error e = Error::make(Error::Kind::Storage, QStringLiteral("mirror: %1").arg(what), detail);
    qCWarning(lcMirror).noquote() << e.technicalDetails();
    return e;
}

Error MirrorStore::open(const QString &path, const OpenOptions &options)
{
    close();
    d->path = path;
    d->options = options;
    d->problem = Problem::None;
    d->schemaVersion = 0;
    const QString what = QStringLiteral("open");

    auto fail = [this](Problem problem, Error e) {
        d->problem = problem;
        d->statements.clear();
        if (d->db.isValid()) {
            d->db.close();
            d->db = QSqlDatabase();
            QSqlDatabase::removeDatabase(d->connection);
        }
        d->connection.clear();
        return e;
    };

    const QFileInfo info(path);
    if (options.readOnly) {
        if (!info.exists())
            return fail(
                Problem::CannotOpen, storageError(what, QStringLiteral("the file does not exist")));
    } else if (!QDir().mkpath(info.absolutePath())) {
        return fail(Problem::CannotOpen,
            storageError(what,
                QStringLiteral("cannot create the folder %1")
                    .arg(QDir::toNativeSeparators(info.absolutePath()))));
    }

    d->connection
        = QStringLiteral("tidemark-mirror-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connection);
    d->db.setDatabaseName(path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
    if (options.readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    d->db.setConnectOptions(connectOptions);
    if (!d->db.open()) {
        const QSqlError e = d->db.lastError();
        return fail(Problem::CannotOpen, storageError(what, e.text(), MirrorDetail::sqliteCode(e)));
    }

    // The first read tells a garbage file from a database.
    {
        QSqlQuery q(d->db);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            const int code = MirrorDetail::sqliteCode(q.lastError());
            const Error e = d->error(what, q);
            q = QSqlQuery();
            return fail(
                isCorruptCode(code) || code < 0 ? Problem::Corrupt : Problem::CannotOpen, e);
        }
        d->schemaVersion = q.value(0).toInt();
    }
    if (d->schemaVersion > latestSchemaVersion()) {
        return fail(Problem::NewerSchema,
            storageError(what,
                QStringLiteral("the mirror was written by a newer Tidemark "
                               "(schema %1, this version knows up to %2)")
                    .arg(d->schemaVersion)
                    .arg(latestSchemaVersion())));
    }

    QStringList pragmas {QStringLiteral("PRAGMA foreign_keys = OFF"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -%1").arg(qMax(1024, options.cacheSizeKiB))};
    if (!options.readOnly) {
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = NORMAL")
                << QStringLiteral("PRAGMA journal_size_limit = %1")
                       .arg(qMax<qint64>(0, options.walSizeLimitBytes));
    }
    for (const QString &pragma : pragmas) {
        QSqlQuery q(d->db);
        if (!q.exec(pragma)) {
            const int code = MirrorDetail::sqliteCode(q.lastError());
            const Error e = d->error(what, q);
            q = QSqlQuery();
            return fail(isCorruptCode(code) ? Problem::Corrupt : Problem::Io, e);
        }
        if (pragma.contains(QLatin1StringView("journal_mode")) && q.next()
            && q.value(0).toString().compare(QLatin1StringView("wal"), Qt::CaseInsensitive) != 0) {
            qCWarning(lcMirror) << "WAL not available for" << path << "- journal mode"
                                << q.value(0);
        }
    }

    if (options.quickCheck && d->schemaVersion > 0) {
        QSqlQuery q(d->db);
        QStringList problems;
        if (!q.exec(QStringLiteral("PRAGMA quick_check(5)"))) {
            const Error e = d->error(what, q);
            q = QSqlQuery();
            return fail(Problem::Corrupt, e);
        }
        while (q.next())
            problems << q.value(0).toString();
        if (problems != QStringList {QStringLiteral("ok")}) {
            q = QSqlQuery();
            return fail(Problem::Corrupt,
                storageError(what,
                    QStringLiteral("the mirror file is damaged: %1")
                        .arg(problems.join(QLatin1StringView("; "))),
                    11));
        }
    }

    // Migrations, each in its own transaction with its user_version bump.
    const int target = options.targetSchemaVersion > 0
        ? qMin(options.targetSchemaVersion, latestSchemaVersion())
        : latestSchemaVersion();
    if (d->schemaVersion < target) {
        if (options.readOnly) {
            return fail(Problem::Io,
                storageError(what,
                    QStringLiteral("the mirror needs an upgrade (schema %1 to "
                                   "%2); open it for writing first")
                        .arg(d->schemaVersion)
                        .arg(target)));
        }
        int steps = 0, step = 0;
        for (const MirrorSchema::Migration &m : MirrorSchema::migrations())
            if (m.version > d->schemaVersion && m.version <= target)
                steps += int(m.statements.size());
        const bool report = options.upgradeProgress && d->schemaVersion >= 1 && steps > 0;
        if (report)
            options.upgradeProgress(0, steps);
        for (const MirrorSchema::Migration &m : MirrorSchema::migrations()) {
            if (m.version <= d->schemaVersion || m.version > target)
                continue;
            const QString mwhat
                = QStringLiteral("migration to schema %1 (%2)").arg(m.version).arg(m.description);
            if (auto e = d->exec(QStringLiteral("BEGIN IMMEDIATE"), mwhat))
                return fail(Problem::Io, e);
            Error failed;
            for (const QString &sql : m.statements) {
                if ((failed = d->exec(sql, mwhat)))
                    break;
                // The last step is reported once its migration is committed.
                if (report && ++step < steps)
                    options.upgradeProgress(step, steps);
            }
            if (!failed)
                failed = d->exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version), mwhat);
            if (!failed)
                failed = d->exec(QStringLiteral("COMMIT"), mwhat);
            if (failed) {
                d->exec(QStringLiteral("ROLLBACK"), mwhat);
                return fail(Problem::Io, failed);
            }
            qCInfo(lcMirror) << "mirror" << path << "migrated to schema" << m.version;
            d->schemaVersion = m.version;
        }
        if (report)
            options.upgradeProgress(steps, steps);
    }
    // A bulk load interrupted by a crash leaves the key index dropped (schema 4) or, written by
    // schema 3, staged asset rows; both were committed with their checkpoints.
    if (!options.readOnly && options.repairUnfinishedBulkLoad && d->schemaVersion >= 4) {
        auto key = d->assetKeyExists();
        if (!key)
            return fail(Problem::Io, key.error);
        if (!key.value) {
            if (auto e = d->restoreAssetKey())
                return fail(Problem::Io, e);
            qCInfo(lcMirror) << "mirror" << path
                             << "restored the asset key after an unfinished bulk load";
        }
    }
    if (!options.readOnly && d->schemaVersion >= 3) {
        auto staging = d->stagingExists();
        if (!staging)
            return fail(Problem::Io, staging.error);
        if (staging.value && options.repairUnfinishedBulkLoad) {
            // Sort on disk with a small cache, not in memory (no temporary tables exist yet on
            // this connection, so switching temp_store loses nothing).
            d->exec(QStringLiteral("PRAGMA temp_store = FILE"), what);
            d->exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kEndOfBulkCacheKiB), what);
            const Error merged = d->mergeStaging(true);
            d->exec(QStringLiteral("PRAGMA cache_size = -%1").arg(qMax(1024, options.cacheSizeKiB)),
                what);
            d->exec(QStringLiteral("PRAGMA temp_store = MEMORY"), what);
            if (merged)
                return fail(Problem::Io, merged);
            qCInfo(lcMirror) << "mirror" << path
                             << "merged the assets staged by an unfinished bulk load";
        }
        if (!options.deferBrowserIndexes) {
            if (auto e = d->ensureBrowserIndexes())
                return fail(Problem::Io, e);
        }
        // A new mirror gets its month summary now (instant while `assets` is empty), so that
        // no background build starts beside its first sync.
        if (d->schemaVersion >= 5 && options.deferBrowserIndexes) {
            auto summary = d->hasMonthSummary();
            if (!summary)
                return fail(Problem::Io, summary.error);
            auto any = d->scalar(
                QStringLiteral("SELECT EXISTS (SELECT 1 FROM assets)"), QStringLiteral("open"));
            if (!any)
                return fail(Problem::Io, any.error);
            if (!summary.value && any.value == 0) {
                MirrorTransaction tx(*this);
                if (tx.beginError())
                    return fail(Problem::Io, tx.beginError());
                if (auto e = d->rebuildMonthSummary())
                    return fail(Problem::Io, e);
                if (auto e = tx.commit())
                    return fail(Problem::Io, e);
            }
        }
    }

    d->api = options.nativeStatements ? MirrorDetail::nativeApiFor(d->db) : nullptr;
    qCDebug(lcMirror) << "opened" << path << "schema" << d->schemaVersion << "native"
                      << (d->api != nullptr) << "thread" << QThread::currentThread();
    return {};
}

void MirrorStore::close()
{
    if (!d->db.isValid())
        return;
    if (d->txDepth > 0) {
        qCWarning(lcMirror) << "closing" << d->path << "with an open transaction: rolled back";
        d->txDepth = 1;
        rollback();
    }
    d->statements.clear();
    // SQLite removes the -wal file only when the last connection closes; with a reader still
    // open (the GUI) it would stay as large as this writer left it.
    if (!d->options.readOnly && d->db.isOpen())
        checkpointWal(250);
    d->db.close();
    d->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(d->connection);
    d->connection.clear();
    d->api = nullptr;
    d->bulk = false;
    d->tempTablesReady = false;
    d->appending = false;
    d->appended = 0;
    d->txDepth = 0;
    d->rollbackOnly = false;
}

bool MirrorStore::isOpen() const
{
    return d->db.isValid() && d->db.isOpen();
}

QString MirrorStore::path() const
{
    return d->path;
}

MirrorStore::Problem MirrorStore::problem() const
{
    return d->problem;
}

int MirrorStore::schemaVersion() const
{
    return d->schemaVersion;
}

bool MirrorStore::isNative() const
{
    return d->api != nullptr;
}

QString MirrorStore::connectionName() const
{
    return d->connection;
}

QSqlDatabase MirrorStore::database() const
{
    return d->db;
}

Error MirrorStore::integrityCheck()
{
    QSqlQuery q(d->db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check(20)"))) {
        d->problem = Problem::Corrupt;
        return d->error(QStringLiteral("integrity check"), q);
    }
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (problems == QStringList {QStringLiteral("ok")})
        return {};
    d->problem = Problem::Corrupt;
    return storageError(QStringLiteral("integrity check"),
        QStringLiteral("the mirror file is damaged: %1")
            .arg(problems.join(QLatin1StringView("; "))),
        11);
}

MirrorResult<QString> MirrorStore::moveAside(const QString &path)
{
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.broken-%2").arg(path, stamp);
    for (int n = 2; QFile::exists(target); ++n)
        target = QStringLiteral("%1.broken-%2-%3").arg(path, stamp).arg(n);
    auto problem = [&](const QString &message) {
        Error e = Error::make(Error::Kind::Storage, QStringLiteral("mirror: rebuild"),
            QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), message));
        qCWarning(lcMirror).noquote() << e.technicalDetails();
        return e;
    };
    if (QFile::exists(path) && !QFile::rename(path, target))
        return problem(QStringLiteral("cannot move the file aside to %1")
                           .arg(QDir::toNativeSeparators(target)));
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString side = path + QLatin1StringView(suffix);
        if (QFile::exists(side) && !QFile::rename(side, target + QLatin1StringView(suffix)))
            return problem(
                QStringLiteral("cannot move %1 aside").arg(QDir::toNativeSeparators(side)));
    }
    qCWarning(lcMirror) << "mirror" << path << "moved aside to" << target;
    return target;
}

MirrorResult<QString> MirrorStore::rebuild(const OpenOptions &options)
{
    const QString path = d->path;
    if (path.isEmpty())
        return storageError(QStringLiteral("rebuild"), QStringLiteral("no mirror file was opened"));
    close();
    MirrorResult<QString> moved = moveAside(path);
    if (!moved)
        return moved;
    OpenOptions fresh = options;
    fresh.readOnly = false;
    if (auto e = open(path, fresh))
        return e;
    return moved;
}

// ---- identity ------------------------------------------------------------------------------

void MirrorStore::setSelfUserId(const QString &userId)
{
    d->selfUserId = userId;
}

QString MirrorStore::selfUserId() const
{
    return d->effectiveSelf();
}

QString MirrorStore::Private::effectiveSelf() const
{
    if (!selfUserId.isEmpty() || !db.isOpen())
        return selfUserId;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT id FROM auth_user LIMIT 1")) && q.next())
        return q.value(0).toString();
    return {};
}

// ---- write-ahead log ------------------------------------------------------------------------

MirrorResult<bool> MirrorStore::checkpointWal(int waitMs)
{
    if (!isOpen() || d->options.readOnly || d->txDepth > 0)
        return false;
    QElapsedTimer timer;
    timer.start();
    // The busy handler decides how long TRUNCATE waits for readers; restore it afterwards.
    d->exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(qMax(0, waitMs)),
        QStringLiteral("checkpoint"));
    const auto restore = qScopeGuard([this] {
        d->exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(d->options.busyTimeoutMs),
            QStringLiteral("checkpoint"));
    });
    QSqlQuery q(d->db);
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return d->error(QStringLiteral("checkpoint"), q);
    // One row: busy (a reader or writer kept it from finishing), WAL frames, frames copied.
    if (!q.next())
        return false;
    const bool busy = q.value(0).toInt() != 0;
    const qint64 frames = q.value(1).toLongLong();
    const qint64 copied = q.value(2).toLongLong();
    q.finish();
    if (busy)
        qCInfo(lcMirror) << "WAL checkpoint of" << d->path << "blocked by a reader:" << copied
                         << "of" << frames << "frames copied in" << timer.elapsed() << "ms";
    else
        qCDebug(lcMirror) << "WAL checkpoint of" << d->path << "truncated the log in"
                          << timer.elapsed() << "ms";
    return !busy;
}

// ---- transactions --------------------------------------------------------------------------

Error MirrorStore::beginTransaction()
{
    if (!isOpen())
        return storageError(
            QStringLiteral("transaction"), QStringLiteral("the mirror is not open"));
    if (d->txDepth == 0) {
        if (auto e
            = d->exec(QStringLiteral("BEGIN IMMEDIATE"), QStringLiteral("begin transaction")))
            return e;
        d->rollbackOnly = false;
    }
    ++d->txDepth;
    return {};
}

Error MirrorStore::commit()
{
    if (d->txDepth == 0)
        return storageError(QStringLiteral("commit"), QStringLiteral("no transaction is open"));
    if (--d->txDepth > 0)
        return {};
    if (d->rollbackOnly) {
        d->exec(QStringLiteral("ROLLBACK"), QStringLiteral("rollback"));
        d->rollbackOnly = false;
        return storageError(QStringLiteral("commit"),
            QStringLiteral("rolled back because a step inside the transaction failed"));
    }
    if (auto e = d->exec(QStringLiteral("COMMIT"), QStringLiteral("commit"))) {
        d->exec(QStringLiteral("ROLLBACK"), QStringLiteral("rollback"));
        return e;
    }
    return {};
}

void MirrorStore::rollback()
{
    if (d->txDepth == 0)
        return;
    if (--d->txDepth > 0) {
        d->rollbackOnly = true;
        return;
    }
    d->rollbackOnly = false;
    d->exec(QStringLiteral("ROLLBACK"), QStringLiteral("rollback"));
}

bool MirrorStore::inTransaction() const
{
    return d->txDepth > 0;
}

MirrorTransaction::MirrorTransaction(MirrorStore &store) : m_store(store)
{
    m_beginError = m_store.beginTransaction();
    m_active = !m_beginError.isError();
}

MirrorTransaction::~MirrorTransaction()
{
    if (m_active)
        m_store.rollback();
}

Error MirrorTransaction::commit()
{
    if (!m_active)
        return m_beginError.isError()
            ? m_beginError
            : Error::make(Error::Kind::Storage, QStringLiteral("mirror: commit"),
                QStringLiteral("the transaction is no longer active"));
    m_active = false;
    return m_store.commit();
}

// ---- bulk load ---------------------------------------------------------------------------

Error MirrorStore::beginBulkLoad()
{
    if (d->bulk)
        return {};
    for (const MirrorSchema::IndexDef &def : MirrorSchema::browserIndexes()) {
        if (auto e = d->exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(def.name),
                QStringLiteral("bulk load")))
            return e;
    }
    // No trigger per appended row: the summary is built back with the indexes.
    if (auto e = d->dropMonthSummary())
        return e;
    if (d->schemaVersion >= 4) {
        auto any = d->scalar(
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM assets)"), QStringLiteral("bulk load"));
        if (!any)
            return any.error;
        if (any.value == 0) {
            if (auto e = d->exec(QStringLiteral("DROP INDEX IF EXISTS %1")
                                     .arg(MirrorSchema::assetKeyIndex().name),
                    QStringLiteral("bulk load")))
                return e;
            d->appending = true; // asset upserts append now (see MirrorApply.cpp)
            d->appended = 0;
        }
    }
    d->bulk = true;
    return {};
}

Error MirrorStore::endBulkLoad(IndexBuild browserIndexes)
{
    if (!d->bulk)
        return {};
    // The key and the index builds are sequential and sort through temp_store; a small page
    // cache costs them no time (measured) and keeps the sorter's memory small.
    d->exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kEndOfBulkCacheKiB),
        QStringLiteral("bulk load"));
    const auto restoreCache = qScopeGuard([this] {
        d->exec(QStringLiteral("PRAGMA cache_size = -%1").arg(qMax(1024, d->options.cacheSizeKiB)),
            QStringLiteral("bulk load"));
    });
    QElapsedTimer timer;
    timer.start();
    const qint64 appended = d->appended;
    if (auto e = d->settleAssets())
        return e;
    qCInfo(lcMirror) << "bulk load of" << d->path << "ended:" << appended
                     << "appended assets keyed in" << timer.elapsed() << "ms";
    d->bulk = false;
    if (browserIndexes == IndexBuild::Now)
        return buildBrowserIndexes();
    if (!d->txDepth)
        checkpointWal();
    return {};
}

bool MirrorStore::inBulkLoad() const
{
    return d->bulk;
}

MirrorResult<bool> MirrorStore::browserIndexesReady() const
{
    auto missing = d->missingBrowserIndexes();
    if (!missing)
        return missing.error;
    return missing.value.isEmpty();
}

MirrorResult<bool> MirrorStore::hasAssetKey() const
{
    return d->assetKeyExists();
}

Error MirrorStore::buildBrowserIndexes()
{
    auto missing = d->missingBrowserIndexes();
    if (!missing)
        return missing.error;
    if (missing.value.isEmpty())
        return {};
    QElapsedTimer timer;
    timer.start();
    const auto quitting = [] {
        return Error::make(Error::Kind::Cancelled, QStringLiteral("mirror: indexes"),
            QStringLiteral("Tidemark is quitting"));
    };
    for (const MirrorSchema::IndexDef &def : MirrorSchema::browserIndexes()) {
        if (!missing.value.contains(def.name))
            continue;
        if (MirrorInterrupt::isInterrupted())
            return quitting();
        MirrorTransaction tx(*this);
        if (tx.beginError())
            return tx.beginError();
        if (auto e = d->exec(def.createSql, QStringLiteral("indexes")))
            return e;
        if (auto e = tx.commit())
            return e;
    }
    if (missing.value.contains(MirrorSchema::monthSummary().name)) {
        if (MirrorInterrupt::isInterrupted())
            return quitting();
        MirrorTransaction tx(*this);
        if (tx.beginError())
            return tx.beginError();
        if (auto e = d->rebuildMonthSummary())
            return e;
        if (auto e = tx.commit())
            return e;
    }
    qCInfo(lcMirror) << "browser indexes of" << d->path << "built in" << timer.elapsed() << "ms";
    // Fresh statistics for the planner now that the tables are full.
    d->exec(QStringLiteral("PRAGMA optimize"), QStringLiteral("optimize"));
    if (!d->txDepth)
        checkpointWal();
    return {};
}

// ---- settings ------------------------------------------------------------------------------

MirrorResult<QString> MirrorStore::setting(const QString &key) const
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.bindValue(0, key);
    if (!q.exec())
        return d->error(QStringLiteral("settings"), q);
    if (!q.next())
        return QString();
    return q.value(0).toString();
}

Error MirrorStore::setSetting(const QString &key, const QString &value)
{
    return d->exec(QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
        QStringLiteral("settings"), {key, value});
}

} // namespace Tidemark
