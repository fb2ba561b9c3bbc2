#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 Lifeboat maintainers
# Downtime of backup-offline with and without file-system snapshots, on
# sandboxes of growing size, in one run: for each size, the same sandbox is
# backed up with every snapshot method "none" (copied while the nodes are
# stopped, as before) and "auto" (stop, snapshot, start, copy from the
# snapshot). Prints the downtime (from the stop command until every node
# answers again, as the run's journal records it; the longest of the nodes)
# and the whole run's time.
#
#   installer/dev exec benchmarks/downtime.sh [SIZES_MB] [btrfs|xfs] [WORK_DIR]
#   e.g. installer/dev exec benchmarks/downtime.sh "512 1024 2048" btrfs
#
# Needs root (the sandbox's storage is a loop-mounted image).
set -euo pipefail

sizes=${1:-512 1024 2048}
filesystem=${2:-btrfs}
work=${3:-$(mktemp -d /var/tmp/lifeboat-downtime.XXXXXX)}
say() { printf '%s\n' "$*" >&2; }
cluster=
cleanup() { [ -z "$cluster" ] || lifeboat sandbox stop "$cluster" >/dev/null 2>&1 || true; }
trap cleanup EXIT

# The profile with every snapshot method set to $2.
with_method() {
  python3 - "$1" "$2" "$3" <<'PY'
import json, sys
profile, method, out = sys.argv[1:]
data = json.load(open(profile))
data["snapshots"] = {"repository": method, "gds": method, "contentStorageRoot": method}
json.dump(data, open(out, "w"), indent=2)
PY
}

# The longest downtime of a node, in seconds, from the node-down and node-up
# entries of the newest run's journal below $1 (the stop command going out,
# the node answering again).
downtime() {
  python3 - "$1" <<'PY'
import datetime, glob, json, os, sys
run = sorted(glob.glob(os.path.join(sys.argv[1], "*/journal.jsonl")))[-1]
def t(e):
    return datetime.datetime.fromisoformat(e["time"].replace("Z", "+00:00"))
down, longest = {}, 0.0
for e in (json.loads(line) for line in open(run)):
    if e.get("type") == "node-down":
        down.setdefault(e["node"], t(e))
    elif e.get("type") == "node-up" and e["node"] in down:
        longest = max(longest, (t(e) - down.pop(e["node"])).total_seconds())
print("%.2f" % longest)
PY
}

printf '| size | method | downtime (s) | whole backup (s) |\n| --- | --- | --- | --- |\n'
for size in $sizes; do
  cluster=$work/cluster-$size
  say "creating a ${size} MB sandbox on $filesystem in $cluster"
  lifeboat sandbox create "$cluster" --size-mb "$size" --activity 0 --filesystem "$filesystem" >/dev/null
  lifeboat sandbox start "$cluster" >/dev/null
  find "$cluster" -type f -print0 | xargs -0 cat >/dev/null   # warm the cache for both
  for method in none auto; do
    profile=$cluster/cluster-$method.json   # beside the original, so its relative paths hold
    with_method "$cluster/cluster.json" "$method" "$profile"
    backups=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["backupRoot"])' "$profile")
    case $backups in /*) ;; *) backups=$cluster/$backups ;; esac
    rm -rf "$work/runs"
    start=$(date +%s.%N)
    lifeboat run --profile "$profile" --scenario backup-offline --yes --report-dir "$work/runs" >/dev/null
    end=$(date +%s.%N)
    printf '| %s MB | %s | %s | %.1f |\n' "$size" "$method" "$(downtime "$work/runs")" "$(python3 -c "print($end - $start)")"
    rm -rf "${backups:?}"/*
  done
  lifeboat sandbox stop "$cluster" >/dev/null
  rm -rf "$cluster"
  cluster=
done
