// Seed 004's triggers (see PolicyTriggers.h).
#include "PolicyTriggers.h"

#include "model/Percentile.h"

#include <algorithm>
#include <cmath>

namespace headroom {

namespace {

std::vector<MetricPoint> pointsOf(std::span<const MetricPoint> points, MetricId metric) {
    std::vector<MetricPoint> out;
    for (const auto& p : points) {
        if (p.metric == metric) {
            out.push_back(p);
        }
    }
    std::ranges::stable_sort(out, {}, &MetricPoint::at);
    return out;
}

// The latest snapshot's values join the history unless the history already has that instant.
std::vector<MetricPoint> withLatest(std::span<const MetricPoint> history, const Snapshot& latest,
                                    MetricId metric) {
    auto points = pointsOf(history, metric);
    if (const auto& sample = latest.get(metric)) {
        const Timestamp at = sample->observedAt;
        const bool known =
            std::ranges::any_of(points, [&](const MetricPoint& p) { return p.at == at; });
        if (!known) {
            points.push_back({at, metric, sample->value});
            std::ranges::stable_sort(points, {}, &MetricPoint::at);
        }
    }
    return points;
}

Evidence evidenceOf(MetricId metric, double value, Comparison comparison, double threshold) {
    Evidence e;
    e.subject = metric;
    e.value = value;
    e.comparison = comparison;
    e.threshold = threshold;
    return e;
}

std::optional<PolicyTriggerFinding> cpuSustained(const PolicyTriggerSettings& s,
                                                 const std::optional<SustainedRun>& run) {
    if (!run || run->until - run->since < s.cpuSustainedFor) {
        return std::nullopt;
    }
    PolicyTriggerFinding f;
    f.kind = PolicyTriggerKind::CpuSustained;
    f.run = run;
    f.evidence.push_back(
        evidenceOf(MetricId::CpuUtilization, run->minimum, Comparison::Above, s.cpuSustainedAbove));
    return f;
}

std::optional<PolicyTriggerFinding> dbConnections(const PolicyTriggerSettings& s,
                                                  const Snapshot& latest) {
    const auto used = latest.value(MetricId::DbConnections);
    const auto max = latest.value(MetricId::DbConnectionsMax);
    if (!used || !max || *max <= 0.0) {
        return std::nullopt;
    }
    const double threshold = s.dbConnectionsAbove * *max;
    if (!(*used > threshold)) {
        return std::nullopt;
    }
    PolicyTriggerFinding f;
    f.kind = PolicyTriggerKind::DbConnections;
    f.evidence.push_back(evidenceOf(MetricId::DbConnections, *used, Comparison::Above, threshold));
    return f;
}

std::optional<PolicyTriggerFinding> responseTime(const PolicyTriggerSettings& s,
                                                 const Snapshot& latest) {
    PolicyTriggerFinding f;
    f.kind = PolicyTriggerKind::ResponseTime;
    if (auto p95 = latest.value(MetricId::ResponseTimeP95Ms); p95 && *p95 > s.p95AboveMs) {
        f.evidence.push_back(
            evidenceOf(MetricId::ResponseTimeP95Ms, *p95, Comparison::Above, s.p95AboveMs));
    }
    if (auto p99 = latest.value(MetricId::ResponseTimeP99Ms); p99 && *p99 > s.p99AboveMs) {
        f.evidence.push_back(
            evidenceOf(MetricId::ResponseTimeP99Ms, *p99, Comparison::Above, s.p99AboveMs));
    }
    if (f.evidence.empty()) {
        return std::nullopt;
    }
    return f;
}

std::optional<PolicyTriggerFinding>
underUtilised(const PolicyTriggerSettings& s,
              const std::function<WindowPercentile(MetricId)>& windowOf) {
    PolicyTriggerFinding f;
    f.kind = PolicyTriggerKind::UnderUtilised;
    double highestFraction = 0.0;
    int fewestSamples = 0;
    for (auto metric : s.underUtilisationMetrics) {
        const WindowPercentile window = windowOf(metric);
        // (An empty window has no percentile; validation keeps minLookbackSamples >= 1.)
        if (window.samples < s.minLookbackSamples || window.samples == 0) {
            continue; // too little data to suggest a smaller size
        }
        const int count = window.samples;
        const double p = window.percentile;
        if (!(p < s.underUtilisedBelow)) {
            // One resource in use is enough to keep the size: right-sizing needs all of them low.
            return std::nullopt;
        }
        f.evidence.push_back(evidenceOf(metric, p, Comparison::Below, s.underUtilisedBelow));
        highestFraction = std::max(highestFraction, p / s.rightSizeTargetUtilisation);
        fewestSamples = fewestSamples == 0 ? count : std::min(fewestSamples, count);
    }
    if (f.evidence.empty()) {
        return std::nullopt;
    }
    f.rightSizeFraction = highestFraction;
    f.samples = fewestSamples;
    return f;
}

} // namespace

std::optional<SustainedRun> runAbove(std::span<const MetricPoint> points, MetricId metric,
                                     double threshold, std::chrono::seconds maxGap, Timestamp now) {
    const auto series = pointsOf(points, metric);
    if (series.empty()) {
        return std::nullopt;
    }
    const auto& last = series.back();
    if (!(last.value > threshold) || now - last.at > maxGap) {
        return std::nullopt;
    }
    SustainedRun run{last.at, last.at, last.value, 1};
    for (std::size_t i = series.size() - 1; i-- > 0;) {
        const auto& p = series[i];
        if (!(p.value > threshold) || run.since - p.at > maxGap) {
            break;
        }
        run.since = p.at;
        run.minimum = std::min(run.minimum, p.value);
        ++run.samples;
    }
    return run;
}

std::vector<PolicyTriggerFinding>
assemblePolicyTriggerFindings(const PolicyTriggerSettings& settings, const Snapshot& latest,
                              const std::optional<SustainedRun>& cpuRun,
                              const std::function<WindowPercentile(MetricId)>& windowOf) {
    std::vector<PolicyTriggerFinding> out;
    if (auto f = cpuSustained(settings, cpuRun)) {
        out.push_back(std::move(*f));
    }
    if (auto f = dbConnections(settings, latest)) {
        out.push_back(std::move(*f));
    }
    if (auto f = responseTime(settings, latest)) {
        out.push_back(std::move(*f));
    }
    if (auto f = underUtilised(settings, windowOf)) {
        out.push_back(std::move(*f));
    }
    return out;
}

std::vector<PolicyTriggerFinding> evaluatePolicyTriggers(const PolicyTriggerSettings& settings,
                                                         const Snapshot& latest,
                                                         std::span<const MetricPoint> history,
                                                         Timestamp now) {
    const auto cpuPoints = withLatest(history, latest, MetricId::CpuUtilization);
    const auto run = runAbove(cpuPoints, MetricId::CpuUtilization, settings.cpuSustainedAbove,
                              settings.maxSampleGap, now);
    const Timestamp from = now - settings.lookback;
    return assemblePolicyTriggerFindings(settings, latest, run, [&](MetricId metric) {
        std::vector<double> values;
        for (const auto& p : withLatest(history, latest, metric)) {
            if (p.at >= from && p.at <= now) {
                values.push_back(p.value);
            }
        }
        WindowPercentile window{int(values.size()), 0.0};
        if (window.samples >= settings.minLookbackSamples && !values.empty()) {
            window.percentile = *percentileOf(values, settings.rightSizePercentile);
        }
        return window;
    });
}

} // namespace headroom
