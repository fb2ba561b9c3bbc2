#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 Lifeboat maintainers
# Issue 16's benchmarks, side by side in one run on the same sandbox data:
#
#   installer/dev exec benchmarks/side-by-side.sh [SIZE_MB] [WORK_DIR]
#
# 1. full backup: Lifeboat's backup-offline against the standard-tools
#    script (`tar --zstd`, one part after another) and against the same
#    script with `tar -I 'zstd -T0'` for every part at once; restic's first
#    run of the same trees;
# 2. after changing 1 % of the files (new data-store blobs, one new segment
#    tar file in every author repository, new GDS documents with their rows
#    in the forms database): Lifeboat's incremental backup against a full one
#    (--full) and against restic's second run;
# 3. restore of node2's repository from the set (restore-node --repository)
#    against `zstd -d | tar -x` of the same archive and `sha256sum -c` of
#    every restored file, three rounds each (RESTORE_ROUNDS), medians;
# 4. Lifeboat's peak memory (max RSS) for backup-offline at 0.5, 1 and 2 GB
#    (RSS_SIZES, default "512 1024", sandboxes of their own; the 2 GB figure
#    is the full backup's of step 1).
#
# Every run reads warm data. Every command that backs up stops the cluster,
# copies the forms database consistently and starts the cluster again, so
# that each does the same work. restic uses a local repository, its password
# from a file (RESTIC_PASSWORD_FILE), never on a command line.
set -euo pipefail

size_mb=${1:-2048}
work=${2:-$(mktemp -d /tmp/lifeboat-side-by-side.XXXXXX)}
rss_sizes=${RSS_SIZES:-512 1024}
cluster=$work/cluster
profile=$cluster/cluster.json
results=$work/results.txt
mkdir -p "$work"

. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
trap 'for c in "$work"/cluster "$work"/rss-*; do lifeboat sandbox stop "$c" >/dev/null 2>&1 || true; done' EXIT

# Each figure with the load average beside it: the machine may be shared.
row() { printf '%s   [load %s]\n' "$*" "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$results"; }
# By time, not by name: two sets begun in the same second are named
# "<time>-backup-offline" and "<time>-backup-offline-2", and sort's order
# puts the first one last.
newest_set() { ls -1dt "$cluster"/backups/2*/ | head -1; }
set_bytes() { du -sb "$1" | cut -f1; }
lifeboat_backup() { # $1 = time file, then extra options
  local into=$1; shift
  bench_time "$into" lifeboat run --profile "$profile" --scenario backup-offline --yes --report-dir "$work/runs" "$@" >/dev/null
}
incremental_supported() { lifeboat run --profile "$profile" --scenario backup-offline --help 2>&1 | grep -q -- '--full'; }

