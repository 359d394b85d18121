#!/usr/bin/env bash
# Installs what the build and the tests need (Debian 12), builds, and runs the whole suite twice:
# once in a normal build and once under AddressSanitizer + UndefinedBehaviorSanitizer. Leak
# checking is on for the Qt-free core tests; Qt's own one-time allocations make it noise for the
# GUI tests, so there it is off. Then a small clang build of the libFuzzer targets only, each run
# briefly (packaging/fuzz-smoke.sh). Exits non-zero on the first failing stage.
set -euo pipefail
cd "$(dirname "$0")/.."

jobs=$(nproc 2>/dev/null || echo 2)
bash packaging/install-deps.sh --tests

export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 0700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen

echo "== Build (RelWithDebInfo)"
# -g1 (line tables, no variable info): backtraces keep file and line, the build is ~25 % faster.
# The benchmarks are not CTest tests and CI does not run them: not building them keeps the two
# builds well inside CI's time (a developer builds them to measure, README "Tests and benchmarks").
cmake -S . -B build-ci -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" \
      -DHEADROOM_BUILD_BENCHMARKS=OFF
cmake --build build-ci -j "$jobs"
echo "== Tests"
ctest --test-dir build-ci --output-on-failure -j "$jobs"

echo "== Build (AddressSanitizer + UndefinedBehaviorSanitizer)"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
      -DHEADROOM_SANITIZE=ON \
      -DHEADROOM_BUILD_BENCHMARKS=OFF
cmake --build build-asan -j "$jobs"
echo "== Tests under sanitizers"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" \
    ctest --test-dir build-asan --output-on-failure -j "$jobs" -L core
# Everything else but the packaging tests: a Debug build with sanitizers is nothing anyone
# installs, and the normal build above has already installed and packaged the same rules.
ASAN_OPTIONS="detect_leaks=0:abort_on_error=1" \
    ctest --test-dir build-asan --output-on-failure -j "$jobs" -LE 'core|packaging'

echo "== Fuzz (clang + libFuzzer, ${HEADROOM_FUZZ_SECONDS:-60} s per target)"
bash packaging/fuzz-smoke.sh "${HEADROOM_FUZZ_SECONDS:-60}"
