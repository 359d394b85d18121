// Forecast numerics against hand-computed answers: the t quantile against printed tables, least
// squares on a perfect line and on five noisy points, Holt's recursion step by step, the rolling
// origin backtest fold by fold, and limit reach dates (perfect line, gap, noise, no data, falling,
// already reached, no skill).

#include "forecast/Backtest.h"
#include "forecast/Holt.h"
#include "forecast/LimitForecast.h"
#include "forecast/Quantiles.h"
#include "forecast/Regression.h"

#include <chrono>
#include <cmath>
#include <vector>

#include <QTest>

using namespace headroom;

namespace {

constexpr Day kDay0 = std::chrono::sys_days{std::chrono::year{2026} / 1 / 1};

std::vector<FitPoint> pointsOf(std::initializer_list<double> ys, double x0 = 0.0) {
    std::vector<FitPoint> points;
    double x = x0;
    for (double y : ys)
        points.push_back({x++, y});
    return points;
}

// y = intercept + slope * i on days kDay0 + i for i in [0, n).
std::vector<DailyReading> dailyLine(int n, double intercept, double slope) {
    std::vector<DailyReading> series;
    for (int i = 0; i < n; ++i)
        series.push_back({kDay0 + std::chrono::days{i}, intercept + slope * i});
    return series;
}

Day dayAt(int i) {
    return kDay0 + std::chrono::days{i};
}

bool near(double actual, double expected, double tolerance) {
    return std::fabs(actual - expected) <= tolerance;
}

} // namespace

class TestForecast : public QObject {
    Q_OBJECT

private slots:
    void tQuantileMatchesTables_data();
    void tQuantileMatchesTables();
    void normalQuantile();
    void tCdfInvertsQuantile();

    void regressionPerfectLine();
    void regressionNoisyFivePoints();
    void regressionRejects();

    void holtByHand();
    void holtAcrossAGap();
    void holtGridPicksSmallestError();
    void holtRejects();

    void backtestByHand();
    void backtestNaiveHasNoSkill();
    void backtestPerfectLine_data();
    void backtestPerfectLine();
    void backtestSkipsZeroTruthsAndShortFolds();

    void limitPerfectLine();
    void limitAcrossAGap();
    void limitNoisyByHand();
    void limitStatuses_data();
    void limitStatuses();
    void limitRejectsUnsortedDays();
};

void TestForecast::tQuantileMatchesTables_data() {
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("dof");
    QTest::addColumn<double>("expected");
    // Printed t tables (4 decimals).
    QTest::newRow("t(0.975, 5)") << 0.975 << 5.0 << 2.5706;
    QTest::newRow("t(0.9, 10)") << 0.9 << 10.0 << 1.3722;
    QTest::newRow("t(0.975, 30)") << 0.975 << 30.0 << 2.0423;
    QTest::newRow("t(0.975, 1) Cauchy") << 0.975 << 1.0 << 12.7062;
    QTest::newRow("t(0.95, 2)") << 0.95 << 2.0 << 2.9200;
    QTest::newRow("t(0.975, 3)") << 0.975 << 3.0 << 3.1824;
    QTest::newRow("t(0.995, 4)") << 0.995 << 4.0 << 4.6041;
    QTest::newRow("t(0.9, 3)") << 0.9 << 3.0 << 1.6377;
    QTest::newRow("t(0.95, 120)") << 0.95 << 120.0 << 1.6577;
    QTest::newRow("lower tail t(0.025, 5)") << 0.025 << 5.0 << -2.5706;
    QTest::newRow("median") << 0.5 << 7.0 << 0.0;
}

void TestForecast::tQuantileMatchesTables() {
    QFETCH(double, p);
    QFETCH(double, dof);
    QFETCH(double, expected);
    const double t = studentTQuantile(p, dof);
    QVERIFY2(near(t, expected, 6e-5), qPrintable(QString::number(t, 'g', 10)));
}

void TestForecast::normalQuantile() {
    // Normal tables: z(0.975) = 1.959964, z(0.9) = 1.281552, z(0.001) = -3.090232.
    QVERIFY(near(headroom::normalQuantile(0.975), 1.959964, 1e-6));
    QVERIFY(near(headroom::normalQuantile(0.9), 1.281552, 1e-6));
    QVERIFY(near(headroom::normalQuantile(0.001), -3.090232, 1e-6));
    QVERIFY(std::isinf(headroom::normalQuantile(1.0)));
    QVERIFY(std::isnan(headroom::normalQuantile(1.5)));
}

