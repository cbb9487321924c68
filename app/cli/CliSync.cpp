// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// stream, acks, full-sync, delta-sync, reconcile: everything that goes through the SyncService.

#include "cli/CliCommandsCommon.h"
#include "cli/CliSyncDriver.h"

#include "api/SendSyncAcksJob.h"
#include "mirror/AckBook.h"
#include "mirror/MirrorHealth.h"
#include "mirror/MirrorStore.h"
#include "mirror/MirrorWriteLock.h"
#include "protocol/AckString.h"
#include "sync/SyncTypesUi.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSet>
#include <QTimeZone>
#include <QVersionNumber>

#include <algorithm>

namespace Tidemark::Cli {

using namespace Qt::StringLiterals;

namespace {

struct SyncSetup
{
    ServerInfo info;
    UserAdminResponse me;
    SyncConnection connection;
};

//! Account, credentials, server version and user: everything a run needs. `needSession`: the
//! stream and acks (the server refuses API keys there); otherwise an API key will do.
int prepare(Context &ctx, bool needSession, SyncSetup *setup)
{
    Output &out = ctx.out();
    if (const int code = ctx.resolveAccount(false))
        return code;
    const QString token = ctx.sessionToken();
    const QString apiKey = needSession ? QString() : ctx.apiKey();
    const QString who = ctx.account().email.isEmpty()
        ? ctx.server().toString()
        : u"%1 on %2"_s.arg(ctx.account().email, ctx.server().host());
    if (token.isEmpty() && (needSession || apiKey.isEmpty())) {
        QString message = u"not logged in as %1: run `tidemark login`"_s.arg(who);
        if (needSession && !ctx.apiKey().isEmpty())
            message
                += u" (an API key is not enough: the server refuses API keys for the stream and checkpoints)"_s;
        else
            message += u", or set TIDEMARK_SESSION_TOKEN%1"_s.arg(
                needSession ? QString() : u" or TIDEMARK_API_KEY"_s);
        return out.fail(ExitAuth, message, u"unauthorized"_s);
    }

    Http http(ctx.server(), ctx.timeoutMs());
    setup->info = fetchServerInfo(ctx);
    if (setup->info.error)
        return out.fail(exitCodeFor(setup->info.error), setup->info.error);

    UserAdminResponse me;
    if (const Error error = checkUser(ctx, token, apiKey, &me)) {
        if (error.kind == Error::Kind::Unauthorized && token.isEmpty()) {
            const bool fromEnv = !qEnvironmentVariable("TIDEMARK_API_KEY").trimmed().isEmpty();
            out.note(fromEnv
                    ? u"the server refused the API key in TIDEMARK_API_KEY (revoked, or a typing "
                      "mistake): create a new key in Immich (Account Settings > API Keys) and put "
                      "it "
                      "in TIDEMARK_API_KEY"_s
                    : u"the server refused the saved API key (revoked, or a typing mistake): "
                      u"create a "
                      "new key in Immich (Account Settings > API Keys) and save it with `tidemark "
                      "login "
                      "--api-key-stdin`"_s);
        } else if (error.kind == Error::Kind::Unauthorized) {
            out.note(u"the %1 was not accepted: log in again with `tidemark login`"_s.arg(
                ctx.sessionTokenSource() == u"environment"_s
                    ? u"session token in TIDEMARK_SESSION_TOKEN"_s
                    : u"saved session"_s));
        }
        return out.fail(exitCodeFor(error), error);
    }
    setup->me = me;

    if (ctx.accountSaved()) {
        AccountInfo &a = ctx.account();
        if (!a.userId.isEmpty() && a.userId != setup->me.id)
            out.warn(u"the credentials belong to %1, not to the saved account %2"_s.arg(
                setup->me.email, a.email));
        else if (a.serverVersion != setup->info.version.toString() || a.userId.isEmpty()) {
            a.serverVersion = setup->info.version.toString();
            a.userId = setup->me.id;
            a.lastUsed = QDateTime::currentDateTimeUtc();
            ctx.accounts().save(a);
        }
    }

    SyncConnection &c = setup->connection;
    c.apiBase = ctx.server().baseUrl();
    c.access = ctx.access();
    c.sessionToken = token;
    c.apiKey = apiKey;
    c.userId = setup->me.id;
    const ServerVersion v = setup->info.version;
    c.serverVersion = QVersionNumber(v.major, v.minor, v.patch);
    c.mirrorPath = ctx.mirrorPath(setup->me.id);
    c.inactivityTimeoutMs = ctx.timeoutMs();
    if (c.mirrorPath.isEmpty())
        return out.fail(ExitStorage, u"no folder for the local mirror"_s, u"storage"_s);
    // A mirror no run can use (not a database, damaged, newer schema): say so and stop; the file
    // is left as it is (the desktop app offers to rebuild it).
    if (const MirrorHealthReport health = MirrorHealth::check(c.mirrorPath); !health.ok()) {
        return out.fail(ExitStorage,
            QCoreApplication::translate("Tidemark::Cli",
                "%1 Nothing was changed: move the "
                "file aside (or open Tidemark to rebuild it) and run "
                "the command again.")
                .arg(health.message()),
            u"storage"_s);
    }
    out.document()[u"server"_s] = ctx.server().toString();
    out.document()[u"serverVersion"_s] = v.toString();
    out.document()[u"userId"_s] = setup->me.id;
    out.document()[u"mirror"_s] = c.mirrorPath;
    return ExitOk;
}

QJsonObject countsJson(const QHash<QString, qint64> &counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o[it.key()] = it.value();
    return o;
}

//! A stream's lines per entity type: received, and stored in the mirror (a batch that failed was
//! received but not stored).
QString streamCountsTable(const RunResult &r)
{
    QStringList keys = r.perType.keys();
    std::sort(keys.begin(), keys.end());
    QList<QStringList> rows;
    for (const QString &k : std::as_const(keys))
        rows.append({k, groupDigits(r.perType.value(k)), groupDigits(r.storedPerType.value(k))});
    return formatTable({Words::tr("ENTITY TYPE"), Words::tr("RECEIVED"), Words::tr("STORED")}, rows,
        {Align::Left, Align::Right, Align::Right});
}

QJsonObject runJson(const RunResult &r)
{
    QJsonObject o;
    if (r.runId > 0) // a dry run is recorded nowhere
        o[u"runId"_s] = r.runId;
    o[u"kind"_s] = runKindName(r.kind);
    o[u"mode"_s] = ackModeName(r.mode);
    o[u"outcome"_s] = runOutcomeName(r);
    o[u"events"_s] = r.events;
    o[u"bytes"_s] = r.bytes;
    o[u"ackRequests"_s] = r.ackRequests;
    o[u"elapsedMs"_s] = r.elapsedMs;
    o[u"perType"_s] = countsJson(r.perType);
    if (r.kind == RunKind::Stream) {
        o[u"stored"_s] = r.stored;
        o[u"storedPerType"_s] = countsJson(r.storedPerType);
    }
    if (!r.unknownTypes.isEmpty())
        o[u"unknownTypes"_s] = QJsonArray::fromStringList(r.unknownTypes);
    if (r.needsFullSync)
        o[u"needsFullSync"_s] = true;
    return o;
}

//! Reports the end of a run: the JSON "run" member, the human summary, the error.
int finishRun(Context &ctx, const RunResult &r, const QString &humanDetails = {})
{
    Output &out = ctx.out();
    out.document()[u"run"_s] = runJson(r);
    QString text;
    if (r.kind == RunKind::Stream)
        text = u"%1 %2 (%3): %4, %5, %6, %7%8\n"_s.arg(runKindName(r.kind), runOutcomeName(r),
            Words::tr("%1 mode").arg(ackModeName(r.mode)),
            Words::tr("%Ln line(s) received", nullptr, int(r.events)),
            Words::tr("%Ln stored", nullptr, int(r.stored)), formatBytes(r.bytes),
            formatDuration(r.elapsedMs),
            // How often the server was told what is stored: a technical detail.
            ctx.out().verbose()
                ? u", "_s + Words::tr("%Ln acknowledgement request(s)", nullptr, int(r.ackRequests))
                : QString());
    else if (r.outcome == RunOutcome::FullSyncNeeded || r.needsFullSync)
        text = Words::tr("%1: a full sync is needed, nothing was changed (%2)")
                   .arg(runKindName(r.kind), formatDuration(r.elapsedMs))
            + u'\n';
    else
        text = u"%1 %2: %3, %4\n"_s.arg(runKindName(r.kind), runOutcomeName(r),
            Words::tr("%Ln asset(s)", nullptr, int(r.events)), formatDuration(r.elapsedMs));
    if (r.outcome == RunOutcome::Failed && r.events == 0)
        text.clear(); // nothing happened; the error says why
    text += humanDetails;
    out.print(text);
    if (!r.unknownTypes.isEmpty())
        out.warn(unknownTypesNotice(r.unknownTypes));
    const int code = exitCodeForRun(r);
    if (code == ExitOk || r.outcome == RunOutcome::FullSyncNeeded)
        return code; // the caller says what to do next
    if (r.error)
        out.fail(code, r.error);
    else
        out.fail(code,
            u"the run ended %1; what was committed is kept and the next run continues from there"_s
                .arg(runOutcomeName(r.outcome)),
            runOutcomeName(r.outcome));
    return code;
}

//! The local mirror opened read-only in this thread (for listing checkpoints and pending acks).
struct MirrorReader
{
    MirrorStore store;
    Error error;
    bool exists = false;
    explicit MirrorReader(const QString &path)
    {
        exists = QFileInfo::exists(path);
        if (!exists)
            return;
        MirrorStore::OpenOptions o;
        o.readOnly = true;
        o.quickCheck = false;
        error = store.open(path, o);
    }
};

//! Every pending ack of the mirror at `path`, oldest first (none when there is no mirror yet).
QList<PendingAck> readPendingLog(const QString &path, Error *error)
{
    MirrorReader mirror(path);
    if (mirror.error) {
        *error = mirror.error;
        return {};
    }
    if (!mirror.exists)
        return {};
    MirrorResult<QList<PendingAck>> r = AckBook(mirror.store).pendingLog();
    *error = r.error;
    return r.value;
}

QList<CommittedAck> readCommitted(const QString &path, Error *error)
{
    MirrorReader mirror(path);
    if (mirror.error) {
        *error = mirror.error;
        return {};
    }
    if (!mirror.exists)
        return {};
    MirrorResult<QList<CommittedAck>> r = AckBook(mirror.store).committed();
    *error = r.error;
    return r.value;
}

QJsonObject checkpointJson(const CheckpointRow &r)
{
    QJsonObject o;
    o[u"type"_s] = r.type;
    o[u"serverAck"_s] = r.serverAck;
    o[u"localAck"_s] = r.localAck;
    o[u"pendingAck"_s] = r.pendingAck;
    o[u"pendingCount"_s] = r.pendingCount;
    o[u"agree"_s] = r.agree();
    if (r.serverTime.isValid())
        o[u"serverTime"_s] = r.serverTime.toString(Qt::ISODateWithMs);
    if (r.localTime.isValid())
        o[u"localTime"_s] = r.localTime.toString(Qt::ISODateWithMs);
    return o;
}

//! "AssetV1|019daa55-41ec-…" shortened for a table column (the full string is in --json).
QString shortAck(const QString &ack, bool verbose)
{
    if (verbose || ack.size() <= 44)
        return ack;
    return ack.left(43) + QChar(0x2026);
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

QString checkpointTable(const QList<CheckpointRow> &rows, bool verbose)
{
    QList<QStringList> table;
    for (const CheckpointRow &r : rows) {
        QString state;
        if (r.pendingCount > 0)
            state = u"%1 pending"_s.arg(r.pendingCount);
        else if (r.serverAck.isEmpty() && !r.localAck.isEmpty())
            state = u"not on server"_s;
        else if (r.keptByServer())
            state = u"kept by server (backfill)"_s;
        else if (!r.serverAck.isEmpty() && r.localAck.isEmpty())
            state = u"server only"_s;
        else if (r.agree())
            state = u"in sync"_s;
        else
            state = u"differ"_s;
        table.append({r.type, timeText(r.serverTime.isValid() ? r.serverTime : r.localTime), state,
            shortAck(r.serverAck, verbose),
            r.localAck.isEmpty() || r.localAck != r.serverAck ? shortAck(r.localAck, verbose)
                                                              : u"="_s});
    }
    return formatTable(
        {u"TYPE"_s, u"TIME (UTC)"_s, u"STATE"_s, u"SERVER ACK"_s, u"LOCAL ACK"_s}, table);
}

QList<SyncEntityType> parseEntityTypes(const QStringList &names, QString *bad)
{
    QList<SyncEntityType> types;
    for (const QString &n : names) {
        const SyncEntityType t = entityTypeFromName(QStringView(n));
        if (t == SyncEntityType::Unknown) {
            *bad = n;
            return {};
        }
        types.append(t);
    }
    return types;
}

QString entityTypeList()
{
    QStringList names;
    for (SyncEntityType t : allEntityTypes())
        names << entityTypeName(t);
    return names.join(u", "_s);
}

} // namespace

// ---- stream --------------------------------------------------------------------------------

int cmdStream(Context &ctx)
{
    Output &out = ctx.out();
    const ParsedArgs &args = ctx.args();

    // Options first: a usage error must not cost a request.
    AckMode mode = AckMode::Automatic;
    int modeFlags = 0;
    if (args.has(u"mode"_s)) {
        const QString m = args.value(u"mode"_s);
        if (m != u"automatic"_s && m != u"manual"_s && m != u"dry-run"_s)
            return ctx.usage(u"--mode must be automatic, manual or dry-run"_s);
        mode = ackModeFromName(m);
        ++modeFlags;
    }
    if (args.has(u"no-ack"_s)) {
        if (args.has(u"mode"_s) && mode != AckMode::Manual)
            return ctx.usage(
                u"--no-ack means --mode manual; it contradicts --mode %1"_s.arg(ackModeName(mode)));
        mode = AckMode::Manual;
    }
    if (args.has(u"dry-run"_s)) {
        if ((args.has(u"mode"_s) && mode != AckMode::DryRun) || args.has(u"no-ack"_s))
            return ctx.usage(u"--dry-run contradicts the other mode options"_s);
        mode = AckMode::DryRun;
    }
    if (mode == AckMode::DryRun && args.has(u"reset"_s))
        return ctx.usage(
            u"--reset cannot be combined with a dry run: a reset makes the server forget "
            "its checkpoints and wipes the mirror, and a dry run changes nothing"_s);
    Q_UNUSED(modeFlags);
    QList<SyncRequestType> types;
    for (const QString &name : args.list(u"types"_s)) {
        const SyncRequestType t = requestTypeFromName(QStringView(name));
        if (t == SyncRequestType::Unknown) {
            QStringList known;
            for (SyncRequestType k : allRequestTypes())
                known << requestTypeName(k);
            return ctx.usage(
                u"unknown request type \"%1\" (known: %2)"_s.arg(name, known.join(u", "_s)));
        }
        if (!types.contains(t))
            types.append(t);
    }
    if (args.has(u"types"_s) && types.isEmpty())
        return ctx.usage(u"--types needs at least one request type"_s);
    const QString jsonl = args.value(u"jsonl"_s);

    SyncSetup setup;
    if (const int code = prepare(ctx, true, &setup))
        return code;
    const ServerCapabilities &caps = setup.info.capabilities;
    if (!caps.hasSyncStream())
        return out.fail(ExitUnsupported,
            Error::make(Error::Kind::Unsupported, u"POST /api/sync/stream"_s,
                u"Immich %1 has no sync stream (it needs 1.127.0); use full-sync and "
                "delta-sync"_s.arg(setup.info.version.toString())));
    QStringList unsupported;
    for (SyncRequestType t : std::as_const(types))
        if (!caps.supportsRequestType(t))
            unsupported << (setup.info.version < ServerCapabilities::firstVersion(t)
                    ? u"%1 (it needs Immich %2 or later)"_s.arg(
                        requestTypeName(t), ServerCapabilities::firstVersion(t).toString())
                    : u"%1 (Immich 3.0.0 replaced it with its V2 type)"_s.arg(requestTypeName(t)));
    if (!unsupported.isEmpty())
        return out.fail(ExitUnsupported,
            Error::make(Error::Kind::Unsupported, u"POST /api/sync/stream"_s,
                u"Immich %1 does not accept %2; the whole request would be refused"_s.arg(
                    setup.info.version.toString(), unsupported.join(u", "_s))));
    if (args.has(u"reset"_s) && !caps.supportsResetFlag())
        out.warn(u"Immich %1 does not know the \"reset\" request (it needs 1.136.0), so Tidemark "
                 u"first deletes "
                 "this session's checkpoints on the server (as `tidemark acks delete --all` does); "
                 "the server "
                 "then sends everything again"_s.arg(setup.info.version.toString()));

    StreamOptions options;
    options.types = types;
    options.mode = mode;
    options.reset = args.has(u"reset"_s);
    options.jsonlExportPath = jsonl;

    QJsonArray typeNames;
    const QList<SyncRequestType> shown = types.isEmpty() ? caps.defaultRequestTypes() : types;
    for (SyncRequestType t : shown)
        typeNames.append(requestTypeName(t));
    out.document()[u"requestTypes"_s] = typeNames;
    out.note(u"streaming from %1 (Immich %2) as %3, %4 mode%5"_s.arg(ctx.server().toString(),
        setup.info.version.toString(), setup.me.email, ackModeName(mode),
        options.reset ? u", reset"_s : QString()));

    SyncDriver driver(out, setup.connection);
    const RunResult result = driver.run([&](SyncService &s) { s.startStream(options); });

    QString details;
    if (!result.perType.isEmpty())
        details += streamCountsTable(result);
    if (mode == AckMode::Manual) {
        Error e;
        const QList<PendingAck> pending = readPendingLog(setup.connection.mirrorPath, &e);
        if (!e) {
            QSet<QString> pendingTypes;
            for (const auto &p : pending)
                pendingTypes.insert(p.type);
            out.document()[u"pendingAcks"_s] = qint64(pending.size());
            if (!pending.isEmpty())
                details
                    += Words::tr(
                           "%Ln checkpoint(s) waiting to be sent (%1): review with `tidemark acks "
                           "list`, send with `tidemark acks set`.",
                           nullptr, int(pending.size()))
                           .arg(Words::tr("%Ln type(s)", nullptr, int(pendingTypes.size())))
                    + u'\n';
        }
    } else if (mode == AckMode::DryRun) {
        details += u"Dry run: nothing was stored and nothing acked.\n"_s;
    }
    if (!jsonl.isEmpty())
        details += u"Lines written to %1.\n"_s.arg(jsonl);
    return finishRun(ctx, result, details);
}

// ---- acks ----------------------------------------------------------------------------------

int cmdAcks(Context &ctx)
{
    Output &out = ctx.out();
    const ParsedArgs &args = ctx.args();
    const QString action = args.action;
    const bool verbose = out.verbose();

    // Option checks per action.
    const QStringList typeNames = args.list(u"types"_s);
    QString bad;
    const QList<SyncEntityType> types = parseEntityTypes(typeNames, &bad);
    if (!bad.isEmpty())
        return ctx.usage(u"unknown entity type \"%1\" (known: %2)"_s.arg(bad, entityTypeList()));
    auto refuse = [&](const QString &option) {
        return ctx.usage(u"--%1 does not apply to `acks %2`"_s.arg(option, action));
    };
    if (action == u"list"_s) {
        for (const QString &o : {u"types"_s, u"up-to"_s, u"ack"_s, u"all"_s})
            if (args.has(o) && o != u"types"_s)
                return refuse(o);
    } else if (action == u"set"_s) {
        if (args.has(u"all"_s)
            && (args.has(u"types"_s) || args.has(u"up-to"_s) || args.has(u"ack"_s)))
            return ctx.usage(
                u"acks set: --all cannot be combined with --types, --up-to or --ack"_s);
        const int scopes
            = int(args.has(u"types"_s)) + int(args.has(u"up-to"_s)) + int(args.has(u"ack"_s));
        if (scopes > 1)
            return ctx.usage(u"acks set: use one of --types, --up-to and --ack"_s);
    } else if (action == u"delete"_s) {
        if (args.has(u"up-to"_s))
            return refuse(u"up-to"_s);
        if (args.has(u"ack"_s))
            return refuse(u"ack"_s);
        if (args.has(u"all"_s) == args.has(u"types"_s))
            return ctx.usage(
                u"acks delete needs either --types A,B or --all (deleting checkpoints makes the "
                "next stream send those types again)"_s);
    } else if (action == u"discard"_s) {
        for (const QString &o : {u"up-to"_s, u"ack"_s, u"all"_s})
            if (args.has(o))
                return refuse(o);
    }
    qint64 upTo = -1;
    if (args.has(u"up-to"_s)) {
        bool ok = false;
        upTo = args.value(u"up-to"_s).toLongLong(&ok);
        if (!ok || upTo < 0)
            return ctx.usage(u"--up-to needs a sequence number from `tidemark acks list`"_s);
    }

    SyncSetup setup;
    if (const int code = prepare(ctx, true, &setup))
        return code;
    if (!setup.info.capabilities.hasSyncStream())
        return out.fail(ExitUnsupported,
            Error::make(Error::Kind::Unsupported, u"/api/sync/ack"_s,
                u"Immich %1 has no checkpoints (needs 1.127.0)"_s.arg(
                    setup.info.version.toString())));
    const QString mirrorPath = setup.connection.mirrorPath;

    auto readPending = [&](Error *error) { return readPendingLog(mirrorPath, error); };

    SyncDriver driver(out, setup.connection);
    // Every row goes to --json; the table shows `only` types when given (what a command changed).
    auto reportRows = [&](const QList<CheckpointRow> &rows, const QString &heading,
                          const QStringList &only = {}, bool table = true) {
        QJsonArray arr;
        QList<CheckpointRow> shown;
        for (const CheckpointRow &r : rows) {
            if (action == u"list"_s && !typeNames.isEmpty() && !typeNames.contains(r.type))
                continue;
            arr.append(checkpointJson(r));
            if (only.isEmpty() || only.contains(r.type))
                shown << r;
        }
        out.document()[u"checkpoints"_s] = arr;
        QString text = heading;
        if (!table) {
            int onServer = 0;
            for (const CheckpointRow &r : rows)
                onServer += r.serverAck.isEmpty() ? 0 : 1;
            out.print(text + u"%1 checkpoints remain on the server.\n"_s.arg(onServer));
            return;
        }
        if (shown.isEmpty())
            text += only.isEmpty() ? u"No checkpoints on the server or in the mirror.\n"_s
                                   : u"No checkpoint left for %1.\n"_s.arg(only.join(u", "_s));
        else
            text += checkpointTable(shown, verbose);
        if (!only.isEmpty())
            text
                += u"(%1 checkpoints in all; `tidemark acks list` shows them)\n"_s.arg(rows.size());
        out.print(text);
    };
    auto operationCode = [&]() {
        int code = ExitOk;
        for (const auto &[op, error] : driver.operationErrors()) {
            out.fail(exitCodeFor(error), error);
            if (code == ExitOk)
                code = exitCodeFor(error);
        }
        return code;
    };

    if (action == u"list"_s) {
        const QList<CheckpointRow> rows
            = driver.operation([](SyncService &s) { s.refreshCheckpoints(); });
        const int code = operationCode();
        reportRows(rows, u"Checkpoints of %1 on %2:\n"_s.arg(setup.me.email, ctx.server().host()));
        Error e;
        QList<PendingAck> pending = readPending(&e);
        if (e)
            return out.fail(exitCodeFor(e), e);
        if (!types.isEmpty()) {
            QList<PendingAck> filtered;
            for (const auto &p : std::as_const(pending))
                if (typeNames.contains(p.type))
                    filtered << p;
            pending = filtered;
        }
        QJsonArray arr;
        QList<QStringList> table;
        for (const auto &p : std::as_const(pending)) {
            arr.append(QJsonObject {{u"sequence"_s, p.seq}, {u"type"_s, p.type}, {u"ack"_s, p.ack},
                {u"recordedAt"_s, p.recordedAt.toString(Qt::ISODateWithMs)}});
            table.append({QString::number(p.seq), p.type, timeText(AckString(p.ack).timestamp()),
                shortAck(p.ack, verbose)});
        }
        out.document()[u"pending"_s] = arr;
        if (!pending.isEmpty())
            out.print(
                u"\nPending acks (committed locally, not yet sent; `tidemark acks set [--up-to SEQ]`):\n"_s
                + formatTable(
                    {u"SEQ"_s, u"TYPE"_s, u"TIME (UTC)"_s, u"ACK"_s}, table, {Align::Right}));
        return code;
    }

    if (action == u"set"_s) {
        Error e;
        const QList<PendingAck> pending = readPending(&e);
        if (e)
            return out.fail(exitCodeFor(e), e);

        if (args.has(u"ack"_s)) {
            // Only an ack the server sent us: pending, or a committed local checkpoint.
            const QString ack = args.value(u"ack"_s);
            std::optional<PendingAck> match;
            for (const auto &p : pending)
                if (p.ack == ack)
                    match = p;
            bool known = match.has_value();
            if (!known) {
                const QList<CommittedAck> committed = readCommitted(mirrorPath, &e);
                for (const auto &c : committed)
                    if (c.ack == ack)
                        known = true;
            }
            if (!known || !AckString(ack).isWellFormed())
                return out.fail(ExitUsage,
                    u"refusing to send an ack that is not pending or committed in the local "
                    u"mirror: "
                    "a made-up or edited ack can break this session's stream for good. See "
                    "`tidemark "
                    "acks list --verbose` for the acks that can be sent."_s);
            // A write: the mirror's write lock first (another process may be syncing it).
            MirrorWriteLock writeLock(mirrorPath);
            if (const Error le = writeLock.tryLock())
                return out.fail(exitCodeFor(le), le);
            Http http(ctx.server(), ctx.timeoutMs());
            http.setCredentials(Credentials::sessionToken(setup.connection.sessionToken));
            SendSyncAcksJob job(QStringList {ack});
            if (const Error error = http.run(&job))
                return out.fail(exitCodeFor(error), error);
            if (match) {
                MirrorStore store;
                if (const Error oe = store.open(mirrorPath))
                    return out.fail(exitCodeFor(oe), oe);
                if (const Error me = AckBook(store).markSent({ack}))
                    return out.fail(exitCodeFor(me), me);
            }
            out.document()[u"sent"_s] = QJsonArray {ack};
            const QList<CheckpointRow> rows
                = driver.operation([](SyncService &s) { s.refreshCheckpoints(); });
            reportRows(rows, u"Sent 1 ack (%1).\n"_s.arg(AckString(ack).typeName()),
                {AckString(ack).typeName()});
            return operationCode();
        }

        PendingAckScope scope;
        QList<PendingAck> chosen;
        if (args.has(u"types"_s)) {
            scope.kind = PendingAckScope::Kind::Types;
            scope.types = typeNames;
            for (const auto &p : pending)
                if (typeNames.contains(p.type))
                    chosen << p;
        } else if (args.has(u"up-to"_s)) {
            scope.kind = PendingAckScope::Kind::UpToSequence;
            scope.sequence = upTo;
            for (const auto &p : pending)
                if (p.seq <= upTo)
                    chosen << p;
        } else {
            chosen = pending;
        }
        if (chosen.isEmpty()) {
            out.document()[u"sent"_s] = QJsonArray();
            out.print(pending.isEmpty()
                    ? u"No acks are pending (only a --mode manual stream leaves some).\n"_s
                    : u"No pending ack matches; `tidemark acks list` shows them.\n"_s);
            return ExitOk;
        }
        QHash<QString, QString> lastPerType;
        for (const auto &p : std::as_const(chosen))
            lastPerType.insert(p.type, p.ack);
        const QList<CheckpointRow> rows
            = driver.operation([scope](SyncService &s) { s.sendPendingAcks(scope); });
        const int code = operationCode();
        QJsonArray sent;
        for (const QString &a : std::as_const(lastPerType))
            sent.append(a);
        out.document()[u"sent"_s] = sent;
        reportRows(rows,
            code == ExitOk
                ? Words::tr("Sent the newest waiting checkpoint of %1 (covering %2).")
                        .arg(Words::tr("%Ln type(s)", nullptr, int(lastPerType.size())),
                            Words::tr("%Ln waiting checkpoint(s)", nullptr, int(chosen.size())))
                    + u'\n'
                : QString(),
            lastPerType.keys());
        return code;
    }

    if (action == u"delete"_s) {
        const QStringList scope = args.has(u"all"_s) ? QStringList() : typeNames;
        const QList<CheckpointRow> rows
            = driver.operation([scope](SyncService &s) { s.resetCheckpoints(scope); });
        const int code = operationCode();
        out.document()[u"deleted"_s] = args.has(u"all"_s)
            ? QJsonValue(u"all"_s)
            : QJsonValue(QJsonArray::fromStringList(scope));
        if (code == ExitOk)
            reportRows(rows,
                args.has(u"all"_s)
                    ? u"Deleted every checkpoint of this session; the next stream sends everything again.\n"_s
                    : u"Deleted the checkpoints of %1; the next stream sends them again.\n"_s.arg(
                        scope.join(u", "_s)),
                scope, !scope.isEmpty());
        return code;
    }

    // discard
    const QList<CheckpointRow> rows
        = driver.operation([typeNames](SyncService &s) { s.discardPendingAcks(typeNames); });
    const int code = operationCode();
    if (code == ExitOk)
        reportRows(rows,
            u"Discarded the pending acks of %1 (the data stays in the mirror; the server will send "
            u"it "
            "again).\n"_s.arg(typeNames.isEmpty() ? u"every type"_s : typeNames.join(u", "_s)),
            typeNames, !typeNames.isEmpty());
    return code;
}

// ---- full-sync / delta-sync / reconcile ----------------------------------------------------

static int gateOldEndpoints(Context &ctx, const SyncSetup &setup, const QString &endpoint)
{
    if (setup.info.capabilities.hasFullAndDeltaSync())
        return ExitOk;
    return ctx.out().fail(ExitUnsupported,
        Error::make(Error::Kind::Unsupported, u"POST /api/sync/%1"_s.arg(endpoint),
            u"Immich %1 no longer has full-sync and delta-sync (removed in 3.0.0); "
            "use `tidemark stream`"_s.arg(setup.info.version.toString())));
}

int cmdFullSync(Context &ctx)
{
    Output &out = ctx.out();
    const ParsedArgs &args = ctx.args();
    FullSyncOptions options;
    options.ownerIds = args.list(u"owner"_s);
    for (const QString &id : std::as_const(options.ownerIds))
        if (!AckString::isUuid(id))
            return ctx.usage(u"--owner needs user ids (UUIDs); \"%1\" is not one"_s.arg(id));
    if (args.has(u"page-size"_s)) {
        bool ok = false;
        options.pageSize = args.value(u"page-size"_s).toInt(&ok);
        if (!ok || options.pageSize < 1 || options.pageSize > 100000)
            return ctx.usage(u"--page-size needs a number between 1 and 100000"_s);
    }
    SyncSetup setup;
    if (const int code = prepare(ctx, false, &setup))
        return code;
    if (const int code = gateOldEndpoints(ctx, setup, u"full-sync"_s))
        return code;

    SyncDriver driver(out, setup.connection);
    const RunResult result = driver.run([&](SyncService &s) { s.startFullSync(options); });
    QJsonArray owners;
    QList<QStringList> rows;
    qint64 total = 0;
    for (const auto &[owner, count] : driver.ownerTotals()) {
        owners.append(QJsonObject {{u"ownerId"_s, owner}, {u"assets"_s, count}});
        rows.append({owner, owner == setup.me.id ? u"you"_s : u"partner"_s, groupDigits(count)});
        total += count;
    }
    out.document()[u"owners"_s] = owners;
    out.document()[u"assets"_s] = total;
    QString details;
    if (!rows.isEmpty())
        details = formatTable(
            {u"OWNER"_s, u""_s, u"ASSETS"_s}, rows, {Align::Left, Align::Left, Align::Right});
    return finishRun(ctx, result, details);
}

//! ISO 8601 date-time ("2026-04-20T10:00:00Z", with an offset or fraction) or a date
//! ("2026-04-20" = midnight UTC). Without a zone the time is taken as UTC.
static QDateTime parseSince(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), QTimeZone::utc());
    }
    if (t.isValid() && t.timeSpec() == Qt::LocalTime && !text.endsWith(u'Z') && !text.contains(u'+')
        && text.count(u'-') <= 2)
        t.setTimeZone(QTimeZone::utc());
    return t;
}

