// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The server's data: users, sessions, partners, assets (compact rows, strings derived on output),
// albums, stacks, people/faces, memories, metadata, edits, audit rows, and the per-session
// checkpoints. Rows are never erased (only flagged), so indexes stay valid for running streams.
// Not thread-safe by itself: DevServer guards it with one mutex.

#include "EmulatedVersion.h"
#include "Ids.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <vector>

namespace TidemarkDev {

struct LibrarySpec;

enum class AssetType : quint8 { Image, Video, Audio, Other };
enum class Visibility : quint8 { Timeline, Archive, Hidden, Locked };

const char *assetTypeName(AssetType t);
const char *visibilityName(Visibility v);

struct User
{
    Uuid id;
    QString name, email, password;
    bool isAdmin = false;
    Uuid updateId;
    qint64 createdAt = 0, profileChangedAt = 0;
    qint64 deletedAt = 0; //!< soft delete; 0 = null
    bool hardDeleted = false;
    QString avatarColor; //!< null = none
    bool hasProfileImage = false;
    QString storageLabel; //!< null = none
    qint64 quotaUsage = 0;
};

struct Session
{
    int user = -1;
    bool isApiKey = false;
    QStringList permissions;
    bool pendingReset = false;
    QList<QPair<QString, QString>> checkpoints; //!< (type, ack) in insertion order
    QString checkpoint(const QString &type) const;
    void setCheckpoint(const QString &type, const QString &ack);
};

struct Partner
{
    int sharedBy = -1, sharedWith = -1;
    bool inTimeline = true;
    Uuid createId, updateId;
    bool removed = false;
};

enum AssetFlag : quint8 {
    FlagFavorite = 1,
    FlagEdited = 2,
    FlagPurged = 4, //!< permanently deleted
    FlagHasExif = 8,
};

//! One asset in ~110 bytes; names, paths, checksums, exif values are derived from these fields.
struct Asset
{
    Uuid id;
    Uuid updateId;
    Uuid exifUpdateId;
    qint64 fileCreatedAt = 0; //!< ms UTC
    qint64 createdAt = 0; //!< upload time, ms
    qint64 deletedAt = 0; //!< trash time, 0 = not trashed
    qint32 owner = -1;
    qint32 seq = 0; //!< number in the file name
    qint32 livePhotoVideo = -1; //!< asset index of the motion part
    qint32 stack = -1;
    qint32 durationMs = -1; //!< -1 = null (stills)
    quint16 width = 0, height = 0;
    qint16 tzOffsetMin = 0;
    AssetType type = AssetType::Image;
    Visibility visibility = Visibility::Timeline;
    quint8 flags = FlagHasExif;
    quint8 nameStyle = 0;

    bool isFavorite() const { return flags & FlagFavorite; }
    bool isEdited() const { return flags & FlagEdited; }
    bool isPurged() const { return flags & FlagPurged; }
    qint64 updatedAt() const { return updateId.v7Millis(); }
    qint64 fileModifiedAt() const { return fileCreatedAt + qint64(id.lo % 86400) * 1000; }
    qint64 localDateTime() const { return fileCreatedAt + qint64(tzOffsetMin) * 60000; }
};

struct Stack
{
    Uuid id, updateId;
    int owner = -1, primaryAsset = -1;
    qint64 createdAt = 0;
    bool removed = false;
};

struct Album
{
    Uuid id, updateId;
    int owner = -1;
    QString name, description;
    qint64 createdAt = 0;
    int thumbnailAsset = -1;
    bool activityEnabled = true;
    bool orderAsc = false;
    bool removed = false;
};

struct AlbumUser
{
    int album = -1, user = -1;
    bool editor = false;
    Uuid createId, updateId;
    bool removed = false;
};

struct AlbumAsset
{
    int album = -1, asset = -1;
    Uuid createId, updateId;
    bool removed = false;
};

struct Memory
{
    Uuid id, updateId;
    int owner = -1;
    qint64 createdAt = 0, memoryAt = 0, showAt = 0, hideAt = 0, seenAt = 0, deletedAt = 0;
    int year = 2020;
    bool saved = false;
    bool removed = false;
};

struct MemoryAsset
{
    int memory = -1, asset = -1;
    Uuid updateId;
    bool removed = false;
};

struct Person
{
    Uuid id, updateId;
    int owner = -1;
    QString name, color;
    qint64 createdAt = 0, birthDate = 0; //!< birthDate 0 = null
    bool hidden = false, favorite = false;
    int faceAsset = -1;
    bool removed = false;
};

struct Face
{
    Uuid id, updateId;
    int asset = -1, person = -1;
    int imageWidth = 0, imageHeight = 0, x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    quint8 source = 0; //!< 0 machine-learning, 1 exif, 2 manual
    bool visible = true;
    qint64 deletedAt = 0;
    bool removed = false;
};

struct UserMeta
{
    int user = -1;
    QString key;
    QByteArray valueJson;
    Uuid updateId;
    bool removed = false;
};

struct AssetMeta
{
    int asset = -1;
    QString key;
    QByteArray valueJson;
    Uuid updateId;
    bool removed = false;
};

struct AssetEdit
{
    Uuid id, updateId;
    int asset = -1;
    quint8 action = 0; //!< 0 crop, 1 rotate, 2 mirror
    QByteArray paramsJson;
    int sequence = 0;
    bool removed = false;
};

//! One audit row = one future delete line. `user` is the owner/recipient it is scoped to.
struct Audit
{
    enum Kind : quint8 {
        UserDelete,
        PartnerDelete,
        AssetDelete,
        StackDelete,
        AlbumDelete,
        AlbumUserDelete,
        AlbumToAssetDelete,
        MemoryDelete,
        MemoryToAssetDelete,
        PersonDelete,
        FaceDelete,
        UserMetaDelete,
        AssetMetaDelete,
        EditDelete
    };
    Uuid id;
    Kind kind = AssetDelete;
    int user = -1; //!< owner (assets, stacks, memories, people, faces, metadata, edits) or
                   //!< recipient (albums)
    int a = -1, b = -1;
    QString key;
};

struct Fixed
{
    static constexpr qint64 kLibraryEpochMs = 1767225600000LL; //!< 2026-01-01T00:00:00Z
};

class Library
{
public:
    Library();

