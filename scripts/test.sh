#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# One command to set up, check the formatting (.clang-format), build (warnings are errors) and run
# the whole test suite through CTest.
# Then the suite runs a second time in a tree built with AddressSanitizer and UBSan
# ($TIDEMARK_BUILD_DIR-asan, default build-asan; benchmarks and throughput checks excluded).
# The first pass builds in build/, the tree scripts/run.sh uses too.
# TIDEMARK_SKIP_ASAN=1 skips that pass for quick local runs; CI always runs it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export TIDEMARK_BUILD_DIR="${TIDEMARK_BUILD_DIR:-$here/build}"
unset TIDEMARK_TARGETS
# Unformatted code fails first, before the long build (clang-format 14 comes with setup-deps.sh).
"$here/scripts/setup-deps.sh"
"$here/scripts/check-format.sh"
"$here/scripts/build.sh"
export QT_QPA_PLATFORM=offscreen
(cd "$TIDEMARK_BUILD_DIR" && ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@")

if [ "${TIDEMARK_SKIP_ASAN:-0}" = 1 ]; then
  echo "TIDEMARK_SKIP_ASAN=1: sanitizer pass skipped"
  exit 0
fi
asan_dir="${TIDEMARK_ASAN_BUILD_DIR:-$TIDEMARK_BUILD_DIR-asan}"
start=$SECONDS
TIDEMARK_BUILD_DIR="$asan_dir" "$here/scripts/build.sh" -DTIDEMARK_BUILD_BENCH=OFF -DTIDEMARK_SANITIZE=ON
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$here/tests/sanitizers/lsan.supp:print_suppressions=0"
(cd "$asan_dir" && ctest --output-on-failure --parallel "$(nproc)" --timeout 900 \
  -E "${TIDEMARK_ASAN_EXCLUDE:-throughput|bench}" "$@")
echo "sanitizer pass: $((SECONDS - start)) s"
