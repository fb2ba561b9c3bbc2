#!/usr/bin/env bash
# packaging/test-install.sh DIST_DIR: installs DIST_DIR's lifeboat_*.deb into
# a fresh, minimal Debian 13 root with apt (so that every dependency comes from
# the archive, as on a user's machine), then runs lifeboat there: --version,
# and a headless offline backup of a training sandbox.
#
# Run by `installer/dev package --test`, as root, in the build environment.
# Takes minutes: the first run debootstraps a pristine minbase root into
# LIFEBOAT_PKGTEST_CACHE (kept, about 3 minutes); every run copies it and
# installs the package from the mirror (network). LIFEBOAT_PKGTEST_FRESH=1
# debootstraps the pristine root again.
#
# Everything it starts runs in its own mount and PID namespaces: the mounts
# vanish and every process is killed when the test ends, however it ends.
set -euo pipefail

SUITE=trixie
CACHE=${LIFEBOAT_PKGTEST_CACHE:-/var/cache/lifeboat/pkgtest-minbase}

say() { printf 'test-install: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

[ $# -eq 1 ] || die "usage: packaging/test-install.sh DIST_DIR (the folder with lifeboat_*.deb)"
[ "$(id -u)" = 0 ] || die "needs root (debootstrap, mount, chroot)"
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

# A mount namespace whose mounts never reach the outside. Inside installer/dev's
# build root, / is no mount point (so its propagation cannot be changed) but
# installer/dev's namespace is already private; on a host, make it private.
private_unshare() {
  local propagation=unchanged
  if mountpoint -q /; then propagation=private; fi
  unshare --mount --propagation "$propagation" "$@"
}

seconds_since() { echo $(( $(date +%s) - $1 )); }

ensure_pristine_root() {
  if [ -d "$CACHE" ] && [ "${LIFEBOAT_PKGTEST_FRESH:-}" != 1 ]; then return; fi
  command -v debootstrap >/dev/null || die "debootstrap is not installed"
  local partial="$CACHE.partial" start
  start=$(date +%s)
  say "debootstrapping a pristine minimal Debian 13 root into $CACHE (once; minutes)"
  rm -rf --one-file-system "$partial"
  mkdir -p "$(dirname "$CACHE")"
  # In its own mount namespace: whatever debootstrap mounts in the new root
  # goes away with it, even when it fails half-way.
  if ! private_unshare -- debootstrap --variant=minbase "$SUITE" "$partial" "$(mirror)" >>"$LOG" 2>&1; then
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
  # The namespaces are gone by now: only plain files are left to remove.
  [ -n "$WORK" ] && rm -rf --one-file-system "$WORK"
}
trap cleanup EXIT

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
for f in /usr/bin/lifeboat /usr/libexec/lifeboat/lifeboat-node \
         "/usr/share/applications/$APP_ID.desktop" "/usr/share/metainfo/$APP_ID.metainfo.xml" \
         "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" "/usr/share/icons/hicolor/256x256/apps/$APP_ID.png" \
         "/usr/share/icons/hicolor/16x16/apps/$APP_ID.png"; do
  [ -e "$f" ] || { echo "missing after install: $f" >&2; exit 1; }
done
if command -v lifeboat-node >/dev/null; then echo "lifeboat-node should not be on PATH" >&2; exit 1; fi

step "lifeboat --version: $(lifeboat --version)"

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

main() {
  local start root
  start=$(date +%s)
  ensure_pristine_root
  WORK=$(mktemp -d /var/tmp/lifeboat-pkgtest.XXXXXX)
  root=$WORK/root
  say "copying the pristine root"
  cp -a "$CACHE" "$root"
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
  local status=0
  private_unshare --pid --fork --kill-child -- bash -euc '
    root=$1; shift
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount -t tmpfs tmpfs "$root/tmp"
    exec chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
      DEB_NAME="$1" APP_ID="$2" /bin/bash -euc "$3"
  ' bash "$root" "$(basename "$deb")" "$app_id" "$INNER" >>"$LOG" 2>&1 || status=$?
  grep '^test-install:' "$LOG" >&2 || true
  if [ "$status" != 0 ]; then
    tail -n 20 "$LOG" >&2
    die "the installed package failed (exit $status) after $(seconds_since "$start") s; full log: $LOG"
  fi
  say "passed in $(seconds_since "$start") s"
}

main
