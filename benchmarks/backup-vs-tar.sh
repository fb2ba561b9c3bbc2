#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 Lifeboat maintainers
# Times Lifeboat's backup-offline against the same work done with the
# standard tools, on the same sandbox data in one run, and prints the ratio
# and Lifeboat's peak memory.
#
#   installer/dev exec benchmarks/backup-vs-tar.sh [SIZE_MB] [WORK_DIR]
#
# The same work: stop the cluster, copy the forms database consistently
# (sqlite3 VACUUM INTO), archive every part with `tar --zstd` (one part after
# another), hash every file with sha256sum, write SHA256SUMS over the
# archives, start the cluster. Both runs read warm data (a first pass reads
# everything once), so neither pays for a cold cache the other does not.
set -euo pipefail

size_mb=${1:-2048}
work=${2:-$(mktemp -d /tmp/lifeboat-bench.XXXXXX)}
cluster=$work/cluster
profile=$cluster/cluster.json

say() { printf '%s\n' "$*" >&2; }
# Never leave the sandbox's node processes behind, whatever happens.
trap 'lifeboat sandbox stop "$cluster" >/dev/null 2>&1 || true' EXIT

if [ ! -f "$profile" ]; then
  say "creating a ${size_mb} MB sandbox in $cluster"
  lifeboat sandbox create "$cluster" --size-mb "$size_mb" --activity 0 >/dev/null
fi
lifeboat sandbox start "$cluster" >/dev/null
find "$cluster" -type f -print0 | xargs -0 cat >/dev/null   # warm the cache for both

seconds() { awk '{print $1}' "$1"; }

# --- Lifeboat ----------------------------------------------------------------
rm -rf "$cluster/backups" "$work/runs"
/usr/bin/time -f '%e %M' -o "$work/lifeboat.time" \
  lifeboat run --profile "$profile" --scenario backup-offline --yes --report-dir "$work/runs" >/dev/null
set_dir=$(ls -d "$cluster"/backups/2*/)
lifeboat_bytes=$(du -sb "$set_dir" | cut -f1)

# --- The standard tools, one part after another --------------------------------
tools_out=$work/tools
rm -rf "$tools_out"; mkdir -p "$tools_out"
gds=$(sed -n 's/^ *"gds": "\(.*\)",$/\1/p' "$profile")
node=node2
cat >"$work/tools.sh" <<SCRIPT
set -euo pipefail
cd "$cluster"
lifeboat sandbox stop "$cluster" >/dev/null
sqlite3 db/forms.db "VACUUM INTO '$tools_out/forms.sqlite'"
sqlite3 "$tools_out/forms.sqlite" "PRAGMA integrity_check" >/dev/null
tar --zstd -cf "$tools_out/database-forms.tar.zst" -C "$tools_out" forms.sqlite
tar --zstd -cf "$tools_out/gds.tar.zst" -C "\$(dirname $gds)" DocumentStorage
tar --zstd -cf "$tools_out/repository-$node.tar.zst" --exclude=.lock -C nodes/$node crx-repository
tar --zstd -cf "$tools_out/connectors.tar.zst" -C shared connectors
tar --zstd -cf "$tools_out/fonts.tar.zst" -C shared fonts
tar --zstd -cf "$tools_out/content-storage-root.tar.zst" -C shared/content-storage-root \
    audit.contentstore contentstore contentstore.deleted backup-lucene-indexes
tar --zstd -cf "$tools_out/node-identity.tar.zst" nodes/*/crx-repository/repository/cluster_node.id nodes/*/crx-repository/repository/system.id
tar --zstd -cf "$tools_out/bootstrap-properties.tar.zst" nodes/*/jboss/bin/crx-bootstrap.properties
find "$tools_out/forms.sqlite" "$gds" nodes/$node/crx-repository shared/connectors shared/fonts \
     shared/content-storage-root -type f ! -name .lock ! -path '*/lucene-indexes/*' -print0 | xargs -0 sha256sum >"$tools_out/files.sha256"
(cd "$tools_out" && sha256sum *.tar.zst >SHA256SUMS)
lifeboat sandbox start "$cluster" >/dev/null
SCRIPT
/usr/bin/time -f '%e %M' -o "$work/tools.time" bash "$work/tools.sh"
tools_bytes=$(du -cb "$tools_out"/*.tar.zst | tail -1 | cut -f1)

lifeboat_s=$(seconds "$work/lifeboat.time")
tools_s=$(seconds "$work/tools.time")
peak_mb=$(awk '{printf "%.0f", $2 / 1024}' "$work/lifeboat.time")
data_mb=$(du -sm "$cluster/nodes" "$cluster/shared" "$cluster/db" | awk '{s+=$1} END {print s}')
ratio=$(awk -v a="$lifeboat_s" -v b="$tools_s" 'BEGIN {printf "%.2f", a / b}')

cat <<REPORT
sandbox data:            ${data_mb} MB in $cluster
cores:                   $(nproc)
lifeboat backup-offline: ${lifeboat_s} s, peak memory ${peak_mb} MB, set $(awk -v b="$lifeboat_bytes" 'BEGIN {printf "%.0f", b / 1048576}') MB
tar --zstd + sha256sum:  ${tools_s} s, archives $(awk -v b="$tools_bytes" 'BEGIN {printf "%.0f", b / 1048576}') MB
ratio (lifeboat / tools): ${ratio}   (target: <= 1.0)
peak memory:             ${peak_mb} MB   (target: < 200 MB)
REPORT
