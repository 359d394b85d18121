// The report's chart series. Health and utilisation come from the sampled evaluations as they
// were stored (the limit is the one of the tier in force then); clients from the ActiveClients
// series with the Max statistic, one point per bucket that holds data; spend from the ledger
// index per provider and day (or calendar month for long periods). Nothing is interpolated:
// a bucket without data has no point (clients) or no value (spend).

#include "report/ReportParts.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace headroom::report {

namespace {

// Periods up to this many days chart spend per day; longer ones per calendar month.
constexpr int kDailySpendDays = 92;

std::optional<double> finite(std::optional<double> v) {
    return v && std::isfinite(*v) ? v : std::nullopt;
}

} // namespace

std::vector<HealthPoint> healthTrend(std::span<const SampledSnapshot> samples) {
    std::vector<HealthPoint> out;
    out.reserve(samples.size());
    for (const auto& s : samples) {
        const HealthScores& h = s.evaluation.health;
        out.push_back({s.snapshot.takenAt(), s.resolution, finite(h.overall), finite(h.infraHealth),
                       finite(h.aiCostPressure), finite(h.warningDensity), finite(h.churnRisk)});
    }
    return out;
}

std::vector<UtilisationPoint> utilisationSeries(std::span<const SampledSnapshot> samples) {
    std::vector<UtilisationPoint> out;
    for (const auto& s : samples) {
        for (const MetricUtilisation& u : s.evaluation.capacity.utilisation) {
            out.push_back({s.snapshot.takenAt(), std::string(metricKey(u.metric)),
                           s.evaluation.capacity.tierId, u.value, u.limit, u.utilisation});
        }
    }
    std::ranges::stable_sort(out, {}, &UtilisationPoint::metric);
    return out;
}

std::chrono::seconds clientsBucket(std::chrono::seconds period) {
    using namespace std::chrono;
    if (period <= days{3}) {
        return hours{1};
    }
    if (period <= days{400}) {
        return days{1};
    }
    return days{7};
}

std::vector<ClientsPoint> clientsSeries(std::span<const SeriesPoint> maxima, Timestamp from,
                                        std::chrono::seconds bucket) {
    // Buckets start on whole days (UTC) at or before the period's start.
    const Timestamp origin{std::chrono::floor<std::chrono::days>(from)};
    std::map<std::int64_t, double> byBucket;
    for (const SeriesPoint& p : maxima) {
        if (p.metric != MetricId::ActiveClients || p.at < from) {
            continue;
        }
        const std::int64_t index = (p.at - origin) / bucket;
        auto [it, inserted] = byBucket.try_emplace(index, p.value);
        if (!inserted) {
            it->second = std::max(it->second, p.value);
        }
    }
    std::vector<ClientsPoint> out;
    out.reserve(byBucket.size());
    for (const auto& [index, value] : byBucket) {
        out.push_back({origin + index * bucket, bucket, value});
    }
    return out;
}

Result<SpendSeries> spendSeries(const LedgerIndex& ledger, DayRange days, const Catalog& catalog) {
    SpendSeries out;
    const bool monthly = days.length() > kDailySpendDays;
    out.bucket = monthly ? "month" : "day";
    for (const CostShare& share : ledger.breakdown(Dimension::Provider, days, CostScope::Ai)) {
        out.providers.push_back(share.key);
        out.providerTotals.emplace_back(share.key, share.cost);
    }
    std::map<std::string, DailyCosts, std::less<>> daily;
    for (auto& keyed : ledger.dailyBy(Dimension::Provider, days, CostScope::Ai)) {
        daily.emplace(keyed.key, std::move(keyed.daily));
    }
    // One bucket: the sum of the days that have rows; none when no day has.
    auto sumOver = [&daily](const std::string& provider, Day from, Day to) {
        std::optional<MicroUsd> sum;
        const auto it = daily.find(provider);
        if (it == daily.end()) {
            return sum;
        }
        const DailyCosts& series = it->second;
        for (Day d = from; d <= to; d += std::chrono::days{1}) {
            const auto index = static_cast<std::size_t>((d - series.from).count());
            if (d >= series.from && index < series.values.size() && series.values[index]) {
                sum = sum.value_or(MicroUsd{}) + *series.values[index];
            }
        }
        return sum;
    };
    for (Day start = days.from; start <= days.to;) {
        const Day end = monthly ? std::min(lastOfMonth(start), days.to) : start;
        for (const auto& provider : out.providers) {
            out.points.push_back({start, end, provider, sumOver(provider, start, end)});
        }
        start = end + std::chrono::days{1};
    }

    // The projection as the cost report makes it (core/cost/Projection.h): the ledger's daily
    // totals up to the period's last day, each day that has rows.
    std::vector<DayCost> history;
    if (const auto span = ledger.daysSpanned(); span && span->from <= days.to) {
        const DailyCosts all = ledger.daily(DayRange{span->from, days.to});
        for (std::size_t i = 0; i < all.values.size(); ++i) {
            if (all.values[i]) {
                history.push_back(DayCost{all.dayAt(i), *all.values[i]});
            }
        }
    }
    if (history.empty()) {
        out.projectionReason = kReasonNoLedgerRows;
        return out;
    }
    auto projected = projectDailyCosts(history, catalog.costs.projection, catalog.costs.forecast);
    if (!projected) {
        return std::unexpected(projected.error());
    }
    constexpr std::array kHorizons{ProjectionHorizon::Month, ProjectionHorizon::Quarter,
                                   ProjectionHorizon::Year};
    for (std::size_t i = 0; i < projected->totals.size() && i < kHorizons.size(); ++i) {
        const ProjectedTotal& t = projected->totals[i];
        out.projection.push_back(
            {std::string(keyOf(kHorizons[i])), t.months, t.expected, t.low, t.high});
    }
    out.intervalLevel = projected->intervalLevel;
    out.intervalKnown = projected->intervalKnown;
    out.projectionConfidence = projected->confidence;
    out.projectionTrust = keyOf(projected->trust);
    return out;
}

} // namespace headroom::report
