#!/bin/sh
# Side-by-side throughput: Prometheus's Go expfmt.TextParser against bench_exposition on the
# same generated file. Needs Debian's golang-go and golang-github-prometheus-common-dev, and a
# Release build with benchmarks:
#   cmake -S . -B build-rel -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG"
#   cmake --build build-rel --target bench_exposition make_exposition
#   tests/bench/reference/run.sh build-rel [HOSTS]
# Both run pinned to one core (taskset) when taskset exists.
set -eu
build=${1:?usage: run.sh BUILD_DIR [HOSTS]}
hosts=${2:-1600}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

pin=""
command -v taskset >/dev/null && pin="taskset -c 0"

mkdir -p "$work/src/expfmt_bench"
cp "$here/expfmt_bench.go" "$work/src/expfmt_bench/main.go"
(cd "$work/src/expfmt_bench" &&
    GOPATH="$work:/usr/share/gocode" GO111MODULE=off GOFLAGS=-mod=mod GOCACHE="$work/cache" \
        go build -o "$work/expfmt_bench" .)

"$build/tests/bench/make_exposition" "$work/exposition.prom" --hosts "$hosts"
$pin "$work/expfmt_bench" "$work/exposition.prom" 5
HEADROOM_BENCH_HOSTS=$hosts $pin "$build/tests/bench/bench_exposition" \
    --benchmark_filter='BM_(StreamingParseText|DocumentBuildText)'
