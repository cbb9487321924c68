// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MirrorStore: the local SQLite copy of what the sync stream (and full/delta-sync) delivers.
//
// Threading: a MirrorStore owns one QSqlDatabase connection with a name unique to the instance.
// Qt SQL connections are thread-bound, so every method of a store (and of the AckBook built
// on it) must be called from the thread that called open(); open it on the
// worker thread that will use it. Use one store per thread: e.g. the sync worker writes through
// its own store while the GUI reads through another store opened on the same file (WAL lets
// readers run beside the writer; each store sees committed data only). Not a QObject.
//
// Files: only SQLite opens a mirror file (.sqlite, -wal, -shm) while a connection to it may be
// open in this process: a QFile/ifstream open and close of it drops SQLite's POSIX locks for the
// whole process, and another process then deletes the -wal under this one (MirrorHealth.h has
// the story). Writes across processes: one run at a time holds MirrorWriteLock ("<mirror>.lock").
//
// Errors: every failure is an Error of kind Storage whose `where` names the operation
// ("mirror: assets") and whose `detail` names the file and SQLite's message.

#include "MirrorTypes.h"

#include "protocol/SyncPayloads.h"
#include "protocol/SyncTypes.h"
#include "util/Error.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <span>

namespace Tidemark {

struct MirrorOpenOptions
{
    bool readOnly = false; //!< a reader beside a writer; never migrates
    bool quickCheck = true; //!< PRAGMA quick_check on open
    int busyTimeoutMs = 5000;
    int cacheSizeKiB = 65536; //!< SQLite page cache
    //! Size the -wal file is cut back to whenever SQLite resets it (writers only). Without it
    //! the file keeps the size of the largest transaction ever written (GBs after a bulk load).
    qint64 walSizeLimitBytes = 16 * 1024 * 1024;
    bool nativeStatements = true; //!< the fast write path when available (see SqliteStatement.h)
    int targetSchemaVersion = 0; //!< 0 = latest; tests create older schemas with it
    //! Leave missing browser indexes to buildBrowserIndexes() instead of building them in open()
    //! (seconds on a million assets): for connections whose owner builds them in the background.
    bool deferBrowserIndexes = false;
    //! Finish what a bulk load cut short (restore the asset key, merge staged rows). Only the
    //! connection that is about to write may: a bulk load in progress on another connection
    //! looks the same, and restoring its key under it fails its next append.
    bool repairUnfinishedBulkLoad = true;
    //! Upgrading an existing mirror (schema >= 1) to this version's schema: called with (0, n)
    //! before the first of the n migration statements and (k, n) after the k-th, on the
    //! opening thread. Seconds at a million assets: the window shows it.
    std::function<void(int step, int steps)> upgradeProgress;
};

class MirrorStore
{
public:
    //! Why open() failed (or None), so the UI can offer the right action.
    enum class Problem {
        None,
        CannotOpen, //!< the file or its folder cannot be opened/created
        Corrupt, //!< not a database, or quick_check/integrity_check failed -> offer rebuild()
        NewerSchema, //!< written by a newer Tidemark -> upgrade, or rebuild()
        Io //!< pragmas or migrations failed (disk full, read-only, …)
    };

    using OpenOptions = MirrorOpenOptions;

    MirrorStore();
    ~MirrorStore();
    MirrorStore(const MirrorStore &) = delete;
    MirrorStore &operator=(const MirrorStore &) = delete;

    static int latestSchemaVersion();

    // ---- lifecycle ------------------------------------------------------------------------
    //! Opens (creating file and folder when missing), sets WAL, synchronous=NORMAL,
    //! foreign_keys=OFF and the busy timeout, runs quick_check and migrations. Never deletes or
    //! replaces a file: on Corrupt/NewerSchema the file is left as it is (see rebuild()).
    Error open(const QString &path, const OpenOptions &options);
    Error open(const QString &path) { return open(path, OpenOptions {}); }
    //! Checkpoints the WAL (see checkpointWal()) when open for writing, then closes.
    void close();
    bool isOpen() const;
    QString path() const;
    Problem problem() const;
    int schemaVersion() const;
    bool isNative() const; //!< whether writes use the native SQLite path
    //! Full PRAGMA integrity_check (slow on big files); Corrupt error listing the first problems.
    Error integrityCheck();
    //! Moves the file (and its -wal/-shm) aside to "<name>.broken-<yyyyMMdd-HHmmss>" and opens a
    //! fresh, empty mirror at the same path. Works whether or not the store is open. Returns the
    //! path the old file was moved to.
    MirrorResult<QString> rebuild(const OpenOptions &options = OpenOptions {});
    //! The same move without reopening; for a file that cannot be opened at all.
    static MirrorResult<QString> moveAside(const QString &path);

