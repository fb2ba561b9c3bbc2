#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 Lifeboat maintainers
# Times the same backups of the same data from a sandbox whose nodes are
# hosts of their own (every file read by lifeboat-agent over ssh, archived
# and hashed on its host, streamed once) and from a local sandbox, in one
# run, and prints the ratio (goal: remote within 1.25x of local).
#
#   installer/dev exec benchmarks/backup-hosts-vs-local.sh [SIZE_MB] [WORK_DIR]
#
# REPEAT=N runs each backup N times, local and hosts taking turns, and
# prints the medians (one run's time varies by a quarter on a busy machine).
#
# Needs root (the sandbox with hosts uses mount namespaces). Both sandboxes
# are built with the same seed and size, so they hold the same bytes; both
# runs read warm data.
set -euo pipefail

size_mb=${1:-1024}
repeat=${REPEAT:-1}
work=${2:-$(mktemp -d /tmp/lb-hb.XXXXXX)}
strategies=(backup-offline backup-rolling)
local_dir=$work/local
hosts_dir=$work/hosts

say() { printf '%s\n' "$*" >&2; }
trap 'lifeboat sandbox stop "$local_dir" >/dev/null 2>&1 || true; lifeboat sandbox stop "$hosts_dir" >/dev/null 2>&1 || true' EXIT

create() { # DIR [--hosts]
  if [ ! -f "$1/cluster.json" ]; then
    say "creating a ${size_mb} MB sandbox in $1 ${2:-}"
    lifeboat sandbox create "$1" --size-mb "$size_mb" --seed 7 --activity 0 ${2:-} >/dev/null
  fi
  lifeboat sandbox start "$1" >/dev/null
  # Warm the cache (a file the nodes remove meanwhile is no matter).
  find "$1" -type f -print0 | xargs -0 cat >/dev/null 2>&1 || true
}
create "$local_dir"
create "$hosts_dir" --hosts

# Times one backup; prints "SECONDS PEAK_KB SET_BYTES".
backup() { # DIR STRATEGY
  rm -rf "$1/backups" "$1/runs"
  /usr/bin/time -f '%e %M' -o "$1/time" \
    lifeboat run --profile "$1/cluster.json" --scenario "$2" --yes --report-dir "$1/runs" >/dev/null
  printf '%s %s\n' "$(cat "$1/time")" "$(du -sb "$1"/backups/2*/ | cut -f1)"
}

printf 'sandbox data: %s MB each, %s cores\n' "$(du -sm "$local_dir/nodes" "$local_dir/shared" "$local_dir/db" | awk '{s+=$1} END {print s}')" "$(nproc)"
printf '%-16s %10s %10s %7s %14s %14s %9s\n' strategy local_s hosts_s ratio local_peak_MB hosts_peak_MB set_MB
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
for strategy in "${strategies[@]}"; do
  l_times=() h_times=()
  for ((i = 0; i < repeat; i++)); do
    read -r l_s l_kb l_bytes < <(backup "$local_dir" "$strategy")
    read -r h_s h_kb h_bytes < <(backup "$hosts_dir" "$strategy")
    l_times+=("$l_s") h_times+=("$h_s")
  done
  l_s=$(printf '%s\n' "${l_times[@]}" | median) h_s=$(printf '%s\n' "${h_times[@]}" | median)
  awk -v s="$strategy" -v ls="$l_s" -v hs="$h_s" -v lk="$l_kb" -v hk="$h_kb" -v lb="$l_bytes" -v hb="$h_bytes" 'BEGIN {
    printf "%-16s %10.2f %10.2f %7.2f %14.0f %14.0f %4.0f/%-4.0f\n", s, ls, hs, hs / ls, lk / 1024, hk / 1024, lb / 1048576, hb / 1048576 }'
  if ((repeat > 1)); then say "  $strategy runs: local ${l_times[*]}; hosts ${h_times[*]}"; fi
done
say "goal: ratio (hosts / local) <= 1.25"

# --- The standard tools over the same ssh, for the transport's own cost ------
# The parts of the last hosts backup, each `tar --zstd` on its host streamed
# through ssh (two at a time, as Lifeboat has two cores here) and hashed
# here, against the time of Lifeboat's step that archived them.
eval "$(python3 - "$hosts_dir/cluster.json" <<'PY'
import json, os, sys
p = json.load(open(sys.argv[1]))
parts = [(p['gdsHost'], p['gds']), (p['connectorsHost'], p['connectors']),
         (p['contentStorageRootHost'], p['contentStorageRoot'])]
parts += [(p['fontsHost'], f) for f in p['fonts']]
parts += [(n['host'], n['repository']) for n in p['nodes'] if n['name'] == 'node2']
print('parts=(' + ' '.join("'%s:%s'" % part for part in parts) + ')')
PY
)"
tools=$work/tools-over-ssh
rm -rf "$tools"; mkdir -p "$tools"
stream() { # HOST:PATH INDEX
  local host=${1%%:*} path=${1#*:}
  ssh -F "$hosts_dir/ssh/ssh_config" -o Ciphers=^aes128-gcm@openssh.com "$host" \
    tar --zstd -cf - --exclude=.lock -C "$(dirname "$path")" "$(basename "$path")" >"$tools/$2.tar.zst"
}
start=$(date +%s.%N)
for i in "${!parts[@]}"; do
  stream "${parts[$i]}" "$i" &
  if (( i % 2 == 1 )); then wait; fi
done
wait
(cd "$tools" && sha256sum ./*.tar.zst >SHA256SUMS)
tools_s=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {printf "%.2f", b - a}')
step_s=$(python3 - "$hosts_dir"/runs/*/report.json <<'PY'
import json, sys
r = json.load(open(sys.argv[-1]))
print('%.2f' % (max(s.get('durationMs') or 0 for s in r['steps'] if s.get('kind') == 'archive-parts') / 1000))
PY
)
printf 'the same parts from the hosts: lifeboat archive step %s s, tar --zstd over ssh + sha256sum %s s, ratio %s (%s MB)\n' \
  "$step_s" "$tools_s" "$(awk -v a="$step_s" -v b="$tools_s" 'BEGIN {printf "%.2f", a / b}')" \
  "$(du -cm "$tools"/*.tar.zst | tail -1 | cut -f1)"
