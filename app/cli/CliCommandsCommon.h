// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the command implementations (internal to app/cli).

#include "cli/CliContext.h"
#include "cli/CliExitCodes.h"
#include "cli/CliHttp.h"

#include "protocol/ServerCapabilities.h"
#include "protocol/ServerVersion.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Tidemark::Cli {

//! Translated sentences of the headless commands: `Words::tr("…")`, with `%n` and a count for
//! anything counted ("%n asset(s)": the English catalogue picks "asset" or "assets").
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Tidemark::Cli)
};

//! What the commands learn from the server before they act.
struct ServerInfo
{
    ServerVersion version;
    ServerCapabilities capabilities;
    Error error;
};

//! The server check of the window's Session (ping, version, login options; no credentials) at the
//! address this command resolved.
ServerInfo fetchServerInfo(Context &ctx);

//! Whose the credentials are (users/me), asked through the window's Session with the account and
//! the address this command resolved (its rules: what a 401 or a refused key means). The
//! session's `http` side is not used: a command that acts afterwards keeps its own connection.
Error checkUser(Context &ctx, const QString &token, const QString &apiKey, UserAdminResponse *user);

//! JSON description of capabilities (for status and --json output of the others).
QJsonObject capabilitiesJson(const ServerCapabilities &caps);

int cmdLogin(Context &ctx);
int cmdLogout(Context &ctx);
int cmdStatus(Context &ctx);
int cmdStream(Context &ctx);
int cmdAcks(Context &ctx);
int cmdFullSync(Context &ctx);
int cmdDeltaSync(Context &ctx);
int cmdReconcile(Context &ctx);

} // namespace Tidemark::Cli
