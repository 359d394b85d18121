// The consistency rules of a catalog: ranges, order, and references between sections. They run
// on the struct, not on JSON, so a catalog built in code (what-if, tests) is held to the same
// rules as one read from a file. Paths mirror the JSON layout so a person can find the value.

#include "CatalogSections.h"
#include "CatalogStreams.h"
#include "model/Records.h"
#include "model/Text.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <utility>

namespace headroom::catalog_detail {
namespace {

constexpr double kWeightTolerance = 1e-6;

class Checker {
public:
    explicit Checker(const Catalog& catalog)
        : m_catalog(catalog) {}

    std::vector<Problem> run() {
        tiers();
        upgradePaths();
        modes();
        guardrails();
        health();
        weights();
        headroom();
        performance();
        truth();
        recommendations();
        providers();
        rates();
        shield();
        infraPrices();
        efficiency();
        anomalies();
        projections();
        forecasts();
        retention();
        findPolicyProblems(m_catalog, m_problems);
        findAlertProblems(m_catalog, m_problems);
        findReadinessProblems(m_catalog, m_problems);
        findStrainProblems(m_catalog, m_problems);
        return std::move(m_problems);
    }

private:
    void add(Section section, std::string path, std::string message) {
        m_problems.push_back({section, std::move(path), std::move(message)});
    }

    // A finite number in [lo, hi]; returns false after reporting otherwise.
    bool inRange(Section s, const std::string& path, double value, double lo, double hi) {
        if (!std::isfinite(value)) {
            add(s, path, "must be a finite number");
            return false;
        }
        if (value < lo || value > hi) {
            add(s, path,
                hi == kUnbounded ? cat("must be at least ", lo, ", got ", value)
                                 : cat("must be between ", lo, " and ", hi, ", got ", value));
            return false;
        }
        return true;
    }

    bool positive(Section s, const std::string& path, double value) {
        if (!std::isfinite(value) || value <= 0.0) {
            add(s, path, cat("must be a finite number greater than 0, got ", value));
            return false;
        }
        return true;
    }

    void nonEmpty(Section s, const std::string& path, const std::string& text) {
        if (text.empty()) {
            add(s, path, "must not be empty");
        }
    }

    bool validMetric(Section s, const std::string& path, MetricId metric) {
        if (metricIndex(metric) >= kMetricCount) {
            add(s, path, "unknown metric");
            return false;
        }
        return true;
    }

    // Shared by tiers and modes: sorted by client range, no overlap, no gap.
    template <class T>
    void clientRanges(Section s, const std::vector<T>& items) {
        const std::string key(sectionKey(s));
        if (items.empty()) {
            add(s, key, "must list at least one entry");
            return;
        }
        std::set<std::string> ids;
        for (std::size_t i = 0; i < items.size(); ++i) {
            const auto& item = items[i];
            const std::string at = cat(key, '[', i, ']');
            nonEmpty(s, at + ".id", item.id);
            nonEmpty(s, at + ".name", item.name);
            if (!item.id.empty() && !ids.insert(item.id).second) {
                add(s, at + ".id", cat("duplicate id '", item.id, "'"));
            }
            if (item.minClients < 0) {
                add(s, at + ".min_clients", cat("must not be negative, got ", item.minClients));
            }
            if (item.maxClients < item.minClients) {
                add(s, at + ".max_clients",
                    cat("must be at least min_clients (", item.minClients, "), got ",
                        item.maxClients));
            }
            if (i > 0 && item.minClients != items[i - 1].maxClients + 1) {
                add(s, at + ".min_clients",
                    cat("must be ", items[i - 1].maxClients + 1, " (", key, '[', i - 1,
                        "].max_clients + 1): entries must be sorted by client range without "
                        "overlaps or gaps, got ",
                        item.minClients));
            }
        }
    }

