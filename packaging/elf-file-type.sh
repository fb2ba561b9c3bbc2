#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 Lifeboat maintainers
# Stands in for file(1) where CPack's .deb generator needs it and the build
# environment lacks it (the build root has no `file` package): CPackDeb only
# asks which installed files are dynamically linked ELF programs, to hand them
# to dpkg-shlibdeps. Answers in file(1)'s words for exactly that question.
for f; do
  if readelf -d "$f" 2>/dev/null | grep -q '(NEEDED)'; then
    printf '%s: ELF executable, dynamically linked\n' "$f"
  else
    printf '%s: data\n' "$f"
  fi
done
