#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the README's two commands the way a new user would: on a brand-new Debian root that has
# nothing but what `debootstrap --variant=minbase` puts there, from a fresh clone of this repository.
#
#   sudo scripts/fresh-check.sh                 clone HEAD, run scripts/test.sh (without the sanitizer
#                                               pass), then scripts/run.sh --demo until the window is
#                                               connected to the demo server; print both times
#   sudo scripts/fresh-check.sh --full          the same, with the sanitizer pass (what CI runs)
#   sudo scripts/fresh-check.sh --shared-ccache use this machine's compiler cache (quick re-checks of
#                                               the set-up; the times are then not a new user's)
#   sudo scripts/fresh-check.sh --keep          leave the root in place afterwards (for a look inside)
#
# Not part of CI: it takes minutes (a whole build on a machine with nothing cached). Run it before
# you push whenever the set-up, the build or the packaging changed (CONTRIBUTING.md).
#
# The root is made from the machine's own apt sources (the Debian mirror and suite this machine
# installs from), once, and cached as a tarball in $TIDEMARK_FRESH_CACHE
# (default ~/.cache/tidemark-fresh); each check unpacks a new copy.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

full=0 shared_ccache=0 keep=0
for a in "$@"; do
  case "$a" in
    --full) full=1 ;;
    --shared-ccache) shared_ccache=1 ;;
    --keep) keep=1 ;;
    -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "fresh-check: unknown option $a" >&2; exit 1 ;;
  esac
done
if [ "$(id -u)" -ne 0 ]; then
  echo "fresh-check: needs root (debootstrap, chroot, mounts): run it with sudo" >&2
  exit 1
fi

cache="${TIDEMARK_FRESH_CACHE:-$HOME/.cache/tidemark-fresh}"
mkdir -p "$cache"

# The machine's own Debian mirror and suite, from deb822 sources or the classic sources.list.
codename="$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")"
mirror=""
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
  mirror="$(awk '/^URIs:/ && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)"
fi
if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
  mirror="$(awk '$1 == "deb" && $0 !~ /security/ {print $2; exit}' /etc/apt/sources.list)"
fi
mirror="${mirror:-http://deb.debian.org/debian}"

if ! command -v debootstrap >/dev/null; then
  echo "Installing debootstrap"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
fi

tarball="$cache/$codename-minbase.tar"
if [ ! -f "$tarball" ]; then
  echo "Making a minbase $codename root from $mirror (once; cached in $tarball)"
  seed="$(mktemp -d)"
  debootstrap --variant=minbase "$codename" "$seed" "$mirror" >"$cache/debootstrap.log" 2>&1 ||
    { echo "debootstrap failed; see $cache/debootstrap.log" >&2; exit 1; }
  tar -C "$seed" -cf "$tarball.tmp" . && mv "$tarball.tmp" "$tarball"
  rm -rf "$seed"
fi

root="$(mktemp -d /var/tmp/tidemark-fresh.XXXXXX)"
mounts=()
cleanup() {
  local i
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[$i]}" 2>/dev/null || true; done
  if [ "$keep" = 1 ]; then echo "The root stays in $root"; else rm -rf "$root"; fi
}
trap cleanup EXIT
tar -C "$root" -xf "$tarball"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
for m in proc sys dev dev/pts; do
  mkdir -p "$root/$m"
  case "$m" in
    proc) mount -t proc proc "$root/proc" ;;
    sys) mount -t sysfs sysfs "$root/sys" ;;
    dev) mount --bind /dev "$root/dev" ;;
    dev/pts) mount -t devpts devpts "$root/dev/pts" ;;
  esac
  mounts+=("$root/$m")
done
mkdir -p "$root/dev/shm" "$root/tmp" && chmod 1777 "$root/tmp"
if [ "$shared_ccache" = 1 ]; then
  host_ccache="$(ccache -k cache_dir 2>/dev/null || echo "$HOME/.cache/ccache")"
  mkdir -p "$root/root/.cache/ccache" "$host_ccache"
  mount --bind "$host_ccache" "$root/root/.cache/ccache"
  mounts+=("$root/root/.cache/ccache")
fi

# A fresh clone of what is committed here (git runs outside the root: minbase has no git, and a
# new user has already cloned by the time they read the README).
git clone -q --no-hardlinks "$here" "$root/src"
echo "Cloned $(git -C "$root/src" rev-parse --short HEAD) into $root/src"

in_root() {
  chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 "$@"
}

status=0
asan_env=(TIDEMARK_SKIP_ASAN=1)
[ "$full" = 1 ] && asan_env=()
echo "== scripts/test.sh (log: $cache/test.log)"
t0=$SECONDS
if in_root /usr/bin/env "${asan_env[@]}" bash -c 'cd /src && scripts/test.sh' >"$cache/test.log" 2>&1; then
  test_result="passed"
else
  test_result="FAILED"
  status=1
fi
test_time=$((SECONDS - t0))
grep -E 'tests passed|tests failed|sanitizer pass' "$cache/test.log" || tail -20 "$cache/test.log"
echo "scripts/test.sh: $test_result in ${test_time} s"

echo "== scripts/run.sh --demo (log: $cache/run.log)"
t0=$SECONDS
log=/root/.local/share/Tidemark/Tidemark/logs/tidemark.log
setsid chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  bash -c 'cd /src && exec scripts/run.sh --demo' >"$cache/run.log" 2>&1 &
app=$!
up=0
for _ in $(seq 1 1800); do
  if grep -q 'connection state: Connected' "$root$log" 2>/dev/null; then up=1; break; fi
  kill -0 "$app" 2>/dev/null || break
  sleep 0.5
done
run_time=$((SECONDS - t0))
kill -TERM -- "-$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
if [ "$up" = 1 ]; then
  echo "scripts/run.sh --demo: window up and connected to the demo server after ${run_time} s"
else
  echo "scripts/run.sh --demo: the window did not connect within ${run_time} s; last lines:"
  tail -20 "$cache/run.log"
  status=1
fi
exit "$status"
