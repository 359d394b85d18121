// Cost projections against hand-computed answers: seed 004's 10 % example, the fallback when there
// is no history (flagged), growth from two months, daily exponential growth with and without
// missing days, a level shift that loses to naive (flagged), and bad input.

#include "cost/Projection.h"

#include <chrono>
#include <cmath>
#include <vector>

#include <QTest>

using namespace headroom;

namespace {

using std::chrono::year;
using std::chrono::year_month;

constexpr Day kDay0 = std::chrono::sys_days{year{2026} / 1 / 1};

std::vector<MonthCost> months(std::initializer_list<double> dollars, year_month first) {
    std::vector<MonthCost> out;
    year_month month = first;
    for (double d : dollars) {
        out.push_back({month, MicroUsd::fromDollars(d)});
        month += std::chrono::months{1};
    }
    return out;
}

// 10 * 1.01^d dollars on day d for d in [0, n), except the days `skip` says to leave out.
std::vector<DayCost> growingDays(int n, int skipEvery = 0) {
    std::vector<DayCost> out;
    for (int d = 0; d < n; ++d) {
        if (skipEvery > 0 && d % skipEvery == 3)
            continue;
        out.push_back(
            {kDay0 + std::chrono::days{d}, MicroUsd::fromDollars(10.0 * std::pow(1.01, d))});
    }
    return out;
}

bool near(double actual, double expected, double tolerance) {
    return std::fabs(actual - expected) <= tolerance;
}

} // namespace

class TestProjection : public QObject {
    Q_OBJECT

private slots:
    void seedTenPercent();
    void noHistoryFallsBack();
    void oneMonthFallsBack();
    void twoMonthsMeasureWithoutInterval();
    void monthGapKeepsTheRate();
    void dailyGrowth_data();
    void dailyGrowth();
    void levelShiftLosesToNaive();
    void zeroDaysLeftOutOfTheFit();
    void rejectsBadInput();
};

void TestProjection::seedTenPercent() {
    // Seed 004: 100, 110, 121, 133 (Jan-Apr). ln: 4.605170, 4.700480, 4.795791, 4.890349;
    // x = 0..3, meanX 1.5, Sxx 5, Sxy = 1.5 (4.890349 - 4.605170) + 0.5 (4.795791 - 4.700480)
    // = 0.427769 + 0.047656 = 0.475424 -> b = 0.0950847, growth e^b - 1 = 0.099752 (~0.10).
    // a = mean(ln) - 1.5 b = 4.747948 - 0.142627 = 4.605321; May = e^(a + 4b) = 146.30.
    // Residuals ~ -1.5e-4, 7.5e-5, 3.0e-4, -2.3e-4: sd 2.91e-4, so the confidence is
    // H = 4/5 = 0.8 times F = 1 / (1 + t(0.9, 2) sd sqrt(1 + 1/4 + 2.5^2/5)) = 1/(1 + 0.00087).
    // Backtest: 1 fold (origin Mar, training 100, 110, 121 is exactly 10 %): 133.1 vs 133, naive
    // 121 -> skill 1 - 0.1/12 = 0.991667, MAPE 0.1/133 = 0.000752.
    const auto result = projectMonthlyCosts(months({100, 110, 121, 133}, year{2026} / 1),
                                            ProjectionSettings{}, ForecastSettings{});
    QVERIFY(result);
    QCOMPARE(result->growthSource, GrowthSource::Measured);
    QVERIFY(!result->usedFallback());
    QVERIFY(near(result->monthlyGrowth, 0.10, 0.005));
    QVERIFY(near(result->monthlyGrowth, 0.099752, 1e-6));
    QCOMPARE(result->currentMonthly, MicroUsd::fromDollars(133.0));
    QCOMPARE(result->totals[0].months, 1);
    QVERIFY(near(result->totals[0].expected.dollars(), 146.30, 0.005));
    QVERIFY(result->totals[0].expected > result->currentMonthly);
    QVERIFY(result->intervalKnown);
    QVERIFY(result->totals[0].low < result->totals[0].expected);
    QVERIFY(result->totals[0].high > result->totals[0].expected);
    // The quarter is May + Jun + Jul ~ 146.3 + 160.9 + 177.0; the year about 12 months of it.
    QVERIFY(near(result->totals[1].expected.dollars(), 146.30 + 160.91 + 176.98, 0.1));
    QVERIFY(result->totals[2].expected > result->totals[1].expected);
    QVERIFY(result->confidence > 0.7);
    QVERIFY(near(result->confidence, 0.8 / 1.00087, 2e-4));
    QCOMPARE(result->historyMonths, 4.0);
    QCOMPARE(result->backtest.method, ForecastMethod::LogLinear);
    QCOMPARE(result->backtest.foldsRun, 1);
    QVERIFY(near(result->backtest.skill.value(), 0.991667, 1e-5));
    QVERIFY(near(result->backtest.mape.value(), 0.000752, 1e-6));
    QCOMPARE(result->trust, ProjectionTrust::BeatsNaive);
}

