#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# iocd benchmarks (issue 3 item 9): builds them (Release, -DIOC_BUILD_BENCHMARKS=ON) in their own
# build directory, installs Debian's nginx and wrk when missing, runs ingest, fan-out and
# snapshot, and prints a summary. Loopback only; every run is bounded and stops by itself.
#   scripts/bench.sh [ingest] [fanout] [snapshot]      (default: all three)
# Environment: IOC_BENCH_BUILD_DIR (build-bench), IOC_JOBS (2), and extra arguments per benchmark
# in IOC_BENCH_INGEST_ARGS, IOC_BENCH_FANOUT_ARGS, IOC_BENCH_SNAPSHOT_ARGS (see each --help).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${IOC_BENCH_BUILD_DIR:-build-bench}
JOBS=${IOC_JOBS:-2}
WHICH=("$@")
[ ${#WHICH[@]} -eq 0 ] && WHICH=(ingest fanout snapshot)
wants() { local w; for w in "${WHICH[@]}"; do [ "$w" = "$1" ] && return 0; done; return 1; }

# Debian packages, only those missing; `apt-get update` at most once. A policy-rc.d that denies
# service starts keeps the package's own nginx (port 80, /etc/nginx) from being started.
install_missing() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then sudo=(sudo -n); fi
  echo "bench: installing ${missing[*]}"
  local policy=/usr/sbin/policy-rc.d added=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
    "${sudo[@]}" chmod 755 "$policy"
    added=1
  fi
  local log rc=0
  log=$(mktemp)
  { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${missing[@]}"; } >"$log" 2>&1 || rc=$?
  if [ $added -eq 1 ]; then "${sudo[@]}" rm -f "$policy"; fi
  if [ $rc -ne 0 ]; then cat "$log" >&2; rm -f "$log"; exit 1; fi
  rm -f "$log"
}

if wants snapshot; then install_missing nginx wrk; fi

echo "bench: configuring $BUILD_DIR (Release, benchmarks on, console off)"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DIOC_BUILD_BENCHMARKS=ON \
      -DIOC_BUILD_CONSOLE=OFF -Wno-dev --log-level=WARNING >/dev/null
targets=()
wants ingest && targets+=(bench_ingest)
wants fanout && targets+=(bench_fanout)
wants snapshot && targets+=(bench_snapshot)
echo "bench: building ${targets[*]} (-j$JOBS, log in $BUILD_DIR/bench-build.log)"
if ! cmake --build "$BUILD_DIR" -j "$JOBS" --target "${targets[@]}" >"$BUILD_DIR/bench-build.log" 2>&1; then
  tail -50 "$BUILD_DIR/bench-build.log" >&2
  exit 1
fi

OUT="$BUILD_DIR/bench-results.txt"
: >"$OUT"
status=0
run() { # name, command...
  echo "== $1 ($(uptime | sed 's/.*load/load/'))" | tee -a "$OUT"
  "${@:2}" 2>&1 | tee -a "$OUT" || status=1
}
echo "bench: machine $(nproc) cores; $(uptime | sed 's/.*load/load/')" | tee -a "$OUT"
if wants ingest; then
  # One process per path, so each peak RSS belongs to that path alone.
  for path in live trusted json; do
    # shellcheck disable=SC2086
    run "ingest $path" "$BUILD_DIR/tests/bench/server/bench_ingest" --path "$path" ${IOC_BENCH_INGEST_ARGS:-}
  done
fi
# shellcheck disable=SC2086
wants fanout && run fanout "$BUILD_DIR/tests/bench/server/bench_fanout" ${IOC_BENCH_FANOUT_ARGS:-}
# shellcheck disable=SC2086
wants snapshot && run snapshot "$BUILD_DIR/tests/bench/server/bench_snapshot" ${IOC_BENCH_SNAPSHOT_ARGS:-}

echo
echo "== summary (all output in $OUT)"
grep -E '^ingest path=|^fanout: (clients|latency)|^snapshot: encoding=[a-z]+ iocd_rps|target|FAILED|skipped' "$OUT" || true
exit $status
