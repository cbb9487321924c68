#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# One command to set up, build and start Tidemark:   scripts/run.sh [--demo] [subcommand ...]
# It builds only the `tidemark` executable, in the same tree as scripts/test.sh (build/), so after
# the tests have run the window starts in seconds.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TIDEMARK_TARGETS=tidemark "$here/scripts/build.sh"
exec "${TIDEMARK_BUILD_DIR:-$here/build}/app/tidemark" "$@"
