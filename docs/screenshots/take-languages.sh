#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 Lifeboat maintainers
# Takes the wizard's pages in German, French and Japanese from the real
# program on the training sandbox, under a virtual display:
#
#   docs/screenshots/take-languages.sh      (from the checkout, after a build)
#
# It runs the test tst_languages (which also fails on any text that does not
# fit) under xvfb-run inside the build environment and writes
# docs/screenshots/<language>/<page>.png.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
checkout=$(cd "$here/../.." && pwd)
build=${LIFEBOAT_BUILD_DIR:-$checkout/build-dev}

exec "$checkout/installer/dev" exec xvfb-run -a -s "-screen 0 1280x900x24" \
  env QT_QPA_PLATFORM=xcb LIFEBOAT_SCREENSHOTS_DIR="$here" "$build/tests/tst_languages"
