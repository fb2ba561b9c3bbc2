#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 Lifeboat maintainers
# Runs every fuzz target of BUILD_DIR/fuzz for SECONDS each, starting from the
# seed corpus in fuzz/corpus/NAME. New inputs go to BUILD_DIR/fuzz-corpus/NAME
# (the committed seeds stay as they are); a crash leaves its input in
# BUILD_DIR/fuzz-artifacts/ and makes this script fail, naming the target.
# FUZZ_JOBS=N runs N targets at once (default 1: one after another).
#   fuzz/run-all.sh BUILD_DIR SECONDS
set -uo pipefail
build=$1 seconds=$2 jobs=${FUZZ_JOBS:-1}
here=$(cd "$(dirname "$0")" && pwd)
artifacts=$build/fuzz-artifacts
mkdir -p "$artifacts"
# The targets' scratch folders stay in the build tree: a target that ends at
# its time limit does not always remove its own.
export TMPDIR=$build/fuzz-tmp
rm -rf "$TMPDIR" && mkdir -p "$TMPDIR"

# One target; prints its line and returns non-zero on a crash.
run_one() {
  local target=$1 name corpus log runs cov
  name=$(basename "$target")
  corpus=$build/fuzz-corpus/$name
  log=$build/fuzz-$name.log
  mkdir -p "$corpus"
  if "$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$artifacts/$name-" "$corpus" "$here/corpus/$name" >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n1)
    printf '%-20s %5ss ... ok: %s inputs, %s, no crash\n' "$name" "$seconds" "${runs:-?}" "${cov:-cov: ?}"
  else
    printf '%-20s %5ss ... CRASH (log: %s)\n' "$name" "$seconds" "$log"
    grep -m3 -E 'ERROR|SUMMARY|runtime error' "$log" | sed 's/^/    /'
    return 1
  fi
}

targets=()
for target in "$build"/fuzz/fuzz_*; do
  [ -f "$target" ] && [ -x "$target" ] && targets+=("$target")
done
results=$(mktemp -d)
trap 'rm -rf "$results" "$TMPDIR"' EXIT
running=0
for target in "${targets[@]}"; do
  name=$(basename "$target")
  ( run_one "$target" >"$results/$name.out"; echo $? >"$results/$name.rc" ) &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then wait -n; running=$((running - 1)); fi
done
wait
failed=()
for target in "${targets[@]}"; do
  name=$(basename "$target")
  cat "$results/$name.out"
  [ "$(cat "$results/$name.rc")" = 0 ] || failed+=("$name")
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: ${#failed[@]} target(s) crashed: ${failed[*]}; inputs in $artifacts" >&2
  exit 1
fi
echo "fuzz: every target ran ${seconds}s without a crash"
