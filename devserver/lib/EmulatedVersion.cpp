// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmulatedVersion.h"

#include <QByteArrayView>

namespace TidemarkDev {

namespace {

struct EntInfo
{
    const char *name;
    int since; // version code
    int until; // exclusive, 0 = still present
};

constexpr int V(int a, int b, int c = 0)
{
    return a * 1000000 + b * 1000 + c;
}

const EntInfo kEnts[] = {
    {"AuthUserV1", V(1, 136), 0},
    {"UserV1", V(1, 127), 0},
    {"UserDeleteV1", V(1, 127), 0},
    {"AssetV1", V(1, 130), 0},
    {"AssetDeleteV1", V(1, 130), 0},
    {"AssetExifV1", V(1, 130), 0},
    {"AssetEditV1", V(2, 6), 0},
    {"AssetEditDeleteV1", V(2, 6), 0},
    {"AssetMetadataV1", V(1, 140), 0},
    {"AssetMetadataDeleteV1", V(1, 140), 0},
    {"PartnerV1", V(1, 129), 0},
    {"PartnerDeleteV1", V(1, 129), 0},
    {"PartnerAssetV1", V(1, 130), 0},
    {"PartnerAssetBackfillV1", V(1, 135), 0},
    {"PartnerAssetDeleteV1", V(1, 130), 0},
    {"PartnerAssetExifV1", V(1, 130), 0},
    {"PartnerAssetExifBackfillV1", V(1, 135), 0},
    {"PartnerStackBackfillV1", V(1, 136), 0},
    {"PartnerStackDeleteV1", V(1, 136), 0},
    {"PartnerStackV1", V(1, 136), 0},
    {"AlbumV1", V(1, 133), 0},
    {"AlbumDeleteV1", V(1, 133), 0},
    {"AlbumUserV1", V(1, 133), 0},
    {"AlbumUserBackfillV1", V(1, 135, 1), 0},
    {"AlbumUserDeleteV1", V(1, 133), 0},
    {"AlbumAssetCreateV1", V(1, 138), 0},
    {"AlbumAssetUpdateV1", V(1, 138), 0},
    {"AlbumAssetBackfillV1", V(1, 136), 0},
    {"AlbumAssetExifCreateV1", V(1, 138), 0},
    {"AlbumAssetExifUpdateV1", V(1, 138), 0},
    {"AlbumAssetExifBackfillV1", V(1, 136), 0},
    {"AlbumToAssetV1", V(1, 136), 0},
    {"AlbumToAssetDeleteV1", V(1, 136), 0},
    {"AlbumToAssetBackfillV1", V(1, 136), 0},
    {"MemoryV1", V(1, 136), 0},
    {"MemoryDeleteV1", V(1, 136), 0},
    {"MemoryToAssetV1", V(1, 136), 0},
    {"MemoryToAssetDeleteV1", V(1, 136), 0},
    {"StackV1", V(1, 136), 0},
    {"StackDeleteV1", V(1, 136), 0},
    {"PersonV1", V(1, 136), 0},
    {"PersonDeleteV1", V(1, 136), 0},
    {"AssetFaceV1", V(1, 136), 0},
    {"AssetFaceV2", V(2, 6), 0},
    {"AssetFaceDeleteV1", V(1, 136), 0},
    {"UserMetadataV1", V(1, 136), 0},
    {"UserMetadataDeleteV1", V(1, 136), 0},
    {"SyncAckV1", V(1, 135), 0},
    {"SyncResetV1", V(1, 136), 0},
    {"SyncCompleteV1", V(1, 141), 0},
    {"AlbumAssetV1", V(1, 136), V(1, 138)},
    {"AlbumAssetExifV1", V(1, 136), V(1, 138)},
    {"AssetV2", V(3, 0), 0},
    {"PartnerAssetV2", V(3, 0), 0},
    {"PartnerAssetBackfillV2", V(3, 0), 0},
    {"AlbumAssetCreateV2", V(3, 0), 0},
    {"AlbumAssetUpdateV2", V(3, 0), 0},
    {"AlbumAssetBackfillV2", V(3, 0), 0},
    {"AlbumV2", V(3, 0), 0},
    {"AssetOcrV1", V(3, 0), 0},
    {"AssetOcrDeleteV1", V(3, 0), 0},
};
static_assert(sizeof(kEnts) / sizeof(kEnts[0]) == size_t(Ent::Count));

const EntInfo kReqs[] = {
    {"AlbumsV1", V(1, 133), 0},
    {"AlbumUsersV1", V(1, 133), 0},
    {"AlbumToAssetsV1", V(1, 136), 0},
    {"AlbumAssetsV1", V(1, 136), V(3, 0)},
    {"AlbumAssetExifsV1", V(1, 136), 0},
    {"AssetsV1", V(1, 130), V(3, 0)},
    {"AssetExifsV1", V(1, 130), 0},
    {"AssetEditsV1", V(2, 6), 0},
    {"AssetMetadataV1", V(1, 140), 0},
    {"AuthUsersV1", V(1, 136), 0},
    {"MemoriesV1", V(1, 136), 0},
    {"MemoryToAssetsV1", V(1, 136), 0},
    {"PartnersV1", V(1, 129), 0},
    {"PartnerAssetsV1", V(1, 130), V(3, 0)},
    {"PartnerAssetExifsV1", V(1, 130), 0},
    {"PartnerStacksV1", V(1, 136), 0},
    {"StacksV1", V(1, 136), 0},
    {"UsersV1", V(1, 127), 0},
    {"PeopleV1", V(1, 136), 0},
    {"AssetFacesV1", V(1, 136), V(3, 0)},
    {"AssetFacesV2", V(2, 6), 0},
    {"UserMetadataV1", V(1, 136), 0},
    {"AssetsV2", V(3, 0), 0},
    {"PartnerAssetsV2", V(3, 0), 0},
    {"AlbumAssetsV2", V(3, 0), 0},
    {"AlbumsV2", V(3, 0), 0},
    {"AssetOcrV1", V(3, 0), 0},
};
static_assert(sizeof(kReqs) / sizeof(kReqs[0]) == size_t(Req::Count));

bool validAt(const EntInfo &info, int code)
{
    return code >= info.since && (info.until == 0 || code < info.until);
}

} // namespace

const char *entName(Ent e)
{
    return kEnts[int(e)].name;
}
const char *reqName(Req r)
{
    return kReqs[int(r)].name;
}

bool entFromName(QByteArrayView name, Ent *out)
{
    for (int i = 0; i < int(Ent::Count); ++i)
        if (name == QByteArrayView(kEnts[i].name)) {
            *out = Ent(i);
            return true;
        }
    return false;
}

bool reqFromName(QByteArrayView name, Req *out)
{
    for (int i = 0; i < int(Req::Count); ++i)
        if (name == QByteArrayView(kReqs[i].name)) {
            *out = Req(i);
            return true;
        }
    return false;
}

EmulatedVersion EmulatedVersion::fromString(const QString &s, bool *ok)
{
    QString t = s.trimmed();
    if (t.startsWith(QLatin1Char('v')))
        t.remove(0, 1);
    const QStringList parts = t.split(QLatin1Char('.'));
    bool good = parts.size() == 3;
    int n[3] = {0, 0, 0};
    for (int i = 0; good && i < 3; ++i)
        n[i] = parts[i].toInt(&good);
    if (ok)
        *ok = good;
    return good ? EmulatedVersion(n[0], n[1], n[2]) : EmulatedVersion();
}

QStringList EmulatedVersion::knownVersions()
{
    return {QStringLiteral("1.133.0"), QStringLiteral("1.135.3"), QStringLiteral("1.136.0"),
        QStringLiteral("1.138.0"), QStringLiteral("1.141.0"), QStringLiteral("2.5.0"),
        QStringLiteral("2.7.5"), QStringLiteral("3.1.0")};
}

QString EmulatedVersion::toString() const
{
    return QStringLiteral("%1.%2.%3").arg(m_major).arg(m_minor).arg(m_patch);
}

bool EmulatedVersion::isRequestTypeValid(Req r) const
{
    return validAt(kReqs[int(r)], code());
}
bool EmulatedVersion::isEntityTypeValid(Ent e) const
{
    return validAt(kEnts[int(e)], code());
}

QList<Req> EmulatedVersion::requestTypesForMessage() const
{
    QList<Req> out;
    if (!atLeast(1, 136)) {
        // Before v1.136 the enum listed the types in the order they were added.
        for (Req r : {Req::UsersV1, Req::PartnersV1, Req::AssetsV1, Req::AssetExifsV1,
                 Req::PartnerAssetsV1, Req::PartnerAssetExifsV1, Req::AlbumsV1, Req::AlbumUsersV1})
            if (isRequestTypeValid(r))
                out.append(r);
        return out;
    }
    for (int i = 0; i < int(Req::Count); ++i)
        if (isRequestTypeValid(Req(i)))
            out.append(Req(i));
    return out;
}

QList<Ent> EmulatedVersion::entityTypesForMessage() const
{
    QList<Ent> out;
    for (int i = 0; i < int(Ent::Count); ++i)
        if (isEntityTypeValid(Ent(i)))
            out.append(Ent(i));
    return out;
}

QList<Req> EmulatedVersion::processingOrder() const
{
    QList<Req> order;
    if (!atLeast(1, 136)) {
        order = {Req::UsersV1, Req::PartnersV1, Req::AssetsV1, Req::AssetExifsV1,
            Req::PartnerAssetsV1, Req::PartnerAssetExifsV1, Req::AlbumsV1, Req::AlbumUsersV1};
    } else {
        order = {Req::AuthUsersV1, Req::UsersV1, Req::PartnersV1, Req::AssetsV1, Req::AssetsV2,
            Req::StacksV1, Req::PartnerAssetsV1, Req::PartnerAssetsV2, Req::PartnerStacksV1,
            Req::AlbumAssetsV1, Req::AlbumAssetsV2, Req::AlbumsV1, Req::AlbumsV2, Req::AlbumUsersV1,
            Req::AlbumToAssetsV1, Req::AssetExifsV1, Req::AlbumAssetExifsV1,
            Req::PartnerAssetExifsV1, Req::MemoriesV1, Req::MemoryToAssetsV1, Req::PeopleV1,
            Req::AssetFacesV1, Req::AssetFacesV2, Req::UserMetadataV1, Req::AssetMetadataV1,
            Req::AssetEditsV1, Req::AssetOcrV1};
    }
    QList<Req> out;
    for (Req r : order)
        if (isRequestTypeValid(r))
            out.append(r);
    return out;
}

} // namespace TidemarkDev