    void condition(Section s, const std::string& path, const Condition& c,
                   const std::vector<const Tier*>& scope) {
        if (const auto* metric = std::get_if<MetricId>(&c.subject)) {
            if (!validMetric(s, path + ".subject", *metric)) {
                return;
            }
        }
        const std::string thresholdPath = path + ".threshold";
        if (c.relativeToTierLimit) {
            const auto* metric = std::get_if<MetricId>(&c.subject);
            if (metric == nullptr) {
                add(s, path + ".relative_to_tier_limit",
                    cat("a derived value ('", subjectKey(c.subject), "') has no tier limit"));
                return;
            }
            positive(s, thresholdPath, c.threshold);
            for (const Tier* tier : scope) {
                if (!tier->limitFor(*metric)) {
                    add(s, path + ".subject",
                        cat("relative to the tier limit, but tier '", tier->id,
                            "' has no limit for ", metricKey(*metric)));
                }
            }
            return;
        }
        if (const auto* metric = std::get_if<MetricId>(&c.subject)) {
            const auto& info = metricInfo(*metric);
            inRange(s, thresholdPath, c.threshold, std::max(0.0, info.minimum), info.maximum);
        } else if (std::get<DerivedValue>(c.subject) == DerivedValue::HeadroomPercent) {
            inRange(s, thresholdPath, c.threshold, 0.0, 100.0);
        } else {
            inRange(s, thresholdPath, c.threshold, 0.0, kUnbounded);
        }
    }

    void tiers() {
        constexpr Section s = Section::Tiers;
        clientRanges(s, m_catalog.tiers);
        for (std::size_t i = 0; i < m_catalog.tiers.size(); ++i) {
            const Tier& t = m_catalog.tiers[i];
            const std::string at = cat("tiers[", i, ']');
            if (t.clientWarningAt < t.minClients || t.clientWarningAt > t.clientCriticalAt) {
                add(s, at + ".client_warning_at",
                    cat("must be between min_clients (", t.minClients, ") and client_critical_at (",
                        t.clientCriticalAt, "), got ", t.clientWarningAt));
            }
            if (t.clientCriticalAt > t.maxClients) {
                add(s, at + ".client_critical_at",
                    cat("must not exceed max_clients (", t.maxClients, "), got ",
                        t.clientCriticalAt));
            }
            std::set<MetricId> seen;
            for (const auto& limit : t.limits) {
                if (!validMetric(s, at + ".limits", limit.metric)) {
                    continue;
                }
                const std::string path = cat(at, ".limits.", metricKey(limit.metric));
                if (!seen.insert(limit.metric).second) {
                    add(s, path, "duplicate limit");
                }
                if (positive(s, path, limit.limit)) {
                    inRange(s, path, limit.limit, 0.0, metricInfo(limit.metric).maximum);
                }
            }
            const auto& r = t.resources;
            inRange(s, at + ".resources.db_connections", r.dbConnections, 0, kUnbounded);
            inRange(s, at + ".resources.worker_concurrency", r.workerConcurrency, 0, kUnbounded);
            inRange(s, at + ".resources.cache_mb", r.cacheMb, 0, kUnbounded);
            inRange(s, at + ".resources.storage_gb", r.storageGb, 0, kUnbounded);
            inRange(s, at + ".resources.monthly_tokens", r.monthlyTokens, 0, kUnbounded);
            if (t.evaluationCadence.count() <= 0) {
                add(s, at + ".evaluation_cadence_seconds",
                    cat("must be greater than 0, got ", t.evaluationCadence.count()));
            }
        }
    }

