#include "Schedule.h"

#include "InfraCost.h" // kHoursPerBillingMonth
#include "model/Text.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace headroom {

namespace {

struct Hour {
    std::int64_t index = 0; // hours since the epoch
    double value = 0.0;
};

int periodHours(SchedulePeriod period) {
    return period == SchedulePeriod::Daily ? kHoursPerDay : kHoursPerWeek;
}

// The hour of the period; for the week, Monday 00:00 UTC is hour 0 (1970-01-01, hour 0 of the
// epoch, was a Thursday: three days after a Monday).
std::size_t bucketOf(std::int64_t hour, SchedulePeriod period) {
    const std::int64_t k = periodHours(period);
    const std::int64_t shifted =
        period == SchedulePeriod::Weekly ? hour + std::int64_t{3} * kHoursPerDay : hour;
    return std::size_t(((shifted % k) + k) % k);
}

// The hour means of a period and the adjusted share of variance they explain.
struct Fit {
    std::vector<double> means;
    std::optional<double> explained; // nullopt when the series does not vary
};

// nullopt when some hour of the period was seen fewer than twice.
std::optional<Fit> fit(std::span<const Hour> hours, SchedulePeriod period, double totalSquares) {
    const auto k = std::size_t(periodHours(period));
    std::vector<double> sums(k, 0.0);
    std::vector<int> counts(k, 0);
    for (const Hour& h : hours) {
        const std::size_t b = bucketOf(h.index, period);
        sums[b] += h.value;
        ++counts[b];
    }
    if (std::ranges::any_of(counts, [](int c) { return c < 2; })) {
        return std::nullopt;
    }
    Fit out;
    out.means.resize(k);
    for (std::size_t b = 0; b < k; ++b) {
        out.means[b] = sums[b] / counts[b];
    }
    if (totalSquares > 0.0) {
        double residual = 0.0;
        for (const Hour& h : hours) {
            const double d = h.value - out.means[bucketOf(h.index, period)];
            residual += d * d;
        }
        // Every hour seen twice: n >= 2k > k, so both denominators are positive.
        const double n = double(hours.size());
        out.explained = 1.0 - (residual / (n - double(k))) / (totalSquares / (n - 1.0));
    }
    return out;
}

// Maximal runs of off-peak hours, wrapping around the period, by start; adds their unrounded
// savings (micro-dollars) to totalMicro.
std::vector<OffPeakWindow> offPeakWindows(const std::vector<double>& means, double peak,
                                          const EfficiencySettings& settings, MicroUsd hourlyCost,
                                          double& totalMicro) {
    const std::size_t k = means.size();
    const double periodsPerMonth = double(kHoursPerBillingMonth) / double(k);
    const double limit = peak * settings.targetUtilisationLow / settings.targetUtilisationHigh;
    const auto isOffPeak = [&](std::size_t b) {
        return means[b] < limit;
    };
    // Start scanning just after the peak hour, which is never off-peak, so that no run is cut
    // in two by the end of the period.
    const auto peakHour = std::size_t(std::ranges::max_element(means) - means.begin());

    std::vector<OffPeakWindow> windows;
    std::optional<OffPeakWindow> open;
    double busiest = 0.0;
    const auto close = [&] {
        const double share = busiest / peak;
        const double saving =
            double(hourlyCost.value) * (1.0 - share) * double(open->hours) * periodsPerMonth;
        open->capacityShare = share;
        open->monthlySaving = MicroUsd{std::llround(saving)};
        totalMicro += saving;
        windows.push_back(*open);
        open.reset();
    };
    for (std::size_t j = 1; j <= k; ++j) {
        const std::size_t b = (peakHour + j) % k;
        if (!isOffPeak(b)) {
            if (open) {
                close();
            }
            continue;
        }
        if (!open) {
            open = OffPeakWindow{int(b), 0, 0.0, MicroUsd{}};
            busiest = 0.0;
        }
        ++open->hours;
        busiest = std::max(busiest, means[b]);
    }
    std::ranges::sort(windows, {}, &OffPeakWindow::startHour);
    return windows;
}

Result<std::vector<Hour>> readSeries(std::span<const HourlyPoint> series) {
    std::vector<Hour> hours;
    hours.reserve(series.size());
    std::optional<std::int64_t> previous;
    for (const HourlyPoint& p : series) {
        const std::int64_t index =
            std::chrono::floor<std::chrono::hours>(p.at).time_since_epoch().count();
        if (previous && index <= *previous) {
            return fail(ErrorCode::ValidationError,
                        cat("schedule: hour ", formatIso(p.at),
                            index == *previous ? " is repeated" : " is out of order",
                            " (hours must be strictly ascending)"));
        }
        previous = index;
        if (!p.value) {
            continue;
        }
        if (!std::isfinite(*p.value) || *p.value < 0.0) {
            return fail(ErrorCode::ValidationError, cat("schedule: value at ", formatIso(p.at),
                                                        " is ", *p.value, " (must be >= 0)"));
        }
        hours.push_back({index, *p.value});
    }
    return hours;
}

} // namespace

