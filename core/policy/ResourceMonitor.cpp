#include "ResourceMonitor.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace headroom {

std::string_view keyOf(MonitorStatus status) {
    switch (status) {
    case MonitorStatus::Normal:
        return "normal";
    case MonitorStatus::Warning:
        return "warning";
    case MonitorStatus::Critical:
        return "critical";
    case MonitorStatus::NoData:
        return "no_data";
    }
    return "no_data";
}

std::string_view keyOf(TrendDirection direction) {
    switch (direction) {
    case TrendDirection::Rising:
        return "rising";
    case TrendDirection::Falling:
        return "falling";
    case TrendDirection::Flat:
        return "flat";
    case TrendDirection::Unknown:
        return "unknown";
    }
    return "unknown";
}

namespace {

double part(double value, double full) {
    return std::clamp(value / full, 0.0, 1.0);
}

int severity(MonitorStatus s) {
    switch (s) {
    case MonitorStatus::NoData:
        return 0;
    case MonitorStatus::Normal:
        return 1;
    case MonitorStatus::Warning:
        return 2;
    case MonitorStatus::Critical:
        return 3;
    }
    return 0;
}

constexpr MetricId kRiskInputs[] = {MetricId::VisualJobsPending, MetricId::VisualJobsFailedRecently,
                                    MetricId::VisualJobAvgProcessingS};

// The risk score at each time all three inputs were measured together.
std::vector<TimedValue> riskHistory(const std::map<MetricId, std::vector<TimedValue>>& history,
                                    const VisualJobRiskSettings& settings) {
    std::map<Timestamp, std::array<std::optional<double>, 3>> byTime;
    for (std::size_t i = 0; i < 3; ++i) {
        auto it = history.find(kRiskInputs[i]);
        if (it == history.end()) {
            return {};
        }
        for (const auto& p : it->second) {
            byTime[p.at][i] = p.value;
        }
    }
    std::vector<TimedValue> out;
    for (const auto& [at, values] : byTime) {
        if (auto r = visualJobRisk(values[0], values[1], values[2], settings)) {
            out.push_back({at, r->score});
        }
    }
    return out;
}

} // namespace

std::optional<VisualJobRiskScore> visualJobRisk(std::optional<double> pendingJobs,
                                                std::optional<double> failedRecently,
                                                std::optional<double> avgProcessingS,
                                                const VisualJobRiskSettings& s) {
    if (!pendingJobs || !failedRecently || !avgProcessingS) {
        return std::nullopt;
    }
    VisualJobRiskScore r;
    r.queuePart = part(*pendingJobs, s.queueFull);
    r.failurePart = part(*failedRecently, s.failuresFull);
    r.processingPart = part(*avgProcessingS, s.processingFullS);
    r.score = s.queueWeight * r.queuePart + s.failureWeight * r.failurePart +
              s.processingWeight * r.processingPart;
    return r;
}

std::optional<VisualJobRiskScore> visualJobRisk(const Snapshot& snapshot,
                                                const VisualJobRiskSettings& settings) {
    return visualJobRisk(snapshot.value(MetricId::VisualJobsPending),
                         snapshot.value(MetricId::VisualJobsFailedRecently),
                         snapshot.value(MetricId::VisualJobAvgProcessingS), settings);
}

MonitorStatus monitorStatus(std::optional<double> value, double warning, double critical) {
    if (!value) {
        return MonitorStatus::NoData;
    }
    if (*value >= critical) {
        return MonitorStatus::Critical;
    }
    if (*value >= warning) {
        return MonitorStatus::Warning;
    }
    return MonitorStatus::Normal;
}

TrendDirection trendDirection(std::span<const TimedValue> points, Timestamp now,
                              const TrendSettings& settings) {
    const Day today = dayOf(now);
    const Day first = today - std::chrono::days{settings.days - 1};
    std::map<Day, std::pair<double, std::size_t>> days;
    for (const auto& p : points) {
        const Day d = dayOf(p.at);
        if (d < first || d > today) {
            continue;
        }
        auto& [sum, count] = days[d];
        sum += p.value;
        ++count;
    }
    if (days.size() < static_cast<std::size_t>(std::max(settings.minDays, 2))) {
        return TrendDirection::Unknown;
    }
    // Least squares of the daily mean on the day number (days without data are left out).
    double sx = 0.0;
    double sy = 0.0;
    double sxx = 0.0;
    double sxy = 0.0;
    const double n = static_cast<double>(days.size());
    for (const auto& [d, acc] : days) {
        const double x = static_cast<double>((d - first).count());
        const double y = acc.first / static_cast<double>(acc.second);
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    const double denominator = n * sxx - sx * sx;
    if (denominator <= 0.0) {
        return TrendDirection::Unknown;
    }
    const double slope = (n * sxy - sx * sy) / denominator;
    const double mean = sy / n;
    const double scale = std::abs(mean) > 0.0 ? std::abs(mean) : 1.0;
    const double relative = slope / scale;
    if (std::abs(relative) <= settings.deadBandPerDay) {
        return TrendDirection::Flat;
    }
    return relative > 0.0 ? TrendDirection::Rising : TrendDirection::Falling;
}

std::vector<MetricId> monitoredMetrics(const ResourceMonitorSettings& settings) {
    std::vector<MetricId> out;
    const auto add = [&](MetricId m) {
        if (std::ranges::find(out, m) == out.end()) {
            out.push_back(m);
        }
    };
    for (const auto& row : settings.metrics) {
        if (row.subject == MonitorSubject::Metric) {
            add(row.metric);
        } else {
            for (auto m : kRiskInputs) {
                add(m);
            }
        }
    }
    return out;
}

ResourceMonitorReport buildResourceMonitor(const ResourceMonitorInput& input,
                                           const ResourceMonitorSettings& settings) {
    ResourceMonitorReport report;
    if (input.latest) {
        report.visualJobRisk = visualJobRisk(*input.latest, settings.visualJobRisk);
    }
    for (const auto& definition : settings.metrics) {
        MonitorRow row;
        row.definition = definition;
        std::vector<TimedValue> trendPoints;
        if (definition.subject == MonitorSubject::VisualJobRisk) {
            if (report.visualJobRisk) {
                row.measured = report.visualJobRisk->score;
                row.value = row.measured;
            }
            trendPoints = riskHistory(input.history, settings.visualJobRisk);
        } else {
            if (input.latest) {
                row.measured = input.latest->value(definition.metric);
            }
            if (definition.scale == MonitorScale::ShareOfTierLimit) {
                if (input.tier != nullptr) {
                    row.tierLimit = input.tier->limitFor(definition.metric);
                }
                if (row.measured && row.tierLimit && *row.tierLimit > 0.0) {
                    row.value = *row.measured / *row.tierLimit;
                }
            } else {
                row.value = row.measured;
            }
            if (auto it = input.history.find(definition.metric); it != input.history.end()) {
                trendPoints = it->second;
            }
        }
        row.status = monitorStatus(row.value, definition.warning, definition.critical);
        // The direction of the raw values is the direction of their share of a fixed limit.
        row.trend = trendDirection(trendPoints, input.now, settings.trend);
        if (severity(row.status) > severity(report.overall)) {
            report.overall = row.status;
        }
        report.rows.push_back(std::move(row));
    }
    return report;
}

} // namespace headroom