    void upgradePaths() {
        constexpr Section s = Section::UpgradePaths;
        std::set<std::pair<std::string, std::string>> seen;
        for (std::size_t i = 0; i < m_catalog.upgradePaths.size(); ++i) {
            const UpgradePath& p = m_catalog.upgradePaths[i];
            const std::string at = cat("upgrade_paths[", i, ']');
            const Tier* from = m_catalog.findTier(p.fromTier);
            if (from == nullptr) {
                add(s, at + ".from_tier", cat("unknown tier id '", p.fromTier, "'"));
            }
            if (m_catalog.findTier(p.toTier) == nullptr) {
                add(s, at + ".to_tier", cat("unknown tier id '", p.toTier, "'"));
            }
            if (p.fromTier == p.toTier) {
                add(s, at + ".to_tier", "must differ from from_tier");
            }
            if (!seen.insert({p.fromTier, p.toTier}).second) {
                add(s, at, cat("duplicate upgrade path ", p.fromTier, " -> ", p.toTier));
            }
            std::vector<const Tier*> scope;
            if (from != nullptr) {
                scope.push_back(from);
            }
            for (std::size_t k = 0; k < p.triggers.size(); ++k) {
                condition(s, cat(at, ".triggers[", k, ']'), p.triggers[k], scope);
            }
            if (p.monthlyCostMin.value < 0) {
                add(s, at + ".monthly_cost_min_usd", "must not be negative");
            }
            if (p.monthlyCostMax < p.monthlyCostMin) {
                add(s, at + ".monthly_cost_max_usd", "must be at least monthly_cost_min_usd");
            }
            inRange(s, at + ".strain_pass_rate_required", p.strainPassRateRequired, 0.0, 1.0);
        }
    }

    void modes() {
        constexpr Section s = Section::Modes;
        clientRanges(s, m_catalog.modes);
        for (std::size_t i = 0; i < m_catalog.modes.size(); ++i) {
            const Mode& m = m_catalog.modes[i];
            const std::string at = cat("modes[", i, ']');
            inRange(s, at + ".max_posts_per_day", m.maxPostsPerDay, 0.0, kUnbounded);
            if (m.maxAiSpendPerDay.value <= 0) {
                // Cost pressure divides by it.
                add(s, at + ".max_ai_spend_per_day_usd", "must be greater than 0");
            }
        }
    }

    void guardrails() {
        constexpr Section s = Section::Guardrails;
        const Guardrails& g = m_catalog.guardrails;
        inRange(s, "guardrails.min_health_for_increase", g.minHealthForIncrease, 0, 100);
        inRange(s, "guardrails.freeze_below_health", g.freezeBelowHealth, 0, 100);
        inRange(s, "guardrails.min_infra_health", g.minInfraHealth, 0, 100);
        inRange(s, "guardrails.max_utilisation_for_increase", g.maxUtilisationForIncrease, 0, 1);
        inRange(s, "guardrails.max_warning_density", g.maxWarningDensity, 0, 1);
        inRange(s, "guardrails.max_churn_risk", g.maxChurnRisk, 0, 1);
        inRange(s, "guardrails.max_ai_cost_pressure", g.maxAiCostPressure, 0, 1);
        inRange(s, "guardrails.min_confidence_for_change", g.minConfidenceForChange, 0, 1);
        if (g.freezeBelowHealth > g.minHealthForIncrease) {
            add(s, "guardrails.freeze_below_health",
                cat("must not exceed min_health_for_increase (", g.minHealthForIncrease, "), got ",
                    g.freezeBelowHealth));
        }
    }

    void health() {
        constexpr Section s = Section::Health;
        const HealthModel& h = m_catalog.health;
        std::set<MetricId> seen;
        for (std::size_t i = 0; i < h.infraPenalties.size(); ++i) {
            const auto& penalty = h.infraPenalties[i];
            const std::string at = cat("health.infra_penalties[", i, ']');
            if (!validMetric(s, at + ".metric", penalty.metric)) {
                continue;
            }
            if (!seen.insert(penalty.metric).second) {
                add(s, at + ".metric", cat("duplicate metric ", metricKey(penalty.metric)));
            }
            if (penalty.steps.empty()) {
                add(s, at + ".steps", "must list at least one step");
            }
            for (std::size_t k = 0; k < penalty.steps.size(); ++k) {
                const auto& step = penalty.steps[k];
                const std::string stepAt = cat(at, ".steps[", k, ']');
                inRange(s, stepAt + ".above", step.above, 0.0, metricInfo(penalty.metric).maximum);
                inRange(s, stepAt + ".penalty", step.penalty, 0.0, 100.0);
                if (k > 0 && !(step.above < penalty.steps[k - 1].above)) {
                    add(s, stepAt + ".above",
                        cat("steps must be sorted by 'above', highest first; ", step.above,
                            " follows ", penalty.steps[k - 1].above));
                }
            }
        }
        positive(s, "health.warning_density_factor", h.warningDensityFactor);
        inRange(s, "health.safe_capacity_floor", h.safeCapacityFloor, 0.0, 1.0);
    }

