#include "strain/LatencyHistogram.h"

#include <array>
#include <cmath>
#include <string>

namespace headroom {

namespace {

// The recorded-value rank (1-based) of the p-th percentile: the smallest rank r with
// r >= p / 100 * total. The tolerance keeps 99.9 / 100 * 100000 = 99900.00000000001 at 99900.
std::int64_t rankOf(double percent, std::int64_t total) {
    const double exact = std::min(percent, 100.0) / 100.0 * double(total);
    const auto rank = std::int64_t(std::ceil(exact - exact * 1e-12));
    return std::clamp(rank, std::int64_t{1}, total);
}

} // namespace

LatencyHistogram::LatencyHistogram()
    : LatencyHistogram(LatencyHistogramOptions{}) {}

LatencyHistogram::LatencyHistogram(const LatencyHistogramOptions& options)
    : m_options(options) {
    std::int64_t largestSingleUnit = 2;
    for (int i = 0; i < options.significantDigits; ++i) {
        largestSingleUnit *= 10;
    }
    const int subBucketCountMagnitude = int(std::bit_width(std::uint64_t(largestSingleUnit - 1)));
    m_subBucketHalfCountMagnitude = std::max(subBucketCountMagnitude, 1) - 1;
    const std::int64_t subBucketCount = std::int64_t{1} << (m_subBucketHalfCountMagnitude + 1);
    m_subBucketHalfCount = subBucketCount / 2;
    m_unitMagnitude = int(std::bit_width(std::uint64_t(options.lowestDiscernibleUs))) - 1;
    m_subBucketMask = (subBucketCount - 1) << m_unitMagnitude;
    m_leadingZeroCountBase = 64 - m_unitMagnitude - m_subBucketHalfCountMagnitude - 1;

    // Buckets until the first value the layout cannot hold exceeds the highest trackable value.
    std::int64_t smallestUntrackable = subBucketCount << m_unitMagnitude;
    std::int64_t bucketCount = 1;
    while (smallestUntrackable <= options.highestTrackableUs) {
        if (smallestUntrackable > std::numeric_limits<std::int64_t>::max() / 2) {
            ++bucketCount;
            break;
        }
        smallestUntrackable <<= 1;
        ++bucketCount;
    }
    m_counts.assign(std::size_t((bucketCount + 1) * m_subBucketHalfCount), 0);
}

Result<LatencyHistogram> LatencyHistogram::create(const LatencyHistogramOptions& options) {
    if (options.lowestDiscernibleUs < 1) {
        return fail(ErrorCode::InvalidArgument,
                    "latency histogram: lowestDiscernibleUs must be >= 1, not " +
                        std::to_string(options.lowestDiscernibleUs));
    }
    if (options.highestTrackableUs / 2 < options.lowestDiscernibleUs) {
        return fail(ErrorCode::InvalidArgument, "latency histogram: highestTrackableUs " +
                                                    std::to_string(options.highestTrackableUs) +
                                                    " must be at least twice lowestDiscernibleUs " +
                                                    std::to_string(options.lowestDiscernibleUs));
    }
    if (options.significantDigits < 0 || options.significantDigits > 5) {
        return fail(ErrorCode::InvalidArgument,
                    "latency histogram: significantDigits must be 0..5, not " +
                        std::to_string(options.significantDigits));
    }
    return LatencyHistogram(options);
}

LatencyBucket LatencyHistogram::rangeAt(std::size_t index) const {
    int bucket = int(std::int64_t(index) >> m_subBucketHalfCountMagnitude) - 1;
    std::int64_t subBucket =
        (std::int64_t(index) & (m_subBucketHalfCount - 1)) + m_subBucketHalfCount;
    if (bucket < 0) {
        subBucket -= m_subBucketHalfCount;
        bucket = 0;
    }
    const int shift = bucket + m_unitMagnitude;
    const std::int64_t lowest = subBucket << shift;
    // The width less one first: the top bucket of a full int64 range ends exactly at INT64_MAX.
    return {lowest, lowest + ((std::int64_t{1} << shift) - 1), m_counts[index]};
}

std::int64_t LatencyHistogram::lowestEquivalentValue(std::int64_t valueUs) const {
    return rangeAt(indexOf(clamp(valueUs))).lowestUs;
}

std::int64_t LatencyHistogram::highestEquivalentValue(std::int64_t valueUs) const {
    return rangeAt(indexOf(clamp(valueUs))).highestUs;
}

void LatencyHistogram::recordCorrected(std::int64_t valueUs,
                                       std::int64_t expectedIntervalUs) noexcept {
    record(valueUs);
    if (expectedIntervalUs <= 0 || valueUs / expectedIntervalUs < 2) {
        return;
    }
    // value - k * interval for k = 1 .. missing, the last one >= interval.
    const std::int64_t missing = valueUs / expectedIntervalUs - 1;
    recordRun(valueUs - expectedIntervalUs, expectedIntervalUs, missing);
}

void LatencyHistogram::recordRun(std::int64_t firstUs, std::int64_t stepUs,
                                 std::int64_t n) noexcept {
    const std::int64_t highest = m_options.highestTrackableUs;
    if (firstUs > highest) {
        const std::int64_t above = std::min(n, (firstUs - highest - 1) / stepUs + 1);
        record(firstUs, above); // clamped and counted as saturated
        firstUs -= above * stepUs;
        n -= above;
    }
    if (n <= 0) {
        return;
    }
    const std::int64_t lastUs = firstUs - (n - 1) * stepUs;
    const std::size_t lowIndex = indexOf(lastUs);
    const std::size_t highIndex = indexOf(firstUs);
    // One record per value when that is cheaper than one visit per range spanned.
    if (std::uint64_t(n) <= 2 * (highIndex - lowIndex + 1)) {
        for (std::int64_t value = firstUs; value >= lastUs; value -= stepUs) {
            record(value);
        }
        return;
    }
    // Per range [lo, hi]: the j in [0, n) with lo <= first - j * step <= hi.
    for (std::size_t index = lowIndex; index <= highIndex; ++index) {
        const LatencyBucket range = rangeAt(index);
        const std::int64_t fromTop = firstUs - range.highestUs;
        const std::int64_t jFirst = fromTop <= 0 ? 0 : (fromTop + stepUs - 1) / stepUs;
        const std::int64_t jLast = std::min(n - 1, (firstUs - range.lowestUs) / stepUs);
        if (jLast >= jFirst) {
            m_counts[index] += jLast - jFirst + 1;
        }
    }
    m_total += n;
    m_min = std::min(m_min, lastUs);
    m_max = std::max(m_max, firstUs);
}

Result<void> LatencyHistogram::merge(const LatencyHistogram& other) {
    if (!sameLayout(other)) {
        return fail(ErrorCode::InvalidArgument,
                    "latency histogram: cannot merge a histogram of a different layout");
    }
    for (std::size_t i = 0; i < m_counts.size(); ++i) {
        m_counts[i] += other.m_counts[i];
    }
    m_total += other.m_total;
    m_saturated += other.m_saturated;
    m_min = std::min(m_min, other.m_min);
    m_max = std::max(m_max, other.m_max);
    return {};
}

bool LatencyHistogram::sameLayout(const LatencyHistogram& other) const {
    return m_options.lowestDiscernibleUs == other.m_options.lowestDiscernibleUs &&
           m_options.highestTrackableUs == other.m_options.highestTrackableUs &&
           m_options.significantDigits == other.m_options.significantDigits;
}

void LatencyHistogram::reset() noexcept {
    std::ranges::fill(m_counts, 0);
    m_total = 0;
    m_saturated = 0;
    m_min = std::numeric_limits<std::int64_t>::max();
    m_max = 0;
}

double LatencyHistogram::mean() const {
    if (m_total == 0) {
        return 0.0;
    }
    double sum = 0.0;
    forEachNonEmptyBucket([&](const LatencyBucket& range) {
        const double mid = double(range.lowestUs) + double(range.highestUs - range.lowestUs) / 2;
        sum += mid * double(range.count);
    });
    return sum / double(m_total);
}

double LatencyHistogram::stddev() const {
    if (m_total == 0) {
        return 0.0;
    }
    const double average = mean();
    double squares = 0.0;
    forEachNonEmptyBucket([&](const LatencyBucket& range) {
        const double mid = double(range.lowestUs) + double(range.highestUs - range.lowestUs) / 2;
        squares += (mid - average) * (mid - average) * double(range.count);
    });
    return std::sqrt(squares / double(m_total));
}

std::int64_t LatencyHistogram::valueAtPercentile(double percent) const {
    if (m_total == 0 || !(percent > 0.0)) {
        return min();
    }
    const std::int64_t rank = rankOf(percent, m_total);
    std::int64_t seen = 0;
    for (std::size_t i = 0; i < m_counts.size(); ++i) {
        seen += m_counts[i];
        if (seen >= rank) {
            return std::min(rangeAt(i).highestUs, m_max);
        }
    }
    return m_max; // unreachable while the invariant count() == sum of counters holds
}

LatencyPercentiles LatencyHistogram::percentiles() const {
    LatencyPercentiles result;
    if (m_total == 0) {
        return result;
    }
    const std::array<std::int64_t*, 5> outputs{&result.p50Us, &result.p90Us, &result.p95Us,
                                               &result.p99Us, &result.p999Us};
    const std::array<std::int64_t, 5> ranks{rankOf(50.0, m_total), rankOf(90.0, m_total),
                                            rankOf(95.0, m_total), rankOf(99.0, m_total),
                                            rankOf(99.9, m_total)};
    std::size_t next = 0;
    std::int64_t seen = 0;
    for (std::size_t i = 0; i < m_counts.size() && next < outputs.size(); ++i) {
        seen += m_counts[i];
        while (next < outputs.size() && seen >= ranks[next]) {
            *outputs[next++] = std::min(rangeAt(i).highestUs, m_max);
        }
    }
    result.maxUs = m_max;
    return result;
}

std::vector<LatencyBucket> LatencyHistogram::nonEmptyBuckets() const {
    std::vector<LatencyBucket> buckets;
    forEachNonEmptyBucket([&](const LatencyBucket& range) { buckets.push_back(range); });
    return buckets;
}

} // namespace headroom
