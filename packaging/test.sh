#!/usr/bin/env bash
# README command 2: set up, build and run the whole default test suite. Exit code 0 only if all pass.
# Long runs (torture, fuzz, bench) are separate: see README, "Tests".
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SELLERDESK_BUILD_DIR:-$root/build}
"$root/packaging/build.sh"
exec ctest --test-dir "$build" --output-on-failure --parallel "${SELLERDESK_TEST_JOBS:-2}" \
  --label-exclude 'bench|torture|fuzz' "$@"
