// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestApi.h"

#include "AssetDerived.h"
#include "JsonOut.h"
#include "OAuthProvider.h"
#include "ServerState.h"
#include "SyncStream.h"
#include "Thumbnails.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

namespace TidemarkDev {

namespace {

constexpr qint64 kDayMs = 86400000LL;

struct Auth
{
    int status = 0;
    QString message;
    int user = -1;
    QString token;
    bool apiKey = false;
    QStringList permissions;
    bool ok() const { return status == 0; }
    bool may(const QString &perm) const
    {
        return !apiKey || permissions.contains(QStringLiteral("all")) || permissions.contains(perm);
    }
};

QByteArray cookieValue(const QByteArray &cookies, const QByteArray &name)
{
    for (const QByteArray &part : cookies.split(';')) {
        const QByteArray t = part.trimmed();
        if (t.startsWith(name + '='))
            return t.mid(name.size() + 1);
    }
    return {};
}

Auth authenticate(Library &lib, const HttpRequest &req)
{
    Auth a;
    QByteArray token;
    const QByteArray authz = req.header("authorization");
    if (authz.size() > 7 && authz.left(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        token = authz.mid(7).trimmed();
    if (token.isEmpty())
        token = req.header("x-immich-user-token");
    if (token.isEmpty())
        token = req.header("x-immich-session-token");
    if (token.isEmpty())
        token = req.query.queryItemValue(QStringLiteral("sessionKey")).toUtf8();
    if (token.isEmpty())
        token = cookieValue(req.header("cookie"), "immich_access_token");
    if (!token.isEmpty()) {
        const QString t = QString::fromUtf8(token);
        const Session *s = lib.session(t);
        if (!s || lib.users[size_t(s->user)].hardDeleted) {
            a.status = 401;
            a.message = QStringLiteral("Invalid user token");
            return a;
        }
        a.user = s->user;
        a.token = t;
        return a;
    }
    QByteArray key = req.header("x-api-key");
    if (key.isEmpty())
        key = req.query.queryItemValue(QStringLiteral("apiKey")).toUtf8();
    if (!key.isEmpty()) {
        const Session *s = lib.apiKey(QString::fromUtf8(key));
        if (!s || lib.users[size_t(s->user)].hardDeleted) {
            a.status = 401;
            a.message = QStringLiteral("Invalid API key");
            return a;
        }
        a.user = s->user;
        a.apiKey = true;
        a.permissions = s->permissions;
        return a;
    }
    a.status = 401;
    a.message = QStringLiteral("Authentication required");
    return a;
}

HttpResponse json(int status, const QByteArray &body, const QByteArray &cid)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.correlationId = cid;
    return r;
}

HttpResponse noContent(const QByteArray &cid)
{
    HttpResponse r;
    r.status = 204;
    r.contentType.clear();
    r.etag = false;
    r.correlationId = cid;
    return r;
}

bool parseBody(const HttpRequest &req, QJsonObject *obj, QString *err)
{
    if (req.body.trimmed().isEmpty()) {
        *obj = QJsonObject();
        return true;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *err = QStringLiteral("Unexpected token in JSON at position %1").arg(pe.offset);
        return false;
    }
    if (!doc.isObject()) {
        *obj = QJsonObject();
        return true;
    }
    *obj = doc.object();
    return true;
}

bool isUuidString(const QJsonValue &v)
{
    if (!v.isString())
        return false;
    static const QRegularExpression re(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(v.toString()).hasMatch();
}

bool parseDate(const QJsonValue &v, qint64 *ms)
{
    if (!v.isString())
        return false;
    const QString s = v.toString();
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(s, Qt::ISODate);
    if (!dt.isValid())
        return false;
    *ms = dt.toMSecsSinceEpoch();
    return true;
}

QString joinTypes(const QList<Req> &list)
{
    QStringList names;
    for (Req r : list)
        names.append(QString::fromLatin1(reqName(r)));
    return names.join(QStringLiteral(", "));
}

QString joinEnts(const QList<Ent> &list)
{
    QStringList names;
    for (Ent e : list)
        names.append(QString::fromLatin1(entName(e)));
    return names.join(QStringLiteral(", "));
}

// ---------------------------------------------------------------------- AssetResponseDto
// (full/delta)

void writeExifInfo(const Asset &a, JsonOut &o)
{
    const ExifValues e = AssetDerived::exif(a);
    auto cs = [&o](const char *s) {
        if (s)
            o.str(QByteArrayView(s, qsizetype(std::strlen(s))));
        else
            o.null();
    };
    o.lit("{\"make\":");
    cs(e.make);
    o.lit(",\"model\":");
    cs(e.model);
    o.lit(",\"exifImageWidth\":");
    o.integer(a.width);
    o.lit(",\"exifImageHeight\":");
    o.integer(a.height);
    o.lit(",\"fileSizeInByte\":");
    o.integer(e.fileSize);
    o.lit(",\"orientation\":");
    cs(e.orientation);
    o.lit(",\"dateTimeOriginal\":");
    o.pgDate(a.fileCreatedAt);
    o.lit(",\"modifyDate\":");
    o.pgDate(a.fileModifiedAt());
    o.lit(",\"timeZone\":");
    cs(e.timeZone);
    o.lit(",\"lensModel\":");
    cs(e.lensModel);
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
    cs(e.exposureTime);
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
    o.lit(",\"city\":");
    cs(e.city);
    o.lit(",\"state\":");
    cs(e.state);
    o.lit(",\"country\":");
    cs(e.country);
    o.lit(",\"description\":\"\",\"projectionType\":null,\"rating\":null}");
}

void writeAssetResponse(const Library &lib, const EmulatedVersion &v, int idx, int viewer,
    bool withStack, const std::vector<int> &stackCounts, JsonOut &o)
{
    const Asset &a = lib.assets[size_t(idx)];
    const User &owner = lib.users[size_t(a.owner)];
    o.lit("{\"id\":");
    o.uuid(a.id);
    if (v.responseHasCreatedAt()) {
        o.lit(",\"createdAt\":");
        o.date(a.createdAt);
    }
    o.lit(",\"deviceAssetId\":\"dev-");
    AssetDerived::fileName(a, o);
    o.lit("\",\"ownerId\":");
    o.uuid(owner.id);
    o.lit(",\"deviceId\":\"tidemark-devserver\",\"libraryId\":null,\"type\":\"");
    const char *t = assetTypeName(a.type);
    o.raw(t, qsizetype(std::strlen(t)));
    o.lit("\",\"originalPath\":\"/data/library/");
    o.uuidBare(owner.id);
    char date[24];
    JsonOut::writeDate(date, a.fileCreatedAt, true);
    o.ch('/');
    o.raw(date, 4);
    o.ch('/');
    o.raw(date, 10);
    o.ch('/');
    AssetDerived::fileName(a, o);
    o.lit("\",\"originalFileName\":\"");
    AssetDerived::fileName(a, o);
    o.lit("\",\"originalMimeType\":");
    const char *mime = AssetDerived::mimeType(a);
    o.str(QByteArrayView(mime, qsizetype(std::strlen(mime))));
    o.lit(",\"thumbhash\":");
    AssetDerived::thumbhash(a, o);
    o.lit(",\"fileCreatedAt\":");
    o.date(a.fileCreatedAt);
    o.lit(",\"fileModifiedAt\":");
    o.date(a.fileModifiedAt());
    o.lit(",\"localDateTime\":");
    o.date(a.localDateTime());
    o.lit(",\"updatedAt\":");
    o.date(a.updatedAt());
    o.lit(",\"isFavorite\":");
    o.boolean(a.owner == viewer && a.isFavorite());
    o.lit(",\"isArchived\":");
    o.boolean(a.visibility == Visibility::Archive);
    o.lit(",\"isTrashed\":");
    o.boolean(a.deletedAt != 0);
    o.lit(",\"visibility\":\"");
    const char *vis = visibilityName(a.visibility);
    o.raw(vis, qsizetype(std::strlen(vis)));
    o.lit("\",\"duration\":");
    if (a.durationMs >= 0)
        AssetDerived::duration(a.durationMs, o);
    else
        o.lit("\"0:00:00.00000\"");
    if (a.flags & FlagHasExif) {
        o.lit(",\"exifInfo\":");
        writeExifInfo(a, o);
    }
    o.lit(",\"livePhotoVideoId\":");
    if (a.livePhotoVideo >= 0)
        o.uuid(lib.assets[size_t(a.livePhotoVideo)].id);
    else
        o.null();
    o.lit(",\"people\":[],\"checksum\":");
    AssetDerived::checksum(a, o);
    if (withStack) {
        o.lit(",\"stack\":");
        if (a.stack >= 0 && !lib.stacks[size_t(a.stack)].removed) {
            const Stack &s = lib.stacks[size_t(a.stack)];
            o.lit("{\"id\":");
            o.uuid(s.id);
            o.lit(",\"primaryAssetId\":");
            o.uuid(lib.assets[size_t(s.primaryAsset)].id);
            o.lit(",\"assetCount\":");
            o.integer(size_t(a.stack) < stackCounts.size() ? stackCounts[size_t(a.stack)] : 1);
            o.ch('}');
        } else {
            o.null();
        }
    }
    o.lit(",\"isOffline\":false,\"hasMetadata\":true,\"duplicateId\":null,\"resized\":true");
    if (v.assetHasDimensions()) {
        o.lit(",\"width\":");
        o.integer(a.width);
        o.lit(",\"height\":");
        o.integer(a.height);
        o.lit(",\"isEdited\":");
        o.boolean(a.isEdited());
    }
    o.ch('}');
}

std::vector<int> stackCounts(const Library &lib)
{
    std::vector<int> counts(lib.stacks.size(), 0);
    if (counts.empty())
        return counts;
    for (const Asset &a : lib.assets)
        if (a.stack >= 0 && !a.isPurged())
            ++counts[size_t(a.stack)];
    return counts;
}

void writeUserAdmin(const Library &lib, int user, JsonOut &o)
{
    const User &u = lib.users[size_t(user)];
    o.lit("{\"id\":");
    o.uuid(u.id);
    o.lit(",\"email\":");
    o.str(u.email);
    o.lit(",\"name\":");
    o.str(u.name);
    o.lit(",\"profileImagePath\":\"\",\"avatarColor\":");
    o.str(u.avatarColor.isEmpty() ? QStringLiteral("primary") : u.avatarColor);
    o.lit(",\"profileChangedAt\":");
    o.date(u.profileChangedAt);
    o.lit(",\"createdAt\":");
    o.date(u.createdAt);
    o.lit(",\"updatedAt\":");
    o.date(u.updateId.v7Millis());
    o.lit(",\"deletedAt\":");
    o.dateOrNull(u.deletedAt, u.deletedAt != 0);
    o.lit(",\"isAdmin\":");
    o.boolean(u.isAdmin);
    o.lit(",\"shouldChangePassword\":false,\"status\":");
    if (u.deletedAt)
        o.lit("\"deleted\"");
    else
        o.lit("\"active\"");
    o.lit(",\"storageLabel\":");
    o.strOrNull(u.storageLabel);
    o.lit(",\"oauthId\":\"\",\"quotaSizeInBytes\":null,\"quotaUsageInBytes\":");
    o.integer(u.quotaUsage);
    o.lit(",\"license\":null}");
}

// ------------------------------------------------------------------------------------------
// handlers

struct Ctx
{
    ServerState &st;
    const HttpRequest &req;
    QByteArray cid;
    Library &lib() { return st.lib; }
    const EmulatedVersion &v() { return st.version; }
    HttpResponse err(int status, const QString &msg) { return RestApi::error(status, msg, cid); }
    HttpResponse errs(int status, const QStringList &msgs)
    {
        return RestApi::error(status, {}, cid, msgs);
    }
    HttpResponse notFound()
    {
        return err(
            404, QStringLiteral("Cannot %1 %2").arg(QString::fromLatin1(req.method), req.path));
    }
};

//! ServerFeaturesDto: the login switches, the rest as a small server without machine learning.
QByteArray serverFeatures(const LoginOptions &login)
{
    JsonOut o;
    o.lit("{\"configFile\":false,\"duplicateDetection\":false,\"email\":false,"
          "\"facialRecognition\":false,\"importFaces\":false,\"map\":true,\"oauth\":");
    o.raw(QByteArrayView(login.oauth ? "true" : "false"));
    o.lit(",\"oauthAutoLaunch\":");
    o.raw(QByteArrayView(login.oauthAutoLaunch ? "true" : "false"));
    o.lit(",\"ocr\":false,\"passwordLogin\":");
    o.raw(QByteArrayView(login.passwordLogin ? "true" : "false"));
    o.lit(",\"reverseGeocoding\":false,\"search\":true,\"sidecar\":true,"
          "\"smartSearch\":false,\"trash\":true}");
    return o.toByteArray();
}

//! ServerConfigDto.
QByteArray serverConfig(const LoginOptions &login)
{
    JsonOut o;
    o.lit("{\"externalDomain\":\"\",\"isInitialized\":true,\"isOnboarded\":true,"
          "\"loginPageMessage\":");
    o.str(login.loginPageMessage);
    o.lit(",\"maintenanceMode\":false,\"mapDarkStyleUrl\":\"\",\"mapLightStyleUrl\":\"\","
          "\"oauthButtonText\":");
    o.str(login.oauthButtonText);
    o.lit(",\"publicUsers\":true,\"trashDays\":30,\"userDeleteDelay\":7}");
    return o.toByteArray();
}

HttpResponse login(Ctx &c)
{
    QJsonObject body;
    QString perr;
    if (!parseBody(c.req, &body, &perr))
        return c.err(400, perr);
    QStringList msgs;
    const QJsonValue email = body.value(QStringLiteral("email"));
    const QJsonValue password = body.value(QStringLiteral("password"));
    static const QRegularExpression emailRe(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.isString() || !emailRe.match(email.toString().trimmed()).hasMatch())
        msgs << QStringLiteral("email must be an email");
    if (!password.isString())
        msgs << QStringLiteral("password must be a string");
    if (!password.isString() || password.toString().isEmpty())
        msgs << QStringLiteral("password should not be empty");
    if (!msgs.isEmpty())
        return c.errs(400, msgs);
    if (!c.st.login.passwordLogin)
        return c.err(401, QStringLiteral("Password login has been disabled"));
    const int user = c.lib().userByEmail(email.toString());
    if (user < 0 || c.lib().users[size_t(user)].password != password.toString()
        || c.lib().users[size_t(user)].deletedAt != 0)
        return c.err(401, QStringLiteral("Incorrect email or password"));
    return RestApi::loginResponse(c.lib(), user, c.cid, "password");
}

HttpResponse syncStream(Ctx &c, const Auth &auth)
{
    QJsonObject body;
    QString perr;
    if (!parseBody(c.req, &body, &perr))
        return c.err(400, perr);
    const QList<Req> valid = c.v().requestTypesForMessage();
    const QJsonValue typesVal = body.value(QStringLiteral("types"));
    bool ok = typesVal.isArray();
    QList<Req> types;
    if (ok) {
        for (const QJsonValue &t : typesVal.toArray()) {
            Req r;
            if (!t.isString() || !reqFromName(QByteArrayView(t.toString().toLatin1()), &r)
                || !c.v().isRequestTypeValid(r)) {
                ok = false;
                break;
            }
            if (!types.contains(r))
                types.append(r);
        }
    }
    QStringList msgs;
    if (!ok)
        msgs << QStringLiteral("each value in types must be one of the following values: ")
                + joinTypes(valid);
    if (c.v().hasReset() && body.contains(QStringLiteral("reset"))
        && !body.value(QStringLiteral("reset")).isBool())
        msgs << QStringLiteral("reset must be a boolean value");
    if (!msgs.isEmpty()) {
        HttpResponse r = c.errs(400, msgs);
        r.contentType
            = "application/jsonlines+json; charset=utf-8"; // as the real server (capture 076)
        return r;
    }
    if (auth.apiKey)
        return c.err(403, QStringLiteral("Sync endpoints cannot be used with API keys"));
    Session *session = c.lib().session(auth.token);
    bool poisoned = false;
    auto stream = std::make_shared<SyncStream>(c.lib(), c.v(), *session, types,
        body.value(QStringLiteral("reset")).toBool(false), &poisoned);
    HttpResponse r;
    r.correlationId = c.cid;
    if (poisoned) {
        r.hang = true;
        return r;
    }
    r.status = 200;
    r.contentType = "application/jsonlines+json";
    r.stream = stream;
    r.streamToken = auth.token;
    return r;
}

// GET /api/partners?direction=shared-with|shared-by: the other user of each live partnership of
// the caller, as PartnerResponseDto (mapUser + inTimeline). Partnerships with a deleted user on
// either side are not listed.
HttpResponse partners(Ctx &c, const Auth &auth)
{
    const QString direction = c.req.query.queryItemValue(QStringLiteral("direction"));
    const bool sharedBy = direction == QLatin1StringView("shared-by");
    if (!sharedBy && direction != QLatin1StringView("shared-with"))
        return c.errs(400,
            {QStringLiteral(
                "direction must be one of the following values: shared-by, shared-with")});
    const Library &lib = c.lib();
    auto live = [&lib](int user) {
        const User &u = lib.users[size_t(user)];
        return !u.hardDeleted && u.deletedAt == 0;
    };
    JsonOut o;
    o.ch('[');
    bool first = true;
    for (const Partner &p : lib.partners) {
        if (p.removed || (sharedBy ? p.sharedBy : p.sharedWith) != auth.user || !live(p.sharedBy)
            || !live(p.sharedWith))
            continue;
        const User &u = lib.users[size_t(sharedBy ? p.sharedWith : p.sharedBy)];
        if (!first)
            o.ch(',');
        first = false;
        o.lit("{\"id\":");
        o.uuid(u.id);
        o.lit(",\"email\":");
        o.str(u.email);
        o.lit(",\"name\":");
        o.str(u.name);
        o.lit(",\"profileImagePath\":\"\",\"avatarColor\":");
        o.str(u.avatarColor.isEmpty() ? QStringLiteral("primary") : u.avatarColor);
        o.lit(",\"profileChangedAt\":");
        o.date(u.profileChangedAt);
        o.lit(",\"inTimeline\":");
        o.boolean(p.inTimeline);
        o.ch('}');
    }
    o.ch(']');
    return json(200, o.toByteArray(), c.cid);
}

HttpResponse ackGet(Ctx &c, const Auth &auth)
{
    if (auth.apiKey)
        return c.err(403, QStringLiteral("Sync endpoints cannot be used with API keys"));
    const Session *s = c.lib().session(auth.token);
    JsonOut o;
    o.ch('[');
    bool first = true;
    for (const auto &[type, ack] : s->checkpoints) {
        if (!first)
            o.ch(',');
        first = false;
        o.lit("{\"type\":");
        o.str(type);
        o.lit(",\"ack\":");
        o.str(ack);
        o.ch('}');
    }
    o.ch(']');
    return json(200, o.toByteArray(), c.cid);
}

HttpResponse ackPost(Ctx &c, const Auth &auth)
{
    ++c.st.ackRequests;
    QJsonObject body;
    QString perr;
    if (!parseBody(c.req, &body, &perr))
        return c.err(400, perr);
    const QJsonValue acksVal = body.value(QStringLiteral("acks"));
    QStringList msgs;
    QStringList acks;
    if (!acksVal.isArray()) {
        msgs << QStringLiteral("each value in acks must be a string")
             << QStringLiteral("acks must be an array");
    } else {
        const QJsonArray arr = acksVal.toArray();
        bool allStrings = true;
        for (const QJsonValue &a : arr) {
            if (!a.isString())
                allStrings = false;
            acks.append(a.toString());
        }
        if (c.v().limitsAcksTo1000() && arr.size() > 1000)
            msgs << QStringLiteral("acks must contain no more than 1000 elements");
        if (!allStrings)
            msgs << QStringLiteral("each value in acks must be a string");
    }
    if (!msgs.isEmpty())
        return c.errs(400, msgs);
    if (auth.apiKey)
        return c.err(403, QStringLiteral("Sync endpoints cannot be used with API keys"));
    QList<QPair<QString, QString>> rows;
    QStringList seenTypes;
    for (const QString &ack : acks) {
        const QString type = ack.section(QLatin1Char('|'), 0, 0);
        Ent e;
        if (!entFromName(QByteArrayView(type.toLatin1()), &e) || !c.v().isEntityTypeValid(e))
            return c.err(400, QStringLiteral("Invalid ack type: %1").arg(type));
        if (c.v().rejectsDuplicateAckTypes() && seenTypes.contains(type))
            return c.err(400, QStringLiteral("Only one ack per type is allowed"));
        seenTypes.append(type);
        rows.append({type, ack});
    }
    Session *s = c.lib().session(auth.token);
    for (const auto &[type, ack] : rows) {
        if (type == QLatin1StringView("SyncResetV1") && c.v().hasReset()) {
            s->checkpoints.clear();
            s->pendingReset = false;
            return noContent(c.cid);
        }
    }
    for (const auto &[type, ack] : rows)
        s->setCheckpoint(type, ack);
    return noContent(c.cid);
}

HttpResponse ackDelete(Ctx &c, const Auth &auth)
{
    QJsonObject body;
    QString perr;
    if (!parseBody(c.req, &body, &perr))
        return c.err(400, perr);
    QStringList types;
    bool all = true;
    if (body.contains(QStringLiteral("types"))) {
        all = false;
        const QJsonValue tv = body.value(QStringLiteral("types"));
        bool ok = tv.isArray();
        if (ok)
            for (const QJsonValue &t : tv.toArray()) {
                Ent e;
                if (!t.isString() || !entFromName(QByteArrayView(t.toString().toLatin1()), &e)
                    || !c.v().isEntityTypeValid(e)) {
                    ok = false;
                    break;
                }
                types.append(t.toString());
            }
        if (!ok)
            return c.errs(400,
                {QStringLiteral("each value in types must be one of the following values: ")
                    + joinEnts(c.v().entityTypesForMessage())});
    }
    if (auth.apiKey)
        return c.err(403, QStringLiteral("Sync endpoints cannot be used with API keys"));
    Session *s = c.lib().session(auth.token);
    if (all) {
        s->checkpoints.clear();
    } else {
        for (qsizetype i = s->checkpoints.size() - 1; i >= 0; --i)
            if (types.contains(s->checkpoints[i].first))
                s->checkpoints.removeAt(i);
    }
    return noContent(c.cid);
}

HttpResponse fullSync(Ctx &c, const Auth &auth)
{
    QJsonObject body;
    QString perr;
    if (!parseBody(c.req, &body, &perr))
        return c.err(400, perr);
    QStringList msgs;
    const QJsonValue lastId = body.value(QStringLiteral("lastId"));
    const QJsonValue userId = body.value(QStringLiteral("userId"));
    const QJsonValue limitV = body.value(QStringLiteral("limit"));
    if (body.contains(QStringLiteral("lastId")) && !isUuidString(lastId))
        msgs << QStringLiteral("lastId must be a UUID");
    if (body.contains(QStringLiteral("userId")) && !isUuidString(userId))
        msgs << QStringLiteral("userId must be a UUID");
    const double limitD = limitV.toDouble(-1);
    if (!limitV.isDouble() || limitD < 1)
        msgs << QStringLiteral("limit must not be less than 1");
    if (!limitV.isDouble() || limitD != double(qint64(limitD)))
        msgs << QStringLiteral("limit must be an integer number");
    qint64 until = 0;
    if (!parseDate(body.value(QStringLiteral("updatedUntil")), &until))
        msgs << QStringLiteral("updatedUntil must be a date string");
    if (!msgs.isEmpty())
        return c.errs(400, msgs);
    Library &lib = c.lib();
    int target = auth.user;
    if (body.contains(QStringLiteral("userId"))) {
        target = lib.userById(userId.toString());
        if (target != auth.user && (target < 0 || !lib.isPartnerSharingWith(target, auth.user)))
            return c.err(400, QStringLiteral("Not found or no timeline.read access"));
    }
    const qint64 limit = qint64(limitD);
    const std::vector<int> &list = lib.assetsByIdOf(target);
    auto it = list.begin();
    if (body.contains(QStringLiteral("lastId"))) {
        Uuid last;
        Uuid::parse(lastId.toString(), &last);
        it = std::upper_bound(list.begin(), list.end(), last,
            [&lib](const Uuid &u, int idx) { return u < lib.assets[size_t(idx)].id; });
    }
    const std::vector<int> counts = stackCounts(lib);
    JsonOut o;
    o.ch('[');
    qint64 n = 0;
    for (; it != list.end() && n < limit; ++it) {
        const Asset &a = lib.assets[size_t(*it)];
        if (a.visibility == Visibility::Hidden || a.updatedAt() > until)
            continue;
        if (n++)
            o.ch(',');
        writeAssetResponse(lib, c.v(), *it, auth.user, true, counts, o);
    }
    o.ch(']');
    return json(200, o.toByteArray(), c.cid);
}

HttpResponse deltaSync(Ctx &c, const Auth &auth)
{
    QJsonObject body;
    QString perr;
    if (!parseBody(c.req, &body, &perr))
        return c.err(400, perr);
    QStringList msgs;
    qint64 after = 0;
    if (!parseDate(body.value(QStringLiteral("updatedAfter")), &after))
        msgs << QStringLiteral("updatedAfter must be a date string");
    const QJsonValue idsV = body.value(QStringLiteral("userIds"));
    bool idsOk = idsV.isArray();
    if (idsOk)
        for (const QJsonValue &v : idsV.toArray())
            if (!isUuidString(v))
                idsOk = false;
    if (!idsOk)
        msgs << QStringLiteral("each value in userIds must be a UUID");
    if (!msgs.isEmpty())
        return c.errs(400, msgs);
    Library &lib = c.lib();
    const QByteArray needsFull = "{\"needsFullSync\":true,\"deleted\":[],\"upserted\":[]}";
    if (lib.nowMs() - after > 100 * kDayMs)
        return json(200, needsFull, c.cid);
    QList<int> requested;
    for (const QJsonValue &v : idsV.toArray()) {
        const int u = lib.userById(v.toString());
        if (!requested.contains(u))
            requested.append(u);
    }
    QList<int> expected {auth.user};
    for (int p : lib.partnersSharingWith(auth.user))
        if (lib.users[size_t(p)].deletedAt == 0 && !expected.contains(p))
            expected.append(p);
    std::sort(requested.begin(), requested.end());
    std::sort(expected.begin(), expected.end());
    if (requested != expected)
        return json(200, needsFull, c.cid);
    std::vector<int> changed;
    std::vector<char> isOwner(lib.users.size(), 0);
    for (int u : requested)
        isOwner[size_t(u)] = 1;
    for (size_t i = 0; i < lib.assets.size(); ++i) {
        const Asset &a = lib.assets[i];
        if (!a.isPurged() && isOwner[size_t(a.owner)] && a.updatedAt() > after)
            changed.push_back(int(i));
    }
    if (changed.size() >= 10000)
        return json(200, needsFull, c.cid);
    std::sort(changed.begin(), changed.end(), [&lib](int x, int y) {
        return lib.assets[size_t(x)].updateId < lib.assets[size_t(y)].updateId;
    });
    const std::vector<int> counts = stackCounts(lib);
    JsonOut o;
    o.lit("{\"needsFullSync\":false,\"upserted\":[");
    bool first = true;
    for (int idx : changed) {
        const Asset &a = lib.assets[size_t(idx)];
        const bool own = a.owner == auth.user;
        if (a.visibility == Visibility::Hidden || (!own && a.visibility != Visibility::Timeline))
            continue;
        if (!first)
            o.ch(',');
        first = false;
        writeAssetResponse(lib, c.v(), idx, auth.user, own, counts, o);
    }
    o.lit("],\"deleted\":[]}");
    return json(200, o.toByteArray(), c.cid);
}

HttpResponse statistics(Ctx &c, const Auth &auth)
{
    QStringList msgs;
    auto boolParam = [&](const QString &name, int *out) {
        *out = -1;
        if (!c.req.query.hasQueryItem(name))
            return;
        const QString v = c.req.query.queryItemValue(name);
        if (v == QLatin1StringView("true"))
            *out = 1;
        else if (v == QLatin1StringView("false"))
            *out = 0;
        else
            msgs << name + QStringLiteral(" must be a boolean value");
    };
    int isFavorite, isTrashed, isArchived;
    boolParam(QStringLiteral("isFavorite"), &isFavorite);
    boolParam(QStringLiteral("isTrashed"), &isTrashed);
    boolParam(QStringLiteral("isArchived"), &isArchived);
    int visibility = -1;
    if (c.req.query.hasQueryItem(QStringLiteral("visibility"))) {
        const QString v = c.req.query.queryItemValue(QStringLiteral("visibility"));
        const QStringList names = {QStringLiteral("timeline"), QStringLiteral("archive"),
            QStringLiteral("hidden"), QStringLiteral("locked")};
        visibility = int(names.indexOf(v));
        if (visibility < 0)
            msgs << QStringLiteral("visibility must be one of the following values: archive, "
                                   "timeline, hidden, locked");
    }
    if (!msgs.isEmpty())
        return c.errs(400, msgs);
    if (isArchived == 1 && visibility < 0)
        visibility = int(Visibility::Archive);
    else if (isArchived == 0 && visibility < 0)
        visibility = int(Visibility::Timeline);
    qint64 images = 0, videos = 0;
    for (const Asset &a : c.lib().assets) {
        if (a.owner != auth.user || a.isPurged())
            continue;
        if (visibility >= 0) {
            if (int(a.visibility) != visibility)
                continue;
        } else if (a.visibility != Visibility::Timeline && a.visibility != Visibility::Archive) {
            continue;
        }
        if (isFavorite >= 0 && a.isFavorite() != (isFavorite == 1))
            continue;
        if ((a.deletedAt != 0) != (isTrashed == 1))
            continue;
        if (a.type == AssetType::Image)
            ++images;
        else if (a.type == AssetType::Video)
            ++videos;
    }
    JsonOut o;
    o.lit("{\"images\":");
    o.integer(images);
    o.lit(",\"videos\":");
    o.integer(videos);
    o.lit(",\"total\":");
    o.integer(images + videos);
    o.ch('}');
    return json(200, o.toByteArray(), c.cid);
}

} // namespace

QByteArray RestApi::newCorrelationId()
{
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray id(8, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i)
        id[i] = alphabet[QRandomGenerator::global()->bounded(36)];
    return id;
}

QByteArray RestApi::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    }
    return "Unknown";
}

HttpResponse RestApi::error(
    int status, const QString &message, const QByteArray &cid, const QStringList &messages)
{
    JsonOut o;
    o.lit("{\"message\":");
    if (!messages.isEmpty()) {
        o.ch('[');
        for (qsizetype i = 0; i < messages.size(); ++i) {
            if (i)
                o.ch(',');
            o.str(messages[i]);
        }
        o.ch(']');
    } else {
        o.str(message);
    }
    o.lit(",\"error\":");
    o.str(QByteArrayView(reasonPhrase(status)));
    o.lit(",\"statusCode\":");
    o.integer(status);
    o.lit(",\"correlationId\":");
    o.str(QByteArrayView(cid));
    o.ch('}');
    return json(status, o.toByteArray(), cid);
}

HttpResponse RestApi::loginResponse(
    Library &lib, int user, const QByteArray &cid, const QByteArray &authType)
{
    const QString token = lib.createSession(user);
    const User &u = lib.users[size_t(user)];
    JsonOut o;
    o.lit("{\"accessToken\":");
    o.str(token);
    o.lit(",\"userId\":");
    o.uuid(u.id);
    o.lit(",\"userEmail\":");
    o.str(u.email);
    o.lit(",\"name\":");
    o.str(u.name);
    o.lit(",\"profileImagePath\":\"\",\"isAdmin\":");
    o.boolean(u.isAdmin);
    o.lit(",\"shouldChangePassword\":false,\"isOnboarded\":true}");
    HttpResponse r = json(201, o.toByteArray(), cid);
    const QByteArray attrs = "; Max-Age=34560000; Path=/; HttpOnly; SameSite=Lax";
    r.extraHeaders.append(
        {QByteArray("Set-Cookie"), "immich_access_token=" + token.toUtf8() + attrs});
    r.extraHeaders.append({QByteArray("Set-Cookie"), "immich_auth_type=" + authType + attrs});
    r.extraHeaders.append({QByteArray("Set-Cookie"),
        QByteArray("immich_is_authenticated=true; Max-Age=34560000; Path=/; SameSite=Lax")});
    return r;
}

HttpResponse RestApi::json(int status, const QByteArray &body, const QByteArray &cid)
{
    return TidemarkDev::json(status, body, cid);
}

HttpResponse RestApi::handle(ServerState &st, const HttpRequest &req)
{
    Ctx c {st, req, newCorrelationId()};
    QMutexLocker lock(&st.mutex);
    ++st.requests;
    ++st.requestsByPath[req.path];
    if (req.hasHeader("Authorization") || req.hasHeader("x-api-key")
        || req.hasHeader("x-immich-user-token")
        || req.header("Cookie").contains("immich_access_token"))
        ++st.credentialedRequests;
    for (const auto &[name, value] : req.headers)
        ++st.headersSeen[name.toLower()];
    for (const auto &[name, value] : st.requiredHeaders) {
        if (req.header(name) != value) {
            // What an access proxy answers: its own page, not Immich's JSON.
            HttpResponse r;
            r.status = 403;
            r.contentType = "text/html; charset=utf-8";
            r.body
                = "<html><body><h1>Forbidden</h1><p>Access denied by the proxy.</p></body></html>";
            r.correlationId = c.cid;
            r.etag = false;
            return r;
        }
    }
    const QString &p = req.path;
    const QByteArray &m = req.method;
    const EmulatedVersion v = st.version;

    if (m == "GET" && p == QLatin1StringView("/api/server/ping"))
        return json(200, "{\"res\":\"pong\"}", c.cid);
    if (m == "GET" && p == QLatin1StringView("/api/server/version")) {
        JsonOut o;
        o.lit("{\"major\":");
        o.integer(v.major());
        o.lit(",\"minor\":");
        o.integer(v.minor());
        o.lit(",\"patch\":");
        o.integer(v.patch());
        o.ch('}');
        return json(200, o.toByteArray(), c.cid);
    }
    if (m == "GET" && p == QLatin1StringView("/api/server/version-history")) {
        // ServerVersionHistoryResponseDto[]: the row of the first install (its id is the
        // installation's), then the version running now.
        const QByteArray current = QCryptographicHash::hash(
            (st.installationId + v.toString()).toUtf8(), QCryptographicHash::Sha256)
                                       .toHex();
        JsonOut o;
        o.lit("[{\"id\":");
        o.str(st.installationId);
        o.lit(",\"createdAt\":\"2025-03-01T10:00:00.000Z\",\"version\":\"v1.120.0\"},{\"id\":");
        o.str(QString::fromLatin1(current.left(8) + '-' + current.mid(8, 4) + '-'
            + current.mid(12, 4) + '-' + current.mid(16, 4) + '-' + current.mid(20, 12)));
        o.lit(",\"createdAt\":\"2026-06-01T10:00:00.000Z\",\"version\":");
        o.str(QStringLiteral("v") + v.toString());
        o.lit("}]");
        return json(200, o.toByteArray(), c.cid);
    }
    if (m == "GET" && p == QLatin1StringView("/api/server/features"))
        return json(200, serverFeatures(st.login), c.cid);
    if (m == "GET" && p == QLatin1StringView("/api/server/config"))
        return json(200, serverConfig(st.login), c.cid);
    if (m == "POST" && p == QLatin1StringView("/api/auth/login"))
        return login(c);
    if (std::optional<HttpResponse> r = OAuthProvider::handle(st, req, c.cid))
        return *r;

    enum class Route {
        None,
        Logout,
        Validate,
        Me,
        Partners,
        Stats,
        Thumb,
        Stream,
        AckGet,
        AckPost,
        AckDelete,
        Full,
        Delta
    };
    Route route = Route::None;
    QString thumbId;
    if (m == "POST" && p == QLatin1StringView("/api/auth/logout"))
        route = Route::Logout;
    else if (m == "POST" && p == QLatin1StringView("/api/auth/validateToken"))
        route = Route::Validate;
    else if (m == "GET" && p == QLatin1StringView("/api/users/me"))
        route = Route::Me;
    else if (m == "GET" && p == QLatin1StringView("/api/partners"))
        route = Route::Partners;
    else if (m == "GET" && p == QLatin1StringView("/api/assets/statistics"))
        route = Route::Stats;
    else if (m == "GET" && p.startsWith(QLatin1StringView("/api/assets/"))
        && p.endsWith(QLatin1StringView("/thumbnail")) && p.count(QLatin1Char('/')) == 4) {
        route = Route::Thumb;
        thumbId = p.section(QLatin1Char('/'), 3, 3);
    } else if (v.hasSyncStream() && m == "POST" && p == QLatin1StringView("/api/sync/stream"))
        route = Route::Stream;
    else if (v.hasSyncStream() && p == QLatin1StringView("/api/sync/ack")) {
        if (m == "GET")
            route = Route::AckGet;
        else if (m == "POST")
            route = Route::AckPost;
        else if (m == "DELETE")
            route = Route::AckDelete;
    } else if (v.hasFullDeltaSync() && m == "POST" && p == QLatin1StringView("/api/sync/full-sync"))
        route = Route::Full;
    else if (v.hasFullDeltaSync() && m == "POST" && p == QLatin1StringView("/api/sync/delta-sync"))
        route = Route::Delta;
    if (route == Route::None)
        return c.notFound();
    if (route == Route::Stream)
        ++st.streamRequests;

    const Auth auth = authenticate(st.lib, req);
    if (!auth.ok())
        return c.err(auth.status, auth.message);

    auto needPerm = [&](const QString &perm) -> std::optional<HttpResponse> {
        if (auth.may(perm))
            return std::nullopt;
        return c.err(403, QStringLiteral("Missing required permission: %1").arg(perm));
    };
    const bool scoped = v.atLeast(1, 137);
    auto syncPerm = [&](const char *perm) {
        return scoped ? QString::fromLatin1(perm) : QStringLiteral("all");
    };

    switch (route) {
    case Route::Logout: {
        if (!auth.apiKey)
            st.lib.removeSession(auth.token);
        return json(
            200, "{\"successful\":true,\"redirectUri\":\"/auth/login?autoLaunch=0\"}", c.cid);
    }
    case Route::Validate:
        return json(200, "{\"authStatus\":true}", c.cid);
    case Route::Me: {
        if (auto r = needPerm(QStringLiteral("user.read")))
            return *r;
        JsonOut o;
        writeUserAdmin(st.lib, auth.user, o);
        return json(200, o.toByteArray(), c.cid);
    }
    case Route::Partners:
        if (auto r = needPerm(QStringLiteral("partner.read")))
            return *r;
        return partners(c, auth);
    case Route::Stats:
        if (auto r = needPerm(QStringLiteral("asset.statistics")))
            return *r;
        return statistics(c, auth);
    case Route::Thumb: {
        if (auto r = needPerm(QStringLiteral("asset.view")))
            return *r;
        QStringList msgs;
        if (!isUuidString(QJsonValue(thumbId)))
            msgs << QStringLiteral("id must be a UUID");
        const QString size = req.query.hasQueryItem(QStringLiteral("size"))
            ? req.query.queryItemValue(QStringLiteral("size"))
            : QStringLiteral("thumbnail");
        const QStringList sizes = {QStringLiteral("original"), QStringLiteral("fullsize"),
            QStringLiteral("preview"), QStringLiteral("thumbnail")};
        if (!sizes.contains(size))
            msgs << QStringLiteral(
                "size must be one of the following values: original, fullsize, preview, thumbnail");
        if (!msgs.isEmpty())
            return c.errs(400, msgs);
        if (size == QLatin1StringView("original"))
            return c.err(400, QStringLiteral("May not request original file"));
        Library &lib = st.lib;
        const int idx = lib.assetById(thumbId);
        bool allowed = false;
        if (idx >= 0 && !lib.assets[size_t(idx)].isPurged()) {
            const Asset &a = lib.assets[size_t(idx)];
            if (a.owner == auth.user) {
                allowed = a.visibility != Visibility::Locked;
            } else {
                if (a.deletedAt == 0)
                    for (const AlbumAsset &aa : lib.albumAssets)
                        if (!aa.removed && aa.asset == idx
                            && lib.canSeeAlbum(auth.user, aa.album)) {
                            allowed = true;
                            break;
                        }
                if (!allowed && a.deletedAt == 0 && lib.isPartnerSharingWith(a.owner, auth.user)
                    && (a.visibility == Visibility::Timeline || a.visibility == Visibility::Hidden))
                    allowed = true;
            }
        }
        if (!allowed)
            return c.err(400, QStringLiteral("Not found or no asset.view access"));
        const Asset copy = lib.assets[size_t(idx)];
        const QByteArray label = AssetDerived::fileName(copy);
        lock.unlock();
        HttpResponse r;
        r.status = 200;
        r.correlationId = c.cid;
        r.etag = false;
        r.body = Thumbnails::render(
            copy, label, size != QLatin1StringView("thumbnail"), &r.contentType);
        r.extraHeaders.append({QByteArray("Cache-Control"),
            QByteArray("private, max-age=86400, no-transform, stale-while-revalidate=2592000, "
                       "stale-if-error=2592000")});
        return r;
    }
    case Route::Stream:
        if (auto r = needPerm(syncPerm("sync.stream")))
            return *r;
        return syncStream(c, auth);
    case Route::AckGet:
        if (auto r = needPerm(syncPerm("syncCheckpoint.read")))
            return *r;
        return ackGet(c, auth);
    case Route::AckPost:
        if (auto r = needPerm(syncPerm("syncCheckpoint.update")))
            return *r;
        return ackPost(c, auth);
    case Route::AckDelete:
        if (auto r = needPerm(syncPerm("syncCheckpoint.delete")))
            return *r;
        return ackDelete(c, auth);
    case Route::Full:
        if (auto r = needPerm(QStringLiteral("all")))
            return *r;
        return fullSync(c, auth);
    case Route::Delta:
        if (auto r = needPerm(QStringLiteral("all")))
            return *r;
        return deltaSync(c, auth);
    case Route::None:
        break;
    }
    return c.notFound();
}

} // namespace TidemarkDev
