// The latency histogram's costs (issue 8: "recording a latency costs well under a microsecond").
// BM_Record: one record() per iteration of values drawn log-uniformly from 1 us .. 1 min (so the
// bucket changes every time), pre-generated so the generator is not measured; the reported time
// is ns per record. Arg = significant digits (1, 3, 5: the counter array grows from 3.6 KiB to
// 16 MiB). BM_RecordCorrected is the open-model path at a 1 ms interval with a 2 s stall every
// 100th value (about 21 records per call on average). BM_ValueAtPercentile / BM_Percentiles /
// BM_Merge read or combine a histogram that holds a million such values.
#include "strain/LatencyHistogram.h"

#include <benchmark/benchmark.h>
#include <cmath>
#include <random>
#include <vector>

namespace {

using namespace headroom;

constexpr std::size_t kValueCount = 1 << 16; // 512 KiB of values: cache-resident, like a run's
constexpr std::size_t kValueMask = kValueCount - 1;

std::vector<std::int64_t> logUniformValues(std::size_t n, std::uint64_t seed) {
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> exponent(0.0, std::log(60'000'000.0));
    std::vector<std::int64_t> values(n);
    for (auto& value : values)
        value = std::int64_t(std::exp(exponent(random)));
    return values;
}

LatencyHistogram histogramOf(int digits) {
    return *LatencyHistogram::create({1, 3'600'000'000LL, digits});
}

LatencyHistogram fullHistogram(std::uint64_t seed) {
    LatencyHistogram histogram;
    for (auto value : logUniformValues(1'000'000, seed))
        histogram.record(value);
    return histogram;
}

void BM_Record(benchmark::State& state) {
    const auto values = logUniformValues(kValueCount, 42);
    auto histogram = histogramOf(int(state.range(0)));
    std::size_t i = 0;
    for (auto _ : state) {
        histogram.record(values[i++ & kValueMask]);
    }
    benchmark::DoNotOptimize(histogram.count());
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Record)->Arg(1)->Arg(3)->Arg(5);

void BM_RecordSameValue(benchmark::State& state) {
    LatencyHistogram histogram;
    std::int64_t value = 1234;
    for (auto _ : state) {
        benchmark::DoNotOptimize(value);
        histogram.record(value);
    }
    benchmark::DoNotOptimize(histogram.count());
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RecordSameValue);

void BM_RecordCorrected(benchmark::State& state) {
    std::mt19937_64 random(7);
    std::normal_distribution<double> jitter(0.0, 50.0);
    std::vector<std::int64_t> values(kValueCount);
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = std::llround((i % 100 == 99 ? 2'000'000.0 : 800.0) + jitter(random));
    LatencyHistogram histogram;
    std::size_t i = 0;
    for (auto _ : state) {
        histogram.recordCorrected(values[i++ & kValueMask], 1000);
    }
    benchmark::DoNotOptimize(histogram.count());
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RecordCorrected);

void BM_ValueAtPercentile(benchmark::State& state) {
    const auto histogram = fullHistogram(42);
    const double percent = double(state.range(0)) / 10.0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(histogram.valueAtPercentile(percent));
    }
}
BENCHMARK(BM_ValueAtPercentile)->Arg(500)->Arg(990)->Arg(999)->Arg(1000);

void BM_Percentiles(benchmark::State& state) {
    const auto histogram = fullHistogram(42);
    for (auto _ : state) {
        benchmark::DoNotOptimize(histogram.percentiles());
    }
}
BENCHMARK(BM_Percentiles);

void BM_Merge(benchmark::State& state) {
    const auto part = fullHistogram(43);
    LatencyHistogram total;
    for (auto _ : state) {
        benchmark::DoNotOptimize(total.merge(part));
    }
    benchmark::DoNotOptimize(total.count());
}
BENCHMARK(BM_Merge);

} // namespace

BENCHMARK_MAIN();
