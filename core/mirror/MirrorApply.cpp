// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// MirrorStore: writing what the stream and full/delta-sync deliver.

#include "MirrorSchema.h"
#include "MirrorStore.h"
#include "MirrorStore_p.h"

#include "util/Logging.h"

#include <QJsonDocument>
#include <QSqlError>

#include <functional>

namespace Tidemark {

using MirrorDetail::SqliteStatement;

namespace {

QString L(const char *text)
{
    return QString::fromLatin1(text);
}

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

//! INSERT … ON CONFLICT(key) DO UPDATE SET every non-key column (or its override expression).
QString upsertSql(const QString &table, const QStringList &columns, const QStringList &key,
    const QHash<QString, QString> &overrides = {})
{
    QStringList marks, sets;
    for (const QString &c : columns) {
        marks << QStringLiteral("?");
        if (key.contains(c))
            continue;
        sets << QStringLiteral("%1 = %2").arg(
            c, overrides.value(c, QStringLiteral("excluded.") + c));
    }
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) ")
                      .arg(table, columns.join(QLatin1StringView(", ")),
                          marks.join(QLatin1StringView(", ")), key.join(QLatin1StringView(", ")));
    sql += sets.isEmpty() ? QStringLiteral("DO NOTHING")
                          : QStringLiteral("DO UPDATE SET ") + sets.join(QLatin1StringView(", "));
    return sql;
}

//! The same upsert fed by a SELECT instead of one row of values: `select` must produce
//! `columns` in order (and, per the SQLite grammar, have a WHERE clause).
QString upsertSelectSql(const QString &valuesSql, const QString &select)
{
    const qsizetype values = valuesSql.indexOf(QLatin1StringView(" VALUES ("));
    const qsizetype conflict = valuesSql.indexOf(QLatin1StringView(" ON CONFLICT ("));
    Q_ASSERT(values > 0 && conflict > values);
    return valuesSql.left(values) + QLatin1Char(' ') + select + valuesSql.mid(conflict);
}

//! One date-time format per column (MirrorSchema.h): UTC "yyyy-MM-ddTHH:mm:ss.zzzZ". The
//! stream's text already has it (kept as is, no parsing); REST's "+00:00" exif dates are converted.
QString canonicalTime(const QString &text)
{
    if (text.isNull()
        || (text.size() == 24 && text.at(23) == QLatin1Char('Z')
            && text.at(19) == QLatin1Char('.')))
        return text;
    const QDateTime t = toDateTime(text);
    if (!t.isValid())
        return text;
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

//! No duration on images; REST's "0:00:00.00000" is its stand-in for none (the stream: null).
QString canonicalDuration(const QString &duration, const QString &type)
{
    if (duration.isNull() || type == QLatin1StringView("IMAGE")
        || duration == QLatin1StringView("0:00:00.00000"))
        return QString();
    return duration;
}

// ---- statements, built once --------------------------------------------------------------

const QStringList kAssetColumns {L("id"), L("owner_id"), L("original_file_name"), L("thumbhash"),
    L("checksum"), L("file_created_at"), L("file_modified_at"), L("local_date_time"), L("duration"),
    L("duration_ms"), L("type"), L("deleted_at"), L("is_favorite"), L("visibility"),
    L("live_photo_video_id"), L("stack_id"), L("library_id"), L("width"), L("height"),
    L("is_edited"), L("created_at"), L("sources")};

//! `unknownColumn`: the table has unknown_fields (schema 5 on; older only while a test writes
//! at an older target version).
const QString &assetUpsertSql(bool unknownColumn)
{
    // V2-only fields survive a later V1 row; the source bits accumulate.
    static const QString sql = upsertSql(L("assets"), kAssetColumns, {L("id")},
        {{L("sources"), L("assets.sources | excluded.sources")},
            {L("created_at"), L("COALESCE(excluded.created_at, assets.created_at)")},
            {L("duration_ms"), L("COALESCE(excluded.duration_ms, assets.duration_ms)")}});
    // The stream knows every field it carries: its row clears the unknown bits REST left.
    static const QString withUnknown = sql + L(", unknown_fields = 0");
    return unknownColumn ? withUnknown : sql;
}

// ---- bulk load into an empty table ----------------------------------------------------------
// With `assets` empty and its key index (MirrorSchema::assetKeyIndex()) dropped, asset upserts are
// plain appends: the ids are random UUIDs, so keeping the key index meant a random B-tree insert
// per row, and staging the rows elsewhere meant writing and sorting them twice. When the load
// ends (or anything needs to find assets by id) restoreAssetKey() builds the unique index from a
// sort of the ids alone; the ids that arrived more than once are first folded into one row by
// replaying their rows, in arrival order, through the very same upsert, so the merge rules
// (sources bits OR'ed, V2-only fields kept) apply exactly as if each row had been upserted when
// it arrived. The rows are committed with the checkpoints that cover them; after a crash open()
// restores the key the same way.

const QString &appendInsertSql()
{
    static const QString sql = [] {
        QStringList marks;
        for (qsizetype i = 0; i < kAssetColumns.size(); ++i)
            marks << L("?");
        return QStringLiteral("INSERT INTO assets (%1) VALUES (%2)")
            .arg(kAssetColumns.join(QLatin1StringView(", ")), marks.join(QLatin1StringView(", ")));
    }();
    return sql;
}

//! Replays the set-aside rows of repeated ids, in arrival order, through the asset upsert.
const QString &repeatsReplaySql(bool unknownColumn)
{
    static const QString select
        = QStringLiteral("SELECT %1 FROM temp.assets_repeats WHERE true ORDER BY rid")
              .arg(kAssetColumns.join(QLatin1StringView(", ")));
    static const QString sql = upsertSelectSql(assetUpsertSql(false), select);
    static const QString withUnknown = upsertSelectSql(assetUpsertSql(true), select);
    return unknownColumn ? withUnknown : sql;
}

//! Mirrors written by schema 3 staged bulk-loaded assets in `assets_staging`; a crash could
//! leave some there. They go into `assets` in key order, arrival order per key.
const QString &stagingMergeSql(bool unknownColumn)
{
    static const QString select
        = QStringLiteral("SELECT %1 FROM assets_staging WHERE true ORDER BY id, rowid")
              .arg(kAssetColumns.join(QLatin1StringView(", ")));
    static const QString sql = upsertSelectSql(assetUpsertSql(false), select);
    static const QString withUnknown = upsertSelectSql(assetUpsertSql(true), select);
    return unknownColumn ? withUnknown : sql;
}

const QString &assetRecordUpsertSql()
{
    static const QString sql = [] {
        // A REST row: what it does not know (excluded.unknown_fields) keeps the stored value
        // (MirrorSchema.h, "One truth per field"). SET expressions see the old row as `assets`.
        QStringList cols = kAssetColumns;
        cols << L("updated_at") << L("is_offline") << L("unknown_fields");
        const QString keepDeletedAt
            = L("(excluded.unknown_fields & 2) <> 0 AND assets.deleted_at IS NOT NULL");
        return upsertSql(L("assets"), cols, {L("id")},
            {{L("sources"), L("assets.sources | excluded.sources")},
                {L("created_at"), L("COALESCE(excluded.created_at, assets.created_at)")},
                {L("duration_ms"), L("COALESCE(excluded.duration_ms, assets.duration_ms)")},
                {L("is_favorite"),
                    L("CASE WHEN (excluded.unknown_fields & 1) <> 0 THEN assets.is_favorite ELSE "
                      "excluded.is_favorite END")},
                {L("deleted_at"),
                    QStringLiteral(
                        "CASE WHEN %1 THEN assets.deleted_at ELSE excluded.deleted_at END")
                        .arg(keepDeletedAt)},
                {L("unknown_fields"),
                    QStringLiteral(
                        "(assets.unknown_fields & excluded.unknown_fields & 1) | CASE WHEN %1 "
                        "THEN (assets.unknown_fields & 2) ELSE (excluded.unknown_fields & 2) END")
                        .arg(keepDeletedAt)}});
    }();
    return sql;
}

const QString &exifUpsertSql()
{
    static const QString sql = upsertSql(L("exif"),
        {L("asset_id"), L("description"), L("exif_image_width"), L("exif_image_height"),
            L("file_size_in_byte"), L("iso"), L("rating"), L("orientation"), L("time_zone"),
            L("projection_type"), L("city"), L("state"), L("country"), L("make"), L("model"),
            L("lens_model"), L("exposure_time"), L("profile_description"), L("date_time_original"),
            L("modify_date"), L("latitude"), L("longitude"), L("f_number"), L("focal_length"),
            L("fps")},
        {L("asset_id")});
    return sql;
}

//! REST's exifInfo has no profileDescription and no fps: its row never changes them.
const QString &exifRecordUpsertSql()
{
    static const QString sql = [] {
        QString text = exifUpsertSql();
        text.replace(L("profile_description = excluded.profile_description"),
            L("profile_description = exif.profile_description"));
        text.replace(L("fps = excluded.fps"), L("fps = exif.fps"));
        return text;
    }();
    return sql;
}

const QString &stackUpsertSql()
{
    static const QString sql = upsertSql(L("stacks"),
        {L("id"), L("created_at"), L("updated_at"), L("primary_asset_id"), L("owner_id")},
        {L("id")},
        {{L("created_at"), L("COALESCE(excluded.created_at, stacks.created_at)")},
            {L("updated_at"), L("COALESCE(excluded.updated_at, stacks.updated_at)")},
            {L("owner_id"), L("COALESCE(excluded.owner_id, stacks.owner_id)")}});
    return sql;
}

void bindAsset(SqliteStatement &st, const SyncAssetV1 &a, int sources)
{
    st.bindText(1, a.id);
    st.bindText(2, a.ownerId);
    st.bindText(3, a.originalFileName.isNull() ? QStringLiteral("") : a.originalFileName);
    st.bindText(4, a.thumbhash);
    st.bindText(5, a.checksum);
    st.bindText(6, canonicalTime(a.fileCreatedAt));
    st.bindText(7, canonicalTime(a.fileModifiedAt));
    st.bindText(8, a.localDateTime.isNull() ? QStringLiteral("") : canonicalTime(a.localDateTime));
    st.bindText(9, canonicalDuration(a.duration, a.type));
    st.bindInt(10, a.durationMs);
    st.bindText(11, a.type);
    st.bindText(12, canonicalTime(a.deletedAt));
    st.bindBool(13, a.isFavorite);
    st.bindText(14, a.visibility);
    st.bindText(15, a.livePhotoVideoId);
    st.bindText(16, a.stackId);
    st.bindText(17, a.libraryId);
    st.bindInt(18, a.width);
    st.bindInt(19, a.height);
    st.bindBool(20, a.isEdited);
    st.bindText(21, canonicalTime(a.createdAt));
    st.bindInt(22, qint64(sources));
}

void bindExif(SqliteStatement &st, const SyncAssetExifV1 &e, const QString &assetId)
{
    st.bindText(1, assetId);
    st.bindText(2, e.description);
    st.bindInt(3, e.exifImageWidth);
    st.bindInt(4, e.exifImageHeight);
    st.bindInt(5, e.fileSizeInByte);
    st.bindInt(6, e.iso);
    st.bindInt(7, e.rating);
    st.bindText(8, e.orientation);
    st.bindText(9, e.timeZone);
    st.bindText(10, e.projectionType);
    st.bindText(11, e.city);
    st.bindText(12, e.state);
    st.bindText(13, e.country);
    st.bindText(14, e.make);
    st.bindText(15, e.model);
    st.bindText(16, e.lensModel);
    st.bindText(17, e.exposureTime);
    st.bindText(18, e.profileDescription);
    st.bindText(19, canonicalTime(e.dateTimeOriginal));
    st.bindText(20, canonicalTime(e.modifyDate));
    st.bindDouble(21, e.latitude);
    st.bindDouble(22, e.longitude);
    st.bindDouble(23, e.fNumber);
    st.bindDouble(24, e.focalLength);
    st.bindDouble(25, e.fps);
}

int assetSourceOf(SyncEntityType type)
{
    using E = SyncEntityType;
    switch (type) {
    case E::AssetV1:
    case E::AssetV2:
        return AssetSourceOwn;
    case E::PartnerAssetV1:
    case E::PartnerAssetV2:
    case E::PartnerAssetBackfillV1:
    case E::PartnerAssetBackfillV2:
        return AssetSourcePartner;
    case E::AlbumAssetV1:
    case E::AlbumAssetCreateV1:
    case E::AlbumAssetUpdateV1:
    case E::AlbumAssetBackfillV1:
    case E::AlbumAssetCreateV2:
    case E::AlbumAssetUpdateV2:
    case E::AlbumAssetBackfillV2:
        return AssetSourceAlbum;
    default:
        return AssetSourceNone;
    }
}

//! Inserted/updated split for upserts: a rowid table gives new rows rowids above the largest
//! one present before, so rows above the old maximum are the inserted ones.
class UpsertCounter
{
public:
    UpsertCounter(MirrorStore::Private *d, QString table) : m_d(d), m_table(std::move(table)) { }
    Error start()
    {
        auto r = m_d->scalar(
            QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM %1").arg(m_table), m_table);
        if (!r)
            return r.error;
        m_maxBefore = r.value;
        return {};
    }
    void add(qint64 changes) { m_affected += changes; }
    MirrorResult<ApplyCounts> finish()
    {
        auto r = m_d->scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE rowid > ?").arg(m_table),
            m_table, {m_maxBefore});
        if (!r)
            return r.error;
        ApplyCounts c;
        c.inserted = r.value;
        c.updated = qMax<qint64>(0, m_affected - r.value);
        return c;
    }

private:
    MirrorStore::Private *m_d;
    QString m_table;
    qint64 m_maxBefore = 0;
    qint64 m_affected = 0;
};

Error payloadError(const SyncEvent &e, const char *expected)
{
    return Error::make(Error::Kind::InvalidInput, QStringLiteral("mirror: apply"),
        QStringLiteral("%1 event (line %2) does not carry a %3 payload")
            .arg(entityTypeName(e.type))
            .arg(e.lineNumber)
            .arg(QLatin1StringView(expected)));
}

} // namespace

// ---- upsert/delete runs --------------------------------------------------------------------

namespace {

//! Upserts every event's payload P through `sql`, binding with `bind(stmt, payload)`.
template<typename P, typename Bind>
MirrorResult<ApplyCounts> upsertRun(MirrorStore::Private *d, const QString &table,
    const QString &sql, std::span<const SyncEvent> events, const char *payloadName, Bind bind)
{
    Error err;
    SqliteStatement *st = d->statement(sql, table, &err);
    if (!st)
        return err;
    UpsertCounter counter(d, table);
    if (auto e = counter.start())
        return e;
    for (const SyncEvent &ev : events) {
        const P *p = std::get_if<P>(&ev.payload);
        if (!p)
            return payloadError(ev, payloadName);
        bind(*st, *p);
        if (!st->exec())
            return d->error(table, st->errorText(), st->errorCode());
        counter.add(st->changes());
    }
    return counter.finish();
}

//! Runs `steps` (SQL, with `bind(stmt, payload)` per step) for each event; counts the changes of
//! the first step as deleted rows and the rest as cascaded rows.
template<typename P>
MirrorResult<ApplyCounts> deleteRun(MirrorStore::Private *d, const QString &table,
    std::span<const SyncEvent> events, const char *payloadName,
    const QList<std::pair<QString, std::function<void(SqliteStatement &, const P &)>>> &steps)
{
    QList<SqliteStatement *> stmts;
    for (const auto &step : steps) {
        Error err;
        SqliteStatement *st = d->statement(step.first, table, &err);
        if (!st)
            return err;
        stmts << st;
    }
    ApplyCounts c;
    for (const SyncEvent &ev : events) {
        const P *p = std::get_if<P>(&ev.payload);
        if (!p)
            return payloadError(ev, payloadName);
        for (int i = 0; i < stmts.size(); ++i) {
            steps[i].second(*stmts[i], *p);
            if (!stmts[i]->exec())
                return d->error(table, stmts[i]->errorText(), stmts[i]->errorCode());
            if (i == 0)
                c.deleted += stmts[i]->changes();
            else
                c.cascaded += stmts[i]->changes();
        }
    }
    return c;
}

} // namespace

Error MirrorStore::Private::doomAsset(const QString &id)
{
    Error err;
    SqliteStatement *st
        = statement(QStringLiteral("INSERT OR IGNORE INTO temp.doomed_assets (id) VALUES (?)"),
            QStringLiteral("assets"), &err);
    if (!st)
        return err;
    st->bindText(1, id);
    if (!st->exec())
        return error(QStringLiteral("assets"), st->errorText(), st->errorCode());
    return {};
}

MirrorResult<ApplyCounts> MirrorStore::Private::cascadeDoomedAssets()
{
    static const QStringList dependents {
        L("DELETE FROM exif WHERE asset_id IN (SELECT id FROM temp.doomed_assets)"),
        L("DELETE FROM asset_faces WHERE asset_id IN (SELECT id FROM temp.doomed_assets)"),
        L("DELETE FROM album_assets WHERE asset_id IN (SELECT id FROM temp.doomed_assets)"),
        L("DELETE FROM memory_assets WHERE asset_id IN (SELECT id FROM temp.doomed_assets)"),
        L("DELETE FROM asset_metadata WHERE asset_id IN (SELECT id FROM temp.doomed_assets)"),
        L("DELETE FROM asset_edits WHERE asset_id IN (SELECT id FROM temp.doomed_assets)"),
    };
    ApplyCounts c;
    for (const QString &sql : dependents) {
        Error err;
        SqliteStatement *st = statement(sql, QStringLiteral("asset cascade"), &err);
        if (!st)
            return err;
        if (!st->exec())
            return error(QStringLiteral("asset cascade"), st->errorText(), st->errorCode());
        c.cascaded += st->changes();
    }
    for (const QString &sql :
        {L("DELETE FROM assets WHERE id IN (SELECT id FROM temp.doomed_assets)"),
            L("DELETE FROM temp.doomed_assets")}) {
        Error err;
        SqliteStatement *st = statement(sql, QStringLiteral("assets"), &err);
        if (!st)
            return err;
        if (!st->exec())
            return error(QStringLiteral("assets"), st->errorText(), st->errorCode());
        if (sql.startsWith(QLatin1StringView("DELETE FROM assets")))
            c.deleted += st->changes();
    }
    return c;
}

bool MirrorStore::Private::isAssetUpsertType(SyncEntityType type)
{
    using E = SyncEntityType;
    switch (type) {
    case E::AssetV1:
    case E::AssetV2:
    case E::PartnerAssetV1:
    case E::PartnerAssetV2:
    case E::PartnerAssetBackfillV1:
    case E::PartnerAssetBackfillV2:
    case E::AlbumAssetV1:
    case E::AlbumAssetCreateV1:
    case E::AlbumAssetUpdateV1:
    case E::AlbumAssetBackfillV1:
    case E::AlbumAssetCreateV2:
    case E::AlbumAssetUpdateV2:
    case E::AlbumAssetBackfillV2:
        return true;
    default:
        return false;
    }
}

MirrorResult<ApplyCounts> MirrorStore::Private::appendAssets(
    std::span<const SyncEvent> events, int source)
{
    Error err;
    SqliteStatement *st = statement(appendInsertSql(), QStringLiteral("assets"), &err);
    if (!st)
        return err;
    ApplyCounts c;
    for (const SyncEvent &ev : events) {
        const auto *a = std::get_if<SyncAssetV1>(&ev.payload);
        if (!a)
            return payloadError(ev, "SyncAssetV1");
        bindAsset(*st, *a, source);
        if (!st->exec())
            return error(QStringLiteral("assets"), st->errorText(), st->errorCode());
        ++c.inserted; // inserted or updated: only known once the key is restored
    }
    appended += c.inserted;
    return c;
}

MirrorResult<bool> MirrorStore::Private::assetKeyExists() const
{
    auto r = scalar(
        QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = ?"),
        QStringLiteral("assets key"), {MirrorSchema::assetKeyIndex().name});
    if (!r)
        return r.error;
    return r.value > 0;
}

Error MirrorStore::Private::restoreAssetKey()
{
    const QString what = QStringLiteral("assets key");
    MirrorTransaction tx(*q);
    if (tx.beginError())
        return tx.beginError();
    bool built = false;
    {
        // Usually no id came twice: one sort of the ids and done.
        QSqlQuery create(db);
        if (create.exec(MirrorSchema::assetKeyIndex().createSql))
            built = true;
        else if (MirrorDetail::sqliteCode(create.lastError()) != 19) // not "constraint"
            return error(what, create);
    }
    if (!built) {
        const QString cols = kAssetColumns.join(QLatin1StringView(", "));
        for (const QString &sql : {QStringLiteral("DROP TABLE IF EXISTS temp.assets_repeats"),
                 QStringLiteral(
                     "CREATE TEMP TABLE assets_repeats AS SELECT rowid AS rid, %1 FROM assets "
                     "WHERE id IN (SELECT id FROM assets GROUP BY id HAVING COUNT(*) > 1)")
                     .arg(cols),
                 QStringLiteral(
                     "DELETE FROM assets WHERE rowid IN (SELECT rid FROM temp.assets_repeats)"),
                 MirrorSchema::assetKeyIndex().createSql, repeatsReplaySql(schemaVersion >= 5),
                 QStringLiteral("DROP TABLE temp.assets_repeats")}) {
            if (auto e = exec(sql, what))
                return e;
        }
    }
    if (auto e = tx.commit())
        return e;
    appending = false;
    appended = 0;
    return {};
}

MirrorResult<bool> MirrorStore::Private::stagingExists() const
{
    auto r = scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' "
                                   "AND name = 'assets_staging'"),
        QStringLiteral("assets staging"));
    if (!r)
        return r.error;
    return r.value > 0;
}

