// Links only headroom_core: evaluates seed 000's example end to end with the embedded catalog.
// Plain assertions on purpose: a Qt Test runner would make this test link Qt.

#include "catalog/CatalogLoader.h"
#include "policy/Evaluator.h"

#include <cstdio>
#include <cstdlib>

using namespace headroom;

namespace {
int failures = 0;
void expect(bool condition, const char* what) {
    if (!condition) {
        std::fprintf(stderr, "FAIL: %s\n", what);
        ++failures;
    }
}
} // namespace

int main() {
    auto catalog = loadDefaultCatalog();
    if (!catalog) {
        std::fprintf(stderr, "FAIL: default catalog: %s\n", catalog.error().message.c_str());
        return EXIT_FAILURE;
    }
    const Timestamp now{std::chrono::seconds{1'764'000'000}};
    Snapshot snapshot(now);
    const std::pair<MetricId, double> seedExample[] = {
        {MetricId::CpuUtilization, 0.45},  {MetricId::ErrorRate, 0.015},
        {MetricId::AiLatencyMs, 1800},     {MetricId::QueueDepth, 35},
        {MetricId::TokenUsage, 180000},    {MetricId::StorageUsageGb, 28},
        {MetricId::BandwidthUsageMb, 120}, {MetricId::ActiveClients, 28},
    };
    for (const auto& [metric, value] : seedExample) {
        expect(snapshot.set(metric, {value, now, "test"}).has_value(), "seed value accepted");
    }
    const Evaluation e = evaluate(snapshot, *catalog, {.now = now, .currentModeId = {}});
    expect(e.capacity.tierId == "hard_launch", "tier is hard_launch");
    expect(e.mode.fittingModeId == "growth", "mode is growth");
    expect(e.capacity.overall == Status::Healthy, "capacity healthy");
    expect(e.capacity.headroomPercent && *e.capacity.headroomPercent == 28.0, "headroom 28 %");
    expect(e.capacity.canAcceptNewClients, "accepts new clients");
    std::printf("%s\n", failures == 0 ? "1 passed, 0 failed" : "0 passed, 1 failed");
    return failures == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
