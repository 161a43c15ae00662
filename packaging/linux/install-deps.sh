#!/usr/bin/env bash
# Installs the Debian 12 / Ubuntu 24.04 packages SellerDesk needs to build, run and test.
# Only missing packages are installed; nothing happens when all are present.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git
  # Qt 6 and friends
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-translations-l10n libgl-dev
  qt6-qpa-plugins
  # keychain, storage, crypto
  qtkeychain-qt6-dev libsqlite3-dev libssl-dev libargon2-dev
  # test and run-time helpers: a private Secret Service, an X server for the GUI
  dbus dbus-bin gnome-keyring xvfb xauth
)
# Optional: `install-deps.sh --fuzz` adds clang with libFuzzer (SELLERDESK_FUZZ=ON) and python3-cryptography,
# which regenerates the page codec's known-answer vectors (tests/unit/store/data).
if [ "${1:-}" = "--fuzz" ]; then
  packages+=(clang libclang-rt-dev python3-cryptography)
fi

missing=()
for p in "${packages[@]}"; do
  [[ "$p" == \#* ]] && continue
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
