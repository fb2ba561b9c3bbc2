#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 Lifeboat maintainers
# Every source file names its licence with an SPDX identifier in its first
# lines (LICENSE holds the text). Lists each file that does not, and fails.
#
#   tests/check-spdx.sh SOURCE_DIR
set -euo pipefail
src=${1:?usage: check-spdx.sh SOURCE_DIR}
missing=0
while IFS= read -r -d '' file; do
  if ! head -n 3 "$file" | grep -q 'SPDX-License-Identifier: Apache-2.0'; then
    printf 'no SPDX-License-Identifier in %s\n' "${file#"$src"/}"
    missing=$((missing + 1))
  fi
done < <(find "$src" \( -path "$src/.git" -o -path "$src/build*" \) -prune -o -type f \
           \( -name '*.cpp' -o -name '*.h' -o -name '*.h.in' -o -name CMakeLists.txt -o -name '*.cmake' \
              -o -name '*.sh' -o -path "$src/installer/dev" -o -path "$src/.ci/run" \) -print0)
if [ "$missing" -gt 0 ]; then
  printf '%d source file(s) without an SPDX licence line; start each with "// SPDX-License-Identifier: Apache-2.0" (or "#" in scripts and CMake)\n' "$missing"
  exit 1
fi
echo "every source file names its licence"
