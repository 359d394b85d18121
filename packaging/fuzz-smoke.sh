#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (only them and the core sources they compile in: no Qt
# UI, no tests) and runs each briefly on its seed corpus, failing on a crash, an undefined-behaviour
# report, a leak, a timeout or running out of memory. packaging/run-tests.sh calls it; it needs
# clang and libclang-rt-14-dev (packaging/install-deps.sh --tests).
# Usage: packaging/fuzz-smoke.sh [SECONDS_PER_TARGET]   (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
jobs=$(nproc 2>/dev/null || echo 2)
build=build-fuzz

# Debug: the parser's assertions stay on; the fuzz targets set -O1 themselves. Configuring the
# whole project is cheap (a few seconds); only `fuzz_targets` is built.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
      -DCMAKE_CXX_COMPILER=clang++ \
      -DHEADROOM_BUILD_BENCHMARKS=OFF -DHEADROOM_FUZZ_SECONDS="$seconds" >/dev/null
cmake --build "$build" -j "$jobs" --target fuzz_targets

# One target at a time: each uses one core, and the other stages' servers are gone by now.
if ! ctest --test-dir "$build" --output-on-failure -L fuzz; then
    echo "fuzz-smoke: a fuzz target failed. Inputs that reproduce it:" >&2
    ls -l "$build"/tests/fuzz/artifacts/ >&2 || true
    echo "Reproduce with: $build/tests/fuzz/<target> <input file>" >&2
    exit 1
fi
