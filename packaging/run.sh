#!/usr/bin/env bash
# README command 1: set up, build and launch SellerDesk. Extra arguments go to the app (e.g. --profile DIR).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SELLERDESK_BUILD_DIR:-$root/build}
"$root/packaging/build.sh"
if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found. On a machine without a screen run: xvfb-run $0 $*" >&2
  exit 1
fi
exec "$build/app/desktop/sellerdesk" "$@"
