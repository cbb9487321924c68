// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Request and response bodies of the non-stream endpoints (OpenAPI v2.7.5 schemas; see
// docs/dev/protocol.md). Names follow the brief/OpenAPI names closely so the spec can be searched
// for them.
//
// Decoding is tolerant where servers differ and strict where a wrong value would be dangerous:
// - Members a v1.135 server does not send yet (createdAt, width, height, isEdited on assets) are
//   optional and default; the identity members (ids, checksum, type, the login token) are required.
// - A member present with the wrong JSON type is an error (Malformed, `detail` names the member as
//   "AssetResponseDto[3].exifInfo.fileSizeInByte: expected integer, got string").
// - Dates stay IsoTime text (see SyncPayloads.h); exif dates from full/delta-sync use PostgreSQL's
//   "+00:00" form and are kept as sent.

#include "protocol/ServerVersion.h"
#include "protocol/SyncPayloads.h"
#include "protocol/SyncTypes.h"
#include "util/Expected.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Tidemark {

// ---- requests -------------------------------------------------------------------------------

//! `POST /auth/login`. The password only ever lives in this struct and the request body.
struct LoginCredential
{
    QString email;
    QString password;
    QJsonObject toJson() const;
};

//! `POST /sync/stream`. `reset` is omitted when unset (servers < 1.136 ignore it anyway).
struct SyncStreamRequest
{
    QList<SyncRequestType> types;
    std::optional<bool> reset;
    QJsonObject toJson() const;
};

//! `POST /sync/ack`: verbatim ack strings, at most 1000, one per entity type.
struct SyncAckSetRequest
{
    QStringList acks;
    QJsonObject toJson() const;
};

//! `DELETE /sync/ack`: no types → `{}` (delete every checkpoint of the session).
struct SyncAckDeleteRequest
{
    std::optional<QList<SyncEntityType>> types;
    QJsonObject toJson() const;
};

//! `POST /sync/full-sync` (deprecated; removed in v3.0.0).
struct FullSyncRequest
{
    IsoTime updatedUntil; //!< required
    int limit = 1000; //!< >= 1
    QString lastId; //!< exclusive cursor; omitted when empty
    QString userId; //!< omitted when empty (= yourself)
    QJsonObject toJson() const;
};

//! `POST /sync/delta-sync` (deprecated; removed in v3.0.0).
struct DeltaSyncRequest
{
    IsoTime updatedAfter;
    QStringList userIds; //!< exactly you + every partner sharing with you, else needsFullSync
    QJsonObject toJson() const;
};

//! `GET /partners?direction=…`: the partners who share with me, or those I share with.
enum class PartnerDirection { SharedWith, SharedBy };
//! "shared-with" / "shared-by" (the query value).
QString partnerDirectionName(PartnerDirection direction);

//! `GET /assets/statistics` query; unset members are not sent.
struct AssetStatsRequest
{
    std::optional<bool> isFavorite;
    std::optional<bool> isTrashed;
    QString visibility; //!< archive | timeline | hidden | locked; empty = not sent
};

// ---- responses ------------------------------------------------------------------------------

struct PingResponse
{
    QString res; //!< "pong"
    static Expected<PingResponse> fromJson(const QJsonValue &json);
};

//! `GET /server/features`: the login switches a client needs (ServerFeaturesDto has more).
struct ServerFeatures
{
    bool passwordLogin = true;
    bool oauth = false;
    bool oauthAutoLaunch = false;
    static Expected<ServerFeatures> fromJson(const QJsonValue &json);
};

//! `GET /server/config`: what the login page shows (ServerConfigDto has more).
struct ServerConfig
{
    QString oauthButtonText; //!< the administrator's words for the single sign-on button
    QString loginPageMessage;
    bool maintenanceMode = false;
    static Expected<ServerConfig> fromJson(const QJsonValue &json);
};

//! Element of `GET /server/version-history` (ServerVersionHistoryResponseDto).
struct ServerVersionHistoryEntry
{
    QString id; //!< the history row's id, made by the server
    QString createdAt; //!< when this version was first seen (ISO 8601, as sent)
    QString version; //!< "v1.120.0"
    static Expected<ServerVersionHistoryEntry> fromJson(
        const QJsonValue &json, const QString &path = {});
    static Expected<QList<ServerVersionHistoryEntry>> listFromJson(const QJsonValue &json);
};

//! `POST /oauth/authorize` (OAuthConfigDto): where the provider should send the browser back, and
//! the client's own state and PKCE challenge (S256), so the answer can be tied to this login.
struct OAuthAuthorizeRequest
{
    QString redirectUri;
    QString state;
    QString codeChallenge;
    QJsonObject toJson() const;
};

//! OAuthAuthorizeResponseDto: the provider's sign-in page to open in the browser.
struct OAuthAuthorizeResponse
{
    QUrl url;
    static Expected<OAuthAuthorizeResponse> fromJson(const QJsonValue &json);
};

