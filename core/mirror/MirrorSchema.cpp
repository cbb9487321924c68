// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MirrorSchema.h"

namespace Tidemark::MirrorSchema {

namespace {
QString s(const char *text)
{
    return QString::fromLatin1(text);
}
//! The assets table; `inlineKey` for schemas 1-3, where `id` was the PRIMARY KEY. From schema 4
//! on the key is the separate unique index assetKeyIndex(), which a bulk load can drop.
QString assetsTableSql(const QString &name, bool inlineKey)
{
    // local_date_time is NOT NULL ('' when the server sent null) so that keyset pagination never
    // compares with NULL.
    return QStringLiteral("CREATE TABLE %1 (").arg(name)
        + (inlineKey ? s(" id TEXT PRIMARY KEY,") : s(" id TEXT NOT NULL,"))
        + s(" owner_id TEXT NOT NULL, original_file_name TEXT NOT NULL DEFAULT '',"
            " thumbhash TEXT, checksum TEXT, file_created_at TEXT, file_modified_at TEXT,"
            " local_date_time TEXT NOT NULL DEFAULT '', duration TEXT, duration_ms INTEGER,"
            " type TEXT, deleted_at TEXT, is_favorite INTEGER NOT NULL DEFAULT 0, visibility TEXT,"
            " live_photo_video_id TEXT, stack_id TEXT, library_id TEXT, width INTEGER, height "
            "INTEGER,"
            " is_edited INTEGER NOT NULL DEFAULT 0, created_at TEXT,"
            " updated_at TEXT, is_offline INTEGER NOT NULL DEFAULT 0,"
            " sources INTEGER NOT NULL DEFAULT 0)");
}

} // namespace

const IndexDef &assetKeyIndex()
{
    static const IndexDef def {
        s("assets_key"), s("CREATE UNIQUE INDEX IF NOT EXISTS assets_key ON assets(id)")};
    return def;
}

const DerivedTable &monthSummary()
{
    // The key of an asset's summary row, over NEW or OLD. Only photos and videos with a date
    // count (what the chart shows); visibility NULL is stored as '' (both fail = 'archive' and
    // pass IS NOT 'archive', so the asset filter means the same on either table).
    const auto key = [](const char *row) {
        const QString r = QString::fromLatin1(row);
        return QStringLiteral("substr(%1.local_date_time, 1, 7), %1.owner_id, %1.sources & 3, "
                              "%1.type, IFNULL(%1.visibility, ''), %1.deleted_at IS NOT NULL")
            .arg(r);
    };
    const auto counted = [](const char *row) {
        return QStringLiteral("%1.type IN ('IMAGE', 'VIDEO') AND %1.local_date_time <> ''")
            .arg(QString::fromLatin1(row));
    };
    const auto matches = [](const char *row) {
        return QStringLiteral("month = substr(%1.local_date_time, 1, 7) AND owner_id = %1.owner_id"
                              " AND sources = (%1.sources & 3) AND type = %1.type"
                              " AND visibility = IFNULL(%1.visibility, '')"
                              " AND trashed = (%1.deleted_at IS NOT NULL)")
            .arg(QString::fromLatin1(row));
    };
    const QString cols = s("month, owner_id, sources, type, visibility, trashed");
    static const DerivedTable def {s("asset_months"),
        {s("asset_months"), s("asset_months_insert"), s("asset_months_delete"),
            s("asset_months_update")},
        {s("DROP TRIGGER IF EXISTS asset_months_insert"),
            s("DROP TRIGGER IF EXISTS asset_months_delete"),
            s("DROP TRIGGER IF EXISTS asset_months_update"),
            s("DROP TABLE IF EXISTS asset_months")},
        {
            QStringLiteral("CREATE TABLE asset_months (month TEXT NOT NULL, owner_id TEXT NOT NULL,"
                           " sources INTEGER NOT NULL, type TEXT NOT NULL, visibility TEXT NOT "
                           "NULL, trashed INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (%1))"
                           " WITHOUT ROWID")
                .arg(cols),
            QStringLiteral("INSERT INTO asset_months (%1, n) SELECT %2, COUNT(*) FROM assets a"
                           " NOT INDEXED WHERE %3 GROUP BY 1, 2, 3, 4, 5, 6")
                .arg(cols, key("a"), counted("a")),
            QStringLiteral("CREATE TRIGGER asset_months_insert AFTER INSERT ON assets WHEN %1"
                           " BEGIN INSERT INTO asset_months (%2, n) VALUES (%3, 1)"
                           " ON CONFLICT (%2) DO UPDATE SET n = n + 1; END")
                .arg(counted("NEW"), cols, key("NEW")),
            QStringLiteral("CREATE TRIGGER asset_months_delete AFTER DELETE ON assets WHEN %1"
                           " BEGIN UPDATE asset_months SET n = n - 1 WHERE %2; END")
                .arg(counted("OLD"), matches("OLD")),
            // Fires only when the asset moves to another summary row (an upsert rewrites every
            // column; most rewrites change none of the key).
            QStringLiteral(
                "CREATE TRIGGER asset_months_update AFTER UPDATE OF local_date_time, owner_id,"
                " sources, type, visibility, deleted_at ON assets"
                " WHEN (%1) IS NOT (%2) OR (%3) IS NOT (%4)"
                " BEGIN"
                " UPDATE asset_months SET n = n - 1 WHERE %1 AND %5;"
                " INSERT INTO asset_months (%6, n) SELECT %7, 1 WHERE %2"
                " ON CONFLICT (%6) DO UPDATE SET n = n + 1;"
                " END")
                .arg(counted("OLD"), counted("NEW"), key("OLD"), key("NEW"), matches("OLD"), cols,
                    key("NEW")),
        }};
    return def;
}

const QList<IndexDef> &browserIndexes()
{
    // Chosen for a 1,000,000-row asset browser:
    // - (local_date_time, id): default sort, both directions, keyset pagination.
    // - (owner_id, local_date_time, id): "mine"/"partner X" views, cascades, reconcile.
    // - (visibility, local_date_time, id): archive / hidden / locked views and the timeline.
    // - (original_file_name, id): sort by name with keyset.
    // - partial (deleted_at) and (stack_id): the trash and stacks are sparse, so these cost
    //   nearly nothing on insert.
    // Not indexed: type (IMAGE/VIDEO have too few values; the date index finds a page of either
    // quickly) and the file-name substring search (LIKE '%x%' cannot use an index).
    static const QList<IndexDef> list {
        {s("idx_assets_local_date"),
            s("CREATE INDEX IF NOT EXISTS idx_assets_local_date ON assets(local_date_time, id)")},
        {s("idx_assets_owner"),
            s("CREATE INDEX IF NOT EXISTS idx_assets_owner ON assets(owner_id, local_date_time, "
              "id)")},
        {s("idx_assets_visibility"),
            s("CREATE INDEX IF NOT EXISTS idx_assets_visibility ON assets(visibility, "
              "local_date_time, id)")},
        {s("idx_assets_file_name"),
            s("CREATE INDEX IF NOT EXISTS idx_assets_file_name ON assets(original_file_name, id)")},
        {s("idx_assets_trash"),
            s("CREATE INDEX IF NOT EXISTS idx_assets_trash ON assets(deleted_at) "
              "WHERE deleted_at IS NOT NULL")},
        {s("idx_assets_stack"),
            s("CREATE INDEX IF NOT EXISTS idx_assets_stack ON assets(stack_id) "
              "WHERE stack_id IS NOT NULL")},
    };
    return list;
}

const QList<Migration> &migrations()
{
    static const QList<Migration> list = [] {
        QList<Migration> m;
        // 1: every entity of the v2.7.5 stream.
        m.append({1, s("server entities"),
            {
                s("CREATE TABLE users ("
                  " id TEXT PRIMARY KEY, name TEXT, email TEXT, avatar_color TEXT, deleted_at TEXT,"
                  " has_profile_image INTEGER NOT NULL DEFAULT 0, profile_changed_at TEXT)"),
                // The PIN hash is never stored: only whether there is one.
                s("CREATE TABLE auth_user ("
                  " id TEXT PRIMARY KEY, name TEXT, email TEXT, avatar_color TEXT, deleted_at TEXT,"
                  " has_profile_image INTEGER NOT NULL DEFAULT 0, profile_changed_at TEXT,"
                  " is_admin INTEGER NOT NULL DEFAULT 0, has_pin_code INTEGER NOT NULL DEFAULT 0,"
                  " oauth_id TEXT, storage_label TEXT, quota_size_in_bytes INTEGER,"
                  " quota_usage_in_bytes INTEGER NOT NULL DEFAULT 0)"),
                s("CREATE TABLE partners ("
                  " shared_by_id TEXT NOT NULL, shared_with_id TEXT NOT NULL,"
                  " in_timeline INTEGER NOT NULL DEFAULT 0,"
                  " PRIMARY KEY (shared_by_id, shared_with_id))"),
                s("CREATE INDEX idx_partners_shared_with ON partners(shared_with_id)"),
                // local_date_time is NOT NULL ('' when the server sent null) so that keyset
                // pagination never compares with NULL.
                assetsTableSql(QStringLiteral("assets"), true),
                s("CREATE TABLE exif ("
                  " asset_id TEXT PRIMARY KEY, description TEXT, exif_image_width INTEGER,"
                  " exif_image_height INTEGER, file_size_in_byte INTEGER, iso INTEGER, rating "
                  "INTEGER,"
                  " orientation TEXT, time_zone TEXT, projection_type TEXT, city TEXT, state TEXT,"
                  " country TEXT, make TEXT, model TEXT, lens_model TEXT, exposure_time TEXT,"
                  " profile_description TEXT, date_time_original TEXT, modify_date TEXT,"
                  " latitude REAL, longitude REAL, f_number REAL, focal_length REAL, fps REAL)"),
                s("CREATE TABLE albums ("
                  " id TEXT PRIMARY KEY, owner_id TEXT, name TEXT, description TEXT, created_at "
                  "TEXT,"
                  " updated_at TEXT, thumbnail_asset_id TEXT, is_activity_enabled INTEGER NOT NULL "
                  "DEFAULT 0,"
                  " sort_order TEXT)"),
                s("CREATE TABLE album_users ("
                  " album_id TEXT NOT NULL, user_id TEXT NOT NULL, role TEXT,"
                  " PRIMARY KEY (album_id, user_id))"),
                s("CREATE INDEX idx_album_users_user ON album_users(user_id)"),
                s("CREATE TABLE album_assets ("
                  " album_id TEXT NOT NULL, asset_id TEXT NOT NULL, PRIMARY KEY (album_id, "
                  "asset_id))"),
                s("CREATE INDEX idx_album_assets_asset ON album_assets(asset_id)"),
                s("CREATE TABLE stacks ("
                  " id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT, primary_asset_id TEXT,"
                  " owner_id TEXT, asset_count INTEGER)"),
                s("CREATE INDEX idx_stacks_owner ON stacks(owner_id)"),
                s("CREATE TABLE memories ("
                  " id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT, deleted_at TEXT, "
                  "owner_id TEXT,"
                  " type TEXT, data TEXT, is_saved INTEGER NOT NULL DEFAULT 0, memory_at TEXT,"
                  " seen_at TEXT, show_at TEXT, hide_at TEXT)"),
                s("CREATE INDEX idx_memories_owner ON memories(owner_id)"),
                s("CREATE TABLE memory_assets ("
                  " memory_id TEXT NOT NULL, asset_id TEXT NOT NULL, PRIMARY KEY (memory_id, "
                  "asset_id))"),
                s("CREATE INDEX idx_memory_assets_asset ON memory_assets(asset_id)"),
                s("CREATE TABLE people ("
                  " id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT, owner_id TEXT, name "
                  "TEXT,"
                  " birth_date TEXT, is_hidden INTEGER NOT NULL DEFAULT 0,"
                  " is_favorite INTEGER NOT NULL DEFAULT 0, color TEXT, face_asset_id TEXT)"),
                s("CREATE INDEX idx_people_owner ON people(owner_id)"),
                s("CREATE TABLE asset_faces ("
                  " id TEXT PRIMARY KEY, asset_id TEXT NOT NULL, person_id TEXT,"
                  " image_width INTEGER, image_height INTEGER, bounding_box_x1 INTEGER,"
                  " bounding_box_y1 INTEGER, bounding_box_x2 INTEGER, bounding_box_y2 INTEGER,"
                  " source_type TEXT, deleted_at TEXT, is_visible INTEGER NOT NULL DEFAULT 1)"),
                s("CREATE INDEX idx_asset_faces_asset ON asset_faces(asset_id)"),
                s("CREATE INDEX idx_asset_faces_person ON asset_faces(person_id)"),
                s("CREATE TABLE user_metadata ("
                  " user_id TEXT NOT NULL, key TEXT NOT NULL, value TEXT, PRIMARY KEY (user_id, "
                  "key))"),
                s("CREATE TABLE asset_metadata ("
                  " asset_id TEXT NOT NULL, key TEXT NOT NULL, value TEXT, PRIMARY KEY (asset_id, "
                  "key))"),
                s("CREATE TABLE asset_edits ("
                  " id TEXT PRIMARY KEY, asset_id TEXT NOT NULL, action TEXT, parameters TEXT,"
                  " sequence INTEGER NOT NULL DEFAULT 0)"),
                s("CREATE INDEX idx_asset_edits_asset ON asset_edits(asset_id)"),
            }});
        // 2: what belongs to this installation.
        m.append({2, s("checkpoints, pending acks, run history, settings"),
            {
                s("CREATE TABLE checkpoints ("
                  " type TEXT PRIMARY KEY, ack TEXT NOT NULL, committed_at TEXT NOT NULL)"),
                s("CREATE TABLE pending_acks ("
                  " type TEXT PRIMARY KEY, ack TEXT NOT NULL, seq INTEGER NOT NULL,"
                  " recorded_at TEXT NOT NULL)"),
                s("CREATE TABLE pending_log ("
                  " seq INTEGER PRIMARY KEY, type TEXT NOT NULL, ack TEXT NOT NULL,"
                  " recorded_at TEXT NOT NULL)"),
                s("CREATE TABLE runs ("
                  " id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, mode TEXT NOT NULL,"
                  " started_at TEXT NOT NULL, finished_at TEXT, outcome TEXT NOT NULL,"
                  " error_text TEXT, bytes INTEGER NOT NULL DEFAULT 0, events INTEGER NOT NULL "
                  "DEFAULT 0,"
                  " type_counts TEXT, ack_requests INTEGER NOT NULL DEFAULT 0)"),
                s("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)"),
            }});
        // 3: the asset browser's indexes.
        Migration idx {3, s("asset browser indexes"), {}};
        for (const IndexDef &def : browserIndexes())
            idx.statements << def.createSql;
        m.append(idx);
        // 4: the same table with its key as a separate unique index (rowids kept).
        static const QString columns = s(
            "id, owner_id, original_file_name, thumbhash, checksum, file_created_at,"
            " file_modified_at, local_date_time, duration, duration_ms, type, deleted_at,"
            " is_favorite, visibility, live_photo_video_id, stack_id, library_id, width, height,"
            " is_edited, created_at, updated_at, is_offline, sources");
        Migration key {4, s("asset key as a droppable unique index"),
            {
                assetsTableSql(QStringLiteral("assets_v4"), false),
                QStringLiteral("INSERT INTO assets_v4 (rowid, %1) SELECT rowid, %1 FROM assets")
                    .arg(columns),
                s("DROP TABLE assets"),
                s("ALTER TABLE assets_v4 RENAME TO assets"),
                assetKeyIndex().createSql,
            }};
        for (const IndexDef &def : browserIndexes())
            key.statements << def.createSql;
        m.append(key);
        // 5: which asset fields are unknown (a row only full/delta-sync has written), and one
        // format per column whichever source wrote it (see "One truth per field" in
        // MirrorSchema.h).
        m.append({5, s("unknown asset fields; one date and duration format"),
            {
                s("ALTER TABLE assets ADD COLUMN unknown_fields INTEGER NOT NULL DEFAULT 0"),
                s("UPDATE exif SET date_time_original = strftime('%Y-%m-%dT%H:%M:%fZ', "
                  "date_time_original)"
                  " WHERE date_time_original IS NOT NULL AND date_time_original NOT LIKE '%Z'"
                  " AND strftime('%Y-%m-%dT%H:%M:%fZ', date_time_original) IS NOT NULL"),
                s("UPDATE exif SET modify_date = strftime('%Y-%m-%dT%H:%M:%fZ', modify_date)"
                  " WHERE modify_date IS NOT NULL AND modify_date NOT LIKE '%Z'"
                  " AND strftime('%Y-%m-%dT%H:%M:%fZ', modify_date) IS NOT NULL"),
                s("UPDATE assets SET duration = NULL WHERE duration IS NOT NULL"
                  " AND (type = 'IMAGE' OR duration = '0:00:00.00000')"),
            }});
        return m;
    }();
    return list;
}

int latestVersion()
{
    return migrations().constLast().version;
}

const QStringList &serverTables()
{
    static const QStringList list {s("users"), s("auth_user"), s("partners"), s("assets"),
        s("exif"), s("albums"), s("album_users"), s("album_assets"), s("stacks"), s("memories"),
        s("memory_assets"), s("people"), s("asset_faces"), s("user_metadata"), s("asset_metadata"),
        s("asset_edits")};
    return list;
}

const QStringList &localTables()
{
    static const QStringList list {
        s("checkpoints"), s("pending_acks"), s("pending_log"), s("runs"), s("settings")};
    return list;
}

} // namespace Tidemark::MirrorSchema