void TestForecast::tCdfInvertsQuantile() {
    // t(1) is Cauchy: P(T <= 1) = 1/2 + atan(1)/pi = 0.75.
    QVERIFY(near(studentTCdf(1.0, 1.0), 0.75, 1e-12));
    for (double dof : {3.0, 7.5, 40.0, 400.0})
        for (double p : {0.6, 0.9, 0.99})
            QVERIFY(near(studentTCdf(studentTQuantile(p, dof), dof), p, 1e-10));
}

void TestForecast::regressionPerfectLine() {
    // y = 3 + 2x at x = 20000..20004 (day numbers): exact slope and intercept, no spread.
    const auto points = pointsOf({40003, 40005, 40007, 40009, 40011}, 20000.0);
    const auto fit = fitLinear(points);
    QVERIFY(fit);
    QCOMPARE(fit->n, 5);
    QVERIFY(near(fit->slope, 2.0, 1e-12));
    QVERIFY(near(fit->intercept, 3.0, 1e-6));
    QVERIFY(near(fit->predict(20010.0), 40023.0, 1e-8));
    QCOMPARE(fit->residualSd, 0.0);
    QCOMPARE(fit->rSquared, 1.0);
    QCOMPARE(fit->predictionHalfWidth(20010.0, 0.95).value(), 0.0);
}

void TestForecast::regressionNoisyFivePoints() {
    // x = 1..5, y = 2, 4, 5, 4, 5. meanX = 3, meanY = 4, Sxx = 10,
    // Sxy = (-2)(-2) + (-1)(0) + 0 + (1)(0) + (2)(1) = 6 -> b = 0.6, a = 4 - 0.6*3 = 2.2.
    // Fitted 2.8, 3.4, 4.0, 4.6, 5.2; residuals -0.8, 0.6, 1.0, -0.6, -0.2;
    // SSE = 0.64 + 0.36 + 1 + 0.36 + 0.04 = 2.4; Syy = 4 + 0 + 1 + 0 + 1 = 6; R^2 = 1 - 2.4/6 =
    // 0.6; sd = sqrt(2.4 / 3) = sqrt(0.8) = 0.894427. At x = 6, 95 %: se = 0.894427 * sqrt(1 + 1/5
    // + 9/10) = 0.894427 * 1.449138 = 1.296148; t(0.975, 3) = 3.182446 -> half-width = 4.12492.
    const auto fit = fitLinear(pointsOf({2, 4, 5, 4, 5}, 1.0));
    QVERIFY(fit);
    QVERIFY(near(fit->slope, 0.6, 1e-12));
    QVERIFY(near(fit->intercept, 2.2, 1e-12));
    QVERIFY(near(fit->rSquared, 0.6, 1e-12));
    QVERIFY(near(fit->residualSd, 0.894427, 1e-6));
    QVERIFY(near(fit->predictionSe(6.0).value(), 1.296148, 1e-6));
    QVERIFY(near(fit->predictionHalfWidth(6.0, 0.95).value(), 4.12492, 1e-4));
}

void TestForecast::regressionRejects() {
    QVERIFY(!fitLinear(pointsOf({1.0})));
    const std::vector<FitPoint> sameX{{2.0, 1.0}, {2.0, 3.0}};
    QVERIFY(!fitLinear(sameX));
    const std::vector<FitPoint> nan{{0.0, 1.0}, {1.0, std::nan("")}};
    const auto error = fitLinear(nan);
    QVERIFY(!error);
    QVERIFY(error.error().message.find("point 1") != std::string::npos);
    // Two points: a line, but no spread to make an interval from.
    const auto two = fitLinear(pointsOf({1.0, 2.0}));
    QVERIFY(two);
    QVERIFY(!two->predictionHalfWidth(3.0, 0.8));
}

