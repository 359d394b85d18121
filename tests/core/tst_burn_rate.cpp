// Multiwindow burn rates on constructed error-rate series: each window's burn, coverage of gaps,
// and the pairs: both windows must burn; one window burning alone never pages.

#include "policy/AlertEvaluation.h"
#include "policy/BurnRate.h"

#include <functional>
#include <vector>

#include <QTest>

using namespace headroom;
using namespace std::chrono_literals;

namespace {

const Timestamp kNow = Timestamp{std::chrono::sys_days{std::chrono::year{2026} / 11 / 10}};

// A sample every `step` from now - span to now, error rate given by f(age).
std::vector<ErrorRateSample> series(std::chrono::seconds span, std::chrono::seconds step,
                                    const std::function<double(std::chrono::seconds)>& f) {
    std::vector<ErrorRateSample> out;
    for (auto age = span; age >= 0s; age -= step) {
        out.push_back({kNow - age, f(age)});
    }
    return out;
}

BurnRateSettings settings() {
    BurnRateSettings s;
    s.minCoverage = 0.8;
    s.sampleValidity = 900s;
    s.pairs = {{"fast", 3600s, 300s, 14.4, AlertSeverity::Critical},
               {"medium", 21600s, 1800s, 6.0, AlertSeverity::Critical},
               {"slow", 259200s, 21600s, 1.0, AlertSeverity::Warning}};
    s.objectives = {{"soft_launch", 0.999}};
    return s;
}

} // namespace

class TestBurnRate : public QObject {
    Q_OBJECT
private slots:
    void constantErrorRate() {
        // 1 % errors against a 99.9 % objective burns 10x the budget.
        const auto s = settings();
        const auto samples = series(7200s, 60s, [](auto) { return 0.01; });
        const auto w = burnRateOver(samples, kNow, 3600s, 0.999, s);
        QVERIFY(w.burn);
        QVERIFY(qFuzzyCompare(*w.burn, 10.0));
        QVERIFY(qFuzzyCompare(w.coverage, 1.0));
    }

    void timeWeightedOverTheWindow() {
        // Errors at 2 % only in the last 30 minutes of the hour: the hour averages 1 %.
        const auto s = settings();
        const auto samples = series(7200s, 60s, [](auto age) { return age < 1800s ? 0.02 : 0.0; });
        const auto w = burnRateOver(samples, kNow, 3600s, 0.999, s);
        QVERIFY(w.burn);
        QVERIFY(std::abs(*w.burn - 10.0) < 0.5);
    }

    void gapsLowerCoverageAndThinDataIsNotEvaluated() {
        auto s = settings();
        s.sampleValidity = 120s;
        // Samples only in the last 20 minutes of the hour: coverage 1/3, below 0.8.
        const auto samples = series(1200s, 60s, [](auto) { return 0.5; });
        const auto w = burnRateOver(samples, kNow, 3600s, 0.999, s);
        QVERIFY(w.coverage > 0.3 && w.coverage < 0.36);
        QVERIFY(!w.burn);
        // No samples at all: coverage 0, not "ok".
        const auto none = burnRateOver({}, kNow, 3600s, 0.999, s);
        QCOMPARE(none.coverage, 0.0);
        QVERIFY(!none.burn);
    }

    void pairs_data() {
        QTest::addColumn<double>("recentRate"); // error rate in the last 5 minutes
        QTest::addColumn<double>("olderRate");  // before that, within the hour
        QTest::addColumn<int>("verdict");
        // Objective 99.9 %: budget 0.001; 14.4x is 1.44 % errors.
        QTest::newRow("both burn") << 0.20 << 0.20 << int(BurnVerdict::Burning);
        // A short spike: the 5-minute window burns, the hour does not.
        QTest::newRow("short window alone") << 0.10 << 0.0 << int(BurnVerdict::Clear);
        // An old incident that has stopped: the hour burns, the last 5 minutes do not.
        QTest::newRow("long window alone") << 0.0 << 0.20 << int(BurnVerdict::Clear);
        QTest::newRow("neither") << 0.001 << 0.001 << int(BurnVerdict::Clear);
    }
    void pairs() {
        QFETCH(double, recentRate);
        QFETCH(double, olderRate);
        QFETCH(int, verdict);
        const auto s = settings();
        const auto samples = series(7200s, 30s, [&](auto age) {
            return age < 300s ? recentRate : (age < 3600s ? olderRate : 0.0);
        });
        const auto r = evaluateBurnPair(samples, kNow, s.pairs[0], 0.999, s);
        QCOMPARE(int(r.verdict), verdict);
    }

    void pairWithThinLongWindowIsUnknown() {
        // 1 h of data: the slow pair's 3-day window is not covered, its 6 h window neither.
        const auto s = settings();
        const auto samples = series(3600s, 60s, [](auto) { return 0.5; });
        const auto r = evaluateBurnPair(samples, kNow, s.pairs[2], 0.999, s);
        QCOMPARE(r.verdict, BurnVerdict::Unknown);
    }

    void runAlertRulesFiresBurnPairAndKeepsStateWhenUnknown() {
        AlertSettings a;
        a.burnRate = settings();
        Tier tier;
        tier.id = "soft_launch";
        const auto samples = series(7 * 3600s, 60s, [](auto) { return 0.05; });
        AlertInputs in;
        in.tier = &tier;
        in.now = kNow;
        in.errorRates = std::span<const ErrorRateSample>(samples);
        const auto steps = runAlertRules(a, {}, in);
        QCOMPARE(steps.size(), std::size_t{3});
        QCOMPARE(steps[0].ruleId, std::string("burn_rate:fast"));
        QCOMPARE(steps[0].step.state.phase, AlertPhase::Firing); // 50x, pending 0
        QCOMPARE(steps[0].step.state.severity, AlertSeverity::Critical);
        QCOMPARE(steps[1].step.state.phase, AlertPhase::Firing); // medium: 6 h covered
        QCOMPARE(steps[2].step.state.phase, AlertPhase::Normal); // slow: 3 days not covered
        QVERIFY(steps[2].step.state.dataMissing);
        // No objective for the tier: nothing evaluated.
        tier.id = "growth_phase";
        QVERIFY(runAlertRules(a, {}, in).empty());
    }
};

QTEST_GUILESS_MAIN(TestBurnRate)
#include "tst_burn_rate.moc"
