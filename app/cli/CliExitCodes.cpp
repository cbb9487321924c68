// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliExitCodes.h"

namespace Tidemark::Cli {

ExitCode exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::None:
        return ExitOk;
    case Error::Kind::Network:
    case Error::Kind::Timeout:
    case Error::Kind::Tls:
    case Error::Kind::NoTls:
    case Error::Kind::ClosedEarly:
    case Error::Kind::Redirect:
        return ExitNetwork;
    case Error::Kind::Unauthorized:
    case Error::Kind::ApiKeyRefused:
    case Error::Kind::PasswordLoginOff:
    case Error::Kind::SingleSignOn:
        return ExitAuth;
    case Error::Kind::Http:
    case Error::Kind::NotImmich:
    case Error::Kind::OtherServer:
    case Error::Kind::ClientCertificate:
        return ExitServerRefused;
    case Error::Kind::Malformed:
        return ExitMalformed;
    case Error::Kind::Storage:
        return ExitStorage;
    case Error::Kind::Cancelled:
        return ExitIncomplete;
    case Error::Kind::Unsupported:
        return ExitUnsupported;
    case Error::Kind::InvalidInput:
        return ExitUsage;
    case Error::Kind::Busy:
        return ExitBusy;
    }
    return ExitIncomplete;
}

QString exitCodeHelp()
{
    return QStringLiteral(
        "Exit codes:\n"
        "  0  success\n"
        "  1  usage: bad arguments or input (URL, date, type name), no password available\n"
        "  2  network: server unreachable, TLS failure, timeout\n"
        "  3  authentication: wrong password, session revoked or missing - log in again\n"
        "  4  the server refused the request (HTTP error status), or it is not an Immich server\n"
        "  5  the server sent malformed data (a line that is not JSON, or a record without its\n"
        "     key, with a key that is not a UUID or an ack of the wrong form); the record is\n"
        "     neither stored nor acked, what came before it is kept\n"
        "  6  local storage: mirror database, settings or keychain failed\n"
        "  7  interrupted or incomplete run (Ctrl-C, connection cut, no SyncCompleteV1,\n"
        "     reset by the server, delta-sync needs a full sync); committed data is kept\n"
        "  8  the server's version does not support this (e.g. full-sync on >= 3.0.0)\n"
        "  9  busy: another Tidemark process (the window or another command) is syncing\n"
        "     this account; nothing was changed - run the command again later\n");
}

} // namespace Tidemark::Cli
