// The anomalies section of the cost report: every provider's and every client's daily spend (and
// each provider's usage) checked with core/cost/Anomalies.h over the whole ledger up to the
// report's day, so each day is judged against its own trailing window, then listed for the period.
#include "CostReportBuild.h"

#include <algorithm>

namespace headroom::costreport {
namespace {

std::vector<DailyValue> dollarsSeries(const DailyCosts& daily) {
    std::vector<DailyValue> out;
    out.reserve(daily.values.size());
    for (std::size_t i = 0; i < daily.values.size(); ++i) {
        out.push_back(DailyValue{daily.dayAt(i), daily.values[i]
                                                     ? std::optional(daily.values[i]->dollars())
                                                     : std::nullopt});
    }
    return out;
}

std::vector<DailyValue> unitsSeries(const DailyUnits& units) {
    std::vector<DailyValue> out;
    out.reserve(units.values.size());
    for (std::size_t i = 0; i < units.values.size(); ++i) {
        std::optional<double> value;
        if (const auto& u = units.values[i]) {
            // A provider bills in one unit, so the sum is that unit (the others are zero).
            value = double(u->tokens() + u->characters + u->requests);
        }
        out.push_back(DailyValue{units.from + std::chrono::days{i}, value});
    }
    return out;
}

// The provider whose spend for the client rose most on the day over its own trailing mean: the
// one a founder would throttle.
std::string likeliestProvider(const LedgerIndex& index, const std::string& client, Day day,
                              int trailingDays) {
    std::string best;
    double bestRise = 0.0;
    const DayRange window{day - std::chrono::days{trailingDays}, day};
    for (const std::string& provider : index.keys(Dimension::Provider)) {
        DailyFilter filter;
        filter.scope = CostScope::Ai;
        filter.provider = provider;
        filter.client = client;
        const DailyCosts series = index.daily(window, filter);
        if (series.values.empty() || !series.values.back()) {
            continue;
        }
        double sum = 0.0;
        int count = 0;
        for (std::size_t i = 0; i + 1 < series.values.size(); ++i) {
            if (series.values[i]) {
                sum += series.values[i]->dollars();
                ++count;
            }
        }
        const double rise = series.values.back()->dollars() - (count > 0 ? sum / count : 0.0);
        if (best.empty() || rise > bestRise) {
            best = provider;
            bestRise = rise;
        }
    }
    return best;
}

} // namespace

Result<std::vector<CostAnomaly>> anomalies(const LedgerIndex& index, const Catalog& catalog,
                                           DayRange range) {
    const auto span = index.daysSpanned();
    if (!span || span->from > range.to) {
        return std::vector<CostAnomaly>{};
    }
    const DayRange history{span->from, range.to};
    std::vector<AnomalySeries> series;
    for (const KeyedDailyCosts& provider :
         index.dailyBy(Dimension::Provider, history, CostScope::Ai)) {
        AnomalySeries s;
        s.key = AnomalyKey{provider.key, {}};
        s.cost = dollarsSeries(provider.daily);
        s.usage = unitsSeries(index.dailyUnits(provider.key, history));
        series.push_back(std::move(s));
    }
    for (const KeyedDailyCosts& client : index.dailyBy(Dimension::Client, history, CostScope::Ai)) {
        if (client.key.empty()) {
            continue; // usage not attributed to a client is covered by the providers' series
        }
        AnomalySeries s;
        s.key = AnomalyKey{{}, client.key};
        s.cost = dollarsSeries(client.daily);
        series.push_back(std::move(s));
    }
    auto found = detectAnomalies(series, catalog.costs.anomalies);
    if (!found) {
        return std::unexpected(found.error());
    }
    const double minImpact = catalog.costs.anomalies.minImpact.dollars();
    std::vector<CostAnomaly> out;
    for (const Anomaly& a : *found) {
        if (!range.contains(a.day)) {
            continue;
        }
        if (a.measure == AnomalyMeasure::Cost && a.impact < minImpact) {
            continue; // immaterial: see AnomalySettings::minImpact
        }
        CostAnomaly view;
        view.providerId = a.key.providerId;
        view.clientId = a.key.clientId;
        if (view.providerId.empty() && !view.clientId.empty()) {
            view.providerId = likeliestProvider(index, view.clientId, a.day,
                                                catalog.costs.anomalies.trailingDays);
        }
        view.day = a.day;
        view.rules.push_back(a.kind);
        for (AnomalyRule rule : a.rules.list()) {
            if (rule != a.kind) {
                view.rules.push_back(rule);
            }
        }
        view.actual = a.actual;
        view.expected = a.expected;
        view.impact = a.impact;
        view.usage = a.measure == AnomalyMeasure::Usage;
        view.robustZ = a.robustZ;
        out.push_back(std::move(view));
    }
    std::ranges::stable_sort(out, [](const CostAnomaly& a, const CostAnomaly& b) {
        return a.day != b.day ? a.day > b.day : a.impact > b.impact;
    });
    return out;
}

} // namespace headroom::costreport
