// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The headless command line: `tidemark <subcommand> [options]`.
//
// app/main.cpp asks isCliInvocation() first and, when it says yes, hands argc/argv to runCli()
// before any QApplication exists: runCli() creates its own QCoreApplication (no window, no
// display needed) and returns the process exit code (see ExitCode in CliExitCodes.h and
// `tidemark help`).

namespace Tidemark {

//! Runs one subcommand to completion and returns the process exit code.
int runCli(int argc, char **argv);
//! True when argv[1] names a subcommand (login, logout, status, stream, acks, full-sync,
//! delta-sync, reconcile, help).
bool isCliInvocation(int argc, char **argv);

} // namespace Tidemark
