// Re-evaluating a history (issue 6's budget: a year of 30-second snapshots, 1 051 200, in under
// 5 s and 300 MB). The snapshots are generated one at a time (a year materialised would be
// gigabytes) and fed to one ReplayPipeline, then to the two pipelines of a what-if. Arguments:
// days, and whether the active autoscaling policy and seed 004's triggers run (1) or not (0);
// with them the triggers judge the 7-day lookback incrementally (policy/TriggerWindow.h), so
// both cases run the full year. Counters: snapshots, wall-clock microseconds per snapshot,
// seconds per year (1 051 200 snapshots) at that rate, and the process's peak RSS (getrusage
// ru_maxrss, MB) after the run. The peak is the process's so far: run one case per process for its
// own figure, e.g. --benchmark_filter='BM_ReplayPipeline/365/1'.
#include "catalog/CatalogLoader.h"
#include "replay/WhatIf.h"
#include "replay/WhatIfDiff.h"

#include <benchmark/benchmark.h>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <sys/resource.h>

namespace {

using namespace headroom;

constexpr Timestamp kStart{std::chrono::seconds{1'767'225'600}}; // 2026-01-01T00:00:00Z
constexpr auto kInterval = std::chrono::seconds(30);
constexpr std::size_t kDaySnapshots = 86400 / kInterval.count(); // runWhatIf reads a day at a time
constexpr std::int64_t kYearSnapshots = 365 * 86400 / 30;        // 1 051 200

// A deterministic 30-second series: clients growing from 8 to 45 over the run, a daily cycle,
// and a little noise (splitmix64).
class SeriesStream {
public:
    explicit SeriesStream(std::int64_t count)
        : m_count(count) {}

    Snapshot next() {
        const Timestamp t = kStart + kInterval * m_i;
        const double progress = m_count > 1 ? double(m_i) / double(m_count - 1) : 1.0;
        ++m_i;
        const double clients = std::floor(8 + 37 * progress);
        const double hour = double((t.time_since_epoch() % std::chrono::days(1)).count()) / 3600.0;
        const double act = 0.3 + 0.7 * std::exp(-((hour - 14) * (hour - 14)) / 32.0);
        Snapshot s(t);
        put(s, MetricId::ActiveClients, clients, t);
        put(s, MetricId::CpuUtilization, 0.06 + 0.0085 * clients * act + 0.02 * noise(), t);
        put(s, MetricId::MemoryUtilization, 0.34 + 0.004 * clients + 0.01 * noise(), t);
        const double p50 = (70 + 0.9 * clients * act) * (1 + 0.05 * noise());
        put(s, MetricId::ResponseTimeP50Ms, p50, t);
        put(s, MetricId::ResponseTimeP95Ms, p50 * 2.5, t);
        put(s, MetricId::ResponseTimeP99Ms, p50 * 4.2, t);
        put(s, MetricId::ErrorRate, 0.0035 + 0.001 * noise(), t);
        put(s, MetricId::RequestsPerMinute, clients * 4.2 * act, t);
        put(s, MetricId::AiLatencyMs, 1050 + 4 * clients + 100 * noise(), t);
        put(s, MetricId::QueueDepth, std::round(2 + 0.25 * clients * act + 3 * (noise() + 1)), t);
        put(s, MetricId::DbConnectionsMax, 60, t);
        put(s, MetricId::DbConnections, std::round(2 + 0.5 * clients * act), t);
        return s;
    }

private:
    static void put(Snapshot& s, MetricId m, double v, Timestamp t) {
        (void)s.set(m, {v, t, "bench"}); // values stay in range by construction
    }
    // In [-1, 1].
    double noise() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        z ^= z >> 31;
        return double(z >> 11) / double(1ULL << 52) - 1.0;
    }

    std::int64_t m_count;
    std::int64_t m_i = 0;
    std::uint64_t m_state = 0x5EED;
};

double peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // KiB on Linux
}

Catalog benchCatalog(bool policies) {
    auto catalog = loadDefaultCatalog();
    if (!catalog) {
        std::abort();
    }
    if (!policies) {
        catalog->policies.activeId = "none"; // evaluate() alone
    }
    return *catalog;
}

void run(benchmark::State& state, int pipelines) {
    const auto days = state.range(0);
    const bool policies = state.range(1) != 0;
    const std::int64_t count = days * 86400 / kInterval.count();
    const Catalog baseline = benchCatalog(policies);
    Catalog edited = baseline;
    for (auto& tier : edited.tiers) {
        for (auto& limit : tier.limits) {
            if (limit.metric == MetricId::CpuUtilization) {
                limit.limit *= 0.6; // stricter CPU
            }
        }
    }
    std::size_t episodes = 0;
    std::chrono::duration<double> elapsed{};
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        ReplayPipeline base({baseline, {}, nullptr, {}});
        std::optional<ReplayPipeline> other;
        if (pipelines == 2) {
            other.emplace(ReplayPipelineOptions{edited, {}, nullptr, {}});
        }
        SeriesStream stream(count);
        if (other) {
            // As runWhatIf does: a day of snapshots at a time, the two pipelines side by side.
            std::vector<Snapshot> day;
            for (std::int64_t i = 0; i < count;) {
                day.clear();
                for (; i < count && day.size() < kDaySnapshots; ++i) {
                    day.push_back(stream.next());
                }
                if (!feedBoth(
                        base, *other, day.size(),
                        [&](std::size_t k) -> const Snapshot& { return day[k]; },
                        [](std::size_t, const Evaluation& e) { benchmark::DoNotOptimize(e); })) {
                    state.SkipWithError("feed failed");
                    return;
                }
            }
        } else {
            for (std::int64_t i = 0; i < count; ++i) {
                if (!base.feed(stream.next())) {
                    state.SkipWithError("feed failed");
                    return;
                }
            }
        }
        if (other) {
            const auto report = diffTraces(base.finish(), other->finish());
            episodes = report.edited.episodes.size() + report.baseline.episodes.size();
            benchmark::DoNotOptimize(report);
        } else {
            episodes = base.finish().episodes.size();
        }
        elapsed += std::chrono::steady_clock::now() - start;
    }
    // Wall-clock figures per iteration (plain values: a rate counter would print them as
    // seconds).
    const double perSnapshot = elapsed.count() / double(state.iterations()) / double(count);
    state.counters["snapshots"] = double(count);
    state.counters["episodes"] = double(episodes);
    state.counters["us_per_snapshot"] = perSnapshot * 1e6;
    state.counters["s_per_year"] = perSnapshot * double(kYearSnapshots);
    state.counters["peak_rss_mb"] = peakRssMb();
}

void BM_ReplayPipeline(benchmark::State& state) {
    run(state, 1);
}
void BM_WhatIfTwoPipelines(benchmark::State& state) {
    run(state, 2);
}

} // namespace

// A year without the policy layer, then a year with it.
BENCHMARK(BM_ReplayPipeline)->Args({365, 0})->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WhatIfTwoPipelines)->Args({365, 0})->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReplayPipeline)->Args({365, 1})->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WhatIfTwoPipelines)->Args({365, 1})->Iterations(1)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
