// Strain verdicts and plans (core/strain): seed 002's criteria with inclusive limits, memory not
// measured, runs whose generator fell behind, the suite pass rate at the 80 % boundary, seed
// 004's regression rule at exactly 10 % and 10.1 %, a zero baseline, run plans with overrides
// and refusals, and which targets count as this computer. Expected values are worked by hand.

#include "catalog/CatalogLoader.h"
#include "strain/StrainScenario.h"
#include "strain/StrainVerdict.h"
#include "support/CorePrinters.h"

#include <QTest>

using namespace headroom;
using namespace std::chrono_literals;

namespace {

Catalog defaults() {
    auto c = loadDefaultCatalog();
    if (!c) {
        qFatal("default catalog: %s", c.error().message.c_str());
    }
    return std::move(*c);
}

// A run that meets seed 002's thresholds exactly at each limit.
StrainMeasurement atTheLimits() {
    StrainMeasurement m;
    m.p50 = 400'000us;
    m.p90 = 1'200'000us;
    m.p95 = 2'000'000us; // 2000 ms
    m.p99 = 3'000'000us;
    m.p999 = 4'000'000us;
    m.max = 5'000'000us;
    m.throughputPerSecond = 10.0;
    m.errorRate = 0.05;
    m.memoryUtilisation = 0.85;
    m.requests = 6000;
    m.errors = 300;
    return m;
}

StrainJudgement judged(RunVerdict verdict) {
    StrainJudgement j;
    j.verdict = verdict;
    return j;
}

std::vector<StrainJudgement> suite(int passed, int failed, int notJudged) {
    std::vector<StrainJudgement> runs;
    runs.insert(runs.end(), std::size_t(passed), judged(RunVerdict::Passed));
    runs.insert(runs.end(), std::size_t(failed), judged(RunVerdict::Failed));
    runs.insert(runs.end(), std::size_t(notJudged), judged(RunVerdict::NotJudged));
    return runs;
}

StrainMeasurement withPercentiles(std::int64_t p50, std::int64_t p90, std::int64_t p95,
                                  std::int64_t p99, std::int64_t p999, double errorRate) {
    StrainMeasurement m = atTheLimits();
    m.p50 = std::chrono::microseconds{p50};
    m.p90 = std::chrono::microseconds{p90};
    m.p95 = std::chrono::microseconds{p95};
    m.p99 = std::chrono::microseconds{p99};
    m.p999 = std::chrono::microseconds{p999};
    m.errorRate = errorRate;
    return m;
}

const FigureComparison& figure(const BaselineComparison& c, BaselineFigure f) {
    return c.figures.at(static_cast<std::size_t>(f));
}

const StrainSuite& suiteOf(const Catalog& c, std::string_view id) {
    const auto* s = c.strain.findSuite(id);
    if (s == nullptr) {
        qFatal("no suite %s", std::string(id).c_str());
    }
    return *s;
}

const StrainScenario& scenarioOf(const Catalog& c, std::string_view id) {
    const auto* s = c.strain.findScenario(id);
    if (s == nullptr) {
        qFatal("no scenario %s", std::string(id).c_str());
    }
    return *s;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

class TestStrainVerdict : public QObject {
    Q_OBJECT
private slots:
    // ---- one run against the criteria ----

    void criteria_data() {
        QTest::addColumn<qint64>("p95Us");
        QTest::addColumn<double>("errorRate");
        QTest::addColumn<double>("throughput");
        QTest::addColumn<double>("memory"); // < 0: no memory source
        QTest::addColumn<int>("verdict");
        QTest::addColumn<int>("failedCriterion"); // -1: none
        const int passed = static_cast<int>(RunVerdict::Passed);
        const int failed = static_cast<int>(RunVerdict::Failed);
        QTest::newRow("all at the limits")
            << qint64{2'000'000} << 0.05 << 10.0 << 0.85 << passed << -1;
        QTest::newRow("p95 1 us over") << qint64{2'000'001} << 0.05 << 10.0 << 0.85 << failed
                                       << static_cast<int>(StrainCriterion::P95Latency);
        QTest::newRow("errors 5.01 %") << qint64{2'000'000} << 0.0501 << 10.0 << 0.85 << failed
                                       << static_cast<int>(StrainCriterion::ErrorRate);
        QTest::newRow("throughput 9.99") << qint64{1'000'000} << 0.0 << 9.99 << 0.5 << failed
                                         << static_cast<int>(StrainCriterion::Throughput);
        QTest::newRow("memory 86 %") << qint64{1'000'000} << 0.0 << 50.0 << 0.86 << failed
                                     << static_cast<int>(StrainCriterion::Memory);
        QTest::newRow("no memory source passes")
            << qint64{1'000'000} << 0.0 << 50.0 << -1.0 << passed << -1;
        QTest::newRow("no memory source does not rescue")
            << qint64{2'500'000} << 0.0 << 50.0 << -1.0 << failed
            << static_cast<int>(StrainCriterion::P95Latency);
    }
    void criteria() {
        QFETCH(qint64, p95Us);
        QFETCH(double, errorRate);
        QFETCH(double, throughput);
        QFETCH(double, memory);
        QFETCH(int, verdict);
        QFETCH(int, failedCriterion);
        StrainMeasurement m = atTheLimits();
        m.p95 = std::chrono::microseconds{p95Us};
        m.errorRate = errorRate;
        m.throughputPerSecond = throughput;
        m.memoryUtilisation = memory < 0 ? std::nullopt : std::optional<double>(memory);
        const auto j = judgeRun(m, defaults().strain.criteria);
        QCOMPARE(static_cast<int>(j.verdict), verdict);
        QCOMPARE(j.reason, NotJudgedReason::None);
        QCOMPARE(j.criteria.size(), std::size_t{4});
        for (const auto& c : j.criteria) {
            const bool shouldFail = static_cast<int>(c.criterion) == failedCriterion;
            QCOMPARE(c.outcome == CriterionOutcome::Failed, shouldFail);
        }
        const auto* p95 = j.find(StrainCriterion::P95Latency);
        QVERIFY(p95 != nullptr);
        QCOMPARE(*p95->measured, static_cast<double>(p95Us) / 1000.0);
        QCOMPARE(p95->limit, 2000.0);
    }

    void memoryWithoutSourceIsNotMeasured() {
        StrainMeasurement m = atTheLimits();
        m.memoryUtilisation.reset();
        const auto j = judgeRun(m, defaults().strain.criteria);
        const auto* memory = j.find(StrainCriterion::Memory);
        QVERIFY(memory != nullptr);
        QCOMPARE(memory->outcome, CriterionOutcome::NotMeasured);
        QVERIFY(!memory->measured.has_value());
        QCOMPARE(memory->limit, 0.85);
        QCOMPARE(j.verdict, RunVerdict::Passed);
        // The measured figures and limits, in their units.
        QCOMPARE(*j.find(StrainCriterion::ErrorRate)->measured, 0.05);
        QCOMPARE(j.find(StrainCriterion::ErrorRate)->limit, 0.05);
        QCOMPARE(*j.find(StrainCriterion::Throughput)->measured, 10.0);
        QCOMPARE(j.find(StrainCriterion::Throughput)->limit, 10.0);
    }

    void saturatedGeneratorIsNotJudged() {
        StrainMeasurement m = atTheLimits();
        m.generatorSaturated = true;
        auto j = judgeRun(m, defaults().strain.criteria);
        QCOMPARE(j.verdict, RunVerdict::NotJudged);
        QCOMPARE(j.reason, NotJudgedReason::GeneratorSaturated);
        QCOMPARE(j.criteria.size(), std::size_t{4}); // still shown
        // Even a run that fails every criterion is not a failure of the server.
        m.p95 = 9'000'000us;
        m.errorRate = 0.5;
        j = judgeRun(m, defaults().strain.criteria);
        QCOMPARE(j.verdict, RunVerdict::NotJudged);
        QCOMPARE(j.find(StrainCriterion::P95Latency)->outcome, CriterionOutcome::Failed);
    }

    void runWithoutRequestsIsNotJudged() {
        StrainMeasurement m;
        const auto j = judgeRun(m, defaults().strain.criteria);
        QCOMPARE(j.verdict, RunVerdict::NotJudged);
        QCOMPARE(j.reason, NotJudgedReason::NoRequests);
    }

    void editedCriteriaApply() {
        StrainCriteria strict = defaults().strain.criteria;
        strict.maxP95 = 1500ms;
        const auto j = judgeRun(atTheLimits(), strict);
        QCOMPARE(j.verdict, RunVerdict::Failed);
        QCOMPARE(j.find(StrainCriterion::P95Latency)->limit, 1500.0);
    }

    // ---- a suite and tier readiness ----

    void passRateAndReadiness_data() {
        QTest::addColumn<int>("passed");
        QTest::addColumn<int>("failed");
        QTest::addColumn<int>("notJudged");
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("readiness");
        const int ready = static_cast<int>(Readiness::Ready);
        const int notReady = static_cast<int>(Readiness::NotReady);
        QTest::newRow("4 of 5 = 80 %") << 4 << 1 << 0 << 0.8 << ready;
        QTest::newRow("8 of 10 = 80 %") << 8 << 2 << 0 << 0.8 << ready;
        QTest::newRow("7 of 10 = 70 %") << 7 << 3 << 0 << 0.7 << notReady;
        QTest::newRow("3 of 4 = 75 %") << 3 << 1 << 0 << 0.75 << notReady;
        QTest::newRow("all pass") << 4 << 0 << 0 << 1.0 << ready;
        QTest::newRow("4 pass, 1 not judged = 80 %") << 4 << 0 << 1 << 0.8 << ready;
        QTest::newRow("3 pass, 1 fail, 1 not judged = 60 %") << 3 << 1 << 1 << 0.6 << notReady;
        QTest::newRow("only not judged") << 0 << 0 << 2 << 0.0 << notReady;
    }
    void passRateAndReadiness() {
        QFETCH(int, passed);
        QFETCH(int, failed);
        QFETCH(int, notJudged);
        QFETCH(double, rate);
        QFETCH(int, readiness);
        const auto runs = suite(passed, failed, notJudged);
        const auto s = summariseSuite(runs, defaults().strain.readinessPassRate);
        QCOMPARE(s.runs, runs.size());
        QCOMPARE(s.passed, std::size_t(passed));
        QCOMPARE(s.failed, std::size_t(failed));
        QCOMPARE(s.notJudged, std::size_t(notJudged));
        QVERIFY(s.passRate.has_value());
        QCOMPARE(*s.passRate, rate);
        QCOMPARE(static_cast<int>(s.readiness), readiness);
        std::vector<std::size_t> expected;
        for (int i = 0; i < notJudged; ++i) {
            expected.push_back(std::size_t(passed + failed + i));
        }
        QCOMPARE(s.notJudgedRuns, expected);
    }

    void emptySuiteHasNoRate() {
        const auto s = summariseSuite({}, 0.8);
        QCOMPARE(s.readiness, Readiness::NoRuns);
        QVERIFY(!s.passRate.has_value());
    }

    void upgradePathRateApplies() {
        const auto runs = suite(4, 1, 0);
        QCOMPARE(summariseSuite(runs, 0.9).readiness, Readiness::NotReady);
        QCOMPARE(summariseSuite(runs, 0.9).requiredPassRate, 0.9);
    }

    void judgedRunsFeedTheSuite() {
        const auto criteria = defaults().strain.criteria;
        StrainMeasurement slow = atTheLimits();
        slow.p95 = 2'100'000us;
        StrainMeasurement saturated = atTheLimits();
        saturated.generatorSaturated = true;
        const std::vector<StrainJudgement> runs{judgeRun(atTheLimits(), criteria),
                                                judgeRun(slow, criteria),
                                                judgeRun(saturated, criteria)};
        const auto s = summariseSuite(runs, 0.8);
        QCOMPARE(s.passed, std::size_t{1});
        QCOMPARE(s.failed, std::size_t{1});
        QCOMPARE(s.notJudgedRuns, std::vector<std::size_t>{2});
        QCOMPARE(s.readiness, Readiness::NotReady);
    }

    // ---- against the stored baseline ----

    void exactlyTenPercentWorseIsNoRegression() {
        const auto baseline = withPercentiles(1000, 2000, 3000, 4000, 10000, 0.02);
        const auto current = withPercentiles(1100, 2200, 3300, 4400, 11000, 0.022);
        const auto c = compareWithBaseline(current, baseline, 0.10);
        QCOMPARE(c.comparability, BaselineComparability::Comparable);
        QCOMPARE(c.figures.size(), std::size_t{6});
        for (const auto& f : c.figures) {
            QVERIFY2(!f.regressed, std::string(keyIn(kBaselineFigureKeys, f.figure)).c_str());
            QVERIFY(f.change.has_value());
            QCOMPARE(*f.change, 0.1);
        }
        QVERIFY(!c.regressed);
        QCOMPARE(figure(c, BaselineFigure::P999).baseline, 10000.0);
        QCOMPARE(figure(c, BaselineFigure::P999).current, 11000.0);
    }

    void tenPointOnePercentWorseIsARegression_data() {
        QTest::addColumn<int>("figure");
        QTest::addColumn<int>("index"); // which value of the current run is 10.1 % worse
        for (int f = 0; f < 6; ++f) {
            QTest::newRow(std::string(keyIn(kBaselineFigureKeys, BaselineFigure(f))).c_str())
                << f << f;
        }
    }
    void tenPointOnePercentWorseIsARegression() {
        QFETCH(int, figure);
        QFETCH(int, index);
        const auto baseline = withPercentiles(1000, 2000, 3000, 4000, 10000, 0.02);
        // 10.1 % worse: 1101, 2202, 3303, 4404, 11010 us; error rate 0.02202.
        std::int64_t v[] = {1000, 2000, 3000, 4000, 10000};
        double errorRate = 0.02;
        const std::int64_t worse[] = {1101, 2202, 3303, 4404, 11010};
        if (index < 5) {
            v[index] = worse[index];
        } else {
            errorRate = 0.02202;
        }
        const auto current = withPercentiles(v[0], v[1], v[2], v[3], v[4], errorRate);
        const auto c = compareWithBaseline(current, baseline, 0.10);
        QVERIFY(c.regressed);
        for (const auto& f : c.figures) {
            QCOMPARE(f.regressed, static_cast<int>(f.figure) == figure);
        }
        QCOMPARE(*c.figures[std::size_t(figure)].change, 0.101);
    }

    void betterIsNoRegression() {
        const auto baseline = withPercentiles(1000, 2000, 3000, 4000, 10000, 0.02);
        const auto current = withPercentiles(900, 1000, 3000, 4000, 10000, 0.01);
        const auto c = compareWithBaseline(current, baseline, 0.10);
        QVERIFY(!c.regressed);
        QCOMPARE(*figure(c, BaselineFigure::P50).change, -0.1);
        QCOMPARE(*figure(c, BaselineFigure::P90).change, -0.5);
        QCOMPARE(*figure(c, BaselineFigure::ErrorRate).change, -0.5);
    }

    // Zero errors in the baseline: more than 10 % worse than 0 is anything above 0; the relative
    // change is not a number and stays empty.
    void zeroBaselineErrorRate() {
        const auto baseline = withPercentiles(1000, 2000, 3000, 4000, 10000, 0.0);
        auto c = compareWithBaseline(baseline, baseline, 0.10);
        QVERIFY(!c.regressed);
        QVERIFY(!figure(c, BaselineFigure::ErrorRate).change.has_value());
        QVERIFY(!figure(c, BaselineFigure::ErrorRate).regressed);

        const auto current = withPercentiles(1000, 2000, 3000, 4000, 10000, 0.0001);
        c = compareWithBaseline(current, baseline, 0.10);
        QVERIFY(c.regressed);
        QVERIFY(figure(c, BaselineFigure::ErrorRate).regressed);
        QVERIFY(!figure(c, BaselineFigure::ErrorRate).change.has_value());
        QCOMPARE(figure(c, BaselineFigure::ErrorRate).current, 0.0001);
    }

    void unjudgeableRunsAreNotCompared() {
        const auto baseline = withPercentiles(1000, 2000, 3000, 4000, 10000, 0.02);
        auto current = withPercentiles(5000, 9000, 9000, 9000, 90000, 0.2);
        current.generatorSaturated = true;
        auto c = compareWithBaseline(current, baseline, 0.10);
        QCOMPARE(c.comparability, BaselineComparability::CurrentNotJudged);
        QVERIFY(!c.regressed);
        QVERIFY(figure(c, BaselineFigure::P50).regressed); // shown, not concluded

        auto stored = baseline;
        stored.generatorSaturated = true;
        current.generatorSaturated = false;
        c = compareWithBaseline(current, stored, 0.10);
        QCOMPARE(c.comparability, BaselineComparability::BaselineNotJudged);
        QVERIFY(!c.regressed);
    }

    // ---- run plans ----

    void baselinePlan() {
        const Catalog c = defaults();
        StrainOverrides o;
        o.target = "http://127.0.0.1:8080/";
        auto plan = planRun(scenarioOf(c, "baseline"), c.strain.limits, o);
        QVERIFY2(plan.has_value(), plan ? "" : plan.error().message.c_str());
        QCOMPARE(plan->model, LoadModel::Closed);
        QCOMPARE(plan->kind, StrainKind::Baseline);
        QCOMPARE(plan->users, 100);
        QCOMPARE(plan->duration, 600s);
        QCOMPARE(plan->rampUp, 60s);
        QCOMPARE(plan->maxRequests, std::int64_t{10'000'000});
        QCOMPARE(plan->maxTime, 630s); // 600 s + the 30 s request timeout
        QCOMPARE(plan->urls, std::vector<std::string>{"http://127.0.0.1:8080/"});
        QCOMPARE(plan->method, std::string("GET"));
        QVERIFY(plan->allTargetsLocal);
        // Users start every 600 ms: 60 s x i / 100.
        QCOMPARE(plan->userStartsAt(0), 0ms);
        QCOMPARE(plan->userStartsAt(1), 600ms);
        QCOMPARE(plan->userStartsAt(99), 59400ms);
        QCOMPARE(plan->usersAt(0ms), 1);
        QCOMPARE(plan->usersAt(599ms), 1);
        QCOMPARE(plan->usersAt(600ms), 2);
        QCOMPARE(plan->usersAt(59399ms), 99);
        QCOMPARE(plan->usersAt(59400ms), 100);
        QCOMPARE(plan->usersAt(599999ms), 100);
        QCOMPARE(plan->usersAt(600000ms), 0);
        QCOMPARE(plan->rateAt(1000ms), 0.0); // closed: no arrival rate
    }

    void suiteRunsScaleByIntensity_data() {
        QTest::addColumn<int>("run");
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("users");
        QTest::addColumn<int>("durationS");
        // Seed 002: 50 %, 60 %, 70 %, 80 % of 100 users.
        QTest::newRow("AI Load") << 0 << "ai_load" << 50 << 60;
        QTest::newRow("Visual Jobs") << 1 << "visual_jobs" << 60 << 120;
        QTest::newRow("Concurrent Users") << 2 << "concurrent_users" << 70 << 180;
        QTest::newRow("Full System") << 3 << "full_system" << 80 << 300;
    }
    void suiteRunsScaleByIntensity() {
        QFETCH(int, run);
        QFETCH(QString, scenario);
        QFETCH(int, users);
        QFETCH(int, durationS);
        const Catalog c = defaults();
        const auto& r = suiteOf(c, "before_growth_phase").runs.at(std::size_t(run));
        StrainOverrides o;
        o.target = "http://localhost:3000";
        auto plan = planSuiteRun(c.strain, r, o);
        QVERIFY2(plan.has_value(), plan ? "" : plan.error().message.c_str());
        QCOMPARE(QString::fromStdString(plan->scenarioId), scenario);
        QCOMPARE(plan->users, users);
        QCOMPARE(plan->duration, std::chrono::seconds{durationS});
        QCOMPARE(plan->rampUp, 10s);
        QCOMPARE(plan->maxTime, std::chrono::seconds{durationS + 30});
        QCOMPARE(plan->urls, std::vector<std::string>{"http://localhost:3000/"});
    }

    void intensityRoundsAndKeepsOneUser() {
        StrainScenario s = scenarioOf(defaults(), "baseline");
        const StrainLimits limits;
        StrainOverrides o;
        o.target = "http://127.0.0.1";
        s.users = 3;
        o.intensity = 0.5; // 1.5 rounds to 2
        QCOMPARE(planRun(s, limits, o)->users, 2);
        o.intensity = 0.1; // 0.3 rounds to 0, kept at 1
        QCOMPARE(planRun(s, limits, o)->users, 1);
    }

    void absoluteLoadOverrides() {
        const Catalog c = defaults();
        const auto& baseline = scenarioOf(c, "baseline");
        StrainOverrides o;
        o.target = "http://127.0.0.1:8080";
        o.users = 250;
        o.duration = 120s;
        auto plan = planRun(baseline, c.strain.limits, o);
        QVERIFY(plan.has_value());
        QCOMPARE(plan->users, 250);
        QCOMPARE(plan->duration, 120s);
        QCOMPARE(plan->rampUp, 60s);

        // A duration the scenario's ramp does not fit in keeps the ramp's share of the run.
        StrainOverrides shorter;
        shorter.target = "http://127.0.0.1:8080";
        shorter.duration = 30s;
        auto tryOut = planRun(baseline, c.strain.limits, shorter);
        QVERIFY2(tryOut.has_value(), tryOut ? "" : tryOut.error().message.c_str());
        QCOMPARE(tryOut->rampUp, 3s); // 60 of 600 s
        shorter.rampUp = 30s;         // an explicit ramp is the person's own: refused
        QVERIFY(!planRun(baseline, c.strain.limits, shorter).has_value());

        // An absolute load is not scaled by the suite's intensity.
        StrainOverrides suiteOverride;
        suiteOverride.target = "http://127.0.0.1";
        suiteOverride.users = 7;
        auto suitePlan =
            planSuiteRun(c.strain, suiteOf(c, "before_hard_launch").runs[0], suiteOverride);
        QVERIFY(suitePlan.has_value());
        QCOMPARE(suitePlan->users, 7);
        QCOMPARE(suitePlan->duration, 60s);
    }

    void openModelPlan() {
        const Catalog c = defaults();
        StrainOverrides o;
        o.target = "http://127.0.0.1:8080";
        o.arrivalRatePerSecond = 20.0;
        auto plan = planRun(scenarioOf(c, "baseline"), c.strain.limits, o);
        QVERIFY2(plan.has_value(), plan ? "" : plan.error().message.c_str());
        QCOMPARE(plan->model, LoadModel::Open);
        QCOMPARE(plan->users, 0);
        QCOMPARE(plan->arrivalRatePerSecond, 20.0);
        QCOMPARE(plan->usersAt(1000ms), 0);
        // The rate rises over the 60 s ramp: 10/s half-way, 20/s from 60 s.
        QCOMPARE(plan->rateAt(0ms), 0.0);
        QCOMPARE(plan->rateAt(30000ms), 10.0);
        QCOMPARE(plan->rateAt(60000ms), 20.0);
        QCOMPARE(plan->rateAt(600000ms), 0.0);
        // Arrivals: 20 x 30^2 / 120 = 150 by 30 s; 20 x 60 / 2 = 600 by the ramp's end;
        // 600 + 20 x 540 = 11400 by 600 s.
        QCOMPARE(plan->arrivalsBy(30000ms), 150.0);
        QCOMPARE(plan->arrivalsBy(60000ms), 600.0);
        QCOMPARE(plan->arrivalsBy(600000ms), 11400.0);
        QCOMPARE(plan->arrivalsBy(700000ms), 11400.0);
        QCOMPARE(*plan->arrivalDueAt(150), std::chrono::microseconds{30'000'000});
        QCOMPARE(*plan->arrivalDueAt(600), std::chrono::microseconds{60'000'000});
        QCOMPARE(*plan->arrivalDueAt(601), std::chrono::microseconds{60'050'000});
        QCOMPARE(*plan->arrivalDueAt(11400), std::chrono::microseconds{600'000'000});
        QVERIFY(!plan->arrivalDueAt(11401).has_value());
        QVERIFY(!plan->arrivalDueAt(0).has_value());
    }

    void maxRequestsOverride() {
        const Catalog c = defaults();
        StrainOverrides o;
        o.target = "http://127.0.0.1";
        o.maxRequests = 5000;
        auto plan = planRun(scenarioOf(c, "peak_spike"), c.strain.limits, o);
        QVERIFY(plan.has_value());
        QCOMPARE(plan->maxRequests, std::int64_t{5000});
        QCOMPARE(plan->users, 1000);
        QCOMPARE(plan->maxTime, 330s);
        // A cap makes an otherwise too large open run acceptable: it stops at 5000.
        o.arrivalRatePerSecond = 10000.0;
        o.duration = 86400s;
        plan = planRun(scenarioOf(c, "peak_spike"), c.strain.limits, o);
        QVERIFY2(plan.has_value(), plan ? "" : plan.error().message.c_str());
        QCOMPARE(plan->maxRequests, std::int64_t{5000});
    }

    void refusals_data() {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected");
        QTest::newRow("users and rate") << "users+rate"
                                        << "scenario 'baseline': load takes users or an arrival "
                                           "rate, not both";
        QTest::newRow("no users") << "users=0"
                                  << "scenario 'baseline': users must be from 1 to 10000 (the "
                                     "strain limits), got 0";
        QTest::newRow("too many users") << "users=10001"
                                        << "users must be from 1 to 10000 (the strain limits), "
                                           "got 10001";
        QTest::newRow("rate zero") << "rate=0"
                                   << "arrival_rate_per_second must be greater than 0 and at most "
                                      "10000 (the strain limits), got 0";
        QTest::newRow("rate too high") << "rate=10001"
                                       << "arrival_rate_per_second must be greater than 0 and at "
                                          "most 10000 (the strain limits), got 10001";
        QTest::newRow("zero duration: no bound") << "duration=0"
                                                 << "duration must be from 1 to 86400 seconds (the "
                                                    "strain limits), got 0";
        QTest::newRow("a day and a second") << "duration=86401"
                                            << "duration must be from 1 to 86400 seconds";
        QTest::newRow("ramp fills the run") << "ramp=600"
                                            << "ramp_up must be at least 0 and shorter than the "
                                               "duration (600 s), got 600";
        QTest::newRow("negative ramp") << "ramp=-1"
                                       << "ramp_up must be at least 0 and shorter than the "
                                          "duration (600 s), got -1";
        QTest::newRow("intensity zero") << "intensity=0"
                                        << "intensity must be greater than 0 and at most 1, got 0";
        QTest::newRow("intensity 150 %") << "intensity=1.5"
                                         << "intensity must be greater than 0 and at most 1, got "
                                            "1.5";
        QTest::newRow("max requests zero") << "max=0"
                                           << "max_requests must be from 1 to 10000000 (the "
                                              "strain limits), got 0";
        // 10000/s for a day would be 863,850,000 requests: 10000 x 30 / 2 + 10000 x 86370.
        QTest::newRow("open run too large") << "huge-open"
                                            << "load would send about 863850000 requests, more "
                                               "than 10000000 (the strain limits)";
        QTest::newRow("path without target") << "no-target"
                                             << "urls hold the path '/' but no target was given";
        QTest::newRow("bad target") << "target=ftp"
                                    << "target must be an http(s) URL with a host, got "
                                       "'ftp://127.0.0.1/'";
        QTest::newRow("url without scheme") << "url=bare"
                                            << "urls must be http(s) URLs with a host or paths "
                                               "starting with '/', got 'example.com/x'";
        QTest::newRow("url with a space") << "url=space"
                                          << "urls must not hold spaces or control characters";
    }
    void refusals() {
        QFETCH(QString, what);
        QFETCH(QString, expected);
        const Catalog c = defaults();
        const StrainScenario* scenario = &scenarioOf(c, "baseline");
        StrainOverrides o;
        o.target = "http://127.0.0.1:8080";
        if (what == "users+rate") {
            o.users = 10;
            o.arrivalRatePerSecond = 10;
        } else if (what.startsWith("users=")) {
            o.users = what.mid(6).toInt();
        } else if (what.startsWith("rate=")) {
            o.arrivalRatePerSecond = what.mid(5).toDouble();
        } else if (what.startsWith("duration=")) {
            o.duration = std::chrono::seconds{what.mid(9).toInt()};
        } else if (what.startsWith("ramp=")) {
            o.rampUp = std::chrono::seconds{what.mid(5).toInt()};
        } else if (what.startsWith("intensity=")) {
            o.intensity = what.mid(10).toDouble();
        } else if (what.startsWith("max=")) {
            o.maxRequests = what.mid(4).toLongLong();
        } else if (what == "huge-open") {
            scenario = &scenarioOf(c, "peak_spike"); // 30 s ramp
            o.arrivalRatePerSecond = 10000;
            o.duration = 86400s;
        } else if (what == "no-target") {
            o.target.clear();
        } else if (what == "target=ftp") {
            o.target = "ftp://127.0.0.1/";
        } else if (what == "url=bare") {
            o.urls = {"example.com/x"};
        } else if (what == "url=space") {
            o.urls = {"http://127.0.0.1/a b"};
        }
        auto plan = planRun(*scenario, c.strain.limits, o);
        QVERIFY(!plan.has_value());
        QCOMPARE(plan.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(contains(plan.error().message, expected.toStdString()),
                 plan.error().message.c_str());
    }

    void unknownSuiteScenario() {
        const Catalog c = defaults();
        auto plan = planSuiteRun(c.strain, {"ghost", 0.5, 60s}, {});
        QVERIFY(!plan.has_value());
        QCOMPARE(plan.error().code, ErrorCode::NotFound);
    }

    void remoteTargetsAreFlagged() {
        const Catalog c = defaults();
        StrainOverrides o;
        o.urls = {"http://127.0.0.1:8080/a", "https://api.example.com/b"};
        auto plan = planRun(scenarioOf(c, "baseline"), c.strain.limits, o);
        QVERIFY(plan.has_value());
        QCOMPARE(plan->urls, o.urls);
        QVERIFY(!plan->allTargetsLocal);
        o.urls = {"http://127.0.0.1:8080/a", "http://[::1]:8080/b"};
        plan = planRun(scenarioOf(c, "baseline"), c.strain.limits, o);
        QVERIFY(plan->allTargetsLocal);
    }

    void isLocalTarget_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("local");
        QTest::newRow("127.0.0.1") << "http://127.0.0.1/" << true;
        QTest::newRow("with port and path") << "http://127.0.0.1:8080/api?x=1" << true;
        QTest::newRow("127/8 end") << "https://127.255.255.254" << true;
        QTest::newRow("localhost") << "http://localhost:3000" << true;
        QTest::newRow("LOCALHOST") << "HTTP://LocalHost/" << true;
        QTest::newRow("localhost.") << "http://localhost./" << true;
        QTest::newRow("::1") << "http://[::1]:8080/" << true;
        QTest::newRow("::1 long") << "http://[0:0:0:0:0:0:0:1]/" << true;
        QTest::newRow("v4-mapped loopback") << "http://[::ffff:127.0.0.1]/" << true;
        QTest::newRow("user info") << "http://user:pw@127.0.0.1/" << true;
        QTest::newRow("query right after host") << "http://127.0.0.1?x" << true;
        QTest::newRow("128.0.0.1") << "http://128.0.0.1/" << false;
        QTest::newRow("private") << "http://10.0.0.1/" << false;
        QTest::newRow("0.0.0.0") << "http://0.0.0.0/" << false;
        QTest::newRow("name") << "https://example.com/" << false;
        QTest::newRow("loopback-looking name") << "http://127.0.0.1.example.com/" << false;
        QTest::newRow("localhost subdomain") << "http://localhost.example.com/" << false;
        QTest::newRow("user info trick") << "http://127.0.0.1@example.com/" << false;
        QTest::newRow("fake port trick") << "http://localhost:80@example.com/" << false;
        QTest::newRow("::2") << "http://[::2]/" << false;
        QTest::newRow("v4-mapped remote") << "http://[::ffff:10.0.0.1]/" << false;
        QTest::newRow("short form") << "http://127.1/" << false; // not dotted quad: ask
        QTest::newRow("ftp") << "ftp://127.0.0.1/" << false;
        QTest::newRow("path") << "/health" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("no host") << "http://" << false;
        QTest::newRow("unclosed bracket") << "http://[::1/" << false;
    }
    void isLocalTarget() {
        QFETCH(QString, url);
        QFETCH(bool, local);
        QCOMPARE(headroom::isLocalTarget(url.toStdString()), local);
    }
};

QTEST_GUILESS_MAIN(TestStrainVerdict)
#include "tst_strain_verdict.moc"
