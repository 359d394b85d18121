// How many evaluations per second the one evaluation path sustains: seed 000's example snapshot
// under the default catalog. Replay and what-if re-evaluate whole histories, so this bounds them.
#include "catalog/CatalogLoader.h"
#include "policy/Evaluator.h"

#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstdlib>

namespace {

using namespace headroom;

constexpr Timestamp kNow{std::chrono::seconds{1'764'000'000}};

Snapshot seed000Snapshot() {
    Snapshot s(kNow);
    const std::pair<MetricId, double> values[] = {
        {MetricId::CpuUtilization, 0.45},  {MetricId::ErrorRate, 0.015},
        {MetricId::AiLatencyMs, 1800},     {MetricId::QueueDepth, 35},
        {MetricId::TokenUsage, 180000},    {MetricId::StorageUsageGb, 28},
        {MetricId::BandwidthUsageMb, 120}, {MetricId::ActiveClients, 28}};
    for (const auto& [metric, value] : values) {
        if (!s.set(metric, {value, kNow, "bench"})) {
            std::fprintf(stderr, "bench fixture refused %g\n", value);
            std::abort();
        }
    }
    return s;
}

void BM_EvaluateSeed000(benchmark::State& state) {
    auto catalog = loadDefaultCatalog();
    if (!catalog) {
        state.SkipWithError(catalog.error().message.c_str());
        return;
    }
    const Snapshot snapshot = seed000Snapshot();
    const EvaluationContext context{kNow, "growth"};
    for (auto _ : state) {
        Evaluation evaluation = evaluate(snapshot, *catalog, context);
        benchmark::DoNotOptimize(evaluation);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_EvaluateSeed000);

} // namespace

BENCHMARK_MAIN();
