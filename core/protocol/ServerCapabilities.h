// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a server of a given version can do (docs/dev/protocol.md, "Server versions").
//
// The most important rule: never send a request type the server does not know, because one
// unknown value in `types` makes the whole `POST /sync/stream` fail with 400 (nothing streamed).
// So the set of request types is always derived from the version the server reports, and every
// type list a caller builds goes through filterRequestTypes() before it is sent.

#include "ServerVersion.h"
#include "SyncTypes.h"

#include <QList>

namespace Tidemark {

class ServerCapabilities
{
public:
    //! Capabilities of an unknown server (version 0.0.0): nothing is supported.
    ServerCapabilities() = default;
    explicit ServerCapabilities(ServerVersion version) : m_version(version) { }

    ServerVersion version() const { return m_version; }

    //! `POST /sync/stream` and the three `/sync/ack` endpoints exist (>= 1.127.0).
    bool hasSyncStream() const;
    //! `POST /sync/full-sync` and `/sync/delta-sync` exist (< 3.0.0; deprecated from 2.3.0).
    bool hasFullAndDeltaSync() const;
    //! The V1 asset request types were replaced by V2 ones (>= 3.0.0): AssetsV2, PartnerAssetsV2,
    //! AlbumAssetsV2; AssetsV1, PartnerAssetsV1, AlbumAssetsV1 and AssetFacesV1 then fail with 400.
    bool usesV2AssetTypes() const;
    //! Every run ends with a `SyncCompleteV1` line (>= 1.141.0). On older servers only a clean end
    //! of the body says that a run is complete.
    bool sendsSyncComplete() const;
    //! `SyncStreamDto.reset` exists (>= 1.136.0). Older servers ignore the member.
    bool supportsResetFlag() const;
    //! The `SyncResetV1` line carries the ack "SyncResetV1|reset" (>= 1.138.0).
    bool resetLineHasAck() const;
    //! Backfill entity types and `SyncAckV1` lines exist (>= 1.135.0).
    bool sendsBackfill() const;
    //! Album assets come as AlbumAssetCreateV1/UpdateV1 rather than AlbumAssetV1 (>= 1.138.0).
    bool splitsAlbumAssetCreateUpdate() const;
    //! The server rejects (400 "Only one ack per type is allowed", 1.130-1.135) or probably fails
    //! on (500, 1.127-1.129, unverified) two acks of the same type in one `POST /sync/ack`. The
    //! client sends one ack per type per request everywhere; this says whether it is a hard
    //! requirement.
    bool requiresOneAckPerType() const;
    //! Max strings per `POST /sync/ack` (1000, enforced from 1.136.0; also used below).
    int maxAcksPerRequest() const { return 1000; }

    bool supportsRequestType(SyncRequestType type) const;
    //! The first version that accepts a request type (V1 asset types also stop at 3.0.0).
    static ServerVersion firstVersion(SyncRequestType type);
    //! Every request type this server accepts, in the server's stream order.
    QList<SyncRequestType> supportedRequestTypes() const;
    //! The full set a desktop mirror asks for: everything supported, with AssetFacesV2 instead of
    //! AssetFacesV1 (>= 2.6.0; V1 faces can silently include invisible faces from 2.6.3), the V2
    //! asset types on >= 3.0.0, AlbumsV1 kept on v3 (AlbumsV2 drops `ownerId`, which we show), and
    //! without AssetOcrV1 (no payload we know).
    QList<SyncRequestType> defaultRequestTypes() const;
    //! `types` without the ones this server would reject, order preserved, duplicates removed.
    QList<SyncRequestType> filterRequestTypes(const QList<SyncRequestType> &types) const;

private:
    ServerVersion m_version;
};

} // namespace Tidemark
