// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiDtos.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace Tidemark {

namespace {

const char *jsonKind(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return "null";
    case QJsonValue::Bool:
        return "boolean";
    case QJsonValue::Double:
        return "number";
    case QJsonValue::String:
        return "string";
    case QJsonValue::Array:
        return "array";
    case QJsonValue::Object:
        return "object";
    case QJsonValue::Undefined:
        break;
    }
    return "nothing";
}

// Reads members of one JSON object, remembering the first problem with its full member path.
class ObjectReader
{
public:
    ObjectReader(const QJsonValue &value, QString path) : m_path(std::move(path))
    {
        if (!value.isObject())
            fail({}, "object", value);
        m_object = value.toObject();
    }

    bool ok() const { return !m_error; }
    const Error &error() const { return m_error; }
    const QJsonObject &object() const { return m_object; }

    QJsonValue value(const char *key) const { return m_object.value(QLatin1StringView(key)); }
    QString path(const char *key) const
    {
        return key ? m_path + u'.' + QLatin1StringView(key) : m_path;
    }

    void fail(const char *key, const char *expected, const QJsonValue &got)
    {
        if (m_error)
            return;
        m_error
            = Error::make(Error::Kind::Malformed, m_path.section(u'.', 0, 0).section(u'[', 0, 0),
                QStringLiteral("%1: expected %2, got %3")
                    .arg(path(key), QLatin1StringView(expected), QLatin1StringView(jsonKind(got))));
    }
    void failWith(const Error &e)
    {
        if (!m_error)
            m_error = e;
    }

    void str(const char *key, QString &out, bool required = false)
    {
        const QJsonValue v = value(key);
        if (v.isString())
            out = v.toString();
        else if (v.isNull() || (v.isUndefined() && !required))
            out = QString();
        else
            fail(key, required ? "string" : "string or null", v);
    }
    void boolean(const char *key, bool &out, bool required = false)
    {
        const QJsonValue v = value(key);
        if (v.isBool())
            out = v.toBool();
        else if (!((v.isNull() || v.isUndefined()) && !required))
            fail(key, "boolean", v);
    }
    void integer(const char *key, std::optional<qint64> &out)
    {
        const QJsonValue v = value(key);
        if (v.isNull() || v.isUndefined())
            out.reset();
        else if (v.isDouble() && v.toDouble() == std::floor(v.toDouble()))
            out = v.toInteger();
        else
            fail(key, "integer or null", v);
    }
    void integer(const char *key, qint64 &out, bool required = false)
    {
        std::optional<qint64> o;
        const QJsonValue v = value(key);
        if (required && !v.isDouble()) {
            fail(key, "integer", v);
            return;
        }
        integer(key, o);
        if (o)
            out = *o;
    }
    void number(const char *key, std::optional<double> &out)
    {
        const QJsonValue v = value(key);
        if (v.isNull() || v.isUndefined())
            out.reset();
        else if (v.isDouble())
            out = v.toDouble();
        else
            fail(key, "number or null", v);
    }

private:
    QJsonObject m_object;
    QString m_path;
    Error m_error;
};

template<typename T> Expected<T> finish(const ObjectReader &r, T &&value)
{
    if (!r.ok())
        return r.error();
    return std::forward<T>(value);
}

QJsonArray toStrings(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

} // namespace

// ---- requests ----

