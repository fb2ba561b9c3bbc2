#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 Lifeboat maintainers
# packaging/test-install.sh DIST_DIR: installs DIST_DIR's lifeboat_*.deb into
# a fresh, minimal Debian 13 root with apt (so that every dependency comes from
# the archive, as on a user's machine), then runs lifeboat there: --version,
# the wizard for a few seconds offscreen, and a headless offline backup of a
# training sandbox. Then, in a second fresh root standing for a node host,
# installs the standalone lifeboat-agent tarball as its README says.
#
# Run by `installer/dev package --test` and ctest (tst_packageinstall), as
# root, in the build environment. The first run debootstraps a pristine
# minbase root into LIFEBOAT_PKGTEST_CACHE (kept; one to two minutes); every
# run copies it and installs the package from the mirror (network; under a
# minute). LIFEBOAT_PKGTEST_FRESH=1 debootstraps the pristine root again.
#
# Everything it starts runs in its own mount and PID namespaces: the mounts
# vanish and every process is killed when the test ends, however it ends.
#
# Exit status 77 (ctest's skip) when it cannot run here at all: not root, no
# debootstrap, or the mirror unreachable. Those say nothing about the package.
set -euo pipefail

SUITE=trixie
CACHE=${LIFEBOAT_PKGTEST_CACHE:-/var/cache/lifeboat/pkgtest-minbase}

