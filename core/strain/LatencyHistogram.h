#pragma once
// LatencyHistogram: the strain tests' latency record (issue 8). A high-dynamic-range histogram in
// HdrHistogram's log-linear layout: microsecond to hour with a fixed number of significant digits,
// O(1) recording without allocation, and percentiles whose error is bounded.
//
// Layout. With d significant digits the sub-bucket count is the power of two 2^k >= 2 * 10^d
// (2048 for d = 3). Bucket 0 covers [0, 2^k) in steps of one unit (unit = the highest power of two
// <= lowestDiscernibleUs); bucket b >= 1 covers [2^(k-1+b), 2^(k+b)) units in 2^(k-1) steps of
// 2^b units. A value's bucket comes from its highest set bit, its sub-bucket from a shift: no
// loops, no branches beyond the clamps. Every equivalence range [lowest, highest] therefore has a
// width of at most max(unit, lowest * 2^-(k-1)) and 2^-(k-1) <= 10^-d.
//
// Error bound. valueAtPercentile(p) reports the highest equivalent value of the range that holds
// the exact percentile v (the smallest recorded value with at least p% of values <= it), capped
// at max(). So v <= reported <= v + max(unit - 1, v * 10^-d): never low, and high by less than one
// part in 10^d (1 in 1000 for the default three digits) or one unit. min(), max() and count() are
// exact; mean() and stddev() use each range's midpoint, so they are within half that bound.
//
// Invariants. count() is the sum of the bucket counts; min() <= max(); every recorded value was
// clamped into [0, highestTrackableUs] before it was counted (negative values become 0, larger
// ones become highestTrackableUs and are also counted in saturated()). Not thread-safe: give each
// thread its own histogram and merge() them.

#include "model/Error.h"

#include <algorithm>
#include <bit>
#include <chrono>
#include <cstdint>
#include <limits>
#include <vector>

namespace headroom {

struct LatencyHistogramOptions {
    std::int64_t lowestDiscernibleUs = 1;              // >= 1; values below share the first unit
    std::int64_t highestTrackableUs = 3'600'000'000LL; // >= 2 * lowest; larger values saturate
    int significantDigits = 3;                         // 0..5
};

// The usual report: p50, p90, p95, p99, p99.9 as valueAtPercentile() gives them, and the exact max.
struct LatencyPercentiles {
    std::int64_t p50Us = 0;
    std::int64_t p90Us = 0;
    std::int64_t p95Us = 0;
    std::int64_t p99Us = 0;
    std::int64_t p999Us = 0;
    std::int64_t maxUs = 0;
    friend bool operator==(const LatencyPercentiles&, const LatencyPercentiles&) = default;
};

// One non-empty equivalence range, for storage and plots: every value in [lowestUs, highestUs]
// was counted here.
struct LatencyBucket {
    std::int64_t lowestUs = 0;
    std::int64_t highestUs = 0;
    std::int64_t count = 0;
    friend bool operator==(const LatencyBucket&, const LatencyBucket&) = default;
};

class LatencyHistogram {
public:
    // The default layout: 1 us .. 1 h, three significant digits (23 552 counters, 184 KiB).
    LatencyHistogram();
    // Refuses lowest < 1, highest < 2 * lowest and digits outside 0..5 (InvalidArgument).
    static Result<LatencyHistogram> create(const LatencyHistogramOptions& options);

    const LatencyHistogramOptions& options() const { return m_options; }

    // Records one value (or `count` of the same value; count <= 0 records nothing). O(1).
    void record(std::int64_t valueUs) noexcept { record(valueUs, 1); }
    void record(std::int64_t valueUs, std::int64_t count) noexcept;
    void record(std::chrono::microseconds latency) noexcept { record(latency.count(), 1); }

    // Coordinated-omission correction as HdrHistogram's recordValueWithExpectedInterval: records
    // the value and, when it exceeds the expected interval between requests, the latencies the
    // requests that could not be sent during the stall would have seen: value - interval,
    // value - 2 * interval, ... down to the last one >= interval. Costs O(min(missing samples,
    // ranges spanned)), so a one-hour stall at a 1 us interval is still cheap. No correction when
    // expectedIntervalUs <= 0.
    void recordCorrected(std::int64_t valueUs, std::int64_t expectedIntervalUs) noexcept;
    void recordCorrected(std::chrono::microseconds latency,
                         std::chrono::microseconds expectedInterval) noexcept {
        recordCorrected(latency.count(), expectedInterval.count());
    }

