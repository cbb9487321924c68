#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ file in the repository differs from the checked-in .clang-format, naming the
# files and how to fix them. Uses clang-format 14, the version Debian 12 ships (setup-deps.sh
# installs it): another version formats some constructs differently, so it is not accepted.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
tool="${CLANG_FORMAT:-clang-format-14}"
if ! command -v "$tool" >/dev/null 2>&1; then
  echo "check-format: $tool not found (scripts/setup-deps.sh installs it)" >&2
  exit 2
fi
mapfile -t files < <(git ls-files '*.cpp' '*.h')
# One pass over all files, two at a time; clang-format names each file that differs.
report="$(printf '%s\0' "${files[@]}" | xargs -0 -P "$(nproc)" -n 40 "$tool" --dry-run --Werror 2>&1 || true)"
mapfile -t bad < <(printf '%s\n' "$report" | sed -n 's/^\(.*\.\(cpp\|h\)\):[0-9]*:[0-9]*: error:.*/\1/p' | sort -u)
if [ ${#bad[@]} -gt 0 ]; then
  echo "check-format: ${#bad[@]} file(s) differ from .clang-format:" >&2
  printf '  %s\n' "${bad[@]}" >&2
  echo "Fix with: $tool -i <file>   (or: git ls-files '*.cpp' '*.h' | xargs $tool -i)" >&2
  exit 1
fi
if [ -n "$report" ]; then
  printf '%s\n' "$report" >&2
  exit 1
fi
echo "check-format: ${#files[@]} files formatted as .clang-format says"
