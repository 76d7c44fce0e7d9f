#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian packages iocd and ioc-console into ./build/packages (installs what it needs,
# builds incrementally into ./build, then CPack).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/build.sh
BUILD_DIR=${IOC_BUILD_DIR:-build}
rm -f "$BUILD_DIR"/packages/*.deb
(cd "$BUILD_DIR" && cpack --config CPackConfig.cmake >cpack.log 2>&1) || { cat "$BUILD_DIR/cpack.log" >&2; exit 1; }
ls -1 "$BUILD_DIR"/packages/*.deb