void TestForecast::holtByHand() {
    // y = 1, 3, 4, 7, 8 at x = 0..4, alpha = beta = 0.5. Start L1 = 3, T1 = 2.
    // t=2: f = 5, e = -1;       L = .5*4 + .5*5 = 4.5;           T = .5*1.5 + .5*2 = 1.75
    // t=3: f = 6.25, e = .75;   L = .5*7 + .5*6.25 = 6.625;      T = .5*2.125 + .5*1.75 = 1.9375
    // t=4: f = 8.5625, e = -.5625; L = .5*8 + .5*8.5625 = 8.28125; T = .5*1.65625 + .5*1.9375
    //                                                              = 1.796875
    // SSE = 1 + .5625 + .31640625 = 1.87890625, sigma = sqrt(SSE / 3) = 0.791393.
    // x = 6 (h = 2): 8.28125 + 2 * 1.796875 = 11.875; b = alpha*beta = .25,
    // v(2) = 1 + 1 * (.25 + .5*.25*2 + .0625*2*3/6) = 1.5625 -> sd = 0.791393 * 1.25 = 0.989241.
    const auto fit = fitHolt(pointsOf({1, 3, 4, 7, 8}), {0.5, 0.5});
    QVERIFY(fit);
    QCOMPARE(fit->level, 8.28125);
    QCOMPARE(fit->trend, 1.796875);
    QCOMPARE(fit->sse, 1.87890625);
    QCOMPARE(fit->errors, 3);
    QVERIFY(near(fit->sigma, 0.791393, 1e-6));
    QCOMPARE(fit->forecast(6.0), 11.875);
    QVERIFY(near(fit->forecastSd(6.0), 0.989241, 1e-6));
    // h = 1: v = 1, the one-step spread itself.
    QVERIFY(near(fit->forecastSd(5.0), fit->sigma, 1e-15));
}

void TestForecast::holtAcrossAGap() {
    // y = 2x at x = 0, 1, 3, 4 (x = 2 missing). L1 = 2, T1 = 2. The gap of 2 forecasts
    // 2 + 2*2 = 6 = y exactly, and the trend stays 2 per unit: T = .5 * (6 - 2)/2 + .5 * 2 = 2.
    // Were the gap closed up (x = 0..3), the step 2 -> 6 would bend the trend.
    const std::vector<FitPoint> points{{0, 0}, {1, 2}, {3, 6}, {4, 8}};
    const auto fit = fitHolt(points, {0.5, 0.5});
    QVERIFY(fit);
    QCOMPARE(fit->sse, 0.0);
    QCOMPARE(fit->trend, 2.0);
    QCOMPARE(fit->forecast(10.0), 20.0);
}

void TestForecast::holtGridPicksSmallestError() {
    // A bending series: the grid's choice has no larger one-step error than any grid pair.
    const auto points = pointsOf({10, 11, 13, 16, 20, 25, 31, 38, 46, 55, 63, 70, 76, 81});
    const auto best = fitHoltGrid(points);
    QVERIFY(best);
    for (double a : {0.1, 0.3, 0.5, 0.7, 0.9})
        for (double b : {0.1, 0.5, 0.9})
            QVERIFY(best->sse <= fitHolt(points, {a, b})->sse);
    // Deterministic, and on a straight line every pair is exact: the tie keeps (0.1, 0.1).
    QCOMPARE(fitHoltGrid(points)->parameters, best->parameters);
    const auto line = fitHoltGrid(pointsOf({1, 3, 5, 7, 9}));
    QCOMPARE(line->sse, 0.0);
    QCOMPARE(line->parameters, (HoltParameters{0.1, 0.1}));
}

void TestForecast::holtRejects() {
    QVERIFY(!fitHolt(pointsOf({1, 2}), {0.5, 0.5}));
    QVERIFY(!fitHolt(pointsOf({1, 2, 3}), {0.0, 0.5}));
    const std::vector<FitPoint> unsorted{{0, 1}, {2, 2}, {1, 3}};
    QVERIFY(!fitHoltGrid(unsorted));
}