    void weights() {
        constexpr Section s = Section::Weights;
        const HealthWeights& w = m_catalog.weights;
        bool ok = positive(s, "weights.infra_health", w.infraHealth);
        ok = positive(s, "weights.ai_cost_pressure", w.aiCostPressure) && ok;
        ok = positive(s, "weights.warning_density", w.warningDensity) && ok;
        ok = positive(s, "weights.churn_risk", w.churnRisk) && ok;
        const double sum = w.infraHealth + w.aiCostPressure + w.warningDensity + w.churnRisk;
        if (ok && std::abs(sum - 1.0) > kWeightTolerance) {
            add(s, "weights", cat("must sum to 1, got ", sum));
        }
    }

    void headroom() {
        constexpr Section s = Section::Headroom;
        const HeadroomThresholds& h = m_catalog.headroom;
        const bool ok = inRange(s, "headroom.warning", h.warning, 0.0, 1.0) &
                        inRange(s, "headroom.critical", h.critical, 0.0, 1.0);
        if (ok && h.warning >= h.critical) {
            add(s, "headroom.warning",
                cat("must be below critical (", h.critical, "), got ", h.warning));
        }
        inRange(s, "headroom.min_headroom_for_new_clients", h.minHeadroomForNewClients, 0, 100);
    }

    void performance() {
        constexpr Section s = Section::Performance;
        std::set<MetricId> seen;
        for (std::size_t i = 0; i < m_catalog.performance.size(); ++i) {
            const PerformanceBand& b = m_catalog.performance[i];
            const std::string at = cat("performance[", i, ']');
            if (!validMetric(s, at + ".metric", b.metric)) {
                continue;
            }
            if (!seen.insert(b.metric).second) {
                add(s, at + ".metric", cat("duplicate metric ", metricKey(b.metric)));
            }
            const double hi = metricInfo(b.metric).maximum;
            const bool ok = inRange(s, at + ".warning_at", b.warningAt, 0.0, hi) &
                            inRange(s, at + ".critical_at", b.criticalAt, 0.0, hi);
            if (ok && b.warningAt >= b.criticalAt) {
                add(s, at + ".warning_at",
                    cat("must be below critical_at (", b.criticalAt, "), got ", b.warningAt));
            }
            nonEmpty(s, at + ".normal_action", b.normalAction);
            nonEmpty(s, at + ".warning_action", b.warningAction);
            nonEmpty(s, at + ".critical_action", b.criticalAction);
        }
    }

    void truth() {
        constexpr Section s = Section::Truth;
        if (m_catalog.truth.staleAfter.count() <= 0) {
            add(s, "truth.stale_after_seconds",
                cat("must be greater than 0, got ", m_catalog.truth.staleAfter.count()));
        }
        std::set<MetricId> seen;
        for (std::size_t i = 0; i < m_catalog.truth.required.size(); ++i) {
            const std::string at = cat("truth.required_metrics[", i, ']');
            const MetricId metric = m_catalog.truth.required[i];
            if (validMetric(s, at, metric) && !seen.insert(metric).second) {
                add(s, at, cat("duplicate metric ", metricKey(metric)));
            }
        }
    }

