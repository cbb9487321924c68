#pragma once
// Internal state of MirrorStore, shared by its implementation files (MirrorStore.cpp: lifecycle
// and transactions; MirrorApply.cpp: writes; MirrorQuery.cpp: reads).

#include "MirrorStore.h"
#include "SqliteStatement.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace Tidemark {

class MirrorStore::Private {
public:
    MirrorStore *q = nullptr;
    QSqlDatabase db;
    QString connection;
    QString path;
    Problem problem = Problem::None;
    int schemaVersion = 0;
    OpenOptions options;
    const MirrorDetail::SqliteApi *api = nullptr;
    int txDepth = 0;
    bool rollbackOnly = false;
    bool bulk = false;
    bool tempTablesReady = false;
    bool stagingReady = false; //!< assets_staging created by this connection
    qint64 staged = 0;         //!< asset rows staged by this connection and not merged yet
    QString selfUserId;
    QHash<QString, std::shared_ptr<MirrorDetail::SqliteStatement>> statements;

    ApiError error(const QString &what, const QString &message, int code = -1) const
    {
        return q->storageError(what, message, code);
    }
    ApiError error(const QString &what, const QSqlQuery &query) const;

    //! A cached prepared write statement (native when possible); null + *err on failure.
    MirrorDetail::SqliteStatement *statement(const QString &sql, const QString &what, ApiError *err);
    //! Runs one SQL statement (no result rows needed) with optional positional values.
    ApiError exec(const QString &sql, const QString &what, const QVariantList &values = {});
    //! Runs a query returning one integer (0 when no row).
    MirrorResult<qint64> scalar(const QString &sql, const QString &what,
                                const QVariantList &values = {}) const;
    ApiError ensureTempTables();
    ApiError ensureBrowserIndexes();
    void dropStatements() { statements.clear(); }

    // MirrorApply.cpp
    MirrorResult<ApplyCounts> applyRun(SyncEntityType type, std::span<const SyncEvent> events);
    //! Deletes the assets listed in temp.doomed_assets plus everything hanging off them.
    MirrorResult<ApplyCounts> cascadeDoomedAssets();
    ApiError doomAsset(const QString &id);
    QString effectiveSelf() const;

    // Bulk-load staging of asset upserts (MirrorApply.cpp).
    static bool isAssetUpsertType(SyncEntityType type);
    MirrorResult<ApplyCounts> stageAssets(std::span<const SyncEvent> events, int source);
    MirrorResult<bool> stagingExists() const;
    //! Upserts every staged row into `assets` (in key order, arrival order per key) and empties
    //! (or drops) the staging table; one transaction (or the caller's). No-op without the table.
    ApiError mergeStaging(bool drop);
    //! mergeStaging(false) when this connection staged rows: before anything reads assets.
    ApiError settleStaging();
};

} // namespace Tidemark