void TestForecast::backtestByHand() {
    // y = 1, 2, 3, 4, 10, 6 at x = 0..5; linear, horizon 1, 2 origins: x <= 5 - 1, so 4 and 3.
    // Origin 4: train 1,2,3,4,10: meanX 2, meanY 4, Sxx 10, Sxy 6+2+0+0+12 = 20 -> y = 2x;
    //   forecast 10 at x = 5, truth 6: error 4; naive 10: error 4.
    //   Residuals 1, 0, -1, -2, 2: SSE 10, sd sqrt(10/3) = 1.825742, se(5) = sd*sqrt(1+.2+.9)
    //   = 2.645751; 80 %: t(0.9, 3) = 1.637744 -> [10 - 4.333, 10 + 4.333] holds 6: covered.
    // Origin 3: train 1,2,3,4: y = 1 + x exactly; forecast 5 at x = 4, truth 10: error 5,
    //   zero-width interval: not covered; naive 4: error 6.
    // MAE 4.5 vs 5 -> skill 1 - 4.5/5 = 0.1; MAPE (4/6 + 5/10)/2 = 0.583333; coverage 1/2.
    BacktestOptions options;
    options.origins = 2;
    options.horizon = 1.0;
    const auto result = backtest(ForecastMethod::Linear, pointsOf({1, 2, 3, 4, 10, 6}), options);
    QVERIFY(result);
    QCOMPARE(result->foldsWanted, 2);
    QCOMPARE(result->foldsRun, 2);
    QCOMPARE(result->truths, 2);
    QVERIFY(near(result->maeMethod, 4.5, 1e-12));
    QVERIFY(near(result->maeNaive, 5.0, 1e-12));
    QVERIFY(near(result->skill.value(), 0.1, 1e-12));
    QVERIFY(near(result->mape.value(), 0.583333, 1e-6));
    QCOMPARE(result->coverage.value(), 0.5);
    QVERIFY(result->beatsNaive());
}

void TestForecast::backtestNaiveHasNoSkill() {
    const auto points = pointsOf({5, 7, 6, 9, 8, 12, 10, 11, 15, 13, 14, 18, 16, 17, 20});
    const auto result = backtest(ForecastMethod::Naive, points, BacktestOptions{});
    QVERIFY(result);
    QVERIFY(result->foldsRun > 0);
    QCOMPARE(result->skill.value(), 0.0);
    QVERIFY(result->losesToNaive());
    QCOMPARE(result->maeMethod, result->maeNaive);
}

void TestForecast::backtestPerfectLine_data() {
    QTest::addColumn<int>("method");
    QTest::newRow("linear") << int(ForecastMethod::Linear);
    QTest::newRow("holt") << int(ForecastMethod::Holt);
    QTest::newRow("log-linear on exponential") << int(ForecastMethod::LogLinear);
}

void TestForecast::backtestPerfectLine() {
    QFETCH(int, method);
    const auto m = static_cast<ForecastMethod>(method);
    // 20 points; default options (8 origins, horizon 7): origins x <= 19 - 7 = 12, i.e. 12..5,
    // each training on 6..13 points (enough for every method) and forecasting 7 truths.
    std::vector<FitPoint> points;
    for (int i = 0; i < 20; ++i)
        points.push_back({double(20000 + i), m == ForecastMethod::LogLinear
                                                 ? 100.0 * std::pow(1.05, i)
                                                 : 50.0 + 3.0 * i});
    const auto result = backtest(m, points, BacktestOptions{});
    QVERIFY(result);
    QCOMPARE(result->method, m);
    QCOMPARE(result->foldsRun, 8);
    QCOMPARE(result->truths, 56);
    QCOMPARE(result->mape.value(), 0.0);
    QCOMPARE(result->coverage.value(), 1.0);
    QCOMPARE(result->skill.value(), 1.0);
}

void TestForecast::backtestSkipsZeroTruthsAndShortFolds() {
    // 10 points, horizon 7: origins x <= 2, i.e. 2, 1, 0; linear needs 3 training points, so
    // only origin 2 runs, forecasting x = 3..9 (7 truths), one of them 0.
    const auto points = pointsOf({1, 2, 3, 4, 0, 6, 7, 8, 9, 10});
    const auto result = backtest(ForecastMethod::Linear, points, BacktestOptions{});
    QVERIFY(result);
    QCOMPARE(result->foldsWanted, 8);
    QCOMPARE(result->foldsRun, 1);
    QCOMPARE(result->truths, 7);
    QCOMPARE(result->zeroTruthsSkipped, 1);
    // y = 1 + x from the first three: errors 0 except at x = 4 (5 vs 0): MAE 5/7; MAPE over the
    // six non-zero truths is 0.
    QVERIFY(near(result->maeMethod, 5.0 / 7.0, 1e-12));
    QCOMPARE(result->mape.value(), 0.0);
    // Too short for any fold: nothing measured, nothing claimed.
    const auto none = backtest(ForecastMethod::Linear, pointsOf({1, 2, 3, 4}), BacktestOptions{});
    QVERIFY(none);
    QCOMPARE(none->foldsRun, 0);
    QVERIFY(!none->skill && !none->mape && !none->coverage);
}

