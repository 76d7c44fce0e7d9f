#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package the build, the demo and the tests need.
# Idempotent: packages already present are skipped; `apt-get update` runs at most once.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential g++ cmake ninja-build ccache git pkg-config ca-certificates
  # server
  libboost1.81-dev libboost-json1.81-dev libsqlite3-dev sqlite3 libsodium-dev libssl-dev
  zlib1g-dev libmosquitto-dev mosquitto
  # citizen report photos: decode, scale and write thumbnails (stb_image, stb_image_resize)
  libstb-dev
  # tests: the TLS test makes its CA and server certificate with the openssl CLI
  openssl
  # Qt 6
  qt6-base-dev qt6-declarative-dev qt6-charts-dev qt6-positioning-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite
  qt6-base-private-dev libqt6svg6
  qml6-module-qtqml qml6-module-qtquick qml6-module-qtquick-controls
  qml6-module-qtquick-templates qml6-module-qtquick-layouts qml6-module-qtquick-window
  qml6-module-qtqml-workerscript qml6-module-qtqml-models qml6-module-qtcharts
  qml6-module-qttest qml6-module-qtpositioning qml6-module-qtwebsockets
  qml6-module-qtquick-dialogs qml6-module-qt-labs-settings qml6-module-qtquick-shapes
  # Qt Multimedia on GStreamer: the wall's video tile (files, HLS, RTSP) and the alerts inbox's
  # optional chime (QML SoundEffect, loaded only when switched on)
  qt6-multimedia-dev qml6-module-qtmultimedia gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  gstreamer1.0-plugins-bad gstreamer1.0-libav gstreamer1.0-rtsp gstreamer1.0-gl
  # tests: GoogleTest, headless and multi-screen X, screenshots, PDF checks, fonts with Vietnamese
  googletest libgtest-dev xvfb xauth x11-xserver-utils libgl1-mesa-dri xfonts-base
  imagemagick poppler-utils fonts-noto-core fonts-dejavu-core
  # packaging: CPack's dpkg-shlibdeps, the clean-root install test, desktop/AppStream checks
  dpkg-dev debootstrap curl desktop-file-utils appstream systemd
  # tests: certificates made at test time for the console's TLS tests
  openssl
)

need_root() {
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO=(sudo -n); else
      echo "deps: run as root (or install sudo)" >&2; exit 1; fi
  else SUDO=(); fi
}

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

need_root
export DEBIAN_FRONTEND=noninteractive
echo "deps: installing ${#missing[@]} package(s): ${missing[*]}"
log=$(mktemp)
if ! "${SUDO[@]}" apt-get update -qq >"$log" 2>&1; then cat "$log" >&2; exit 1; fi
if ! "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$log" 2>&1; then
  cat "$log" >&2; exit 1
fi
rm -f "$log"
echo "deps: done"