QJsonObject LoginCredential::toJson() const
{
    return {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
}

QJsonObject OAuthAuthorizeRequest::toJson() const
{
    QJsonObject o {{QStringLiteral("redirectUri"), redirectUri}};
    if (!state.isEmpty())
        o.insert(QStringLiteral("state"), state);
    if (!codeChallenge.isEmpty())
        o.insert(QStringLiteral("codeChallenge"), codeChallenge);
    return o;
}

QJsonObject OAuthCallbackRequest::toJson() const
{
    QJsonObject o {{QStringLiteral("url"), url}};
    if (!state.isEmpty())
        o.insert(QStringLiteral("state"), state);
    if (!codeVerifier.isEmpty())
        o.insert(QStringLiteral("codeVerifier"), codeVerifier);
    return o;
}

QJsonObject SyncStreamRequest::toJson() const
{
    QJsonArray a;
    for (SyncRequestType t : types)
        if (t != SyncRequestType::Unknown)
            a.append(requestTypeName(t));
    QJsonObject o {{QStringLiteral("types"), a}};
    if (reset)
        o.insert(QStringLiteral("reset"), *reset);
    return o;
}

QJsonObject SyncAckSetRequest::toJson() const
{
    return {{QStringLiteral("acks"), toStrings(acks)}};
}

QJsonObject SyncAckDeleteRequest::toJson() const
{
    if (!types)
        return {};
    QJsonArray a;
    for (SyncEntityType t : *types)
        if (t != SyncEntityType::Unknown)
            a.append(entityTypeName(t));
    return {{QStringLiteral("types"), a}};
}

QJsonObject FullSyncRequest::toJson() const
{
    QJsonObject o {
        {QStringLiteral("updatedUntil"), updatedUntil}, {QStringLiteral("limit"), limit}};
    if (!lastId.isEmpty())
        o.insert(QStringLiteral("lastId"), lastId);
    if (!userId.isEmpty())
        o.insert(QStringLiteral("userId"), userId);
    return o;
}

QJsonObject DeltaSyncRequest::toJson() const
{
    return {{QStringLiteral("updatedAfter"), updatedAfter},
        {QStringLiteral("userIds"), toStrings(userIds)}};
}

// ---- responses ----

Expected<QJsonValue> parseJsonBody(const QByteArray &body, const QString &what)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt reports an unterminated string at the end one byte past the body; clamp to its end.
        const qint64 offset = std::clamp<qint64>(error.offset, 0, body.size());
        Error e = Error::make(Error::Kind::Malformed, what,
            QStringLiteral("not JSON: %1 at byte %2").arg(error.errorString()).arg(offset));
        e.byteOffset = offset;
        return e;
    }
    if (doc.isArray())
        return QJsonValue(doc.array());
    return QJsonValue(doc.object());
}

Expected<PingResponse> PingResponse::fromJson(const QJsonValue &json)
{
    ObjectReader r(json, QStringLiteral("ServerPingResponse"));
    PingResponse p;
    r.str("res", p.res, true);
    return finish(r, std::move(p));
}

Expected<ServerFeatures> ServerFeatures::fromJson(const QJsonValue &json)
{
    ObjectReader r(json, QStringLiteral("ServerFeaturesDto"));
    ServerFeatures f;
    r.boolean("passwordLogin", f.passwordLogin, true);
    r.boolean("oauth", f.oauth, true);
    r.boolean("oauthAutoLaunch", f.oauthAutoLaunch);
    return finish(r, std::move(f));
}

Expected<ServerConfig> ServerConfig::fromJson(const QJsonValue &json)
{
    ObjectReader r(json, QStringLiteral("ServerConfigDto"));
    ServerConfig c;
    r.str("oauthButtonText", c.oauthButtonText);
    r.str("loginPageMessage", c.loginPageMessage);
    r.boolean("maintenanceMode", c.maintenanceMode);
    return finish(r, std::move(c));
}

//! A JSON array of one DTO type, each element decoded by T::fromJson(value, "Name[i]").
template<typename T> Expected<QList<T>> listOf(const QJsonValue &json, const char *name)
{
    const QString type = QString::fromLatin1(name);
    if (!json.isArray())
        return Error::make(Error::Kind::Malformed, type,
            QStringLiteral("%1[]: expected array, got %2")
                .arg(type, QLatin1StringView(jsonKind(json))));
    QList<T> out;
    const QJsonArray array = json.toArray();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto item = T::fromJson(array.at(i), QStringLiteral("%1[%2]").arg(type).arg(i));
        if (!item)
            return item.error();
        out.append(std::move(item).value());
    }
    return out;
}