    void recommendations() {
        constexpr Section s = Section::Recommendations;
        std::vector<const Tier*> everyTier;
        for (const auto& t : m_catalog.tiers) {
            everyTier.push_back(&t);
        }
        std::set<std::string> types;
        for (std::size_t i = 0; i < m_catalog.recommendations.size(); ++i) {
            const RecommendationTemplate& r = m_catalog.recommendations[i];
            const std::string at = cat("recommendations[", i, ']');
            nonEmpty(s, at + ".type", r.type);
            if (!r.type.empty() && !types.insert(r.type).second) {
                add(s, at + ".type", cat("duplicate type '", r.type, "'"));
            }
            nonEmpty(s, at + ".title", r.title);
            if (r.steps.empty()) {
                add(s, at + ".steps", "must list at least one step");
            }
            if (r.monthlyCostMax < r.monthlyCostMin) {
                add(s, at + ".monthly_cost_max_usd", "must be at least monthly_cost_min_usd");
            }
            if (r.confidence < 0 || r.confidence > 100) {
                add(s, at + ".confidence", cat("must be between 0 and 100, got ", r.confidence));
            }
            // A recommendation can fire in any tier, so a relative trigger needs every tier's
            // limit.
            for (std::size_t k = 0; k < r.triggers.size(); ++k) {
                condition(s, cat(at, ".triggers[", k, ']'), r.triggers[k], everyTier);
            }
        }
    }

    void providers() {
        constexpr Section s = Section::AiProviders;
        std::set<std::string> ids;
        for (std::size_t i = 0; i < m_catalog.aiProviders.size(); ++i) {
            const AiProvider& p = m_catalog.aiProviders[i];
            const std::string at = cat("ai_providers[", i, ']');
            nonEmpty(s, at + ".id", p.id);
            if (!p.id.empty() && !ids.insert(p.id).second) {
                add(s, at + ".id", cat("duplicate id '", p.id, "'"));
            }
            nonEmpty(s, at + ".name", p.name);
            for (const auto& [tier, units] : p.monthlyAllocationByTier) {
                const std::string path = cat(at, ".monthly_allocation.", tier);
                if (m_catalog.findTier(tier) == nullptr) {
                    add(s, path, cat("unknown tier id '", tier, "'"));
                }
                inRange(s, path, units, 0.0, kUnbounded);
            }
        }
    }

    // A fraction in (0, 1]: a threshold or level of a limit, a percentile.
    bool fraction(Section s, const std::string& path, double value) {
        if (!std::isfinite(value) || value <= 0.0 || value > 1.0) {
            add(s, path, cat("must be greater than 0 and at most 1, got ", value));
            return false;
        }
        return true;
    }

    // A central interval's level in (0, 1): 1 would be an infinitely wide interval.
    void level(Section s, const std::string& path, double value) {
        if (!std::isfinite(value) || value <= 0.0 || value >= 1.0) {
            add(s, path, cat("must be between 0 and 1 (both excluded), got ", value));
        }
    }

    void atLeast(Section s, const std::string& path, long long value, long long minimum) {
        if (value < minimum) {
            add(s, path, cat("must be at least ", minimum, ", got ", value));
        }
    }

    void price(Section s, const std::string& path, MicroUsd amount) {
        if (amount.value < 0) {
            add(s, path, cat("must not be negative, got ", amount.dollars()));
        }
    }

    void limit(Section s, const std::string& path, MicroUsd amount) {
        if (amount.value <= 0) {
            // Spend is compared as a share of the limit.
            add(s, path, cat("must be greater than 0, got ", amount.dollars()));
        }
    }

    void rates() {
        constexpr Section s = Section::Rates;
        std::map<std::pair<std::string, Day>, std::size_t> seen;
        for (std::size_t i = 0; i < m_catalog.costs.rates.size(); ++i) {
            const ProviderRate& r = m_catalog.costs.rates[i];
            const std::string at = cat("rates[", i, ']');
            if (r.providerId.empty()) {
                add(s, at + ".provider", "must not be empty");
            } else if (m_catalog.findProvider(r.providerId) == nullptr) {
                add(s, at + ".provider",
                    cat("unknown provider '", r.providerId, "' (not in ai_providers)"));
            }
            const auto [it, inserted] = seen.emplace(std::pair{r.providerId, r.effectiveFrom}, i);
            if (!inserted) {
                add(s, at + ".effective_from",
                    cat("duplicate rate: rates[", it->second, "] already sets ", r.providerId,
                        " from ", formatDay(r.effectiveFrom)));
            }
            price(s, at + ".per_million_input_tokens_usd", r.perMillionInputTokens);
            price(s, at + ".per_million_output_tokens_usd", r.perMillionOutputTokens);
            price(s, at + ".per_thousand_characters_usd", r.perThousandCharacters);
            price(s, at + ".per_request_usd", r.perRequest);
        }
    }

