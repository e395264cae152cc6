#!/usr/bin/env bash
# Installs every build, test and runtime dependency from Debian 12's own archive.
# Idempotent: safe to run on every build. Needs root (or sudo).
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config git clang-format
  # Qt 6.4
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-multimedia-dev
  qt6-shadertools-dev libgl-dev libgl1-mesa-dri
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtquick-shapes
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript qml6-module-qttest qml6-module-qtquick-dialogs
  qml6-module-qt-labs-platform qml6-module-qtmultimedia qml6-module-qtcore
  qt6-translations-l10n
  # Qt's own FileDialog (QtQuick.Dialogs.quickimpl, used where there is no native picker)
  # imports Qt.labs.folderlistmodel: without it every file picker crashed
  qml6-module-qt-labs-folderlistmodel
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  qt6-qpa-plugins qt6-wayland
  # crypto, storage, formats
  libsqlcipher-dev sqlcipher libsodium-dev nlohmann-json3-dev qtkeychain-qt6-dev libzxing-dev
  # tests and benchmarks
  libbenchmark-dev xvfb xauth dbus-x11 fonts-dejavu-core curl gnome-keyring
  python3-jsonschema
  apache2 nginx-light libnginx-mod-http-dav-ext rclone openssl
  pulseaudio pulseaudio-utils
  # reports read back (pdftotext, pdftoppm, pdffonts), the department brief opened in a headless
  # browser, and the "no plaintext media on disk" watch
  poppler-utils chromium inotify-tools
)

export DEBIAN_FRONTEND=noninteractive
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
# The test servers are started by the tests themselves; keep the packaged daemons stopped.
for svc in apache2 nginx; do
  if command -v systemctl >/dev/null 2>&1; then $SUDO systemctl disable --now "$svc" >/dev/null 2>&1 || true; fi
  $SUDO service "$svc" stop >/dev/null 2>&1 || true
done
