// An environment's scaling configuration (seed 001): validation with errors naming the field,
// the mode decision at each of the environment's own guardrail boundaries, and a health snapshot
// whose data is too thin to recommend an increase.
#include "policy/HealthSnapshotBuild.h"
#include "policy/Mode.h"
#include "policy/ScalingConfigCheck.h"
#include "support/PolicyFixtures.h"

#include <functional>

#include <QTest>

using namespace headroom;
using namespace headroom::test;

Q_DECLARE_METATYPE(std::function<void(ScalingConfig&)>)
Q_DECLARE_METATYPE(headroom::ModeAction)

namespace {

// The hand-written seed catalog leaves posts/day unset; seed 001's limits.
Catalog seedCatalogWithPosts() {
    Catalog c = builtSeedCatalog();
    const double posts[] = {50, 200, 1000, 10000};
    for (std::size_t i = 0; i < c.modes.size() && i < 4; ++i) {
        c.modes[i].maxPostsPerDay = posts[i];
    }
    return c;
}

// Deliberately unlike the catalog's, so a pass proves the environment's values are used.
Guardrails environmentGuardrails() {
    Guardrails g;
    g.minHealthForIncrease = 85;
    g.maxUtilisationForIncrease = 0.6;
    g.freezeBelowHealth = 45;
    g.maxWarningDensity = 0.25;
    g.maxChurnRisk = 0.15;
    g.maxAiCostPressure = 0.75;
    g.minConfidenceForChange = 0.8;
    g.minInfraHealth = 55;
    return g;
}

ScalingConfig environment(const Catalog& catalog) {
    ScalingConfig c = defaultScalingConfig(catalog, "pilot", "staging");
    c.guardrails = environmentGuardrails();
    return c;
}

DataQuality quality(double confidence) {
    DataQuality q;
    q.completeness = confidence;
    q.freshness = 1.0;
    q.confidence = confidence;
    return q;
}

using Mutation = std::function<void(ScalingConfig&)>;

} // namespace

class TestScalingConfig : public QObject {
    Q_OBJECT
private slots:
    void defaultsAreValidAndFollowTheCatalog() {
        const Catalog catalog = seedCatalogWithPosts();
        const ScalingConfig c = defaultScalingConfig(catalog, "growth");
        QVERIFY(validateScalingConfig(c).has_value());
        QCOMPARE(c.modeId, std::string("growth"));
        QCOMPARE(c.environment, std::string("production"));
        QVERIFY(c.autoMode == AutoMode::Off);
        QVERIFY(!c.freeze);
        QVERIFY(c.cadence == HealthCadence::Daily);
        QVERIFY(sameModes(c.modes, catalog.modes));
        QVERIFY(sameGuardrails(c.guardrails, catalog.guardrails));
        // An unknown mode falls back to the first one.
        QCOMPARE(defaultScalingConfig(catalog, "nope").modeId, std::string("lab"));
    }

