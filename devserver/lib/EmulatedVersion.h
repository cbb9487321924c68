// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The server version being emulated and everything that depends on it: which request and entity
// types exist, the order the server processes request types in, payload shapes and quirks.

#include <QList>
#include <QString>
#include <QStringList>

namespace TidemarkDev {

//! Entity types (the "type" of a stream line / the prefix of an ack). The first block follows the
//! order of the v2.7.5 SyncEntityType enum; the rest existed only before or only after it.
enum class Ent : quint8 {
    AuthUserV1,
    UserV1,
    UserDeleteV1,
    AssetV1,
    AssetDeleteV1,
    AssetExifV1,
    AssetEditV1,
    AssetEditDeleteV1,
    AssetMetadataV1,
    AssetMetadataDeleteV1,
    PartnerV1,
    PartnerDeleteV1,
    PartnerAssetV1,
    PartnerAssetBackfillV1,
    PartnerAssetDeleteV1,
    PartnerAssetExifV1,
    PartnerAssetExifBackfillV1,
    PartnerStackBackfillV1,
    PartnerStackDeleteV1,
    PartnerStackV1,
    AlbumV1,
    AlbumDeleteV1,
    AlbumUserV1,
    AlbumUserBackfillV1,
    AlbumUserDeleteV1,
    AlbumAssetCreateV1,
    AlbumAssetUpdateV1,
    AlbumAssetBackfillV1,
    AlbumAssetExifCreateV1,
    AlbumAssetExifUpdateV1,
    AlbumAssetExifBackfillV1,
    AlbumToAssetV1,
    AlbumToAssetDeleteV1,
    AlbumToAssetBackfillV1,
    MemoryV1,
    MemoryDeleteV1,
    MemoryToAssetV1,
    MemoryToAssetDeleteV1,
    StackV1,
    StackDeleteV1,
    PersonV1,
    PersonDeleteV1,
    AssetFaceV1,
    AssetFaceV2,
    AssetFaceDeleteV1,
    UserMetadataV1,
    UserMetadataDeleteV1,
    SyncAckV1,
    SyncResetV1,
    SyncCompleteV1,
    // v1.136-v1.137 only
    AlbumAssetV1,
    AlbumAssetExifV1,
    // v3.0+
    AssetV2,
    PartnerAssetV2,
    PartnerAssetBackfillV2,
    AlbumAssetCreateV2,
    AlbumAssetUpdateV2,
    AlbumAssetBackfillV2,
    AlbumV2,
    AssetOcrV1,
    AssetOcrDeleteV1,
    Count
};

//! Request types (SyncStreamDto.types). The first block follows the v2.7.5 SyncRequestType enum.
enum class Req : quint8 {
    AlbumsV1,
    AlbumUsersV1,
    AlbumToAssetsV1,
    AlbumAssetsV1,
    AlbumAssetExifsV1,
    AssetsV1,
    AssetExifsV1,
    AssetEditsV1,
    AssetMetadataV1,
    AuthUsersV1,
    MemoriesV1,
    MemoryToAssetsV1,
    PartnersV1,
    PartnerAssetsV1,
    PartnerAssetExifsV1,
    PartnerStacksV1,
    StacksV1,
    UsersV1,
    PeopleV1,
    AssetFacesV1,
    AssetFacesV2,
    UserMetadataV1,
    AssetsV2,
    PartnerAssetsV2,
    AlbumAssetsV2,
    AlbumsV2,
    AssetOcrV1,
    Count
};

const char *entName(Ent e);
const char *reqName(Req r);
bool entFromName(QByteArrayView name, Ent *out);
bool reqFromName(QByteArrayView name, Req *out);

class EmulatedVersion
{
public:
    EmulatedVersion(int major = 2, int minor = 7, int patch = 5)
        : m_major(major), m_minor(minor), m_patch(patch)
    { }
    static EmulatedVersion fromString(const QString &s, bool *ok = nullptr);
    //! The versions the emulation is written against (others work and use the nearest gates).
    static QStringList knownVersions();

    int major() const { return m_major; }
    int minor() const { return m_minor; }
    int patch() const { return m_patch; }
    QString toString() const;
    int code() const { return m_major * 1000000 + m_minor * 1000 + m_patch; }
    bool atLeast(int major, int minor, int patch = 0) const
    {
        return code() >= major * 1000000 + minor * 1000 + patch;
    }

    bool hasSyncStream() const { return atLeast(1, 127); }
    bool hasFullDeltaSync() const { return !atLeast(3, 0); }
    bool hasPartnerBackfill() const { return atLeast(1, 135, 0); }
    bool hasAlbumUserBackfill() const { return atLeast(1, 135, 1); }
    bool hasReset() const { return atLeast(1, 136); }
    bool resetLineHasAck() const { return atLeast(1, 138); }
    bool albumAssetSplit() const { return atLeast(1, 138); }
    bool hasComplete() const { return atLeast(1, 141); }
    bool limitsAcksTo1000() const { return atLeast(1, 136); }
    bool rejectsDuplicateAckTypes() const { return atLeast(1, 130) && !atLeast(1, 136); }
    bool v2AssetTypes() const { return atLeast(3, 0); }
    bool filtersInvisibleFacesV1() const { return !atLeast(2, 6, 3); }
    // payload shapes
    bool assetHasVisibility() const { return atLeast(1, 133); }
    bool assetHasFileNameAndDuration() const { return atLeast(1, 135); }
    bool assetHasLiveAndStack() const { return atLeast(1, 136); }
    bool assetHasLibraryId() const { return atLeast(1, 137); }
    bool assetHasDimensions() const { return atLeast(2, 5); }
    bool userHasAvatarColor() const { return atLeast(1, 136); }
    bool userHasProfileFields() const { return atLeast(1, 137); }
    bool responseHasCreatedAt() const { return atLeast(1, 140); }

    bool isRequestTypeValid(Req r) const;
    bool isEntityTypeValid(Ent e) const;
    //! Valid request types in the order the validation message lists them.
    QList<Req> requestTypesForMessage() const;
    QList<Ent> entityTypesForMessage() const;
    //! Order in which the server processes request types.
    QList<Req> processingOrder() const;

private:
    int m_major, m_minor, m_patch;
};

} // namespace TidemarkDev
