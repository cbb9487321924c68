// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncStream.h"

#include "AssetDerived.h"
#include "Library.h"

#include <algorithm>
#include <cstring>
#include <functional>

namespace TidemarkDev {

Checkpoint Checkpoint::parse(const QString &ack)
{
    Checkpoint c;
    c.present = true;
    const QStringList parts = ack.split(QLatin1Char('|'));
    c.parts = int(parts.size());
    if (parts.size() < 2 || parts.size() > 3) {
        c.valid = false;
        return c;
    }
    if (!Uuid::parse(parts[1], &c.id))
        c.valid = false;
    if (parts.size() == 3) {
        if (parts[2] == QLatin1StringView("complete"))
            c.complete = true;
        else if (!Uuid::parse(parts[2], &c.id2))
            c.valid = false;
    }
    return c;
}

namespace {

constexpr qint64 kDayMs = 86400000LL;

QList<Ent> readsOf(Req r, const EmulatedVersion &v)
{
    switch (r) {
    case Req::UsersV1:
        return {Ent::UserV1, Ent::UserDeleteV1};
    case Req::AuthUsersV1:
        return {Ent::AuthUserV1};
    case Req::PartnersV1:
        return {Ent::PartnerV1, Ent::PartnerDeleteV1};
    case Req::AssetsV1:
        return {Ent::AssetV1, Ent::AssetDeleteV1};
    case Req::AssetsV2:
        return {Ent::AssetV2, Ent::AssetDeleteV1};
    case Req::StacksV1:
        return {Ent::StackV1, Ent::StackDeleteV1};
    case Req::PartnerAssetsV1:
        return {Ent::PartnerAssetV1, Ent::PartnerAssetDeleteV1, Ent::PartnerAssetBackfillV1};
    case Req::PartnerAssetsV2:
        return {Ent::PartnerAssetV2, Ent::PartnerAssetDeleteV1, Ent::PartnerAssetBackfillV2};
    case Req::PartnerStacksV1:
        return {Ent::PartnerStackV1, Ent::PartnerStackDeleteV1, Ent::PartnerStackBackfillV1};
    case Req::AlbumAssetsV1:
        if (!v.albumAssetSplit())
            return {Ent::AlbumAssetV1, Ent::AlbumAssetBackfillV1};
        return {Ent::AlbumAssetCreateV1, Ent::AlbumAssetUpdateV1, Ent::AlbumAssetBackfillV1};
    case Req::AlbumAssetsV2:
        return {Ent::AlbumAssetCreateV2, Ent::AlbumAssetUpdateV2, Ent::AlbumAssetBackfillV2};
    case Req::AlbumsV1:
        return {Ent::AlbumV1, Ent::AlbumDeleteV1};
    case Req::AlbumsV2:
        return {Ent::AlbumV2, Ent::AlbumDeleteV1};
    case Req::AlbumUsersV1:
        return {Ent::AlbumUserV1, Ent::AlbumUserDeleteV1, Ent::AlbumUserBackfillV1};
    case Req::AlbumToAssetsV1:
        return {Ent::AlbumToAssetV1, Ent::AlbumToAssetDeleteV1, Ent::AlbumToAssetBackfillV1};
    case Req::AssetExifsV1:
        return {Ent::AssetExifV1};
    case Req::AlbumAssetExifsV1:
        if (!v.albumAssetSplit())
            return {Ent::AlbumAssetExifV1, Ent::AlbumAssetExifBackfillV1};
        return {Ent::AlbumAssetExifCreateV1, Ent::AlbumAssetExifUpdateV1,
            Ent::AlbumAssetExifBackfillV1};
    case Req::PartnerAssetExifsV1:
        return {Ent::PartnerAssetExifV1, Ent::PartnerAssetExifBackfillV1};
    case Req::MemoriesV1:
        return {Ent::MemoryV1, Ent::MemoryDeleteV1};
    case Req::MemoryToAssetsV1:
        return {Ent::MemoryToAssetV1, Ent::MemoryToAssetDeleteV1};
    case Req::PeopleV1:
        return {Ent::PersonV1, Ent::PersonDeleteV1};
    case Req::AssetFacesV1:
        return {Ent::AssetFaceV1, Ent::AssetFaceDeleteV1};
    case Req::AssetFacesV2:
        return {Ent::AssetFaceV2, Ent::AssetFaceDeleteV1};
    case Req::UserMetadataV1:
        return {Ent::UserMetadataV1, Ent::UserMetadataDeleteV1};
    case Req::AssetMetadataV1:
        return {Ent::AssetMetadataV1, Ent::AssetMetadataDeleteV1};
    case Req::AssetEditsV1:
        return {Ent::AssetEditV1, Ent::AssetEditDeleteV1};
    case Req::AssetOcrV1:
        return {Ent::AssetOcrV1, Ent::AssetOcrDeleteV1};
    case Req::Count:
        break;
    }
    return {};
}

struct Group
{
    Uuid createId;
    int key;
};

using RowList = std::vector<std::pair<Uuid, int>>;

struct Ctx
{
    Library &lib;
    Session &session;
    const EmulatedVersion &v;
    std::vector<LineRef> &out;
    Uuid now;
    int me;
    std::function<Checkpoint(Ent)> cp;

    void sortFrom(size_t start)
    {
        auto first = out.begin() + qsizetype(start);
        auto less = [](const LineRef &x, const LineRef &y) { return x.a < y.a; };
        if (!std::is_sorted(first, out.end(), less))
            std::stable_sort(first, out.end(), less);
    }

    template<class Pred> void deletes(Ent ent, Audit::Kind kind, Pred pred)
    {
        const Uuid after = cp(ent).id;
        for (size_t i = 0; i < lib.audits.size(); ++i) {
            const Audit &a = lib.audits[i];
            if (a.kind != kind || !(a.id > after) || a.id > now || !pred(a))
                continue;
            out.push_back(LineRef {a.id, {}, qint32(i), ent, LineRef::Normal});
        }
    }

    //! idOf(i, &id) -> bool: whether row i is in scope, and its update id.
    template<class IdOf> void upserts(Ent ent, size_t n, IdOf idOf)
    {
        const Uuid after = cp(ent).id;
        const size_t start = out.size();
        for (size_t i = 0; i < n; ++i) {
            Uuid id;
            if (!idOf(i, &id))
                continue;
            if (id > after && !(id > now))
                out.push_back(LineRef {id, {}, qint32(i), ent, LineRef::Normal});
        }
        sortFrom(start);
    }