Error MirrorStore::Private::mergeStaging(bool drop)
{
    auto exists = stagingExists();
    if (!exists)
        return exists.error;
    if (!exists.value)
        return {};
    MirrorTransaction tx(*q);
    if (tx.beginError())
        return tx.beginError();
    if (auto e = exec(stagingMergeSql(schemaVersion >= 5), QStringLiteral("assets staging merge")))
        return e;
    if (auto e = exec(drop ? QStringLiteral("DROP TABLE assets_staging")
                           : QStringLiteral("DELETE FROM assets_staging"),
            QStringLiteral("assets staging merge")))
        return e;
    return tx.commit();
}

Error MirrorStore::Private::settleAssets()
{
    if (!appending)
        return {};
    return restoreAssetKey();
}

bool MirrorStore::Private::touchesAssets(SyncEntityType type)
{
    using E = SyncEntityType;
    return type == E::AssetDeleteV1 || type == E::PartnerAssetDeleteV1 || type == E::UserDeleteV1
        || type == E::PartnerDeleteV1;
}

MirrorResult<ApplyCounts> MirrorStore::Private::applyRun(
    SyncEntityType type, std::span<const SyncEvent> events)
{
    using E = SyncEntityType;
    for (const SyncEvent &ev : events) {
        if (ev.type != type) {
            return Error::make(Error::Kind::InvalidInput, QStringLiteral("mirror: apply"),
                QStringLiteral("a %1 event (line %2) inside a run of %3")
                    .arg(entityTypeName(ev.type))
                    .arg(ev.lineNumber)
                    .arg(entityTypeName(type)));
        }
    }

    // Deletes and cascades find assets by id: the key first (nothing to find before the first
    // append: the stream sends a type's deletes before its upserts).
    if (appending && appended > 0 && touchesAssets(type)) {
        if (auto e = settleAssets())
            return e;
    }

    switch (type) {
    // ---- users ----
    case E::AuthUserV1:
        return upsertRun<SyncAuthUserV1>(this, L("auth_user"),
            upsertSql(L("auth_user"),
                {L("id"), L("name"), L("email"), L("avatar_color"), L("deleted_at"),
                    L("has_profile_image"), L("profile_changed_at"), L("is_admin"),
                    L("has_pin_code"), L("oauth_id"), L("storage_label"), L("quota_size_in_bytes"),
                    L("quota_usage_in_bytes")},
                {L("id")}),
            events, "SyncAuthUserV1", [](SqliteStatement &st, const SyncAuthUserV1 &u) {
                st.bindText(1, u.id);
                st.bindText(2, u.name);
                st.bindText(3, u.email);
                st.bindText(4, u.avatarColor);
                st.bindText(5, u.deletedAt);
                st.bindBool(6, u.hasProfileImage);
                st.bindText(7, u.profileChangedAt);
                st.bindBool(8, u.isAdmin);
                st.bindBool(9, !u.pinCode.isEmpty()); // never the hash itself
                st.bindText(10, u.oauthId);
                st.bindText(11, u.storageLabel);
                st.bindInt(12, u.quotaSizeInBytes);
                st.bindInt(13, u.quotaUsageInBytes);
            });
    case E::UserV1:
        return upsertRun<SyncUserV1>(this, L("users"),
            upsertSql(L("users"),
                {L("id"), L("name"), L("email"), L("avatar_color"), L("deleted_at"),
                    L("has_profile_image"), L("profile_changed_at")},
                {L("id")}),
            events, "SyncUserV1", [](SqliteStatement &st, const SyncUserV1 &u) {
                st.bindText(1, u.id);
                st.bindText(2, u.name);
                st.bindText(3, u.email);
                st.bindText(4, u.avatarColor);
                st.bindText(5, u.deletedAt);
                st.bindBool(6, u.hasProfileImage);
                st.bindText(7, u.profileChangedAt);
            });
    case E::UserDeleteV1: {
        // A hard-deleted user takes everything of theirs with them (docs/dev/protocol.md): the
        // server sends no partner, asset or album deletes for it.
        if (auto e = ensureTempTables())
            return e;
        using F = std::function<void(SqliteStatement &, const SyncUserDeleteV1 &)>;
        const F byUser
            = [](SqliteStatement &st, const SyncUserDeleteV1 &p) { st.bindText(1, p.userId); };
        const F byUser2 = [](SqliteStatement &st, const SyncUserDeleteV1 &p) {
            st.bindText(1, p.userId);
            st.bindText(2, p.userId);
        };
        auto r = deleteRun<SyncUserDeleteV1>(this, L("users"), events, "SyncUserDeleteV1",
            {
                {L("DELETE FROM users WHERE id = ?"), byUser},
                {L("DELETE FROM auth_user WHERE id = ?"), byUser},
                {L("DELETE FROM partners WHERE shared_by_id = ? OR shared_with_id = ?"), byUser2},
                {L("INSERT OR IGNORE INTO temp.doomed_assets (id) SELECT id FROM assets WHERE "
                   "owner_id = ?"),
                    byUser},
                {L("DELETE FROM album_assets WHERE album_id IN (SELECT id FROM albums WHERE "
                   "owner_id = ?)"),
                    byUser},
                {L("DELETE FROM album_users WHERE album_id IN (SELECT id FROM albums WHERE "
                   "owner_id = ?) OR user_id = ?"),
                    byUser2},
                {L("DELETE FROM albums WHERE owner_id = ?"), byUser},
                {L("DELETE FROM stacks WHERE owner_id = ?"), byUser},
                {L("DELETE FROM memory_assets WHERE memory_id IN (SELECT id FROM memories WHERE "
                   "owner_id = ?)"),
                    byUser},
                {L("DELETE FROM memories WHERE owner_id = ?"), byUser},
                {L("UPDATE asset_faces SET person_id = NULL WHERE person_id IN (SELECT id FROM "
                   "people WHERE owner_id = ?)"),
                    byUser},
                {L("DELETE FROM people WHERE owner_id = ?"), byUser},
                {L("DELETE FROM user_metadata WHERE user_id = ?"), byUser},
            });
        if (!r)
            return r;
        ApplyCounts c = r.value;
        // The INSERT into doomed_assets is not a deletion; the asset cascade counts them.
        auto doomedCount = scalar(L("SELECT COUNT(*) FROM temp.doomed_assets"), L("users"));
        if (!doomedCount)
            return doomedCount.error;
        c.cascaded -= doomedCount.value;
        auto a = cascadeDoomedAssets();
        if (!a)
            return a;
        c.cascaded += a.value.deleted + a.value.cascaded;
        return c;
    }

    // ---- partners ----
    case E::PartnerV1:
        return upsertRun<SyncPartnerV1>(this, L("partners"),
            upsertSql(L("partners"), {L("shared_by_id"), L("shared_with_id"), L("in_timeline")},
                {L("shared_by_id"), L("shared_with_id")}),
            events, "SyncPartnerV1", [](SqliteStatement &st, const SyncPartnerV1 &p) {
                st.bindText(1, p.sharedById);
                st.bindText(2, p.sharedWithId);
                st.bindBool(3, p.inTimeline);
            });
    case E::PartnerDeleteV1: {
        // No PartnerAssetDeleteV1 follows an unshare (docs/dev/protocol.md): drop the partner's
        // assets that are neither mine nor linked to an album I belong to, and their partner
        // stacks.
        if (auto e = ensureTempTables())
            return e;
        const QString self = effectiveSelf();
        ApplyCounts c;
        for (const SyncEvent &ev : events) {
            const auto *p = std::get_if<SyncPartnerDeleteV1>(&ev.payload);
            if (!p)
                return payloadError(ev, "SyncPartnerDeleteV1");
            auto del = scalar(
                L("SELECT COUNT(*) FROM partners WHERE shared_by_id = ? AND shared_with_id = ?"),
                L("partners"), {p->sharedById, p->sharedWithId});
            if (!del)
                return del.error;
            if (auto e
                = exec(L("DELETE FROM partners WHERE shared_by_id = ? AND shared_with_id = ?"),
                    L("partners"), {p->sharedById, p->sharedWithId}))
                return e;
            c.deleted += del.value;
            // Only a share *towards* me brought assets; never touch my own.
            if (p->sharedById.isEmpty() || (!self.isEmpty() && p->sharedById == self))
                continue;
            if (!self.isEmpty() && p->sharedWithId != self)
                continue;
            if (auto e
                = exec(L("INSERT OR IGNORE INTO temp.doomed_assets (id) SELECT a.id FROM assets a "
                         "WHERE a.owner_id = ? AND (a.sources & 1) = 0 "
                         "AND NOT EXISTS (SELECT 1 FROM album_assets l WHERE l.asset_id = a.id)"),
                    L("partner cascade"), {p->sharedById}))
                return e;
            auto a = cascadeDoomedAssets();
            if (!a)
                return a;
            c.cascaded += a.value.deleted + a.value.cascaded;
            if (auto e = exec(L("UPDATE assets SET sources = sources & ~2 WHERE owner_id = ?"),
                    L("partner cascade"), {p->sharedById}))
                return e;
            auto stacks = scalar(
                L("SELECT COUNT(*) FROM stacks WHERE owner_id = ?"), L("stacks"), {p->sharedById});
            if (!stacks)
                return stacks.error;
            if (auto e = exec(L("DELETE FROM stacks WHERE owner_id = ?"), L("partner cascade"),
                    {p->sharedById}))
                return e;
            c.cascaded += stacks.value;
        }
        return c;
    }

    // ---- assets ----
    case E::AssetV1:
    case E::AssetV2:
    case E::PartnerAssetV1:
    case E::PartnerAssetV2:
    case E::PartnerAssetBackfillV1:
    case E::PartnerAssetBackfillV2:
    case E::AlbumAssetV1:
    case E::AlbumAssetCreateV1:
    case E::AlbumAssetUpdateV1:
    case E::AlbumAssetBackfillV1:
    case E::AlbumAssetCreateV2:
    case E::AlbumAssetUpdateV2:
    case E::AlbumAssetBackfillV2: {
        const int source = assetSourceOf(type);
        if (appending)
            return appendAssets(events, source);
        return upsertRun<SyncAssetV1>(this, L("assets"), assetUpsertSql(schemaVersion >= 5), events,
            "SyncAssetV1",
            [source](SqliteStatement &st, const SyncAssetV1 &a) { bindAsset(st, a, source); });
    }
    case E::AssetDeleteV1:
    case E::PartnerAssetDeleteV1: {
        if (auto e = ensureTempTables())
            return e;
        for (const SyncEvent &ev : events) {
            const auto *p = std::get_if<SyncAssetDeleteV1>(&ev.payload);
            if (!p)
                return payloadError(ev, "SyncAssetDeleteV1");
            if (auto e = doomAsset(p->assetId))
                return e;
        }
        return cascadeDoomedAssets();
    }

    // ---- exif ----
    case E::AssetExifV1:
    case E::PartnerAssetExifV1:
    case E::PartnerAssetExifBackfillV1:
    case E::AlbumAssetExifV1:
    case E::AlbumAssetExifCreateV1:
    case E::AlbumAssetExifUpdateV1:
    case E::AlbumAssetExifBackfillV1:
        return upsertRun<SyncAssetExifV1>(this, L("exif"), exifUpsertSql(), events,
            "SyncAssetExifV1",
            [](SqliteStatement &st, const SyncAssetExifV1 &e) { bindExif(st, e, e.assetId); });

    // ---- stacks ----
    case E::StackV1:
    case E::PartnerStackV1:
    case E::PartnerStackBackfillV1:
        return upsertRun<SyncStackV1>(this, L("stacks"), stackUpsertSql(), events, "SyncStackV1",
            [](SqliteStatement &st, const SyncStackV1 &s) {
                st.bindText(1, s.id);
                st.bindText(2, s.createdAt);
                st.bindText(3, s.updatedAt);
                st.bindText(4, s.primaryAssetId);
                st.bindText(5, s.ownerId);
            });
    case E::StackDeleteV1:
    case E::PartnerStackDeleteV1:
        return deleteRun<SyncStackDeleteV1>(this, L("stacks"), events, "SyncStackDeleteV1",
            {{L("DELETE FROM stacks WHERE id = ?"),
                [](SqliteStatement &st, const SyncStackDeleteV1 &p) {
                    st.bindText(1, p.stackId);
                }}});

    // ---- albums ----
    case E::AlbumV1:
    case E::AlbumV2:
        // AlbumV2 (v3) has no ownerId: keep the one we know.
        return upsertRun<SyncAlbumV1>(this, L("albums"),
            upsertSql(L("albums"),
                {L("id"), L("owner_id"), L("name"), L("description"), L("created_at"),
                    L("updated_at"), L("thumbnail_asset_id"), L("is_activity_enabled"),
                    L("sort_order")},
                {L("id")}, {{L("owner_id"), L("COALESCE(excluded.owner_id, albums.owner_id)")}}),
            events, "SyncAlbumV1", [](SqliteStatement &st, const SyncAlbumV1 &a) {
                st.bindText(1, a.id);
                st.bindText(2, a.ownerId.isEmpty() ? QString() : a.ownerId);
                st.bindText(3, a.name);
                st.bindText(4, a.description);
                st.bindText(5, a.createdAt);
                st.bindText(6, a.updatedAt);
                st.bindText(7, a.thumbnailAssetId);
                st.bindBool(8, a.isActivityEnabled);
                st.bindText(9, a.order);
            });
    case E::AlbumDeleteV1: {
        // No AlbumToAssetDeleteV1 follows an album deletion (docs/dev/protocol.md). Assets only
        // reachable through it are left for pruneOrphanAssets() at the end of the run.
        using F = std::function<void(SqliteStatement &, const SyncAlbumDeleteV1 &)>;
        const F byAlbum
            = [](SqliteStatement &st, const SyncAlbumDeleteV1 &p) { st.bindText(1, p.albumId); };
        return deleteRun<SyncAlbumDeleteV1>(this, L("albums"), events, "SyncAlbumDeleteV1",
            {{L("DELETE FROM albums WHERE id = ?"), byAlbum},
                {L("DELETE FROM album_assets WHERE album_id = ?"), byAlbum},
                {L("DELETE FROM album_users WHERE album_id = ?"), byAlbum}});
    }
    case E::AlbumUserV1:
    case E::AlbumUserBackfillV1:
        return upsertRun<SyncAlbumUserV1>(this, L("album_users"),
            upsertSql(L("album_users"), {L("album_id"), L("user_id"), L("role")},
                {L("album_id"), L("user_id")}),
            events, "SyncAlbumUserV1", [](SqliteStatement &st, const SyncAlbumUserV1 &u) {
                st.bindText(1, u.albumId);
                st.bindText(2, u.userId);
                st.bindText(3, u.role);
            });
    case E::AlbumUserDeleteV1:
        return deleteRun<SyncAlbumUserDeleteV1>(this, L("album_users"), events,
            "SyncAlbumUserDeleteV1",
            {{L("DELETE FROM album_users WHERE album_id = ? AND user_id = ?"),
                [](SqliteStatement &st, const SyncAlbumUserDeleteV1 &p) {
                    st.bindText(1, p.albumId);
                    st.bindText(2, p.userId);
                }}});
    case E::AlbumToAssetV1:
    case E::AlbumToAssetBackfillV1:
        return upsertRun<SyncAlbumToAssetV1>(this, L("album_assets"),
            upsertSql(
                L("album_assets"), {L("album_id"), L("asset_id")}, {L("album_id"), L("asset_id")}),
            events, "SyncAlbumToAssetV1", [](SqliteStatement &st, const SyncAlbumToAssetV1 &l) {
                st.bindText(1, l.albumId);
                st.bindText(2, l.assetId);
            });
    case E::AlbumToAssetDeleteV1:
        return deleteRun<SyncAlbumToAssetDeleteV1>(this, L("album_assets"), events,
            "SyncAlbumToAssetDeleteV1",
            {{L("DELETE FROM album_assets WHERE album_id = ? AND asset_id = ?"),
                [](SqliteStatement &st, const SyncAlbumToAssetDeleteV1 &p) {
                    st.bindText(1, p.albumId);
                    st.bindText(2, p.assetId);
                }}});

    // ---- memories ----
    case E::MemoryV1:
        return upsertRun<SyncMemoryV1>(this, L("memories"),
            upsertSql(L("memories"),
                {L("id"), L("created_at"), L("updated_at"), L("deleted_at"), L("owner_id"),
                    L("type"), L("data"), L("is_saved"), L("memory_at"), L("seen_at"), L("show_at"),
                    L("hide_at")},
                {L("id")}),
            events, "SyncMemoryV1", [](SqliteStatement &st, const SyncMemoryV1 &m) {
                st.bindText(1, m.id);
                st.bindText(2, m.createdAt);
                st.bindText(3, m.updatedAt);
                st.bindText(4, m.deletedAt);
                st.bindText(5, m.ownerId);
                st.bindText(6, m.type);
                st.bindText(7, jsonText(m.data));
                st.bindBool(8, m.isSaved);
                st.bindText(9, m.memoryAt);
                st.bindText(10, m.seenAt);
                st.bindText(11, m.showAt);
                st.bindText(12, m.hideAt);
            });
    case E::MemoryDeleteV1: {
        using F = std::function<void(SqliteStatement &, const SyncMemoryDeleteV1 &)>;
        const F byMemory
            = [](SqliteStatement &st, const SyncMemoryDeleteV1 &p) { st.bindText(1, p.memoryId); };
        return deleteRun<SyncMemoryDeleteV1>(this, L("memories"), events, "SyncMemoryDeleteV1",
            {{L("DELETE FROM memories WHERE id = ?"), byMemory},
                {L("DELETE FROM memory_assets WHERE memory_id = ?"), byMemory}});
    }
    case E::MemoryToAssetV1:
        return upsertRun<SyncMemoryAssetV1>(this, L("memory_assets"),
            upsertSql(L("memory_assets"), {L("memory_id"), L("asset_id")},
                {L("memory_id"), L("asset_id")}),
            events, "SyncMemoryAssetV1", [](SqliteStatement &st, const SyncMemoryAssetV1 &l) {
                st.bindText(1, l.memoryId);
                st.bindText(2, l.assetId);
            });
    case E::MemoryToAssetDeleteV1:
        return deleteRun<SyncMemoryAssetDeleteV1>(this, L("memory_assets"), events,
            "SyncMemoryAssetDeleteV1",
            {{L("DELETE FROM memory_assets WHERE memory_id = ? AND asset_id = ?"),
                [](SqliteStatement &st, const SyncMemoryAssetDeleteV1 &p) {
                    st.bindText(1, p.memoryId);
                    st.bindText(2, p.assetId);
                }}});

    // ---- people and faces ----
    case E::PersonV1:
        return upsertRun<SyncPersonV1>(this, L("people"),
            upsertSql(L("people"),
                {L("id"), L("created_at"), L("updated_at"), L("owner_id"), L("name"),
                    L("birth_date"), L("is_hidden"), L("is_favorite"), L("color"),
                    L("face_asset_id")},
                {L("id")}),
            events, "SyncPersonV1", [](SqliteStatement &st, const SyncPersonV1 &p) {
                st.bindText(1, p.id);
                st.bindText(2, p.createdAt);
                st.bindText(3, p.updatedAt);
                st.bindText(4, p.ownerId);
                st.bindText(5, p.name);
                st.bindText(6, p.birthDate);
                st.bindBool(7, p.isHidden);
                st.bindBool(8, p.isFavorite);
                st.bindText(9, p.color);
                st.bindText(10, p.faceAssetId);
            });
    case E::PersonDeleteV1: {
        using F = std::function<void(SqliteStatement &, const SyncPersonDeleteV1 &)>;
        const F byPerson
            = [](SqliteStatement &st, const SyncPersonDeleteV1 &p) { st.bindText(1, p.personId); };
        return deleteRun<SyncPersonDeleteV1>(this, L("people"), events, "SyncPersonDeleteV1",
            {{L("DELETE FROM people WHERE id = ?"), byPerson},
                {L("UPDATE asset_faces SET person_id = NULL WHERE person_id = ?"), byPerson}});
    }
    case E::AssetFaceV1:
    case E::AssetFaceV2:
        return upsertRun<SyncAssetFaceV1>(this, L("asset_faces"),
            upsertSql(L("asset_faces"),
                {L("id"), L("asset_id"), L("person_id"), L("image_width"), L("image_height"),
                    L("bounding_box_x1"), L("bounding_box_y1"), L("bounding_box_x2"),
                    L("bounding_box_y2"), L("source_type"), L("deleted_at"), L("is_visible")},
                {L("id")}),
            events, "SyncAssetFaceV1", [](SqliteStatement &st, const SyncAssetFaceV1 &f) {
                st.bindText(1, f.id);
                st.bindText(2, f.assetId);
                st.bindText(3, f.personId);
                st.bindInt(4, f.imageWidth);
                st.bindInt(5, f.imageHeight);
                st.bindInt(6, f.boundingBoxX1);
                st.bindInt(7, f.boundingBoxY1);
                st.bindInt(8, f.boundingBoxX2);
                st.bindInt(9, f.boundingBoxY2);
                st.bindText(10, f.sourceType);
                st.bindText(11, f.deletedAt);
                st.bindBool(12, f.isVisible);
            });
    case E::AssetFaceDeleteV1:
        return deleteRun<SyncAssetFaceDeleteV1>(this, L("asset_faces"), events,
            "SyncAssetFaceDeleteV1",
            {{L("DELETE FROM asset_faces WHERE id = ?"),
                [](SqliteStatement &st, const SyncAssetFaceDeleteV1 &p) {
                    st.bindText(1, p.assetFaceId);
                }}});

    // ---- metadata and edits ----
    case E::UserMetadataV1:
        return upsertRun<SyncUserMetadataV1>(this, L("user_metadata"),
            upsertSql(
                L("user_metadata"), {L("user_id"), L("key"), L("value")}, {L("user_id"), L("key")}),
            events, "SyncUserMetadataV1", [](SqliteStatement &st, const SyncUserMetadataV1 &m) {
                st.bindText(1, m.userId);
                st.bindText(2, m.key);
                st.bindText(3, jsonText(m.value));
            });
    case E::UserMetadataDeleteV1:
        return deleteRun<SyncUserMetadataDeleteV1>(this, L("user_metadata"), events,
            "SyncUserMetadataDeleteV1",
            {{L("DELETE FROM user_metadata WHERE user_id = ? AND key = ?"),
                [](SqliteStatement &st, const SyncUserMetadataDeleteV1 &p) {
                    st.bindText(1, p.userId);
                    st.bindText(2, p.key);
                }}});
    case E::AssetMetadataV1:
        return upsertRun<SyncAssetMetadataV1>(this, L("asset_metadata"),
            upsertSql(L("asset_metadata"), {L("asset_id"), L("key"), L("value")},
                {L("asset_id"), L("key")}),
            events, "SyncAssetMetadataV1", [](SqliteStatement &st, const SyncAssetMetadataV1 &m) {
                st.bindText(1, m.assetId);
                st.bindText(2, m.key);
                st.bindText(3, jsonText(m.value));
            });
    case E::AssetMetadataDeleteV1:
        return deleteRun<SyncAssetMetadataDeleteV1>(this, L("asset_metadata"), events,
            "SyncAssetMetadataDeleteV1",
            {{L("DELETE FROM asset_metadata WHERE asset_id = ? AND key = ?"),
                [](SqliteStatement &st, const SyncAssetMetadataDeleteV1 &p) {
                    st.bindText(1, p.assetId);
                    st.bindText(2, p.key);
                }}});
    case E::AssetEditV1:
        return upsertRun<SyncAssetEditV1>(this, L("asset_edits"),
            upsertSql(L("asset_edits"),
                {L("id"), L("asset_id"), L("action"), L("parameters"), L("sequence")}, {L("id")}),
            events, "SyncAssetEditV1", [](SqliteStatement &st, const SyncAssetEditV1 &e) {
                st.bindText(1, e.id);
                st.bindText(2, e.assetId);
                st.bindText(3, e.action);
                st.bindText(4, jsonText(e.parameters));
                st.bindInt(5, e.sequence);
            });
    case E::AssetEditDeleteV1:
        return deleteRun<SyncAssetEditDeleteV1>(this, L("asset_edits"), events,
            "SyncAssetEditDeleteV1",
            {{L("DELETE FROM asset_edits WHERE id = ?"),
                [](SqliteStatement &st, const SyncAssetEditDeleteV1 &p) {
                    st.bindText(1, p.editId);
                }}});

    // ---- nothing to store ----
    case E::SyncAckV1:
    case E::SyncResetV1:
    case E::SyncCompleteV1:
    case E::Unknown: {
        ApplyCounts c;
        c.skipped = qint64(events.size());
        return c;
    }
    }
    ApplyCounts c;
    c.skipped = qint64(events.size());
    return c;
}