Result<ScheduleAnalysis> analyseSchedule(std::span<const HourlyPoint> series, MicroUsd hourlyCost,
                                         const EfficiencySettings& settings) {
    const double low = settings.targetUtilisationLow;
    const double high = settings.targetUtilisationHigh;
    const double minExplained = settings.scheduleMinExplainedVariance;
    if (!(low > 0.0 && low <= high) || !(minExplained > 0.0 && minExplained <= 1.0)) {
        return fail(ErrorCode::InvalidArgument,
                    cat("schedule: target band ", low, "..", high,
                        " must satisfy 0 < low <= high, and scheduleMinExplainedVariance (",
                        minExplained, ") must be in (0, 1]"));
    }
    auto hours = readSeries(series);
    if (!hours) {
        return std::unexpected(hours.error());
    }

    ScheduleAnalysis out;
    out.samples = int(hours->size());
    double sum = 0.0;
    for (const Hour& h : *hours) {
        sum += h.value;
    }
    const double grandMean = hours->empty() ? 0.0 : sum / double(hours->size());
    double totalSquares = 0.0;
    for (const Hour& h : *hours) {
        totalSquares += (h.value - grandMean) * (h.value - grandMean);
    }

    const std::optional<Fit> daily = fit(*hours, SchedulePeriod::Daily, totalSquares);
    const std::optional<Fit> weekly = fit(*hours, SchedulePeriod::Weekly, totalSquares);
    if (!daily && !weekly) {
        out.outcome = ScheduleOutcome::NotEnoughData;
        return out;
    }
    if (!(totalSquares > 0.0)) {
        out.outcome = ScheduleOutcome::NoVariation;
        return out;
    }
    if (daily) {
        out.dailyExplained = daily->explained;
    }
    if (weekly) {
        out.weeklyExplained = weekly->explained;
    }
    const bool dailyPasses = daily && *daily->explained >= minExplained;
    const bool weeklyPasses = weekly && *weekly->explained >= minExplained;
    if (!dailyPasses && !weeklyPasses) {
        out.outcome = ScheduleOutcome::NoPattern;
        return out;
    }
    const bool useWeekly = weeklyPasses && (!dailyPasses || *weekly->explained > *daily->explained);
    const Fit& chosen = useWeekly ? *weekly : *daily;

    out.outcome = ScheduleOutcome::Pattern;
    out.period = useWeekly ? SchedulePeriod::Weekly : SchedulePeriod::Daily;
    out.profile = chosen.means;
    out.peak = *std::ranges::max_element(out.profile);
    double totalMicro = 0.0;
    // A varying series of values >= 0 has a positive peak mean.
    out.windows = offPeakWindows(out.profile, out.peak, settings, hourlyCost, totalMicro);
    out.monthlySaving = MicroUsd{std::llround(totalMicro)};
    return out;
}

std::string_view keyOf(ScheduleOutcome outcome) {
    switch (outcome) {
    case ScheduleOutcome::Pattern:
        return "pattern";
    case ScheduleOutcome::NotEnoughData:
        return "not_enough_data";
    case ScheduleOutcome::NoPattern:
        return "no_pattern";
    case ScheduleOutcome::NoVariation:
        return "no_variation";
    }
    return "unknown";
}

std::string_view keyOf(SchedulePeriod period) {
    return period == SchedulePeriod::Daily ? "daily" : "weekly";
}

} // namespace headroom
