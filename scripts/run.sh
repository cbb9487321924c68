#!/usr/bin/env bash
# One command to set up, build and start Tidemark:   scripts/run.sh [--demo] [subcommand ...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/build.sh"
exec "${TIDEMARK_BUILD_DIR:-$here/build}/app/tidemark" "$@"
