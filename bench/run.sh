#!/usr/bin/env bash
# Builds the benchmarks in Release, in their own build folder (build-bench, so that the
# RelWithDebInfo developer build is left alone), and runs every one of them.
#
#   bench/run.sh [--quick] [--data DIR]
#
# Arguments go to every benchmark. The data folder defaults to $MIZAN_DATA_DIR, else
# ../shared/data next to the repository.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${repo}/build-bench"
benchmarks=(mizan_retrieval_bench)

# Release flags only: the tests are not needed to benchmark.
cmake -S "${repo}" -B "${build}" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DMIZAN_BUILD_TESTS=OFF -DMIZAN_BUILD_BENCH=ON > /dev/null
cmake --build "${build}" --target "${benchmarks[@]}"

# Without --data, the data folder is found as the tests find it (scripts/data-dir.sh), which
# also works from a clone that does not sit beside ../shared.
if [[ " $* " != *" --data "* && -z "${MIZAN_DATA_DIR:-}" ]]; then
  if data="$("${repo}/scripts/data-dir.sh")"; then
    export MIZAN_DATA_DIR="${data}"
  fi
fi

for benchmark in "${benchmarks[@]}"; do
  echo
  echo "== ${benchmark} $*"
  "${build}/bench/${benchmark}" "$@"
done
