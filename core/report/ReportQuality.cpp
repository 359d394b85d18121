// The data-quality section: where the period has no stored data (gaps between stored instants
// longer than three times the resolution of the stretch they lie in), where the truth layer
// flagged metrics as stale or missing, how confident the evaluations were, at which resolution
// each stretch is kept, and which ledger days have no rows. It states what is missing; it never
// fills anything in.

#include "report/ReportParts.h"

#include <algorithm>

namespace headroom::report {

namespace {

// A gap is an interval longer than this many times the expected one.
constexpr int kGapFactor = 3;
// The expected interval when the stored data gives none (a single snapshot): the demo's and the
// default poller's order of magnitude.
constexpr std::chrono::seconds kFallbackInterval{3600};
constexpr std::chrono::seconds kMinimumGap{60};

std::string_view keyOf(StretchKind kind) {
    switch (kind) {
    case StretchKind::Raw:
        return "raw";
    case StretchKind::FiveMinute:
        return "five_minute";
    case StretchKind::Hourly:
        return "hourly";
    }
    return "raw";
}

std::chrono::seconds medianInterval(std::span<const Timestamp> instants) {
    std::vector<std::chrono::seconds> intervals;
    for (std::size_t i = 1; i < instants.size(); ++i) {
        intervals.push_back(instants[i] - instants[i - 1]);
    }
    if (intervals.empty()) {
        return kFallbackInterval;
    }
    auto mid = intervals.begin() + static_cast<std::ptrdiff_t>(intervals.size() / 2);
    std::ranges::nth_element(intervals, mid);
    return std::max(*mid, std::chrono::seconds{1});
}

// The resolution of the stretch holding `at` (stretches are sorted; 0 when none holds it or a
// raw stretch has a single point).
std::chrono::seconds resolutionAt(std::span<const Stretch> stretches, Timestamp at) {
    for (const Stretch& s : stretches) {
        if (at >= s.from && at <= s.to) {
            return s.resolution;
        }
    }
    return std::chrono::seconds{0};
}

std::vector<DataGap> findGaps(std::span<const Timestamp> instants,
                              std::span<const Stretch> stretches, Timestamp from, Timestamp end) {
    std::vector<DataGap> gaps;
    if (end <= from) {
        return gaps;
    }
    if (instants.empty()) {
        gaps.push_back({from, end, end - from});
        return gaps;
    }
    const auto fallback = medianInterval(instants);
    auto limitFor = [&](std::chrono::seconds a, std::chrono::seconds b) {
        auto expected = std::max(a, b);
        if (expected.count() == 0) {
            expected = fallback;
        }
        return std::max(kGapFactor * expected, kMinimumGap);
    };
    auto add = [&gaps](Timestamp a, Timestamp b) {
        gaps.push_back({a, b, b - a});
    };
    auto previousResolution = resolutionAt(stretches, instants.front());
    if (instants.front() - from > limitFor(previousResolution, {})) {
        add(from, instants.front());
    }
    for (std::size_t i = 1; i < instants.size(); ++i) {
        const auto resolution = resolutionAt(stretches, instants[i]);
        if (instants[i] - instants[i - 1] > limitFor(previousResolution, resolution)) {
            add(instants[i - 1], instants[i]);
        }
        previousResolution = resolution;
    }
    if (end > instants.back() && end - instants.back() > limitFor(previousResolution, {})) {
        add(instants.back(), end);
    }
    return gaps;
}

std::vector<std::string> keysOf(const std::vector<MetricId>& metrics) {
    std::vector<std::string> keys;
    keys.reserve(metrics.size());
    for (MetricId m : metrics) {
        keys.emplace_back(metricKey(m));
    }
    std::ranges::sort(keys);
    return keys;
}

// Consecutive samples flagging the same metrics form one stretch.
void addFlagged(std::span<const SampledSnapshot> samples, std::string_view kind,
                std::vector<MetricId> DataQuality::*field, std::vector<FlaggedStretch>& out) {
    std::optional<FlaggedStretch> open;
    for (const auto& s : samples) {
        auto keys = keysOf(s.evaluation.quality.*field);
        const Timestamp at = s.snapshot.takenAt();
        if (open && open->metrics == keys) {
            open->to = at;
            continue;
        }
        if (open) {
            out.push_back(std::move(*open));
            open.reset();
        }
        if (!keys.empty()) {
            open = FlaggedStretch{at, at, std::string(kind), std::move(keys)};
        }
    }
    if (open) {
        out.push_back(std::move(*open));
    }
}

} // namespace

Result<ReportDataQuality> dataQuality(Store& store, RowId workspaceId, const PeriodReadings& period,
                                      const LedgerIndex& ledger, Timestamp now) {
    ReportDataQuality q;
    auto stretches = store.resolutionStretches(workspaceId, storeRange(period.from, period.to));
    if (!stretches) {
        return std::unexpected(stretches.error());
    }
    q.storedInstants = period.instants.size();
    q.samplesJudged = period.samples.size();
    const Timestamp end = std::min(period.to, std::max(now, period.from));
    q.gaps = findGaps(period.instants, *stretches, period.from, end);
    for (const Stretch& s : *stretches) {
        q.resolution.push_back({s.from, s.to, std::string(keyOf(s.kind)), s.resolution});
    }

    addFlagged(period.samples, "stale", &DataQuality::stale, q.flagged);
    addFlagged(period.samples, "missing", &DataQuality::missing, q.flagged);
    std::ranges::stable_sort(q.flagged, {}, &FlaggedStretch::from);

    double sum = 0.0;
    for (const auto& s : period.samples) {
        const double c = s.evaluation.quality.confidence;
        sum += c;
        q.minConfidence = q.minConfidence ? std::min(*q.minConfidence, c) : c;
    }
    if (!period.samples.empty()) {
        q.meanConfidence = sum / static_cast<double>(period.samples.size());
    }

    const DailyCosts daily = ledger.daily(period.days);
    q.ledgerDays = daily.values.size();
    q.ledgerDaysMissing =
        static_cast<std::size_t>(std::ranges::count(daily.values, std::optional<MicroUsd>{}));

    auto note = [&q](std::string_view code, double count) {
        if (count > 0) {
            q.notes.push_back({std::string(code), count});
        }
    };
    note("no_stored_data", period.instants.empty() ? 1 : 0);
    note("data_gaps", static_cast<double>(q.gaps.size()));
    note("stale_or_missing_metrics", static_cast<double>(q.flagged.size()));
    note("rolled_up_stretches",
         static_cast<double>(std::ranges::count_if(
             *stretches, [](const Stretch& s) { return s.kind != StretchKind::Raw; })));
    note("ledger_days_missing", static_cast<double>(q.ledgerDaysMissing));
    note("unpriced_usage_rows", static_cast<double>(period.cost.unpricedRows));
    note("period_after_generation",
         period.to > now ? (period.to - std::max(now, period.from)).count() : 0);
    return q;
}

} // namespace headroom::report
