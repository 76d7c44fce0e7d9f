#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fresh Debian 12 → packages, Release build, whole test suite headless (ctest, benchmarks excluded).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/build.sh
export QT_QPA_PLATFORM=offscreen
echo "test: running ctest (labels unit, integration, ui)"
start=$(date +%s)
ctest --test-dir "${IOC_BUILD_DIR:-build}" --output-on-failure -j 2 -LE bench
echo "test: suite finished in $(( $(date +%s) - start )) s"
