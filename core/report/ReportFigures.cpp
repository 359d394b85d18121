// The key figures: each one for the period and for the previous period of equal length, read
// the same way for both. State figures (clients, tier, mode, headroom) are the last stored
// evaluation of the period; the health score is the mean of the period's sampled evaluations
// (the trend's points); the error rate a time-weighted mean of its series; spend the ledger's
// sums. A figure without data is absent with the reason, never 0.

#include "report/ReportParts.h"

#include <cmath>

namespace headroom::report {

namespace {

struct Reading {
    std::optional<double> value;
    std::optional<std::string> text;
    std::string_view reason;
};

Reading number(std::optional<double> value, std::string_view reasonIfAbsent) {
    if (value && std::isfinite(*value)) {
        return {value, std::nullopt, {}};
    }
    return {std::nullopt, std::nullopt, reasonIfAbsent};
}

Reading text(const std::string& value, std::string_view reasonIfAbsent) {
    if (value.empty()) {
        return {std::nullopt, std::nullopt, reasonIfAbsent};
    }
    return {std::nullopt, value, {}};
}

const SampledSnapshot* lastOf(const PeriodReadings& p) {
    return p.samples.empty() ? nullptr : &p.samples.back();
}

Reading clientsAtEnd(const PeriodReadings& p) {
    const auto* last = lastOf(p);
    if (last == nullptr) {
        return number(std::nullopt, kReasonNoSnapshots);
    }
    return number(last->snapshot.value(MetricId::ActiveClients), kReasonMetricMissing);
}

Reading tierAtEnd(const PeriodReadings& p) {
    const auto* last = lastOf(p);
    if (last == nullptr) {
        return number(std::nullopt, kReasonNoSnapshots);
    }
    return text(last->evaluation.capacity.tierId, kReasonNoTier);
}

Reading modeAtEnd(const PeriodReadings& p) {
    const auto* last = lastOf(p);
    if (last == nullptr) {
        return number(std::nullopt, kReasonNoSnapshots);
    }
    return text(last->evaluation.mode.currentModeId, kReasonNotEvaluated);
}

Reading headroomAtEnd(const PeriodReadings& p) {
    const auto* last = lastOf(p);
    if (last == nullptr) {
        return number(std::nullopt, kReasonNoSnapshots);
    }
    return number(last->evaluation.capacity.headroomPercent, kReasonNotEvaluated);
}

Reading meanHealth(const PeriodReadings& p) {
    if (p.samples.empty()) {
        return number(std::nullopt, kReasonNoSnapshots);
    }
    double sum = 0.0;
    int n = 0;
    for (const auto& s : p.samples) {
        if (const auto h = s.evaluation.health.overall; h && std::isfinite(*h)) {
            sum += *h;
            ++n;
        }
    }
    return number(n > 0 ? std::optional(sum / n) : std::nullopt, kReasonNotEvaluated);
}

Reading meanMetric(const PeriodReadings& p, MetricId metric) {
    if (p.instants.empty()) {
        return number(std::nullopt, kReasonNoSnapshots);
    }
    return number(timeWeightedMean(p.means, metric, p.to), kReasonMetricMissing);
}

Reading money(MicroUsd cost, std::int64_t rows) {
    return number(rows > 0 ? std::optional(cost.dollars()) : std::nullopt, kReasonNoLedgerRows);
}

Reading aiSpend(const PeriodReadings& p) {
    return money(p.cost.ai, p.cost.usageRows);
}

Reading totalSpend(const PeriodReadings& p) {
    return money(p.cost.all, p.cost.usageRows + p.cost.serviceRows);
}

// The period's total cost over its time-weighted mean of active clients.
Reading costPerClient(const PeriodReadings& p) {
    const Reading clients = meanMetric(p, MetricId::ActiveClients);
    if (!clients.value || *clients.value <= 0.0) {
        return number(std::nullopt, clients.value ? kReasonNoClients : clients.reason);
    }
    const Reading total = totalSpend(p);
    if (!total.value) {
        return number(std::nullopt, kReasonNoCost);
    }
    return number(*total.value / *clients.value, {});
}

KeyFigure figure(std::string_view id, std::string_view unit, const Reading& now,
                 const Reading& before) {
    KeyFigure f;
    f.id = id;
    f.unit = unit;
    f.value = now.value;
    f.text = now.text;
    f.reason = now.reason;
    f.previous = before.value;
    f.previousText = before.text;
    f.previousReason = before.reason;
    if (f.value && f.previous) {
        f.change = *f.value - *f.previous;
        if (*f.previous != 0.0) {
            f.changeRatio = *f.change / std::abs(*f.previous);
        }
    }
    return f;
}

template <class Read>
KeyFigure both(std::string_view id, std::string_view unit, const PeriodReadings& current,
               const PeriodReadings& previous, Read read) {
    return figure(id, unit, read(current), read(previous));
}

} // namespace

std::vector<KeyFigure> keyFigures(const PeriodReadings& current, const PeriodReadings& previous) {
    const auto errorRate = [](const PeriodReadings& p) {
        return meanMetric(p, MetricId::ErrorRate);
    };
    // No source measures uptime: the figure is named and absent rather than derived from
    // something else.
    const Reading notMeasured = number(std::nullopt, kReasonNotMeasured);
    return {
        both(kFigureClients, kUnitCount, current, previous, clientsAtEnd),
        both(kFigureTier, kUnitText, current, previous, tierAtEnd),
        both(kFigureMode, kUnitText, current, previous, modeAtEnd),
        both(kFigureHealth, kUnitScore, current, previous, meanHealth),
        both(kFigureHeadroom, kUnitPercent, current, previous, headroomAtEnd),
        figure(kFigureUptime, kUnitFraction, notMeasured, notMeasured),
        both(kFigureErrorRate, kUnitFraction, current, previous, errorRate),
        both(kFigureAiSpend, kUnitUsd, current, previous, aiSpend),
        both(kFigureTotalSpend, kUnitUsd, current, previous, totalSpend),
        both(kFigureCostPerClient, kUnitUsdPerClient, current, previous, costPerClient),
    };
}

} // namespace headroom::report
