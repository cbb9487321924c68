// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A stand-alone entry point to app/cli for the CLI tests: the same runCli() that `tidemark`
// calls for a subcommand, without the GUI libraries (so the CLI can be tested while ui/ is
// being rebuilt, and on machines without a display stack).

#include "cli/Cli.h"

int main(int argc, char **argv)
{
    return Tidemark::runCli(argc, argv);
}
