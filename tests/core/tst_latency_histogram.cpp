// LatencyHistogram (core/strain) against a sorted-sample reference: for uniform, long-tailed
// log-normal and bimodal "stall every 100th" samples at 1, 3 and 5 significant digits, every
// percentile is the exact sample percentile's range top (capped at max) and within the documented
// bound; min, max and count are exact. Also the layout's width bound over every range, merge of two
// halves, coordinated-omission correction against hand-computed and brute-force references,
// saturation, refused options and the empty histogram.

#include "strain/LatencyHistogram.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

#include <QTest>

using namespace headroom;

namespace {

enum class Distribution { Uniform, LogNormal, Stall };

constexpr std::size_t kSamples = 200'000;

std::vector<std::int64_t> samplesOf(Distribution distribution) {
    std::mt19937_64 random(20260401);
    std::vector<std::int64_t> samples(kSamples);
    switch (distribution) {
    case Distribution::Uniform: {
        std::uniform_int_distribution<std::int64_t> uniform(1, 10'000'000); // 1 us .. 10 s
        for (auto& sample : samples)
            sample = uniform(random);
        break;
    }
    case Distribution::LogNormal: {
        // Median 5 ms, sigma 1.5: p99.9 around half a minute.
        std::lognormal_distribution<double> logNormal(std::log(5000.0), 1.5);
        for (auto& sample : samples)
            sample = std::int64_t(logNormal(random));
        break;
    }
    case Distribution::Stall: {
        // 1 ms with jitter, every 100th request stalls for 2 s.
        std::normal_distribution<double> jitter(0.0, 50.0);
        for (std::size_t i = 0; i < samples.size(); ++i) {
            const double base = (i % 100 == 99) ? 2'000'000.0 : 1000.0;
            samples[i] = std::max<std::int64_t>(0, std::llround(base + jitter(random)));
        }
        break;
    }
    }
    return samples;
}

// The smallest sample with at least basisPoints / 100 % of the samples <= it, in integers.
std::int64_t referencePercentile(const std::vector<std::int64_t>& sorted,
                                 std::int64_t basisPoints) {
    const auto n = std::int64_t(sorted.size());
    const std::int64_t rank = std::max<std::int64_t>(1, (basisPoints * n + 9999) / 10'000);
    return sorted[std::size_t(rank - 1)];
}

LatencyHistogram histogramOf(int digits) {
    auto created = LatencyHistogram::create({1, 3'600'000'000LL, digits});
    if (!created) {
        qFatal("cannot create a histogram with %d digits", digits);
    }
    return std::move(*created);
}

double boundOf(int digits) {
    return std::pow(10.0, -digits);
}

} // namespace

class TestLatencyHistogram : public QObject {
    Q_OBJECT

private slots:
    void accuracy_data();
    void accuracy();
    void rangeWidthBound_data();
    void rangeWidthBound();
    void defaultLayout();
    void mergeOfHalvesEqualsAll();
    void mergeRefusesOtherLayout();
    void correctedStallByHand();
    void correctedStallMatchesBruteForce_data();
    void correctedStallMatchesBruteForce();
    void correctedSaturatesAndStaysCheap();
    void correctedWithoutInterval();
    void saturation();
    void negativeIsZero();
    void recordWithCount();
    void emptyHistogram();
    void singleValue();
    void refusedOptions();
    void resetKeepsLayout();
    void chronoOverloads();
};

void TestLatencyHistogram::accuracy_data() {
    QTest::addColumn<Distribution>("distribution");
    QTest::addColumn<int>("digits");
    for (int digits : {1, 3, 5}) {
        const QByteArray suffix = " " + QByteArray::number(digits) + " digits";
        QTest::newRow(("uniform" + suffix).constData()) << Distribution::Uniform << digits;
        QTest::newRow(("lognormal" + suffix).constData()) << Distribution::LogNormal << digits;
        QTest::newRow(("stall" + suffix).constData()) << Distribution::Stall << digits;
    }
}

void TestLatencyHistogram::accuracy() {
    QFETCH(Distribution, distribution);
    QFETCH(int, digits);
    const auto samples = samplesOf(distribution);
    auto histogram = histogramOf(digits);
    for (auto sample : samples)
        histogram.record(sample);
    auto sorted = samples;
    std::ranges::sort(sorted);

    QCOMPARE(histogram.count(), std::int64_t(samples.size()));
    QCOMPARE(histogram.min(), sorted.front());
    QCOMPARE(histogram.max(), sorted.back());
    QCOMPARE(histogram.saturated(), std::int64_t{0});

    const double bound = boundOf(digits);
    double worst = 0.0;
    for (std::int64_t bp :
         {0, 1, 100, 1000, 2500, 5000, 7500, 9000, 9500, 9900, 9990, 9999, 10'000}) {
        const std::int64_t exact = referencePercentile(sorted, bp);
        const std::int64_t reported = histogram.valueAtPercentile(double(bp) / 100.0);
        const QByteArray where = "p" + QByteArray::number(double(bp) / 100.0) + ": exact " +
                                 QByteArray::number(exact) + ", reported " +
                                 QByteArray::number(reported);
        QVERIFY2(reported >= exact, where.constData());
        QVERIFY2(double(reported - exact) <= double(exact) * bound + 1.0, where.constData());
        // The semantics exactly: the top of the exact value's range, capped at max; p0 is min.
        const std::int64_t expected =
            bp == 0 ? sorted.front()
                    : std::min(histogram.highestEquivalentValue(exact), sorted.back());
        QVERIFY2(reported == expected, where.constData());
        worst =
            std::max(worst, double(reported - exact) / double(std::max<std::int64_t>(exact, 1)));
    }
    qInfo("worst relative error %.3g (bound %.3g)", worst, bound);

    const LatencyPercentiles summary = histogram.percentiles();
    QCOMPARE(summary.p50Us, histogram.valueAtPercentile(50.0));
    QCOMPARE(summary.p90Us, histogram.valueAtPercentile(90.0));
    QCOMPARE(summary.p95Us, histogram.valueAtPercentile(95.0));
    QCOMPARE(summary.p99Us, histogram.valueAtPercentile(99.0));
    QCOMPARE(summary.p999Us, histogram.valueAtPercentile(99.9));
    QCOMPARE(summary.maxUs, sorted.back());

    // Mean and standard deviation from range midpoints: within half the bound of the exact ones
    // (plus half a unit for single-unit ranges).
    double sum = 0.0;
    for (auto sample : samples)
        sum += double(sample);
    const double mean = sum / double(samples.size());
    double squares = 0.0;
    for (auto sample : samples)
        squares += (double(sample) - mean) * (double(sample) - mean);
    const double stddev = std::sqrt(squares / double(samples.size()));
    QVERIFY2(std::fabs(histogram.mean() - mean) <= mean * bound / 2 + 0.5,
             QByteArray::number(histogram.mean() - mean).constData());
    QVERIFY2(std::fabs(histogram.stddev() - stddev) <= (mean + stddev) * bound + 0.5,
             QByteArray::number(histogram.stddev() - stddev).constData());

    std::int64_t bucketTotal = 0;
    std::int64_t previousHighest = -1;
    for (const auto& bucket : histogram.nonEmptyBuckets()) {
        QVERIFY(bucket.lowestUs > previousHighest);
        QVERIFY(bucket.highestUs >= bucket.lowestUs);
        QVERIFY(bucket.count > 0);
        previousHighest = bucket.highestUs;
        bucketTotal += bucket.count;
    }
    QCOMPARE(bucketTotal, histogram.count());
}

void TestLatencyHistogram::rangeWidthBound_data() {
    QTest::addColumn<std::int64_t>("lowest");
    QTest::addColumn<int>("digits");
    QTest::newRow("1 us, 1 digit") << std::int64_t{1} << 1;
    QTest::newRow("1 us, 3 digits") << std::int64_t{1} << 3;
    QTest::newRow("1 us, 5 digits") << std::int64_t{1} << 5;
    QTest::newRow("1 ms, 2 digits") << std::int64_t{1000} << 2;
}

// Every range of the layout, walked value by value from 0 to the highest trackable value: they
// tile the line without gaps and each is no wider than max(unit, lowest * 10^-digits).
void TestLatencyHistogram::rangeWidthBound() {
    QFETCH(std::int64_t, lowest);
    QFETCH(int, digits);
    auto created = LatencyHistogram::create({lowest, 3'600'000'000LL, digits});
    QVERIFY(created.has_value());
    const auto& histogram = *created;
    const std::int64_t unit = std::int64_t{1} << (std::bit_width(std::uint64_t(lowest)) - 1);
    std::int64_t value = 0;
    std::size_t ranges = 0;
    while (value <= 3'600'000'000LL) {
        QCOMPARE(histogram.lowestEquivalentValue(value), value);
        const std::int64_t top = histogram.highestEquivalentValue(value);
        const std::int64_t width = top - value + 1;
        QVERIFY2(width <= std::max(unit, std::int64_t(double(value) * boundOf(digits))),
                 QByteArray::number(value).constData());
        QCOMPARE(histogram.highestEquivalentValue(top), top);
        value = top + 1;
        ++ranges;
    }
    QVERIFY(ranges <= histogram.counterCount());
}

void TestLatencyHistogram::defaultLayout() {
    const LatencyHistogram histogram;
    QCOMPARE(histogram.options().lowestDiscernibleUs, std::int64_t{1});
    QCOMPARE(histogram.options().highestTrackableUs, std::int64_t{3'600'000'000LL});
    QCOMPARE(histogram.options().significantDigits, 3);
    // 2048 sub-buckets, 22 buckets: (22 + 1) * 1024 counters.
    QCOMPARE(histogram.counterCount(), std::size_t{23'552});
    QCOMPARE(histogram.highestEquivalentValue(2047), std::int64_t{2047});
    QCOMPARE(histogram.lowestEquivalentValue(2049), std::int64_t{2048});
    QCOMPARE(histogram.highestEquivalentValue(2048), std::int64_t{2049});
    QCOMPARE(histogram.lowestEquivalentValue(1'000'000), std::int64_t{999'936});
    QCOMPARE(histogram.highestEquivalentValue(1'000'000), std::int64_t{1'000'447});
}

void TestLatencyHistogram::mergeOfHalvesEqualsAll() {
    const auto samples = samplesOf(Distribution::LogNormal);
    LatencyHistogram all;
    LatencyHistogram first;
    LatencyHistogram second;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        all.record(samples[i]);
        (i < samples.size() / 2 ? first : second).record(samples[i]);
    }
    first.record(5'000'000'000LL); // one saturated value on each side of the comparison
    all.record(5'000'000'000LL);
    QVERIFY(first.merge(second).has_value());
    QCOMPARE(first.count(), all.count());
    QCOMPARE(first.min(), all.min());
    QCOMPARE(first.max(), all.max());
    QCOMPARE(first.saturated(), std::int64_t{1});
    QVERIFY(first.nonEmptyBuckets() == all.nonEmptyBuckets());
    QVERIFY(first.percentiles() == all.percentiles());
    QCOMPARE(first.mean(), all.mean());

    // Merging an empty histogram changes nothing, min included.
    LatencyHistogram empty;
    QVERIFY(first.merge(empty).has_value());
    QCOMPARE(first.min(), all.min());
    QVERIFY(empty.merge(all).has_value());
    QVERIFY(empty.nonEmptyBuckets() == all.nonEmptyBuckets());
    QCOMPARE(empty.min(), all.min());
}

void TestLatencyHistogram::mergeRefusesOtherLayout() {
    LatencyHistogram histogram;
    histogram.record(10);
    auto other = histogramOf(2);
    other.record(20);
    const auto merged = histogram.merge(other);
    QVERIFY(!merged.has_value());
    QCOMPARE(merged.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(histogram.count(), std::int64_t{1});
    QCOMPARE(histogram.max(), std::int64_t{10});
}

// A 10 ms response when requests were due every 1 ms: nine requests could not be sent during the
// stall and would have waited 9, 8, ... 1 ms.
void TestLatencyHistogram::correctedStallByHand() {
    LatencyHistogram histogram;
    for (int i = 0; i < 90; ++i)
        histogram.recordCorrected(500, 1000); // shorter than the interval: no correction
    histogram.recordCorrected(10'000, 1000);
    QCOMPARE(histogram.count(), std::int64_t{100});
    QCOMPARE(histogram.min(), std::int64_t{500});
    QCOMPARE(histogram.max(), std::int64_t{10'000});
    const std::vector<LatencyBucket> expected{{500, 500, 90},  {1000, 1000, 1},    {2000, 2000, 1},
                                              {3000, 3001, 1}, {4000, 4001, 1},    {5000, 5003, 1},
                                              {6000, 6003, 1}, {7000, 7003, 1},    {8000, 8003, 1},
                                              {9000, 9007, 1}, {10'000, 10'007, 1}};
    QVERIFY(histogram.nonEmptyBuckets() == expected);
    // Uncorrected, p95 would be 500; corrected, the 95th of 100 values is the 5 ms one.
    QCOMPARE(histogram.valueAtPercentile(95.0), std::int64_t{5003});
    QCOMPARE(histogram.valueAtPercentile(90.0), std::int64_t{500});
}

void TestLatencyHistogram::correctedStallMatchesBruteForce_data() {
    QTest::addColumn<std::int64_t>("intervalUs");
    // A 2 s stall fills 1999 values at 1 ms: fewer than twice the ~11 000 ranges between 1 ms
    // and 2 s, so they are recorded one by one. At 50 us (39 999 values) and 7 us (285 713
    // values, steps that straddle range edges) they are counted per range instead.
    QTest::newRow("1 ms, one by one") << std::int64_t{1000};
    QTest::newRow("50 us, per range") << std::int64_t{50};
    QTest::newRow("7 us, per range") << std::int64_t{7};
}

// The stall distribution corrected at an interval must equal recording every missing value.
void TestLatencyHistogram::correctedStallMatchesBruteForce() {
    QFETCH(std::int64_t, intervalUs);
    const auto samples = samplesOf(Distribution::Stall);
    LatencyHistogram corrected;
    LatencyHistogram byHand;
    std::int64_t expectedCount = 0;
    for (std::size_t i = 0; i < 5000; ++i) {
        corrected.recordCorrected(samples[i], intervalUs);
        byHand.record(samples[i]);
        ++expectedCount;
        for (std::int64_t missing = samples[i] - intervalUs; missing >= intervalUs;
             missing -= intervalUs) {
            byHand.record(missing);
            ++expectedCount;
        }
    }
    QCOMPARE(corrected.count(), expectedCount);
    // The 50 stalls really were corrected.
    QVERIFY(expectedCount > 5000 + 50 * (1'900'000 / intervalUs));
    QCOMPARE(corrected.min(), byHand.min());
    QCOMPARE(corrected.max(), byHand.max());
    QVERIFY(corrected.nonEmptyBuckets() == byHand.nonEmptyBuckets());
    QVERIFY(corrected.percentiles() == byHand.percentiles());
}

// A stall above the highest trackable value at a 1 us interval: 3.6 billion missing values, the
// top ones saturated, without 3.6 billion records.
void TestLatencyHistogram::correctedSaturatesAndStaysCheap() {
    LatencyHistogram histogram;
    const std::int64_t highest = histogram.options().highestTrackableUs;
    histogram.recordCorrected(highest + 1000, 1);
    QCOMPARE(histogram.count(), highest + 1000);
    QCOMPARE(histogram.saturated(), std::int64_t{1000});
    QCOMPARE(histogram.min(), std::int64_t{1});
    QCOMPARE(histogram.max(), highest);
    std::int64_t total = 0;
    histogram.forEachNonEmptyBucket([&](const LatencyBucket& bucket) {
        // Below the top, every range holds exactly one value per microsecond it spans.
        if (bucket.highestUs < highest)
            QCOMPARE(bucket.count, bucket.highestUs - bucket.lowestUs + 1);
        total += bucket.count;
    });
    QCOMPARE(total, histogram.count());
    const std::int64_t median = histogram.valueAtPercentile(50.0);
    const std::int64_t exactMedian = (highest + 1000) / 2;
    QVERIFY(median >= exactMedian);
    QVERIFY(double(median - exactMedian) <= double(exactMedian) * 1e-3);

    // Above the highest by whole intervals: 5 s at 1 s -> 5 s and 4 s saturate, 3, 2, 1 s not.
    LatencyHistogram coarse;
    coarse.recordCorrected(5'000'000'000LL, 1'000'000'000LL);
    QCOMPARE(coarse.count(), std::int64_t{5});
    QCOMPARE(coarse.saturated(), std::int64_t{2});
    QCOMPARE(coarse.min(), std::int64_t{1'000'000'000LL});
}

void TestLatencyHistogram::correctedWithoutInterval() {
    LatencyHistogram histogram;
    histogram.recordCorrected(5000, 0);
    histogram.recordCorrected(5000, -10);
    histogram.recordCorrected(1999, 1000); // less than two intervals: nothing was missed
    QCOMPARE(histogram.count(), std::int64_t{3});
    histogram.recordCorrected(2000, 1000);
    QCOMPARE(histogram.count(), std::int64_t{5});
    QCOMPARE(histogram.min(), std::int64_t{1000});
}

void TestLatencyHistogram::saturation() {
    LatencyHistogram histogram;
    histogram.record(100);
    histogram.record(3'600'000'000LL); // the highest itself is trackable
    QCOMPARE(histogram.saturated(), std::int64_t{0});
    histogram.record(3'600'000'001LL);
    histogram.record(std::numeric_limits<std::int64_t>::max());
    QCOMPARE(histogram.saturated(), std::int64_t{2});
    QCOMPARE(histogram.count(), std::int64_t{4});
    QCOMPARE(histogram.max(), std::int64_t{3'600'000'000LL});
    QCOMPARE(histogram.valueAtPercentile(100.0), std::int64_t{3'600'000'000LL});
    QCOMPARE(histogram.percentiles().maxUs, std::int64_t{3'600'000'000LL});
}

void TestLatencyHistogram::negativeIsZero() {
    LatencyHistogram histogram;
    histogram.record(-5);
    histogram.record(7);
    QCOMPARE(histogram.min(), std::int64_t{0});
    QCOMPARE(histogram.valueAtPercentile(50.0), std::int64_t{0});
    QCOMPARE(histogram.saturated(), std::int64_t{0});
}

void TestLatencyHistogram::recordWithCount() {
    LatencyHistogram histogram;
    histogram.record(100, 3);
    histogram.record(200, 0);
    histogram.record(300, -4);
    histogram.record(400, 1);
    QCOMPARE(histogram.count(), std::int64_t{4});
    QCOMPARE(histogram.max(), std::int64_t{400});
    QCOMPARE(histogram.valueAtPercentile(75.0), std::int64_t{100});
    QCOMPARE(histogram.valueAtPercentile(75.1), std::int64_t{400});
    QCOMPARE(histogram.mean(), 175.0);
}

void TestLatencyHistogram::emptyHistogram() {
    const LatencyHistogram histogram;
    QCOMPARE(histogram.count(), std::int64_t{0});
    QCOMPARE(histogram.min(), std::int64_t{0});
    QCOMPARE(histogram.max(), std::int64_t{0});
    QCOMPARE(histogram.mean(), 0.0);
    QCOMPARE(histogram.stddev(), 0.0);
    QCOMPARE(histogram.valueAtPercentile(0.0), std::int64_t{0});
    QCOMPARE(histogram.valueAtPercentile(50.0), std::int64_t{0});
    QCOMPARE(histogram.valueAtPercentile(100.0), std::int64_t{0});
    QVERIFY(histogram.percentiles() == LatencyPercentiles{});
    QVERIFY(histogram.nonEmptyBuckets().empty());
}

// One value in a wide range: every percentile is the value itself (capped at max), p0 too.
void TestLatencyHistogram::singleValue() {
    LatencyHistogram histogram;
    histogram.record(1'000'000);
    for (double p : {0.0, 1e-9, 50.0, 99.9, 100.0, 250.0})
        QCOMPARE(histogram.valueAtPercentile(p), std::int64_t{1'000'000});
    QCOMPARE(histogram.valueAtPercentile(std::nan("")), std::int64_t{1'000'000});
    QCOMPARE(histogram.valueAtPercentile(-3.0), std::int64_t{1'000'000});
    histogram.record(10);
    QCOMPARE(histogram.valueAtPercentile(0.0), std::int64_t{10});
    QCOMPARE(histogram.valueAtPercentile(50.0), std::int64_t{10});
    QCOMPARE(histogram.valueAtPercentile(50.001), std::int64_t{1'000'000});
}

void TestLatencyHistogram::refusedOptions() {
    QVERIFY(!LatencyHistogram::create({0, 1000, 3}).has_value());
    QVERIFY(!LatencyHistogram::create({-1, 1000, 3}).has_value());
    QVERIFY(!LatencyHistogram::create({10, 19, 3}).has_value());
    QVERIFY(LatencyHistogram::create({10, 20, 3}).has_value());
    QVERIFY(!LatencyHistogram::create({1, 1000, -1}).has_value());
    QVERIFY(!LatencyHistogram::create({1, 1000, 6}).has_value());
    const auto refused = LatencyHistogram::create({1, 1000, 6});
    QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
    QVERIFY(refused.error().message.find("significantDigits") != std::string::npos);
    QVERIFY(LatencyHistogram::create({1, 1000, 0}).has_value());
    // The whole int64 range: the last bucket reaches past the highest value without overflow.
    auto huge = LatencyHistogram::create({1, std::numeric_limits<std::int64_t>::max(), 2});
    QVERIFY(huge.has_value());
    huge->record(std::numeric_limits<std::int64_t>::max());
    huge->record(1);
    QCOMPARE(huge->max(), std::numeric_limits<std::int64_t>::max());
    QCOMPARE(huge->valueAtPercentile(100.0), std::numeric_limits<std::int64_t>::max());
    QCOMPARE(huge->valueAtPercentile(50.0), std::int64_t{1});
}

void TestLatencyHistogram::resetKeepsLayout() {
    LatencyHistogram histogram;
    histogram.record(5'000'000'000LL);
    histogram.record(12);
    histogram.reset();
    QCOMPARE(histogram.count(), std::int64_t{0});
    QCOMPARE(histogram.saturated(), std::int64_t{0});
    QVERIFY(histogram.nonEmptyBuckets().empty());
    QCOMPARE(histogram.counterCount(), std::size_t{23'552});
    histogram.record(40);
    QCOMPARE(histogram.min(), std::int64_t{40});
    QCOMPARE(histogram.max(), std::int64_t{40});
}

void TestLatencyHistogram::chronoOverloads() {
    using namespace std::chrono_literals;
    LatencyHistogram histogram;
    histogram.record(3ms);
    histogram.recordCorrected(3ms, 1ms);
    QCOMPARE(histogram.count(), std::int64_t{4});
    QCOMPARE(histogram.min(), std::int64_t{1000});
    QCOMPARE(histogram.max(), std::int64_t{3000});
}

QTEST_GUILESS_MAIN(TestLatencyHistogram)
#include "tst_latency_histogram.moc"
