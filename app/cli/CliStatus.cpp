// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// status: server, version, capabilities, user, mirror, last run, checkpoints.

#include "cli/CliCommandsCommon.h"

#include "api/GetSyncAcksJob.h"
#include "mirror/AckBook.h"
#include "mirror/MirrorStore.h"
#include "models/RunHistoryModel.h"
#include "protocol/AckString.h"
#include "sync/SyncTypesUi.h"

#include <QFileInfo>

namespace Tidemark::Cli {

using namespace Qt::StringLiterals;

int cmdStatus(Context &ctx)
{
    Output &out = ctx.out();
    if (const int code = ctx.resolveAccount(false))
        return code;
    QJsonObject &doc = out.document();
    int code = ExitOk;
    auto problem = [&](const Error &error) {
        out.fail(exitCodeFor(error), error);
        if (code == ExitOk)
            code = exitCodeFor(error);
    };

    QList<QPair<QString, QString>> fields;
    fields.append({u"Server"_s, ctx.server().toString()});
    if (ctx.accountSaved())
        fields.append(
            {u"Account"_s, u"%1 (id %2)"_s.arg(ctx.account().displayName(), ctx.account().id)});
    QJsonObject account;
    account[u"id"_s] = ctx.account().id;
    account[u"server"_s] = ctx.server().toString();
    account[u"email"_s] = ctx.account().email;
    account[u"saved"_s] = ctx.accountSaved();
    doc[u"account"_s] = account;

    // Server: version and capabilities (no credentials needed).
    Http http(ctx.server(), ctx.timeoutMs());
    const ServerInfo info = fetchServerInfo(ctx);
    QJsonObject server;
    server[u"url"_s] = ctx.server().toString();
    server[u"reachable"_s] = !info.error || info.error.kind == Error::Kind::NotImmich;
    if (info.error) {
        fields.append({u"Version"_s,
            info.error.kind == Error::Kind::NotImmich
                ? u"unknown (the address answered, but it is not an Immich server)"_s
                : u"unknown (server not reachable)"_s});
        problem(info.error);
    } else {
        const ServerCapabilities &caps = info.capabilities;
        server[u"version"_s] = info.version.toString();
        server[u"capabilities"_s] = capabilitiesJson(caps);
        fields.append({u"Version"_s, u"Immich "_s + info.version.toString()});
        QStringList can;
        can << (caps.hasSyncStream() ? u"sync stream"_s : u"no sync stream"_s);
        can << (caps.hasFullAndDeltaSync() ? u"full and delta sync"_s : u"no full or delta sync"_s);
        if (caps.sendsSyncComplete())
            can << u"SyncCompleteV1"_s;
        if (caps.supportsResetFlag())
            can << u"reset flag"_s;
        if (caps.usesV2AssetTypes())
            can << u"V2 asset types"_s;
        fields.append({u"Capabilities"_s, can.join(u", "_s)});
        QStringList types;
        for (SyncRequestType t : caps.defaultRequestTypes())
            types << requestTypeName(t);
        fields.append({u"Stream types"_s, u"%1 (%2)"_s.arg(types.size()).arg(types.join(u","_s))});
    }
    doc[u"server"_s] = server;

    // Who we are, with which credential.
    QString token = ctx.sessionToken();
    const QString apiKey = ctx.apiKey();
    QString userId = ctx.account().userId;
    QJsonObject user;
    user[u"session"_s] = token.isEmpty() ? u"none"_s : ctx.sessionTokenSource();
    user[u"apiKey"_s] = !apiKey.isEmpty();
    QString credential = token.isEmpty()
        ? u"no session (run `tidemark login`)"_s
        : u"session token from the %1"_s.arg(ctx.sessionTokenSource());
    if (!apiKey.isEmpty())
        credential += u", API key"_s;
    if (!ctx.secrets().keychainAvailable() && ctx.sessionTokenSource() != u"environment"_s)
        credential += u" (no OS keychain: %1)"_s.arg(ctx.secrets().keychainError());
    fields.append({u"Credentials"_s, credential});
    QList<QPair<QString, QString>> serverCheckpoints;
    bool checkpointsKnown = false;
    if (!info.error && (!token.isEmpty() || !apiKey.isEmpty())) {
        UserAdminResponse me;
        if (const Error e = checkUser(ctx, token, apiKey, &me)) {
            fields.append({u"User"_s, u"unknown (%1)"_s.arg(kindName(e.kind))});
            problem(e);
        } else {
            const UserAdminResponse &u = me;
            userId = u.id;
            user[u"id"_s] = u.id;
            user[u"email"_s] = u.email;
            user[u"name"_s] = u.name;
            user[u"isAdmin"_s] = u.isAdmin;
            fields.append({u"User"_s,
                u"%1 <%2>%3, id %4"_s.arg(
                    u.name, u.email, u.isAdmin ? u" (admin)"_s : QString(), u.id)});
            if (!token.isEmpty() && info.capabilities.hasSyncStream()) {
                http.setCredentials(Credentials::sessionToken(token));
                GetSyncAcksJob acks;
                if (const Error ae = http.run(&acks)) {
                    problem(ae);
                } else {
                    checkpointsKnown = true;
                    for (const SyncAckDto &a : acks.result())
                        serverCheckpoints.append({a.typeName, a.ack});
                }
            }
        }
    }
    token.fill(u'\0');
    token.clear();
    doc[u"user"_s] = user;

    // The local mirror.
    QJsonObject mirror;
    const QString path = userId.isEmpty() ? QString() : ctx.mirrorPath(userId);
    mirror[u"path"_s] = path;
    QList<CommittedAck> committed;
    QList<PendingAck> pending;
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        mirror[u"exists"_s] = false;
        fields.append({u"Mirror"_s,
            path.isEmpty() ? u"unknown (user id not known yet)"_s : u"none yet (%1)"_s.arg(path)});
    } else {
        mirror[u"exists"_s] = true;
        mirror[u"bytes"_s] = QFileInfo(path).size();
        MirrorStore store;
        MirrorStore::OpenOptions o;
        o.readOnly = true;
        o.quickCheck = false;
        if (const Error e = store.open(path, o)) {
            fields.append({u"Mirror"_s, u"%1 (cannot open: %2)"_s.arg(path, e.userMessage())});
            problem(e);
        } else {
            const MirrorResult<MirrorTableCounts> counts = store.tableCounts();
            QJsonObject c;
            QStringList parts;
            for (auto it = counts.value.cbegin(); it != counts.value.cend(); ++it) {
                c[it.key()] = it.value();
                if (it.value() > 0)
                    parts << u"%1 %2"_s.arg(it.key(), groupDigits(it.value()));
            }
            mirror[u"counts"_s] = c;
            fields.append(
                {u"Mirror"_s, u"%1 (%2)"_s.arg(path, formatBytes(QFileInfo(path).size()))});
            fields.append({u"Mirror rows"_s, parts.isEmpty() ? u"empty"_s : parts.join(u", "_s)});
            // What only full/delta-sync has described, and so is not known (MirrorSchema.h).
            const auto unknown = store.unknownFieldCounts();
            QJsonObject uk;
            uk[u"favorite"_s] = unknown.value.first;
            uk[u"deletedAt"_s] = unknown.value.second;
            mirror[u"unknownFields"_s] = uk;
            if (unknown.value.first > 0 || unknown.value.second > 0) {
                QStringList what;
                if (unknown.value.first > 0)
                    what << Words::tr(
                        "favorite of %Ln partner asset(s)", nullptr, int(unknown.value.first));
                if (unknown.value.second > 0)
                    what << Words::tr("deletion time of %Ln trashed asset(s)", nullptr,
                        int(unknown.value.second));
                fields.append({u"Unknown"_s,
                    what.join(u", "_s)
                        + u" (only a full or delta sync has described them; a stream sync fills them in)"_s});
            }
            AckBook book(store);
            committed = book.committed().value;
            pending = book.pendingLog().value;
        }
        store.close();

        const auto runs = RunHistoryModel::readRuns(path, 1);
        if (runs.ok() && !runs.value.isEmpty()) {
            const RunHistoryEntry r = runs.value.first();
            QJsonObject last;
            last[u"runId"_s] = r.runId;
            last[u"kind"_s] = r.kind;
            last[u"mode"_s] = r.mode;
            last[u"outcome"_s] = r.outcome;
            last[u"started"_s] = r.started.toString(Qt::ISODateWithMs);
            last[u"finished"_s] = r.finished.toString(Qt::ISODateWithMs);
            last[u"events"_s] = r.events;
            last[u"bytes"_s] = r.bytes;
            last[u"durationMs"_s] = r.durationMs;
            if (!r.error.isEmpty())
                last[u"error"_s] = r.error;
            doc[u"lastRun"_s] = last;
            fields.append({u"Last run"_s,
                // Words for people (the stored names stay in --json); the error as its sentence.
                // A run without an end time (its process was killed) has no known length.
                u"%1, %2 (%3), %4 UTC, %5%6%7"_s.arg(runWordText(r.kind), runWordText(r.outcome),
                    runWordText(r.mode), r.started.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                    Words::tr("%Ln line(s)", nullptr, int(r.events)),
                    r.finished.isValid() ? u" in "_s + formatDuration(r.durationMs) : QString(),
                    r.error.isEmpty()
                        ? QString()
                        : u": "_s + RunHistoryModel::errorSentence(r.error).section(u'\n', 0, 0))});
        } else {
            fields.append({u"Last run"_s, u"none"_s});
        }
    }
    doc[u"mirror"_s] = mirror;

