// The default catalog holds the seed numbers (seeds 000-004, formulas.md), round-trips through
// JSON, and accepts overrides per file and per section. Expected values are typed in from the
// seed documents, not copied from the loader's output.

#include "catalog/CatalogLoader.h"
#include "model/Text.h"
#include "support/CorePrinters.h"

#include <fstream>
#include <sstream>

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;

namespace {

std::int64_t dollars(double amount) {
    return MicroUsd::fromDollars(amount).value;
}

std::string comparisonOf(const Condition& c) {
    return std::string(keyOf(c.comparison));
}
std::string subjectOf(const Condition& c) {
    return std::string(subjectKey(c.subject));
}

void writeText(const QString& path, const std::string& text) {
    std::ofstream out(path.toStdString(), std::ios::binary);
    out << text;
}

std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

Catalog defaults() {
    auto catalog = loadDefaultCatalog();
    if (!catalog) {
        qFatal("default catalog does not load: %s", catalog.error().message.c_str());
    }
    return *catalog;
}

} // namespace

class TestCatalog : public QObject {
    Q_OBJECT
private slots:
    void defaultsLoadAndValidate() {
        auto catalog = loadDefaultCatalog();
        QVERIFY2(catalog.has_value(), catalog ? "" : catalog.error().message.c_str());
        auto valid = validateCatalog(*catalog);
        QVERIFY2(valid.has_value(), valid ? "" : valid.error().message.c_str());
    }

    void tierRanges() {
        const Catalog c = defaults();
        QCOMPARE(c.tiers.size(), std::size_t{3});
        const char* ids[] = {"soft_launch", "hard_launch", "growth_phase"};
        const char* names[] = {"Soft Launch", "Hard Launch", "Growth Phase"};
        const int ranges[][4] = {{0, 5, 4, 5}, {6, 50, 40, 45}, {51, 100, 80, 90}};
        const long cadence[] = {86400, 3600, 1800};
        for (std::size_t i = 0; i < 3; ++i) {
            const Tier& t = c.tiers[i];
            QCOMPARE(t.id, std::string(ids[i]));
            QCOMPARE(t.name, std::string(names[i]));
            QCOMPARE(t.minClients, ranges[i][0]);
            QCOMPARE(t.maxClients, ranges[i][1]);
            QCOMPARE(t.clientWarningAt, ranges[i][2]);
            QCOMPARE(t.clientCriticalAt, ranges[i][3]);
            QCOMPARE(static_cast<long>(t.evaluationCadence.count()), cadence[i]);
        }
        QVERIFY(c.findTier("hard_launch") == &c.tiers[1]);
    }

    void tierLimits_data() {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<double>("soft");
        QTest::addColumn<double>("hard");
        QTest::addColumn<double>("growth");
        // Seed 000 tier table and capacity planner; seed 002 per-day limits.
        QTest::newRow("cpu") << "cpu_utilization" << 0.50 << 0.70 << 0.80;
        QTest::newRow("errors") << "error_rate" << 0.02 << 0.03 << 0.05;
        QTest::newRow("ai latency") << "ai_latency_ms" << 2000.0 << 2500.0 << 3000.0;
        QTest::newRow("queue") << "queue_depth" << 100.0 << 100.0 << 100.0;
        QTest::newRow("storage") << "storage_usage_gb" << 10.0 << 50.0 << 200.0;
        QTest::newRow("monthly tokens") << "token_usage" << 1e5 << 5e5 << 2e6;
        QTest::newRow("db connections") << "db_connections" << 10.0 << 50.0 << 100.0;
        QTest::newRow("tokens per day") << "ai_tokens_per_day" << 5e5 << 5e6 << 1.5e7;
        QTest::newRow("visual jobs") << "visual_jobs_per_day" << 30.0 << 200.0 << 600.0;
        QTest::newRow("concurrent jobs") << "concurrent_jobs" << 3.0 << 10.0 << 25.0;
        QTest::newRow("api rate") << "requests_per_minute" << 60.0 << 300.0 << 600.0;
    }

    void tierLimits() {
        QFETCH(QString, metric);
        QFETCH(double, soft);
        QFETCH(double, hard);
        QFETCH(double, growth);
        const Catalog c = defaults();
        const auto id = metricFromKey(metric.toStdString());
        QVERIFY(id.has_value());
        QCOMPARE(c.tiers[0].limitFor(*id), std::optional<double>(soft));
        QCOMPARE(c.tiers[1].limitFor(*id), std::optional<double>(hard));
        QCOMPARE(c.tiers[2].limitFor(*id), std::optional<double>(growth));
    }

