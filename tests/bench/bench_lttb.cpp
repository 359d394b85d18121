// Downsampling for the replay timeline (issue 6: a chart of a million points redrawn in under
// 50 ms, never drawing every point): LTTB from 1 051 200 points (a year of 30-second snapshots)
// to a screen's worth, with and without gaps. The baseline is one pass that only reads every
// point (a min/max scan), the least any downsampling must do.
#include "replay/Lttb.h"

#include <benchmark/benchmark.h>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

namespace {

using namespace headroom;

constexpr std::size_t kYearOf30s = 1'051'200;

std::vector<PlotPoint> yearSeries(bool withGaps) {
    std::mt19937_64 random(42);
    std::normal_distribution<double> noise(0.0, 0.03);
    std::vector<PlotPoint> points(kYearOf30s);
    for (std::size_t i = 0; i < kYearOf30s; ++i) {
        const double day = double(i) / 2880.0;
        points[i] = {1.764e9 + 30.0 * double(i),
                     0.5 + 0.2 * std::sin(day * 2.0 * M_PI) + 0.1 * day / 365.0 + noise(random)};
        // A missing hour every ten days.
        if (withGaps && (i % 28'800) < 120) {
            points[i].y = std::numeric_limits<double>::quiet_NaN();
        }
    }
    return points;
}

void BM_Lttb(benchmark::State& state) {
    const auto points = yearSeries(state.range(1) != 0);
    const auto target = std::size_t(state.range(0));
    for (auto _ : state) {
        auto drawn = lttb(points, target);
        benchmark::DoNotOptimize(drawn.data());
    }
    state.SetItemsProcessed(state.iterations() * std::int64_t(points.size()));
}
BENCHMARK(BM_Lttb)->Args({2000, 0})->Args({4000, 0})->Args({2000, 1})->Unit(
    benchmark::kMillisecond);

void BM_ReadEveryPoint(benchmark::State& state) {
    const auto points = yearSeries(false);
    for (auto _ : state) {
        double low = points[0].y;
        double high = points[0].y;
        for (const auto& p : points) {
            low = std::min(low, p.y);
            high = std::max(high, p.y);
        }
        benchmark::DoNotOptimize(low);
        benchmark::DoNotOptimize(high);
    }
    state.SetItemsProcessed(state.iterations() * std::int64_t(points.size()));
}
BENCHMARK(BM_ReadEveryPoint)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
