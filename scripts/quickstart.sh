#!/usr/bin/env bash
# README command 1 (after scripts/install-deps.sh): builds the `mizan` executable and runs the
# main job on the bundled sample corpus (scripts/demo.sh). Pass --stop to stop the server
# after the first answer.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# The same build folder and flags as scripts/test.sh, so running one after the other
# does not rebuild everything.
BUILD_TARGET=mizan "$root/scripts/build.sh" "$root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DMIZAN_WERROR=ON
exec "$root/scripts/demo.sh" "$root/build/tools/mizan/mizan" "$@"