// ---- public write API --------------------------------------------------------------------

MirrorResult<ApplyCounts> MirrorStore::apply(SyncEntityType type, std::span<const SyncEvent> events)
{
    if (events.empty())
        return ApplyCounts {};
    if (isControlType(type) || type == SyncEntityType::Unknown) {
        ApplyCounts c;
        c.skipped = qint64(events.size());
        return c;
    }
    MirrorTransaction tx(*this);
    if (tx.beginError())
        return tx.beginError();
    auto r = d->applyRun(type, events);
    if (!r)
        return r;
    if (auto e = tx.commit())
        return e;
    return r;
}

MirrorResult<ApplyCounts> MirrorStore::applyBatch(const QList<SyncEvent> &events)
{
    MirrorTransaction tx(*this);
    if (tx.beginError())
        return tx.beginError();
    ApplyCounts total;
    const std::span<const SyncEvent> all(events.constData(), std::size_t(events.size()));
    std::size_t start = 0;
    while (start < all.size()) {
        std::size_t end = start + 1;
        while (end < all.size() && all[end].type == all[start].type)
            ++end;
        auto r = d->applyRun(all[start].type, all.subspan(start, end - start));
        if (!r)
            return r;
        total += r.value;
        start = end;
    }
    if (auto e = tx.commit())
        return e;
    return total;
}