    void tierResourcesAndInfrastructure() {
        const Catalog c = defaults();
        const int expected[][4] = {{10, 2, 128, 10}, {50, 5, 512, 50}, {100, 10, 2048, 200}};
        const double tokens[] = {100000, 500000, 2000000};
        for (std::size_t i = 0; i < 3; ++i) {
            const auto& r = c.tiers[i].resources;
            QCOMPARE(r.dbConnections, expected[i][0]);
            QCOMPARE(r.workerConcurrency, expected[i][1]);
            QCOMPARE(r.cacheMb, expected[i][2]);
            QCOMPARE(r.storageGb, expected[i][3]);
            QCOMPARE(r.monthlyTokens, tokens[i]);
        }
        QCOMPARE(c.tiers[0].infrastructure.size(), std::size_t{3});
        QCOMPARE(c.tiers[1].infrastructure.at(1),
                 std::string("Supabase Pro with connection pooler"));
        QCOMPARE(c.tiers[2].infrastructure.size(), std::size_t{6});
        QCOMPARE(c.tiers[2].infrastructure.back(), std::string("Queue system (BullMQ/Inngest)"));
    }

    void upgradePaths() {
        const Catalog c = defaults();
        QCOMPARE(c.upgradePaths.size(), std::size_t{2});
        const UpgradePath& soft = c.upgradePaths[0];
        QCOMPARE(soft.fromTier, std::string("soft_launch"));
        QCOMPARE(soft.toTier, std::string("hard_launch"));
        QCOMPARE(soft.triggers.size(), std::size_t{3});
        QCOMPARE(subjectOf(soft.triggers[0]), std::string("active_clients"));
        QCOMPARE(comparisonOf(soft.triggers[0]), std::string("at_least"));
        QCOMPARE(soft.triggers[0].threshold, 4.0);
        QVERIFY(!soft.triggers[0].relativeToTierLimit);
        QCOMPARE(subjectOf(soft.triggers[1]), std::string("cpu_utilization"));
        QCOMPARE(soft.triggers[1].threshold, 0.8);
        QVERIFY(soft.triggers[1].relativeToTierLimit);
        QCOMPARE(subjectOf(soft.triggers[2]), std::string("queue_depth"));
        QCOMPARE(comparisonOf(soft.triggers[2]), std::string("above"));
        QCOMPARE(soft.triggers[2].threshold, 50.0);
        QCOMPARE(soft.monthlyCostMin.value, dollars(100));
        QCOMPARE(soft.monthlyCostMax.value, dollars(200));
        QCOMPARE(soft.strainPassRateRequired, 0.8);
        QVERIFY(std::ranges::find(soft.requirements, "Enable Supabase connection pooler") !=
                soft.requirements.end());

        const UpgradePath& hard = c.upgradePaths[1];
        QCOMPARE(hard.fromTier, std::string("hard_launch"));
        QCOMPARE(hard.toTier, std::string("growth_phase"));
        QCOMPARE(hard.triggers[0].threshold, 40.0);
        QCOMPARE(subjectOf(hard.triggers[1]), std::string("ai_latency_ms"));
        QVERIFY(hard.triggers[1].relativeToTierLimit);
        QCOMPARE(subjectOf(hard.triggers[2]), std::string("storage_usage_gb"));
        QCOMPARE(hard.triggers[2].threshold, 0.8);
        QVERIFY(hard.triggers[2].relativeToTierLimit);
        QCOMPARE(hard.monthlyCostMin.value, dollars(300));
        QCOMPARE(hard.monthlyCostMax.value, dollars(600));
        QVERIFY(std::ranges::find(hard.requirements, "Enable read replicas") !=
                hard.requirements.end());
    }

    void modes() {
        const Catalog c = defaults();
        QCOMPARE(c.modes.size(), std::size_t{4});
        const char* ids[] = {"lab", "pilot", "growth", "scale"};
        const int ranges[][2] = {{0, 5}, {6, 15}, {16, 50}, {51, 500}};
        const double posts[] = {50, 200, 1000, 10000};
        const double spend[] = {10, 50, 200, 2000};
        for (std::size_t i = 0; i < 4; ++i) {
            QCOMPARE(c.modes[i].id, std::string(ids[i]));
            QCOMPARE(c.modes[i].minClients, ranges[i][0]);
            QCOMPARE(c.modes[i].maxClients, ranges[i][1]);
            QCOMPARE(c.modes[i].maxPostsPerDay, posts[i]);
            QCOMPARE(c.modes[i].maxAiSpendPerDay.value, dollars(spend[i]));
        }
    }

