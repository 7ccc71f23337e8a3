#!/usr/bin/env bash
# README command 2 (after scripts/install-deps.sh): format check, then the optimised build with
# every test, then the ASan+UBSan build with every test again. Tests read the real data sets
# from MIZAN_DATA_DIR (found by scripts/data-dir.sh) and fail if they are missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if ! MIZAN_DATA_DIR=$(scripts/data-dir.sh); then
  echo "test: the real data sets were not found; set MIZAN_DATA_DIR to the folder holding" \
       "governed-corpus-ma-law/ (normally ../shared/data)" >&2
  exit 1
fi
export MIZAN_DATA_DIR
echo "== data: $MIZAN_DATA_DIR"
jobs=$(nproc)

echo "== format"
scripts/check-format.sh

echo "== build (RelWithDebInfo, warnings as errors)"
scripts/build.sh build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMIZAN_WERROR=ON
echo "== tests"
(cd build && ctest --output-on-failure -j"$jobs")

echo "== build (ASan+UBSan)"
scripts/build.sh build-asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
  -DMIZAN_SANITIZE="address;undefined" -DMIZAN_BUILD_BENCH=OFF -DMIZAN_WERROR=ON
echo "== tests under ASan+UBSan"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd build-asan && ctest --output-on-failure -j"$jobs")
echo "== all tests passed"
