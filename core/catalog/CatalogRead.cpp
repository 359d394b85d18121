// Reading catalog sections from JSON. Every accessor knows its key path, so a wrong type or a
// missing field is reported as "tiers[1].limits.cpu_utilization: expected a number, got string".

#include "CatalogJson.h"
#include "CatalogNode.h"
#include "CatalogStreams.h"
#include "model/Records.h"
#include "model/Text.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <utility>

namespace headroom::catalog_detail {
namespace {

// A metric key used as an object key ("limits": {"cpu_utilization": 0.5}).
MetricId metricKeyOf(const std::string& key, const Node& node) {
    auto id = metricFromKey(key);
    if (!id) {
        node.fail("unknown metric");
    }
    return *id;
}

std::optional<AiUnit> aiUnitFromString(std::string_view text) {
    if (text == "tokens") {
        return AiUnit::Tokens;
    }
    if (text == "characters") {
        return AiUnit::Characters;
    }
    if (text == "requests") {
        return AiUnit::Requests;
    }
    return std::nullopt;
}

Condition readCondition(const Node& n) {
    n.requireObject({"subject", "comparison", "threshold"}, {"relative_to_tier_limit"});
    Condition c;
    const Node subject = n.at("subject");
    const std::string key = subject.string();
    if (auto metric = metricFromKey(key)) {
        c.subject = *metric;
    } else if (auto derived = derivedValueFromString(key)) {
        c.subject = *derived;
    } else {
        subject.fail(cat("unknown subject '", key, "' (not a metric or a derived value)"));
    }
    c.comparison =
        n.at("comparison").enumValue(&comparisonFromString, "at_least, above, at_most, below");
    c.threshold = n.at("threshold").number();
    if (auto relative = n.find("relative_to_tier_limit")) {
        c.relativeToTierLimit = relative->boolean();
    }
    return c;
}

std::vector<Condition> readConditions(const Node& n) {
    std::vector<Condition> out;
    for (const auto& item : n.items()) {
        out.push_back(readCondition(item));
    }
    return out;
}

Tier readTier(const Node& n) {
    n.requireObject({"id", "name", "min_clients", "max_clients", "client_warning_at",
                     "client_critical_at", "limits", "resources", "evaluation_cadence_seconds",
                     "infrastructure"});
    Tier t;
    t.id = n.at("id").string();
    t.name = n.at("name").string();
    t.minClients = n.at("min_clients").integer();
    t.maxClients = n.at("max_clients").integer();
    t.clientWarningAt = n.at("client_warning_at").integer();
    t.clientCriticalAt = n.at("client_critical_at").integer();
    for (const auto& [key, value] : n.at("limits").members()) {
        t.limits.push_back({metricKeyOf(key, value), value.number()});
    }
    const Node r = n.at("resources");
    r.requireObject(
        {"db_connections", "worker_concurrency", "cache_mb", "storage_gb", "monthly_tokens"});
    t.resources.dbConnections = r.at("db_connections").integer();
    t.resources.workerConcurrency = r.at("worker_concurrency").integer();
    t.resources.cacheMb = r.at("cache_mb").integer();
    t.resources.storageGb = r.at("storage_gb").integer();
    t.resources.monthlyTokens = r.at("monthly_tokens").number();
    t.evaluationCadence = std::chrono::seconds{n.at("evaluation_cadence_seconds").integer()};
    t.infrastructure = n.at("infrastructure").strings();
    return t;
}

UpgradePath readUpgradePath(const Node& n) {
    n.requireObject({"from_tier", "to_tier", "triggers", "requirements", "monthly_cost_min_usd",
                     "monthly_cost_max_usd", "strain_pass_rate_required"});
    UpgradePath p;
    p.fromTier = n.at("from_tier").string();
    p.toTier = n.at("to_tier").string();
    p.triggers = readConditions(n.at("triggers"));
    p.requirements = n.at("requirements").strings();
    p.monthlyCostMin = n.at("monthly_cost_min_usd").dollars();
    p.monthlyCostMax = n.at("monthly_cost_max_usd").dollars();
    p.strainPassRateRequired = n.at("strain_pass_rate_required").number();
    return p;
}

Mode readMode(const Node& n) {
    n.requireObject({"id", "name", "min_clients", "max_clients", "max_posts_per_day",
                     "max_ai_spend_per_day_usd"});
    Mode m;
    m.id = n.at("id").string();
    m.name = n.at("name").string();
    m.minClients = n.at("min_clients").integer();
    m.maxClients = n.at("max_clients").integer();
    m.maxPostsPerDay = n.at("max_posts_per_day").number();
    m.maxAiSpendPerDay = n.at("max_ai_spend_per_day_usd").dollars();
    return m;
}

Guardrails readGuardrails(const Node& n) {
    n.requireObject({"min_health_for_increase", "max_utilisation_for_increase",
                     "freeze_below_health", "max_warning_density", "max_churn_risk",
                     "max_ai_cost_pressure", "min_confidence_for_change", "min_infra_health"});
    Guardrails g;
    g.minHealthForIncrease = n.at("min_health_for_increase").number();
    g.maxUtilisationForIncrease = n.at("max_utilisation_for_increase").number();
    g.freezeBelowHealth = n.at("freeze_below_health").number();
    g.maxWarningDensity = n.at("max_warning_density").number();
    g.maxChurnRisk = n.at("max_churn_risk").number();
    g.maxAiCostPressure = n.at("max_ai_cost_pressure").number();
    g.minConfidenceForChange = n.at("min_confidence_for_change").number();
    g.minInfraHealth = n.at("min_infra_health").number();
    return g;
}

HealthModel readHealth(const Node& n) {
    n.requireObject({"infra_penalties", "warning_density_factor", "safe_capacity_floor"});
    HealthModel h;
    for (const auto& item : n.at("infra_penalties").items()) {
        item.requireObject({"metric", "steps"});
        InfraPenalty penalty{item.at("metric").metric(), {}};
        for (const auto& step : item.at("steps").items()) {
            step.requireObject({"above", "penalty"});
            penalty.steps.push_back({step.at("above").number(), step.at("penalty").number()});
        }
        h.infraPenalties.push_back(std::move(penalty));
    }
    h.warningDensityFactor = n.at("warning_density_factor").number();
    h.safeCapacityFloor = n.at("safe_capacity_floor").number();
    return h;
}

HealthWeights readWeights(const Node& n) {
    n.requireObject({"infra_health", "ai_cost_pressure", "warning_density", "churn_risk"});
    return HealthWeights{n.at("infra_health").number(), n.at("ai_cost_pressure").number(),
                         n.at("warning_density").number(), n.at("churn_risk").number()};
}

HeadroomThresholds readHeadroom(const Node& n) {
    n.requireObject({"warning", "critical", "min_headroom_for_new_clients"});
    return HeadroomThresholds{n.at("warning").number(), n.at("critical").number(),
                              n.at("min_headroom_for_new_clients").number()};
}

PerformanceBand readBand(const Node& n) {
    n.requireObject({"metric", "warning_at", "critical_at", "normal_action", "warning_action",
                     "critical_action"});
    return PerformanceBand{n.at("metric").metric(),         n.at("warning_at").number(),
                           n.at("critical_at").number(),    n.at("normal_action").string(),
                           n.at("warning_action").string(), n.at("critical_action").string()};
}

TruthSettings readTruth(const Node& n) {
    n.requireObject({"stale_after_seconds", "required_metrics"});
    TruthSettings t;
    t.staleAfter = std::chrono::seconds{n.at("stale_after_seconds").integer()};
    for (const auto& item : n.at("required_metrics").items()) {
        t.required.push_back(item.metric());
    }
    return t;
}

// hourly_days is null for "keep hourly roll-ups forever" (Node has no null accessor: `raw` is the
// section's JSON).
RetentionSettings readRetention(const Node& n, const Json& raw) {
    n.requireObject({"raw_seconds", "five_minute_days", "hourly_days"});
    RetentionSettings r;
    r.rawFor = std::chrono::seconds{n.at("raw_seconds").integer()};
    r.fiveMinuteFor = n.at("five_minute_days").days();
    if (!raw.at("hourly_days").is_null()) {
        r.hourlyFor = n.at("hourly_days").days();
    }
    return r;
}

RecommendationTemplate readRecommendation(const Node& n) {
    n.requireObject({"type", "title", "description", "impact", "risk", "effort", "cost_note",
                     "monthly_cost_min_usd", "monthly_cost_max_usd", "steps", "rollback",
                     "triggers", "confidence"});
    constexpr std::string_view kLevels = "low, medium, high";
    RecommendationTemplate r;
    r.type = n.at("type").string();
    r.title = n.at("title").string();
    r.description = n.at("description").string();
    r.impact = n.at("impact").enumValue(&levelFromString, kLevels);
    r.risk = n.at("risk").enumValue(&levelFromString, kLevels);
    r.effort = n.at("effort").enumValue(&levelFromString, kLevels);
    r.costNote = n.at("cost_note").string();
    r.monthlyCostMin = n.at("monthly_cost_min_usd").dollars();
    r.monthlyCostMax = n.at("monthly_cost_max_usd").dollars();
    r.steps = n.at("steps").strings();
    r.rollback = n.at("rollback").strings();
    r.triggers = readConditions(n.at("triggers"));
    r.confidence = n.at("confidence").integer();
    return r;
}

AiProvider readProvider(const Node& n) {
    n.requireObject({"id", "name", "unit", "monthly_allocation"});
    AiProvider p;
    p.id = n.at("id").string();
    p.name = n.at("name").string();
    p.unit = n.at("unit").enumValue(&aiUnitFromString, "tokens, characters, requests");
    for (const auto& [tier, value] : n.at("monthly_allocation").members()) {
        p.monthlyAllocationByTier[tier] = value.number();
    }
    return p;
}

// A price that does not apply to the provider may be left out: it is zero.
MicroUsd optionalDollars(const Node& n, std::string_view key) {
    const auto value = n.find(key);
    return value ? value->dollars() : MicroUsd{};
}

ProviderRate readRate(const Node& n) {
    n.requireObject({"provider", "effective_from"},
                    {"per_million_input_tokens_usd", "per_million_output_tokens_usd",
                     "per_thousand_characters_usd", "per_request_usd"});
    ProviderRate r;
    r.providerId = n.at("provider").string();
    r.effectiveFrom = n.at("effective_from").day();
    r.perMillionInputTokens = optionalDollars(n, "per_million_input_tokens_usd");
    r.perMillionOutputTokens = optionalDollars(n, "per_million_output_tokens_usd");
    r.perThousandCharacters = optionalDollars(n, "per_thousand_characters_usd");
    r.perRequest = optionalDollars(n, "per_request_usd");
    return r;
}

CostShieldSettings readShield(const Node& n) {
    n.requireObject({"daily_limit_usd", "monthly_limit_usd", "per_client_daily_limit_usd",
                     "alert_threshold", "budget_alert_levels", "runaway_ratio"});
    CostShieldSettings s;
    s.dailyLimit = n.at("daily_limit_usd").dollars();
    s.monthlyLimit = n.at("monthly_limit_usd").dollars();
    s.perClientDailyLimit = n.at("per_client_daily_limit_usd").dollars();
    s.alertThreshold = n.at("alert_threshold").number();
    s.budgetAlertLevels = n.at("budget_alert_levels").numbers();
    s.runawayRatio = n.at("runaway_ratio").number();
    return s;
}

InfraUnitPrices readInfraPrices(const Node& n) {
    n.requireObject({"per_core_hour_usd", "per_memory_gb_hour_usd", "per_storage_gb_hour_usd",
                     "per_network_mb_usd"});
    return InfraUnitPrices{
        n.at("per_core_hour_usd").dollars(), n.at("per_memory_gb_hour_usd").dollars(),
        n.at("per_storage_gb_hour_usd").dollars(), n.at("per_network_mb_usd").dollars()};
}

EfficiencySettings readEfficiency(const Node& n) {
    n.requireObject({"target_utilisation_low", "target_utilisation_high", "right_size_percentile",
                     "lookback_days", "schedule_min_explained_variance"});
    EfficiencySettings e;
    e.targetUtilisationLow = n.at("target_utilisation_low").number();
    e.targetUtilisationHigh = n.at("target_utilisation_high").number();
    e.rightSizePercentile = n.at("right_size_percentile").number();
    e.lookback = n.at("lookback_days").days();
    e.scheduleMinExplainedVariance = n.at("schedule_min_explained_variance").number();
    return e;
}

AnomalySettings readAnomalies(const Node& n) {
    n.requireObject({"trailing_days", "cost_spike_ratio", "usage_spike_ratio", "robust_z_threshold",
                     "robust_window_days", "min_history_days", "min_impact_usd"});
    AnomalySettings a;
    a.trailingDays = n.at("trailing_days").integer();
    a.costSpikeRatio = n.at("cost_spike_ratio").number();
    a.usageSpikeRatio = n.at("usage_spike_ratio").number();
    a.robustZThreshold = n.at("robust_z_threshold").number();
    a.robustWindowDays = n.at("robust_window_days").integer();
    a.minHistoryDays = n.at("min_history_days").integer();
    a.minImpact = n.at("min_impact_usd").dollars();
    return a;
}

ProjectionSettings readProjections(const Node& n) {
    n.requireObject({"fallback_monthly_growth", "interval_level", "min_months_for_growth"});
    ProjectionSettings p;
    p.fallbackMonthlyGrowth = n.at("fallback_monthly_growth").number();
    p.intervalLevel = n.at("interval_level").number();
    p.minMonthsForGrowth = n.at("min_months_for_growth").integer();
    return p;
}

ForecastSettings readForecasts(const Node& n) {
    n.requireObject({"min_points", "horizon_days", "interval_level", "backtest_origins",
                     "backtest_horizon_days"});
    ForecastSettings f;
    f.minPoints = n.at("min_points").integer();
    f.horizon = n.at("horizon_days").days();
    f.intervalLevel = n.at("interval_level").number();
    f.backtestOrigins = n.at("backtest_origins").integer();
    f.backtestHorizon = n.at("backtest_horizon_days").days();
    return f;
}

template <class T, class Reader>
std::vector<T> readList(const Node& n, Reader reader) {
    std::vector<T> out;
    for (const auto& item : n.items()) {
        out.push_back(reader(item));
    }
    return out;
}

} // namespace

void readSection(Section section, const Json& value, Catalog& into) {
    const Node n(value, std::string(sectionKey(section)));
    switch (section) {
    case Section::Tiers:
        into.tiers = readList<Tier>(n, readTier);
        break;
    case Section::UpgradePaths:
        into.upgradePaths = readList<UpgradePath>(n, readUpgradePath);
        break;
    case Section::Modes:
        into.modes = readList<Mode>(n, readMode);
        break;
    case Section::Guardrails:
        into.guardrails = readGuardrails(n);
        break;
    case Section::Health:
        into.health = readHealth(n);
        break;
    case Section::Weights:
        into.weights = readWeights(n);
        break;
    case Section::Headroom:
        into.headroom = readHeadroom(n);
        break;
    case Section::Performance:
        into.performance = readList<PerformanceBand>(n, readBand);
        break;
    case Section::Truth:
        into.truth = readTruth(n);
        break;
    case Section::Recommendations:
        into.recommendations = readList<RecommendationTemplate>(n, readRecommendation);
        break;
    case Section::AiProviders:
        into.aiProviders = readList<AiProvider>(n, readProvider);
        break;
    case Section::Rates:
        into.costs.rates = readList<ProviderRate>(n, readRate);
        break;
    case Section::CostShield:
        into.costs.shield = readShield(n);
        break;
    case Section::InfraPrices:
        into.costs.infra = readInfraPrices(n);
        break;
    case Section::Efficiency:
        into.costs.efficiency = readEfficiency(n);
        break;
    case Section::Anomalies:
        into.costs.anomalies = readAnomalies(n);
        break;
    case Section::Projections:
        into.costs.projection = readProjections(n);
        break;
    case Section::Forecasts:
        into.costs.forecast = readForecasts(n);
        break;
    case Section::Policies:
    case Section::PolicyTriggers:
        readPolicySection(section, n, into);
        break;
    case Section::AlertRules:
    case Section::BurnRate:
    case Section::AlertRouting:
        readAlertSection(section, n, into);
        break;
    case Section::ResourceMonitor:
    case Section::Checklists:
        readReadinessSection(section, n, into);
        break;
    case Section::Retention:
        into.retention = readRetention(n, value);
        break;
    case Section::Strain:
        readStrainSection(section, n, into);
        break;
    case Section::Count_:
        break;
    }
}

} // namespace headroom::catalog_detail
