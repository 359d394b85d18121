#include "cost/InfraCost.h"
#include "cost/Schedule.h"

#include <QTest>

using namespace headroom;
using namespace std::chrono;

namespace {

constexpr Timestamp kNow = sys_days{2024y / March / 4} + hours(12);
constexpr Timestamp kMonday = sys_days{2024y / January / 1}; // 2024-01-01 was a Monday

bool fuzzy(double a, double b) {
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

MicroUsd usd(double dollars) {
    return MicroUsd::fromDollars(dollars);
}

// Seed 003's example host: 4 cores at 50 %, 16 GB at 25 %, 100 GB stored, 1000 MB sent.
ResourceUsage seedHost() {
    return ResourceUsage{4.0, 0.5, 16.0, 0.25, 100.0, 1000.0};
}

// n samples one hour apart ending an hour before kNow, all with the same value.
std::vector<UtilisationSample> constant(int n, double value) {
    std::vector<UtilisationSample> out;
    for (int i = 1; i <= n; ++i) {
        out.push_back({kNow - hours(i), value});
    }
    return out;
}

// Hourly series from `from`, value(hour index) for `count` hours.
template <class F>
std::vector<HourlyPoint> hourly(Timestamp from, int count, F value) {
    std::vector<HourlyPoint> out;
    for (int i = 0; i < count; ++i) {
        out.push_back({from + hours(i), value(i)});
    }
    return out;
}

ScheduleAnalysis analyse(const std::vector<HourlyPoint>& series, MicroUsd hourlyCost) {
    auto result = analyseSchedule(series, hourlyCost, EfficiencySettings{});
    if (!result) {
        qFatal("analyseSchedule failed: %s", result.error().message.c_str());
    }
    return *result;
}

// Office hours: 100 from 09:00 to 17:59, 10 otherwise.
std::optional<double> officeHours(int hour) {
    const int h = hour % 24;
    return h >= 9 && h <= 17 ? 100.0 : 10.0;
}

} // namespace

class TestInfraCost : public QObject {
    Q_OBJECT
private slots:
    // Seed 003 with its default prices: 4 x 0.5 x 0.05 = 0.10, 16 x 0.25 x 0.01 = 0.04,
    // 100 x 0.001 = 0.10, 1000 x 0.00001 = 0.01: $0.25 an hour, 0.25 x 24 x 30 = $180 a month.
    void seed003Formula() {
        auto cost = infraCost(seedHost(), InfraUnitPrices{});
        QVERIFY(cost.has_value());
        QCOMPARE(cost->cpu, std::optional<MicroUsd>(usd(0.10)));
        QCOMPARE(cost->memory, std::optional<MicroUsd>(usd(0.04)));
        QCOMPARE(cost->storage, std::optional<MicroUsd>(usd(0.10)));
        QCOMPARE(cost->network, std::optional<MicroUsd>(usd(0.01)));
        QCOMPARE(cost->hourly, std::optional<MicroUsd>(MicroUsd{250'000}));
        QCOMPARE(cost->monthly, std::optional<MicroUsd>(MicroUsd{180'000'000}));
        QCOMPARE(kHoursPerBillingMonth, 720);
    }

    // A missing input leaves its part and the totals missing; the other parts stand.
    void missingInputMakesFigureMissing_data() {
        QTest::addColumn<int>("field");
        QTest::addColumn<int>("missingPart"); // 0 cpu, 1 memory, 2 storage, 3 network
        QTest::newRow("cores") << 0 << 0;
        QTest::newRow("cpu utilisation") << 1 << 0;
        QTest::newRow("memory") << 2 << 1;
        QTest::newRow("memory utilisation") << 3 << 1;
        QTest::newRow("storage") << 4 << 2;
        QTest::newRow("network") << 5 << 3;
    }
    void missingInputMakesFigureMissing() {
        QFETCH(int, field);
        QFETCH(int, missingPart);
        ResourceUsage usage = seedHost();
        std::optional<double>* fields[] = {&usage.cpuCores,  &usage.cpuUtilisation,
                                           &usage.memoryGb,  &usage.memoryUtilisation,
                                           &usage.storageGb, &usage.networkMb};
        fields[field]->reset();
        auto cost = infraCost(usage, InfraUnitPrices{});
        QVERIFY(cost.has_value());
        const std::optional<MicroUsd> parts[] = {cost->cpu, cost->memory, cost->storage,
                                                 cost->network};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(parts[i].has_value(), i != missingPart);
        }
        QVERIFY(!cost->hourly.has_value());
        QVERIFY(!cost->monthly.has_value());
    }

    // Rounded once: in micro-dollars the parts are 1 x 0.33333333 x 50000 = 16666.6665,
    // 1 x 0.33333333 x 10000 = 3333.3333, 0.5 x 1000 = 500 and 0.25 x 10 = 2.5. Their sum
    // 20502.4998 rounds to 20502, while the parts rounded one by one (16667 + 3333 + 500 + 3)
    // would give 20503. The month is 20502.4998 x 720 = 14761799.856 -> 14761800, not
    // 20502 x 720 = 14761440.
    void roundsOnce() {
        auto cost = infraCost(ResourceUsage{1.0, 0.33333333, 1.0, 0.33333333, 0.5, 0.25},
                              InfraUnitPrices{});
        QVERIFY(cost.has_value());
        QCOMPARE(cost->cpu->value, 16667);
        QCOMPARE(cost->memory->value, 3333);
        QCOMPARE(cost->storage->value, 500);
        QCOMPARE(cost->network->value, 3);
        QCOMPARE(cost->hourly->value, 20502);
        QCOMPARE(cost->monthly->value, 14761800);
    }

    void invalidUsage_data() {
        QTest::addColumn<int>("field");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("utilisation above 1") << 1 << 1.2 << "cpuUtilisation is 1.2";
        QTest::newRow("negative storage") << 4 << -1.0 << "storageGb is -1";
        QTest::newRow("infinite network") << 5 << HUGE_VAL << "networkMb is";
    }
    void invalidUsage() {
        QFETCH(int, field);
        QFETCH(double, value);
        QFETCH(QString, fragment);
        ResourceUsage usage = seedHost();
        std::optional<double>* fields[] = {&usage.cpuCores,  &usage.cpuUtilisation,
                                           &usage.memoryGb,  &usage.memoryUtilisation,
                                           &usage.storageGb, &usage.networkMb};
        *fields[field] = value;
        auto cost = infraCost(usage, InfraUnitPrices{});
        QVERIFY(!cost.has_value());
        QCOMPARE(cost.error().code, ErrorCode::ValidationError);
        QVERIFY2(cost.error().message.find(fragment.toStdString()) != std::string::npos,
                 cost.error().message.c_str());
    }

    void usageFromSnapshot() {
        Snapshot s(kNow);
        QVERIFY(s.set(MetricId::CpuUtilization, {0.5, kNow, "host"}).has_value());
        QVERIFY(s.set(MetricId::StorageUsageGb, {100.0, kNow, "host"}).has_value());
        QVERIFY(s.set(MetricId::BandwidthUsageMb, {1000.0, kNow, "host"}).has_value());
        const ResourceUsage u = resourceUsageFrom(s, ProvisionedResources{4.0, 16.0});
        QCOMPARE(u, (ResourceUsage{4.0, 0.5, 16.0, std::nullopt, 100.0, 1000.0}));
    }

    // The curve with the 70-80 % band: 1 inside (ends included); below, u / 0.7; above,
    // (1 - u) / 0.2.
    void utilisationEfficiency_data() {
        QTest::addColumn<double>("utilisation");
        QTest::addColumn<double>("score");
        QTest::newRow("idle") << 0.0 << 0.0;
        QTest::newRow("35 %: half of 70 %") << 0.35 << 0.5;
        QTest::newRow("56 %: 0.56 / 0.7") << 0.56 << 0.8;
        QTest::newRow("70 %: low end") << 0.70 << 1.0;
        QTest::newRow("75 %") << 0.75 << 1.0;
        QTest::newRow("80 %: high end") << 0.80 << 1.0;
        QTest::newRow("90 %: 0.1 / 0.2") << 0.90 << 0.5;
        QTest::newRow("saturated") << 1.0 << 0.0;
    }
    void utilisationEfficiency() {
        QFETCH(double, utilisation);
        QFETCH(double, score);
        const double got = headroom::utilisationEfficiency(utilisation, EfficiencySettings{});
        QVERIFY2(fuzzy(got, score), QByteArray::number(got, 'g', 17).constData());
    }

    // Window (now - 7 days, now]: 0.75 (1), 0.35 (0.5) and 0.9 (0.5) count: (1 + 0.5 + 0.5) / 3
    // = 2/3. Left out: a sample without a value, one exactly 7 days old, one older, one after now.
    void efficiencyOverLookback() {
        const std::vector<UtilisationSample> samples{
            {kNow - hours(1), 0.75},         {kNow - hours(2), 0.35}, {kNow - hours(3), 0.9},
            {kNow - hours(4), std::nullopt}, {kNow - days(7), 0.1},   {kNow - days(8), 0.1},
            {kNow + hours(1), 0.1},
        };
        auto score = efficiencyScore(samples, kNow, EfficiencySettings{});
        QVERIFY(score.has_value());
        QVERIFY(fuzzy(*score->score, 2.0 / 3.0));
        QCOMPARE(score->samples, 3);
        QCOMPARE(score->belowBand, 1);
        QCOMPARE(score->inBand, 1);
        QCOMPARE(score->aboveBand, 1);

        auto none = efficiencyScore({}, kNow, EfficiencySettings{});
        QVERIFY(none.has_value());
        QVERIFY(!none->score.has_value());
    }

    void efficiencyRejectsBadSamples() {
        const std::vector<UtilisationSample> samples{{kNow - hours(1), 1.5}};
        auto score = efficiencyScore(samples, kNow, EfficiencySettings{});
        QVERIFY(!score.has_value());
        QVERIFY2(score.error().message.find("2024-03-04T11:00:00Z is 1.5") != std::string::npos,
                 score.error().message.c_str());
    }

    // Type 7: h = (n - 1) p; {1, 2, 3, 4}: p 0.5 -> h 1.5 -> 2.5; p 0.95 -> h 2.85 -> 3.85.
    void percentile_data() {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("expected");
        QTest::newRow("median of 4") << QList<double>{4, 1, 3, 2} << 0.5 << 2.5;
        QTest::newRow("p95 of 4") << QList<double>{4, 1, 3, 2} << 0.95 << 3.85;
        QTest::newRow("p0") << QList<double>{4, 1, 3, 2} << 0.0 << 1.0;
        QTest::newRow("p100") << QList<double>{4, 1, 3, 2} << 1.0 << 4.0;
        QTest::newRow("single") << QList<double>{7} << 0.95 << 7.0;
        QTest::newRow("p95 of 5") << QList<double>{1, 2, 3, 4, 5} << 0.95 << 4.8;
    }
    void percentile() {
        QFETCH(QList<double>, values);
        QFETCH(double, p);
        QFETCH(double, expected);
        std::vector<double> v(values.begin(), values.end());
        QVERIFY(fuzzy(*percentileOf(v, p), expected));
        std::vector<double> empty;
        QVERIFY(!percentileOf(empty, p).has_value());
    }

    // 4 cores; 20 hourly samples 0.01, 0.02, ..., 0.20. p95: h = 19 x 0.95 = 18.05, so
    // x[18] + 0.05 (x[19] - x[18]) = 0.19 + 0.0005 = 0.1905. Size for p95 at 80 %: 4 x 0.1905 /
    // 0.8 = 0.9525 -> 1 core, where p95 would be 0.1905 x 4 = 0.762 (in the band). Saving:
    // 3 cores x $0.05 x 720 = $108 a month.
    void rightSizeShrinks() {
        std::vector<UtilisationSample> samples;
        for (int k = 1; k <= 20; ++k) {
            samples.push_back({kNow - hours(k), 0.01 * k});
        }
        auto r =
            rightSize(samples, kNow, RightSizingInput{4.0, 1.0, usd(0.05)}, EfficiencySettings{});
        QVERIFY(r.has_value());
        QCOMPARE(r->action, RightSizeAction::Shrink);
        QCOMPARE(r->samples, 20);
        QCOMPARE(r->samplesNeeded, 20);
        QVERIFY(fuzzy(*r->percentile, 0.1905));
        QCOMPARE(r->recommendedSize, std::optional<double>(1.0));
        QVERIFY(fuzzy(*r->projectedUtilisation, 0.762));
        QCOMPARE(r->monthlySaving, std::optional<MicroUsd>(usd(108.0)));
    }

    // Table of the other verdicts. Memory at 16 GB in 0.5 GB steps with p95 0.3: 16 x 0.3 / 0.8
    // = 6 GB exactly (not 6.5 from a representation error), saving 10 x $0.01 x 720 = $72.
    // 2 cores at 0.95: 2 x 0.95 / 0.8 = 2.375 -> 3, extra 1 x 0.05 x 720 = $36 a month.
    // 2 cores at 0.75: inside the band, keep. 2 cores at 0.65: 2 x 0.65 / 0.8 = 1.625 -> 2,
    // no smaller size: keep.
    void rightSizeVerdicts_data() {
        QTest::addColumn<double>("size");
        QTest::addColumn<double>("step");
        QTest::addColumn<double>("price");
        QTest::addColumn<double>("utilisation");
        QTest::addColumn<RightSizeAction>("action");
        QTest::addColumn<double>("recommended");
        QTest::addColumn<double>("saving");
        QTest::newRow("memory shrinks to 6 GB")
            << 16.0 << 0.5 << 0.01 << 0.3 << RightSizeAction::Shrink << 6.0 << 72.0;
        QTest::newRow("cpu grows")
            << 2.0 << 1.0 << 0.05 << 0.95 << RightSizeAction::Grow << 3.0 << -36.0;
        QTest::newRow("in band") << 2.0 << 1.0 << 0.05 << 0.75 << RightSizeAction::Keep << 2.0
                                 << 0.0;
        QTest::newRow("step too coarse")
            << 2.0 << 1.0 << 0.05 << 0.65 << RightSizeAction::Keep << 2.0 << 0.0;
    }
    void rightSizeVerdicts() {
        QFETCH(double, size);
        QFETCH(double, step);
        QFETCH(double, price);
        QFETCH(double, utilisation);
        QFETCH(RightSizeAction, action);
        QFETCH(double, recommended);
        QFETCH(double, saving);
        auto r = rightSize(constant(20, utilisation), kNow,
                           RightSizingInput{size, step, usd(price)}, EfficiencySettings{});
        QVERIFY(r.has_value());
        QCOMPARE(r->action, action);
        QCOMPARE(r->recommendedSize, std::optional<double>(recommended));
        QCOMPARE(r->monthlySaving, std::optional<MicroUsd>(usd(saving)));
    }

    // p95 needs 1 / (1 - 0.95) = 20 samples; 19 give no recommendation and say so.
    void rightSizeNeedsSamples() {
        auto r = rightSize(constant(19, 0.1), kNow, RightSizingInput{4.0, 1.0, usd(0.05)},
                           EfficiencySettings{});
        QVERIFY(r.has_value());
        QCOMPARE(r->action, RightSizeAction::NotEnoughSamples);
        QCOMPARE(r->samples, 19);
        QCOMPARE(r->samplesNeeded, 20);
        QVERIFY(!r->percentile.has_value());
        QVERIFY(!r->recommendedSize.has_value());
        QVERIFY(!r->monthlySaving.has_value());
        QCOMPARE(keyOf(r->action), std::string_view("not_enough_samples"));
    }

    // Three days of office hours (100 from 09 to 17, 10 otherwise): each hour of the day has the
    // same value every day, so the daily means leave no residual: explained 1. The week has too
    // little data. Off-peak: 10 / 100 = 0.1 < 0.7 / 0.8, the 15 hours from 18:00 to 08:59, run
    // at 0.1 of the capacity. At $2 an hour: 2 x 0.9 x 15 x 30 = $810 a month.
    void perfectDailyPattern() {
        const ScheduleAnalysis a = analyse(hourly(kMonday, 72, officeHours), usd(2.0));
        QCOMPARE(a.outcome, ScheduleOutcome::Pattern);
        QCOMPARE(a.period, std::optional<SchedulePeriod>(SchedulePeriod::Daily));
        QCOMPARE(a.samples, 72);
        QVERIFY(fuzzy(*a.dailyExplained, 1.0));
        QVERIFY(!a.weeklyExplained.has_value());
        QCOMPARE(a.profile.size(), std::size_t(24));
        QCOMPARE(a.profile[9], 100.0);
        QCOMPARE(a.profile[8], 10.0);
        QCOMPARE(a.peak, 100.0);
        QCOMPARE(a.windows.size(), std::size_t(1));
        QCOMPARE(a.windows[0].startHour, 18);
        QCOMPARE(a.windows[0].hours, 15);
        QCOMPARE(a.windows[0].capacityShare, 0.1);
        QCOMPARE(a.windows[0].monthlySaving, usd(810.0));
        QCOMPARE(a.monthlySaving, usd(810.0));
    }

    // Gaps do not hide the pattern: four days with hours missing (absent or nullopt) while every
    // hour of the day is still seen at least twice.
    void dailyPatternWithGaps() {
        std::vector<HourlyPoint> series = hourly(kMonday, 96, officeHours);
        series[5].value.reset();
        series[30].value.reset();
        series.erase(series.begin() + 60, series.begin() + 70); // day 3, 12:00 to 21:59
        const ScheduleAnalysis a = analyse(series, usd(1.0));
        QCOMPARE(a.outcome, ScheduleOutcome::Pattern);
        QCOMPARE(a.samples, 96 - 2 - 10);
        QVERIFY(fuzzy(*a.dailyExplained, 1.0));
    }

    // Two weeks of office hours on weekdays only, weekends at 10 throughout. Daily model: hours
    // 09..17 hold ten 100s and four 10s, mean 1040 / 14, residual 10 x 100^2 + 4 x 10^2 -
    // 1040^2 / 14 = 1134000 / 49 each, 9 x that in all; other hours have none. Total: 90 values of
    // 100 and 246 of 10, sum 11460, squares 924600 - 11460^2 / 336 = 533732.14. Adjusted:
    // 1 - (10206000 / 49 / (336 - 24)) / (533732.14 / 335) = 0.58099 < 0.6: not predictable by
    // the day. The weekly model fits exactly: explained 1, so the week wins. Off-peak: Monday to
    // Thursday 18:00 to 08:59 (15 h each, starting at hours 18, 42, 66, 90 of the week) and
    // Friday 18:00 to Monday 08:59 (6 + 48 + 9 = 63 h, from hour 114). At $1 an hour, 720 / 168
    // weeks a month: 15 h saves 0.9 x 15 x 30 / 7 = $57.857143, 63 h saves 0.9 x 63 x 30 / 7 =
    // $243; in all 4 x 57.857143 + 243 = $474.428571.
    void weeklyPattern() {
        const auto value = [](int hour) -> std::optional<double> {
            const int dayOfWeek = (hour / 24) % 7; // 0 = Monday
            return dayOfWeek < 5 ? officeHours(hour) : 10.0;
        };
        const ScheduleAnalysis a = analyse(hourly(kMonday, 14 * 24, value), usd(1.0));
        QCOMPARE(a.outcome, ScheduleOutcome::Pattern);
        QCOMPARE(a.period, std::optional<SchedulePeriod>(SchedulePeriod::Weekly));
        const double daily =
            1.0 - (10206000.0 / 49.0 / 312.0) / ((924600.0 - 11460.0 * 11460.0 / 336.0) / 335.0);
        QVERIFY2(fuzzy(*a.dailyExplained, daily),
                 QByteArray::number(*a.dailyExplained, 'g', 17).constData());
        QVERIFY(*a.dailyExplained < 0.6);
        QVERIFY(fuzzy(*a.weeklyExplained, 1.0));
        QCOMPARE(a.profile.size(), std::size_t(168));
        QCOMPARE(a.windows.size(), std::size_t(5));
        const int starts[] = {18, 42, 66, 90, 114};
        const int lengths[] = {15, 15, 15, 15, 63};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(a.windows[i].startHour, starts[i]);
            QCOMPARE(a.windows[i].hours, lengths[i]);
        }
        QCOMPARE(a.windows[0].monthlySaving, MicroUsd{57'857'143});
        QCOMPARE(a.windows[4].monthlySaving, usd(243.0));
        QCOMPARE(a.monthlySaving, MicroUsd{474'428'571});
    }

    // Three weeks of pseudo-random load (a fixed linear congruential generator): neither model
    // explains anything beyond chance (adjusted, about 0), so no schedule is proposed.
    void noiseHasNoPattern() {
        std::uint32_t state = 12345;
        const auto noise = [&state](int) -> std::optional<double> {
            state = state * 1664525U + 1013904223U;
            return double(state >> 8) / double(1U << 24) * 100.0;
        };
        const ScheduleAnalysis a = analyse(hourly(kMonday, 21 * 24, noise), usd(1.0));
        QCOMPARE(a.outcome, ScheduleOutcome::NoPattern);
        QVERIFY(*a.dailyExplained < 0.2);
        QVERIFY(*a.weeklyExplained < 0.2);
        QVERIFY(!a.period.has_value());
        QVERIFY(a.windows.empty());
        QCOMPARE(a.monthlySaving, MicroUsd{});
        QCOMPARE(keyOf(a.outcome), std::string_view("no_pattern"));
    }

    // 30 hours: hours 06..23 were seen once, not twice: too little data for any model.
    void tooLittleData() {
        const ScheduleAnalysis a = analyse(hourly(kMonday, 30, officeHours), usd(1.0));
        QCOMPARE(a.outcome, ScheduleOutcome::NotEnoughData);
        QVERIFY(!a.dailyExplained.has_value());
        QVERIFY(!a.weeklyExplained.has_value());
    }

    void flatLoad() {
        const auto five = [](int) -> std::optional<double> {
            return 5.0;
        };
        const ScheduleAnalysis a = analyse(hourly(kMonday, 72, five), usd(1.0));
        QCOMPARE(a.outcome, ScheduleOutcome::NoVariation);
    }

    void scheduleRejectsBadSeries() {
        std::vector<HourlyPoint> repeated{{kMonday + minutes(10), 1.0},
                                          {kMonday + minutes(40), 2.0}};
        auto r = analyseSchedule(repeated, usd(1.0), EfficiencySettings{});
        QVERIFY(!r.has_value());
        QVERIFY2(r.error().message.find("2024-01-01T00:40:00Z is repeated") != std::string::npos,
                 r.error().message.c_str());
        std::vector<HourlyPoint> negative{{kMonday, -3.0}};
        r = analyseSchedule(negative, usd(1.0), EfficiencySettings{});
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::ValidationError);
    }
};

QTEST_GUILESS_MAIN(TestInfraCost)
#include "tst_infra_cost.moc"
