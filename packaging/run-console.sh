#!/usr/bin/env bash
# Installs what Headroom needs (Debian 12), builds it (Release) and opens the console on its
# embedded default: a local SQLite workspace, the built-in host collector and the labelled demo.
# Extra arguments go to headroom (e.g. --db PATH).
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DHEADROOM_BUILD_TESTS=OFF -DHEADROOM_BUILD_BENCHMARKS=OFF
cmake --build build-release
exec build-release/bin/headroom "$@"
