# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 Lifeboat maintainers
# Shared by the benchmark scripts (sourced, never run): the sandbox they
# measure on, the same work done with the standard tools, and the few
# figures they print. Expects `set -euo pipefail` and $work from the caller.

say() { printf '%s\n' "$*" >&2; }

# $1 size in MB, $2 the sandbox directory. Creates it once (a second run
# reuses it), starts it and reads every file once, so that every tool
# measured afterwards reads warm data and none pays for a cold cache. Its
# documents never expire: the nodes' file collector would otherwise remove
# some between one tool's run and the next, and each would back up other data.
bench_sandbox() {
  local size_mb=$1 dir=$2
  if [ ! -f "$dir/cluster.json" ]; then
    say "creating a ${size_mb} MB sandbox in $dir"
    lifeboat sandbox create "$dir" --size-mb "$size_mb" --activity 0 --document-lifetime 100000000 >/dev/null
  fi
  lifeboat sandbox start "$dir" >/dev/null
  find "$dir" -type f -print0 | xargs -0 cat >/dev/null 2>&1 || true
}

# The GDS directory named in the profile $1.
bench_gds() { sed -n 's/^ *"gds": "\(.*\)",$/\1/p' "$1"; }

# Writes to $3 a script that does a backup-offline's work with the standard
# tools on the sandbox $1 into the directory $2: stop the cluster, copy the
# forms database consistently (sqlite3 VACUUM INTO, integrity_check), archive
# every part with tar and zstd, hash every file with sha256sum, write
# SHA256SUMS over the archives, start the cluster.
#   $4 = serial:   `tar --zstd`, one part after another (what an
#                  administrator's script does today);
#   $4 = parallel: `tar -I 'zstd -T0'` for every part at once, and the
#                  hashing of the files beside them (the tools at their best).
bench_tools_script() {
  local cluster=$1 out=$2 script=$3 mode=$4 node=node2 gds bg='' zstd='--zstd'
  gds=$(bench_gds "$cluster/cluster.json")
  if [ "$mode" = parallel ]; then bg=' &'; zstd="-I 'zstd -T0'"; fi
  cat >"$script" <<SCRIPT
set -euo pipefail
cd "$cluster"
lifeboat sandbox stop "$cluster" >/dev/null
sqlite3 db/forms.db "VACUUM INTO '$out/forms.sqlite'"
sqlite3 "$out/forms.sqlite" "PRAGMA integrity_check" >/dev/null
tar $zstd -cf "$out/database-forms.tar.zst" -C "$out" forms.sqlite$bg
tar $zstd -cf "$out/gds.tar.zst" -C "\$(dirname $gds)" DocumentStorage$bg
tar $zstd -cf "$out/repository-$node.tar.zst" --exclude=.lock -C nodes/$node crx-repository$bg
tar $zstd -cf "$out/connectors.tar.zst" -C shared connectors$bg
tar $zstd -cf "$out/fonts.tar.zst" -C shared fonts$bg
tar $zstd -cf "$out/content-storage-root.tar.zst" -C shared/content-storage-root \\
    audit.contentstore contentstore contentstore.deleted backup-lucene-indexes$bg
tar $zstd -cf "$out/node-identity.tar.zst" nodes/*/crx-repository/repository/cluster_node.id nodes/*/crx-repository/repository/system.id$bg
tar $zstd -cf "$out/bootstrap-properties.tar.zst" nodes/*/jboss/bin/crx-bootstrap.properties$bg
find "$out/forms.sqlite" "$gds" nodes/$node/crx-repository shared/connectors shared/fonts \\
     shared/content-storage-root -type f ! -name .lock ! -path '*/lucene-indexes/*' -print0 | xargs -0 sha256sum >"$out/files.sha256"$bg
wait
(cd "$out" && sha256sum *.tar.zst >SHA256SUMS)
lifeboat sandbox start "$cluster" >/dev/null
SCRIPT
}

# Runs "$@" under /usr/bin/time into the file $1 ("seconds peak-KiB"). The
# data written before (a sandbox, a backup set, a restic repository) is
# flushed first, outside the timing: else whichever command runs next pays
# for the writeback of what others wrote (a restore right after two backups
# and restic took 1.7 s to unpack what it unpacks in 0.8 s on a quiet disk).
bench_time() {
  local into=$1; shift
  sync
  /usr/bin/time -f '%e %M' -o "$into" "$@"
}
bench_seconds() { awk '{print $1}' "$1"; }
bench_peak_mb() { awk '{printf "%.0f", $2 / 1024}' "$1"; }
bench_mb() { awk -v b="$1" 'BEGIN {printf "%.1f", b / 1048576}'; }
bench_ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
# Bytes in the files $@ (du's apparent sizes).
bench_bytes() { du -cb "$@" | tail -1 | cut -f1; }
