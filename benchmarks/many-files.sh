#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 Lifeboat maintainers
# A production repository's shape: hundreds of thousands of small files.
# An AEM data store keeps each blob under three levels of two-letter
# folders, so a repository of 300,000 blobs holds about as many folders.
# The 2 GB sandbox of side-by-side.sh has 14,000 files; this one adds
# FILES small blobs (default 300,000) to node2's data store and measures,
# in one run on the same data:
#
#   installer/dev exec benchmarks/many-files.sh [FILES] [WORK_DIR]
#
# 1. a full backup-offline, and the standard-tools script (`tar --zstd` of
#    each part, `sha256sum` of every file) for comparison;
# 2. an incremental backup-offline after adding 1 % more blobs;
# 3. `lifeboat verify` of the incremental set (it reads its base too);
# 4. restore-node of node2's repository from the full set, and
#    `zstd -d | tar -x` of the same archive into a new folder;
# with each command's time, peak memory (max RSS) and, for Lifeboat, how
# long the nodes were down (report.json).
set -euo pipefail

files=${1:-300000}
work=${2:-$(mktemp -d /tmp/lifeboat-many-files.XXXXXX)}
cluster=$work/cluster
profile=$cluster/cluster.json
results=$work/results.txt
mkdir -p "$work"

. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
trap 'lifeboat sandbox stop "$cluster" >/dev/null 2>&1 || true' EXIT

row() { printf '%s   [load %s]\n' "$*" "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$results"; }
newest_set() { ls -1dt "$cluster"/backups/2*/ | head -1; }
newest_report() { ls -1dt "$work"/runs/*/ | head -1; }
# The longest a node was down in the newest run, from its report.
downtime() {
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("%.1f" % max([d["seconds"] for d in r.get("downtime", [])] or [0]))' \
    "$(newest_report)report.json"
}

# $1 blobs in node2's data store, as AEM names them (the SHA-1 of the
# content, under its first three pairs of hex digits); $2 = a seed, so that
# a second batch adds new names. Each is 64 random bytes and 320 of text.
add_blobs() {
  python3 - "$cluster/nodes/node2/crx-repository/repository/datastore" "$1" "$2" <<'PY'
import hashlib, os, sys
root, count, seed = sys.argv[1], int(sys.argv[2]), sys.argv[3]
for i in range(count):
    name = hashlib.sha1(('%s-%d' % (seed, i)).encode()).hexdigest()
    folder = os.path.join(root, name[0:2], name[2:4], name[4:6])
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), 'wb') as blob:
        blob.write(os.urandom(64) + name.encode() * 8)
PY
}

: >"$results"
bench_sandbox 512 "$cluster"
if [ ! -f "$work/blobs-added" ]; then
  lifeboat sandbox stop "$cluster" >/dev/null
  add_blobs "$files" first
  touch "$work/blobs-added"
  lifeboat sandbox start "$cluster" >/dev/null
fi
rm -rf "$cluster/backups" "$work/runs" "$work/tools" "$work/untarred"
find "$cluster" -type f -print0 | xargs -0 cat >/dev/null 2>&1 || true
row "sandbox: $(find "$cluster/nodes/node2/crx-repository" -type f | wc -l) files in node2's repository, $(find "$cluster/nodes/node2/crx-repository" -type d | wc -l) folders; $(nproc) cores"

# --- 1. Full backup -------------------------------------------------------------
bench_time "$work/full.time" lifeboat run --profile "$profile" --scenario backup-offline --full --yes --report-dir "$work/runs" >/dev/null
full_set=$(newest_set)
row "lifeboat backup-offline (full): $(bench_seconds "$work/full.time") s, peak $(bench_peak_mb "$work/full.time") MB, nodes down $(downtime) s, set $(bench_mb "$(du -sb "$full_set" | cut -f1)") MB, manifest $(bench_mb "$(stat -c %s "$full_set/manifest.json")") MB"
mkdir -p "$work/tools"
bench_tools_script "$cluster" "$work/tools" "$work/tools.sh" serial
bench_time "$work/tools.time" bash "$work/tools.sh"
row "standard tools, serial: $(bench_seconds "$work/tools.time") s, peak $(bench_peak_mb "$work/tools.time") MB"

# --- 2. Incremental after 1 % more blobs -----------------------------------------------
add_blobs $(( files / 100 )) second
bench_time "$work/incremental.time" lifeboat run --profile "$profile" --scenario backup-offline --yes --report-dir "$work/runs" >/dev/null
incremental_set=$(newest_set)
row "lifeboat incremental: $(bench_seconds "$work/incremental.time") s, peak $(bench_peak_mb "$work/incremental.time") MB, nodes down $(downtime) s, set $(bench_mb "$(du -sb "$incremental_set" | cut -f1)") MB"

# --- 3. Verify ------------------------------------------------------------------------
bench_time "$work/verify.time" lifeboat verify "$incremental_set" >/dev/null
row "lifeboat verify (incremental set and its base): $(bench_seconds "$work/verify.time") s, peak $(bench_peak_mb "$work/verify.time") MB"

# --- 4. Restore of node2 ----------------------------------------------------------------
bench_time "$work/restore.time" lifeboat run --profile "$profile" --scenario restore-node --node node2 --repository \
  --backup-set "$(basename "$full_set")" --yes --report-dir "$work/runs" >/dev/null
row "lifeboat restore-node node2 (full set): $(bench_seconds "$work/restore.time") s, peak $(bench_peak_mb "$work/restore.time") MB, node2 down $(downtime) s"
mkdir -p "$work/untarred"
bench_time "$work/untar.time" sh -c "zstd -d -c '$full_set/repository-node2.tar.zst' | tar -x -C '$work/untarred'"
row "zstd -d | tar -x of node2's archive: $(bench_seconds "$work/untar.time") s"
rm -rf "$work/untarred"
say "results in $results"
