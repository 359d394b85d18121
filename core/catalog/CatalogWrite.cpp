// Writing catalog sections as JSON, the exact inverse of CatalogRead.cpp: every field the reader
// requires is written, so a written catalog loads back to an equal one.

#include "CatalogJson.h"
#include "CatalogStreams.h"
#include "model/Records.h"

#include <cmath>
#include <cstdint>
#include <utility>

namespace headroom::catalog_detail {
namespace {

std::string_view aiUnitKey(AiUnit unit) {
    switch (unit) {
    case AiUnit::Tokens:
        return "tokens";
    case AiUnit::Characters:
        return "characters";
    case AiUnit::Requests:
        return "requests";
    }
    return "tokens";
}

Json key(std::string_view text) {
    return Json(std::string(text));
}

// Whole numbers are written without ".0" so that a written catalog reads like the defaults; the
// reader accepts either form.
Json num(double value) {
    constexpr double kExactIntegers = 9007199254740992.0; // 2^53
    if (std::isfinite(value) && value == std::trunc(value) && std::abs(value) < kExactIntegers) {
        return Json(static_cast<std::int64_t>(value));
    }
    return Json(value);
}

Json writeCondition(const Condition& c) {
    Json j = Json::object();
    j["subject"] = key(subjectKey(c.subject));
    j["comparison"] = key(keyOf(c.comparison));
    j["threshold"] = num(c.threshold);
    if (c.relativeToTierLimit) {
        j["relative_to_tier_limit"] = true;
    }
    return j;
}

Json writeConditions(const std::vector<Condition>& conditions) {
    Json j = Json::array();
    for (const auto& c : conditions) {
        j.push_back(writeCondition(c));
    }
    return j;
}

Json writeTier(const Tier& t) {
    Json j = Json::object();
    j["id"] = t.id;
    j["name"] = t.name;
    j["min_clients"] = t.minClients;
    j["max_clients"] = t.maxClients;
    j["client_warning_at"] = t.clientWarningAt;
    j["client_critical_at"] = t.clientCriticalAt;
    Json limits = Json::object();
    for (const auto& limit : t.limits) {
        limits[std::string(metricKey(limit.metric))] = num(limit.limit);
    }
    j["limits"] = std::move(limits);
    j["resources"] = Json{{"db_connections", t.resources.dbConnections},
                          {"worker_concurrency", t.resources.workerConcurrency},
                          {"cache_mb", t.resources.cacheMb},
                          {"storage_gb", t.resources.storageGb},
                          {"monthly_tokens", num(t.resources.monthlyTokens)}};
    j["evaluation_cadence_seconds"] = t.evaluationCadence.count();
    j["infrastructure"] = t.infrastructure;
    return j;
}

Json writeUpgradePath(const UpgradePath& p) {
    Json j = Json::object();
    j["from_tier"] = p.fromTier;
    j["to_tier"] = p.toTier;
    j["triggers"] = writeConditions(p.triggers);
    j["requirements"] = p.requirements;
    j["monthly_cost_min_usd"] = num(p.monthlyCostMin.dollars());
    j["monthly_cost_max_usd"] = num(p.monthlyCostMax.dollars());
    j["strain_pass_rate_required"] = num(p.strainPassRateRequired);
    return j;
}

Json writeMode(const Mode& m) {
    Json j = Json::object();
    j["id"] = m.id;
    j["name"] = m.name;
    j["min_clients"] = m.minClients;
    j["max_clients"] = m.maxClients;
    j["max_posts_per_day"] = num(m.maxPostsPerDay);
    j["max_ai_spend_per_day_usd"] = num(m.maxAiSpendPerDay.dollars());
    return j;
}

Json writeGuardrails(const Guardrails& g) {
    Json j = Json::object();
    j["min_health_for_increase"] = num(g.minHealthForIncrease);
    j["max_utilisation_for_increase"] = num(g.maxUtilisationForIncrease);
    j["freeze_below_health"] = num(g.freezeBelowHealth);
    j["max_warning_density"] = num(g.maxWarningDensity);
    j["max_churn_risk"] = num(g.maxChurnRisk);
    j["max_ai_cost_pressure"] = num(g.maxAiCostPressure);
    j["min_confidence_for_change"] = num(g.minConfidenceForChange);
    j["min_infra_health"] = num(g.minInfraHealth);
    return j;
}

Json writeHealth(const HealthModel& h) {
    Json penalties = Json::array();
    for (const auto& penalty : h.infraPenalties) {
        Json steps = Json::array();
        for (const auto& step : penalty.steps) {
            steps.push_back(Json{{"above", num(step.above)}, {"penalty", num(step.penalty)}});
        }
        penalties.push_back(Json{{"metric", key(metricKey(penalty.metric))}, {"steps", steps}});
    }
    Json j = Json::object();
    j["infra_penalties"] = std::move(penalties);
    j["warning_density_factor"] = num(h.warningDensityFactor);
    j["safe_capacity_floor"] = num(h.safeCapacityFloor);
    return j;
}

Json writeBand(const PerformanceBand& b) {
    Json j = Json::object();
    j["metric"] = key(metricKey(b.metric));
    j["warning_at"] = num(b.warningAt);
    j["critical_at"] = num(b.criticalAt);
    j["normal_action"] = b.normalAction;
    j["warning_action"] = b.warningAction;
    j["critical_action"] = b.criticalAction;
    return j;
}

Json writeRecommendation(const RecommendationTemplate& r) {
    Json j = Json::object();
    j["type"] = r.type;
    j["title"] = r.title;
    j["description"] = r.description;
    j["impact"] = key(keyOf(r.impact));
    j["risk"] = key(keyOf(r.risk));
    j["effort"] = key(keyOf(r.effort));
    j["cost_note"] = r.costNote;
    j["monthly_cost_min_usd"] = num(r.monthlyCostMin.dollars());
    j["monthly_cost_max_usd"] = num(r.monthlyCostMax.dollars());
    j["steps"] = r.steps;
    j["rollback"] = r.rollback;
    j["triggers"] = writeConditions(r.triggers);
    j["confidence"] = r.confidence;
    return j;
}

Json writeProvider(const AiProvider& p) {
    Json allocation = Json::object();
    for (const auto& [tier, units] : p.monthlyAllocationByTier) {
        allocation[tier] = num(units);
    }
    Json j = Json::object();
    j["id"] = p.id;
    j["name"] = p.name;
    j["unit"] = key(aiUnitKey(p.unit));
    j["monthly_allocation"] = std::move(allocation);
    return j;
}

Json usd(MicroUsd amount) {
    return num(amount.dollars());
}

// Prices that do not apply (zero) are left out, as in the default file; the reader reads a
// missing price as zero, so the trip is exact.
Json writeRate(const ProviderRate& r) {
    Json j = Json::object();
    j["provider"] = r.providerId;
    j["effective_from"] = formatDay(r.effectiveFrom);
    const std::pair<std::string_view, MicroUsd> prices[] = {
        {"per_million_input_tokens_usd", r.perMillionInputTokens},
        {"per_million_output_tokens_usd", r.perMillionOutputTokens},
        {"per_thousand_characters_usd", r.perThousandCharacters},
        {"per_request_usd", r.perRequest},
    };
    for (const auto& [name, price] : prices) {
        if (price.value != 0) {
            j[std::string(name)] = usd(price);
        }
    }
    return j;
}

Json writeShield(const CostShieldSettings& s) {
    Json levels = Json::array();
    for (double level : s.budgetAlertLevels) {
        levels.push_back(num(level));
    }
    Json j = Json::object();
    j["daily_limit_usd"] = usd(s.dailyLimit);
    j["monthly_limit_usd"] = usd(s.monthlyLimit);
    j["per_client_daily_limit_usd"] = usd(s.perClientDailyLimit);
    j["alert_threshold"] = num(s.alertThreshold);
    j["budget_alert_levels"] = std::move(levels);
    j["runaway_ratio"] = num(s.runawayRatio);
    return j;
}

Json writeInfraPrices(const InfraUnitPrices& p) {
    Json j = Json::object();
    j["per_core_hour_usd"] = usd(p.perCoreHour);
    j["per_memory_gb_hour_usd"] = usd(p.perMemoryGbHour);
    j["per_storage_gb_hour_usd"] = usd(p.perStorageGbHour);
    j["per_network_mb_usd"] = usd(p.perNetworkMb);
    return j;
}

Json writeEfficiency(const EfficiencySettings& e) {
    Json j = Json::object();
    j["target_utilisation_low"] = num(e.targetUtilisationLow);
    j["target_utilisation_high"] = num(e.targetUtilisationHigh);
    j["right_size_percentile"] = num(e.rightSizePercentile);
    j["lookback_days"] = e.lookback.count();
    j["schedule_min_explained_variance"] = num(e.scheduleMinExplainedVariance);
    return j;
}

Json writeAnomalies(const AnomalySettings& a) {
    Json j = Json::object();
    j["trailing_days"] = a.trailingDays;
    j["cost_spike_ratio"] = num(a.costSpikeRatio);
    j["usage_spike_ratio"] = num(a.usageSpikeRatio);
    j["robust_z_threshold"] = num(a.robustZThreshold);
    j["robust_window_days"] = a.robustWindowDays;
    j["min_history_days"] = a.minHistoryDays;
    j["min_impact_usd"] = num(a.minImpact.dollars());
    return j;
}

Json writeProjections(const ProjectionSettings& p) {
    Json j = Json::object();
    j["fallback_monthly_growth"] = num(p.fallbackMonthlyGrowth);
    j["interval_level"] = num(p.intervalLevel);
    j["min_months_for_growth"] = p.minMonthsForGrowth;
    return j;
}

Json writeForecasts(const ForecastSettings& f) {
    Json j = Json::object();
    j["min_points"] = f.minPoints;
    j["horizon_days"] = f.horizon.count();
    j["interval_level"] = num(f.intervalLevel);
    j["backtest_origins"] = f.backtestOrigins;
    j["backtest_horizon_days"] = f.backtestHorizon.count();
    return j;
}

template <class T, class Writer>
Json writeList(const std::vector<T>& items, Writer writer) {
    Json j = Json::array();
    for (const auto& item : items) {
        j.push_back(writer(item));
    }
    return j;
}

} // namespace

Json writeSection(Section section, const Catalog& c) {
    switch (section) {
    case Section::Tiers:
        return writeList(c.tiers, writeTier);
    case Section::UpgradePaths:
        return writeList(c.upgradePaths, writeUpgradePath);
    case Section::Modes:
        return writeList(c.modes, writeMode);
    case Section::Guardrails:
        return writeGuardrails(c.guardrails);
    case Section::Health:
        return writeHealth(c.health);
    case Section::Weights:
        return Json{{"infra_health", c.weights.infraHealth},
                    {"ai_cost_pressure", c.weights.aiCostPressure},
                    {"warning_density", c.weights.warningDensity},
                    {"churn_risk", c.weights.churnRisk}};
    case Section::Headroom:
        return Json{{"warning", c.headroom.warning},
                    {"critical", c.headroom.critical},
                    {"min_headroom_for_new_clients", num(c.headroom.minHeadroomForNewClients)}};
    case Section::Performance:
        return writeList(c.performance, writeBand);
    case Section::Truth: {
        Json required = Json::array();
        for (auto metric : c.truth.required) {
            required.push_back(key(metricKey(metric)));
        }
        return Json{{"stale_after_seconds", c.truth.staleAfter.count()},
                    {"required_metrics", required}};
    }
    case Section::Recommendations:
        return writeList(c.recommendations, writeRecommendation);
    case Section::AiProviders:
        return writeList(c.aiProviders, writeProvider);
    case Section::Rates:
        return writeList(c.costs.rates, writeRate);
    case Section::CostShield:
        return writeShield(c.costs.shield);
    case Section::InfraPrices:
        return writeInfraPrices(c.costs.infra);
    case Section::Efficiency:
        return writeEfficiency(c.costs.efficiency);
    case Section::Anomalies:
        return writeAnomalies(c.costs.anomalies);
    case Section::Projections:
        return writeProjections(c.costs.projection);
    case Section::Forecasts:
        return writeForecasts(c.costs.forecast);
    case Section::Policies:
    case Section::PolicyTriggers:
        return writePolicySection(section, c);
    case Section::AlertRules:
    case Section::BurnRate:
    case Section::AlertRouting:
        return writeAlertSection(section, c);
    case Section::ResourceMonitor:
    case Section::Checklists:
        return writeReadinessSection(section, c);
    case Section::Retention:
        return Json{{"raw_seconds", c.retention.rawFor.count()},
                    {"five_minute_days", c.retention.fiveMinuteFor.count()},
                    {"hourly_days",
                     c.retention.hourlyFor ? Json(c.retention.hourlyFor->count()) : Json(nullptr)}};
    case Section::Strain:
        return writeStrainSection(section, c);
    case Section::Count_:
        break;
    }
    return Json();
}

} // namespace headroom::catalog_detail