Error MirrorStore::wipeServerData()
{
    MirrorTransaction tx(*this);
    if (tx.beginError())
        return tx.beginError();
    QStringList tables = MirrorSchema::serverTables();
    tables << QStringLiteral("checkpoints") << QStringLiteral("pending_acks")
           << QStringLiteral("pending_log");
    // Without triggers DELETE empties `assets` at once instead of row by row.
    auto summary = d->hasMonthSummary();
    if (!summary)
        return summary.error;
    if (summary.value) {
        if (auto e = d->dropMonthSummary())
            return e;
    }
    for (const QString &table : std::as_const(tables)) {
        if (auto e = d->exec(QStringLiteral("DELETE FROM %1").arg(table), QStringLiteral("wipe")))
            return e;
    }
    if (summary.value) {
        if (auto e = d->rebuildMonthSummary())
            return e;
    }
    if (auto e = tx.commit())
        return e;
    qCInfo(lcMirror) << "wiped server data in" << d->path;
    return {};
}

MirrorResult<qint64> MirrorStore::pruneOrphanAssets()
{
    MirrorTransaction tx(*this);
    if (tx.beginError())
        return tx.beginError();
    if (auto e = d->settleAssets())
        return e;
    if (auto e = d->ensureTempTables())
        return e;
    const QString self = d->effectiveSelf();
    // Mine: the owner is me (or, with no known identity, the asset came through my own stream).
    // A partner's: the owner shares with me (any partner row, when I do not know who I am).
    const QString sql = self.isEmpty()
        ? QStringLiteral(
            "INSERT OR IGNORE INTO temp.doomed_assets (id) SELECT a.id FROM assets a "
            "WHERE (a.sources & 1) = 0 "
            "AND NOT EXISTS (SELECT 1 FROM partners p WHERE p.shared_by_id = a.owner_id) "
            "AND NOT EXISTS (SELECT 1 FROM album_assets l WHERE l.asset_id = a.id)")
        : QStringLiteral(
            "INSERT OR IGNORE INTO temp.doomed_assets (id) SELECT a.id FROM assets a "
            "WHERE a.owner_id <> ? AND (a.sources & 1) = 0 "
            "AND NOT EXISTS (SELECT 1 FROM partners p WHERE p.shared_by_id = a.owner_id "
            "AND p.shared_with_id = ?) "
            "AND NOT EXISTS (SELECT 1 FROM album_assets l WHERE l.asset_id = a.id)");
    if (auto e = d->exec(sql, QStringLiteral("prune"),
            self.isEmpty() ? QVariantList {} : QVariantList {self, self}))
        return e;
    auto r = d->cascadeDoomedAssets();
    if (!r)
        return r.error;
    if (auto e = tx.commit())
        return e;
    return r.value.deleted;
}