    void shield() {
        constexpr Section s = Section::CostShield;
        const CostShieldSettings& c = m_catalog.costs.shield;
        limit(s, "cost_shield.daily_limit_usd", c.dailyLimit);
        limit(s, "cost_shield.monthly_limit_usd", c.monthlyLimit);
        limit(s, "cost_shield.per_client_daily_limit_usd", c.perClientDailyLimit);
        fraction(s, "cost_shield.alert_threshold", c.alertThreshold);
        for (std::size_t i = 0; i < c.budgetAlertLevels.size(); ++i) {
            const std::string at = cat("cost_shield.budget_alert_levels[", i, ']');
            if (fraction(s, at, c.budgetAlertLevels[i]) && i > 0 &&
                !(c.budgetAlertLevels[i] > c.budgetAlertLevels[i - 1])) {
                add(s, at,
                    cat("levels must be in ascending order; ", c.budgetAlertLevels[i], " follows ",
                        c.budgetAlertLevels[i - 1]));
            }
        }
        if (!std::isfinite(c.runawayRatio) || c.runawayRatio <= 1.0) {
            add(s, "cost_shield.runaway_ratio",
                cat("must be greater than 1, got ", c.runawayRatio));
        }
    }

    void infraPrices() {
        constexpr Section s = Section::InfraPrices;
        const InfraUnitPrices& p = m_catalog.costs.infra;
        price(s, "infra_prices.per_core_hour_usd", p.perCoreHour);
        price(s, "infra_prices.per_memory_gb_hour_usd", p.perMemoryGbHour);
        price(s, "infra_prices.per_storage_gb_hour_usd", p.perStorageGbHour);
        price(s, "infra_prices.per_network_mb_usd", p.perNetworkMb);
    }

    void efficiency() {
        constexpr Section s = Section::Efficiency;
        const EfficiencySettings& e = m_catalog.costs.efficiency;
        const bool ok = fraction(s, "efficiency.target_utilisation_low", e.targetUtilisationLow) &
                        fraction(s, "efficiency.target_utilisation_high", e.targetUtilisationHigh);
        if (ok && e.targetUtilisationLow > e.targetUtilisationHigh) {
            add(s, "efficiency.target_utilisation_low",
                cat("must not exceed target_utilisation_high (", e.targetUtilisationHigh, "), got ",
                    e.targetUtilisationLow));
        }
        fraction(s, "efficiency.right_size_percentile", e.rightSizePercentile);
        atLeast(s, "efficiency.lookback_days", e.lookback.count(), 1);
        fraction(s, "efficiency.schedule_min_explained_variance", e.scheduleMinExplainedVariance);
    }

    void anomalies() {
        constexpr Section s = Section::Anomalies;
        const AnomalySettings& a = m_catalog.costs.anomalies;
        atLeast(s, "anomalies.trailing_days", a.trailingDays, 1);
        // A ratio of 1 or less would call an ordinary day a spike.
        if (!std::isfinite(a.costSpikeRatio) || a.costSpikeRatio <= 1.0) {
            add(s, "anomalies.cost_spike_ratio",
                cat("must be greater than 1, got ", a.costSpikeRatio));
        }
        if (!std::isfinite(a.usageSpikeRatio) || a.usageSpikeRatio <= 1.0) {
            add(s, "anomalies.usage_spike_ratio",
                cat("must be greater than 1, got ", a.usageSpikeRatio));
        }
        positive(s, "anomalies.robust_z_threshold", a.robustZThreshold);
        atLeast(s, "anomalies.robust_window_days", a.robustWindowDays, 1);
        atLeast(s, "anomalies.min_history_days", a.minHistoryDays, 1);
        if (a.minImpact.value < 0) {
            add(s, "anomalies.min_impact_usd",
                cat("must not be negative, got ", a.minImpact.dollars()));
        }
        if (a.minHistoryDays > a.trailingDays && a.trailingDays >= 1) {
            // The trailing window could never hold enough days: no verdict, ever.
            add(s, "anomalies.min_history_days",
                cat("must not exceed trailing_days (", a.trailingDays, "), got ",
                    a.minHistoryDays));
        }
    }

