#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command on a private Xvfb whose one wide screen is split into two RandR monitors of
# different sizes (Qt reports one QScreen per monitor, see PLATFORM_NOTES): WALL-1 1920x1080 at
# the left, WALL-2 1280x720 next to it; room is left on the right for a third monitor that a
# test may add. Usage: with_two_screens.sh COMMAND [ARGS...]
set -euo pipefail

for tool in Xvfb xrandr; do
  command -v "$tool" >/dev/null || { echo "with_two_screens: $tool not installed (scripts/deps.sh)" >&2; exit 1; }
done

# A free display number: no lock file and no socket.
display=""
for n in $(seq 90 140); do
  if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then display=":$n"; break; fi
done
[ -n "$display" ] || { echo "with_two_screens: no free X display" >&2; exit 1; }

Xvfb "$display" -screen 0 4480x1080x24 -noreset -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null || true' EXIT

for _ in $(seq 1 100); do
  DISPLAY="$display" xrandr --query >/dev/null 2>&1 && break
  sleep 0.1 # waiting for a server we just started, bounded (10 s)
done
DISPLAY="$display" xrandr --setmonitor WALL-1 1920/508x1080/286+0+0 screen
DISPLAY="$display" xrandr --setmonitor WALL-2 1280/339x720/190+1920+0 none

export DISPLAY="$display" QT_QPA_PLATFORM=xcb
"$@"
