// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The implementation of each headless command. Every command returns an exit code (CliExitCodes.h)
// and writes through Output; runCli() prints the JSON document afterwards.

#include "cli/CliArgs.h"
#include "cli/CliOutput.h"

namespace Tidemark::Cli {

int runCommand(const ParsedArgs &args, Output &out);

} // namespace Tidemark::Cli
