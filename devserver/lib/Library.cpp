// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Library.h"

#include "DevServer.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <functional>

namespace TidemarkDev {

const char *assetTypeName(AssetType t)
{
    switch (t) {
    case AssetType::Image:
        return "IMAGE";
    case AssetType::Video:
        return "VIDEO";
    case AssetType::Audio:
        return "AUDIO";
    case AssetType::Other:
        return "OTHER";
    }
    return "OTHER";
}

const char *visibilityName(Visibility v)
{
    switch (v) {
    case Visibility::Timeline:
        return "timeline";
    case Visibility::Archive:
        return "archive";
    case Visibility::Hidden:
        return "hidden";
    case Visibility::Locked:
        return "locked";
    }
    return "timeline";
}

QString Session::checkpoint(const QString &type) const
{
    for (const auto &[t, a] : checkpoints)
        if (t == type)
            return a;
    return {};
}

void Session::setCheckpoint(const QString &type, const QString &ack)
{
    for (auto &row : checkpoints)
        if (row.first == type) {
            row.second = ack;
            return;
        }
    checkpoints.append({type, ack});
}

Library::Library() = default;

void Library::reset()
{
    users.clear();
    partners.clear();
    assets.clear();
    stacks.clear();
    albums.clear();
    albumUsers.clear();
    albumAssets.clear();
    memories.clear();
    memoryAssets.clear();
    people.clear();
    faces.clear();
    userMeta.clear();
    assetMeta.clear();
    edits.clear();
    audits.clear();
    m_assetIndex.clear();
    m_sessions.clear();
    m_apiKeys.clear();
    m_byIdCache.clear();
    ++m_assetStamp;
    adminUser = partnerUser = -1;
}

qint64 Library::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

Uuid Library::nextId()
{
    if (m_virtualMs > 0)
        return m_clock.next(m_virtualMs++);
    return m_clock.next(nowMs());
}

// ------------------------------------------------------------------------------------------
// lookups

int Library::userByEmail(const QString &email) const
{
    const QString e = email.trimmed().toLower();
    for (size_t i = 0; i < users.size(); ++i)
        if (!users[i].hardDeleted && users[i].email == e)
            return int(i);
    return -1;
}

int Library::userById(const Uuid &id) const
{
    for (size_t i = 0; i < users.size(); ++i)
        if (users[i].id == id)
            return int(i);
    return -1;
}

int Library::userById(const QString &id) const
{
    Uuid u;
    return Uuid::parse(id, &u) ? userById(u) : -1;
}

int Library::assetById(const Uuid &id) const
{
    return m_assetIndex.value(id, -1);
}

int Library::assetById(const QString &id) const
{
    Uuid u;
    return Uuid::parse(id, &u) ? assetById(u) : -1;
}

int Library::albumById(const QString &id) const
{
    Uuid u;
    if (!Uuid::parse(id, &u))
        return -1;
    for (size_t i = 0; i < albums.size(); ++i)
        if (albums[i].id == u)
            return int(i);
    return -1;
}

bool Library::isPartnerSharingWith(int sharedBy, int sharedWith) const
{
    for (const Partner &p : partners)
        if (!p.removed && p.sharedBy == sharedBy && p.sharedWith == sharedWith)
            return !users[size_t(sharedBy)].hardDeleted;
    return false;
}

QList<int> Library::partnersSharingWith(int user) const
{
    QList<int> out;
    for (const Partner &p : partners)
        if (!p.removed && p.sharedWith == user && !users[size_t(p.sharedBy)].hardDeleted
            && !out.contains(p.sharedBy))
            out.append(p.sharedBy);
    return out;
}

QList<int> Library::albumsOf(int user) const
{
    QList<int> out;
    for (size_t i = 0; i < albums.size(); ++i)
        if (!albums[i].removed && albums[i].owner == user)
            out.append(int(i));
    for (const AlbumUser &au : albumUsers)
        if (!au.removed && au.user == user && !albums[size_t(au.album)].removed
            && !out.contains(au.album))
            out.append(au.album);
    return out;
}

bool Library::canSeeAlbum(int user, int album) const
{
    if (album < 0 || albums[size_t(album)].removed)
        return false;
    if (albums[size_t(album)].owner == user)
        return true;
    for (const AlbumUser &au : albumUsers)
        if (!au.removed && au.album == album && au.user == user)
            return true;
    return false;
}

// -----------------------------------------------------------------------------------------
// sessions

static QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Library::createSession(int user)
{
    if (user < 0)
        return {};
    const QString token = randomToken(32);
    Session s;
    s.user = user;
    m_sessions.insert(token, s);
    return token;
}

QString Library::createApiKey(int user, const QStringList &permissions)
{
    if (user < 0)
        return {};
    const QString key = randomToken(30);
    Session s;
    s.user = user;
    s.isApiKey = true;
    s.permissions = permissions;
    m_apiKeys.insert(key, s);
    return key;
}

Session *Library::session(const QString &token)
{
    auto it = m_sessions.find(token);
    return it == m_sessions.end() ? nullptr : &it.value();
}

const Session *Library::session(const QString &token) const
{
    auto it = m_sessions.constFind(token);
    return it == m_sessions.constEnd() ? nullptr : &it.value();
}

Session *Library::apiKey(const QString &key)
{
    auto it = m_apiKeys.find(key);
    return it == m_apiKeys.end() ? nullptr : &it.value();
}

// ---------------------------------------------------------------------------------------
// generation

namespace {
const char *const kColors[]
    = {"primary", "pink", "red", "yellow", "blue", "green", "purple", "orange", "gray", "amber"};
const qint16 kTzOffsets[] = {0, 60, 120, -300, -480, 330, 540, 600};
} // namespace

int Library::addUser(const QString &email, const QString &password, const QString &name)
{
    User u;
    u.id = Uuid::v4(m_rng);
    u.email = email.trimmed().toLower();
    u.password = password;
    u.name = name;
    u.updateId = nextId();
    u.createdAt = u.updateId.v7Millis();
    u.profileChangedAt = u.createdAt;
    if (m_rng.chance(0.5))
        u.avatarColor = QString::fromLatin1(kColors[m_rng.below(10)]);
    u.quotaUsage = 0;
    users.push_back(u);
    return int(users.size() - 1);
}

int Library::newAsset(
    int owner, AssetType type, Rng &rng, qint64 createdMs, Uuid updateId, Uuid exifUpdateId)
{
    Asset a;
    a.id = Uuid::v4(rng);
    a.owner = owner;
    a.type = type;
    a.updateId = updateId;
    a.exifUpdateId = exifUpdateId;
    a.createdAt = createdMs;
    // 2008-01-01 .. 2025-12-31, whole seconds
    a.fileCreatedAt = (1199145600LL + qint64(rng.next() % (18ULL * 365 * 86400))) * 1000;
    a.tzOffsetMin = kTzOffsets[rng.below(8)];
    a.nameStyle = quint8(rng.below(4));
    if (type == AssetType::Video) {
        a.durationMs = int(1000 + rng.below(180000));
        const bool uhd = rng.chance(0.3);
        a.width = uhd ? 3840 : 1920;
        a.height = uhd ? 2160 : 1080;
    } else {
        switch (rng.below(5)) {
        case 0:
            a.width = 4032;
            a.height = 3024;
            break;
        case 1:
            a.width = 3024;
            a.height = 4032;
            break;
        case 2:
            a.width = 6000;
            a.height = 4000;
            break;
        case 3:
            a.width = 4000;
            a.height = 3000;
            break;
        default:
            a.width = 1170;
            a.height = 2532;
            break;
        }
    }
    int seq = 1;
    for (auto it = assets.rbegin(); it != assets.rend(); ++it)
        if (it->owner == owner) {
            seq = it->seq + 1;
            break;
        }
    a.seq = seq;
    assets.push_back(a);
    const int idx = int(assets.size() - 1);
    m_assetIndex.insert(a.id, idx);
    ++m_assetStamp;
    return idx;
}

static void generateAssetsFor(Library &lib, int owner, int count, const LibrarySpec &spec, Rng &rng,
    QList<int> *created, const std::function<int(int, AssetType)> &make)
{
    int made = 0;
    while (made < count) {
        const bool video = rng.chance(spec.videoRatio);
        const bool live = !video && count - made >= 2 && rng.chance(spec.livePhotoRatio);
        const int idx = make(owner, video ? AssetType::Video : AssetType::Image);
        Asset &a = lib.assets[size_t(idx)];
        ++made;
        created->append(idx);
        if (rng.chance(spec.favoriteRatio))
            a.flags |= FlagFavorite;
        if (rng.chance(spec.archivedRatio))
            a.visibility = Visibility::Archive;
        else if (rng.chance(spec.lockedRatio))
            a.visibility = Visibility::Locked;
        if (rng.chance(spec.trashedRatio))
            a.deletedAt = Fixed::kLibraryEpochMs - qint64(1 + rng.below(20)) * 86400000LL
                + qint64(rng.below(86400000));
        if (live) {
            const qint64 fc = a.fileCreatedAt;
            const qint16 tz = a.tzOffsetMin;
            const int partIdx = make(owner, AssetType::Video);
            Asset &part = lib.assets[size_t(partIdx)];
            part.visibility = Visibility::Hidden;
            part.durationMs = 1500 + int(rng.below(1500));
            part.fileCreatedAt = fc;
            part.tzOffsetMin = tz;
            part.width = 1440;
            part.height = 1080;
            part.nameStyle = 4; // IMG_xxxx.MOV
            lib.assets[size_t(idx)].livePhotoVideo = partIdx;
            ++made;
            created->append(partIdx);
        }
    }
}

void Library::generate(const LibrarySpec &spec)
{
    reset();
    ++m_generation;
    seed = spec.seed;
    m_rng = Rng(mix64(spec.seed, 1));
    m_clock = UuidV7Generator(mix64(spec.seed, 2));
    m_virtualMs
        = Fixed::kLibraryEpochMs - 120LL * 86400000LL; // the library "happened" before 2026-01-01
    Rng rng(mix64(spec.seed, 3));

    adminUser = addUser(
        DevServer::adminEmail(), DevServer::adminPassword(), QStringLiteral("Admin Tester"));
    users[size_t(adminUser)].isAdmin = true;
    users[size_t(adminUser)].storageLabel = QStringLiteral("admin");
    partnerUser = addUser(
        DevServer::partnerEmail(), DevServer::partnerPassword(), QStringLiteral("Bob Partner"));
    int carol = -1;
    if (spec.unrelatedUser)
        carol = addUser(QStringLiteral("carol@example.test"), QStringLiteral("carol-password"),
            QStringLiteral("Carol Unrelated"));

    addPartner(partnerUser, adminUser, true);
    addPartner(adminUser, partnerUser, true);

    auto make = [this](int owner, AssetType type) {
        const Uuid up = nextId();
        const Uuid ex = nextId();
        return newAsset(owner, type, m_rng, up.v7Millis(), up, ex);
    };
    QList<int> own, bobs, carols, doomed;
    own.reserve(spec.ownAssets);
    generateAssetsFor(*this, adminUser, qBound(0, spec.ownAssets, 5000000), spec, rng, &own, make);
    generateAssetsFor(*this, partnerUser, qMax(0, spec.partnerAssets), spec, rng, &bobs, make);
    if (carol >= 0)
        generateAssetsFor(*this, carol, qMax(0, spec.unrelatedAssets), spec, rng, &carols, make);
    LibrarySpec plain = spec;
    plain.livePhotoRatio = 0;
    plain.trashedRatio = 0;
    generateAssetsFor(*this, adminUser, qMax(0, spec.deletedAssets), plain, rng, &doomed, make);

    auto isPlainImage = [this](int idx) {
        const Asset &a = assets[size_t(idx)];
        return a.type == AssetType::Image && a.visibility == Visibility::Timeline
            && a.deletedAt == 0 && a.livePhotoVideo < 0;
    };

    // stacks: pairs of consecutive timeline images
    if (spec.stacks) {
        auto makeStacks = [&](const QList<int> &list, int every) {
            for (qsizetype i = 0; i + 1 < list.size(); i += every) {
                if (!isPlainImage(list[i]) || !isPlainImage(list[i + 1]))
                    continue;
                Stack s;
                s.id = Uuid::v4(m_rng);
                s.owner = assets[size_t(list[i])].owner;
                s.primaryAsset = list[i];
                s.updateId = nextId();
                s.createdAt = s.updateId.v7Millis();
                stacks.push_back(s);
                assets[size_t(list[i])].stack = int(stacks.size() - 1);
                assets[size_t(list[i + 1])].stack = int(stacks.size() - 1);
            }
        };
        makeStacks(own, int(qBound(qsizetype(3), own.size() / 6, qsizetype(25))));
        makeStacks(bobs, 4);
    }

    // albums
    const QStringList names
        = {QStringLiteral("Family"), QStringLiteral("Bob's Trip"), QStringLiteral("Summer 2024"),
            QStringLiteral("Hiking"), QStringLiteral("Kids"), QStringLiteral("Best of")};
    for (int i = 0; i < spec.albums; ++i) {
        const bool bobsAlbum = i == 1 && !bobs.isEmpty();
        const int owner = bobsAlbum ? partnerUser : adminUser;
        const int al = createAlbum(
            owner, i < names.size() ? names[i] : QStringLiteral("Album %1").arg(i + 1));
        albums[size_t(al)].description = i == 0 ? QStringLiteral("Shared with Bob") : QString();
        albums[size_t(al)].orderAsc = (i % 2) == 1;
        const QList<int> &pool = bobsAlbum ? bobs : own;
        const int n = int(qMin<qsizetype>(pool.size(), qMin<qsizetype>(200, 4 + pool.size() / 10)));
        const int offset = pool.isEmpty() ? 0 : int(rng.below(quint32(pool.size())));
        for (int k = 0; k < n; ++k) {
            const int asset = pool[(offset + k * 7) % pool.size()];
            if (assets[size_t(asset)].visibility == Visibility::Hidden)
                continue;
            addAlbumAsset(al, asset);
        }
        if (i == 0) {
            for (int k = 0; k < qMin<qsizetype>(2, bobs.size()); ++k)
                addAlbumAsset(al, bobs[k]);
            addAlbumUser(al, partnerUser, true);
        } else if (bobsAlbum) {
            addAlbumUser(al, adminUser, false);
        }
        for (const AlbumAsset &aa : albumAssets)
            if (aa.album == al && !aa.removed) {
                albums[size_t(al)].thumbnailAsset = aa.asset;
                break;
            }
    }

    // people and faces
    if (spec.people) {
        const QStringList personNames = {QStringLiteral("Alice"), QStringLiteral("Carol"),
            QStringLiteral("Dan"), QStringLiteral("Eve"), QString()};
        const int firstPerson = int(people.size());
        for (int i = 0; i < personNames.size(); ++i) {
            Person p;
            p.id = Uuid::v4(m_rng);
            p.owner = adminUser;
            p.name = personNames[i];
            p.updateId = nextId();
            p.createdAt = p.updateId.v7Millis();
            if (i == 0)
                p.birthDate = 642643200000LL; // 1990-05-14
            p.favorite = i == 1;
            p.hidden = i == 4;
            if (i % 2 == 0)
                p.color = QStringLiteral("#ff7f50");
            people.push_back(p);
        }
        int made = 0;
        for (qsizetype k = 0; k < own.size() && made < 50000; k += 10) {
            const Asset &a = assets[size_t(own[k])];
            if (a.type != AssetType::Image)
                continue;
            Face f;
            f.id = Uuid::v4(m_rng);
            f.asset = own[k];
            f.person = firstPerson + made % 5;
            f.imageWidth = a.width;
            f.imageHeight = a.height;
            f.x1 = a.width / 4;
            f.y1 = a.height / 5;
            f.x2 = f.x1 + a.width / 6;
            f.y2 = f.y1 + a.height / 5;
            f.source = made % 7 == 3 ? 2 : 0;
            f.visible = made % 11 != 5;
            f.updateId = nextId();
            faces.push_back(f);
            if (people[size_t(f.person)].faceAsset < 0)
                people[size_t(f.person)].faceAsset = f.asset;
            ++made;
        }
    }

    // memories
    if (spec.memories && !own.isEmpty()) {
        for (int i = 0; i < 3; ++i) {
            Memory m;
            m.id = Uuid::v4(m_rng);
            m.owner = adminUser;
            m.updateId = nextId();
            m.createdAt = m.updateId.v7Millis();
            m.year = 2021 + i;
            m.memoryAt = Fixed::kLibraryEpochMs - qint64(5 - i) * 365LL * 86400000LL;
            m.showAt = Fixed::kLibraryEpochMs + qint64(i) * 86400000LL;
            m.hideAt = m.showAt + 86399999LL;
            m.saved = i == 2;
            if (i == 1)
                m.seenAt = m.showAt + 3600000;
            memories.push_back(m);
            for (int k = 0; k < 3; ++k) {
                MemoryAsset ma;
                ma.memory = int(memories.size() - 1);
                ma.asset = own[(i * 3 + k) % own.size()];
                ma.updateId = nextId();
                memoryAssets.push_back(ma);
            }
        }
    }

    // metadata
    if (spec.metadata) {
        auto um = [this](int user, const char *key, const char *json) {
            UserMeta m;
            m.user = user;
            m.key = QString::fromLatin1(key);
            m.valueJson = QByteArray(json);
            m.updateId = nextId();
            userMeta.push_back(m);
        };
        um(adminUser, "onboarding", "{\"isOnboarded\":true}");
        um(adminUser, "preferences",
            "{\"folders\":{\"enabled\":false,\"sidebarWeb\":false},\"memories\":{\"enabled\":true}"
            "}");
        um(partnerUser, "onboarding", "{\"isOnboarded\":true}");
        for (int k = 0; k < qMin<qsizetype>(3, own.size()); ++k) {
            AssetMeta m;
            m.asset = own[k];
            m.key = QStringLiteral("mobile-app");
            m.valueJson
                = "{\"iCloudId\":\"" + assets[size_t(own[k])].id.toByteArray().toUpper() + "\"}";
            m.updateId = nextId();
            assetMeta.push_back(m);
        }
    }

    // edits
    if (spec.edits) {
        int withEdits = 0;
        for (qsizetype k = 0; k < own.size() && withEdits < 2; ++k) {
            Asset &a = assets[size_t(own[k])];
            if (a.type != AssetType::Image || a.stack >= 0)
                continue;
            AssetEdit crop;
            crop.id = Uuid::v4(m_rng);
            crop.asset = own[k];
            crop.action = 0;
            crop.paramsJson = QByteArray("{\"x\":10,\"y\":20,\"width\":")
                + QByteArray::number(a.width / 2)
                + ",\"height\":" + QByteArray::number(a.height / 2) + '}';
            crop.sequence = 0;
            crop.updateId = nextId();
            edits.push_back(crop);
            AssetEdit rot;
            rot.id = Uuid::v4(m_rng);
            rot.asset = own[k];
            rot.action = 1;
            rot.paramsJson = "{\"angle\":90}";
            rot.sequence = 1;
            rot.updateId = nextId();
            edits.push_back(rot);
            a.flags |= FlagEdited;
            ++withEdits;
        }
    }

    for (int idx : doomed)
        purgeAsset(idx);

    m_virtualMs = 0;
}

// ----------------------------------------------------------------------------------------
// mutations

void Library::addAudit(Audit::Kind kind, int user, int a, int b, const QString &key)
{
    Audit row;
    row.id = nextId();
    row.kind = kind;
    row.user = user;
    row.a = a;
    row.b = b;
    row.key = key;
    audits.push_back(row);
}

QStringList Library::addAssets(int owner, int count)
{
    QStringList ids;
    if (owner < 0)
        return ids;
    LibrarySpec plain;
    plain.livePhotoRatio = 0;
    plain.trashedRatio = 0;
    plain.archivedRatio = 0;
    plain.lockedRatio = 0;
    plain.favoriteRatio = 0;
    Rng rng(m_rng.next());
    QList<int> created;
    auto make = [this](int o, AssetType type) {
        const Uuid up = nextId();
        const Uuid ex = nextId();
        return newAsset(o, type, m_rng, up.v7Millis(), up, ex);
    };
    generateAssetsFor(*this, owner, count, plain, rng, &created, make);
    for (int idx : created)
        ids.append(assets[size_t(idx)].id.toString());
    return ids;
}

void Library::touchAsset(int asset)
{
    if (asset < 0 || assets[size_t(asset)].isPurged())
        return;
    Asset &a = assets[size_t(asset)];
    a.flags ^= FlagFavorite;
    a.updateId = nextId();
}

void Library::trashAsset(int asset)
{
    if (asset < 0 || assets[size_t(asset)].isPurged())
        return;
    Asset &a = assets[size_t(asset)];
    a.deletedAt = nowMs();
    a.updateId = nextId();
}

void Library::restoreAsset(int asset)
{
    if (asset < 0 || assets[size_t(asset)].isPurged())
        return;
    Asset &a = assets[size_t(asset)];
    a.deletedAt = 0;
    a.updateId = nextId();
}

void Library::purgeAsset(int asset)
{
    if (asset < 0 || assets[size_t(asset)].isPurged())
        return;
    Asset &a = assets[size_t(asset)];
    a.flags |= FlagPurged;
    addAudit(Audit::AssetDelete, a.owner, asset);
    for (AlbumAsset &aa : albumAssets)
        if (!aa.removed && aa.asset == asset) {
            aa.removed = true;
            addAudit(Audit::AlbumToAssetDelete, -1, aa.album, asset);
        }
    for (MemoryAsset &ma : memoryAssets)
        if (!ma.removed && ma.asset == asset) {
            ma.removed = true;
            addAudit(
                Audit::MemoryToAssetDelete, memories[size_t(ma.memory)].owner, ma.memory, asset);
        }
    for (size_t i = 0; i < faces.size(); ++i)
        if (!faces[i].removed && faces[i].asset == asset) {
            faces[i].removed = true;
            addAudit(Audit::FaceDelete, a.owner, int(i));
        }
    for (AssetMeta &m : assetMeta)
        if (!m.removed && m.asset == asset) {
            m.removed = true;
            addAudit(Audit::AssetMetaDelete, a.owner, asset, -1, m.key);
        }
    for (size_t i = 0; i < edits.size(); ++i)
        if (!edits[i].removed && edits[i].asset == asset) {
            edits[i].removed = true;
            addAudit(Audit::EditDelete, a.owner, int(i));
        }
    ++m_assetStamp;
}

void Library::addPartner(int sharedBy, int sharedWith, bool inTimeline)
{
    if (sharedBy < 0 || sharedWith < 0 || sharedBy == sharedWith)
        return;
    for (Partner &p : partners)
        if (!p.removed && p.sharedBy == sharedBy && p.sharedWith == sharedWith) {
            p.inTimeline = inTimeline;
            p.updateId = nextId();
            return;
        }
    Partner p;
    p.sharedBy = sharedBy;
    p.sharedWith = sharedWith;
    p.inTimeline = inTimeline;
    p.createId = nextId();
    p.updateId = nextId();
    partners.push_back(p);
}

void Library::removePartner(int sharedBy, int sharedWith)
{
    for (Partner &p : partners)
        if (!p.removed && p.sharedBy == sharedBy && p.sharedWith == sharedWith) {
            p.removed = true;
            addAudit(Audit::PartnerDelete, -1, sharedBy, sharedWith);
        }
}

int Library::createAlbum(int owner, const QString &name)
{
    Album a;
    a.id = Uuid::v4(m_rng);
    a.owner = owner;
    a.name = name;
    a.updateId = nextId();
    a.createdAt = a.updateId.v7Millis();
    albums.push_back(a);
    return int(albums.size() - 1);
}

void Library::addAlbumAsset(int album, int asset)
{
    if (album < 0 || asset < 0 || assets[size_t(asset)].isPurged())
        return;
    for (const AlbumAsset &aa : albumAssets)
        if (!aa.removed && aa.album == album && aa.asset == asset)
            return;
    AlbumAsset aa;
    aa.album = album;
    aa.asset = asset;
    aa.createId = nextId();
    aa.updateId = aa.createId;
    albumAssets.push_back(aa);
}

void Library::removeAlbumAsset(int album, int asset)
{
    for (AlbumAsset &aa : albumAssets)
        if (!aa.removed && aa.album == album && aa.asset == asset) {
            aa.removed = true;
            addAudit(Audit::AlbumToAssetDelete, -1, album, asset);
        }
}

void Library::addAlbumUser(int album, int user, bool editor)
{
    if (album < 0 || user < 0 || albums[size_t(album)].owner == user)
        return;
    for (AlbumUser &au : albumUsers)
        if (!au.removed && au.album == album && au.user == user) {
            au.editor = editor;
            au.updateId = nextId();
            return;
        }
    AlbumUser au;
    au.album = album;
    au.user = user;
    au.editor = editor;
    au.createId = nextId();
    au.updateId = nextId();
    albumUsers.push_back(au);
}

void Library::removeAlbumUser(int album, int user)
{
    for (AlbumUser &au : albumUsers)
        if (!au.removed && au.album == album && au.user == user) {
            au.removed = true;
            addAudit(Audit::AlbumUserDelete, -1, album, user);
            addAudit(Audit::AlbumDelete, user, album);
        }
}

void Library::renameAlbum(int album, const QString &name)
{
    if (album < 0 || albums[size_t(album)].removed)
        return;
    albums[size_t(album)].name = name;
    albums[size_t(album)].updateId = nextId();
}

void Library::deleteAlbum(int album)
{
    if (album < 0 || albums[size_t(album)].removed)
        return;
    albums[size_t(album)].removed = true;
    addAudit(Audit::AlbumDelete, albums[size_t(album)].owner, album);
    for (const AlbumUser &au : albumUsers)
        if (!au.removed && au.album == album)
            addAudit(Audit::AlbumDelete, au.user, album);
}

void Library::softDeleteUser(int user)
{
    if (user < 0)
        return;
    users[size_t(user)].deletedAt = nowMs();
    users[size_t(user)].updateId = nextId();
}

void Library::hardDeleteUser(int user)
{
    if (user < 0 || users[size_t(user)].hardDeleted)
        return;
    users[size_t(user)].hardDeleted = true;
    addAudit(Audit::UserDelete, -1, user);
    QList<QString> dead;
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it)
        if (it->user == user)
            dead.append(it.key());
    for (const QString &t : dead)
        m_sessions.remove(t);
}

