#include "cost/Anomalies.h"

#include <QTest>

using namespace headroom;
using namespace std::chrono;

namespace {

constexpr Day kStart = sys_days{2024y / January / 8};

// A daily series from kStart (plus offset days); nullopt entries are days without data.
std::vector<DailyValue> daily(std::initializer_list<std::optional<double>> values, int offset = 0) {
    std::vector<DailyValue> out;
    Day day = kStart + days(offset);
    for (const std::optional<double>& v : values) {
        out.push_back({day, v});
        day += days(1);
    }
    return out;
}

AnomalySeries costSeries(std::vector<DailyValue> cost) {
    return AnomalySeries{{"openai", "acme"}, std::move(cost), {}};
}

std::vector<Anomaly> detect(const AnomalySeries& series,
                            const AnomalySettings& settings = AnomalySettings{}) {
    auto result = detectAnomalies(series, settings);
    if (!result) {
        qFatal("detectAnomalies failed: %s", result.error().message.c_str());
    }
    return *result;
}

bool fuzzy(double a, double b) {
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

} // namespace

class TestAnomalies : public QObject {
    Q_OBJECT
private slots:
    // Seed 004: a week of 10.0 then 45.0. Trailing mean 70 / 7 = 10; 45 > 1.5 x 10 = 15, so a
    // cost spike: impact 45 - 10 = 35, ratio 4.5, increase (4.5 - 1) x 100 = 350 % (> 300 %).
    // The robust window is constant (median 10, MAD 0, mean deviation 0): 45 > 1.5 x 10 is a
    // material departure from a constant, so the outlier rule fires too, with no finite z.
    void seed004Example() {
        const auto found = detect(costSeries(daily({10, 10, 10, 10, 10, 10, 10, 45.0})));
        QCOMPARE(found.size(), std::size_t(1));
        const Anomaly& a = found[0];
        QCOMPARE(a.key, (AnomalyKey{"openai", "acme"}));
        QCOMPARE(a.day, kStart + days(7));
        QCOMPARE(a.kind, AnomalyRule::CostSpike);
        QVERIFY(a.rules.has(AnomalyRule::CostSpike));
        QVERIFY(a.rules.has(AnomalyRule::CostOutlier));
        QCOMPARE(a.rules.count(), 2);
        QCOMPARE(a.measure, AnomalyMeasure::Cost);
        QCOMPARE(a.actual, 45.0);
        QCOMPARE(a.expected, 10.0);
        QCOMPARE(a.impact, 35.0);
        QCOMPARE(a.ratio, std::optional<double>(4.5));
        QCOMPARE(a.increasePercent, std::optional<double>(350.0));
        QVERIFY(*a.increasePercent > 300.0);
        QVERIFY(!a.robustZ.has_value());
        QVERIFY(a.cost.has_value());
        QCOMPARE(a.cost->trailingCount, 7);
        QCOMPARE(a.cost->median, std::optional<double>(10.0));
        QVERIFY(!a.usage.has_value());
        QCOMPARE(keyOf(a.kind), std::string_view("cost_spike"));
    }

    // Usage baseline 90, 110, 100, 90, 110, 100, 100: mean 700 / 7 = 100, threshold 2 x 100 =
    // 200, strictly above. Median (sorted 90 90 100 100 100 110 110) = 100; deviations 10 10 0 10
    // 10 0 0 -> MAD 10, so z = 0.6745 x (x - 100) / 10 and the outlier rule needs x > 2 x 100
    // as well. Cost stays at 10 every day, so only usage rules can fire.
    void usageSpikeThreshold_data() {
        QTest::addColumn<double>("usage");
        QTest::addColumn<bool>("spike");
        QTest::newRow("just below 2x") << 199.99 << false;
        QTest::newRow("exactly 2x") << 200.0 << false;
        QTest::newRow("just above 2x") << 200.01 << true;
    }
    void usageSpikeThreshold() {
        QFETCH(double, usage);
        QFETCH(bool, spike);
        AnomalySeries s{{"anthropic", ""},
                        daily({10, 10, 10, 10, 10, 10, 10, 10}),
                        daily({90, 110, 100, 90, 110, 100, 100, usage})};
        const auto found = detect(s);
        QCOMPARE(found.size(), std::size_t(spike ? 1 : 0));
        if (!spike) {
            return;
        }
        const Anomaly& a = found[0];
        QCOMPARE(a.kind, AnomalyRule::UsageSpike);
        QVERIFY(a.rules.has(AnomalyRule::UsageOutlier)); // z = 0.6745 x 100.01 / 10 = 6.745...
        QVERIFY(!a.rules.has(AnomalyRule::CostSpike));
        QCOMPARE(a.measure, AnomalyMeasure::Usage);
        QCOMPARE(a.expected, 100.0);
        QVERIFY(fuzzy(a.impact, 100.01));
        QVERIFY(fuzzy(*a.ratio, 2.0001));
        QVERIFY(fuzzy(*a.robustZ, 0.6745 * 100.01 / 10.0));
        QVERIFY(a.cost.has_value());
        QCOMPARE(a.cost->actual, 10.0);
        QCOMPARE(a.usage->median, std::optional<double>(100.0));
    }

