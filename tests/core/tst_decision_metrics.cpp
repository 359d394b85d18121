// Seed 000's key metrics over the decision history (core/policy/DecisionMetrics.h): the latest
// outcome supersedes, acceptance rate and accuracy with their counts, no rate without anything
// to rate, measured impact only from enough real points, and the verdict of each outcome.
#include "policy/DecisionMetrics.h"

#include <QTest>

using namespace headroom;

namespace {

Timestamp t(std::int64_t seconds) {
    return Timestamp{std::chrono::seconds{seconds}};
}

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kT0 = 1'764'000'000;

OutcomeRecord outcome(std::int64_t rec, OutcomeStatus status, std::int64_t at,
                      std::optional<double> actualUsd = std::nullopt) {
    OutcomeRecord r;
    r.recommendationId = rec;
    r.recommendationType = "add_redis_cache";
    r.status = status;
    r.at = t(at);
    if (actualUsd) {
        r.actualMonthlyCost = MicroUsd::fromDollars(*actualUsd);
    }
    return r;
}

Decision decision(RowId id, RowId rec, Verdict verdict, std::int64_t at) {
    Decision d;
    d.id = id;
    d.recommendationId = rec;
    d.verdict = verdict;
    d.decidedAt = t(at);
    return d;
}

RecommendationTemplate costRange(double minUsd, double maxUsd) {
    RecommendationTemplate tmpl;
    tmpl.type = "add_redis_cache";
    tmpl.monthlyCostMin = MicroUsd::fromDollars(minUsd);
    tmpl.monthlyCostMax = MicroUsd::fromDollars(maxUsd);
    return tmpl;
}

const Evidence kCpuHigh{MetricId::CpuUtilization, 0.9, 0.8, Comparison::AtLeast};

} // namespace

class TestDecisionMetrics : public QObject {
    Q_OBJECT
private slots:
    void laterOutcomeSupersedes() {
        const std::vector<OutcomeRecord> history{outcome(1, OutcomeStatus::Implemented, kT0),
                                                 outcome(2, OutcomeStatus::Failed, kT0 + 10),
                                                 outcome(1, OutcomeStatus::RolledBack, kT0 + 20)};
        const auto current = currentOutcomes(history);
        QCOMPARE(current.size(), std::size_t(2));
        QCOMPARE(current[0].recommendationId, std::int64_t(2));
        QCOMPARE(current[1].recommendationId, std::int64_t(1));
        QCOMPARE(current[1].status, OutcomeStatus::RolledBack);
    }

    void acceptanceRateUsesLatestDecision() {
        // 1: deferred then accepted; 2: rejected; 3: accepted; 4: deferred.
        const std::vector<Decision> decisions{
            decision(1, 1, Verdict::Defer, kT0), decision(2, 2, Verdict::Reject, kT0),
            decision(3, 1, Verdict::Accept, kT0 + kDay), decision(4, 3, Verdict::Accept, kT0),
            decision(5, 4, Verdict::Defer, kT0)};
        const auto m = computeKeyMetrics(decisions, {});
        QCOMPARE(m.decided, std::size_t(4));
        QCOMPARE(m.accepted, std::size_t(2));
        QCOMPARE(m.rejected, std::size_t(1));
        QCOMPARE(m.deferred, std::size_t(1));
        QCOMPARE(m.acceptance.hits, std::size_t(2));
        QCOMPARE(m.acceptance.of, std::size_t(4));
        QCOMPARE(*m.acceptance.rate(), 0.5);
        QCOMPARE(m.awaitingOutcome, std::size_t(2));
    }

    void noRateWithoutAnythingToRate() {
        const auto m = computeKeyMetrics({}, {});
        QVERIFY(!m.acceptance.rate());
        QVERIFY(!m.accuracy.rate());
        // Outcomes without an impact are not rated either.
        OutcomeAssessment a;
        a.record = outcome(1, OutcomeStatus::Implemented, kT0);
        a.verdict = OutcomeVerdict::NoImpact;
        const std::vector<OutcomeAssessment> assessments{a};
        const auto withOutcome = computeKeyMetrics({}, assessments);
        QCOMPARE(withOutcome.implemented, std::size_t(1));
        QVERIFY(!withOutcome.accuracy.rate());
    }

    void accuracyCountsOutcomesWithAnImpact() {
        std::vector<OutcomeAssessment> assessments(4);
        assessments[0].verdict = OutcomeVerdict::WithinPrediction;
        assessments[1].verdict = OutcomeVerdict::WithinPrediction;
        assessments[2].verdict = OutcomeVerdict::OutsidePrediction;
        assessments[3].verdict = OutcomeVerdict::NoImpact;
        for (std::size_t i = 0; i < assessments.size(); ++i) {
            assessments[i].record = outcome(RowId(i + 1), OutcomeStatus::Implemented, kT0);
        }
        const auto m = computeKeyMetrics({}, assessments);
        QCOMPARE(m.accuracy.hits, std::size_t(2));
        QCOMPARE(m.accuracy.of, std::size_t(3));
    }