// ------------------------------------------------------------------------------------
// introspection

QStringList Library::visibleAssetIds(int user) const
{
    QSet<int> seen;
    if (user < 0)
        return {};
    const QList<int> owners = partnersSharingWith(user);
    for (size_t i = 0; i < assets.size(); ++i) {
        const Asset &a = assets[i];
        if (!a.isPurged() && (a.owner == user || owners.contains(a.owner)))
            seen.insert(int(i));
    }
    const QList<int> mine = albumsOf(user);
    for (const AlbumAsset &aa : albumAssets)
        if (!aa.removed && mine.contains(aa.album) && !assets[size_t(aa.asset)].isPurged())
            seen.insert(aa.asset);
    QStringList out;
    out.reserve(seen.size());
    for (int i : seen)
        out.append(assets[size_t(i)].id.toString());
    out.sort();
    return out;
}

QStringList Library::ownedAssetIds(int user) const
{
    QStringList out;
    for (const Asset &a : assets)
        if (!a.isPurged() && a.owner == user)
            out.append(a.id.toString());
    out.sort();
    return out;
}

const std::vector<int> &Library::assetsByIdOf(int owner) const
{
    if (m_byIdCacheStamp != m_assetStamp) {
        m_byIdCache.clear();
        m_byIdCacheStamp = m_assetStamp;
    }
    auto it = m_byIdCache.find(owner);
    if (it != m_byIdCache.end())
        return it.value();
    std::vector<int> list;
    for (size_t i = 0; i < assets.size(); ++i)
        if (assets[i].owner == owner && !assets[i].isPurged())
            list.push_back(int(i));
    std::sort(list.begin(), list.end(),
        [this](int a, int b) { return assets[size_t(a)].id < assets[size_t(b)].id; });
    return m_byIdCache.insert(owner, std::move(list)).value();
}

} // namespace TidemarkDev