void TestForecast::limitPerfectLine() {
    // y = 10 + 2i on 20 days; limit 100 -> 10 + 2i >= 100 at i = 45; today = day 19 -> 26 days.
    const auto series = dailyLine(20, 10.0, 2.0);
    const Day today = dayAt(19);
    const auto result = forecastLimit(series, 100.0, today, ForecastSettings{});
    QVERIFY(result);
    QCOMPARE(result->status, ForecastStatus::WithinHorizon);
    QCOMPARE(result->method, ForecastMethod::Linear); // tie with Holt goes to the line
    QCOMPARE(result->reachDay.value(), dayAt(45));
    QCOMPARE(result->daysFromToday.value(), 26);
    QCOMPARE(result->earliestDay.value(), dayAt(45));
    QCOMPARE(result->latestDay.value(), dayAt(45));
    QCOMPARE(result->plusMinusDays.value(), 0);
    QVERIFY(near(result->trendPerDay, 2.0, 1e-12));
    QCOMPARE(result->backtest->foldsRun, 8);
    QCOMPARE(result->backtest->mape.value(), 0.0);
    QCOMPARE(result->backtest->coverage.value(), 1.0);
    QCOMPARE(result->backtest->skill.value(), 1.0);
    QCOMPARE(keyOf(result->status), std::string_view("within_horizon"));
    QCOMPARE(keyOf(result->method), std::string_view("linear"));
}

void TestForecast::limitAcrossAGap() {
    // y = 10 + 2d on days 0..9 and 15..24 (days 10..14 missing, not zero). The line in day
    // numbers is unchanged: 100 at day 45, 21 days after today = day 24. Filling the gap with
    // zeros or closing it up (index as x) would both move the date.
    std::vector<DailyReading> series;
    for (int d = 0; d < 25; ++d)
        if (d < 10 || d >= 15)
            series.push_back({kDay0 + std::chrono::days{d}, 10.0 + 2.0 * d});
    const auto result = forecastLimit(series, 100.0, dayAt(24), ForecastSettings{});
    QVERIFY(result);
    QCOMPARE(result->points, 20);
    QCOMPARE(result->status, ForecastStatus::WithinHorizon);
    QCOMPARE(result->reachDay.value(), dayAt(45));
    QCOMPARE(result->daysFromToday.value(), 21);
    QCOMPARE(result->plusMinusDays.value(), 0);
}

void TestForecast::limitNoisyByHand() {
    // The five noisy points of regressionNoisyFivePoints, on days d = 0..4 (x = d, so
    // meanX = 2 and the fit is y = 2.8 + 0.6 d). minPoints 5; no fold fits before a 7-day
    // horizon, so the line answers untested (0 folds). Limit 8: 2.8 + 0.6 d >= 8 at d = 8.67 ->
    // day 9, 5 days after today = day 4.
    // 80 %: t(0.9, 3) = 1.637744, sd = 0.894427, k = 1.464843; se factor sqrt(1.2 + (d-2)^2/10).
    //   upper(d=5) = 5.8 + k*sqrt(2.1) = 5.8 + 2.12276 = 7.923 < 8;
    //   upper(d=6) = 6.4 + k*sqrt(2.8) = 6.4 + 2.45115 = 8.851 >= 8 -> earliest day 6.
    //   lower(d=31) = 21.4 - k*sqrt(1.2 + 84.1) = 21.4 - 13.529 = 7.871 < 8;
    //   lower(d=32) = 22.0 - k*sqrt(1.2 + 90) = 22.0 - 13.989 = 8.011 >= 8 -> latest day 32.
    // +/- = max(9 - 6, 32 - 9) = 23.
    std::vector<DailyReading> series;
    const double ys[] = {2, 4, 5, 4, 5};
    for (int d = 0; d < 5; ++d)
        series.push_back({kDay0 + std::chrono::days{d}, ys[d]});
    ForecastSettings settings;
    settings.minPoints = 5;
    const auto result = forecastLimit(series, 8.0, dayAt(4), settings);
    QVERIFY(result);
    QCOMPARE(result->status, ForecastStatus::WithinHorizon);
    QCOMPARE(result->method, ForecastMethod::Linear);
    QCOMPARE(result->backtest->foldsRun, 0);
    QVERIFY(!result->backtest->skill);
    QCOMPARE(result->reachDay.value(), dayAt(9));
    QCOMPARE(result->daysFromToday.value(), 5);
    QCOMPARE(result->earliestDay.value(), dayAt(6));
    QCOMPARE(result->latestDay.value(), dayAt(32));
    QCOMPARE(result->plusMinusDays.value(), 23);
}