    void judgeEnteredCost_data() {
        QTest::addColumn<double>("actualUsd");
        QTest::addColumn<int>("verdict");
        QTest::newRow("inside") << 150.0 << int(OutcomeVerdict::WithinPrediction);
        QTest::newRow("at the minimum") << 100.0 << int(OutcomeVerdict::WithinPrediction);
        QTest::newRow("at the maximum") << 200.0 << int(OutcomeVerdict::WithinPrediction);
        QTest::newRow("above") << 200.01 << int(OutcomeVerdict::OutsidePrediction);
        QTest::newRow("below") << 50.0 << int(OutcomeVerdict::OutsidePrediction);
    }
    void judgeEnteredCost() {
        QFETCH(double, actualUsd);
        QFETCH(int, verdict);
        const auto tmpl = costRange(100, 200);
        const auto r = outcome(1, OutcomeStatus::Implemented, kT0, actualUsd);
        QCOMPARE(int(judgeOutcome(r, &tmpl, {}, std::nullopt)), verdict);
    }

    void judgeMeasuredDirection_data() {
        QTest::addColumn<int>("comparison");
        QTest::addColumn<double>("before");
        QTest::addColumn<double>("after");
        QTest::addColumn<int>("verdict");
        QTest::newRow("high cpu fell")
            << int(Comparison::AtLeast) << 0.9 << 0.6 << int(OutcomeVerdict::WithinPrediction);
        QTest::newRow("high cpu rose")
            << int(Comparison::AtLeast) << 0.6 << 0.9 << int(OutcomeVerdict::OutsidePrediction);
        QTest::newRow("high cpu unchanged")
            << int(Comparison::Above) << 0.9 << 0.9 << int(OutcomeVerdict::OutsidePrediction);
        QTest::newRow("low use rose")
            << int(Comparison::Below) << 0.1 << 0.4 << int(OutcomeVerdict::WithinPrediction);
    }
    void judgeMeasuredDirection() {
        QFETCH(int, comparison);
        QFETCH(double, before);
        QFETCH(double, after);
        QFETCH(int, verdict);
        const Evidence e{MetricId::CpuUtilization, 0.5, 0.5, Comparison(comparison)};
        const std::vector<Evidence> evidence{e};
        const auto r = outcome(1, OutcomeStatus::Implemented, kT0);
        const MeasuredImpact m{MetricId::CpuUtilization, before, after, 5, 5};
        QCOMPARE(int(judgeOutcome(r, nullptr, evidence, m)), verdict);
        // Without a measurement or an entered cost there is no impact to judge.
        QCOMPARE(judgeOutcome(r, nullptr, evidence, std::nullopt), OutcomeVerdict::NoImpact);
    }

    void measureImpactNeedsPointsOnBothSides() {
        std::vector<TimedValue> points;
        const Timestamp decided = t(kT0);
        const Timestamp implemented = t(kT0 + 2 * kDay);
        for (int i = 1; i <= 3; ++i) {
            points.push_back({decided - std::chrono::hours(i), 0.9});
        }
        points.push_back({decided + std::chrono::hours(1), 5.0}); // between: ignored
        for (int i = 0; i < 2; ++i) {
            points.push_back({implemented + std::chrono::hours(i), 0.5});
        }
        QVERIFY(!measureImpact(MetricId::CpuUtilization, points, decided, implemented));
        points.push_back({implemented + std::chrono::hours(5), 0.8});
        const auto m = measureImpact(MetricId::CpuUtilization, points, decided, implemented);
        QVERIFY(m.has_value());
        QCOMPARE(m->beforePoints, std::size_t(3));
        QCOMPARE(m->afterPoints, std::size_t(3));
        QCOMPARE(m->before, 0.9);
        QCOMPARE(m->after, 0.6);
        // Points outside the window do not count.
        MeasureOptions narrow;
        narrow.window = std::chrono::hours(2);
        QVERIFY(!measureImpact(MetricId::CpuUtilization, points, decided, implemented, narrow));
    }

    void measurableEvidenceSkipsDerivedValues() {
        const std::vector<Evidence> evidence{
            {DerivedValue::HeadroomPercent, 5, 10, Comparison::Below}, kCpuHigh};
        const auto e = measurableEvidence(evidence);
        QVERIFY(e.has_value());
        QVERIFY(std::get<MetricId>(e->subject) == MetricId::CpuUtilization);
        QCOMPARE(predictedDirection(*e), -1);
    }
};

QTEST_GUILESS_MAIN(TestDecisionMetrics)
#include "tst_decision_metrics.moc"