    // Adds another histogram's counts (per-thread histograms into one). Refuses a different
    // layout (lowest, highest, digits) with InvalidArgument and leaves this one unchanged.
    Result<void> merge(const LatencyHistogram& other);
    bool sameLayout(const LatencyHistogram& other) const;

    // Forgets every value and keeps the layout (no allocation).
    void reset() noexcept;

    // All of these are 0 for an empty histogram.
    std::int64_t count() const { return m_total; }
    std::int64_t min() const { return m_total > 0 ? m_min : 0; } // exact (after clamping)
    std::int64_t max() const { return m_total > 0 ? m_max : 0; } // exact (after clamping)
    std::int64_t saturated() const { return m_saturated; }       // values above the highest
    double mean() const;
    double stddev() const; // population standard deviation

    // p in percent (0..100, clamped; NaN counts as 0). p <= 0 gives min(), p = 100 max(); see the
    // error bound above.
    std::int64_t valueAtPercentile(double percent) const;
    LatencyPercentiles percentiles() const; // one pass over the counters

    // The equivalence range of a value (clamped into the trackable range as record() does).
    std::int64_t lowestEquivalentValue(std::int64_t valueUs) const;
    std::int64_t highestEquivalentValue(std::int64_t valueUs) const;
    std::size_t counterCount() const { return m_counts.size(); }

    std::vector<LatencyBucket> nonEmptyBuckets() const;
    // Calls visit(LatencyBucket) for each non-empty range in increasing order; no allocation.
    template <class Visit>
    void forEachNonEmptyBucket(Visit&& visit) const;

private:
    explicit LatencyHistogram(const LatencyHistogramOptions& options);

    std::size_t indexOf(std::int64_t clampedUs) const noexcept {
        const int bucket =
            m_leadingZeroCountBase - std::countl_zero(std::uint64_t(clampedUs | m_subBucketMask));
        const std::int64_t subBucket = clampedUs >> (bucket + m_unitMagnitude);
        return std::size_t((std::int64_t(bucket + 1) << m_subBucketHalfCountMagnitude) +
                           (subBucket - m_subBucketHalfCount));
    }
    LatencyBucket rangeAt(std::size_t index) const;
    std::int64_t clamp(std::int64_t valueUs) const {
        return std::clamp(valueUs, std::int64_t{0}, m_options.highestTrackableUs);
    }
    // Values first, first - step, ..., first - (n - 1) * step, all >= 0.
    void recordRun(std::int64_t firstUs, std::int64_t stepUs, std::int64_t n) noexcept;

    LatencyHistogramOptions m_options;
    int m_unitMagnitude = 0;
    int m_subBucketHalfCountMagnitude = 0;
    std::int64_t m_subBucketHalfCount = 0;
    std::int64_t m_subBucketMask = 0;
    int m_leadingZeroCountBase = 0;

    std::vector<std::int64_t> m_counts;
    std::int64_t m_total = 0;
    std::int64_t m_saturated = 0;
    std::int64_t m_min = std::numeric_limits<std::int64_t>::max();
    std::int64_t m_max = 0;
};

inline void LatencyHistogram::record(std::int64_t valueUs, std::int64_t count) noexcept {
    if (count <= 0) {
        return;
    }
    const std::int64_t clamped = clamp(valueUs);
    m_saturated += valueUs > m_options.highestTrackableUs ? count : 0;
    m_counts[indexOf(clamped)] += count;
    m_total += count;
    m_min = std::min(m_min, clamped);
    m_max = std::max(m_max, clamped);
}

template <class Visit>
void LatencyHistogram::forEachNonEmptyBucket(Visit&& visit) const {
    for (std::size_t i = 0; i < m_counts.size(); ++i) {
        if (m_counts[i] != 0) {
            visit(rangeAt(i));
        }
    }
}

} // namespace headroom