    void projections() {
        constexpr Section s = Section::Projections;
        const ProjectionSettings& p = m_catalog.costs.projection;
        if (!std::isfinite(p.fallbackMonthlyGrowth) || p.fallbackMonthlyGrowth <= -1.0) {
            add(s, "projections.fallback_monthly_growth",
                cat("must be a finite number greater than -1, got ", p.fallbackMonthlyGrowth));
        }
        level(s, "projections.interval_level", p.intervalLevel);
        // A growth rate is a ratio of two months.
        atLeast(s, "projections.min_months_for_growth", p.minMonthsForGrowth, 2);
    }

    void forecasts() {
        constexpr Section s = Section::Forecasts;
        const ForecastSettings& f = m_catalog.costs.forecast;
        // A trend needs two points and its spread a third.
        atLeast(s, "forecasts.min_points", f.minPoints, 3);
        atLeast(s, "forecasts.horizon_days", f.horizon.count(), 1);
        level(s, "forecasts.interval_level", f.intervalLevel);
        atLeast(s, "forecasts.backtest_origins", f.backtestOrigins, 1);
        atLeast(s, "forecasts.backtest_horizon_days", f.backtestHorizon.count(), 1);
    }

    // Roll-up works on whole hours; each coarser resolution must outlive the finer one, or a
    // stretch would have no data at all.
    void retention() {
        constexpr Section s = Section::Retention;
        const RetentionSettings& r = m_catalog.retention;
        constexpr std::int64_t kHour = 3600;
        if (r.rawFor.count() < kHour) {
            add(s, "retention.raw_seconds",
                cat("must be at least 3600 (one hour), got ", r.rawFor.count()));
        }
        if (std::chrono::seconds(r.fiveMinuteFor) < r.rawFor) {
            add(s, "retention.five_minute_days",
                cat("must keep 5-minute roll-ups at least as long as raw_seconds (",
                    r.rawFor.count(), " s), got ", r.fiveMinuteFor.count(), " days"));
        }
        if (r.hourlyFor && *r.hourlyFor < r.fiveMinuteFor) {
            add(s, "retention.hourly_days",
                cat("must be null (forever) or at least five_minute_days (",
                    r.fiveMinuteFor.count(), "), got ", r.hourlyFor->count()));
        }
    }

    static constexpr double kUnbounded = std::numeric_limits<double>::max();

    const Catalog& m_catalog;
    std::vector<Problem> m_problems;
};

} // namespace

std::vector<Problem> findProblems(const Catalog& catalog) {
    return Checker(catalog).run();
}

SectionLabels defaultSectionLabels() {
    SectionLabels labels;
    for (const auto& info : kSections) {
        labels[sectionIndex(info.section)] = std::string(info.defaultFile);
    }
    return labels;
}

std::string formatProblems(std::span<const Problem> problems, const SectionLabels& labels) {
    // One broken reference (a renamed tier) can cause dozens of problems; the first few say enough.
    constexpr std::size_t kMaxListed = 12;
    std::string out;
    for (std::size_t i = 0; i < problems.size() && i < kMaxListed; ++i) {
        const auto& p = problems[i];
        if (!out.empty()) {
            out += '\n';
        }
        out += cat(labels[sectionIndex(p.section)], ": ", p.path, ": ", p.message);
    }
    if (problems.size() > kMaxListed) {
        out += cat("\n(", problems.size() - kMaxListed, " more problems)");
    }
    return out;
}

} // namespace headroom::catalog_detail
