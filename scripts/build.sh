#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures and builds into ./build (Release, Ninja, ccache). Extra arguments are targets.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${IOC_BUILD_DIR:-build}
JOBS=${IOC_JOBS:-2}
echo "build: configuring $BUILD_DIR (Release)"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DIOC_BUILD_TESTS=ON \
      -Wno-dev --log-level=WARNING >/dev/null
echo "build: compiling with -j$JOBS ${*:+(targets: $*)}"
start=$(date +%s)
if [ $# -gt 0 ]; then
  cmake --build "$BUILD_DIR" -j "$JOBS" --target "$@"
else
  cmake --build "$BUILD_DIR" -j "$JOBS"
fi
echo "build: done in $(( $(date +%s) - start )) s"
