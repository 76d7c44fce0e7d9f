#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the iocd and ioc-console packages into a clean Debian 12 root (debootstrap), runs the
# server there and checks its health, runs the console offscreen, then removes and purges both.
# Usage: install_in_clean_root.sh BUILD_DIR SOURCE_DIR
#
# The minimal root is built once and kept as a tarball in $IOC_PACKAGING_CACHE (default
# /var/cache/ioc-packaging), with an apt archive that is seeded from the host's, so only the
# first run on a machine pays for the download. Needs root (chroot, mounts): skipped otherwise.
set -euo pipefail
BUILD_DIR=$(realpath "$1")
SOURCE_DIR=$(realpath "$2")
CACHE=${IOC_PACKAGING_CACHE:-/var/cache/ioc-packaging}
MIRROR=${IOC_DEBIAN_MIRROR:-http://deb.debian.org/debian}
SKIP=77

say() { echo "packaging-test: $*"; }
if [ "$(id -u)" -ne 0 ]; then say "SKIPPED: needs root for debootstrap and chroot"; exit $SKIP; fi
for tool in debootstrap cpack unshare; do
  command -v "$tool" >/dev/null || { say "missing $tool (scripts/deps.sh installs it)"; exit 1; }
done

WORK=$(mktemp -d /tmp/ioc-packaging.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
start=$(date +%s)

# 1. The packages, from the build the suite just tested.
(cd "$BUILD_DIR" && cpack --config CPackConfig.cmake -B "$WORK/packages" >"$WORK/cpack.log" 2>&1) \
  || { cat "$WORK/cpack.log"; exit 1; }
IOCD_DEB=$(ls "$WORK"/packages/iocd_*.deb)
CONSOLE_DEB=$(ls "$WORK"/packages/ioc-console_*.deb)
say "built $(basename "$IOCD_DEB") $(basename "$CONSOLE_DEB") in $(( $(date +%s) - start )) s"
for deb in "$IOCD_DEB" "$CONSOLE_DEB"; do
  dpkg-deb --info "$deb" | grep -E "^ (Package|Version|Depends):" | sed 's/^/  /'
done
dpkg-deb --contents "$IOCD_DEB" >"$WORK/iocd.contents"
dpkg-deb --contents "$CONSOLE_DEB" >"$WORK/console.contents"
for f in ./usr/bin/iocd ./usr/lib/systemd/system/iocd.service ./usr/lib/sysusers.d/iocd.conf \
         ./etc/iocd/series.json ./etc/iocd/iocd.env; do
  grep -qF " $f" "$WORK/iocd.contents" || { say "iocd package lacks $f"; exit 1; }
done
for f in ./usr/bin/ioc-console ./usr/share/applications/vn.gov.haiphong.ioc.console.desktop \
         ./usr/share/metainfo/vn.gov.haiphong.ioc.console.metainfo.xml \
         ./usr/share/doc/ioc-console/map-data/ATTRIBUTION.md; do
  grep -qF " $f" "$WORK/console.contents" || { say "ioc-console package lacks $f"; exit 1; }
done

# 2. Static checks of the system integration files.
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$SOURCE_DIR/packaging/console/vn.gov.haiphong.ioc.console.desktop"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --pedantic "$SOURCE_DIR/packaging/console/vn.gov.haiphong.ioc.console.metainfo.xml" >"$WORK/appstream.log" 2>&1 \
    || { cat "$WORK/appstream.log"; exit 1; }
fi
if command -v systemd-analyze >/dev/null; then
  # verify needs the binary at its installed path; point it at the built one.
  sed "s#/usr/bin/iocd#$BUILD_DIR/app/iocd/iocd#" "$SOURCE_DIR/packaging/iocd/iocd.service" >"$WORK/iocd.service"
  SYSTEMD_LOG_LEVEL=err systemd-analyze verify "$WORK/iocd.service" >"$WORK/verify.raw" 2>&1 || true
  { grep -v "Failed to resolve user\|Failed to resolve group" "$WORK/verify.raw" || true; } | tee "$WORK/verify.log"
  [ ! -s "$WORK/verify.log" ] || { say "systemd-analyze verify complained"; exit 1; }
fi

# 3. A clean Debian 12 root (cached), with the host's downloaded packages as a head start.
mkdir -p "$CACHE/archives/partial"
if [ ! -s "$CACHE/bookworm-minbase.tar" ]; then
  say "creating the clean root with debootstrap (first run on this machine; a few minutes)"
  debootstrap --variant=minbase bookworm "$WORK/base" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 \
    || { tail -20 "$WORK/debootstrap.log"; exit 1; }
  rm -f "$WORK"/base/var/cache/apt/archives/*.deb
  tar -C "$WORK/base" -cf "$CACHE/bookworm-minbase.tar.part" . && mv "$CACHE/bookworm-minbase.tar.part" "$CACHE/bookworm-minbase.tar"
  rm -rf "$WORK/base"
fi
ROOT="$WORK/root"
mkdir -p "$ROOT"
tar -C "$ROOT" -xf "$CACHE/bookworm-minbase.tar"
if [ -d /var/cache/apt/archives ]; then
  cp -n /var/cache/apt/archives/*.deb "$CACHE/archives/" 2>/dev/null || true
fi
cp "$IOCD_DEB" "$CONSOLE_DEB" "$ROOT/tmp/"
cp /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true

# 4. Everything that needs mounts runs in its own mount namespace, so nothing leaks on failure.
cat >"$WORK/inside.sh" <<'INNER'
set -euo pipefail
ROOT=$1; CACHE=$2
pid=""
trap '[ -z "$pid" ] || kill -9 "$pid" 2>/dev/null || true' EXIT
mount -t proc proc "$ROOT/proc"
mount --bind /dev "$ROOT/dev"
mount --bind "$CACHE/archives" "$ROOT/var/cache/apt/archives"
in_root() { chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
say() { echo "packaging-test: $*"; }

in_root apt-get update -qq >/tmp/ioc-apt.log 2>&1 || { cat /tmp/ioc-apt.log; exit 1; }
t0=$(date +%s)
in_root apt-get install -y -qq --no-install-recommends /tmp/$(basename "$3") /tmp/$(basename "$4") \
  >/tmp/ioc-apt.log 2>&1 || { tail -30 /tmp/ioc-apt.log; exit 1; }
say "apt installed both packages and their dependencies in $(( $(date +%s) - t0 )) s"

in_root getent passwd iocd >/dev/null || { say "no iocd system user"; exit 1; }
[ "$(in_root stat -c %U /var/lib/iocd)" = iocd ] || { say "/var/lib/iocd not owned by iocd"; exit 1; }
in_root iocd --version

# The server as the packaged unit would run it, as its own user, on a free loopback port.
# chroot, env and setpriv each exec the next, so $! is iocd itself and gets the SIGTERM.
chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
  setpriv --reuid=iocd --regid=iocd --init-groups /usr/bin/iocd --data-dir /var/lib/iocd --series-config /etc/iocd/series.json \
  --listen 127.0.0.1:0 >"$ROOT/tmp/iocd.out" 2>&1 &
pid=$!
port=""
for _ in $(seq 1 300); do
  port=$(sed -n 's/^iocd listening on 127.0.0.1:\([0-9]*\).*$/\1/p' "$ROOT/tmp/iocd.out")
  [ -n "$port" ] && break
  kill -0 $pid 2>/dev/null || break
  sleep 0.1
done
[ -n "$port" ] || { say "iocd did not start:"; cat "$ROOT/tmp/iocd.out"; exit 1; }
health=$(curl -sS --max-time 10 "http://127.0.0.1:$port/api/v1/health")
echo "$health" | grep -q '"status"' || { say "bad health answer: $health"; exit 1; }
say "iocd in the clean root answers /api/v1/health: $health"
grep -q "created user 'admin' with password (shown once)" "$ROOT/tmp/iocd.out" \
  || { say "no first administrator on first start"; cat "$ROOT/tmp/iocd.out"; exit 1; }
kill -TERM $pid; status=0; wait $pid || status=$?; pid=""
[ $status -eq 0 ] || { say "iocd did not stop cleanly"; cat "$ROOT/tmp/iocd.out"; exit 1; }
[ -s "$ROOT/var/lib/iocd/iocd.sqlite" ] || { say "no database in /var/lib/iocd"; exit 1; }

in_root env QT_QPA_PLATFORM=offscreen ioc-console --version
in_root env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp ioc-console --screenshot /tmp/console.png --size 1280x800 \
  >/tmp/ioc-console.log 2>&1 || { cat /tmp/ioc-console.log; exit 1; }
size=$(stat -c %s "$ROOT/tmp/console.png")
[ "$size" -gt 20000 ] || { say "screenshot too small ($size bytes)"; exit 1; }
cp "$ROOT/tmp/console.png" "$5/packaging-console.png"
say "ioc-console rendered a $size-byte screenshot offscreen in the clean root ($5/packaging-console.png)"

in_root apt-get remove -y -qq ioc-console iocd >/tmp/ioc-apt.log 2>&1 || { cat /tmp/ioc-apt.log; exit 1; }
[ ! -e "$ROOT/usr/bin/iocd" ] && [ ! -e "$ROOT/usr/bin/ioc-console" ] || { say "binaries left after remove"; exit 1; }
[ -e "$ROOT/etc/iocd/iocd.env" ] || { say "conffile removed by remove (only purge may)"; exit 1; }
in_root apt-get purge -y -qq iocd >/tmp/ioc-apt.log 2>&1 || { cat /tmp/ioc-apt.log; exit 1; }
[ ! -e "$ROOT/etc/iocd/iocd.env" ] || { say "conffile left after purge"; exit 1; }
[ -s "$ROOT/var/lib/iocd/iocd.sqlite" ] || { say "purge deleted the centre's records"; exit 1; }
in_root dpkg -l iocd ioc-console 2>/dev/null | grep -q '^ii' && { say "still installed"; exit 1; }
say "removed and purged cleanly (records in /var/lib/iocd kept)"
INNER
unshare --mount --propagation private bash "$WORK/inside.sh" "$ROOT" "$CACHE" "$IOCD_DEB" "$CONSOLE_DEB" "$BUILD_DIR"
say "passed in $(( $(date +%s) - start )) s"