    void guardrailsHealthAndWeights() {
        const Catalog c = defaults();
        const Guardrails& g = c.guardrails;
        QCOMPARE(g.minHealthForIncrease, 80.0);
        QCOMPARE(g.maxUtilisationForIncrease, 0.7);
        QCOMPARE(g.freezeBelowHealth, 40.0);
        QCOMPARE(g.maxWarningDensity, 0.3);
        QCOMPARE(g.maxChurnRisk, 0.2);
        QCOMPARE(g.maxAiCostPressure, 0.8);
        QCOMPARE(g.minConfidenceForChange, 0.7);
        QCOMPARE(g.minInfraHealth, 50.0);

        const HealthModel& h = c.health;
        QCOMPARE(h.infraPenalties.size(), std::size_t{3});
        QCOMPARE(h.infraPenalties[0].metric, MetricId::CpuUtilization);
        QCOMPARE(h.infraPenalties[1].metric, MetricId::ResponseTimeP50Ms);
        QCOMPARE(h.infraPenalties[2].metric, MetricId::ErrorRate);
        const double steps[][3][2] = {{{0.8, 40}, {0.6, 20}, {0.4, 5}},
                                      {{500, 30}, {300, 15}, {200, 5}},
                                      {{0.1, 30}, {0.05, 15}, {0.02, 5}}};
        for (std::size_t m = 0; m < 3; ++m) {
            QCOMPARE(h.infraPenalties[m].steps.size(), std::size_t{3});
            for (std::size_t k = 0; k < 3; ++k) {
                QCOMPARE(h.infraPenalties[m].steps[k].above, steps[m][k][0]);
                QCOMPARE(h.infraPenalties[m].steps[k].penalty, steps[m][k][1]);
            }
        }
        QCOMPARE(h.warningDensityFactor, 200.0);
        QCOMPARE(h.safeCapacityFloor, 0.5);

        QCOMPARE(c.weights.infraHealth, 0.30);
        QCOMPARE(c.weights.aiCostPressure, 0.25);
        QCOMPARE(c.weights.warningDensity, 0.25);
        QCOMPARE(c.weights.churnRisk, 0.20);
    }

    void thresholds() {
        const Catalog c = defaults();
        QCOMPARE(c.headroom.warning, 0.8);
        QCOMPARE(c.headroom.critical, 0.9);
        QCOMPARE(c.headroom.minHeadroomForNewClients, 10.0);

        QCOMPARE(c.performance.size(), std::size_t{3});
        const PerformanceBand& rt = c.performance[0];
        QCOMPARE(rt.metric, MetricId::ResponseTimeP95Ms);
        QCOMPARE(rt.warningAt, 500.0);
        QCOMPARE(rt.criticalAt, 2000.0);
        QCOMPARE(rt.normalAction, std::string("continue"));
        QCOMPARE(rt.warningAction, std::string("monitor"));
        QCOMPARE(rt.criticalAction, std::string("throttle"));
        const PerformanceBand& err = c.performance[1];
        QCOMPARE(err.metric, MetricId::ErrorRate);
        QCOMPARE(err.warningAt, 0.01);
        QCOMPARE(err.criticalAt, 0.05);
        QCOMPARE(err.warningAction, std::string("investigate"));
        QCOMPARE(err.criticalAction, std::string("alert_founder"));
        const PerformanceBand& queue = c.performance[2];
        QCOMPARE(queue.metric, MetricId::QueueDepth);
        QCOMPARE(queue.warningAt, 50.0);
        QCOMPARE(queue.criticalAt, 200.0);
        QCOMPARE(queue.warningAction, std::string("delay_new_jobs"));
        QCOMPARE(queue.criticalAction, std::string("pause_intake"));

        QCOMPARE(static_cast<long>(c.truth.staleAfter.count()), 900L);
        const std::vector<MetricId> required{
            MetricId::CpuUtilization,     MetricId::ErrorRate,     MetricId::AiLatencyMs,
            MetricId::QueueDepth,         MetricId::ActiveClients, MetricId::AiSpendPerDayUsd,
            MetricId::EarlyWarningEvents, MetricId::AtRiskClients, MetricId::ResponseTimeP50Ms};
        QVERIFY(c.truth.required == required);

        // Seed 003: 24 h raw, 3 months of 5-minute roll-ups; hourly ones kept (null = forever).
        QCOMPARE(static_cast<long>(c.retention.rawFor.count()), 86400L);
        QCOMPARE(static_cast<long>(c.retention.fiveMinuteFor.count()), 90L);
        QVERIFY(!c.retention.hourlyFor.has_value());
    }