# The data the restic runs read: the same trees as the standard-tools script.
restic_script() {
  local out=$work/restic-db gds
  gds=$(bench_gds "$profile")
  cat >"$work/restic.sh" <<SCRIPT
set -euo pipefail
cd "$cluster"
lifeboat sandbox stop "$cluster" >/dev/null
rm -rf "$out"; mkdir -p "$out"
sqlite3 db/forms.db "VACUUM INTO '$out/forms.sqlite'"
sqlite3 "$out/forms.sqlite" "PRAGMA integrity_check" >/dev/null
restic --repo "$work/restic" --cache-dir "$work/restic-cache" backup --quiet --exclude .lock \\
  "$out/forms.sqlite" "$gds" nodes/node2/crx-repository shared/connectors shared/fonts \\
  shared/content-storage-root/audit.contentstore shared/content-storage-root/contentstore \\
  shared/content-storage-root/contentstore.deleted shared/content-storage-root/backup-lucene-indexes \\
  nodes/*/crx-repository/repository/cluster_node.id nodes/*/crx-repository/repository/system.id \\
  nodes/*/jboss/bin/crx-bootstrap.properties
lifeboat sandbox start "$cluster" >/dev/null
SCRIPT
}

# The file $1, of $2 bytes of mixed content: half random, half text (as the
# sandbox's own). Cut to size afterwards: a pipe cut short fails the script.
mixed() {
  local half=$(( $2 / 2 ))
  head -c "$half" /dev/urandom >"$1"
  head -c $(( ($2 - half) * 3 / 4 + 4 )) /dev/urandom | base64 -w 76 >>"$1"
  truncate -s "$2" "$1"
}

# Adds 1 % as many files as the backed-up trees hold: one new segment tar
# file (4 MiB) in every author repository, new data-store blobs (8-256 KiB)
# in every author repository, new GDS documents (4-128 KiB) with their rows
# in the forms database. Nothing existing changes: that is how AEM writes.
change_one_percent() {
  local gds files count i repo segment next id size now
  gds=$cluster/$(bench_gds "$profile")
  files=$(find "$gds" "$cluster/nodes/node2/crx-repository" "$cluster/shared" -type f | wc -l)
  count=$(( files / 100 ))
  now=$(( $(date +%s) * 1000 ))
  for repo in "$cluster"/nodes/node*/crx-repository/repository; do
    segment=$(ls "$repo"/segmentstore/data*a.tar | sort | tail -1)
    next=$(basename "$segment" | sed 's/^data0*\([0-9]*\)a.tar$/\1/')
    mixed "$repo/segmentstore/$(printf 'data%05da.tar' $(( next + 1 )))" $(( 4 * 1024 * 1024 ))
  done
  for (( i = 0; i < count / 2; i++ )); do
    id=$(head -c 20 /dev/urandom | od -An -tx1 | tr -d ' \n')
    size=$(( 8192 + RANDOM * 8 ))
    mixed "$work/blob" "$size"
    for repo in "$cluster"/nodes/node*/crx-repository/repository; do
      mkdir -p "$repo/datastore/${id:0:2}/${id:2:2}/${id:4:2}"
      cp "$work/blob" "$repo/datastore/${id:0:2}/${id:2:2}/${id:4:2}/$id"
    done
  done
  : >"$work/documents.sql"
  for (( i = 0; i < count - count / 2 - 1; i++ )); do
    id=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
    size=$(( 4096 + RANDOM * 4 ))
    mkdir -p "$gds/docm${id:0:2}"
    mixed "$gds/docm${id:0:2}/$id.dat" "$size"
    printf "INSERT INTO tb_document (gds_path, sha256, size, created_at, node) VALUES ('%s', '%s', %d, %d, 'node1');\n" \
      "docm${id:0:2}/$id.dat" "$(sha256sum <"$gds/docm${id:0:2}/$id.dat" | cut -c1-64)" "$size" "$now" >>"$work/documents.sql"
  done
  sqlite3 "$cluster/db/forms.db" <"$work/documents.sql"
  say "added $count files to the $files of the backed-up trees ($(( count / 2 )) blobs, 1 segment, $(( count - count / 2 - 1 )) documents)"
}

# sha256sum -c lines for every file of the part $2 in the manifest $1, with
# the archive's paths (keys are sorted: a file's "path" comes right before
# its "sha256", and the part's "name" after its files).
part_checksums() {
  awk -v part="$2" '
    /^ *"path": / { p = $0; sub(/^ *"path": "/, "", p); sub(/",?$/, "", p) }
    /^ *"sha256": / { h = $0; sub(/^ *"sha256": "/, "", h); sub(/",?$/, "", h); buffer = buffer h "  " p "\n" }
    /^ *"name": / { n = $0; sub(/^ *"name": "/, "", n); sub(/",?$/, "", n); if (n == part) printf "%s", buffer; buffer = "" }
  ' "$1"
}