    // Checkpoints: server vs local, in one line plus counts.
    QHash<QString, QString> local;
    for (const CommittedAck &c : std::as_const(committed))
        local.insert(c.type, c.ack);
    int agree = 0, differ = 0, serverOnly = 0, keptByServer = 0;
    QDateTime lastComplete;
    for (const auto &[type, ack] : std::as_const(serverCheckpoints)) {
        CheckpointRow row;
        row.type = type;
        row.serverAck = ack;
        row.localAck = local.value(type);
        if (row.keptByServer()) // a backfill checkpoint the server writes itself: no disagreement
            ++keptByServer;
        else if (!local.contains(type))
            ++serverOnly;
        else if (local.value(type) == ack)
            ++agree;
        else
            ++differ;
        if (type == u"SyncCompleteV1"_s)
            lastComplete = AckString(ack).timestamp();
    }
    QSet<QString> pendingTypes;
    for (const PendingAck &p : std::as_const(pending))
        pendingTypes.insert(p.type);
    QJsonObject cp;
    cp[u"serverKnown"_s] = checkpointsKnown;
    cp[u"server"_s] = qint64(serverCheckpoints.size());
    cp[u"local"_s] = qint64(committed.size());
    cp[u"agree"_s] = agree;
    cp[u"differ"_s] = differ;
    cp[u"serverOnly"_s] = serverOnly;
    cp[u"keptByServer"_s] = keptByServer;
    cp[u"pendingAcks"_s] = qint64(pending.size());
    cp[u"pendingTypes"_s] = qint64(pendingTypes.size());
    if (lastComplete.isValid())
        cp[u"lastSyncComplete"_s] = lastComplete.toString(Qt::ISODateWithMs);
    doc[u"checkpoints"_s] = cp;
    QString summary = checkpointsKnown
        ? u"%1 on the server, %2 local (%3 agree, %4 differ, %5 server only)"_s
              .arg(serverCheckpoints.size())
              .arg(committed.size())
              .arg(agree)
              .arg(differ)
              .arg(serverOnly)
        : u"server unknown, %1 local"_s.arg(committed.size());
    if (checkpointsKnown && keptByServer > 0)
        summary += u"; %1 kept by the server for backfill"_s.arg(keptByServer);
    if (!pending.isEmpty())
        summary += u"; %1 acks pending for %2 types"_s.arg(pending.size()).arg(pendingTypes.size());
    fields.append({u"Checkpoints"_s, summary});
    if (lastComplete.isValid())
        fields.append(
            {u"Last complete"_s, lastComplete.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s)});

    out.print(formatFields(fields));
    return code;
}

} // namespace Tidemark::Cli