void TestProjection::noHistoryFallsBack() {
    const auto result =
        projectMonthlyCosts(std::span<const MonthCost>{}, ProjectionSettings{}, ForecastSettings{});
    QVERIFY(result);
    QVERIFY(result->usedFallback());
    QCOMPARE(result->monthlyGrowth, 0.10); // the catalog's default, not a literal in the code
    QCOMPARE(result->currentMonthly, MicroUsd{});
    QCOMPARE(result->totals[2].expected, MicroUsd{});
    QCOMPARE(result->confidence, 0.0);
    QCOMPARE(result->trust, ProjectionTrust::Untested);
    QCOMPARE(keyOf(result->growthSource), std::string_view("fallback"));

    ProjectionSettings settings;
    settings.fallbackMonthlyGrowth = 0.25;
    const auto daily = projectDailyCosts(std::span<const DayCost>{}, settings, ForecastSettings{});
    QVERIFY(daily);
    QCOMPARE(daily->monthlyGrowth, 0.25);
    QVERIFY(daily->usedFallback());
}

void TestProjection::oneMonthFallsBack() {
    // One month of 200: too little to measure growth (minMonthsForGrowth 2), so 10 %:
    // month 200 * 1.1 = 220; quarter 200 (1.1 + 1.21 + 1.331) = 728.20;
    // year 200 * 1.1 (1.1^12 - 1) / 0.1 = 200 * 1.1 * 21.384284 = 4704.542429.
    // No interval; confidence (1/2) * 0.5 = 0.25.
    const auto result = projectMonthlyCosts(months({200}, year{2026} / 3), ProjectionSettings{},
                                            ForecastSettings{});
    QVERIFY(result);
    QVERIFY(result->usedFallback());
    QCOMPARE(result->currentMonthly, MicroUsd::fromDollars(200.0));
    QCOMPARE(result->totals[0].expected, MicroUsd::fromDollars(220.0));
    QCOMPARE(result->totals[1].expected, MicroUsd::fromDollars(728.2));
    QVERIFY(std::llabs(result->totals[2].expected.value - 4'704'542'429) <= 1);
    QVERIFY(!result->intervalKnown);
    QCOMPARE(result->totals[2].low, result->totals[2].expected);
    QCOMPARE(result->totals[2].high, result->totals[2].expected);
    QCOMPARE(result->confidence, 0.25);
}

void TestProjection::twoMonthsMeasureWithoutInterval() {
    // 100, 120: growth exactly 0.2 from two points, no spread to measure. Next months
    // 144, 172.8, 207.36 -> quarter 524.16. Confidence (2/3) * 0.5 = 1/3.
    const auto result = projectMonthlyCosts(months({100, 120}, year{2025} / 11),
                                            ProjectionSettings{}, ForecastSettings{});
    QVERIFY(result);
    QCOMPARE(result->growthSource, GrowthSource::Measured);
    QVERIFY(near(result->monthlyGrowth, 0.2, 1e-12));
    QVERIFY(!result->intervalKnown);
    QCOMPARE(result->totals[0].expected, MicroUsd::fromDollars(144.0));
    QCOMPARE(result->totals[1].expected, MicroUsd::fromDollars(524.16));
    QCOMPARE(result->totals[1].low, result->totals[1].expected);
    QVERIFY(near(result->confidence, 1.0 / 3.0, 1e-12));
    QCOMPARE(result->trust, ProjectionTrust::Untested); // no fold has 3 training months
}

void TestProjection::monthGapKeepsTheRate() {
    // Jan 100, (Feb missing), Mar 121, Apr 133.1: 10 % a month in calendar months. Read as three
    // consecutive months it would be about 15 %.
    std::vector<MonthCost> history{{year{2026} / 1, MicroUsd::fromDollars(100)},
                                   {year{2026} / 3, MicroUsd::fromDollars(121)},
                                   {year{2026} / 4, MicroUsd::fromDollars(133.1)}};
    const auto result = projectMonthlyCosts(history, ProjectionSettings{}, ForecastSettings{});
    QVERIFY(result);
    QCOMPARE(result->points, 3);
    QCOMPARE(result->historyMonths, 4.0);
    QVERIFY(near(result->monthlyGrowth, 0.10, 1e-9));
    QVERIFY(near(result->totals[0].expected.dollars(), 146.41, 1e-5));
}

void TestProjection::dailyGrowth_data() {
    QTest::addColumn<int>("skipEvery");
    QTest::addColumn<int>("points");
    QTest::newRow("every day") << 0 << 120;
    // Days 3, 10, 17, ... missing (18 of 120): the rate must not change.
    QTest::newRow("days missing") << 7 << 103;
}

void TestProjection::dailyGrowth() {
    QFETCH(int, skipEvery);
    QFETCH(int, points);
    // 10 * 1.01^d for d = 0..119: monthly growth 1.01^30.4375 - 1 = e^(30.4375 * 0.00995033) - 1
    // = 0.353729. Next 30 days (d = 120..149): 10 * 1.01^120 * (1.01^30 - 1) / 0.01
    // = 10 * 3.300387 * 34.784892 = 1148.04. The current month with every day present: the mean
    // of d = 90..119 times 30.4375 = 864.18.
    const auto history = growingDays(120, skipEvery);
    const auto result = projectDailyCosts(history, ProjectionSettings{}, ForecastSettings{});
    QVERIFY(result);
    QCOMPARE(result->points, points);
    QCOMPARE(result->growthSource, GrowthSource::Measured);
    QVERIFY(near(result->monthlyGrowth, 0.353729, 1e-5));
    QVERIFY(near(result->totals[0].expected.dollars(), 1148.04, 0.01));
    QVERIFY(result->totals[2].expected > result->totals[1].expected);
    QVERIFY(near(result->historyMonths, 120.0 / 30.4375, 1e-12));
    if (skipEvery == 0)
        QVERIFY(near(result->currentMonthly.dollars(), 864.18, 0.01));
    // Micro-dollar rounding is the only noise: the interval is a hair wide, the fit near perfect.
    QVERIFY(result->totals[0].high.value - result->totals[0].low.value < 1000);
    QVERIFY(result->rSquared.value() > 0.999999);
    QVERIFY(result->confidence > 0.79); // H = 3.94/4.94 = 0.798
    QCOMPARE(result->backtest.foldsRun, 8);
    QVERIFY(result->backtest.mape.value() < 1e-6);
    QVERIFY(result->backtest.skill.value() > 0.99);
    QCOMPARE(result->trust, ProjectionTrust::BeatsNaive);
}

void TestProjection::levelShiftLosesToNaive() {
    // Five months at 100, then a step to 200 that stays. Backtest, 1 month ahead: origins are
    // months 7..1 (each leaves a month after it), those with 3 training months are 7..3: 5 folds.
    // From months 3 and 4 (all 100) fit and naive both say 100 and are exact; from month 5 both
    // say 100 and miss the 200 alike; from 6 (100 x5, 200) and 7 (..., 200, 200) the fit's slow
    // trend is off while naive says 200 and is exact. So the method's MAE exceeds naive's:
    // skill < 0, flagged.
    const auto result =
        projectMonthlyCosts(months({100, 100, 100, 100, 100, 200, 200, 200}, year{2025} / 6),
                            ProjectionSettings{}, ForecastSettings{});
    QVERIFY(result);
    QCOMPARE(result->backtest.foldsRun, 5);
    QVERIFY(result->backtest.skill.value() < 0.0);
    QCOMPARE(result->trust, ProjectionTrust::LosesToNaive);
    QCOMPARE(keyOf(result->trust), std::string_view("loses_to_naive"));
}

void TestProjection::zeroDaysLeftOutOfTheFit() {
    // A zero-cost day has no logarithm: it is left out of the growth fit (counted), but is a day
    // of the current month all the same.
    auto history = growingDays(90);
    history[40].cost = MicroUsd{};
    history[80].cost = MicroUsd{};
    const auto result = projectDailyCosts(history, ProjectionSettings{}, ForecastSettings{});
    QVERIFY(result);
    QCOMPARE(result->nonPositiveSkipped, 2);
    QVERIFY(near(result->monthlyGrowth, 0.353729, 1e-5));
}

void TestProjection::rejectsBadInput() {
    auto unsorted = months({100, 110, 121}, year{2026} / 1);
    std::swap(unsorted[1], unsorted[2]);
    const auto result = projectMonthlyCosts(unsorted, ProjectionSettings{}, ForecastSettings{});
    QVERIFY(!result);
    QVERIFY(result.error().message.find("2026-02") != std::string::npos);

    auto days = growingDays(10);
    days[5].day = days[4].day;
    const auto duplicate = projectDailyCosts(days, ProjectionSettings{}, ForecastSettings{});
    QVERIFY(!duplicate);
    QVERIFY(duplicate.error().message.find("2026-01-05") != std::string::npos);

    ProjectionSettings bad;
    bad.intervalLevel = 0.0;
    const auto badLevel = projectDailyCosts(growingDays(10), bad, ForecastSettings{});
    QVERIFY(!badLevel);
    QVERIFY(badLevel.error().message.find("intervalLevel") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestProjection)
#include "tst_projection.moc"