MirrorResult<ApplyCounts> MirrorStore::applyAssetResponses(
    const QList<MirrorAssetRecord> &records, AssetSource source)
{
    MirrorTransaction tx(*this);
    if (tx.beginError())
        return tx.beginError();
    if (auto e = d->settleAssets())
        return e;
    Error err;
    SqliteStatement *assetSt = d->statement(assetRecordUpsertSql(), QStringLiteral("assets"), &err);
    if (!assetSt)
        return err;
    SqliteStatement *exifSt = d->statement(exifRecordUpsertSql(), QStringLiteral("exif"), &err);
    if (!exifSt)
        return err;
    // full-sync's stack object has an assetCount; the stream's StackV1 does not.
    SqliteStatement *stackSt = d->statement(
        QStringLiteral(
            "INSERT INTO stacks (id, primary_asset_id, owner_id, asset_count) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET primary_asset_id = excluded.primary_asset_id, "
            "owner_id = excluded.owner_id, asset_count = excluded.asset_count"),
        QStringLiteral("stacks"), &err);
    if (!stackSt)
        return err;
    UpsertCounter counter(d.get(), QStringLiteral("assets"));
    if (auto e = counter.start())
        return e;
    for (const MirrorAssetRecord &rec : records) {
        int unknown = source == AssetSourcePartner ? AssetFavoriteUnknown : AssetFieldsKnown;
        SyncAssetV1 asset = rec.asset;
        const QString updatedAt = canonicalTime(rec.updatedAt);
        if (source == AssetSourcePartner)
            asset.isFavorite = false;
        asset.deletedAt = QString();
        if (rec.isTrashed) {
            asset.deletedAt = updatedAt.isEmpty()
                ? QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)
                : updatedAt;
            unknown |= AssetDeletedAtUnknown;
        }
        bindAsset(*assetSt, asset, int(source));
        assetSt->bindText(23, updatedAt);
        assetSt->bindBool(24, rec.isOffline);
        assetSt->bindInt(25, qint64(unknown));
        if (!assetSt->exec())
            return d->error(QStringLiteral("assets"), assetSt->errorText(), assetSt->errorCode());
        counter.add(assetSt->changes());
        if (rec.exif) {
            bindExif(*exifSt, *rec.exif, rec.asset.id);
            if (!exifSt->exec())
                return d->error(QStringLiteral("exif"), exifSt->errorText(), exifSt->errorCode());
        }
        if (rec.stack && !rec.stack->id.isEmpty()) {
            stackSt->bindText(1, rec.stack->id);
            stackSt->bindText(2, rec.stack->primaryAssetId);
            stackSt->bindText(
                3, rec.stack->ownerId.isEmpty() ? rec.asset.ownerId : rec.stack->ownerId);
            stackSt->bindInt(4, rec.stackAssetCount);
            if (!stackSt->exec())
                return d->error(
                    QStringLiteral("stacks"), stackSt->errorText(), stackSt->errorCode());
        }
    }
    auto counts = counter.finish();
    if (!counts)
        return counts;
    if (auto e = tx.commit())
        return e;
    return counts;
}