Expected<ServerVersionHistoryEntry> ServerVersionHistoryEntry::fromJson(
    const QJsonValue &json, const QString &path)
{
    ObjectReader r(json, path.isEmpty() ? QStringLiteral("ServerVersionHistoryResponseDto") : path);
    ServerVersionHistoryEntry e;
    r.str("id", e.id, true);
    r.str("createdAt", e.createdAt, true);
    r.str("version", e.version, true);
    return finish(r, std::move(e));
}

Expected<QList<ServerVersionHistoryEntry>> ServerVersionHistoryEntry::listFromJson(
    const QJsonValue &json)
{
    return listOf<ServerVersionHistoryEntry>(json, "ServerVersionHistoryResponseDto");
}

Expected<OAuthAuthorizeResponse> OAuthAuthorizeResponse::fromJson(const QJsonValue &json)
{
    ObjectReader r(json, QStringLiteral("OAuthAuthorizeResponseDto"));
    OAuthAuthorizeResponse a;
    QString url;
    r.str("url", url, true);
    a.url = QUrl(url, QUrl::StrictMode);
    if (r.ok() && (!a.url.isValid() || a.url.scheme().isEmpty()))
        r.fail("url", "an absolute address", QJsonValue(url));
    return finish(r, std::move(a));
}

Expected<LoginResponse> LoginResponse::fromJson(const QJsonValue &json)
{
    ObjectReader r(json, QStringLiteral("LoginResponseDto"));
    LoginResponse l;
    r.str("accessToken", l.accessToken, true);
    r.str("userId", l.userId, true);
    r.str("userEmail", l.userEmail);
    r.str("name", l.name);
    r.str("profileImagePath", l.profileImagePath);
    r.boolean("isAdmin", l.isAdmin);
    r.boolean("shouldChangePassword", l.shouldChangePassword);
    r.boolean("isOnboarded", l.isOnboarded);
    if (r.ok() && l.accessToken.isEmpty())
        r.fail("accessToken", "a non-empty string", QJsonValue(QString()));
    return finish(r, std::move(l));
}

Expected<LogoutResponse> LogoutResponse::fromJson(const QJsonValue &json)
{
    ObjectReader r(json, QStringLiteral("LogoutResponseDto"));
    LogoutResponse l;
    r.boolean("successful", l.successful, true);
    r.str("redirectUri", l.redirectUri);
    return finish(r, std::move(l));
}

Expected<ValidateTokenResponse> ValidateTokenResponse::fromJson(const QJsonValue &json)
{
    ObjectReader r(json, QStringLiteral("ValidateAccessTokenResponseDto"));
    ValidateTokenResponse v;
    r.boolean("authStatus", v.authStatus, true);
    return finish(r, std::move(v));
}

Expected<UserAdminResponse> UserAdminResponse::fromJson(const QJsonValue &json)
{
    ObjectReader r(json, QStringLiteral("UserAdminResponseDto"));
    UserAdminResponse u;
    r.str("id", u.id, true);
    r.str("email", u.email, true);
    r.str("name", u.name);
    r.str("profileImagePath", u.profileImagePath);
    r.str("avatarColor", u.avatarColor);
    r.str("profileChangedAt", u.profileChangedAt);
    r.str("createdAt", u.createdAt);
    r.str("updatedAt", u.updatedAt);
    r.str("deletedAt", u.deletedAt);
    r.boolean("isAdmin", u.isAdmin);
    r.boolean("shouldChangePassword", u.shouldChangePassword);
    r.str("status", u.status);
    r.str("storageLabel", u.storageLabel);
    r.str("oauthId", u.oauthId);
    r.integer("quotaSizeInBytes", u.quotaSizeInBytes);
    r.integer("quotaUsageInBytes", u.quotaUsageInBytes);
    const QJsonValue license = r.value("license");
    if (license.isObject()) {
        ObjectReader lr(license, r.path("license"));
        UserLicense l;
        lr.str("licenseKey", l.licenseKey);
        lr.str("activationKey", l.activationKey);
        lr.str("activatedAt", l.activatedAt);
        if (!lr.ok())
            r.failWith(lr.error());
        u.license = l;
    } else if (!license.isNull() && !license.isUndefined()) {
        r.fail("license", "object or null", license);
    }
    return finish(r, std::move(u));
}