void TestForecast::limitStatuses_data() {
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("limit");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("pointsNeeded");

    QList<double> rising;
    QList<double> falling;
    QList<double> slow;
    for (int i = 0; i < 20; ++i) {
        rising << 10.0 + 2.0 * i;
        falling << 100.0 - 2.0 * i;
        slow << 10.0 + 0.1 * i;
    }
    // Flat at 10 for 40 days, then 20 for 10: from origins 35..39 the model and naive both say 10
    // and miss the jump alike; from origins 40..42 naive says 20 and is exact, while the line
    // (and Holt, whose grid ties and keeps alpha = beta = 0.1) still says about 10-11.
    // So both methods have a larger MAE than naive: no skill, no date.
    QList<double> step;
    for (int i = 0; i < 50; ++i)
        step << (i < 40 ? 10.0 : 20.0);

    QTest::newRow("too little data")
        << QList<double>{1, 2, 3, 4, 5} << 100.0 << int(ForecastStatus::TooLittleData) << 14;
    QTest::newRow("no data") << QList<double>{} << 100.0 << int(ForecastStatus::TooLittleData)
                             << 14;
    QTest::newRow("already reached") << rising << 48.0 << int(ForecastStatus::AlreadyReached) << 14;
    QTest::newRow("already reached, little data")
        << QList<double>{90, 120} << 100.0 << int(ForecastStatus::AlreadyReached) << 14;
    QTest::newRow("falling") << falling << 150.0 << int(ForecastStatus::NotRising) << 14;
    // 10 + 0.1 i reaches 1000 at i = 9900, far beyond 365 days.
    QTest::newRow("beyond horizon") << slow << 1000.0 << int(ForecastStatus::BeyondHorizon) << 14;
    QTest::newRow("no skill") << step << 100.0 << int(ForecastStatus::NoSkill) << 14;
}

void TestForecast::limitStatuses() {
    QFETCH(QList<double>, values);
    QFETCH(double, limit);
    QFETCH(int, status);
    QFETCH(int, pointsNeeded);
    std::vector<DailyReading> series;
    for (int i = 0; i < values.size(); ++i)
        series.push_back({kDay0 + std::chrono::days{i}, values[i]});
    const Day today = kDay0 + std::chrono::days{std::max<qsizetype>(values.size(), 1) - 1};
    const auto result = forecastLimit(series, limit, today, ForecastSettings{});
    QVERIFY(result);
    QCOMPARE(int(result->status), status);
    QCOMPARE(result->points, int(values.size()));
    QCOMPARE(result->pointsNeeded, pointsNeeded);
    // Only WithinHorizon gives a date.
    QVERIFY(!result->reachDay);
    QVERIFY(!result->daysFromToday);
    if (result->status == ForecastStatus::NoSkill) {
        QVERIFY(result->backtest->losesToNaive());
        QVERIFY(result->otherBacktest->losesToNaive());
    }
}

void TestForecast::limitRejectsUnsortedDays() {
    std::vector<DailyReading> series = dailyLine(20, 1.0, 1.0);
    std::swap(series[3], series[4]);
    const auto result = forecastLimit(series, 100.0, dayAt(19), ForecastSettings{});
    QVERIFY(!result);
    QVERIFY(result.error().message.find("2026-01-04") != std::string::npos);
    ForecastSettings bad;
    bad.intervalLevel = 1.5;
    QVERIFY(!forecastLimit(dailyLine(20, 1.0, 1.0), 100.0, dayAt(19), bad));
}

QTEST_GUILESS_MAIN(TestForecast)
#include "tst_forecast.moc"
