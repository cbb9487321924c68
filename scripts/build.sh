#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures and builds Tidemark into build/ (or $TIDEMARK_BUILD_DIR). Extra arguments go to cmake.
#
# scripts/run.sh and scripts/test.sh share this one tree and its one configuration (warnings are
# errors, tests on), so whichever runs second finds everything the first compiled and only builds
# what it lacks. $TIDEMARK_TARGETS (space-separated) limits the build to those targets: run.sh
# builds only `tidemark`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/setup-deps.sh"
build="${TIDEMARK_BUILD_DIR:-$here/build}"
# ccache (installed by setup-deps.sh) makes rebuilds in fresh clones cheap; paths are hashed
# relative to the checkout so two clones share the cache.
launcher=()
if command -v ccache >/dev/null 2>&1; then
  export CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=1
  launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S "$here" -B "$build" -G Ninja "${launcher[@]}" \
  -DCMAKE_BUILD_TYPE="${TIDEMARK_BUILD_TYPE:-RelWithDebInfo}" \
  -DTIDEMARK_WERROR=ON -DTIDEMARK_BUILD_TESTS=ON "$@" >/dev/null
targets=()
for t in ${TIDEMARK_TARGETS:-}; do targets+=(--target "$t"); done
cmake --build "$build" --parallel "$(nproc)" "${targets[@]}"