    void validationErrors_data() {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("blank environment")
            << Mutation([](ScalingConfig& c) { c.environment = "  "; }) << "environment"
            << "environment must not be blank";
        QTest::newRow("unknown mode")
            << Mutation([](ScalingConfig& c) { c.modeId = "huge"; }) << "mode"
            << "mode 'huge' is not one of";
        QTest::newRow("no modes") << Mutation([](ScalingConfig& c) { c.modes.clear(); }) << "modes"
                                  << "at least one mode";
        QTest::newRow("gap") << Mutation([](ScalingConfig& c) { c.modes[1].minClients = 8; })
                             << "modes[1].min_clients"
                             << "leaves a gap after mode 'lab'";
        QTest::newRow("overlap") << Mutation([](ScalingConfig& c) { c.modes[2].minClients = 15; })
                                 << "modes[2].min_clients"
                                 << "overlaps the previous mode 'pilot'";
        QTest::newRow("unsorted") << Mutation([](ScalingConfig& c) {
            std::swap(c.modes[0], c.modes[1]);
        }) << "modes[1].min_clients"
                                  << "overlaps";
        QTest::newRow("max below min")
            << Mutation([](ScalingConfig& c) { c.modes[3].maxClients = 40; })
            << "modes[3].max_clients"
            << "is below its min_clients (51)";
        QTest::newRow("zero posts")
            << Mutation([](ScalingConfig& c) { c.modes[0].maxPostsPerDay = 0; })
            << "modes[0].max_posts_per_day"
            << "max_posts_per_day must be positive";
        QTest::newRow("negative spend")
            << Mutation([](ScalingConfig& c) { c.modes[2].maxAiSpendPerDay = MicroUsd{-1}; })
            << "modes[2].max_ai_spend_per_day"
            << "('growth').max_ai_spend_per_day must be positive";
        QTest::newRow("duplicate id")
            << Mutation([](ScalingConfig& c) { c.modes[1].id = "lab"; }) << "modes[1].id"
            << "the id 'lab' is used twice";
        QTest::newRow("blank name")
            << Mutation([](ScalingConfig& c) { c.modes[0].name = ""; }) << "modes[0].name"
            << "name must not be blank";
        QTest::newRow("fraction above 1")
            << Mutation([](ScalingConfig& c) { c.guardrails.maxChurnRisk = 1.5; })
            << "guardrails.max_churn_risk"
            << "between 0 and 1 (got 1.5)";
        QTest::newRow("negative fraction")
            << Mutation([](ScalingConfig& c) { c.guardrails.minConfidenceForChange = -0.1; })
            << "guardrails.min_confidence_for_change"
            << "between 0 and 1";
        QTest::newRow("score above 100")
            << Mutation([](ScalingConfig& c) { c.guardrails.minHealthForIncrease = 120; })
            << "guardrails.min_health_for_increase"
            << "between 0 and 100 (got 120)";
        QTest::newRow("freeze not below increase")
            << Mutation([](ScalingConfig& c) { c.guardrails.freezeBelowHealth = 80; })
            << "guardrails.freeze_below_health"
            << "must be below guardrails.min_health_for_increase (80)";
        QTest::newRow("infra above increase")
            << Mutation([](ScalingConfig& c) { c.guardrails.minInfraHealth = 90; })
            << "guardrails.min_infra_health"
            << "must not exceed";
        QTest::newRow("nan") << Mutation([](ScalingConfig& c) {
            c.guardrails.maxAiCostPressure = std::numeric_limits<double>::quiet_NaN();
        }) << "guardrails.max_ai_cost_pressure"
                             << "between 0 and 1";
    }
    void validationErrors() {
        QFETCH(Mutation, mutate);
        QFETCH(QString, field);
        QFETCH(QString, message);
        ScalingConfig c = defaultScalingConfig(seedCatalogWithPosts(), "lab");
        mutate(c);
        const auto problems = scalingConfigProblems(c);
        const auto it =
            std::ranges::find(problems, field.toStdString(), &ScalingConfigProblem::field);
        QVERIFY2(it != problems.end(), qPrintable("no problem for " + field));
        QVERIFY2(it->message.find(message.toStdString()) != std::string::npos, it->message.c_str());
        auto result = validateScalingConfig(c);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::ValidationError);
        QVERIFY(result.error().message.find(message.toStdString()) != std::string::npos);
    }

    // Each guardrail of the environment exactly at, just below and just above its threshold.
    void guardrailBoundaries_data() {
        QTest::addColumn<double>("overall");
        QTest::addColumn<double>("infra");
        QTest::addColumn<double>("pressure");
        QTest::addColumn<double>("density");
        QTest::addColumn<double>("churn");
        QTest::addColumn<int>("clients");
        QTest::addColumn<double>("confidence");
        QTest::addColumn<ModeAction>("expected");
        using A = ModeAction;
        // min_health_for_increase 85 (pilot, 6 clients: utilisation well below 0.6).
        QTest::newRow("health 84.9") << 84.9 << 100.0 << 0.0 << 0.0 << 0.0 << 6 << 1.0 << A::Hold;
        QTest::newRow("health 85")
            << 85.0 << 100.0 << 0.0 << 0.0 << 0.0 << 6 << 1.0 << A::IncreaseMode;
        QTest::newRow("health 85.1")
            << 85.1 << 100.0 << 0.0 << 0.0 << 0.0 << 6 << 1.0 << A::IncreaseMode;
        // max_utilisation_for_increase 0.6 (health 100: safe capacity 15).
        QTest::newRow("util 8/15")
            << 100.0 << 100.0 << 0.0 << 0.0 << 0.0 << 8 << 1.0 << A::IncreaseMode;
        QTest::newRow("util 9/15 = 0.6")
            << 100.0 << 100.0 << 0.0 << 0.0 << 0.0 << 9 << 1.0 << A::IncreaseMode;
        QTest::newRow("util 10/15") << 100.0 << 100.0 << 0.0 << 0.0 << 0.0 << 10 << 1.0 << A::Hold;
        // freeze_below_health 45.
        QTest::newRow("freeze 44.9") << 44.9 << 100.0 << 0.0 << 0.0 << 0.0 << 6 << 1.0 << A::Freeze;
        QTest::newRow("freeze 45") << 45.0 << 100.0 << 0.0 << 0.0 << 0.0 << 6 << 1.0 << A::Hold;
        QTest::newRow("freeze 45.1") << 45.1 << 100.0 << 0.0 << 0.0 << 0.0 << 6 << 1.0 << A::Hold;
        // max_warning_density 0.25 (scores in percent).
        QTest::newRow("density 24.9")
            << 90.0 << 100.0 << 0.0 << 24.9 << 0.0 << 6 << 1.0 << A::IncreaseMode;
        QTest::newRow("density 25")
            << 90.0 << 100.0 << 0.0 << 25.0 << 0.0 << 6 << 1.0 << A::IncreaseMode;
        QTest::newRow("density 25.1")
            << 90.0 << 100.0 << 0.0 << 25.1 << 0.0 << 6 << 1.0 << A::DecreaseMode;
        // max_churn_risk 0.15.
        QTest::newRow("churn 14.9")
            << 90.0 << 100.0 << 0.0 << 0.0 << 14.9 << 6 << 1.0 << A::IncreaseMode;
        QTest::newRow("churn 15") << 90.0 << 100.0 << 0.0 << 0.0 << 15.0 << 6 << 1.0
                                  << A::IncreaseMode;
        QTest::newRow("churn 15.1")
            << 90.0 << 100.0 << 0.0 << 0.0 << 15.1 << 6 << 1.0 << A::DecreaseMode;
        // max_ai_cost_pressure 0.75.
        QTest::newRow("pressure 74.9")
            << 90.0 << 100.0 << 74.9 << 0.0 << 0.0 << 6 << 1.0 << A::IncreaseMode;
        QTest::newRow("pressure 75")
            << 90.0 << 100.0 << 75.0 << 0.0 << 0.0 << 6 << 1.0 << A::IncreaseMode;
        QTest::newRow("pressure 75.1")
            << 90.0 << 100.0 << 75.1 << 0.0 << 0.0 << 6 << 1.0 << A::DecreaseMode;
        // min_infra_health 55.
        QTest::newRow("infra 54.9")
            << 90.0 << 54.9 << 0.0 << 0.0 << 0.0 << 6 << 1.0 << A::DecreaseMode;
        QTest::newRow("infra 55") << 90.0 << 55.0 << 0.0 << 0.0 << 0.0 << 6 << 1.0
                                  << A::IncreaseMode;
        QTest::newRow("infra 55.1")
            << 90.0 << 55.1 << 0.0 << 0.0 << 0.0 << 6 << 1.0 << A::IncreaseMode;
        // min_confidence_for_change 0.8: below it the truth layer holds.
        QTest::newRow("confidence 0.79")
            << 90.0 << 100.0 << 0.0 << 0.0 << 0.0 << 6 << 0.79 << A::Hold;
        QTest::newRow("confidence 0.8")
            << 90.0 << 100.0 << 0.0 << 0.0 << 0.0 << 6 << 0.8 << A::IncreaseMode;
        QTest::newRow("confidence 0.81")
            << 90.0 << 100.0 << 0.0 << 0.0 << 0.0 << 6 << 0.81 << A::IncreaseMode;
        QTest::newRow("confidence 0.79 decrease")
            << 90.0 << 100.0 << 0.0 << 0.0 << 30.0 << 6 << 0.79 << A::Hold;
    }
    void guardrailBoundaries() {
        QFETCH(double, overall);
        QFETCH(double, infra);
        QFETCH(double, pressure);
        QFETCH(double, density);
        QFETCH(double, churn);
        QFETCH(int, clients);
        QFETCH(double, confidence);
        QFETCH(ModeAction, expected);
        const Catalog base = seedCatalogWithPosts();
        const ScalingConfig config = environment(base);
        QVERIFY(validateScalingConfig(config).has_value());
        const Catalog catalog = applyScalingConfig(base, config);
        const HealthScores scores{infra, pressure, density, churn, overall};
        const ModeDecision d =
            decideMode(catalog, scores, clients, *catalog.findMode("pilot"), quality(confidence));
        QCOMPARE(keyOf(d.action), keyOf(expected));
        if (expected == ModeAction::IncreaseMode) {
            QCOMPARE(advisedModeId(d, scores).value_or(""), std::string("growth"));
        }
    }

    void environmentModeLimitsSetCapacity() {
        // A staging environment whose pilot holds only 10 clients: 9 clients at health 100 is
        // utilisation 0.9, too high for an increase; under the catalog's pilot (15) it is 0.6.
        const Catalog base = seedCatalogWithPosts();
        ScalingConfig config = defaultScalingConfig(base, "pilot");
        config.modes[1].maxClients = 10;
        config.modes[2].minClients = 11;
        QVERIFY(validateScalingConfig(config).has_value());
        const HealthScores scores{100, 0, 0, 0, 100};
        const Catalog narrowed = applyScalingConfig(base, config);
        QCOMPARE(decideMode(narrowed, scores, 9, *narrowed.findMode("pilot"), quality(1)).action,
                 ModeAction::Hold);
        QCOMPARE(decideMode(base, scores, 9, *base.findMode("pilot"), quality(1)).action,
                 ModeAction::IncreaseMode);
    }

    // A snapshot measured an hour before the health snapshot: every value is stale, confidence
    // falls, and the snapshot must not recommend moving up however good the numbers look.
    void lowConfidenceSnapshotDoesNotRecommendIncrease_data() {
        QTest::addColumn<int>("ageSeconds");
        QTest::addColumn<bool>("increase");
        QTest::newRow("fresh") << 60 << true;
        QTest::newRow("stale") << 3600 << false;
    }
    void lowConfidenceSnapshotDoesNotRecommendIncrease() {
        QFETCH(int, ageSeconds);
        QFETCH(bool, increase);
        const Catalog catalog = seedCatalogWithPosts();
        const Timestamp measured = kNow - std::chrono::seconds(ageSeconds);
        StoredSnapshot stored;
        stored.id = 7;
        stored.snapshot = Snapshot(measured);
        const std::pair<MetricId, double> values[] = {
            {MetricId::CpuUtilization, 0.1},   {MetricId::ErrorRate, 0.001},
            {MetricId::AiLatencyMs, 300},      {MetricId::QueueDepth, 1},
            {MetricId::ActiveClients, 6},      {MetricId::AiSpendPerDayUsd, 2},
            {MetricId::EarlyWarningEvents, 0}, {MetricId::AtRiskClients, 0},
            {MetricId::ResponseTimeP50Ms, 80}};
        for (const auto& [metric, value] : values) {
            QVERIFY(stored.snapshot.set(metric, {value, measured, "test"}).has_value());
        }
        HealthSnapshotInput input;
        input.workspaceId = 1;
        input.config = defaultScalingConfig(catalog, "pilot");
        input.latest = &stored;
        input.now = kNow;
        input.trigger = HealthSnapshotTrigger::Scheduled;
        input.slot = kNow;
        const HealthSnapshotRecord r = buildHealthSnapshot(catalog, input);
        QCOMPARE(r.sourceSnapshotId, RowId{7});
        QCOMPARE(r.configuredModeId, std::string("pilot"));
        QVERIFY(r.health.overall.has_value());
        QCOMPARE(r.activeClients.value_or(-1), 6);
        QCOMPARE(r.mode.action == ModeAction::IncreaseMode, increase);
        QCOMPARE(r.mode.blockedByTruthLayer, !increase);
        if (!increase) {
            QVERIFY(r.quality.confidence < catalog.guardrails.minConfidenceForChange);
            QCOMPARE(r.mode.reasons.front().code, ModeReasonCode::ConfidenceTooLow);
        }
    }

    void noSnapshotHoldsWithNoScores() {
        const Catalog catalog = seedCatalogWithPosts();
        HealthSnapshotInput input;
        input.config = defaultScalingConfig(catalog, "lab");
        input.now = kNow;
        const HealthSnapshotRecord r = buildHealthSnapshot(catalog, input);
        QVERIFY(!r.health.overall);
        QCOMPARE(r.mode.action, ModeAction::Hold);
        QCOMPARE(r.quality.confidence, 0.0);
        QCOMPARE(r.sourceSnapshotId, RowId{0});
        QVERIFY(!advisedModeId(r.mode, r.health));
    }

    void cadence() {
        Catalog catalog = seedCatalogWithPosts();
        catalog.tiers[1].evaluationCadence = std::chrono::seconds(3600);
        ScalingConfig c = defaultScalingConfig(catalog, "lab");
        QCOMPARE(healthCadenceSeconds(catalog, c, "hard_launch").count(), 86400);
        c.cadence = HealthCadence::TierCadence;
        QCOMPARE(healthCadenceSeconds(catalog, c, "hard_launch").count(), 3600);
        QCOMPARE(healthCadenceSeconds(catalog, c, "unknown").count(), 86400); // first tier's
    }
};

QTEST_GUILESS_MAIN(TestScalingConfig)
#include "tst_scaling_config.moc"
