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

. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# Never leave the sandbox's node processes behind, whatever happens.
trap 'lifeboat sandbox stop "$cluster" >/dev/null 2>&1 || true' EXIT
bench_sandbox "$size_mb" "$cluster"

# --- Lifeboat ----------------------------------------------------------------
rm -rf "$cluster/backups" "$work/runs"
bench_time "$work/lifeboat.time" \
  lifeboat run --profile "$profile" --scenario backup-offline --yes --report-dir "$work/runs" >/dev/null
set_dir=$(ls -d "$cluster"/backups/2*/)
lifeboat_bytes=$(du -sb "$set_dir" | cut -f1)

# --- The standard tools, one part after another --------------------------------
tools_out=$work/tools
rm -rf "$tools_out"; mkdir -p "$tools_out"
bench_tools_script "$cluster" "$tools_out" "$work/tools.sh" serial
bench_time "$work/tools.time" bash "$work/tools.sh"
tools_bytes=$(bench_bytes "$tools_out"/*.tar.zst)

lifeboat_s=$(bench_seconds "$work/lifeboat.time")
tools_s=$(bench_seconds "$work/tools.time")
peak_mb=$(bench_peak_mb "$work/lifeboat.time")
data_mb=$(du -sm "$cluster/nodes" "$cluster/shared" "$cluster/db" | awk '{s+=$1} END {print s}')
ratio=$(bench_ratio "$lifeboat_s" "$tools_s")

cat <<REPORT
sandbox data:            ${data_mb} MB in $cluster
cores:                   $(nproc)
lifeboat backup-offline: ${lifeboat_s} s, peak memory ${peak_mb} MB, set $(awk -v b="$lifeboat_bytes" 'BEGIN {printf "%.0f", b / 1048576}') MB
tar --zstd + sha256sum:  ${tools_s} s, archives $(awk -v b="$tools_bytes" 'BEGIN {printf "%.0f", b / 1048576}') MB
ratio (lifeboat / tools): ${ratio}   (target: <= 1.0)
peak memory:             ${peak_mb} MB   (target: < 200 MB)
REPORT
