// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The mirror's schema: ordered migrations keyed by PRAGMA user_version, plus the lists of tables
// the rest of the mirror works on. Internal to core/mirror; tests may read it.
//
// Conventions: ids are TEXT (the server's UUIDs, verbatim); date-times are the server's ISO text
// (UTC "…Z", sortable as text); booleans are INTEGER 0/1; free-form JSON objects are compact JSON
// TEXT. No FOREIGN KEY constraints: the stream's order legitimately references rows that have not
// arrived yet (exif before its asset, stackId/livePhotoVideoId/thumbnailAssetId/faceAssetId
// pointing ahead); the cascades the server never sends are done explicitly by MirrorStore.

// One truth per field (schema 5 on). Three sources write assets and exif: the sync stream
// (AssetV1/V2, PartnerAsset*, AlbumAsset*, the exif types), full-sync and delta-sync (REST
// AssetResponseDto). They do not know the same things, so each column has one rule:
//
// - Known to both, one canonical format whoever writes it (canonicalTime()/canonicalDuration()
//   in MirrorApply.cpp): every date-time column is UTC "yyyy-MM-ddTHH:mm:ss.zzzZ", the stream's
//   form (REST's exif dates "…T08:00:00+00:00" are converted); `duration` is NULL on images and
//   where REST says "0:00:00.00000" (its stand-in for none; the stream sends null). Columns:
//   owner_id, original_file_name, thumbhash, checksum, file_created_at, file_modified_at,
//   local_date_time, duration, type, visibility, live_photo_video_id, stack_id, library_id,
//   width, height, is_edited; exif: every column but the two below. Last writer wins.
// - is_favorite: the stream always (it carries the owner's flag, also on partner and album
//   assets); REST only for the account's own assets. REST hides a partner's favourite
//   (isFavorite false for non-owners): a REST row of a partner's asset never changes a stored
//   flag, and a new row gets 0 with unknown_fields bit 1 (AssetFavoriteUnknown).
// - deleted_at: the stream always (its deletedAt is the real time). REST says only isTrashed:
//   not trashed clears it; trashed keeps a stored time, else stores the REST updatedAt (the
//   latest the deletion can have happened, so trash filters and sorts still work) with
//   unknown_fields bit 2 (AssetDeletedAtUnknown): shown as unknown, never as a time.
// - unknown_fields: cleared by every stream row (the stream knows every field); REST rows set
//   the bits above and can only clear them by knowing the field (own favourite, not trashed).
// - created_at, updated_at, is_offline: REST only (AssetV1 carries none of them; AssetV2's
//   createdAt is kept by COALESCE). duration_ms: V2 streams only.
// - exif profile_description and fps: stream only (REST's exifInfo has neither): a REST row
//   never changes them.
// - sources: the union of the bits every writer brought.
// So feeding the stream then a full sync, or a full sync then the stream, leaves the same row
// (tests/mirror/mirror_sources.cpp, from the real v2.7.5 captures).

#include <QList>
#include <QString>
#include <QStringList>

namespace Tidemark::MirrorSchema {

struct Migration
{
    int version; //!< user_version after this migration
    QString description;
    QStringList statements;
};

//! All migrations, ascending by version, starting at 1.
const QList<Migration> &migrations();
int latestVersion();

//! Tables filled from the server (cleared by wipeServerData()).
const QStringList &serverTables();
//! Tables that belong to this installation (checkpoints, pending acks, runs, settings).
const QStringList &localTables();

//! Secondary indexes of the asset browser: name and CREATE statement. Dropped during a bulk
//! load and re-created afterwards (and on open when missing).
struct IndexDef
{
    QString name;
    QString createSql;
};
const QList<IndexDef> &browserIndexes();
//! The unique index on assets(id) (schema 4 on): the key of every asset upsert. A bulk load into
//! an empty table drops it, appends the rows and re-creates it (folding repeated ids) at the end.
const IndexDef &assetKeyIndex();

//! The overview's month chart, kept by the writer: `asset_months` counts photos and videos per
//! month of local_date_time and per (owner_id, sources & 3, type, visibility, trashed), and three
//! triggers on `assets` keep it exact in the same transaction as every insert, update and delete.
//! Counting the months from `assets` reads every row (about a second at a million assets); the
//! summary has a few thousand rows. It is derived data, like the browser indexes: a bulk load
//! drops it with them (no trigger cost per appended row), BrowserIndexBuilder builds it back with
//! one pass over the table, and a mirror without it (older files, headless runs) still answers
//! from `assets`. `statements` drop and re-create it (fill included): run them in one transaction.
struct DerivedTable
{
    QString name; //!< the table
    QStringList objects; //!< the table and its triggers (all present, or none)
    QStringList dropSql;
    QStringList createSql; //!< after dropSql: table, fill, triggers
};
const DerivedTable &monthSummary();

} // namespace Tidemark::MirrorSchema
