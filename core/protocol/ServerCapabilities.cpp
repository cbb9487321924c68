// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerCapabilities.h"

namespace Tidemark {

namespace {
constexpr ServerVersion V(int a, int b, int c = 0)
{
    return {a, b, c};
}
} // namespace

bool ServerCapabilities::hasSyncStream() const
{
    return m_version >= V(1, 127);
}
bool ServerCapabilities::hasFullAndDeltaSync() const
{
    return m_version.isValid() && m_version < V(3, 0);
}
bool ServerCapabilities::usesV2AssetTypes() const
{
    return m_version >= V(3, 0);
}
bool ServerCapabilities::sendsSyncComplete() const
{
    return m_version >= V(1, 141);
}
bool ServerCapabilities::supportsResetFlag() const
{
    return m_version >= V(1, 136);
}
bool ServerCapabilities::resetLineHasAck() const
{
    return m_version >= V(1, 138);
}
bool ServerCapabilities::sendsBackfill() const
{
    return m_version >= V(1, 135);
}
bool ServerCapabilities::splitsAlbumAssetCreateUpdate() const
{
    return m_version >= V(1, 138);
}

bool ServerCapabilities::requiresOneAckPerType() const
{
    return m_version >= V(1, 127) && m_version < V(1, 136);
}

ServerVersion ServerCapabilities::firstVersion(SyncRequestType type)
{
    using R = SyncRequestType;
    switch (type) {
    case R::UsersV1:
        return V(1, 127);
    case R::PartnersV1:
        return V(1, 129);
    case R::AssetsV1:
    case R::AssetExifsV1:
    case R::PartnerAssetsV1:
    case R::PartnerAssetExifsV1:
        return V(1, 130);
    case R::AlbumsV1:
    case R::AlbumUsersV1:
        return V(1, 133);
    case R::AuthUsersV1:
    case R::StacksV1:
    case R::PartnerStacksV1:
    case R::AlbumAssetsV1:
    case R::AlbumToAssetsV1:
    case R::AlbumAssetExifsV1:
    case R::MemoriesV1:
    case R::MemoryToAssetsV1:
    case R::PeopleV1:
    case R::AssetFacesV1:
    case R::UserMetadataV1:
        return V(1, 136);
    case R::AssetMetadataV1:
        return V(1, 140);
    case R::AssetEditsV1:
    case R::AssetFacesV2:
        return V(2, 6);
    case R::AssetsV2:
    case R::PartnerAssetsV2:
    case R::AlbumAssetsV2:
    case R::AlbumsV2:
    case R::AssetOcrV1:
        return V(3, 0);
    case R::Unknown:
        break;
    }
    return V(999, 0);
}

bool ServerCapabilities::supportsRequestType(SyncRequestType type) const
{
    if (type == SyncRequestType::Unknown || !hasSyncStream())
        return false;
    if (m_version < firstVersion(type))
        return false;
    if (usesV2AssetTypes()) {
        switch (type) {
        case SyncRequestType::AssetsV1:
        case SyncRequestType::PartnerAssetsV1:
        case SyncRequestType::AlbumAssetsV1:
        case SyncRequestType::AssetFacesV1:
            return false;
        default:
            break;
        }
    }
    return true;
}

QList<SyncRequestType> ServerCapabilities::supportedRequestTypes() const
{
    QList<SyncRequestType> out;
    for (SyncRequestType t : allRequestTypes())
        if (supportsRequestType(t))
            out.append(t);
    return out;
}

QList<SyncRequestType> ServerCapabilities::defaultRequestTypes() const
{
    using R = SyncRequestType;
    QList<SyncRequestType> out;
    for (SyncRequestType t : supportedRequestTypes()) {
        if (t == R::AssetFacesV1 && supportsRequestType(R::AssetFacesV2))
            continue;
        if (t == R::AlbumsV2 || t == R::AssetOcrV1)
            continue;
        out.append(t);
    }
    return out;
}

QList<SyncRequestType> ServerCapabilities::filterRequestTypes(
    const QList<SyncRequestType> &types) const
{
    QList<SyncRequestType> out;
    for (SyncRequestType t : types)
        if (supportsRequestType(t) && !out.contains(t))
            out.append(t);
    return out;
}

} // namespace Tidemark