    void generate(const LibrarySpec &spec);
    quint64 generation() const { return m_generation; }

    // --- ids and clock
    Uuid nextId(); //!< a fresh UUIDv7 at max(now, last)
    Uuid idAtMillis(qint64 ms) { return m_clock.next(ms); }
    qint64 nowMs() const;

    // --- lookups (return -1 when missing)
    int userByEmail(const QString &email) const;
    int userById(const QString &id) const;
    int userById(const Uuid &id) const;
    int assetById(const Uuid &id) const;
    int assetById(const QString &id) const;
    int albumById(const QString &id) const;
    bool isPartnerSharingWith(int sharedBy, int sharedWith) const;
    QList<int> partnersSharingWith(int user) const; //!< owners who share with `user` (live users)
    QList<int> albumsOf(int user) const; //!< albums owned or joined, not deleted
    bool canSeeAlbum(int user, int album) const;

    // --- sessions
    QString createSession(int user);
    QString createApiKey(int user, const QStringList &permissions);
    Session *session(const QString &token);
    const Session *session(const QString &token) const;
    Session *apiKey(const QString &key);
    void removeSession(const QString &token) { m_sessions.remove(token); }
    //! Tokens of the user's login sessions (not API keys), in no particular order.
    QStringList sessionTokensOf(int user) const
    {
        QStringList out;
        for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it)
            if (it->user == user && !it->isApiKey)
                out << it.key();
        return out;
    }

    // --- mutations
    int addUser(const QString &email, const QString &password, const QString &name);
    QStringList addAssets(int owner, int count);
    void touchAsset(int asset);
    void trashAsset(int asset);
    void restoreAsset(int asset);
    void purgeAsset(int asset);
    void addPartner(int sharedBy, int sharedWith, bool inTimeline = true);
    void removePartner(int sharedBy, int sharedWith);
    int createAlbum(int owner, const QString &name);
    void addAlbumAsset(int album, int asset);
    void removeAlbumAsset(int album, int asset);
    void addAlbumUser(int album, int user, bool editor);
    void removeAlbumUser(int album, int user);
    void renameAlbum(int album, const QString &name);
    void deleteAlbum(int album);
    void softDeleteUser(int user);
    void hardDeleteUser(int user);

    // --- introspection
    QStringList visibleAssetIds(int user) const;
    QStringList ownedAssetIds(int user) const;
    //! Assets of `owner` sorted by id (cached; rebuilt after inserts).
    const std::vector<int> &assetsByIdOf(int owner) const;

    // data (read by the stream / REST code)
    std::vector<User> users;
    std::vector<Partner> partners;
    std::vector<Asset> assets;
    std::vector<Stack> stacks;
    std::vector<Album> albums;
    std::vector<AlbumUser> albumUsers;
    std::vector<AlbumAsset> albumAssets;
    std::vector<Memory> memories;
    std::vector<MemoryAsset> memoryAssets;
    std::vector<Person> people;
    std::vector<Face> faces;
    std::vector<UserMeta> userMeta;
    std::vector<AssetMeta> assetMeta;
    std::vector<AssetEdit> edits;
    std::vector<Audit> audits;
    int adminUser = -1, partnerUser = -1;
    quint64 seed = 42;

private:
    void reset();
    int newAsset(
        int owner, AssetType type, Rng &rng, qint64 createdMs, Uuid updateId, Uuid exifUpdateId);
    void addAudit(Audit::Kind kind, int user, int a, int b = -1, const QString &key = {});

    UuidV7Generator m_clock;
    Rng m_rng;
    quint64 m_generation = 0;
    QHash<Uuid, int> m_assetIndex;
    QHash<QString, Session> m_sessions;
    QHash<QString, Session> m_apiKeys;
    mutable QHash<int, std::vector<int>> m_byIdCache;
    mutable quint64 m_byIdCacheStamp = ~0ULL;
    quint64 m_assetStamp = 0;
    qint64 m_virtualMs = 0; //!< generation clock; 0 = use the wall clock
};

} // namespace TidemarkDev
