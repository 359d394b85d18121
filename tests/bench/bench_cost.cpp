// bench_cost: the ledger at issue 4's scale, a year of daily rows for 5 providers x 500 clients
// (912 500 usage rows + 1 460 service rows). Measures building the LedgerIndex (costing every
// row at the rate of its day, interning names, sorting by day) and a full-year aggregation
// (totals, the six breakdowns, the daily series overall and per provider, and per client), plus
// the Cost Shield on the last day. Run: build-*/tests/bench/bench_cost
#include "CostLedgerGenerator.h"
#include "catalog/CatalogLoader.h"
#include "cost/CostReport.h"
#include "cost/CostShield.h"
#include "cost/LedgerIndex.h"

#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace {

using namespace headroom;

const bench::GeneratedLedger& ledgerYear() {
    static const bench::GeneratedLedger ledger = bench::generateLedgerYear();
    return ledger;
}

LedgerIndex buildIndex() {
    const auto& data = ledgerYear();
    auto index = LedgerIndex::build(data.usage, data.services, data.settings);
    if (!index) {
        std::fprintf(stderr, "bench_cost: %s\n", index.error().message.c_str());
        std::abort();
    }
    return std::move(*index);
}

const DayRange kYear{Day{std::chrono::year{2025} / std::chrono::January / 1},
                     Day{std::chrono::year{2025} / std::chrono::December / 31}};

void BM_IndexBuild(benchmark::State& state) {
    ledgerYear(); // generation is not measured
    for (auto _ : state) {
        LedgerIndex index = buildIndex();
        benchmark::DoNotOptimize(index);
    }
    state.counters["rows"] =
        static_cast<double>(ledgerYear().usage.size() + ledgerYear().services.size());
}
BENCHMARK(BM_IndexBuild)->Unit(benchmark::kMillisecond);

void BM_FullYearAggregation(benchmark::State& state) {
    const LedgerIndex index = buildIndex();
    for (auto _ : state) {
        CostTotals totals = index.totals(kYear);
        benchmark::DoNotOptimize(totals);
        for (Dimension dimension : {Dimension::Provider, Dimension::Client, Dimension::Service,
                                    Dimension::Category, Dimension::Feature, Dimension::Team}) {
            auto shares = index.breakdown(dimension, kYear);
            benchmark::DoNotOptimize(shares);
        }
        auto daily = index.daily(kYear);
        benchmark::DoNotOptimize(daily);
        auto perProvider = index.dailyBy(Dimension::Provider, kYear, CostScope::Ai);
        benchmark::DoNotOptimize(perProvider);
        auto units = index.dailyUnits("claude", kYear);
        benchmark::DoNotOptimize(units);
    }
}
BENCHMARK(BM_FullYearAggregation)->Unit(benchmark::kMillisecond);

void BM_DailyPerClient(benchmark::State& state) {
    const LedgerIndex index = buildIndex();
    for (auto _ : state) {
        auto perClient = index.dailyBy(Dimension::Client, kYear, CostScope::Ai);
        benchmark::DoNotOptimize(perClient);
    }
}
BENCHMARK(BM_DailyPerClient)->Unit(benchmark::kMillisecond);

void BM_CostShield(benchmark::State& state) {
    const LedgerIndex index = buildIndex();
    for (auto _ : state) {
        CostShieldReport report = evaluateCostShield(index, ledgerYear().settings, kYear.to);
        benchmark::DoNotOptimize(report);
    }
}
BENCHMARK(BM_CostShield)->Unit(benchmark::kMillisecond);

} // namespace

// Issue 4's target: the whole cost report of the year's last month from the raw rows (index
// build, aggregation, Cost Shield, AI budgets, anomalies of 5 providers and 500 clients over the
// year, the projection and the limit forecasts with their backtests) in under a second.
void BM_CostReport(benchmark::State& state) {
    const auto& data = ledgerYear();
    auto catalog = loadDefaultCatalog();
    if (!catalog) {
        std::fprintf(stderr, "bench_cost: %s\n", catalog.error().message.c_str());
        std::abort();
    }
    catalog->costs.rates = data.settings.rates; // the generator's rates cover 2025
    MetricHistory clients{MetricId::ActiveClients, {}};
    for (Day d = kYear.from; d <= kYear.to; d += std::chrono::days{1}) {
        clients.days.push_back(DailyReading{d, 20.0 + 0.08 * double((d - kYear.from).count())});
    }
    CostReportInputs inputs;
    inputs.workspace = "bench";
    inputs.usage = data.usage;
    inputs.services = data.services;
    inputs.metrics = {clients};
    inputs.tierId = "growth_phase";
    inputs.range = {Day{std::chrono::year{2025} / std::chrono::December / 1}, kYear.to};
    std::size_t anomalies = 0;
    for (auto _ : state) {
        auto report = buildCostReport(inputs, *catalog);
        if (!report) {
            std::fprintf(stderr, "bench_cost: %s\n", report.error().message.c_str());
            std::abort();
        }
        anomalies = report->anomalies.size();
        benchmark::DoNotOptimize(report);
    }
    state.counters["rows"] = static_cast<double>(data.usage.size() + data.services.size());
    state.counters["anomalies"] = static_cast<double>(anomalies);
}
BENCHMARK(BM_CostReport)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