    //! Name of the QSqlDatabase connection (for tests); usable only on the
    //! store's thread.
    QString connectionName() const;
    QSqlDatabase database() const;

    // ---- identity ------------------------------------------------------------------------
    //! The account's user id, used by the "mine"/"partner" filters and the partner cascade.
    //! Defaults to the stored AuthUserV1 id.
    void setSelfUserId(const QString &userId);
    QString selfUserId() const;

    // ---- write-ahead log ------------------------------------------------------------------
    //! Copies every committed page of the -wal file into the database and truncates the -wal
    //! file to zero bytes (PRAGMA wal_checkpoint(TRUNCATE)). A reader inside a read transaction
    //! keeps the frames it may still need: the call waits at most `waitMs` for it and then leaves
    //! the rest for the next checkpoint. Value: true when the WAL was fully copied and truncated.
    //! Not inside a transaction; not on a read-only store (value false, no error).
    //! Called at the end of a bulk load, at the end of a sync run (MirrorSink) and by close().
    MirrorResult<bool> checkpointWal(int waitMs = 1000);

    // ---- transactions ------------------------------------------------------------------------
    //! BEGIN IMMEDIATE; nested calls join the outer transaction (only the outermost commits).
    //! Every write method below runs in its own transaction, or joins the caller's: wrap
    //! apply() and AckBook::recordPending() in one to commit data and checkpoint together.
    Error beginTransaction();
    Error commit(); //!< fails (and rolls back) if an inner level rolled back
    void rollback(); //!< inner levels mark the transaction for rollback
    bool inTransaction() const;

    // ---- bulk load ------------------------------------------------------------------------
    //! For a first sync into an empty mirror: drops the browser's secondary indexes and, when
    //! `assets` is empty, its key index too, so that asset upserts (the stream's asset types) are
    //! plain appends in the caller's transactions instead of B-tree inserts under random UUIDs.
    //! Other connections see the appended rows at once (an id that came twice shows twice until
    //! the end). endBulkLoad() folds repeated ids (same merge rules as the upsert) and re-creates
    //! the key index; deletes and this store's own reads do so first. open() restores the key
    //! after a crash, so rows committed with their checkpoints are never lost.
    Error beginBulkLoad();
    enum class IndexBuild { Now, Deferred };
    //! Restores the key; the browser indexes now, or (Deferred) later by buildBrowserIndexes(),
    //! e.g. on another thread once the run's acks are out: queries work without them, only
    //! sorting and filtering a million rows is slower. Checkpoints the WAL.
    Error endBulkLoad(IndexBuild browserIndexes = IndexBuild::Now);
    bool inBulkLoad() const;
    //! Whether every browser index exists.
    MirrorResult<bool> browserIndexesReady() const;
    //! Whether the asset key index exists (false while a bulk load appends, or after one was cut).
    MirrorResult<bool> hasAssetKey() const;
    //! Creates the missing browser indexes, one transaction each (writers wait at most one
    //! index build), then refreshes the planner's statistics and checkpoints the WAL.
    Error buildBrowserIndexes();

