#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes translations/tidemark_*.ts from the sources (core/, ui/, app/) with lupdate, keeping
# every existing translation, then lists the messages that still need one (new, changed, or with
# an empty numerus form). Translate those in Qt Linguist or in the .ts file, remove
# type="unfinished", and the i18n_completeness test passes again.
#
#   scripts/update-translations.sh            update all languages, list what is unfinished
#   scripts/update-translations.sh --list     only list, change nothing
#   scripts/update-translations.sh de         only tidemark_de.ts
#
# Locations are left out of the .ts files (-locations none): line numbers change with every edit
# of the sources and would make each refresh a large diff; the context names the class.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

list_only=0
langs=()
for a in "$@"; do
  case "$a" in
    --list) list_only=1 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) langs+=("$a") ;;
  esac
done
if [ ${#langs[@]} -eq 0 ]; then
  for f in translations/tidemark_*.ts; do
    l="${f#translations/tidemark_}"
    langs+=("${l%.ts}")
  done
fi

lupdate="$(command -v lupdate6 || command -v lupdate || true)"
for candidate in /usr/lib/qt6/bin/lupdate /usr/lib/x86_64-linux-gnu/qt6/bin/lupdate; do
  if [ -z "$lupdate" ] || ! "$lupdate" -version 2>/dev/null | grep -q 'version 6'; then
    [ -x "$candidate" ] && lupdate="$candidate"
  fi
done
if [ -z "$lupdate" ]; then
  echo "lupdate (Qt 6) not found: run scripts/setup-deps.sh (package qt6-l10n-tools)" >&2
  exit 1
fi

ts_files=()
for l in "${langs[@]}"; do ts_files+=("translations/tidemark_$l.ts"); done

# tidemark_en.ts holds only the plurals ("%n asset(s)" -> "1 asset" / "12 assets"): English needs
# no other translation, since the sources are English.
if [ "$list_only" -eq 0 ]; then
  for ts in "${ts_files[@]}"; do
    extra=()
    [ "$ts" = translations/tidemark_en.ts ] && extra=(-pluralonly)
    "$lupdate" -no-obsolete -locations none -source-language en "${extra[@]}" \
      -extensions cpp,h core ui app -ts "$ts"
  done
fi

# List what still needs a translator: unfinished, empty, or a numerus form left empty.
if ! command -v python3 >/dev/null; then
  status=0
  for ts in "${ts_files[@]}"; do
    n="$(grep -c 'type="unfinished"' "$ts" || true)"
    echo "$ts: $n unfinished (install python3 for the list)"
    [ "$n" = 0 ] || status=1
  done
  exit "$status"
fi
python3 - "${ts_files[@]}" <<'PY'
import sys
import xml.etree.ElementTree as ET

status = 0
for path in sys.argv[1:]:
    root = ET.parse(path).getroot()
    total = 0
    todo = []
    for ctx in root.iter('context'):
        name = ctx.findtext('name')
        for msg in ctx.iter('message'):
            tr = msg.find('translation')
            kind = tr.get('type') if tr is not None else None
            if kind in ('obsolete', 'vanished'):
                continue
            total += 1
            if msg.get('numerus') == 'yes':
                forms = [f.text or '' for f in tr.iter('numerusform')]
                empty = not forms or any(not f.strip() for f in forms)
            else:
                empty = not (tr.text or '').strip()
            if kind == 'unfinished' or empty:
                todo.append((name, msg.findtext('source'), msg.findtext('comment')))
    print(f"{path}: {total} messages, {len(todo)} unfinished")
    for name, source, comment in todo:
        note = f"  [{comment}]" if comment else ""
        print(f"  {name}: {source!r}{note}")
    if todo:
        status = 1
sys.exit(status)
PY