Expected<AssetStatsResponse> AssetStatsResponse::fromJson(const QJsonValue &json)
{
    ObjectReader r(json, QStringLiteral("AssetStatsResponseDto"));
    AssetStatsResponse s;
    r.integer("images", s.images, true);
    r.integer("videos", s.videos, true);
    r.integer("total", s.total, true);
    return finish(r, std::move(s));
}

Expected<ExifResponseDto> ExifResponseDto::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader r(json, path.isEmpty() ? QStringLiteral("ExifResponseDto") : path);
    ExifResponseDto e;
    r.str("make", e.make);
    r.str("model", e.model);
    r.str("orientation", e.orientation);
    r.str("timeZone", e.timeZone);
    r.str("lensModel", e.lensModel);
    r.str("exposureTime", e.exposureTime);
    r.str("city", e.city);
    r.str("state", e.state);
    r.str("country", e.country);
    r.str("description", e.description);
    r.str("projectionType", e.projectionType);
    r.number("exifImageWidth", e.exifImageWidth);
    r.number("exifImageHeight", e.exifImageHeight);
    r.number("fNumber", e.fNumber);
    r.number("focalLength", e.focalLength);
    r.number("iso", e.iso);
    r.number("latitude", e.latitude);
    r.number("longitude", e.longitude);
    r.number("rating", e.rating);
    r.integer("fileSizeInByte", e.fileSizeInByte);
    r.str("dateTimeOriginal", e.dateTimeOriginal);
    r.str("modifyDate", e.modifyDate);
    return finish(r, std::move(e));
}

Expected<AssetResponseDto> AssetResponseDto::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader r(json, path.isEmpty() ? QStringLiteral("AssetResponseDto") : path);
    AssetResponseDto a;
    r.str("id", a.id, true);
    r.str("ownerId", a.ownerId, true);
    r.str("type", a.type, true);
    r.str("checksum", a.checksum, true);
    r.str("originalFileName", a.originalFileName);
    r.str("originalPath", a.originalPath);
    r.str("originalMimeType", a.originalMimeType);
    r.str("thumbhash", a.thumbhash);
    r.str("createdAt", a.createdAt);
    r.str("fileCreatedAt", a.fileCreatedAt);
    r.str("fileModifiedAt", a.fileModifiedAt);
    r.str("localDateTime", a.localDateTime);
    r.str("updatedAt", a.updatedAt);
    r.str("deviceAssetId", a.deviceAssetId);
    r.str("deviceId", a.deviceId);
    r.str("duration", a.duration);
    r.boolean("isFavorite", a.isFavorite);
    r.boolean("isArchived", a.isArchived);
    r.boolean("isTrashed", a.isTrashed);
    r.boolean("isOffline", a.isOffline);
    r.boolean("hasMetadata", a.hasMetadata);
    r.boolean("isEdited", a.isEdited);
    r.boolean("resized", a.resized);
    r.str("visibility", a.visibility);
    r.integer("width", a.width);
    r.integer("height", a.height);
    r.str("livePhotoVideoId", a.livePhotoVideoId);
    r.str("libraryId", a.libraryId);
    r.str("duplicateId", a.duplicateId);
    const QJsonValue stack = r.value("stack");
    if (stack.isObject()) {
        ObjectReader sr(stack, r.path("stack"));
        AssetStackDto s;
        sr.str("id", s.id, true);
        sr.str("primaryAssetId", s.primaryAssetId, true);
        qint64 count = 0;
        sr.integer("assetCount", count, true);
        s.assetCount = int(count);
        if (!sr.ok())
            r.failWith(sr.error());
        a.stack = s;
    } else if (!stack.isNull() && !stack.isUndefined()) {
        r.fail("stack", "object or null", stack);
    }
    const QJsonValue exif = r.value("exifInfo");
    if (exif.isObject()) {
        auto e = ExifResponseDto::fromJson(exif, r.path("exifInfo"));
        if (e)
            a.exifInfo = *e;
        else
            r.failWith(e.error());
    } else if (!exif.isNull() && !exif.isUndefined()) {
        r.fail("exifInfo", "object or null", exif);
    }
    const QJsonValue people = r.value("people");
    if (people.isArray())
        a.peopleCount = int(people.toArray().size());
    else if (!people.isNull() && !people.isUndefined())
        r.fail("people", "array", people);
    return finish(r, std::move(a));
}

