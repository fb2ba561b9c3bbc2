#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 Lifeboat maintainers
# Runs every fuzz target of BUILD_DIR/fuzz for SECONDS each, starting from the
# seed corpus in fuzz/corpus/NAME. New inputs go to BUILD_DIR/fuzz-corpus/NAME
# (the committed seeds stay as they are); a crash leaves its input in
# BUILD_DIR/fuzz-artifacts/ and makes this script fail, naming the target.
#   fuzz/run-all.sh BUILD_DIR SECONDS
set -uo pipefail
build=$1 seconds=$2
here=$(cd "$(dirname "$0")" && pwd)
artifacts=$build/fuzz-artifacts
mkdir -p "$artifacts"
failed=()
for target in "$build"/fuzz/fuzz_*; do
  [ -f "$target" ] && [ -x "$target" ] || continue
  name=$(basename "$target")
  corpus=$build/fuzz-corpus/$name
  mkdir -p "$corpus"
  printf '%-20s %4ss ... ' "$name" "$seconds"
  log=$build/fuzz-$name.log
  if "$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$artifacts/$name-" "$corpus" "$here/corpus/$name" >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n1)
    echo "ok: ${runs:-?} inputs, ${cov:-cov: ?}, no crash"
  else
    echo "CRASH (log: $log)"
    grep -m3 -E 'ERROR|SUMMARY|runtime error' "$log" | sed 's/^/    /'
    failed+=("$name")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: ${#failed[@]} target(s) crashed: ${failed[*]}; inputs in $artifacts" >&2
  exit 1
fi
echo "fuzz: every target ran ${seconds}s without a crash"