    // ---- stream ------------------------------------------------------------------------
    //! Applies one contiguous run of events that all have type `type`, in one transaction (or the
    //! caller's). Upserts/backfills: insert or update by key. Deletes: by key (no-op when
    //! missing) plus the cascades the server never sends. Control lines and Unknown: skipped.
    MirrorResult<ApplyCounts> apply(SyncEntityType type, std::span<const SyncEvent> events);
    //! Any sequence of events: split into same-type runs, all applied in ONE transaction.
    MirrorResult<ApplyCounts> applyBatch(const QList<SyncEvent> &events);
    //! SyncResetV1: deletes every server-derived row and the checkpoints/pending acks (they
    //! describe data that is gone); keeps run history and settings. One transaction.
    Error wipeServerData();
    //! Housekeeping after a COMPLETE stream run (docs/dev/protocol.md, "Deletes the server does not
    //! send"): deletes assets that are neither mine, nor a current partner's, nor linked to any
    //! album (never call it mid-run: links arrive after the assets they link). Returns the number
    //! of assets removed.
    MirrorResult<qint64> pruneOrphanAssets();

    // ---- full-sync / delta-sync ------------------------------------------------------------
    //! Upserts assets (and their exif and stack) from full/delta-sync; `source` is
    //! AssetSourceOwn for your own assets, AssetSourcePartner for a partner's.
    MirrorResult<ApplyCounts> applyAssetResponses(
        const QList<MirrorAssetRecord> &records, AssetSource source);
    //! Deletes assets by id with the asset cascade (exif, faces, album/memory links, metadata,
    //! edits).
    MirrorResult<ApplyCounts> deleteAssets(const QStringList &ids);
    //! Deletes local assets of `ownerId` whose id is not in `serverIds` (a complete full-sync
    //! listing), with the cascade. Hidden assets are kept: full-sync never lists them.
    MirrorResult<ApplyCounts> reconcileOwner(
        const QString &ownerId, const QSet<QString> &serverIds);

    // ---- queries ------------------------------------------------------------------------
    MirrorResult<MirrorTableCounts> tableCounts() const;
    MirrorResult<qint64> assetCount() const;
    //! Assets whose favourite flag / deletion time only a REST answer has described, so the
    //! mirror does not know them (AssetUnknownField): {favourite unknown, deletion time unknown}.
    //! Both 0 once the stream has delivered those assets.
    MirrorResult<QPair<qint64, qint64>> unknownFieldCounts() const;
    MirrorResult<QSet<QString>> assetIdsByOwner(const QString &ownerId) const;
    MirrorResult<QSet<QString>> allAssetIds() const;
    MirrorResult<QList<AssetRow>> fetchAssets(
        const AssetFilter &filter, const AssetSort &sort, const AssetPageRequest &page) const;
    MirrorResult<qint64> countAssets(const AssetFilter &filter) const;
    //! One asset's stored fields, exif, album ids; value is nullopt when the id is unknown.
    MirrorResult<std::optional<AssetDetails>> assetDetails(const QString &id) const;
    //! Photos (IMAGE) and videos (VIDEO) per month of localDateTime, by own/partner/other.
    MirrorResult<QList<MonthBucket>> assetsPerMonth(const AssetFilter &filter) const;
    //! Ids of the users who share their library with `userId` (the partners table), by id.
    MirrorResult<QStringList> partnersSharingWith(const QString &userId) const;
    //! Albums as {id, name}, by name (case-insensitive), at most `limit`.
    MirrorResult<QList<QPair<QString, QString>>> albumNames(int limit = 5000) const;

    // ---- local settings (kept by wipeServerData()) -----------------------------------------
    MirrorResult<QString> setting(const QString &key) const; //!< null QString when unset
    Error setSetting(const QString &key, const QString &value);

    //! Builds the Storage error for a failed statement (AckBook uses it too).
    Error storageError(
        const QString &what, const QString &sqliteMessage, int sqliteCode = -1) const;

    class Private;

private:
    std::unique_ptr<Private> d;
};

//! Scoped transaction: begins in the constructor, rolls back in the destructor unless
//! commit() succeeded.
class MirrorTransaction
{
public:
    explicit MirrorTransaction(MirrorStore &store);
    ~MirrorTransaction();
    MirrorTransaction(const MirrorTransaction &) = delete;
    MirrorTransaction &operator=(const MirrorTransaction &) = delete;

    const Error &beginError() const { return m_beginError; }
    Error commit();

private:
    MirrorStore &m_store;
    Error m_beginError;
    bool m_active = false;
};

} // namespace Tidemark
