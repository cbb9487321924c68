// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncTypes.h"

#include <QHash>

#include <array>
#include <utility>

namespace Tidemark {

namespace {

struct RequestInfo
{
    SyncRequestType type;
    const char *name;
    std::initializer_list<SyncEntityType> entities;
};

using E = SyncEntityType;
using R = SyncRequestType;

// Server stream order (docs/dev/protocol.md, "Stream lines and key members"), V2/v3 types beside
// their V1 counterparts.
const std::array<RequestInfo, 27> kRequests {{
    {R::AuthUsersV1, "AuthUsersV1", {E::AuthUserV1}},
    {R::UsersV1, "UsersV1", {E::UserDeleteV1, E::UserV1}},
    {R::PartnersV1, "PartnersV1", {E::PartnerDeleteV1, E::PartnerV1}},
    {R::AssetsV1, "AssetsV1", {E::AssetDeleteV1, E::AssetV1}},
    {R::AssetsV2, "AssetsV2", {E::AssetDeleteV1, E::AssetV2}},
    {R::StacksV1, "StacksV1", {E::StackDeleteV1, E::StackV1}},
    {R::PartnerAssetsV1, "PartnerAssetsV1",
        {E::PartnerAssetDeleteV1, E::PartnerAssetBackfillV1, E::PartnerAssetV1}},
    {R::PartnerAssetsV2, "PartnerAssetsV2",
        {E::PartnerAssetDeleteV1, E::PartnerAssetBackfillV2, E::PartnerAssetV2}},
    {R::PartnerStacksV1, "PartnerStacksV1",
        {E::PartnerStackDeleteV1, E::PartnerStackBackfillV1, E::PartnerStackV1}},
    {R::AlbumAssetsV1, "AlbumAssetsV1",
        {E::AlbumAssetBackfillV1, E::AlbumAssetUpdateV1, E::AlbumAssetCreateV1, E::AlbumAssetV1}},
    {R::AlbumAssetsV2, "AlbumAssetsV2",
        {E::AlbumAssetBackfillV2, E::AlbumAssetUpdateV2, E::AlbumAssetCreateV2}},
    {R::AlbumsV1, "AlbumsV1", {E::AlbumDeleteV1, E::AlbumV1}},
    {R::AlbumsV2, "AlbumsV2", {E::AlbumDeleteV1, E::AlbumV2}},
    {R::AlbumUsersV1, "AlbumUsersV1",
        {E::AlbumUserDeleteV1, E::AlbumUserBackfillV1, E::AlbumUserV1}},
    {R::AlbumToAssetsV1, "AlbumToAssetsV1",
        {E::AlbumToAssetDeleteV1, E::AlbumToAssetBackfillV1, E::AlbumToAssetV1}},
    {R::AssetExifsV1, "AssetExifsV1", {E::AssetExifV1}},
    {R::AlbumAssetExifsV1, "AlbumAssetExifsV1",
        {E::AlbumAssetExifBackfillV1, E::AlbumAssetExifUpdateV1, E::AlbumAssetExifCreateV1,
            E::AlbumAssetExifV1}},
    {R::PartnerAssetExifsV1, "PartnerAssetExifsV1",
        {E::PartnerAssetExifBackfillV1, E::PartnerAssetExifV1}},
    {R::MemoriesV1, "MemoriesV1", {E::MemoryDeleteV1, E::MemoryV1}},
    {R::MemoryToAssetsV1, "MemoryToAssetsV1", {E::MemoryToAssetDeleteV1, E::MemoryToAssetV1}},
    {R::PeopleV1, "PeopleV1", {E::PersonDeleteV1, E::PersonV1}},
    {R::AssetFacesV1, "AssetFacesV1", {E::AssetFaceDeleteV1, E::AssetFaceV1}},
    {R::AssetFacesV2, "AssetFacesV2", {E::AssetFaceDeleteV1, E::AssetFaceV2}},
    {R::UserMetadataV1, "UserMetadataV1", {E::UserMetadataDeleteV1, E::UserMetadataV1}},
    {R::AssetMetadataV1, "AssetMetadataV1", {E::AssetMetadataDeleteV1, E::AssetMetadataV1}},
    {R::AssetEditsV1, "AssetEditsV1", {E::AssetEditDeleteV1, E::AssetEditV1}},
    {R::AssetOcrV1, "AssetOcrV1", {}},
}};

const std::array<std::pair<SyncEntityType, const char *>, 59> kEntities {{
    {E::AuthUserV1, "AuthUserV1"},
    {E::UserV1, "UserV1"},
    {E::UserDeleteV1, "UserDeleteV1"},
    {E::PartnerV1, "PartnerV1"},
    {E::PartnerDeleteV1, "PartnerDeleteV1"},
    {E::AssetV1, "AssetV1"},
    {E::AssetV2, "AssetV2"},
    {E::AssetDeleteV1, "AssetDeleteV1"},
    {E::AssetExifV1, "AssetExifV1"},
    {E::StackV1, "StackV1"},
    {E::StackDeleteV1, "StackDeleteV1"},
    {E::PartnerAssetV1, "PartnerAssetV1"},
    {E::PartnerAssetV2, "PartnerAssetV2"},
    {E::PartnerAssetBackfillV1, "PartnerAssetBackfillV1"},
    {E::PartnerAssetBackfillV2, "PartnerAssetBackfillV2"},
    {E::PartnerAssetDeleteV1, "PartnerAssetDeleteV1"},
    {E::PartnerAssetExifV1, "PartnerAssetExifV1"},
    {E::PartnerAssetExifBackfillV1, "PartnerAssetExifBackfillV1"},
    {E::PartnerStackV1, "PartnerStackV1"},
    {E::PartnerStackBackfillV1, "PartnerStackBackfillV1"},
    {E::PartnerStackDeleteV1, "PartnerStackDeleteV1"},
    {E::AlbumV1, "AlbumV1"},
    {E::AlbumV2, "AlbumV2"},
    {E::AlbumDeleteV1, "AlbumDeleteV1"},
    {E::AlbumUserV1, "AlbumUserV1"},
    {E::AlbumUserBackfillV1, "AlbumUserBackfillV1"},
    {E::AlbumUserDeleteV1, "AlbumUserDeleteV1"},
    {E::AlbumAssetV1, "AlbumAssetV1"},
    {E::AlbumAssetCreateV1, "AlbumAssetCreateV1"},
    {E::AlbumAssetUpdateV1, "AlbumAssetUpdateV1"},
    {E::AlbumAssetBackfillV1, "AlbumAssetBackfillV1"},
    {E::AlbumAssetCreateV2, "AlbumAssetCreateV2"},
    {E::AlbumAssetUpdateV2, "AlbumAssetUpdateV2"},
    {E::AlbumAssetBackfillV2, "AlbumAssetBackfillV2"},
    {E::AlbumAssetExifV1, "AlbumAssetExifV1"},
    {E::AlbumAssetExifCreateV1, "AlbumAssetExifCreateV1"},
    {E::AlbumAssetExifUpdateV1, "AlbumAssetExifUpdateV1"},
    {E::AlbumAssetExifBackfillV1, "AlbumAssetExifBackfillV1"},
    {E::AlbumToAssetV1, "AlbumToAssetV1"},
    {E::AlbumToAssetBackfillV1, "AlbumToAssetBackfillV1"},
    {E::AlbumToAssetDeleteV1, "AlbumToAssetDeleteV1"},
    {E::MemoryV1, "MemoryV1"},
    {E::MemoryDeleteV1, "MemoryDeleteV1"},
    {E::MemoryToAssetV1, "MemoryToAssetV1"},
    {E::MemoryToAssetDeleteV1, "MemoryToAssetDeleteV1"},
    {E::PersonV1, "PersonV1"},
    {E::PersonDeleteV1, "PersonDeleteV1"},
    {E::AssetFaceV1, "AssetFaceV1"},
    {E::AssetFaceV2, "AssetFaceV2"},
    {E::AssetFaceDeleteV1, "AssetFaceDeleteV1"},
    {E::UserMetadataV1, "UserMetadataV1"},
    {E::UserMetadataDeleteV1, "UserMetadataDeleteV1"},
    {E::AssetMetadataV1, "AssetMetadataV1"},
    {E::AssetMetadataDeleteV1, "AssetMetadataDeleteV1"},
    {E::AssetEditV1, "AssetEditV1"},
    {E::AssetEditDeleteV1, "AssetEditDeleteV1"},
    {E::SyncAckV1, "SyncAckV1"},
    {E::SyncResetV1, "SyncResetV1"},
    {E::SyncCompleteV1, "SyncCompleteV1"},
}};

const QHash<QString, SyncEntityType> &entityIndex()
{
    static const QHash<QString, SyncEntityType> index = [] {
        QHash<QString, SyncEntityType> h;
        for (const auto &[type, name] : kEntities)
            h.insert(QString::fromLatin1(name), type);
        return h;
    }();
    return index;
}

} // namespace

QString requestTypeName(SyncRequestType type)
{
    for (const auto &info : kRequests)
        if (info.type == type)
            return QString::fromLatin1(info.name);
    return {};
}

SyncRequestType requestTypeFromName(QStringView name)
{
    for (const auto &info : kRequests)
        if (name == QLatin1StringView(info.name))
            return info.type;
    return SyncRequestType::Unknown;
}

const QList<SyncRequestType> &allRequestTypes()
{
    static const QList<SyncRequestType> all = [] {
        QList<SyncRequestType> l;
        for (const auto &info : kRequests)
            l.append(info.type);
        return l;
    }();
    return all;
}

QString entityTypeName(SyncEntityType type)
{
    for (const auto &[t, name] : kEntities)
        if (t == type)
            return QString::fromLatin1(name);
    return {};
}

SyncEntityType entityTypeFromName(QStringView name)
{
    return entityIndex().value(name.toString(), SyncEntityType::Unknown);
}

SyncEntityType entityTypeFromName(QLatin1StringView name)
{
    for (const auto &[t, n] : kEntities)
        if (name == QLatin1StringView(n))
            return t;
    return SyncEntityType::Unknown;
}

const QList<SyncEntityType> &allEntityTypes()
{
    static const QList<SyncEntityType> all = [] {
        QList<SyncEntityType> l;
        for (const auto &[t, name] : kEntities)
            l.append(t);
        return l;
    }();
    return all;
}

QList<SyncEntityType> entityTypesOf(SyncRequestType type)
{
    for (const auto &info : kRequests)
        if (info.type == type)
            return QList<SyncEntityType>(info.entities.begin(), info.entities.end());
    return {};
}

SyncRequestType requestTypeOf(SyncEntityType type)
{
    if (isControlType(type) || type == SyncEntityType::Unknown)
        return SyncRequestType::Unknown;
    for (const auto &info : kRequests)
        for (auto e : info.entities)
            if (e == type && !(type == E::AssetDeleteV1 && info.type != R::AssetsV1)
                && !(type == E::AlbumDeleteV1 && info.type != R::AlbumsV1)
                && !(type == E::AssetFaceDeleteV1 && info.type != R::AssetFacesV1)
                && !(type == E::PartnerAssetDeleteV1 && info.type != R::PartnerAssetsV1))
                return info.type;
    return SyncRequestType::Unknown;
}

bool isControlType(SyncEntityType type)
{
    return type == E::SyncAckV1 || type == E::SyncResetV1 || type == E::SyncCompleteV1;
}

bool isDeleteType(SyncEntityType type)
{
    return entityTypeName(type).endsWith(QLatin1StringView("DeleteV1"));
}

bool isBackfillType(SyncEntityType type)
{
    const QString n = entityTypeName(type);
    return n.endsWith(QLatin1StringView("BackfillV1"))
        || n.endsWith(QLatin1StringView("BackfillV2"));
}

} // namespace Tidemark
