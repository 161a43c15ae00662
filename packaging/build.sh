#!/usr/bin/env bash
# Installs what is missing (Debian/Ubuntu), configures and builds SellerDesk into build/ (or $SELLERDESK_BUILD_DIR).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SELLERDESK_BUILD_DIR:-$root/build}

if [ "$(uname -s)" = Linux ] && command -v dpkg-query >/dev/null 2>&1; then
  "$root/packaging/linux/install-deps.sh"
fi

generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" "${generator[@]}" \
    -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" -DSELLERDESK_WERROR=ON
fi
cmake --build "$build" --parallel "${SELLERDESK_JOBS:-$(nproc 2>/dev/null || echo 2)}"
