#!/usr/bin/env bash
# README command 1: set up, build and launch SellerDesk in demo mode: sellerdesk-sandbox starts as a child process
# on a free loopback port and the "Demo" workspace connects to its sample shops, so orders flow in at once.
# Extra arguments go to the app; `--profile DIR` (or any argument) opens that workspace instead of the demo.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SELLERDESK_BUILD_DIR:-$root/build}
"$root/packaging/build.sh"
if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found. On a machine without a screen run: xvfb-run $0 $*" >&2
  exit 1
fi
if [ "$#" -eq 0 ]; then
  set -- --demo
fi
exec "$build/app/desktop/sellerdesk" "$@"
