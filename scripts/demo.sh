#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fresh Debian 12 → packages, Release build, then the demo centre: the console in workstation
# mode with its embedded iocd and the simulator of a day in Hai Phong. Arguments go to ioc-console.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/build.sh ioc-console iocd
console=${IOC_BUILD_DIR:-build}/app/console/ioc-console
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  out=$PWD/demo-workstation.png
  echo "demo: no display here; rendering the running centre offscreen to $out instead"
  QT_QPA_PLATFORM=offscreen "$console" --workstation --screenshot "$out" "$@"
  echo "demo: open $out, or run this script again from a desktop session to use the console"
  exit 0
fi
echo "demo: starting ioc-console (embedded backend, simulator on)"
exec "$console" --workstation "$@"
