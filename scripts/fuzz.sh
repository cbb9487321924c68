#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (tests/fuzz) with clang, ASan and UBSan, and runs them at the same
# time, each for the given number of seconds, at the lowest CPU priority. Prints per target the
# executions, executions per second, corpus size and findings.
#
#   scripts/fuzz.sh [seconds] [target...]      default: 60 seconds, every target
#
# Seeds come from tests/fuzz/corpus/<target>; what the fuzzer learns goes to
# $TIDEMARK_FUZZ_DIR/corpus/<target> (default build-fuzz/), never into the source tree. A crashing
# input is saved in $TIDEMARK_FUZZ_DIR/findings/<target>/; to keep it as a regression case, copy it
# into tests/fuzz/corpus/<target>/ (the CTest replay then runs it on every build).
# Exit status: 0 when no target found anything, 1 otherwise.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-60}"
shift || true
all_targets=(sync_stream sync_event api_dtos ack_string server_url)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
out="${TIDEMARK_FUZZ_DIR:-$here/build-fuzz}"

"$here/scripts/setup-deps.sh"
# libFuzzer and the sanitizer runtimes for clang 14 (Debian 12).
need=()
for p in clang-14 libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

cmake -S "$here/tests/fuzz" -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER="$(command -v clang++-14 || command -v clang++)" \
  ${CMAKE_CXX_COMPILER_LAUNCHER:+-DCMAKE_CXX_COMPILER_LAUNCHER=$CMAKE_CXX_COMPILER_LAUNCHER} >/dev/null
cmake --build "$out" --parallel "$(nproc)" --target "${targets[@]/#/fuzz_}"

max_len() {
  case "$1" in
    sync_stream) echo 8192 ;;
    api_dtos|sync_event) echo 8192 ;;
    *) echo 1024 ;;
  esac
}

export ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$here/tests/sanitizers/lsan.supp}"
pids=()
for t in "${targets[@]}"; do
  mkdir -p "$out/corpus/$t" "$out/findings/$t" "$out/logs"
  dict=()
  case "$t" in sync_stream|sync_event|api_dtos) dict=("-dict=$here/tests/fuzz/json.dict") ;; esac
  nice -n 19 "$out/fuzz_$t" "$out/corpus/$t" "$here/tests/fuzz/corpus/$t" \
    -max_total_time="$seconds" -max_len="$(max_len "$t")" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$out/findings/$t/" "${dict[@]}" \
    >"$out/logs/$t.log" 2>&1 &
  pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid" || true; done

status=0
printf '%-12s %8s %12s %10s %8s %7s %9s\n' target seconds execs 'exec/s' corpus cov findings
for t in "${targets[@]}"; do
  log="$out/logs/$t.log"
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  time=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  corpus=$(sed -n 's/.* corp: \([0-9]*\)\/.*/\1/p' <<<"$last")
  cov=$(sed -n 's/.* cov: \([0-9]*\) .*/\1/p' <<<"$last")
  findings=$(find "$out/findings/$t" -type f | wc -l)
  printf '%-12s %8s %12s %10s %8s %7s %9s\n' "$t" "${time:-?}" "${execs:-?}" "${rate:-?}" "${corpus:-?}" "${cov:-?}" "$findings"
  if [ "$findings" -gt 0 ]; then
    status=1
    find "$out/findings/$t" -type f -printf '  %p\n'
    grep -m3 -E 'ERROR: |runtime error|invariant violated' "$log" | sed 's/^/  /' || true
  fi
done
exit $status
