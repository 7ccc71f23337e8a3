#!/usr/bin/env bash
# Configures and builds Mizan. Usage: scripts/build.sh BUILD_DIR [extra cmake -D options...]
# BUILD_TARGET=mizan builds only the executable.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${1:?usage: scripts/build.sh BUILD_DIR [cmake options]}
shift
cmake -S "$root" -B "$build_dir" -G Ninja "$@" >/dev/null
cmake --build "$build_dir" -j"$(nproc)" ${BUILD_TARGET:+--target "$BUILD_TARGET"}