# The standard tools' restore of node2's repository from the set $1: stop
# node2, move its repository aside, unpack (for an incremental set, the files
# it takes from older sets first, as docs/guide.md says), check every file
# against the manifest, start node2.
tools_restore_script() {
  local set=$1 part=repository-node2 list
  part_checksums "$set/manifest.json" "$part" >"$work/restore.sha256"
  {
    echo "set -euo pipefail"
    echo "cd '$cluster/nodes/node2'"
    echo "lifeboat sandbox stop '$cluster' --node node2 >/dev/null"
    echo "mv crx-repository \"$work/aside.\$(date +%s%N)\""
    for list in "$set"/"$part".from-*.list; do
      [ -e "$list" ] || continue
      local from=${list##*.from-}; from=${from%.list}
      echo "zstd -d -c '$cluster/backups/$from/$part.tar.zst' | tar -x --null -T '$list'"
    done
    echo "zstd -d -c '$set/$part.tar.zst' | tar -x"
    echo "sha256sum --quiet -c '$work/restore.sha256'"
    echo "lifeboat sandbox start '$cluster' --node node2 >/dev/null"
  } >"$work/tools-restore.sh"
}

: >"$results"
bench_sandbox "$size_mb" "$cluster"
rm -rf "$cluster/backups" "$work/runs" "$work/restic" "$work/restic-cache"
printf 'lifeboat-benchmark\n' >"$work/restic-password"
export RESTIC_PASSWORD_FILE=$work/restic-password
restic --repo "$work/restic" init --quiet >/dev/null
data_mb=$(du -sm "$cluster/nodes" "$cluster/shared" "$cluster/db" | awk '{s+=$1} END {print s}')
row "sandbox: ${data_mb} MB in $cluster; $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- 1. Full backup ---------------------------------------------------------------
lifeboat_backup "$work/full1.time"
full_set=$(newest_set)
full_s=$(bench_seconds "$work/full1.time")
full_bytes=$(set_bytes "$full_set")
row "lifeboat backup-offline (full): $full_s s, peak $(bench_peak_mb "$work/full1.time") MB, set $(bench_mb "$full_bytes") MB"

for mode in serial parallel; do
  rm -rf "$work/tools-$mode"; mkdir -p "$work/tools-$mode"
  bench_tools_script "$cluster" "$work/tools-$mode" "$work/tools-$mode.sh" "$mode"
  bench_time "$work/tools-$mode.time" bash "$work/tools-$mode.sh"
  tools_s=$(bench_seconds "$work/tools-$mode.time")
  row "standard tools, $mode: $tools_s s, archives $(bench_mb "$(bench_bytes "$work/tools-$mode"/*.tar.zst)") MB; lifeboat / tools = $(bench_ratio "$full_s" "$tools_s")"
done

restic_script
bench_time "$work/restic1.time" bash "$work/restic.sh"
restic1_bytes=$(du -sb "$work/restic" | cut -f1)
row "restic backup, first run: $(bench_seconds "$work/restic1.time") s, repository $(bench_mb "$restic1_bytes") MB"

# --- 2. After changing 1 % of the files -----------------------------------------
change_one_percent
find "$cluster" -path "$cluster/backups" -prune -o -type f -print0 | xargs -0 cat >/dev/null
if incremental_supported; then
  lifeboat_backup "$work/incremental.time"
  incremental_set=$(newest_set)
  incremental_s=$(bench_seconds "$work/incremental.time")
  incremental_bytes=$(set_bytes "$incremental_set")
  lifeboat_backup "$work/full2.time" --full
  full2_set=$(newest_set)
  full2_s=$(bench_seconds "$work/full2.time")
  full2_bytes=$(set_bytes "$full2_set")
  row "lifeboat incremental: $incremental_s s, peak $(bench_peak_mb "$work/incremental.time") MB, set $(bench_mb "$incremental_bytes") MB"
  row "lifeboat --full: $full2_s s, set $(bench_mb "$full2_bytes") MB"
  row "incremental / full: time $(bench_ratio "$incremental_s" "$full2_s"), bytes $(bench_ratio "$incremental_bytes" "$full2_bytes")"
else
  row "lifeboat incremental: not measured (this lifeboat has no --full: incremental sets have not landed)"
  incremental_s=
fi
bench_time "$work/restic2.time" bash "$work/restic.sh"
restic2_s=$(bench_seconds "$work/restic2.time")
restic2_bytes=$(( $(du -sb "$work/restic" | cut -f1) - restic1_bytes ))
row "restic backup, second run: $restic2_s s, added $(bench_mb "$restic2_bytes") MB"
[ -z "$incremental_s" ] || row "lifeboat incremental / restic second run: $(bench_ratio "$incremental_s" "$restic2_s")"

# --- 3. Restore of node2 ------------------------------------------------------------
# The median of the numbers given (the lower middle one of an even count).
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# One timed restore of node2 from the set $1 by Lifeboat; false when it fails.
lifeboat_restore() { # $1 = set directory, $2 = time file
  bench_time "$2" lifeboat run --profile "$profile" --scenario restore-node --node node2 --repository \
    --backup-set "$(basename "$1")" --yes --report-dir "$work/runs" >"$work/restore.out" 2>&1
}

# RESTORE_ROUNDS (default 3) rounds of both restores, taking turns at going
# first, and the medians of each side. Nothing is deleted meanwhile (the
# tools' script moves the repository aside under a new name each time, as
# Lifeboat moves it to its quarantine): files created within half a minute
# of a large deletion cost ext4 a search past every inode just freed, which
# made either restore up to twice as slow (benchmarks/README.md).
restore_from() { # $1 = set directory, $2 = what it is
  local set=$1 round lifeboat_times=() tools_times=() peak=0
  tools_restore_script "$set"
  for (( round = 0; round < ${RESTORE_ROUNDS:-3}; round++ )); do
    if (( round % 2 == 1 )); then
      bench_time "$work/tools-restore.time" bash "$work/tools-restore.sh"
    fi
    if ! lifeboat_restore "$set" "$work/restore.time"; then
      row "restore node2 from the $2 set: lifeboat FAILED: $(grep -m1 -i 'error' "$work/restore.out" | cut -c1-300)"
      lifeboat sandbox start "$cluster" >/dev/null
      return 0
    fi
    if (( round % 2 == 0 )); then
      bench_time "$work/tools-restore.time" bash "$work/tools-restore.sh"
    fi
    lifeboat_times+=("$(bench_seconds "$work/restore.time")")
    tools_times+=("$(bench_seconds "$work/tools-restore.time")")
    if (( $(bench_peak_mb "$work/restore.time") > peak )); then peak=$(bench_peak_mb "$work/restore.time"); fi
  done
  local lifeboat_s tools_s
  lifeboat_s=$(median "${lifeboat_times[@]}")
  tools_s=$(median "${tools_times[@]}")
  row "restore node2 from the $2 set: lifeboat $lifeboat_s s (of ${lifeboat_times[*]}; peak $peak MB), zstd -d | tar -x + sha256sum -c $tools_s s (of ${tools_times[*]}); ratio of the medians $(bench_ratio "$lifeboat_s" "$tools_s")"
}
restore_from "${full2_set:-$full_set}" full
[ -z "$incremental_s" ] || restore_from "$incremental_set" incremental

# --- 4. Peak memory by size -------------------------------------------------------------
for size in $rss_sizes; do
  bench_sandbox "$size" "$work/rss-$size"
  rm -rf "$work/rss-$size/backups"
  bench_time "$work/rss-$size.time" lifeboat run --profile "$work/rss-$size/cluster.json" --scenario backup-offline --yes \
    --report-dir "$work/runs" >/dev/null
  lifeboat sandbox stop "$work/rss-$size" >/dev/null
  row "peak memory, backup-offline of a $size MB sandbox: $(bench_peak_mb "$work/rss-$size.time") MB ($(bench_seconds "$work/rss-$size.time") s)"
done
row "peak memory, backup-offline of a $size_mb MB sandbox: $(bench_peak_mb "$work/full1.time") MB (step 1)"
row "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
say "results in $results"