    //! rowsOf(key, rows): the rows (update/create id, index) of one partner / album.
    template<class RowsOf>
    void backfill(Ent backfillEnt, Ent upsertEnt, QList<Group> groups, RowsOf rowsOf)
    {
        groups.erase(std::remove_if(groups.begin(), groups.end(),
                         [this](const Group &g) { return g.createId > now; }),
            groups.end());
        std::sort(groups.begin(), groups.end(),
            [](const Group &x, const Group &y) { return x.createId < y.createId; });
        const Checkpoint b = cp(backfillEnt);
        const Checkpoint u = cp(upsertEnt);
        if (u.present) {
            for (const Group &g : groups) {
                if (b.present && g.createId < b.id)
                    continue;
                if (b.present && g.createId == b.id && b.complete)
                    continue;
                const Uuid start = (b.present && g.createId == b.id) ? b.id2 : Uuid {};
                RowList rows;
                rowsOf(g.key, rows);
                std::sort(rows.begin(), rows.end());
                for (const auto &[id, idx] : rows)
                    if (id > start && !(id > u.id))
                        out.push_back(
                            LineRef {g.createId, id, qint32(idx), backfillEnt, LineRef::Backfill});
                out.push_back(LineRef {
                    g.createId, {}, qint32(backfillEnt), Ent::SyncAckV1, LineRef::AckComplete});
            }
        } else if (!groups.isEmpty()) {
            const QString name = QString::fromLatin1(entName(backfillEnt));
            session.setCheckpoint(name,
                name + QLatin1Char('|') + groups.last().createId.toString()
                    + QLatin1StringView("|complete"));
        }
    }
};

} // namespace

SyncStream::SyncStream(Library &lib, const EmulatedVersion &version, Session &session,
    const QList<Req> &types, bool reset, bool *poisoned)
    : m_version(version), m_user(session.user), m_generation(lib.generation())
{
    *poisoned = false;
    if (version.hasReset() && reset) {
        session.checkpoints.clear();
        session.pendingReset = false;
    }
    m_checkpoints = session.checkpoints;
    if (version.hasReset()) {
        bool stale = false;
        if (version.hasComplete()) {
            const Checkpoint c = cp(Ent::SyncCompleteV1);
            if (c.present && c.valid && lib.nowMs() - c.id.v7Millis() > 30 * kDayMs)
                stale = true;
        }
        if (session.pendingReset || stale) {
            m_lines.push_back(LineRef {{}, {}, -1, Ent::SyncResetV1, LineRef::Reset});
            return;
        }
    }
    for (Req r : types)
        for (Ent e : readsOf(r, version)) {
            const Checkpoint c = cp(e);
            if (c.present && !c.valid) {
                *poisoned = true;
                return;
            }
        }
    m_nowId = lib.nextId();
    for (Req r : version.processingOrder())
        if (types.contains(r))
            collect(lib, session, r);
    if (version.hasComplete())
        m_lines.push_back(LineRef {m_nowId, {}, -1, Ent::SyncCompleteV1, LineRef::Complete});
}

Checkpoint SyncStream::cp(Ent e) const
{
    const QString name = QString::fromLatin1(entName(e));
    for (const auto &[t, a] : m_checkpoints)
        if (t == name)
            return Checkpoint::parse(a);
    return {};
}

void SyncStream::collect(Library &lib, Session &session, Req r)
{
    Ctx c {lib, session, m_version, m_lines, m_nowId, m_user, [this](Ent e) { return cp(e); }};
    const int me = m_user;
    const EmulatedVersion &v = m_version;

    // scope helpers
    std::vector<char> isPartnerOwner(lib.users.size(), 0);
    QList<Group> partnerGroups;
    for (const Partner &p : lib.partners)
        if (!p.removed && p.sharedWith == me && !lib.users[size_t(p.sharedBy)].hardDeleted) {
            isPartnerOwner[size_t(p.sharedBy)] = 1;
            partnerGroups.append(Group {p.createId, p.sharedBy});
        }
    std::vector<char> inMyAlbum(lib.albums.size(), 0);
    for (int al : lib.albumsOf(me))
        inMyAlbum[size_t(al)] = 1;
    QList<Group> membershipGroups;
    for (const AlbumUser &au : lib.albumUsers)
        if (!au.removed && au.user == me && !lib.albums[size_t(au.album)].removed)
            membershipGroups.append(Group {au.createId, au.album});
    auto ownsAsset = [&](int asset) { return asset >= 0 && lib.assets[size_t(asset)].owner == me; };

    auto assetsOfOwner = [&lib](int owner, RowList &rows, bool exif) {
        for (size_t i = 0; i < lib.assets.size(); ++i) {
            const Asset &a = lib.assets[i];
            if (a.owner == owner && !a.isPurged())
                rows.emplace_back(exif ? a.exifUpdateId : a.updateId, int(i));
        }
    };
    auto linksOfAlbum = [&lib](int album, RowList &rows, bool byCreate, bool assetIndex) {
        for (size_t i = 0; i < lib.albumAssets.size(); ++i) {
            const AlbumAsset &aa = lib.albumAssets[i];
            if (aa.album == album && !aa.removed && !lib.assets[size_t(aa.asset)].isPurged())
                rows.emplace_back(
                    byCreate ? aa.createId : aa.updateId, assetIndex ? aa.asset : int(i));
        }
    };

    // Album assets / album asset exif (create/update split on >= 1.138)
    auto albumAssets = [&](bool exif, bool v2) {
        const Ent backfillEnt = exif ? Ent::AlbumAssetExifBackfillV1
                                     : (v2 ? Ent::AlbumAssetBackfillV2 : Ent::AlbumAssetBackfillV1);
        if (!v.albumAssetSplit()) {
            const Ent ent = exif ? Ent::AlbumAssetExifV1 : Ent::AlbumAssetV1;
            c.backfill(backfillEnt, ent, membershipGroups, [&](int album, RowList &rows) {
                RowList links;
                linksOfAlbum(album, links, true, true);
                for (const auto &[id, asset] : links) {
                    const Asset &a = lib.assets[size_t(asset)];
                    rows.emplace_back(exif ? a.exifUpdateId : a.updateId, asset);
                }
            });
            std::vector<char> seen(lib.assets.size(), 0);
            for (const AlbumAsset &aa : lib.albumAssets)
                if (!aa.removed && inMyAlbum[size_t(aa.album)]
                    && !lib.assets[size_t(aa.asset)].isPurged())
                    seen[size_t(aa.asset)] = 1;
            c.upserts(ent, lib.assets.size(), [&](size_t i, Uuid *id) {
                if (!seen[i])
                    return false;
                *id = exif ? lib.assets[i].exifUpdateId : lib.assets[i].updateId;
                return true;
            });
            return;
        }
        const Ent createEnt = exif ? Ent::AlbumAssetExifCreateV1
                                   : (v2 ? Ent::AlbumAssetCreateV2 : Ent::AlbumAssetCreateV1);
        const Ent updateEnt = exif ? Ent::AlbumAssetExifUpdateV1
                                   : (v2 ? Ent::AlbumAssetUpdateV2 : Ent::AlbumAssetUpdateV1);
        c.backfill(backfillEnt, createEnt, membershipGroups,
            [&](int album, RowList &rows) { linksOfAlbum(album, rows, true, true); });
        const Checkpoint createCp = cp(createEnt);
        if (createCp.present) {
            const Uuid updAfter = cp(updateEnt).id;
            std::vector<char> seen(lib.assets.size(), 0);
            const size_t start = m_lines.size();
            for (const AlbumAsset &aa : lib.albumAssets) {
                if (aa.removed || !inMyAlbum[size_t(aa.album)] || aa.createId > createCp.id
                    || seen[size_t(aa.asset)])
                    continue;
                const Asset &a = lib.assets[size_t(aa.asset)];
                const Uuid id = exif ? a.exifUpdateId : a.updateId;
                if (a.isPurged() || !(id > updAfter) || id > m_nowId)
                    continue;
                seen[size_t(aa.asset)] = 1;
                m_lines.push_back(LineRef {id, {}, aa.asset, updateEnt, LineRef::Normal});
            }
            c.sortFrom(start);
        }
        std::vector<LineRef> creates;
        for (const AlbumAsset &aa : lib.albumAssets) {
            if (aa.removed || !inMyAlbum[size_t(aa.album)]
                || lib.assets[size_t(aa.asset)].isPurged())
                continue;
            if (aa.createId > createCp.id && !(aa.createId > m_nowId))
                creates.push_back(LineRef {aa.createId, {}, aa.asset, createEnt, LineRef::Normal});
        }
        if (!creates.empty()) {
            std::stable_sort(creates.begin(), creates.end(),
                [](const LineRef &x, const LineRef &y) { return x.a < y.a; });
            m_lines.push_back(
                LineRef {m_nowId, {}, qint32(updateEnt), Ent::SyncAckV1, LineRef::AckSingle});
            m_lines.insert(m_lines.end(), creates.begin(), creates.end());
        }
    };

    switch (r) {
    case Req::UsersV1:
        c.deletes(Ent::UserDeleteV1, Audit::UserDelete, [](const Audit &) { return true; });
        c.upserts(Ent::UserV1, lib.users.size(), [&](size_t i, Uuid *id) {
            *id = lib.users[i].updateId;
            return !lib.users[i].hardDeleted;
        });
        break;
    case Req::AuthUsersV1:
        c.upserts(Ent::AuthUserV1, lib.users.size(), [&](size_t i, Uuid *id) {
            *id = lib.users[i].updateId;
            return int(i) == me;
        });
        break;
    case Req::PartnersV1:
        c.deletes(Ent::PartnerDeleteV1, Audit::PartnerDelete,
            [&](const Audit &a) { return a.a == me || a.b == me; });
        c.upserts(Ent::PartnerV1, lib.partners.size(), [&](size_t i, Uuid *id) {
            const Partner &p = lib.partners[i];
            *id = p.updateId;
            return !p.removed && (p.sharedBy == me || p.sharedWith == me);
        });
        break;
    case Req::AssetsV1:
    case Req::AssetsV2:
        c.deletes(
            Ent::AssetDeleteV1, Audit::AssetDelete, [&](const Audit &a) { return a.user == me; });
        c.upserts(r == Req::AssetsV2 ? Ent::AssetV2 : Ent::AssetV1, lib.assets.size(),
            [&](size_t i, Uuid *id) {
                const Asset &a = lib.assets[i];
                *id = a.updateId;
                return a.owner == me && !a.isPurged();
            });
        break;
    case Req::StacksV1:
        c.deletes(
            Ent::StackDeleteV1, Audit::StackDelete, [&](const Audit &a) { return a.user == me; });
        c.upserts(Ent::StackV1, lib.stacks.size(), [&](size_t i, Uuid *id) {
            *id = lib.stacks[i].updateId;
            return lib.stacks[i].owner == me && !lib.stacks[i].removed;
        });
        break;
    case Req::PartnerAssetsV1:
    case Req::PartnerAssetsV2: {
        const bool v2 = r == Req::PartnerAssetsV2;
        c.deletes(Ent::PartnerAssetDeleteV1, Audit::AssetDelete,
            [&](const Audit &a) { return a.user >= 0 && isPartnerOwner[size_t(a.user)]; });
        const Ent upsertEnt = v2 ? Ent::PartnerAssetV2 : Ent::PartnerAssetV1;
        if (v.hasPartnerBackfill())
            c.backfill(v2 ? Ent::PartnerAssetBackfillV2 : Ent::PartnerAssetBackfillV1, upsertEnt,
                partnerGroups,
                [&](int owner, RowList &rows) { assetsOfOwner(owner, rows, false); });
        c.upserts(upsertEnt, lib.assets.size(), [&](size_t i, Uuid *id) {
            const Asset &a = lib.assets[i];
            *id = a.updateId;
            return isPartnerOwner[size_t(a.owner)] && !a.isPurged();
        });
        break;
    }
    case Req::PartnerStacksV1:
        c.deletes(Ent::PartnerStackDeleteV1, Audit::StackDelete,
            [&](const Audit &a) { return a.user >= 0 && isPartnerOwner[size_t(a.user)]; });
        c.backfill(Ent::PartnerStackBackfillV1, Ent::PartnerStackV1, partnerGroups,
            [&](int owner, RowList &rows) {
                for (size_t i = 0; i < lib.stacks.size(); ++i)
                    if (lib.stacks[i].owner == owner && !lib.stacks[i].removed)
                        rows.emplace_back(lib.stacks[i].updateId, int(i));
            });
        c.upserts(Ent::PartnerStackV1, lib.stacks.size(), [&](size_t i, Uuid *id) {
            *id = lib.stacks[i].updateId;
            return isPartnerOwner[size_t(lib.stacks[i].owner)] && !lib.stacks[i].removed;
        });
        break;
    case Req::AlbumAssetsV1:
        albumAssets(false, false);
        break;
    case Req::AlbumAssetsV2:
        albumAssets(false, true);
        break;
    case Req::AlbumAssetExifsV1:
        albumAssets(true, false);
        break;
    case Req::AlbumsV1:
    case Req::AlbumsV2: {
        c.deletes(
            Ent::AlbumDeleteV1, Audit::AlbumDelete, [&](const Audit &a) { return a.user == me; });
        std::vector<Uuid> effective(lib.albums.size());
        for (size_t i = 0; i < lib.albums.size(); ++i)
            effective[i] = lib.albums[i].updateId;
        for (const AlbumUser &au : lib.albumUsers)
            if (!au.removed && au.user == me)
                effective[size_t(au.album)] = std::max(effective[size_t(au.album)], au.updateId);
        c.upserts(r == Req::AlbumsV2 ? Ent::AlbumV2 : Ent::AlbumV1, lib.albums.size(),
            [&](size_t i, Uuid *id) {
                *id = effective[i];
                return inMyAlbum[i] != 0;
            });
        break;
    }
    case Req::AlbumUsersV1:
        c.deletes(Ent::AlbumUserDeleteV1, Audit::AlbumUserDelete,
            [&](const Audit &a) { return inMyAlbum[size_t(a.a)] != 0; });
        if (v.hasAlbumUserBackfill())
            c.backfill(Ent::AlbumUserBackfillV1, Ent::AlbumUserV1, membershipGroups,
                [&](int album, RowList &rows) {
                    for (size_t i = 0; i < lib.albumUsers.size(); ++i)
                        if (lib.albumUsers[i].album == album && !lib.albumUsers[i].removed)
                            rows.emplace_back(lib.albumUsers[i].updateId, int(i));
                });
        c.upserts(Ent::AlbumUserV1, lib.albumUsers.size(), [&](size_t i, Uuid *id) {
            const AlbumUser &au = lib.albumUsers[i];
            *id = au.updateId;
            return !au.removed && inMyAlbum[size_t(au.album)];
        });
        break;
    case Req::AlbumToAssetsV1:
        c.deletes(Ent::AlbumToAssetDeleteV1, Audit::AlbumToAssetDelete,
            [&](const Audit &a) { return inMyAlbum[size_t(a.a)] != 0; });
        c.backfill(Ent::AlbumToAssetBackfillV1, Ent::AlbumToAssetV1, membershipGroups,
            [&](int album, RowList &rows) { linksOfAlbum(album, rows, false, false); });
        c.upserts(Ent::AlbumToAssetV1, lib.albumAssets.size(), [&](size_t i, Uuid *id) {
            const AlbumAsset &aa = lib.albumAssets[i];
            *id = aa.updateId;
            return !aa.removed && inMyAlbum[size_t(aa.album)]
                && !lib.assets[size_t(aa.asset)].isPurged();
        });
        break;
    case Req::AssetExifsV1:
        c.upserts(Ent::AssetExifV1, lib.assets.size(), [&](size_t i, Uuid *id) {
            const Asset &a = lib.assets[i];
            *id = a.exifUpdateId;
            return a.owner == me && !a.isPurged() && (a.flags & FlagHasExif);
        });
        break;
    case Req::PartnerAssetExifsV1:
        if (v.hasPartnerBackfill())
            c.backfill(Ent::PartnerAssetExifBackfillV1, Ent::PartnerAssetExifV1, partnerGroups,
                [&](int owner, RowList &rows) { assetsOfOwner(owner, rows, true); });
        c.upserts(Ent::PartnerAssetExifV1, lib.assets.size(), [&](size_t i, Uuid *id) {
            const Asset &a = lib.assets[i];
            *id = a.exifUpdateId;
            return isPartnerOwner[size_t(a.owner)] && !a.isPurged() && (a.flags & FlagHasExif);
        });
        break;
    case Req::MemoriesV1:
        c.deletes(
            Ent::MemoryDeleteV1, Audit::MemoryDelete, [&](const Audit &a) { return a.user == me; });
        c.upserts(Ent::MemoryV1, lib.memories.size(), [&](size_t i, Uuid *id) {
            *id = lib.memories[i].updateId;
            return lib.memories[i].owner == me && !lib.memories[i].removed;
        });
        break;
    case Req::MemoryToAssetsV1:
        c.deletes(Ent::MemoryToAssetDeleteV1, Audit::MemoryToAssetDelete,
            [&](const Audit &a) { return a.user == me; });
        c.upserts(Ent::MemoryToAssetV1, lib.memoryAssets.size(), [&](size_t i, Uuid *id) {
            const MemoryAsset &ma = lib.memoryAssets[i];
            *id = ma.updateId;
            const Memory &m = lib.memories[size_t(ma.memory)];
            return !ma.removed && !m.removed && m.owner == me;
        });
        break;
    case Req::PeopleV1:
        c.deletes(
            Ent::PersonDeleteV1, Audit::PersonDelete, [&](const Audit &a) { return a.user == me; });
        c.upserts(Ent::PersonV1, lib.people.size(), [&](size_t i, Uuid *id) {
            *id = lib.people[i].updateId;
            return lib.people[i].owner == me && !lib.people[i].removed;
        });
        break;
    case Req::AssetFacesV1:
    case Req::AssetFacesV2: {
        const bool filter = r == Req::AssetFacesV1 && v.filtersInvisibleFacesV1();
        c.deletes(Ent::AssetFaceDeleteV1, Audit::FaceDelete,
            [&](const Audit &a) { return a.user == me; });
        c.upserts(r == Req::AssetFacesV2 ? Ent::AssetFaceV2 : Ent::AssetFaceV1, lib.faces.size(),
            [&](size_t i, Uuid *id) {
                const Face &f = lib.faces[i];
                *id = f.updateId;
                if (f.removed || !ownsAsset(f.asset) || lib.assets[size_t(f.asset)].isPurged())
                    return false;
                return !filter || (f.visible && f.deletedAt == 0);
            });
        break;
    }
    case Req::UserMetadataV1:
        c.deletes(Ent::UserMetadataDeleteV1, Audit::UserMetaDelete,
            [&](const Audit &a) { return a.user == me; });
        c.upserts(Ent::UserMetadataV1, lib.userMeta.size(), [&](size_t i, Uuid *id) {
            *id = lib.userMeta[i].updateId;
            return lib.userMeta[i].user == me && !lib.userMeta[i].removed;
        });
        break;
    case Req::AssetMetadataV1:
        c.deletes(Ent::AssetMetadataDeleteV1, Audit::AssetMetaDelete,
            [&](const Audit &a) { return a.user == me; });
        c.upserts(Ent::AssetMetadataV1, lib.assetMeta.size(), [&](size_t i, Uuid *id) {
            *id = lib.assetMeta[i].updateId;
            return !lib.assetMeta[i].removed && ownsAsset(lib.assetMeta[i].asset);
        });
        break;
    case Req::AssetEditsV1:
        c.deletes(Ent::AssetEditDeleteV1, Audit::EditDelete,
            [&](const Audit &a) { return a.user == me; });
        c.upserts(Ent::AssetEditV1, lib.edits.size(), [&](size_t i, Uuid *id) {
            *id = lib.edits[i].updateId;
            return !lib.edits[i].removed && ownsAsset(lib.edits[i].asset);
        });
        break;
    case Req::AssetOcrV1:
    case Req::Count:
        break;
    }
}

// ------------------------------------------------------------------------------------------ output

namespace {

void cstrOrNull(JsonOut &o, const char *s)
{
    if (s)
        o.str(QByteArrayView(s, qsizetype(std::strlen(s))));
    else
        o.null();
}

void entOut(JsonOut &o, Ent e)
{
    const char *n = entName(e);
    o.raw(n, qsizetype(std::strlen(n)));
}

void writeSyncAsset(const Library &lib, const EmulatedVersion &v, int idx, bool v2, JsonOut &o)
{
    const Asset &a = lib.assets[size_t(idx)];
    o.lit("{\"id\":");
    o.uuid(a.id);
    o.lit(",\"ownerId\":");
    o.uuid(lib.users[size_t(a.owner)].id);
    if (v.assetHasFileNameAndDuration()) {
        o.lit(",\"originalFileName\":\"");
        AssetDerived::fileName(a, o);
        o.ch('"');
    }
    if (v2) {
        o.lit(",\"createdAt\":");
        o.date(a.createdAt);
    }
    o.lit(",\"fileCreatedAt\":");
    o.date(a.fileCreatedAt);
    o.lit(",\"fileModifiedAt\":");
    o.date(a.fileModifiedAt());
    o.lit(",\"localDateTime\":");
    o.date(a.localDateTime());
    o.lit(",\"type\":\"");
    const char *t = assetTypeName(a.type);
    o.raw(t, qsizetype(std::strlen(t)));
    o.lit("\",\"deletedAt\":");
    o.dateOrNull(a.deletedAt, a.deletedAt != 0);
    o.lit(",\"isFavorite\":");
    o.boolean(a.isFavorite());
    if (v.assetHasVisibility()) {
        o.lit(",\"visibility\":\"");
        const char *vis = visibilityName(a.visibility);
        o.raw(vis, qsizetype(std::strlen(vis)));
        o.ch('"');
    } else {
        o.lit(",\"isVisible\":");
        o.boolean(a.visibility != Visibility::Hidden);
    }
    if (v.assetHasFileNameAndDuration()) {
        o.lit(",\"duration\":");
        if (a.durationMs < 0)
            o.null();
        else if (v2)
            o.integer(a.durationMs);
        else
            AssetDerived::duration(a.durationMs, o);
    }
    if (v.assetHasLiveAndStack()) {
        o.lit(",\"livePhotoVideoId\":");
        if (a.livePhotoVideo >= 0)
            o.uuid(lib.assets[size_t(a.livePhotoVideo)].id);
        else
            o.null();
        o.lit(",\"stackId\":");
        if (a.stack >= 0 && !lib.stacks[size_t(a.stack)].removed)
            o.uuid(lib.stacks[size_t(a.stack)].id);
        else
            o.null();
    }
    if (v.assetHasLibraryId())
        o.lit(",\"libraryId\":null");
    if (v.assetHasDimensions()) {
        o.lit(",\"width\":");
        o.integer(a.width);
        o.lit(",\"height\":");
        o.integer(a.height);
        o.lit(",\"isEdited\":");
        o.boolean(a.isEdited());
    }
    o.lit(",\"checksum\":");
    AssetDerived::checksum(a, o);
    o.lit(",\"thumbhash\":");
    AssetDerived::thumbhash(a, o);
    o.ch('}');
}

void writeSyncExif(const Library &lib, int idx, JsonOut &o)
{
    const Asset &a = lib.assets[size_t(idx)];
    const ExifValues e = AssetDerived::exif(a);
    o.lit("{\"assetId\":");
    o.uuid(a.id);
    o.lit(",\"description\":\"\",\"exifImageWidth\":");
    o.integer(a.width);
    o.lit(",\"exifImageHeight\":");
    o.integer(a.height);
    o.lit(",\"fileSizeInByte\":");
    o.integer(e.fileSize);
    o.lit(",\"orientation\":");
    cstrOrNull(o, e.orientation);
    o.lit(",\"dateTimeOriginal\":");
    o.date(a.fileCreatedAt);
    o.lit(",\"modifyDate\":");
    o.date(a.fileModifiedAt());
    o.lit(",\"timeZone\":");
    cstrOrNull(o, e.timeZone);
    o.lit(",\"latitude\":");
    if (e.hasGps)
        o.number(e.latitude);
    else
        o.null();
    o.lit(",\"longitude\":");
    if (e.hasGps)
        o.number(e.longitude);
    else
        o.null();
    o.lit(",\"projectionType\":null,\"city\":");
    cstrOrNull(o, e.city);
    o.lit(",\"state\":");
    cstrOrNull(o, e.state);
    o.lit(",\"country\":");
    cstrOrNull(o, e.country);
    o.lit(",\"make\":");
    cstrOrNull(o, e.make);
    o.lit(",\"model\":");
    cstrOrNull(o, e.model);
    o.lit(",\"lensModel\":");
    cstrOrNull(o, e.lensModel);
    o.lit(",\"fNumber\":");
    if (e.hasOptics)
        o.number(e.fNumber);
    else
        o.null();
    o.lit(",\"focalLength\":");
    if (e.hasOptics)
        o.number(e.focalLength);
    else
        o.null();
    o.lit(",\"iso\":");
    if (e.iso >= 0)
        o.integer(e.iso);
    else
        o.null();
    o.lit(",\"exposureTime\":");
    cstrOrNull(o, e.exposureTime);
    o.lit(",\"profileDescription\":");
    cstrOrNull(o, e.profileDescription);
    o.lit(",\"rating\":null,\"fps\":");
    if (e.hasFps)
        o.number(e.fps);
    else
        o.null();
    o.ch('}');
}

void writeUser(const Library &lib, const EmulatedVersion &v, int idx, bool auth, JsonOut &o)
{
    const User &u = lib.users[size_t(idx)];
    o.lit("{\"id\":");
    o.uuid(u.id);
    o.lit(",\"name\":");
    o.str(u.name);
    o.lit(",\"email\":");
    o.str(u.email);
    if (v.userHasAvatarColor()) {
        o.lit(",\"avatarColor\":");
        o.strOrNull(u.avatarColor);
    }
    o.lit(",\"deletedAt\":");
    o.dateOrNull(u.deletedAt, u.deletedAt != 0);
    if (v.userHasProfileFields()) {
        o.lit(",\"profileChangedAt\":");
        o.date(u.profileChangedAt);
    }
    if (auth) {
        o.lit(",\"isAdmin\":");
        o.boolean(u.isAdmin);
        o.lit(",\"pinCode\":null,\"oauthId\":\"\",\"storageLabel\":");
        o.strOrNull(u.storageLabel);
        o.lit(",\"quotaSizeInBytes\":null,\"quotaUsageInBytes\":");
        o.integer(u.quotaUsage);
    }
    if (v.userHasProfileFields()) {
        o.lit(",\"hasProfileImage\":");
        o.boolean(u.hasProfileImage);
    }
    o.ch('}');
}

} // namespace

void SyncStream::writeData(const Library &lib, const LineRef &r, JsonOut &o) const
{
    const EmulatedVersion &v = m_version;
    if (r.mode == LineRef::AckComplete || r.mode == LineRef::AckSingle || r.mode == LineRef::Reset
        || r.mode == LineRef::Complete) {
        o.lit("{}");
        return;
    }
    const Audit *audit = nullptr;
    switch (r.ent) {
    case Ent::UserDeleteV1:
    case Ent::PartnerDeleteV1:
    case Ent::AssetDeleteV1:
    case Ent::PartnerAssetDeleteV1:
    case Ent::StackDeleteV1:
    case Ent::PartnerStackDeleteV1:
    case Ent::AlbumDeleteV1:
    case Ent::AlbumUserDeleteV1:
    case Ent::AlbumToAssetDeleteV1:
    case Ent::MemoryDeleteV1:
    case Ent::MemoryToAssetDeleteV1:
    case Ent::PersonDeleteV1:
    case Ent::AssetFaceDeleteV1:
    case Ent::UserMetadataDeleteV1:
    case Ent::AssetMetadataDeleteV1:
    case Ent::AssetEditDeleteV1:
        audit = &lib.audits[size_t(r.idx)];
        break;
    default:
        break;
    }
    switch (r.ent) {
    case Ent::UserV1:
        writeUser(lib, v, r.idx, false, o);
        return;
    case Ent::AuthUserV1:
        writeUser(lib, v, r.idx, true, o);
        return;
    case Ent::UserDeleteV1:
        o.lit("{\"userId\":");
        o.uuid(lib.users[size_t(audit->a)].id);
        o.ch('}');
        return;
    case Ent::PartnerV1: {
        const Partner &p = lib.partners[size_t(r.idx)];
        o.lit("{\"sharedById\":");
        o.uuid(lib.users[size_t(p.sharedBy)].id);
        o.lit(",\"sharedWithId\":");
        o.uuid(lib.users[size_t(p.sharedWith)].id);
        o.lit(",\"inTimeline\":");
        o.boolean(p.inTimeline);
        o.ch('}');
        return;
    }
    case Ent::PartnerDeleteV1:
        o.lit("{\"sharedById\":");
        o.uuid(lib.users[size_t(audit->a)].id);
        o.lit(",\"sharedWithId\":");
        o.uuid(lib.users[size_t(audit->b)].id);
        o.ch('}');
        return;
    case Ent::AssetV1:
    case Ent::PartnerAssetV1:
    case Ent::PartnerAssetBackfillV1:
    case Ent::AlbumAssetCreateV1:
    case Ent::AlbumAssetUpdateV1:
    case Ent::AlbumAssetBackfillV1:
    case Ent::AlbumAssetV1:
        writeSyncAsset(lib, v, r.idx, false, o);
        return;
    case Ent::AssetV2:
    case Ent::PartnerAssetV2:
    case Ent::PartnerAssetBackfillV2:
    case Ent::AlbumAssetCreateV2:
    case Ent::AlbumAssetUpdateV2:
    case Ent::AlbumAssetBackfillV2:
        writeSyncAsset(lib, v, r.idx, true, o);
        return;
    case Ent::AssetDeleteV1:
    case Ent::PartnerAssetDeleteV1:
        o.lit("{\"assetId\":");
        o.uuid(lib.assets[size_t(audit->a)].id);
        o.ch('}');
        return;
    case Ent::AssetExifV1:
    case Ent::PartnerAssetExifV1:
    case Ent::PartnerAssetExifBackfillV1:
    case Ent::AlbumAssetExifCreateV1:
    case Ent::AlbumAssetExifUpdateV1:
    case Ent::AlbumAssetExifBackfillV1:
    case Ent::AlbumAssetExifV1:
        writeSyncExif(lib, r.idx, o);
        return;
    case Ent::StackV1:
    case Ent::PartnerStackV1:
    case Ent::PartnerStackBackfillV1: {
        const Stack &s = lib.stacks[size_t(r.idx)];
        o.lit("{\"id\":");
        o.uuid(s.id);
        o.lit(",\"createdAt\":");
        o.date(s.createdAt);
        o.lit(",\"updatedAt\":");
        o.date(s.updateId.v7Millis());
        o.lit(",\"primaryAssetId\":");
        o.uuid(lib.assets[size_t(s.primaryAsset)].id);
        o.lit(",\"ownerId\":");
        o.uuid(lib.users[size_t(s.owner)].id);
        o.ch('}');
        return;
    }
    case Ent::StackDeleteV1:
    case Ent::PartnerStackDeleteV1:
        o.lit("{\"stackId\":");
        o.uuid(lib.stacks[size_t(audit->a)].id);
        o.ch('}');
        return;
    case Ent::AlbumV1:
    case Ent::AlbumV2: {
        const Album &al = lib.albums[size_t(r.idx)];
        o.lit("{\"id\":");
        o.uuid(al.id);
        if (r.ent == Ent::AlbumV1) {
            o.lit(",\"ownerId\":");
            o.uuid(lib.users[size_t(al.owner)].id);
        }
        o.lit(",\"name\":");
        o.str(al.name);
        o.lit(",\"description\":");
        o.str(al.description.isNull() ? QString(QLatin1StringView("")) : al.description);
        o.lit(",\"createdAt\":");
        o.date(al.createdAt);
        o.lit(",\"updatedAt\":");
        o.date(al.updateId.v7Millis());
        o.lit(",\"thumbnailAssetId\":");
        if (al.thumbnailAsset >= 0 && !lib.assets[size_t(al.thumbnailAsset)].isPurged())
            o.uuid(lib.assets[size_t(al.thumbnailAsset)].id);
        else
            o.null();
        o.lit(",\"isActivityEnabled\":");
        o.boolean(al.activityEnabled);
        o.lit(",\"order\":");
        if (al.orderAsc)
            o.lit("\"asc\"}");
        else
            o.lit("\"desc\"}");
        return;
    }
    case Ent::AlbumDeleteV1:
        o.lit("{\"albumId\":");
        o.uuid(lib.albums[size_t(audit->a)].id);
        o.ch('}');
        return;
    case Ent::AlbumUserV1:
    case Ent::AlbumUserBackfillV1: {
        const AlbumUser &au = lib.albumUsers[size_t(r.idx)];
        o.lit("{\"albumId\":");
        o.uuid(lib.albums[size_t(au.album)].id);
        o.lit(",\"userId\":");
        o.uuid(lib.users[size_t(au.user)].id);
        if (au.editor)
            o.lit(",\"role\":\"editor\"}");
        else
            o.lit(",\"role\":\"viewer\"}");
        return;
    }
    case Ent::AlbumUserDeleteV1:
        o.lit("{\"albumId\":");
        o.uuid(lib.albums[size_t(audit->a)].id);
        o.lit(",\"userId\":");
        o.uuid(lib.users[size_t(audit->b)].id);
        o.ch('}');
        return;
    case Ent::AlbumToAssetV1:
    case Ent::AlbumToAssetBackfillV1: {
        const AlbumAsset &aa = lib.albumAssets[size_t(r.idx)];
        o.lit("{\"assetId\":");
        o.uuid(lib.assets[size_t(aa.asset)].id);
        o.lit(",\"albumId\":");
        o.uuid(lib.albums[size_t(aa.album)].id);
        o.ch('}');
        return;
    }
    case Ent::AlbumToAssetDeleteV1:
        o.lit("{\"assetId\":");
        o.uuid(lib.assets[size_t(audit->b)].id);
        o.lit(",\"albumId\":");
        o.uuid(lib.albums[size_t(audit->a)].id);
        o.ch('}');
        return;
    case Ent::MemoryV1: {
        const Memory &m = lib.memories[size_t(r.idx)];
        o.lit("{\"id\":");
        o.uuid(m.id);
        o.lit(",\"createdAt\":");
        o.date(m.createdAt);
        o.lit(",\"updatedAt\":");
        o.date(m.updateId.v7Millis());
        o.lit(",\"deletedAt\":");
        o.dateOrNull(m.deletedAt, m.deletedAt != 0);
        o.lit(",\"ownerId\":");
        o.uuid(lib.users[size_t(m.owner)].id);
        o.lit(",\"type\":\"on_this_day\",\"data\":{\"year\":");
        o.integer(m.year);
        o.lit("},\"isSaved\":");
        o.boolean(m.saved);
        o.lit(",\"memoryAt\":");
        o.date(m.memoryAt);
        o.lit(",\"seenAt\":");
        o.dateOrNull(m.seenAt, m.seenAt != 0);
        o.lit(",\"showAt\":");
        o.date(m.showAt);
        o.lit(",\"hideAt\":");
        o.date(m.hideAt);
        o.ch('}');
        return;
    }
    case Ent::MemoryDeleteV1:
        o.lit("{\"memoryId\":");
        o.uuid(lib.memories[size_t(audit->a)].id);
        o.ch('}');
        return;
    case Ent::MemoryToAssetV1: {
        const MemoryAsset &ma = lib.memoryAssets[size_t(r.idx)];
        o.lit("{\"memoryId\":");
        o.uuid(lib.memories[size_t(ma.memory)].id);
        o.lit(",\"assetId\":");
        o.uuid(lib.assets[size_t(ma.asset)].id);
        o.ch('}');
        return;
    }
    case Ent::MemoryToAssetDeleteV1:
        o.lit("{\"memoryId\":");
        o.uuid(lib.memories[size_t(audit->a)].id);
        o.lit(",\"assetId\":");
        o.uuid(lib.assets[size_t(audit->b)].id);
        o.ch('}');
        return;
    case Ent::PersonV1: {
        const Person &p = lib.people[size_t(r.idx)];
        o.lit("{\"id\":");
        o.uuid(p.id);
        o.lit(",\"createdAt\":");
        o.date(p.createdAt);
        o.lit(",\"updatedAt\":");
        o.date(p.updateId.v7Millis());
        o.lit(",\"ownerId\":");
        o.uuid(lib.users[size_t(p.owner)].id);
        o.lit(",\"name\":");
        o.str(p.name.isNull() ? QString(QLatin1StringView("")) : p.name);
        o.lit(",\"birthDate\":");
        o.dateOrNull(p.birthDate, p.birthDate != 0);
        o.lit(",\"isHidden\":");
        o.boolean(p.hidden);
        o.lit(",\"isFavorite\":");
        o.boolean(p.favorite);
        o.lit(",\"color\":");
        o.strOrNull(p.color);
        o.lit(",\"faceAssetId\":");
        if (p.faceAsset >= 0)
            o.uuid(lib.assets[size_t(p.faceAsset)].id);
        else
            o.null();
        o.ch('}');
        return;
    }
    case Ent::PersonDeleteV1:
        o.lit("{\"personId\":");
        o.uuid(lib.people[size_t(audit->a)].id);
        o.ch('}');
        return;
    case Ent::AssetFaceV1:
    case Ent::AssetFaceV2: {
        const Face &f = lib.faces[size_t(r.idx)];
        o.lit("{\"id\":");
        o.uuid(f.id);
        o.lit(",\"assetId\":");
        o.uuid(lib.assets[size_t(f.asset)].id);
        o.lit(",\"personId\":");
        if (f.person >= 0)
            o.uuid(lib.people[size_t(f.person)].id);
        else
            o.null();
        o.lit(",\"imageWidth\":");
        o.integer(f.imageWidth);
        o.lit(",\"imageHeight\":");
        o.integer(f.imageHeight);
        o.lit(",\"boundingBoxX1\":");
        o.integer(f.x1);
        o.lit(",\"boundingBoxY1\":");
        o.integer(f.y1);
        o.lit(",\"boundingBoxX2\":");
        o.integer(f.x2);
        o.lit(",\"boundingBoxY2\":");
        o.integer(f.y2);
        static const char *const sources[] = {"machine-learning", "exif", "manual"};
        o.lit(",\"sourceType\":");
        cstrOrNull(o, sources[qMin<int>(f.source, 2)]);
        if (r.ent == Ent::AssetFaceV2) {
            o.lit(",\"isVisible\":");
            o.boolean(f.visible);
            o.lit(",\"deletedAt\":");
            o.dateOrNull(f.deletedAt, f.deletedAt != 0);
        }
        o.ch('}');
        return;
    }
    case Ent::AssetFaceDeleteV1:
        o.lit("{\"assetFaceId\":");
        o.uuid(lib.faces[size_t(audit->a)].id);
        o.ch('}');
        return;
    case Ent::UserMetadataV1: {
        const UserMeta &m = lib.userMeta[size_t(r.idx)];
        o.lit("{\"userId\":");
        o.uuid(lib.users[size_t(m.user)].id);
        o.lit(",\"key\":");
        o.str(m.key);
        o.lit(",\"value\":");
        o.raw(m.valueJson);
        o.ch('}');
        return;
    }
    case Ent::UserMetadataDeleteV1:
        o.lit("{\"userId\":");
        o.uuid(lib.users[size_t(audit->a)].id);
        o.lit(",\"key\":");
        o.str(audit->key);
        o.ch('}');
        return;
    case Ent::AssetMetadataV1: {
        const AssetMeta &m = lib.assetMeta[size_t(r.idx)];
        o.lit("{\"assetId\":");
        o.uuid(lib.assets[size_t(m.asset)].id);
        o.lit(",\"key\":");
        o.str(m.key);
        o.lit(",\"value\":");
        o.raw(m.valueJson);
        o.ch('}');
        return;
    }
    case Ent::AssetMetadataDeleteV1:
        o.lit("{\"assetId\":");
        o.uuid(lib.assets[size_t(audit->a)].id);
        o.lit(",\"key\":");
        o.str(audit->key);
        o.ch('}');
        return;
    case Ent::AssetEditV1: {
        const AssetEdit &e = lib.edits[size_t(r.idx)];
        static const char *const actions[] = {"crop", "rotate", "mirror"};
        o.lit("{\"id\":");
        o.uuid(e.id);
        o.lit(",\"assetId\":");
        o.uuid(lib.assets[size_t(e.asset)].id);
        o.lit(",\"sequence\":");
        o.integer(e.sequence);
        o.lit(",\"action\":");
        cstrOrNull(o, actions[qMin<int>(e.action, 2)]);
        o.lit(",\"parameters\":");
        o.raw(e.paramsJson);
        o.ch('}');
        return;
    }
    case Ent::AssetEditDeleteV1:
        o.lit("{\"editId\":");
        o.uuid(lib.edits[size_t(audit->a)].id);
        o.ch('}');
        return;
    default:
        o.lit("{}");
        return;
    }
}

void SyncStream::formatLine(const Library &lib, qsizetype i, JsonOut &o) const
{
    const LineRef &r = m_lines[size_t(i)];
    Ent type = r.ent;
    if (r.mode == LineRef::AckComplete || r.mode == LineRef::AckSingle)
        type = Ent::SyncAckV1;
    o.lit("{\"type\":\"");
    entOut(o, type);
    o.lit("\",\"data\":");
    writeData(lib, r, o);
    if (r.mode == LineRef::Reset && !m_version.resetLineHasAck()) {
        o.lit("}\n");
        return;
    }
    o.lit(",\"ack\":\"");
    switch (r.mode) {
    case LineRef::Normal:
        entOut(o, r.ent);
        o.ch('|');
        o.uuidBare(r.a);
        break;
    case LineRef::Backfill:
        entOut(o, r.ent);
        o.ch('|');
        o.uuidBare(r.a);
        o.ch('|');
        o.uuidBare(r.b);
        break;
    case LineRef::AckComplete:
        entOut(o, Ent(r.idx));
        o.ch('|');
        o.uuidBare(r.a);
        o.lit("|complete");
        break;
    case LineRef::AckSingle:
        entOut(o, Ent(r.idx));
        o.ch('|');
        o.uuidBare(r.a);
        break;
    case LineRef::Reset:
        o.lit("SyncResetV1|reset");
        break;
    case LineRef::Complete:
        o.lit("SyncCompleteV1|");
        o.uuidBare(r.a);
        break;
    }
    o.lit("\"}\n");
}

} // namespace TidemarkDev