MirrorResult<ApplyCounts> MirrorStore::deleteAssets(const QStringList &ids)
{
    MirrorTransaction tx(*this);
    if (tx.beginError())
        return tx.beginError();
    if (auto e = d->settleAssets())
        return e;
    if (auto e = d->ensureTempTables())
        return e;
    for (const QString &id : ids) {
        if (auto e = d->doomAsset(id))
            return e;
    }
    auto r = d->cascadeDoomedAssets();
    if (!r)
        return r;
    if (auto e = tx.commit())
        return e;
    return r;
}

MirrorResult<ApplyCounts> MirrorStore::reconcileOwner(
    const QString &ownerId, const QSet<QString> &serverIds)
{
    if (auto e = d->settleAssets())
        return e;
    auto local = assetIdsByOwner(ownerId);
    if (!local)
        return local.error;
    MirrorTransaction tx(*this);
    if (tx.beginError())
        return tx.beginError();
    if (auto e = d->ensureTempTables())
        return e;
    // full-sync never lists hidden assets (live-photo motion parts): keep them.
    QSet<QString> hidden;
    {
        QSqlQuery q(d->db);
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT id FROM assets WHERE owner_id = ? AND visibility = 'hidden'"));
        q.bindValue(0, ownerId);
        if (!q.exec())
            return d->error(QStringLiteral("reconcile"), q);
        while (q.next())
            hidden.insert(q.value(0).toString());
    }
    for (const QString &id : std::as_const(local.value)) {
        if (serverIds.contains(id) || hidden.contains(id))
            continue;
        if (auto e = d->doomAsset(id))
            return e;
    }
    auto r = d->cascadeDoomedAssets();
    if (!r)
        return r;
    if (auto e = tx.commit())
        return e;
    return r;
}

} // namespace Tidemark
