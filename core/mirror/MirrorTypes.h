// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Value types shared by the mirror classes (MirrorStore, AckBook) and their callers:
// results, counts, the asset browser's filter/sort/rows and the record the full/delta-sync path
// fills from an AssetResponseDto.

#include "protocol/SyncPayloads.h"
#include "util/Error.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Tidemark {

//! A value or a typed error (kind Storage for SQLite failures, naming the file and SQLite's words).
template<typename T> struct MirrorResult
{
    T value {};
    Error error;

    MirrorResult() = default;
    MirrorResult(T v) : value(std::move(v)) { }
    MirrorResult(Error e) : error(std::move(e)) { }

    bool ok() const { return !error.isError(); }
    explicit operator bool() const { return ok(); }
    const T &operator*() const { return value; }
    const T *operator->() const { return &value; }
};

//! How an asset row reached the mirror; a row keeps the union of the bits it arrived with.
enum AssetSource : int {
    AssetSourceNone = 0,
    AssetSourceOwn = 1, //!< AssetV1/V2, own full-sync
    AssetSourcePartner = 2, //!< PartnerAsset*V1/V2, partner full-sync
    AssetSourceAlbum = 4, //!< AlbumAsset*V1/V2
};

//! assets.unknown_fields: fields only a REST answer (full/delta-sync) has described, which it
//! does not know (MirrorSchema.h, "One truth per field"). The stream clears them.
enum AssetUnknownField : int {
    AssetFieldsKnown = 0,
    AssetFavoriteUnknown = 1, //!< a partner's asset: REST hides the owner's favourite flag
    AssetDeletedAtUnknown = 2, //!< trashed, but REST does not say since when
};

//! What one apply call changed. For upserts "inserted" are new rows and "updated" rows that
//! existed before; "deleted" counts rows removed by delete events and by the cascades.
struct ApplyCounts
{
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 deleted = 0;
    qint64 cascaded = 0; //!< dependent rows removed by cascades (exif, links, faces, …)
    qint64 skipped = 0; //!< control lines, unknown types

    ApplyCounts &operator+=(const ApplyCounts &o)
    {
        inserted += o.inserted;
        updated += o.updated;
        deleted += o.deleted;
        cascaded += o.cascaded;
        skipped += o.skipped;
        return *this;
    }
    qint64 total() const { return inserted + updated + deleted; }
};

//! One asset from POST /sync/full-sync or /sync/delta-sync, reduced to what the mirror keeps.
//! The sync engine fills it from the API layer's AssetResponseDto.
struct MirrorAssetRecord
{
    SyncAssetV1 asset; //!< the same fields the stream carries (deletedAt empty)
    bool isTrashed = false; //!< AssetResponseDto.isTrashed (it has no deletion time)
    QString updatedAt; //!< AssetResponseDto.updatedAt (delta cursor)
    bool isOffline = false;
    std::optional<SyncAssetExifV1>
        exif; //!< exifInfo when present (assetId is filled in from asset.id)
    std::optional<SyncStackV1> stack; //!< stack {id, primaryAssetId} when present
    std::optional<qint64> stackAssetCount; //!< stack.assetCount
};

// ---- asset browser -------------------------------------------------------------------------

struct AssetFilter
{
    enum class Owner {
        Any,
        Me, //!< owner is the account's user (auth_user, else the "own" source bit)
        Partners, //!< not mine, arrived through a partner share
        Others //!< neither mine nor a partner's (album-only)
    };
    Owner owner = Owner::Any;
    QStringList types; //!< IMAGE/VIDEO/AUDIO/OTHER; empty = any
    std::optional<bool> favorite; //!< is_favorite
    std::optional<bool> archived; //!< visibility == archive
    std::optional<bool> trashed; //!< deleted_at set
    std::optional<bool> hidden; //!< visibility == hidden (live-photo motion parts)
    std::optional<bool> locked; //!< visibility == locked
    QString albumId; //!< only assets linked to this album
    QString ownerId; //!< only this owner (in addition to `owner`)
    QDate from, to; //!< inclusive range on localDateTime's date; invalid = open
    QString fileNameContains; //!< case-insensitive (ASCII) substring of originalFileName

    //! The main timeline: not trashed, visibility timeline (own and partner assets).
    static AssetFilter timeline()
    {
        AssetFilter f;
        f.trashed = false;
        f.archived = false;
        f.hidden = false;
        f.locked = false;
        return f;
    }
};

struct AssetSort
{
    enum class Key { LocalDateTime, FileName, FileCreatedAt };
    Key key = Key::LocalDateTime;
    bool descending = true;
};

//! Keyset position: the sort value and id of the last row of the previous page.
struct AssetCursor
{
    QString sortValue;
    QString id;
    bool isNull() const { return id.isEmpty(); }
};

struct AssetPageRequest
{
    int limit = 200;
    int offset = 0; //!< used only when `after` is null
    AssetCursor after; //!< keyset continuation (preferred for large offsets)
};

//! A compact asset row for list and grid views.
struct AssetRow
{
    QString id, ownerId, originalFileName, type, visibility, thumbhash, checksum, duration;
    QString localDateTime; //!< verbatim ISO text (wall-clock time encoded as UTC)
    QString fileCreatedAt; //!< verbatim ISO text
    QString deletedAt; //!< null unless trashed
    bool isFavorite = false;
    std::optional<qint64> width, height;
    std::optional<qint64> durationMs; //!< from V2 streams, or parsed from the duration text
    int sources = AssetSourceNone;
    int unknownFields = AssetFieldsKnown; //!< AssetUnknownField bits
    bool isOwn = false; //!< owner is the account's user
    bool isPartner = false; //!< arrived through a partner share
    bool inAlbum = false; //!< linked to at least one album we hold
    QString stackId, livePhotoVideoId;

    bool isTrashed() const { return !deletedAt.isNull(); }
    AssetCursor cursor(const AssetSort &sort) const;
};

//! Every stored field of one asset, its exif row, and its album ids.
struct AssetDetails
{
    SyncAssetV1 asset;
    QString updatedAt;
    bool isOffline = false;
    int sources = AssetSourceNone;
    int unknownFields = AssetFieldsKnown; //!< AssetUnknownField bits
    std::optional<SyncAssetExifV1> exif;
    QStringList albumIds;
    int faceCount = 0;
};

//! Assets per calendar month of localDateTime ("2024-05").
struct MonthBucket
{
    QString month;
    qint64 ownPhotos = 0, ownVideos = 0, partnerPhotos = 0, partnerVideos = 0;
    qint64 otherPhotos = 0, otherVideos = 0; //!< album-only assets of other users
    qint64 total() const
    {
        return ownPhotos + ownVideos + partnerPhotos + partnerVideos + otherPhotos + otherVideos;
    }
};

//! Row counts of every server-derived table, keyed by table name ("assets", "exif", …).
using MirrorTableCounts = QMap<QString, qint64>;

} // namespace Tidemark
