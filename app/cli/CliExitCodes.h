// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Exit codes of the headless commands. Scripts depend on them: never renumber.

#include "util/Error.h"

#include <QString>

namespace Tidemark::Cli {

enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 1, //!< bad arguments, bad input (URL, date, type name), missing password
    ExitNetwork = 2, //!< server unreachable, connection cut before anything ran, timeout, TLS
    ExitAuth = 3, //!< credentials refused or missing: log in again
    ExitServerRefused = 4, //!< the server answered with an HTTP error status
    ExitMalformed = 5, //!< the server sent data that does not follow the protocol
    ExitStorage = 6, //!< the local mirror, settings or keychain could not be written/read
    ExitIncomplete = 7, //!< interrupted or incomplete run (cancelled, cut, needs a full sync)
    ExitUnsupported = 8, //!< the server's version cannot do what was asked
    ExitBusy = 9 //!< another Tidemark process is writing this mirror; nothing was done
};

//! The exit code for a typed error (ExitOk for Error::Kind::None).
ExitCode exitCodeFor(const Error &error);
//! The exit-code table as shown by `tidemark help`.
QString exitCodeHelp();

} // namespace Tidemark::Cli