Expected<QList<AssetResponseDto>> AssetResponseDto::listFromJson(const QJsonValue &json)
{
    return listOf<AssetResponseDto>(json, "AssetResponseDto");
}

Expected<AssetDeltaSyncResponse> AssetDeltaSyncResponse::fromJson(const QJsonValue &json)
{
    ObjectReader r(json, QStringLiteral("AssetDeltaSyncResponseDto"));
    AssetDeltaSyncResponse d;
    r.boolean("needsFullSync", d.needsFullSync, true);
    const QJsonValue upserted = r.value("upserted");
    if (r.ok()) {
        if (!upserted.isArray()) {
            r.fail("upserted", "array", upserted);
        } else {
            const QJsonArray array = upserted.toArray();
            for (qsizetype i = 0; i < array.size() && r.ok(); ++i) {
                auto a = AssetResponseDto::fromJson(
                    array.at(i), r.path("upserted") + QStringLiteral("[%1]").arg(i));
                if (a)
                    d.upserted.append(std::move(a).value());
                else
                    r.failWith(a.error());
            }
        }
    }
    const QJsonValue deleted = r.value("deleted");
    if (r.ok()) {
        if (!deleted.isArray()) {
            r.fail("deleted", "array", deleted);
        } else {
            for (const QJsonValue &v : deleted.toArray()) {
                if (!v.isString()) {
                    r.fail("deleted", "array of strings", deleted);
                    break;
                }
                d.deleted.append(v.toString());
            }
        }
    }
    return finish(r, std::move(d));
}

Expected<SyncAckDto> SyncAckDto::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader r(json, path.isEmpty() ? QStringLiteral("SyncAckDto") : path);
    SyncAckDto a;
    r.str("type", a.typeName, true);
    r.str("ack", a.ack, true);
    a.type = entityTypeFromName(QStringView(a.typeName));
    return finish(r, std::move(a));
}

Expected<QList<SyncAckDto>> SyncAckDto::listFromJson(const QJsonValue &json)
{
    return listOf<SyncAckDto>(json, "SyncAckDto");
}

QString partnerDirectionName(PartnerDirection direction)
{
    return direction == PartnerDirection::SharedBy ? QStringLiteral("shared-by")
                                                   : QStringLiteral("shared-with");
}

Expected<PartnerResponseDto> PartnerResponseDto::fromJson(
    const QJsonValue &json, const QString &path)
{
    ObjectReader r(json, path.isEmpty() ? QStringLiteral("PartnerResponseDto") : path);
    PartnerResponseDto p;
    r.str("id", p.id, true);
    r.str("email", p.email);
    r.str("name", p.name);
    r.str("profileImagePath", p.profileImagePath);
    r.str("avatarColor", p.avatarColor);
    r.str("profileChangedAt", p.profileChangedAt);
    const QJsonValue inTimeline = r.value("inTimeline");
    if (inTimeline.isBool())
        p.inTimeline = inTimeline.toBool();
    else if (!inTimeline.isNull() && !inTimeline.isUndefined())
        r.fail("inTimeline", "boolean", inTimeline);
    return finish(r, std::move(p));
}

Expected<QList<PartnerResponseDto>> PartnerResponseDto::listFromJson(const QJsonValue &json)
{
    return listOf<PartnerResponseDto>(json, "PartnerResponseDto");
}

} // namespace Tidemark
