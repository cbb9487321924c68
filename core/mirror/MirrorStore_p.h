// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
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

class MirrorStore::Private
{
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
    bool appending = false; //!< bulk load into an empty `assets` without its key index
    qint64 appended = 0; //!< asset rows appended since the key was dropped
    QString selfUserId;
    QHash<QString, std::shared_ptr<MirrorDetail::SqliteStatement>> statements;

    Error error(const QString &what, const QString &message, int code = -1) const
    {
        return q->storageError(what, message, code);
    }
    Error error(const QString &what, const QSqlQuery &query) const;

    //! A cached prepared write statement (native when possible); null + *err on failure.
    MirrorDetail::SqliteStatement *statement(const QString &sql, const QString &what, Error *err);
    //! Runs one SQL statement (no result rows needed) with optional positional values.
    Error exec(const QString &sql, const QString &what, const QVariantList &values = {});
    //! Runs a query returning one integer (0 when no row).
    MirrorResult<qint64> scalar(
        const QString &sql, const QString &what, const QVariantList &values = {}) const;
    Error ensureTempTables();
    Error ensureBrowserIndexes();
    //! Missing browser indexes by name, and MirrorSchema::monthSummary().name when the month
    //! summary (or one of its triggers) is missing.
    MirrorResult<QStringList> missingBrowserIndexes() const;
    //! Drops and re-creates the month summary from `assets` (the caller's transaction).
    Error rebuildMonthSummary();
    Error dropMonthSummary();
    //! True when asset_months exists on this connection's file (then its triggers do too).
    MirrorResult<bool> hasMonthSummary() const;
    void dropStatements() { statements.clear(); }

    // MirrorApply.cpp
    MirrorResult<ApplyCounts> applyRun(SyncEntityType type, std::span<const SyncEvent> events);
    //! Deletes the assets listed in temp.doomed_assets plus everything hanging off them.
    MirrorResult<ApplyCounts> cascadeDoomedAssets();
    Error doomAsset(const QString &id);
    QString effectiveSelf() const;

    // Bulk load into an empty `assets` (MirrorApply.cpp).
    static bool isAssetUpsertType(SyncEntityType type);
    //! Types whose apply finds or changes assets by id (deletes and cascades).
    static bool touchesAssets(SyncEntityType type);
    MirrorResult<ApplyCounts> appendAssets(std::span<const SyncEvent> events, int source);
    MirrorResult<bool> assetKeyExists() const;
    //! Folds the rows of ids that were appended more than once and re-creates the key index;
    //! one transaction (or the caller's). Ends append mode.
    Error restoreAssetKey();
    //! restoreAssetKey() when in append mode: before anything reads assets on this connection.
    Error settleAssets();
    // Schema 3 staged bulk-loaded assets in a table of their own; open() merges a leftover one.
    MirrorResult<bool> stagingExists() const;
    Error mergeStaging(bool drop);
};

} // namespace Tidemark
