#include "policy/Evaluator.h"
#include "support/CorePrinters.h"
#include "support/PolicyFixtures.h"

#include <QTest>

using namespace headroom;
using namespace headroom::test;
using namespace std::chrono_literals;

namespace {
Snapshot seed000WithAiUsage() {
    Snapshot s = seed000Snapshot();
    for (const auto& [provider, used] : {std::pair<const char*, double>{"claude", 150000},
                                         {"gemini", 80000},
                                         {"openai", 135000}}) {
        if (!s.setAiUsage({provider, used, kNow, "test"})) {
            qFatal("bad usage");
        }
    }
    return s;
}
} // namespace

class TestEvaluator : public QObject {
    Q_OBJECT
private slots:
    // Seed 000's example under the default catalog, configured in growth mode.
    void seed000Evaluation() {
        const Catalog c = seedCatalog();
        const Evaluation e = evaluate(seed000WithAiUsage(), c, {kNow, "growth"});
        QCOMPARE(e.evaluatedAt, kNow);
        QCOMPARE(e.capacity.tierId, std::string("hard_launch"));
        QCOMPARE(e.capacity.overall, Status::Healthy);
        QCOMPARE(e.capacity.headroomPercent, std::optional<double>(28.0));
        QVERIFY(e.capacity.canAcceptNewClients);

        QCOMPARE(e.clients.activeClients, std::optional<int>(28));
        QCOMPARE(e.clients.tierMaxClients, 50);
        QCOMPARE(e.clients.headroomClients, std::optional<int>(22));
        QCOMPARE(e.clients.status, Status::Healthy);

        // Five of the nine required inputs, all fresh.
        QCOMPARE(e.quality.completeness, 5.0 / 9.0);
        QCOMPARE(e.quality.confidence, 5.0 / 9.0);

        // Only infra is computable: cpu 0.45 > 0.4 costs 5, error 0.015 nothing.
        QCOMPARE(e.health.infraHealth, std::optional<double>(95.0));
        QVERIFY(!e.health.aiCostPressure && !e.health.warningDensity && !e.health.churnRisk);
        QCOMPARE(e.health.overall, std::optional<double>(95.0));

        // growth at 95: safe = max(25, floor(47.5)) = 47, 28/47 <= 0.7 -> increase, but 5/9 of
        // the data is below the 0.7 minimum, so the truth layer holds.
        QCOMPARE(e.mode.currentModeId, std::string("growth"));
        QCOMPARE(e.mode.fittingModeId, std::string("growth"));
        QCOMPARE(e.mode.safeCapacity, std::optional<int>(47));
        QCOMPARE(e.mode.utilisation, std::optional<double>(28.0 / 47.0));
        QCOMPARE(e.mode.action, ModeAction::Hold);
        QVERIFY(e.mode.blockedByTruthLayer);
        QCOMPARE(e.mode.blockedAction, std::optional<ModeAction>(ModeAction::IncreaseMode));

        // token usage 180000 > 50000 is the only trigger that holds.
        QCOMPARE(e.recommendations.size(), std::size_t{1});
        QCOMPARE(e.recommendations[0].type, std::string("lower_token_budgets"));
        QCOMPARE(e.recommendations[0].severity, Status::Warning);
        QCOMPARE(e.recommendations[0].evidence[0].value, 180000.0);
        QVERIFY(!e.upgradeTowardsTier);

        // Hard-launch allocations: claude 150k/300k, gemini 80k/100k, openai 135k/150k.
        QCOMPARE(e.ai.size(), c.aiProviders.size());
        QCOMPARE(e.ai[0].providerId, std::string("claude"));
        QCOMPARE(e.ai[0].allocation, 300000.0);
        QCOMPARE(e.ai[0].utilisation, std::optional<double>(0.5));
        QCOMPARE(e.ai[0].status, Status::Healthy);
        QCOMPARE(e.ai[1].status, Status::Warning);
        QCOMPARE(e.ai[2].status, Status::Critical);
        QCOMPARE(e.ai[3].providerId, std::string("elevenlabs"));
        QVERIFY(!e.ai[3].used);
        QCOMPARE(e.ai[3].status, Status::Unknown);
    }

