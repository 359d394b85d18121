#pragma once
// Fixtures for the policy tests: the seed catalog and snapshots built from (metric, value) lists.
// seedCatalog() is the shipped default catalog when the catalog library is built
// (HEADROOM_TEST_DEFAULT_CATALOG), so the seed tests check the real JSON; builtSeedCatalog() is
// the same seed numbers written here by hand (from /work/research/formulas.md), for boundary
// tests that edit a catalog and as a stand-in while the loader is absent.

#include "model/Catalog.h"
#include "model/Snapshot.h"

#ifdef HEADROOM_TEST_DEFAULT_CATALOG
#include "catalog/CatalogLoader.h"
#endif

#include <initializer_list>
#include <string>
#include <utility>

#include <QTest>

namespace headroom::test {

inline constexpr Timestamp kNow{std::chrono::seconds{1'764'000'000}};

inline Condition when(ConditionSubject subject, Comparison comparison, double threshold,
                      bool relative = false) {
    return Condition{subject, comparison, threshold, relative};
}

inline Tier seedTier(std::string id, int min, int max, int warnAt, int critAt, double cpu,
                     double err, double latency, double storage, double tokens) {
    Tier t;
    t.id = std::move(id);
    t.name = t.id;
    t.minClients = min;
    t.maxClients = max;
    t.clientWarningAt = warnAt;
    t.clientCriticalAt = critAt;
    t.limits = {{MetricId::CpuUtilization, cpu},     {MetricId::ErrorRate, err},
                {MetricId::AiLatencyMs, latency},    {MetricId::QueueDepth, 100.0},
                {MetricId::StorageUsageGb, storage}, {MetricId::TokenUsage, tokens}};
    return t;
}

inline RecommendationTemplate seedTemplate(std::string type, int confidence,
                                           std::vector<Condition> triggers) {
    RecommendationTemplate r;
    r.type = std::move(type);
    r.confidence = confidence;
    r.triggers = std::move(triggers);
    return r;
}

inline Mode seedMode(std::string id, int min, int max, double spendUsd) {
    Mode m;
    m.id = std::move(id);
    m.name = m.id;
    m.minClients = min;
    m.maxClients = max;
    m.maxAiSpendPerDay = MicroUsd::fromDollars(spendUsd);
    return m;
}

inline Catalog builtSeedCatalog() {
    using enum Comparison;
    using M = MetricId;
    Catalog c;
    c.tiers = {seedTier("soft_launch", 0, 5, 4, 5, 0.50, 0.02, 2000, 10, 100000),
               seedTier("hard_launch", 6, 50, 40, 45, 0.70, 0.03, 2500, 50, 500000),
               seedTier("growth_phase", 51, 100, 80, 90, 0.80, 0.05, 3000, 200, 2000000)};
    c.tiers[0].limits.push_back({M::ConcurrentJobs, 3});
    c.tiers[0].limits.push_back({M::AiTokensPerDay, 500000});
    c.tiers[1].limits.push_back({M::ConcurrentJobs, 10});
    c.tiers[1].limits.push_back({M::AiTokensPerDay, 5000000});
    c.tiers[2].limits.push_back({M::ConcurrentJobs, 25});
    c.tiers[2].limits.push_back({M::AiTokensPerDay, 15000000});
    c.upgradePaths = {
        {"soft_launch",
         "hard_launch",
         {when(M::ActiveClients, AtLeast, 4), when(M::CpuUtilization, AtLeast, 0.8, true),
          when(M::QueueDepth, Above, 50)},
         {},
         {},
         {},
         0.8},
        {"hard_launch",
         "growth_phase",
         {when(M::ActiveClients, AtLeast, 40), when(M::AiLatencyMs, AtLeast, 0.8, true),
          when(M::StorageUsageGb, AtLeast, 0.8, true)},
         {},
         {},
         {},
         0.8}};
    c.modes = {seedMode("lab", 0, 5, 10), seedMode("pilot", 6, 15, 50),
               seedMode("growth", 16, 50, 200), seedMode("scale", 51, 500, 2000)};
    c.guardrails = Guardrails{80, 0.7, 40, 0.3, 0.2, 0.8, 0.7, 50};
    c.health.infraPenalties = {{M::CpuUtilization, {{0.8, 40}, {0.6, 20}, {0.4, 5}}},
                               {M::ResponseTimeP50Ms, {{500, 30}, {300, 15}, {200, 5}}},
                               {M::ErrorRate, {{0.1, 30}, {0.05, 15}, {0.02, 5}}}};
    c.health.warningDensityFactor = 200;
    c.health.safeCapacityFloor = 0.5;
    c.weights = HealthWeights{0.30, 0.25, 0.25, 0.20};
    c.headroom = HeadroomThresholds{0.80, 0.90, 10.0};
    c.recommendations = {
        seedTemplate("enable_supabase_pooler", 85,
                     {when(M::CpuUtilization, AtLeast, 0.8, true), when(M::QueueDepth, Above, 50)}),
        seedTemplate("add_redis_cache", 80, {when(M::AiLatencyMs, AtLeast, 0.8, true)}),
        seedTemplate("enable_cdn_for_assets", 60, {when(M::BandwidthUsageMb, AtLeast, 1000)}),
        seedTemplate("increase_worker_concurrency", 75, {when(M::QueueDepth, Above, 75)}),
        seedTemplate("split_cron_schedules", 60, {when(M::ConcurrentJobs, AtLeast, 0.8, true)}),
        seedTemplate("tighten_rate_limits", 70, {when(M::ErrorRate, AtLeast, 0.9, true)}),
        seedTemplate("raise_token_budgets", 55, {when(M::AiTokensPerDay, AtLeast, 0.9, true)}),
        seedTemplate("lower_token_budgets", 65, {when(M::TokenUsage, Above, 50000)}),
        seedTemplate("pause_new_client_invites", 90,
                     {when(DerivedValue::HeadroomPercent, Below, 10)}),
        seedTemplate("throttle_requests", 75, {when(M::ResponseTimeP95Ms, Above, 2000)}),
        seedTemplate("pause_job_intake", 80, {when(M::QueueDepth, Above, 200)}),
        seedTemplate("investigate_error_spike", 80, {when(M::ErrorRate, Above, 0.05)})};
    const auto provider = [](std::string id, double soft, double hard, double growth) {
        AiProvider p;
        p.id = std::move(id);
        p.name = p.id;
        p.monthlyAllocationByTier = {
            {"soft_launch", soft}, {"hard_launch", hard}, {"growth_phase", growth}};
        return p;
    };
    c.aiProviders = {
        provider("claude", 50000, 300000, 1000000), provider("gemini", 20000, 100000, 500000),
        provider("openai", 30000, 150000, 600000), provider("elevenlabs", 10000, 50000, 200000),
        provider("perplexity", 5000, 25000, 100000)};
    c.truth.staleAfter = std::chrono::seconds{900};
    c.truth.required = {M::CpuUtilization,     M::ErrorRate,     M::AiLatencyMs,
                        M::QueueDepth,         M::ActiveClients, M::AiSpendPerDayUsd,
                        M::EarlyWarningEvents, M::AtRiskClients, M::ResponseTimeP50Ms};
    return c;
}

inline Catalog seedCatalog() {
#ifdef HEADROOM_TEST_DEFAULT_CATALOG
    auto loaded = loadDefaultCatalog();
    if (!loaded) {
        qFatal("default catalog does not load: %s", loaded.error().message.c_str());
    }
    return *loaded;
#else
    return builtSeedCatalog();
#endif
}

using Values = std::initializer_list<std::pair<MetricId, double>>;

// A snapshot whose values were all observed at `observedAt`; an impossible value aborts the test.
inline Snapshot snapshotOf(Values values, Timestamp observedAt = kNow) {
    Snapshot s(observedAt);
    for (const auto& [metric, value] : values) {
        if (auto ok = s.set(metric, {value, observedAt, "test"}); !ok) {
            qFatal("fixture value refused: %s", ok.error().message.c_str());
        }
    }
    return s;
}

// Seed 000's usage example (docs mock of scalingPolicyEngine).
inline Snapshot seed000Snapshot(Timestamp observedAt = kNow) {
    return snapshotOf({{MetricId::CpuUtilization, 0.45},
                       {MetricId::ErrorRate, 0.015},
                       {MetricId::AiLatencyMs, 1800},
                       {MetricId::QueueDepth, 35},
                       {MetricId::TokenUsage, 180000},
                       {MetricId::StorageUsageGb, 28},
                       {MetricId::BandwidthUsageMb, 120},
                       {MetricId::ActiveClients, 28}},
                      observedAt);
}

} // namespace headroom::test
