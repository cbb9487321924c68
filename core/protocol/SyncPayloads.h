// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Typed payloads of the stream's `data` objects (OpenAPI v2.7.5 `Sync*` schemas;
// docs/dev/protocol.md).
//
// Conventions, chosen for a stream of a million lines:
// - Nullable strings are QString; a JSON null is a null QString (isNull()), "" stays
// empty-not-null.
// - Date-times are kept as the server's ISO-8601 text (IsoTime). The mirror stores them verbatim
//   and sorts them as text (all are UTC "…Z" with milliseconds); toDateTime() converts on demand,
//   which keeps QDateTime parsing off the hot path.
// - Nullable numbers are std::optional.
// - Free-form JSON objects (memory data, metadata values, edit parameters) stay QJsonObject.
// - Missing members (older servers) take their defaults; unknown members are ignored.

#include "SyncTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>

namespace Tidemark {

using IsoTime = QString;
//! Parses an IsoTime (with "Z" or an offset, with or without fraction); invalid for null/garbage.
QDateTime toDateTime(const IsoTime &text);

struct SyncUserV1
{
    QString id, name, email;
    QString avatarColor; // enum text, null when unset (absent before v1.136)
    IsoTime deletedAt;
    bool hasProfileImage = false;
    IsoTime profileChangedAt;
};

struct SyncAuthUserV1 : SyncUserV1
{
    bool isAdmin = false;
    QString pinCode; // bcrypt hash on the server, never shown
    QString oauthId;
    QString storageLabel;
    std::optional<qint64> quotaSizeInBytes;
    qint64 quotaUsageInBytes = 0;
};

struct SyncUserDeleteV1
{
    QString userId;
};

struct SyncPartnerV1
{
    QString sharedById, sharedWithId;
    bool inTimeline = false;
};
struct SyncPartnerDeleteV1
{
    QString sharedById, sharedWithId;
};

//! SyncAssetV1, and SyncAssetV2 (v3: adds createdAt, duration in milliseconds).
struct SyncAssetV1
{
    QString id, ownerId, originalFileName;
    QString thumbhash; // base64, null when none
    QString checksum; // base64 SHA-1
    IsoTime fileCreatedAt, fileModifiedAt, localDateTime;
    QString duration; // "HH:MM:SS.mmm" (V1), null for stills
    QString type; // IMAGE | VIDEO | AUDIO | OTHER
    IsoTime deletedAt; // non-null = in the trash
    bool isFavorite = false;
    QString visibility; // archive | timeline | hidden | locked
    QString livePhotoVideoId, stackId, libraryId;
    std::optional<qint64> width, height;
    bool isEdited = false;
    IsoTime createdAt; // V2 only
    std::optional<qint64> durationMs; // V2 only
};

struct SyncAssetDeleteV1
{
    QString assetId;
};

struct SyncAssetExifV1
{
    QString assetId;
    QString description;
    std::optional<qint64> exifImageWidth, exifImageHeight, fileSizeInByte, iso, rating;
    QString orientation, timeZone, projectionType, city, state, country, make, model, lensModel,
        exposureTime, profileDescription;
    IsoTime dateTimeOriginal, modifyDate;
    std::optional<double> latitude, longitude, fNumber, focalLength, fps;
};

//! SyncAlbumV1 and SyncAlbumV2 (v3 drops ownerId: empty then).
struct SyncAlbumV1
{
    QString id, ownerId, name, description;
    IsoTime createdAt, updatedAt;
    QString thumbnailAssetId;
    bool isActivityEnabled = false;
    QString order; // asc | desc
};
struct SyncAlbumDeleteV1
{
    QString albumId;
};
struct SyncAlbumUserV1
{
    QString albumId, userId, role;
};
struct SyncAlbumUserDeleteV1
{
    QString albumId, userId;
};
struct SyncAlbumToAssetV1
{
    QString albumId, assetId;
};
struct SyncAlbumToAssetDeleteV1
{
    QString albumId, assetId;
};

struct SyncMemoryV1
{
    QString id;
    IsoTime createdAt, updatedAt, deletedAt;
    QString ownerId, type;
    QJsonObject data;
    bool isSaved = false;
    IsoTime memoryAt, seenAt, showAt, hideAt;
};
struct SyncMemoryDeleteV1
{
    QString memoryId;
};
struct SyncMemoryAssetV1
{
    QString memoryId, assetId;
};
struct SyncMemoryAssetDeleteV1
{
    QString memoryId, assetId;
};

struct SyncStackV1
{
    QString id;
    IsoTime createdAt, updatedAt;
    QString primaryAssetId, ownerId;
};
struct SyncStackDeleteV1
{
    QString stackId;
};

struct SyncPersonV1
{
    QString id;
    IsoTime createdAt, updatedAt;
    QString ownerId, name;
    IsoTime birthDate;
    bool isHidden = false, isFavorite = false;
    QString color, faceAssetId;
};
struct SyncPersonDeleteV1
{
    QString personId;
};

//! SyncAssetFaceV1 and V2 (V2 adds deletedAt, isVisible; V1 rows count as visible).
struct SyncAssetFaceV1
{
    QString id, assetId, personId;
    qint64 imageWidth = 0, imageHeight = 0;
    qint64 boundingBoxX1 = 0, boundingBoxY1 = 0, boundingBoxX2 = 0, boundingBoxY2 = 0;
    QString sourceType;
    IsoTime deletedAt;
    bool isVisible = true;
};
struct SyncAssetFaceDeleteV1
{
    QString assetFaceId;
};

struct SyncUserMetadataV1
{
    QString userId, key;
    QJsonObject value;
};
struct SyncUserMetadataDeleteV1
{
    QString userId, key;
};
struct SyncAssetMetadataV1
{
    QString assetId, key;
    QJsonObject value;
};
struct SyncAssetMetadataDeleteV1
{
    QString assetId, key;
};

struct SyncAssetEditV1
{
    QString id, assetId, action; // crop | rotate | mirror
    QJsonObject parameters;
    qint64 sequence = 0;
};
struct SyncAssetEditDeleteV1
{
    QString editId;
};

//! SyncAckV1, SyncResetV1, SyncCompleteV1 and unknown types carry nothing we read.
struct SyncEmpty
{
};

using SyncPayload = std::variant<SyncEmpty, SyncUserV1, SyncAuthUserV1, SyncUserDeleteV1,
    SyncPartnerV1, SyncPartnerDeleteV1, SyncAssetV1, SyncAssetDeleteV1, SyncAssetExifV1,
    SyncAlbumV1, SyncAlbumDeleteV1, SyncAlbumUserV1, SyncAlbumUserDeleteV1, SyncAlbumToAssetV1,
    SyncAlbumToAssetDeleteV1, SyncMemoryV1, SyncMemoryDeleteV1, SyncMemoryAssetV1,
    SyncMemoryAssetDeleteV1, SyncStackV1, SyncStackDeleteV1, SyncPersonV1, SyncPersonDeleteV1,
    SyncAssetFaceV1, SyncAssetFaceDeleteV1, SyncUserMetadataV1, SyncUserMetadataDeleteV1,
    SyncAssetMetadataV1, SyncAssetMetadataDeleteV1, SyncAssetEditV1, SyncAssetEditDeleteV1>;

//! One line of the stream, parsed.
struct SyncEvent
{
    SyncEntityType type = SyncEntityType::Unknown;
    QString typeName; //!< the wire name, kept for unknown types
    QString ack; //!< verbatim; the only thing ever sent back to the server
    SyncPayload payload;
    QByteArray raw; //!< the line as received (without '\n'), implicitly shared
    qint64 lineNumber = 0; //!< 1-based line number in the response body
    qint64 byteOffset = 0; //!< offset of the line's first byte in the response body
};

} // namespace Tidemark