    void completeFreshDataLetsTheIncreaseThrough() {
        const Catalog c = seedCatalog();
        Snapshot s = seed000Snapshot();
        for (auto [m, v] : {std::pair{MetricId::AiSpendPerDayUsd, 20.0},
                            {MetricId::EarlyWarningEvents, 0.0},
                            {MetricId::AtRiskClients, 0.0},
                            {MetricId::ResponseTimeP50Ms, 120.0}}) {
            QVERIFY(s.set(m, {v, kNow, "test"}).has_value());
        }
        const Evaluation e = evaluate(s, c, {kNow, "growth"});
        QCOMPARE(e.quality.confidence, 1.0);
        // infra 95, pressure 20/200 = 10, density 0, churn 0:
        // 0.3 x 95 + 0.25 x 90 + 0.25 x 100 + 0.2 x 100 = 96
        QCOMPARE(e.health.overall, std::optional<double>(96.0));
        QCOMPARE(e.mode.action, ModeAction::IncreaseMode);
        QCOMPARE(e.mode.nextModeId, std::optional<std::string>("scale"));
        QCOMPARE(e.mode.confidence, 0.95);

        // The same data an hour old is stale: the truth layer holds again.
        const Evaluation later = evaluate(s, c, {kNow + 1h, "growth"});
        QCOMPARE(later.quality.freshness, 0.0);
        QCOMPARE(later.mode.action, ModeAction::Hold);
        QVERIFY(later.mode.blockedByTruthLayer);
    }

    void emptyModeMeansFittingMode() {
        const Catalog c = seedCatalog();
        const Evaluation e = evaluate(seed000Snapshot(), c, {kNow, ""});
        QCOMPARE(e.mode.currentModeId, std::string("growth"));
        const Evaluation unknown = evaluate(seed000Snapshot(), c, {kNow, "no_such_mode"});
        QCOMPARE(unknown.mode.currentModeId, std::string("growth"));
    }

    void emptySnapshot() {
        const Catalog c = seedCatalog();
        const Evaluation e = evaluate(Snapshot(kNow), c, {kNow, "lab"});
        QCOMPARE(e.capacity.tierId, std::string("soft_launch"));
        QCOMPARE(e.capacity.overall, Status::Unknown);
        QCOMPARE(e.clients.status, Status::Unknown);
        QCOMPARE(e.quality.confidence, 0.0);
        QVERIFY(!e.health.overall);
        QCOMPARE(e.mode.action, ModeAction::Hold);
        QVERIFY(e.recommendations.empty());
        QVERIFY(!e.upgradeTowardsTier);
    }

    // Truth layer: a host that reports only CPU must not be told it can take new clients.
    void acceptanceNeedsTheRequiredLimits() {
        const Catalog c = seedCatalog();
        const Evaluation cpuOnly =
            evaluate(snapshotOf({{MetricId::CpuUtilization, 0.05}}), c, {kNow, "lab"});
        QCOMPARE(cpuOnly.capacity.overall, Status::Healthy);
        QVERIFY(!cpuOnly.capacity.canAcceptNewClients);
        // Required by thresholds.json and limited by every tier: error rate, AI latency, queue.
        const std::vector<MetricId> needs{MetricId::ErrorRate, MetricId::AiLatencyMs,
                                          MetricId::QueueDepth};
        QVERIFY(cpuOnly.capacity.acceptanceNeeds == needs);

        // Seed 000's example measures all four seed capacity metrics: nothing is withheld.
        const Evaluation seed = evaluate(seed000Snapshot(), c, {kNow, ""});
        QVERIFY(seed.capacity.acceptanceNeeds.empty());
        QVERIFY(seed.capacity.canAcceptNewClients);
    }

    // Same input, same output: nothing depends on a clock or on earlier calls.
    void deterministic() {
        const Catalog c = seedCatalog();
        const Snapshot s = seed000WithAiUsage();
        const Evaluation a = evaluate(s, c, {kNow, "pilot"});
        const Evaluation b = evaluate(s, c, {kNow, "pilot"});
        QCOMPARE(a.mode.action, b.mode.action);
        QCOMPARE(a.mode.reasons.size(), b.mode.reasons.size());
        QCOMPARE(a.health.overall, b.health.overall);
        QCOMPARE(a.recommendations.size(), b.recommendations.size());
    }
};

QTEST_GUILESS_MAIN(TestEvaluator)
#include "tst_evaluator.moc"