//! `POST /oauth/callback` (OAuthCallbackDto): the whole address the provider redirected to, and
//! the state and PKCE verifier of the login it answers. The verifier is a secret: never logged.
struct OAuthCallbackRequest
{
    QString url;
    QString state;
    QString codeVerifier;
    QJsonObject toJson() const;
};

struct LoginResponse
{
    QString accessToken; //!< secret: never logged
    QString userId, userEmail, name, profileImagePath;
    bool isAdmin = false, shouldChangePassword = false, isOnboarded = false;
    static Expected<LoginResponse> fromJson(const QJsonValue &json);
};

struct LogoutResponse
{
    bool successful = false;
    QString redirectUri;
    static Expected<LogoutResponse> fromJson(const QJsonValue &json);
};

struct ValidateTokenResponse
{
    bool authStatus = false;
    static Expected<ValidateTokenResponse> fromJson(const QJsonValue &json);
};

struct UserLicense
{
    QString licenseKey, activationKey;
    IsoTime activatedAt;
};

struct UserAdminResponse
{
    QString id, email, name, profileImagePath, avatarColor;
    IsoTime profileChangedAt, createdAt, updatedAt, deletedAt;
    bool isAdmin = false, shouldChangePassword = false;
    QString status; //!< active | removing | deleted
    QString storageLabel, oauthId;
    std::optional<qint64> quotaSizeInBytes, quotaUsageInBytes;
    std::optional<UserLicense> license;
    static Expected<UserAdminResponse> fromJson(const QJsonValue &json);
};

struct AssetStatsResponse
{
    qint64 images = 0, videos = 0, total = 0;
    static Expected<AssetStatsResponse> fromJson(const QJsonValue &json);
};

//! All members optional and nullable.
struct ExifResponseDto
{
    QString make, model, orientation, timeZone, lensModel, exposureTime, city, state, country,
        description, projectionType;
    std::optional<double> exifImageWidth, exifImageHeight, fNumber, focalLength, iso, latitude,
        longitude, rating;
    std::optional<qint64> fileSizeInByte;
    IsoTime dateTimeOriginal, modifyDate;
    static Expected<ExifResponseDto> fromJson(const QJsonValue &json, const QString &path = {});
};

struct AssetStackDto
{
    QString id, primaryAssetId;
    int assetCount = 0;
};

struct AssetResponseDto
{
    QString id, ownerId, type, originalFileName, originalPath, originalMimeType, checksum,
        thumbhash;
    IsoTime createdAt, fileCreatedAt, fileModifiedAt, localDateTime, updatedAt;
    QString deviceAssetId, deviceId, duration;
    bool isFavorite = false, isArchived = false, isTrashed = false, isOffline = false,
         hasMetadata = false, isEdited = false, resized = false;
    QString visibility;
    std::optional<qint64> width, height;
    QString livePhotoVideoId, libraryId, duplicateId;
    std::optional<AssetStackDto> stack; //!< null or absent (partner assets in delta-sync)
    std::optional<ExifResponseDto> exifInfo;
    int peopleCount = 0; //!< `people` is always [] from full/delta-sync; only counted

    static Expected<AssetResponseDto> fromJson(const QJsonValue &json, const QString &path = {});
    static Expected<QList<AssetResponseDto>> listFromJson(const QJsonValue &json);
};

struct AssetDeltaSyncResponse
{
    bool needsFullSync = false;
    QList<AssetResponseDto> upserted;
    QStringList deleted;
    static Expected<AssetDeltaSyncResponse> fromJson(const QJsonValue &json);
};

//! Element of `GET /partners`: the other user of a partnership (the one sharing with me for
//! direction shared-with, the one I share with for shared-by).
struct PartnerResponseDto
{
    QString id; //!< the partner's user id (required)
    QString email, name, profileImagePath;
    QString avatarColor; //!< UserAvatarColor: primary | pink | red | …
    IsoTime profileChangedAt;
    std::optional<bool> inTimeline; //!< whether the partner's assets show in my timeline
    static Expected<PartnerResponseDto> fromJson(const QJsonValue &json, const QString &path = {});
    static Expected<QList<PartnerResponseDto>> listFromJson(const QJsonValue &json);
};

//! Element of `GET /sync/ack`.
struct SyncAckDto
{
    SyncEntityType type = SyncEntityType::Unknown;
    QString typeName; //!< as sent (kept for types newer than us)
    QString ack; //!< verbatim
    static Expected<SyncAckDto> fromJson(const QJsonValue &json, const QString &path = {});
    static Expected<QList<SyncAckDto>> listFromJson(const QJsonValue &json);
};

//! Parses a response body as JSON; Malformed with the parser's offset when it is not JSON.
Expected<QJsonValue> parseJsonBody(const QByteArray &body, const QString &what);

} // namespace Tidemark
