#!/usr/bin/env bash
# One command to set up, build (warnings are errors) and run the whole test suite through CTest.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export TIDEMARK_BUILD_DIR="${TIDEMARK_BUILD_DIR:-$here/build-test}"
"$here/scripts/build.sh" -DTIDEMARK_WERROR=ON -DTIDEMARK_BUILD_TESTS=ON
export QT_QPA_PLATFORM=offscreen
cd "$TIDEMARK_BUILD_DIR"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
