// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The vocabulary of the Immich sync protocol: request types (what a client asks the stream for)
// and entity types (what each stream line is). Names are the exact wire strings.
//
// Why enums and not strings everywhere: the server rejects a whole stream request with 400 when
// one request type is unknown to it, and it sends entity types we may not know (a newer server).
// Both facts need a closed set on our side plus an explicit "Unknown".

#include <QList>
#include <QString>
#include <QStringView>

namespace Tidemark {

enum class SyncRequestType {
    AuthUsersV1,
    UsersV1,
    PartnersV1,
    AssetsV1,
    AssetsV2,
    StacksV1,
    PartnerAssetsV1,
    PartnerAssetsV2,
    PartnerStacksV1,
    AlbumAssetsV1,
    AlbumAssetsV2,
    AlbumsV1,
    AlbumsV2,
    AlbumUsersV1,
    AlbumToAssetsV1,
    AssetExifsV1,
    AlbumAssetExifsV1,
    PartnerAssetExifsV1,
    MemoriesV1,
    MemoryToAssetsV1,
    PeopleV1,
    AssetFacesV1,
    AssetFacesV2,
    UserMetadataV1,
    AssetMetadataV1,
    AssetEditsV1,
    AssetOcrV1,
    Unknown
};

enum class SyncEntityType {
    AuthUserV1,
    UserV1,
    UserDeleteV1,
    PartnerV1,
    PartnerDeleteV1,
    AssetV1,
    AssetV2,
    AssetDeleteV1,
    AssetExifV1,
    StackV1,
    StackDeleteV1,
    PartnerAssetV1,
    PartnerAssetV2,
    PartnerAssetBackfillV1,
    PartnerAssetBackfillV2,
    PartnerAssetDeleteV1,
    PartnerAssetExifV1,
    PartnerAssetExifBackfillV1,
    PartnerStackV1,
    PartnerStackBackfillV1,
    PartnerStackDeleteV1,
    AlbumV1,
    AlbumV2,
    AlbumDeleteV1,
    AlbumUserV1,
    AlbumUserBackfillV1,
    AlbumUserDeleteV1,
    AlbumAssetV1, // v1.136-v1.137 only; replaced by Create/Update in v1.138
    AlbumAssetCreateV1,
    AlbumAssetUpdateV1,
    AlbumAssetBackfillV1,
    AlbumAssetCreateV2,
    AlbumAssetUpdateV2,
    AlbumAssetBackfillV2,
    AlbumAssetExifV1, // v1.136-v1.137 only
    AlbumAssetExifCreateV1,
    AlbumAssetExifUpdateV1,
    AlbumAssetExifBackfillV1,
    AlbumToAssetV1,
    AlbumToAssetBackfillV1,
    AlbumToAssetDeleteV1,
    MemoryV1,
    MemoryDeleteV1,
    MemoryToAssetV1,
    MemoryToAssetDeleteV1,
    PersonV1,
    PersonDeleteV1,
    AssetFaceV1,
    AssetFaceV2,
    AssetFaceDeleteV1,
    UserMetadataV1,
    UserMetadataDeleteV1,
    AssetMetadataV1,
    AssetMetadataDeleteV1,
    AssetEditV1,
    AssetEditDeleteV1,
    SyncAckV1,
    SyncResetV1,
    SyncCompleteV1,
    Unknown
};

//! Wire name of a request type ("AssetsV1"); empty for Unknown.
QString requestTypeName(SyncRequestType type);
//! Parses a wire name; Unknown when the name is not one we know.
SyncRequestType requestTypeFromName(QStringView name);
//! Every request type except Unknown, in the server's fixed stream order (v2.7.5 order, with the
//! v3 additions placed beside their V1 counterparts).
const QList<SyncRequestType> &allRequestTypes();

//! Wire name of an entity type ("AssetV1"); empty for Unknown.
QString entityTypeName(SyncEntityType type);
//! Parses a wire name; Unknown when the name is not one we know. Accepts Latin-1 bytes too, so the
//! hot path can look up a type without building a QString.
SyncEntityType entityTypeFromName(QStringView name);
SyncEntityType entityTypeFromName(QLatin1StringView name);
//! Every entity type except Unknown.
const QList<SyncEntityType> &allEntityTypes();

//! The entity types a request type makes the server emit, in stream order (docs/dev/protocol.md).
QList<SyncEntityType> entityTypesOf(SyncRequestType type);
//! The request type that produces an entity type (Unknown for the control types).
SyncRequestType requestTypeOf(SyncEntityType type);

//! Control lines carry no data: SyncAckV1, SyncResetV1, SyncCompleteV1.
bool isControlType(SyncEntityType type);
//! Delete events (…DeleteV1).
bool isDeleteType(SyncEntityType type);
//! Backfill events (…BackfillV1/V2).
bool isBackfillType(SyncEntityType type);

} // namespace Tidemark