    void recommendationCatalogue_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("confidence");
        QTest::addColumn<double>("costMin");
        QTest::addColumn<double>("costMax");
        QTest::addColumn<QString>("costNote");
        QTest::addColumn<QString>("trigger"); // "subject comparison threshold [relative]"
        // formulas.md §7: confidences and cost_impact texts; the brief's native triggers.
        QTest::newRow("pooler") << "enable_supabase_pooler" << 85 << 0.0 << 0.0
                                << "Included in plan"
                                << "cpu_utilization at_least 0.8 relative|queue_depth above 50";
        QTest::newRow("redis") << "add_redis_cache" << 80 << 10.0 << 30.0 << "+$10-30/month"
                               << "ai_latency_ms at_least 0.8 relative";
        QTest::newRow("cdn") << "enable_cdn_for_assets" << 60 << 5.0 << 20.0 << "+$5-20/month"
                             << "bandwidth_usage_mb at_least 1000";
        QTest::newRow("workers") << "increase_worker_concurrency" << 75 << 20.0 << 50.0
                                 << "+$20-50/month"
                                 << "queue_depth above 75";
        QTest::newRow("cron") << "split_cron_schedules" << 60 << 0.0 << 0.0 << "No change"
                              << "concurrent_jobs at_least 0.8 relative";
        QTest::newRow("rate limits") << "tighten_rate_limits" << 70 << 0.0 << 0.0 << "No change"
                                     << "error_rate at_least 0.9 relative";
        QTest::newRow("raise budgets")
            << "raise_token_budgets" << 55 << 50.0 << 200.0 << "+$50-200/month"
            << "ai_tokens_per_day at_least 0.9 relative";
        QTest::newRow("lower budgets")
            << "lower_token_budgets" << 65 << -100.0 << -30.0 << "-$30-100/month"
            << "token_usage above 50000";
        QTest::newRow("pause invites")
            << "pause_new_client_invites" << 90 << 0.0 << 0.0 << "Revenue impact"
            << "headroom_percent below 10";
        QTest::newRow("throttle") << "throttle_requests" << 75 << 0.0 << 0.0 << "No change"
                                  << "response_time_p95_ms above 2000";
        QTest::newRow("pause intake") << "pause_job_intake" << 80 << 0.0 << 0.0 << "No change"
                                      << "queue_depth above 200";
        QTest::newRow("errors") << "investigate_error_spike" << 80 << 0.0 << 0.0 << "No change"
                                << "error_rate above 0.05";
    }

    void recommendationCatalogue() {
        QFETCH(QString, type);
        QFETCH(int, confidence);
        QFETCH(double, costMin);
        QFETCH(double, costMax);
        QFETCH(QString, costNote);
        QFETCH(QString, trigger);
        const Catalog c = defaults();
        // 12 of seeds 000-003 and 6 raised by the autoscaling policy and seed 004's triggers.
        QCOMPARE(c.recommendations.size(), std::size_t{18});
        const RecommendationTemplate* r = c.findRecommendation(type.toStdString());
        QVERIFY(r != nullptr);
        QCOMPARE(r->confidence, confidence);
        QCOMPARE(r->monthlyCostMin.value, dollars(costMin));
        QCOMPARE(r->monthlyCostMax.value, dollars(costMax));
        QCOMPARE(r->costNote, costNote.toStdString());
        QVERIFY(!r->title.empty());
        QVERIFY(!r->description.empty());
        QVERIFY(!r->steps.empty());
        QVERIFY2(!r->rollback.empty(), "every type needs rollback steps");
        QStringList got;
        for (const auto& t : r->triggers) {
            QString text = QString::fromStdString(subjectOf(t) + ' ' + comparisonOf(t) + ' ' +
                                                  std::string(shortestNumber(t.threshold)));
            if (t.relativeToTierLimit) {
                text += " relative";
            }
            got << text;
        }
        QCOMPARE(got.join('|'), trigger);
    }

    void recommendationTextsAreTheOriginals() {
        const Catalog c = defaults();
        const auto* pooler = c.findRecommendation("enable_supabase_pooler");
        QVERIFY(pooler != nullptr);
        QCOMPARE(pooler->title, std::string("Enable Supabase Connection Pooler"));
        QCOMPARE(
            pooler->description,
            std::string("Reduce database connection overhead by 60-80% with connection pooling"));
        QCOMPARE(pooler->impact, Level::High);
        QCOMPARE(pooler->risk, Level::Low);
        QCOMPARE(pooler->effort, Level::Low);
        QCOMPARE(pooler->steps.size(), std::size_t{4});
        QCOMPARE(pooler->steps[0], std::string("Go to Supabase Dashboard → Settings → Database"));
        QCOMPARE(pooler->steps[3], std::string("Test with load test scenario"));

        const auto* redis = c.findRecommendation("add_redis_cache");
        QCOMPARE(redis->risk, Level::Medium);
        QCOMPARE(redis->effort, Level::Medium);
        const auto* pause = c.findRecommendation("pause_new_client_invites");
        QCOMPARE(pause->title, std::string("Pause New Client Invites"));
        QCOMPARE(pause->risk, Level::High);
        QCOMPARE(pause->steps.back(), std::string("Re-enable invites"));
        const auto* cron = c.findRecommendation("split_cron_schedules");
        QCOMPARE(cron->steps.back(), std::string("Stagger start times by 5-10 minutes"));
        const auto* lower = c.findRecommendation("lower_token_budgets");
        QCOMPARE(lower->description,
                 std::string("Reduce per-client token allocation to control costs"));
    }

    void aiProviders() {
        const Catalog c = defaults();
        QCOMPARE(c.aiProviders.size(), std::size_t{6});
        const char* ids[] = {"claude", "gemini", "openai", "elevenlabs", "perplexity"};
        const double allocation[][3] = {{50000, 300000, 1000000},
                                        {20000, 100000, 500000},
                                        {30000, 150000, 600000},
                                        {10000, 50000, 200000},
                                        {5000, 25000, 100000}};
        for (std::size_t i = 0; i < 5; ++i) {
            const AiProvider& p = c.aiProviders[i];
            QCOMPARE(p.id, std::string(ids[i]));
            QCOMPARE(p.monthlyAllocationByTier.size(), std::size_t{3});
            QCOMPARE(p.monthlyAllocationByTier.at("soft_launch"), allocation[i][0]);
            QCOMPARE(p.monthlyAllocationByTier.at("hard_launch"), allocation[i][1]);
            QCOMPARE(p.monthlyAllocationByTier.at("growth_phase"), allocation[i][2]);
        }
        QVERIFY(c.findProvider("elevenlabs")->unit == AiUnit::Characters);
        QVERIFY(c.findProvider("claude")->unit == AiUnit::Tokens);
        // Seed 002 rates OpenRouter; seed 000 gives it no allocation.
        const AiProvider& router = c.aiProviders[5];
        QCOMPARE(router.id, std::string("openrouter"));
        QCOMPARE(router.name, std::string("OpenRouter"));
        QVERIFY(router.unit == AiUnit::Tokens);
        QVERIFY(router.monthlyAllocationByTier.empty());
    }

    // Seed 002's provider table, each from the seed's date, 2025-11-23.
    void costRates_data() {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<double>("input");      // $ per 1M input tokens
        QTest::addColumn<double>("output");     // $ per 1M output tokens
        QTest::addColumn<double>("characters"); // $ per 1k characters
        QTest::addColumn<double>("request");    // $ per request
        QTest::newRow("claude") << "claude" << 3.0 << 15.0 << 0.0 << 0.0;
        QTest::newRow("gemini") << "gemini" << 1.25 << 5.0 << 0.0 << 0.0;
        QTest::newRow("openai") << "openai" << 10.0 << 30.0 << 0.0 << 0.0;
        QTest::newRow("openrouter") << "openrouter" << 0.5 << 0.5 << 0.0 << 0.0;
        QTest::newRow("elevenlabs") << "elevenlabs" << 0.0 << 0.0 << 0.3 << 0.0;
        QTest::newRow("perplexity") << "perplexity" << 0.0 << 0.0 << 0.0 << 0.005;
    }

    void costRates() {
        QFETCH(QString, provider);
        QFETCH(double, input);
        QFETCH(double, output);
        QFETCH(double, characters);
        QFETCH(double, request);
        const Catalog c = defaults();
        QCOMPARE(c.costs.rates.size(), std::size_t{6});
        const Day seedDay = std::chrono::sys_days{std::chrono::year{2025} / 11 / 23};
        const ProviderRate* rate = c.costs.rateOn(provider.toStdString(), seedDay);
        QVERIFY(rate != nullptr);
        QCOMPARE(rate->effectiveFrom, seedDay);
        QCOMPARE(rate->perMillionInputTokens.value, dollars(input));
        QCOMPARE(rate->perMillionOutputTokens.value, dollars(output));
        QCOMPARE(rate->perThousandCharacters.value, dollars(characters));
        QCOMPARE(rate->perRequest.value, dollars(request));
        // Nothing is charged before the seed's day.
        QVERIFY(c.costs.rateOn(provider.toStdString(), seedDay - std::chrono::days{1}) == nullptr);
    }

    void costBudgetsAndSettings() {
        const CostSettings& c = defaults().costs;
        // Seed 002's Cost Shield: $50 a day, $500 a month, $5 per client a day, alert at 80 %.
        QCOMPARE(c.shield.dailyLimit.value, std::int64_t{50'000'000});
        QCOMPARE(c.shield.monthlyLimit.value, std::int64_t{500'000'000});
        QCOMPARE(c.shield.perClientDailyLimit.value, std::int64_t{5'000'000});
        QCOMPARE(c.shield.alertThreshold, 0.8);
        // Seed 004's budget alerts at 50, 75 and 90 %, and the limit itself.
        QCOMPARE(c.shield.budgetAlertLevels, (std::vector<double>{0.5, 0.75, 0.9, 1.0}));
        QCOMPARE(c.shield.runawayRatio, 3.0);
        // Seed 003's hourly cost model: $0.05 a core, $0.01 a GB of memory, $0.001 a GB of
        // storage, $0.00001 a MB of network (10 micro-dollars).
        QCOMPARE(c.infra.perCoreHour.value, std::int64_t{50'000});
        QCOMPARE(c.infra.perMemoryGbHour.value, std::int64_t{10'000});
        QCOMPARE(c.infra.perStorageGbHour.value, std::int64_t{1'000});
        QCOMPARE(c.infra.perNetworkMb.value, std::int64_t{10});
        // Seed 003's 70-80 % target and 95th-percentile right-sizing.
        QCOMPARE(c.efficiency.targetUtilisationLow, 0.7);
        QCOMPARE(c.efficiency.targetUtilisationHigh, 0.8);
        QCOMPARE(c.efficiency.rightSizePercentile, 0.95);
        QCOMPARE(static_cast<long>(c.efficiency.lookback.count()), 7L);
        QCOMPARE(c.efficiency.scheduleMinExplainedVariance, 0.6);
        // Seed 004: 7 trailing days, a cost spike above 1.5x, a usage spike above 2x.
        QCOMPARE(c.anomalies.trailingDays, 7);
        QCOMPARE(c.anomalies.costSpikeRatio, 1.5);
        QCOMPARE(c.anomalies.usageSpikeRatio, 2.0);
        QCOMPARE(c.anomalies.robustZThreshold, 3.5); // Iglewicz-Hoaglin
        QCOMPARE(c.anomalies.robustWindowDays, 28);
        QCOMPARE(c.anomalies.minHistoryDays, 3);
        QCOMPARE(c.anomalies.minImpact, MicroUsd::fromDollars(1.0));
        // Seed 004's 10 % growth when there is no history.
        QCOMPARE(c.projection.fallbackMonthlyGrowth, 0.1);
        QCOMPARE(c.projection.intervalLevel, 0.8);
        QCOMPARE(c.projection.minMonthsForGrowth, 2);
        QCOMPARE(c.forecast.minPoints, 14);
        QCOMPARE(static_cast<long>(c.forecast.horizon.count()), 365L);
        QCOMPARE(c.forecast.intervalLevel, 0.8);
        QCOMPARE(c.forecast.backtestOrigins, 8);
        QCOMPARE(static_cast<long>(c.forecast.backtestHorizon.count()), 7L);
        // The file holds what the struct's defaults say (CostSettings.h), apart from the rates.
        CostSettings built;
        built.rates = c.rates;
        QVERIFY(built == c);
    }

    // What the budgets and rates dialog does: edit the costs, save costs.json into the override
    // directory, load it back.
    void costsFileRoundTrip() {
        Catalog c = defaults();
        const Day later = std::chrono::sys_days{std::chrono::year{2026} / 2 / 1};
        c.costs.rates.push_back(ProviderRate{"claude", later, MicroUsd::fromDollars(2.5),
                                             MicroUsd::fromDollars(12.5), MicroUsd{}, MicroUsd{}});
        c.costs.rates[4].perThousandCharacters = MicroUsd{123'457}; // $0.123457
        c.costs.shield.dailyLimit = MicroUsd::fromDollars(42.42);
        c.costs.shield.budgetAlertLevels = {0.6, 0.85, 1.0};
        c.costs.infra.perNetworkMb = MicroUsd{3};
        c.costs.efficiency.lookback = std::chrono::days{14};
        c.costs.anomalies.costSpikeRatio = 1.75;
        c.costs.projection.fallbackMonthlyGrowth = -0.05;
        c.costs.forecast.backtestHorizon = std::chrono::days{3};
        QVERIFY(validateCatalog(c).has_value());

        auto text = catalogFileToJson(c, "costs.json");
        QVERIFY2(text.has_value(), text ? "" : text.error().message.c_str());
        const auto document = nlohmann::ordered_json::parse(*text);
        std::vector<std::string> keys;
        for (const auto& [key, value] : document.items()) {
            keys.push_back(key);
        }
        QCOMPARE(keys,
                 (std::vector<std::string>{"rates", "cost_shield", "infra_prices", "efficiency",
                                           "anomalies", "projections", "forecasts"}));
        // Prices that do not apply are left out, as in the default file.
        QVERIFY(!document["rates"][0].contains("per_request_usd"));
        QCOMPARE(document["rates"][6]["effective_from"].get<std::string>(),
                 std::string("2026-02-01"));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeText(dir.filePath("costs.json"), *text);
        auto loaded = loadCatalog(dir.path().toStdString());
        QVERIFY2(loaded.has_value(), loaded ? "" : loaded.error().message.c_str());
        QVERIFY(loaded->costs == c.costs);
        QCOMPARE(loaded->costs.rateOn("claude", later)->perMillionOutputTokens.value,
                 std::int64_t{12'500'000});
        QCOMPARE(loaded->costs.rateOn("claude", later - std::chrono::days{1})
                     ->perMillionOutputTokens.value,
                 std::int64_t{15'000'000});
        QCOMPARE(catalogToJson(*loaded), catalogToJson(c));
        // The other files keep their defaults.
        QCOMPARE(loaded->tiers.size(), std::size_t{3});

        auto unknown = catalogFileToJson(c, "cost.json");
        QVERIFY(!unknown.has_value());
        QCOMPARE(unknown.error().code, ErrorCode::InvalidArgument);
        QVERIFY(unknown.error().message.find("cost.json: not a catalog file") != std::string::npos);
    }

    void embeddedTextMatchesTheSourceFiles() {
        const auto names = defaultCatalogFileNames();
        QCOMPARE(names, (std::vector<std::string>{"tiers.json", "modes.json", "thresholds.json",
                                                  "recommendations.json", "ai_providers.json",
                                                  "costs.json", "policies.json", "alerts.json",
                                                  "readiness.json", "strain.json"}));
        const QByteArray source = qgetenv("HEADROOM_SOURCE_DIR");
        if (source.isEmpty()) {
            QSKIP("HEADROOM_SOURCE_DIR is not set (run through ctest)");
        }
        for (const auto& name : names) {
            const std::string onDisk =
                readText(source.toStdString() + "/resources/catalogs/" + name);
            QVERIFY(!onDisk.empty());
            QCOMPARE(std::string(defaultCatalogText(name)), onDisk);
        }
        QVERIFY(defaultCatalogText("nope.json").empty());
    }

    void roundTripOfDefaults() {
        const std::string first = catalogToJson(defaults());
        auto again = loadCatalogText(first, "roundtrip.json");
        QVERIFY2(again.has_value(), again ? "" : again.error().message.c_str());
        QCOMPARE(catalogToJson(*again), first);
    }

    // A catalog that differs from the defaults in every section survives the trip through a file.
    void roundTripOfChangedCatalogThroughFile() {
        Catalog c = defaults();
        c.tiers[1].limits[0].limit = 0.65;
        c.tiers[2].maxClients = 150;
        c.tiers[2].infrastructure.push_back("Multi-region");
        c.upgradePaths[0].monthlyCostMax = MicroUsd::fromDollars(250.5);
        c.modes[3].maxAiSpendPerDay = MicroUsd::fromDollars(1234.56);
        c.guardrails.freezeBelowHealth = 35;
        c.health.infraPenalties[0].steps[2].penalty = 7;
        c.weights = HealthWeights{0.4, 0.2, 0.2, 0.2};
        c.headroom.warning = 0.75;
        c.performance[2].criticalAction = "stop";
        c.truth.staleAfter = std::chrono::seconds{60};
        c.recommendations[0].rollback.push_back("Tell the team");
        c.recommendations[3].triggers.push_back(
            Condition{DerivedValue::ClientUtilisation, Comparison::AtMost, 0.5, false});
        c.aiProviders[4].monthlyAllocationByTier["soft_launch"] = 7;
        c.costs.rates[1].perMillionOutputTokens = MicroUsd::fromDollars(4.5);
        c.costs.shield.monthlyLimit = MicroUsd::fromDollars(750);
        c.costs.infra.perCoreHour = MicroUsd::fromDollars(0.04);
        c.costs.efficiency.targetUtilisationHigh = 0.85;
        c.costs.anomalies.trailingDays = 14;
        c.costs.projection.intervalLevel = 0.9;
        c.costs.forecast.minPoints = 21;
        c.retention.rawFor = std::chrono::seconds{2 * 86400};
        c.retention.fiveMinuteFor = std::chrono::days{30};
        c.retention.hourlyFor = std::chrono::days{730};
        QVERIFY(validateCatalog(c).has_value());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("whatif.json");
        writeText(path, catalogToJson(c));
        auto loaded = loadCatalogFile(path.toStdString());
        QVERIFY2(loaded.has_value(), loaded ? "" : loaded.error().message.c_str());
        QCOMPARE(loaded->tiers[1].limitFor(MetricId::CpuUtilization), std::optional<double>(0.65));
        QCOMPARE(loaded->tiers[2].maxClients, 150);
        QCOMPARE(loaded->tiers[2].infrastructure.back(), std::string("Multi-region"));
        QCOMPARE(loaded->upgradePaths[0].monthlyCostMax.value, dollars(250.5));
        QCOMPARE(loaded->modes[3].maxAiSpendPerDay.value, dollars(1234.56));
        QCOMPARE(loaded->guardrails.freezeBelowHealth, 35.0);
        QCOMPARE(loaded->health.infraPenalties[0].steps[2].penalty, 7.0);
        QCOMPARE(loaded->weights.infraHealth, 0.4);
        QCOMPARE(loaded->headroom.warning, 0.75);
        QCOMPARE(loaded->performance[2].criticalAction, std::string("stop"));
        QCOMPARE(static_cast<long>(loaded->truth.staleAfter.count()), 60L);
        QCOMPARE(loaded->recommendations[0].rollback.back(), std::string("Tell the team"));
        QCOMPARE(loaded->recommendations[3].triggers.size(), std::size_t{2});
        QVERIFY(std::get<DerivedValue>(loaded->recommendations[3].triggers[1].subject) ==
                DerivedValue::ClientUtilisation);
        QCOMPARE(loaded->aiProviders[4].monthlyAllocationByTier.at("soft_launch"), 7.0);
        QCOMPARE(loaded->costs.rates[1].perMillionOutputTokens.value, dollars(4.5));
        QVERIFY(loaded->costs == c.costs);
        QVERIFY(loaded->retention == c.retention);
        QCOMPARE(catalogToJson(*loaded), catalogToJson(c));
    }

    void overrideDirReplacesOneFile() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto modes = nlohmann::json::parse(defaultCatalogText("modes.json"));
        modes["modes"][0]["max_ai_spend_per_day_usd"] = 25;
        modes["weights"]["infra_health"] = 0.35;
        modes["weights"]["churn_risk"] = 0.15;
        writeText(dir.filePath("modes.json"), modes.dump());
        writeText(dir.filePath("README.txt"), "not json, ignored");

        auto loaded = loadCatalog(dir.path().toStdString());
        QVERIFY2(loaded.has_value(), loaded ? "" : loaded.error().message.c_str());
        QCOMPARE(loaded->modes[0].maxAiSpendPerDay.value, dollars(25));
        QCOMPARE(loaded->weights.infraHealth, 0.35);
        QCOMPARE(loaded->weights.churnRisk, 0.15);
        // Other files keep their defaults.
        Catalog expected = defaults();
        expected.modes[0].maxAiSpendPerDay = MicroUsd::fromDollars(25);
        expected.weights.infraHealth = 0.35;
        expected.weights.churnRisk = 0.15;
        QCOMPARE(catalogToJson(*loaded), catalogToJson(expected));
    }

    void emptyOverrideDirGivesDefaults() {
        QTemporaryDir dir;
        auto loaded = loadCatalog(dir.path().toStdString());
        QVERIFY(loaded.has_value());
        QCOMPARE(catalogToJson(*loaded), catalogToJson(defaults()));
    }

    void whatIfFileReplacesOnlyItsSections() {
        QTemporaryDir dir;
        const QString path = dir.filePath("whatif.json");
        writeText(path,
                  R"({"_comment": "cheaper lab", "headroom": {"warning": 0.7, "critical": 0.85,
                            "min_headroom_for_new_clients": 15}})");
        auto loaded = loadCatalogFile(path.toStdString());
        QVERIFY2(loaded.has_value(), loaded ? "" : loaded.error().message.c_str());
        QCOMPARE(loaded->headroom.warning, 0.7);
        QCOMPARE(loaded->headroom.critical, 0.85);
        QCOMPARE(loaded->headroom.minHeadroomForNewClients, 15.0);
        QCOMPARE(loaded->performance.size(), std::size_t{3}); // same file in the defaults, kept
        QCOMPARE(loaded->tiers.size(), std::size_t{3});
    }

    void missingInputsAreNamed() {
        auto noDir = loadCatalog("/nonexistent/headroom-catalogs");
        QVERIFY(!noDir.has_value());
        QCOMPARE(noDir.error().code, ErrorCode::NotFound);
        QVERIFY(noDir.error().message.find("/nonexistent/headroom-catalogs") != std::string::npos);

        auto noFile = loadCatalogFile("/nonexistent/whatif.json");
        QVERIFY(!noFile.has_value());
        QCOMPARE(noFile.error().code, ErrorCode::NotFound);
        QVERIFY(noFile.error().message.find("/nonexistent/whatif.json") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
