// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliCommands.h"

#include "cli/CliCommandsCommon.h"

#include "session/Session.h"

#include <QEventLoop>

namespace Tidemark::Cli {

using namespace Qt::StringLiterals;

ServerInfo fetchServerInfo(Context &ctx)
{
    Session session(ctx.accounts(), &ctx.secrets());
    session.setRequestTimeoutMs(ctx.timeoutMs());
    QEventLoop loop;
    bool done = false;
    ServerInfo info;
    session.probe(
        ctx.server().toString(),
        [&](const ServerProbe &p) {
            info.error = p.error;
            info.version = p.version;
            info.capabilities = p.capabilities;
            done = true;
            loop.quit();
        },
        ctx.access());
    if (!done)
        loop.exec();
    return info;
}

Error checkUser(Context &ctx, const QString &token, const QString &apiKey, UserAdminResponse *user)
{
    Session session(ctx.accounts(), &ctx.secrets());
    session.setRequestTimeoutMs(ctx.timeoutMs());
    AccountInfo account = ctx.account();
    account.serverUrl = ctx.server().toString();
    account.addresses.clear(); // the address this command resolved, not another one
    if (!ctx.accountSaved())
        account.id.clear(); // never saved by the check
    session.adopt(account, token, apiKey, ctx.access(), false);
    QEventLoop loop;
    bool done = false;
    Error error;
    session.checkUser([&](const UserAdminResponse &u, const Error &e) {
        *user = u;
        error = e;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return error;
}

QJsonObject capabilitiesJson(const ServerCapabilities &caps)
{
    QJsonObject o;
    o[u"syncStream"_s] = caps.hasSyncStream();
    o[u"fullAndDeltaSync"_s] = caps.hasFullAndDeltaSync();
    o[u"v2AssetTypes"_s] = caps.usesV2AssetTypes();
    o[u"syncComplete"_s] = caps.sendsSyncComplete();
    o[u"resetFlag"_s] = caps.supportsResetFlag();
    o[u"backfill"_s] = caps.sendsBackfill();
    QJsonArray types;
    const QList<SyncRequestType> supported = caps.supportedRequestTypes();
    for (SyncRequestType t : supported)
        types.append(requestTypeName(t));
    o[u"requestTypes"_s] = types;
    QJsonArray defaults;
    const QList<SyncRequestType> def = caps.defaultRequestTypes();
    for (SyncRequestType t : def)
        defaults.append(requestTypeName(t));
    o[u"defaultRequestTypes"_s] = defaults;
    return o;
}

int runCommand(const ParsedArgs &args, Output &out)
{
    Context ctx(args, out);
    out.document()[u"command"_s]
        = args.action.isEmpty() ? args.command : args.command + u' ' + args.action;
    if (args.command == u"login"_s)
        return cmdLogin(ctx);
    if (args.command == u"logout"_s)
        return cmdLogout(ctx);
    if (args.command == u"status"_s)
        return cmdStatus(ctx);
    if (args.command == u"stream"_s)
        return cmdStream(ctx);
    if (args.command == u"acks"_s)
        return cmdAcks(ctx);
    if (args.command == u"full-sync"_s)
        return cmdFullSync(ctx);
    if (args.command == u"delta-sync"_s)
        return cmdDeltaSync(ctx);
    if (args.command == u"reconcile"_s)
        return cmdReconcile(ctx);
    return out.fail(ExitUsage, u"unknown command \"%1\""_s.arg(args.command));
}

} // namespace Tidemark::Cli
