#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 Lifeboat maintainers
# Issue 18's corruption sweep at full size: COUNT random changes (default
# 1,000) to a real backup set of a sandbox — flipped bits, cut, emptied and
# deleted files, garbage appended, archives swapped, SHA256SUMS lines' sums
# swapped, any field of manifest.json changed — each of which `lifeboat
# verify` must call damaged, unless it left every file a restore reads as it
# was (counted as harmless). Prints the detection rate; fails on any miss.
#
#   installer/dev exec benchmarks/corruption-sweep.sh [COUNT] [SEED]
#
# The same test runs 40 changes in the default suite (tst_corruptionsweep).
set -euo pipefail
count=${1:-1000}
seed=${2:-$(( $(date +%s) % 100000 ))}
here=$(cd "$(dirname "$0")/.." && pwd)
binary=$here/build-dev/tests/tst_corruptionsweep
[ -x "$binary" ] || { echo "corruption-sweep: build first (installer/dev build)" >&2; exit 1; }
export QT_QPA_PLATFORM=offscreen LIFEBOAT_SWEEP_COUNT=$count LIFEBOAT_SWEEP_SEED=$seed
home=$(mktemp -d /tmp/lifeboat-sweep-home.XXXXXX)
trap 'rm -rf "$home"' EXIT
start=$(date +%s)
set +e
HOME=$home "$binary" everyHarmfulChangeIsCaughtByVerify -maxwarnings 0 >"$home/out.txt" 2>&1
status=$?
set -e
grep -E 'corruption sweep|^[0-9]+: ' "$home/out.txt" | cut -c1-240 | sed 's/^QINFO *: [^ ]* //'
echo "took $(( $(date +%s) - start )) s; exit $status"
exit $status