int cmdDeltaSync(Context &ctx)
{
    Output &out = ctx.out();
    const ParsedArgs &args = ctx.args();
    if (!args.has(u"since"_s))
        return ctx.usage(
            u"delta-sync needs --since ISO8601 (e.g. the time of the last full-sync)"_s);
    DeltaSyncOptions options;
    options.updatedAfter = parseSince(args.value(u"since"_s));
    if (!options.updatedAfter.isValid())
        return ctx.usage(
            u"--since \"%1\" is not an ISO 8601 date or date-time (e.g. 2026-04-20T10:00:00Z)"_s
                .arg(args.value(u"since"_s)));
    if (options.updatedAfter > QDateTime::currentDateTimeUtc().addSecs(300))
        return ctx.usage(u"--since lies in the future"_s);
    options.userIds = args.list(u"users"_s);
    for (const QString &id : std::as_const(options.userIds))
        if (!AckString::isUuid(id))
            return ctx.usage(u"--users needs user ids (UUIDs); \"%1\" is not one"_s.arg(id));

    SyncSetup setup;
    if (const int code = prepare(ctx, false, &setup))
        return code;
    if (const int code = gateOldEndpoints(ctx, setup, u"delta-sync"_s))
        return code;

    SyncDriver driver(out, setup.connection);
    const RunResult result = driver.run([&](SyncService &s) { s.startDeltaSync(options); });
    const SyncDriver::Delta &delta = driver.delta();
    const bool needsFull = result.needsFullSync || delta.needsFullSync;
    out.document()[u"since"_s] = options.updatedAfter.toUTC().toString(Qt::ISODateWithMs);
    out.document()[u"upserted"_s] = delta.upserted;
    out.document()[u"deleted"_s] = delta.deleted;
    out.document()[u"needsFullSync"_s] = needsFull;
    QString details;
    if (delta.seen && needsFull)
        details = Words::tr("Since %1: the server asks for a full sync instead.")
                      .arg(options.updatedAfter.toUTC().toString(Qt::ISODate))
            + u'\n';
    else if (delta.seen)
        details = u"Since %1: %2 changed, %3 deleted.\n"_s.arg(
            options.updatedAfter.toUTC().toString(Qt::ISODate),
            Words::tr("%Ln asset(s)", nullptr, delta.upserted), groupDigits(delta.deleted));
    if (delta.seen && delta.deleted == 0 && !needsFull)
        details
            += u"Note: delta-sync never reports permanently deleted assets on current servers; run "
               "`tidemark reconcile` to find them.\n"_s;
    const int code = finishRun(ctx, result, details);
    if (result.outcome == RunOutcome::FullSyncNeeded || (code == ExitOk && needsFull)) {
        QString message
            = Words::tr("the server cannot list the changes since this date and asks for a full "
                        "sync: nothing was changed; run `tidemark full-sync`");
        if (out.verbose())
            message += u" (needsFullSync: more than 100 days, 10,000 or more changes, or a "
                       u"different set of "
                       "users)"_s;
        return out.fail(ExitIncomplete, message, u"needs-full-sync"_s);
    }
    return code;
}

int cmdReconcile(Context &ctx)
{
    Output &out = ctx.out();
    SyncSetup setup;
    if (const int code = prepare(ctx, false, &setup))
        return code;
    if (const int code = gateOldEndpoints(ctx, setup, u"full-sync"_s))
        return code;
    SyncDriver driver(out, setup.connection);
    const RunResult result = driver.run([](SyncService &s) { s.startReconcile(); });
    const qint64 removed = result.perType.value(u"removed"_s);
    qint64 listed = 0;
    for (const auto &[owner, count] : driver.ownerTotals())
        listed += count;
    out.document()[u"listed"_s] = listed;
    out.document()[u"removed"_s] = removed;
    return finishRun(ctx, result,
        Words::tr("Listed %1 on the server; removed %2 the server no longer has.")
                .arg(Words::tr("%Ln asset(s)", nullptr, int(listed)),
                    Words::tr("%Ln local asset(s)", nullptr, int(removed)))
            + u'\n');
}

} // namespace Tidemark::Cli
