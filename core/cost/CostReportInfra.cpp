// The infrastructure section of the cost report (seed 003): cost of the latest usage at the
// provisioned size, efficiency, right-sizing and schedule, as of the end of the report's day.
#include "CostReportBuild.h"

#include <map>

namespace headroom::costreport {
namespace {

// The hourly means of the samples: the schedule analysis works on hours.
std::vector<HourlyPoint> hourly(std::span<const UtilisationSample> samples) {
    std::map<Timestamp, std::pair<double, int>> sums;
    for (const UtilisationSample& s : samples) {
        if (s.value) {
            auto& [sum, count] = sums[std::chrono::floor<std::chrono::hours>(s.at)];
            sum += *s.value;
            ++count;
        }
    }
    std::vector<HourlyPoint> out;
    out.reserve(sums.size());
    for (const auto& [hour, sum] : sums) {
        out.push_back(HourlyPoint{hour, sum.first / sum.second});
    }
    return out;
}

} // namespace

Result<InfraView> infrastructure(const CostReportInputs& in, const Catalog& catalog) {
    InfraView view;
    if (!in.latest) {
        return view;
    }
    const Timestamp now = Timestamp{in.range.to} + std::chrono::days{1} - std::chrono::seconds{1};
    const EfficiencySettings& efficiency = catalog.costs.efficiency;
    const InfraUnitPrices& prices = catalog.costs.infra;
    view.cpuCores = in.latest->value(MetricId::CpuCores);
    view.memoryGb = in.latest->value(MetricId::MemoryTotalGb);

    auto cost = infraCost(
        resourceUsageFrom(*in.latest, ProvisionedResources{view.cpuCores, view.memoryGb}), prices);
    if (!cost) {
        return std::unexpected(cost.error());
    }
    view.cost = *cost;

    auto cpuScore = efficiencyScore(in.cpuSamples, now, efficiency);
    auto memoryScore = efficiencyScore(in.memorySamples, now, efficiency);
    if (!cpuScore || !memoryScore) {
        return std::unexpected(!cpuScore ? cpuScore.error() : memoryScore.error());
    }
    view.cpuEfficiency = *cpuScore;
    view.memoryEfficiency = *memoryScore;

    if (view.cpuCores && *view.cpuCores > 0.0) {
        auto sizing =
            rightSize(in.cpuSamples, now, RightSizingInput{*view.cpuCores, 1.0, prices.perCoreHour},
                      efficiency);
        if (!sizing) {
            return std::unexpected(sizing.error());
        }
        view.cpu = *sizing;
    }
    if (view.memoryGb && *view.memoryGb > 0.0) {
        auto sizing =
            rightSize(in.memorySamples, now,
                      RightSizingInput{*view.memoryGb, 1.0, prices.perMemoryGbHour}, efficiency);
        if (!sizing) {
            return std::unexpected(sizing.error());
        }
        view.memory = *sizing;
    }
    if (view.cost.hourly) {
        auto schedule = analyseSchedule(hourly(in.cpuSamples), *view.cost.hourly, efficiency);
        if (!schedule) {
            return std::unexpected(schedule.error());
        }
        view.schedule = std::move(*schedule);
    }
    return view;
}

} // namespace headroom::costreport