say() { printf 'test-install: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }
skip() { say "skipped: $*"; exit 77; }

[ $# -eq 1 ] || die "usage: packaging/test-install.sh DIST_DIR (the folder with lifeboat_*.deb)"
[ "$(id -u)" = 0 ] || skip "needs root (debootstrap, mount, chroot)"
command -v debootstrap >/dev/null || skip "debootstrap is not installed"
DIST=$(cd "$1" && pwd -P)
deb=$(ls "$DIST"/lifeboat_*.deb 2>/dev/null | sort -V | tail -n1 || true)
[ -n "$deb" ] || die "no lifeboat_*.deb in $DIST; run installer/dev package first"
LOG=$DIST/test-install.log
: >"$LOG"

# The mirror of the host's apt sources, passed by installer/dev (which reads
# them the same way it does for its own root); else this system's sources.
mirror() {
  if [ -n "${LIFEBOAT_MIRROR:-}" ]; then printf '%s\n' "$LIFEBOAT_MIRROR"; return; fi
  local uri
  uri=$(grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' | grep -v security | head -n1 || true)
  [ -n "$uri" ] || uri=$(grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
                         | awk '{for(i=2;i<=NF;i++) if ($i ~ /^[a-z]+:\/\//) {print $i; exit}}' | grep -v security | head -n1 || true)
  [ -n "$uri" ] || die "cannot find a Debian mirror in the apt sources; set LIFEBOAT_MIRROR"
  printf '%s\n' "$uri"
}

# Mount namespaces whose mounts never reach the outside. Inside installer/dev's
# build root, / is no mount point (so its propagation cannot be changed) but
# installer/dev's namespace is already private; on a host, make it private.
PROPAGATION=unchanged
if mountpoint -q /; then PROPAGATION=private; fi

check_mirror_reachable() {
  command -v curl >/dev/null || return 0
  local url
  url="$(mirror)/dists/$SUITE/InRelease"
  curl -fsSI --max-time 30 -o /dev/null "$url" || skip "the mirror is unreachable ($url)"
}

# Runs a command in its own mount and PID namespaces in the background, its
# output appended to the log, and waits for it. Killing the namespace's first
# process (cleanup does) makes the kernel kill everything else in it, and
# unshare returns only once all of it is gone; --kill-child does the same if
# unshare itself is killed.
CONTAINED_PID=
run_contained() {
  unshare --mount --propagation "$PROPAGATION" --pid --fork --kill-child -- "$@" >>"$LOG" 2>&1 &
  CONTAINED_PID=$!
  local status=0
  wait "$CONTAINED_PID" || status=$?
  CONTAINED_PID=
  return "$status"
}

seconds_since() { echo $(( $(date +%s) - $1 )); }

ensure_pristine_root() {
  mkdir -p "$(dirname "$CACHE")"
  # One creator at a time when tests run side by side; the others wait and reuse it.
  exec 9>"$CACHE.lock"
  flock 9
  if [ -d "$CACHE" ] && [ "${LIFEBOAT_PKGTEST_FRESH:-}" != 1 ]; then return; fi
  local partial="$CACHE.partial" start
  start=$(date +%s)
  say "debootstrapping a pristine minimal Debian 13 root into $CACHE (once; minutes)"
  rm -rf --one-file-system "$partial"
  # In its own mount namespace: whatever debootstrap mounts in the new root
  # goes away with it, even when it fails half-way.
  if ! run_contained debootstrap --variant=minbase "$SUITE" "$partial" "$(mirror)"; then
    tail -n 5 "$LOG" >&2
    die "debootstrap failed (log: $LOG)"
  fi
  # Renamed into place only when complete, so a broken root is never reused.
  rm -rf --one-file-system "$CACHE"
  mv "$partial" "$CACHE"
  say "pristine root ready in $(seconds_since "$start") s"
}

WORK=
cleanup() {
  if [ -n "$CONTAINED_PID" ]; then
    local first
    first=$(cat "/proc/$CONTAINED_PID/task/$CONTAINED_PID/children" 2>/dev/null || true)
    # Not unshare itself: its child would still be tearing the namespace
    # down (processes writing into the root) while the root is removed.
    kill -KILL $first 2>/dev/null || kill -KILL "$CONTAINED_PID" 2>/dev/null || true
    wait "$CONTAINED_PID" 2>/dev/null || true
  fi
  # The namespaces are gone now, and their mounts with them: only plain files
  # are left to remove.
  if [ -n "$WORK" ]; then rm -rf --one-file-system "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# What runs inside the installed root, as root.
INNER=$(cat <<'INNER_EOF'
set -euo pipefail
step() { printf 'test-install: [in the root, %ss] %s\n' "$SECONDS" "$*" >&2; }
cd /root
step "apt-get update"
apt-get update -qq
step "apt-get install ./$DEB_NAME (dependencies from the archive, no recommends)"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./$DEB_NAME" >/dev/null

step "checking the installed files"
for f in /usr/bin/lifeboat /usr/libexec/lifeboat/lifeboat-node /usr/libexec/lifeboat/lifeboat-agent \
         "/usr/share/applications/$APP_ID.desktop" "/usr/share/metainfo/$APP_ID.metainfo.xml" \
         "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" "/usr/share/icons/hicolor/256x256/apps/$APP_ID.png" \
         "/usr/share/icons/hicolor/16x16/apps/$APP_ID.png" \
         /usr/share/doc/lifeboat/copyright /usr/share/doc/lifeboat/LICENSE; do
  [ -e "$f" ] || { echo "missing after install: $f" >&2; exit 1; }
done
grep -qx 'License: Apache-2.0' /usr/share/doc/lifeboat/copyright \
  || { echo "/usr/share/doc/lifeboat/copyright names no Apache-2.0 licence" >&2; exit 1; }
if command -v lifeboat-node >/dev/null; then echo "lifeboat-node should not be on PATH" >&2; exit 1; fi
step "lifeboat-agent --version: $(/usr/libexec/lifeboat/lifeboat-agent --version)"

step "lifeboat --version: $(lifeboat --version)"
# The wizard starts with what the package's dependencies bring (a missing
# platform plugin aborts it): it is still up when timeout ends it.
step "the wizard, for 5 s on the offscreen platform"
status=0
QT_QPA_PLATFORM=offscreen timeout 5 lifeboat || status=$?
[ "$status" = 124 ] || { echo "the wizard ended early with exit status $status" >&2; exit 1; }

sandbox=/root/sandbox
step "lifeboat sandbox create $sandbox --size-mb 4"
lifeboat sandbox create "$sandbox" --size-mb 4
step "lifeboat sandbox start $sandbox"
# Stopped on any exit; the PID namespace would kill the nodes anyway, but a
# clean stop is part of what this checks.
trap 'lifeboat sandbox stop "$sandbox" >/dev/null 2>&1 || true' EXIT
lifeboat sandbox start "$sandbox"
step "lifeboat run --profile $sandbox/cluster.json --scenario backup-offline --yes"
lifeboat run --profile "$sandbox/cluster.json" --scenario backup-offline --yes
sets=()
for d in "$sandbox"/backups/*/; do
  if [ -f "$d/manifest.json" ]; then sets+=("${d%/}"); fi
done
[ "${#sets[@]}" = 1 ] || { echo "expected one backup set under $sandbox/backups, found ${#sets[@]}" >&2; exit 1; }
step "backup set ${sets[0]##*/} written; lifeboat verify"
lifeboat verify "${sets[0]}"
step "lifeboat sandbox stop $sandbox"
trap - EXIT
lifeboat sandbox stop "$sandbox"
for p in /proc/[0-9]*; do
  case "$(readlink "$p/exe" 2>/dev/null || true)" in
    */lifeboat-node) echo "a lifeboat-node is still running after stop: ${p#/proc/}" >&2; exit 1 ;;
  esac
done
step "all passed"
INNER_EOF
)

# What runs inside a second fresh root, a node host: only the standalone
# agent tarball, installed as its README says, with the packages it names.
AGENT_INNER=$(cat <<'INNER_EOF'
set -euo pipefail
step() { printf 'test-install: [node host, %ss] %s\n' "$SECONDS" "$*" >&2; }
cd /root
tar xzf "$TARBALL"
set -- lifeboat-agent-*/; folder=${1%/}
packages=$(sed -n 's/^Packages: //p' "$folder/README")
[ -n "$packages" ] || { echo "$folder/README names no packages" >&2; exit 1; }
step "apt-get install $packages (what $folder/README names)"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $packages >/dev/null
install -D -m 0755 -o root -g root "$folder/lifeboat-agent" /usr/libexec/lifeboat/lifeboat-agent
step "lifeboat-agent --version: $(/usr/libexec/lifeboat/lifeboat-agent --version)"
# A node host gets no GUI: the helper needs none of the wizard's libraries.
if dpkg -s libqt6gui6t64 >/dev/null 2>&1 || dpkg -s libqt6gui6 >/dev/null 2>&1; then
  echo "installing the agent pulled in Qt GUI" >&2; exit 1
fi
step "node host passed"
INNER_EOF
)

# The agent tarball on a node host of its own (a second copy of the pristine root).
test_agent_tarball() {
  local tarball root
  tarball=$(ls "$DIST"/lifeboat-agent-*.tar.gz 2>/dev/null | sort -V | tail -n1 || true)
  [ -n "$tarball" ] || die "no lifeboat-agent-*.tar.gz in $DIST; run installer/dev package first"
  root=$WORK/node
  cp "$tarball" "$root/root/"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"; chmod +x "$root/usr/sbin/policy-rc.d"
  say "installing $(basename "$tarball") on a fresh Debian 13 node host"
  run_contained bash -euc '
    root=$1; shift
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    exec chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
      TARBALL="$1" /bin/bash -euc "$2"
  ' bash "$root" "$(basename "$tarball")" "$AGENT_INNER"
}

main() {
  local start root
  start=$(date +%s)
  check_mirror_reachable
  ensure_pristine_root
  WORK=$(mktemp -d /var/tmp/lifeboat-pkgtest.XXXXXX)
  root=$WORK/root
  say "copying the pristine root"
  cp -a "$CACHE" "$root"
  cp -a "$CACHE" "$WORK/node" # for test_agent_tarball
  exec 9>&-
  cp "$deb" "$root/root/"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  # Nothing the package pulls in may start a service in the test root.
  printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"; chmod +x "$root/usr/sbin/policy-rc.d"

  local app_id
  app_id=$(dpkg-deb --contents "$deb" | sed -n 's|.*/usr/share/applications/\(.*\)\.desktop$|\1|p')
  [ -n "$app_id" ] || die "$deb has no desktop file"

  say "installing $(basename "$deb") into a fresh Debian 13 root and running a sandbox backup (log: $LOG)"
  # The test's own PID namespace (its first process is the test; when it ends
  # the kernel kills whatever is left) and mount namespace (/proc, /dev and a
  # private /tmp for the root, gone with it). --kill-child ends it all if this
  # script is killed.
  # Progress lines from the log, as they come.
  tail -c "+$(( $(stat -c %s "$LOG") + 1 ))" -f --pid=$$ "$LOG" | grep --line-buffered '^test-install:' >&2 &
  local status=0
  run_contained bash -euc '
    root=$1; shift
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount -t tmpfs tmpfs "$root/tmp"
    exec chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
      DEB_NAME="$1" APP_ID="$2" /bin/bash -euc "$3"
  ' bash "$root" "$(basename "$deb")" "$app_id" "$INNER" || status=$?
  sleep 1 # lets tail show the last progress lines before the verdict
  if [ "$status" != 0 ]; then
    tail -n 20 "$LOG" >&2
    die "the installed package failed (exit $status) after $(seconds_since "$start") s; full log: $LOG"
  fi
  if ! test_agent_tarball; then
    tail -n 20 "$LOG" >&2
    die "the agent tarball failed on a node host after $(seconds_since "$start") s; full log: $LOG"
  fi
  say "passed in $(seconds_since "$start") s"
}

main