    // Cost 10.0 for a week then 30 (30 > 15: cost spike) with usage 100 then 300 (300 > 200:
    // usage spike): one anomaly for the day listing every rule, headlined by the cost spike.
    void oneAnomalyPerDay() {
        AnomalySeries s{{"openai", "acme"},
                        daily({10, 10, 10, 10, 10, 10, 10, 30}),
                        daily({100, 100, 100, 100, 100, 100, 100, 300})};
        const auto found = detect(s);
        QCOMPARE(found.size(), std::size_t(1));
        const Anomaly& a = found[0];
        QCOMPARE(a.rules.list(),
                 (std::vector<AnomalyRule>{AnomalyRule::CostSpike, AnomalyRule::CostOutlier,
                                           AnomalyRule::UsageSpike, AnomalyRule::UsageOutlier}));
        QCOMPARE(a.kind, AnomalyRule::CostSpike);
        QCOMPARE(a.expected, 10.0);
        QCOMPARE(a.impact, 20.0);
        QCOMPARE(a.usage->actual, 300.0);
        QCOMPARE(a.usage->trailingMean, std::optional<double>(100.0));
    }

    // The masking example. Baseline cycles 9, 10, 11 for days 0..13; day 14 spikes to 60; days 15
    // and 16 are 11 and 9; day 17 is 20, twice the normal level, three days after the first spike.
    // Mean rule on day 17: days 10..16 = 10 11 9 10 60 11 9, sum 120, mean 17.142857; 1.5 x that
    // = 25.71, so 20 is NOT a spike: the first spike masks it (without it the mean is 10 and the
    // threshold 15). Robust rule on day 17: the 17 earlier days are 9 x6, 10 x5, 11 x5, 60 x1;
    // sorted, the 9th (median) is 10; deviations 1 x11, 0 x5, 50 x1 -> MAD 1; z = 0.6745 x
    // (20 - 10) / 1 = 6.745 > 3.5 and 20 > 1.5 x 10: an outlier, expected 10, impact 10, +100 %.
    // Day 14: mean of days 7..13 = 70 / 7 = 10, 60 > 15: spike; robust median 10, MAD 1,
    // z = 0.6745 x 50 = 33.725: outlier too.
    void robustRuleIsNotMasked() {
        const auto found = detect(
            costSeries(daily({9, 10, 11, 9, 10, 11, 9, 10, 11, 9, 10, 11, 9, 10, 60, 11, 9, 20})));
        QCOMPARE(found.size(), std::size_t(2));

        const Anomaly& first = found[0];
        QCOMPARE(first.day, kStart + days(14));
        QCOMPARE(first.kind, AnomalyRule::CostSpike);
        QVERIFY(first.rules.has(AnomalyRule::CostOutlier));
        QCOMPARE(first.expected, 10.0);
        QCOMPARE(first.impact, 50.0);
        QVERIFY(fuzzy(*first.robustZ, 33.725));

        const Anomaly& second = found[1];
        QCOMPARE(second.day, kStart + days(17));
        QCOMPARE(second.kind, AnomalyRule::CostOutlier);
        QVERIFY(!second.rules.has(AnomalyRule::CostSpike)); // masked for the mean rule
        QVERIFY(fuzzy(*second.cost->trailingMean, 120.0 / 7.0));
        QCOMPARE(second.cost->trailingCount, 7);
        QCOMPARE(second.cost->robustCount, 17);
        QCOMPARE(second.expected, 10.0);
        QCOMPARE(second.impact, 10.0);
        QCOMPARE(second.ratio, std::optional<double>(2.0));
        QCOMPARE(second.increasePercent, std::optional<double>(100.0));
        QVERIFY(fuzzy(*second.robustZ, 6.745));
    }

    // Missing days are no data, not zero. Days 0..6: 10, none, (absent), 10, none, 10, 10; the
    // present mean is 40 / 4 = 10 and the threshold 15. Had the gaps counted as zero, the mean
    // would be 40 / 7 = 5.71 and 14 would be a "spike" (14 > 8.57).
    void missingDaysInsideWindow_data() {
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("spike");
        QTest::newRow("14: below 1.5 x 10") << 14.0 << false;
        QTest::newRow("16: above 1.5 x 10") << 16.0 << true;
    }
    void missingDaysInsideWindow() {
        QFETCH(double, value);
        QFETCH(bool, spike);
        std::vector<DailyValue> cost =
            daily({10, std::nullopt, 10, 10, std::nullopt, 10, 10, value});
        cost.erase(cost.begin() + 2); // day 2 is absent from the series altogether
        const auto found = detect(costSeries(cost));
        QCOMPARE(found.size(), std::size_t(spike ? 1 : 0));
        if (spike) {
            QCOMPARE(found[0].day, kStart + days(7));
            QCOMPARE(found[0].expected, 10.0);
            QCOMPARE(found[0].cost->trailingCount, 4);
        }
    }

    // minHistoryDays (3): with two present days in the window there is no verdict, however large
    // the value; with three there is.
    void tooLittleHistory_data() {
        QTest::addColumn<QList<double>>("values"); // -1 = missing
        QTest::addColumn<int>("anomalies");
        QTest::newRow("two days then 1000") << QList<double>{10, 10, 1000} << 0;
        QTest::newRow("two present of six, then 1000")
            << QList<double>{10, -1, -1, -1, -1, 10, 1000} << 0;
        QTest::newRow("three days then 1000") << QList<double>{10, 10, 10, 1000} << 1;
    }
    void tooLittleHistory() {
        QFETCH(QList<double>, values);
        QFETCH(int, anomalies);
        std::vector<DailyValue> cost;
        for (qsizetype i = 0; i < values.size(); ++i) {
            cost.push_back({kStart + days(i),
                            values[i] < 0 ? std::nullopt : std::optional<double>(values[i])});
        }
        QCOMPARE(int(detect(costSeries(cost)).size()), anomalies);
    }

    // MAD = 0 with spread elsewhere: days 0..6 are 10 x6 and 14 (14 < 15: no spike; not material
    // for the robust rule either). Day 7 = 15.5. Mean 74 / 7 = 10.571, threshold 15.857: no
    // spike. Robust: median 10, deviations 0 x6 and 4 -> MAD 0; mean deviation 4 / 7; z =
    // 0.7979 x 5.5 / (4 / 7) = 7.67979 > 3.5, and 15.5 > 15: an outlier against the median 10.
    void madZeroFallsBackToMeanDeviation() {
        const auto found = detect(costSeries(daily({10, 10, 10, 10, 10, 10, 14, 15.5})));
        QCOMPARE(found.size(), std::size_t(1));
        const Anomaly& a = found[0];
        QCOMPARE(a.kind, AnomalyRule::CostOutlier);
        QCOMPARE(a.rules.count(), 1);
        QCOMPARE(a.expected, 10.0);
        QVERIFY(fuzzy(*a.robustZ, 0.7979 * 5.5 * 7.0 / 4.0));
    }

    // A constant window (MAD and mean deviation 0): a departure is an outlier only when material.
    // 10 x7 then 14: z would be unbounded, but 14 < 1.5 x 10, so nothing is listed.
    void constantWindowImmaterialDeparture() {
        QVERIFY(detect(costSeries(daily({10, 10, 10, 10, 10, 10, 10, 14}))).empty());
    }

    // A zero baseline: 0 x7 then 2. The seed rule holds literally (2 > 1.5 x 0) but no ratio can
    // be stated.
    void zeroBaseline() {
        const auto found = detect(costSeries(daily({0, 0, 0, 0, 0, 0, 0, 2})));
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].expected, 0.0);
        QCOMPARE(found[0].impact, 2.0);
        QVERIFY(!found[0].ratio.has_value());
        QVERIFY(!found[0].increasePercent.has_value());
    }

    // Many keys: results in input order, each with its own key; the same buffers serve both.
    void manyKeys() {
        std::vector<AnomalySeries> all{
            {{"openai", "a"}, daily({10, 10, 10, 10, 10, 10, 10, 45}), {}},
            {{"openai", "b"}, daily({5, 5, 5, 5}), {}},
            {{"gemini", ""}, daily({1, 1, 1, 4}, 3), {}},
        };
        auto found = detectAnomalies(all, AnomalySettings{});
        QVERIFY(found.has_value());
        QCOMPARE(found->size(), std::size_t(2));
        QCOMPARE((*found)[0].key, (AnomalyKey{"openai", "a"}));
        QCOMPARE((*found)[1].key, (AnomalyKey{"gemini", ""}));
        QCOMPARE((*found)[1].day, kStart + days(6)); // 4 > 1.5 x 1 on the series' 4th day
    }

    void invalidInput_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("out of order") << 0
                                      << "provider 'openai' client 'acme' cost series: day "
                                         "2024-01-08 is out of order";
        QTest::newRow("repeated") << 1 << "day 2024-01-09 is repeated";
        QTest::newRow("negative") << 2 << "usage on 2024-01-09 is -1";
        QTest::newRow("not finite") << 3 << "cost on 2024-01-08 is";
    }
    void invalidInput() {
        QFETCH(int, kind);
        QFETCH(QString, fragment);
        AnomalySeries s = costSeries(daily({1, 2}));
        switch (kind) {
        case 0:
            std::swap(s.cost[0], s.cost[1]);
            break;
        case 1:
            s.cost[0].day = s.cost[1].day;
            break;
        case 2:
            s.usage = daily({1, -1});
            break;
        default:
            s.cost[0].value = std::numeric_limits<double>::quiet_NaN();
        }
        auto result = detectAnomalies(s, AnomalySettings{});
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code, ErrorCode::ValidationError);
        QVERIFY2(result.error().message.find(fragment.toStdString()) != std::string::npos,
                 result.error().message.c_str());
    }

    void invalidSettings() {
        AnomalySettings settings;
        settings.trailingDays = 0;
        auto result = detectAnomalies(costSeries(daily({1})), settings);
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
        QVERIFY(result.error().message.find("trailingDays (0)") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestAnomalies)
#include "tst_anomalies.moc"
