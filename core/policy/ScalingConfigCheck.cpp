#include "ScalingConfigCheck.h"

#include "model/Text.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace headroom {

namespace {

bool blank(std::string_view text) {
    return std::ranges::all_of(text, [](char c) { return c == ' ' || c == '\t' || c == '\n'; });
}

class Problems {
public:
    void add(std::string field, std::string message) {
        m_list.push_back({std::move(field), std::move(message)});
    }
    // A fraction 0..1 (inclusive).
    void fraction(std::string field, double value) {
        if (!std::isfinite(value) || value < 0.0 || value > 1.0) {
            add(field, cat(field, " must be between 0 and 1 (got ", value, ")"));
        }
    }
    // A health score 0..100 (inclusive).
    void score(std::string field, double value) {
        if (!std::isfinite(value) || value < 0.0 || value > 100.0) {
            add(field, cat(field, " must be between 0 and 100 (got ", value, ")"));
        }
    }
    std::vector<ScalingConfigProblem> take() { return std::move(m_list); }

private:
    std::vector<ScalingConfigProblem> m_list;
};

void checkModes(const std::vector<Mode>& modes, Problems& p) {
    if (modes.empty()) {
        p.add("modes", "modes: at least one mode is needed");
        return;
    }
    std::set<std::string> ids;
    for (std::size_t i = 0; i < modes.size(); ++i) {
        const Mode& m = modes[i];
        const std::string at = cat("modes[", i, "]");
        const std::string label = m.id.empty() ? at : cat(at, " ('", m.id, "')");
        if (blank(m.id)) {
            p.add(at + ".id", cat(at, ".id must not be blank"));
        } else if (!ids.insert(m.id).second) {
            p.add(at + ".id", cat(label, ": the id '", m.id, "' is used twice"));
        }
        if (blank(m.name)) {
            p.add(at + ".name", cat(label, ".name must not be blank"));
        }
        if (m.minClients < 0) {
            p.add(at + ".min_clients",
                  cat(label, ".min_clients must not be negative (got ", m.minClients, ")"));
        }
        if (m.maxClients <= 0) {
            p.add(at + ".max_clients",
                  cat(label, ".max_clients must be positive (got ", m.maxClients, ")"));
        } else if (m.maxClients < m.minClients) {
            p.add(at + ".max_clients", cat(label, ".max_clients (", m.maxClients,
                                           ") is below its min_clients (", m.minClients, ")"));
        }
        if (!std::isfinite(m.maxPostsPerDay) || m.maxPostsPerDay <= 0.0) {
            p.add(at + ".max_posts_per_day",
                  cat(label, ".max_posts_per_day must be positive (got ", m.maxPostsPerDay, ")"));
        }
        if (m.maxAiSpendPerDay.value <= 0) {
            p.add(at + ".max_ai_spend_per_day",
                  cat(label, ".max_ai_spend_per_day must be positive (got $",
                      m.maxAiSpendPerDay.dollars(), ")"));
        }
        if (i > 0) {
            const Mode& prev = modes[i - 1];
            if (m.minClients <= prev.maxClients) {
                p.add(at + ".min_clients",
                      cat(label, ".min_clients (", m.minClients, ") overlaps the previous mode '",
                          prev.id, "' (up to ", prev.maxClients,
                          " clients); modes must be sorted "
                          "by clients without overlaps"));
            } else if (m.minClients > prev.maxClients + 1) {
                p.add(at + ".min_clients",
                      cat(label, ".min_clients (", m.minClients, ") leaves a gap after mode '",
                          prev.id, "' (up to ", prev.maxClients, " clients); it should be ",
                          prev.maxClients + 1));
            }
        }
    }
}

void checkGuardrails(const Guardrails& g, Problems& p) {
    p.score("guardrails.min_health_for_increase", g.minHealthForIncrease);
    p.fraction("guardrails.max_utilisation_for_increase", g.maxUtilisationForIncrease);
    p.score("guardrails.freeze_below_health", g.freezeBelowHealth);
    p.fraction("guardrails.max_warning_density", g.maxWarningDensity);
    p.fraction("guardrails.max_churn_risk", g.maxChurnRisk);
    p.fraction("guardrails.max_ai_cost_pressure", g.maxAiCostPressure);
    p.fraction("guardrails.min_confidence_for_change", g.minConfidenceForChange);
    p.score("guardrails.min_infra_health", g.minInfraHealth);
    if (g.freezeBelowHealth >= g.minHealthForIncrease) {
        p.add("guardrails.freeze_below_health",
              cat("guardrails.freeze_below_health (", g.freezeBelowHealth,
                  ") must be below guardrails.min_health_for_increase (", g.minHealthForIncrease,
                  ")"));
    }
    if (g.minInfraHealth > g.minHealthForIncrease) {
        p.add("guardrails.min_infra_health",
              cat("guardrails.min_infra_health (", g.minInfraHealth,
                  ") must not exceed guardrails.min_health_for_increase (", g.minHealthForIncrease,
                  ")"));
    }
}

} // namespace

std::vector<ScalingConfigProblem> scalingConfigProblems(const ScalingConfig& config) {
    Problems p;
    if (blank(config.environment)) {
        p.add("environment", "environment must not be blank (e.g. production, staging)");
    }
    checkModes(config.modes, p);
    if (std::ranges::find(config.modes, config.modeId, &Mode::id) == config.modes.end()) {
        p.add("mode", cat("mode '", config.modeId, "' is not one of the configured modes"));
    }
    checkGuardrails(config.guardrails, p);
    if (config.freeze && blank(config.freeze->reason)) {
        p.add("freeze.reason", "freeze.reason must not be blank");
    }
    return p.take();
}

Result<void> validateScalingConfig(const ScalingConfig& config) {
    const auto problems = scalingConfigProblems(config);
    if (problems.empty()) {
        return {};
    }
    std::string message = "scaling configuration: ";
    for (std::size_t i = 0; i < problems.size(); ++i) {
        message += (i ? "; " : "") + problems[i].message;
    }
    return fail(ErrorCode::ValidationError, message);
}

ScalingConfig defaultScalingConfig(const Catalog& catalog, std::string_view modeId,
                                   std::string environment) {
    ScalingConfig c;
    c.environment = std::move(environment);
    c.modes = catalog.modes;
    c.guardrails = catalog.guardrails;
    const bool known = std::ranges::find(c.modes, modeId, &Mode::id) != c.modes.end();
    c.modeId = known ? std::string(modeId) : (c.modes.empty() ? "" : c.modes.front().id);
    return c;
}

Catalog applyScalingConfig(Catalog catalog, const ScalingConfig& config) {
    if (!config.modes.empty()) {
        catalog.modes = config.modes;
    }
    catalog.guardrails = config.guardrails;
    return catalog;
}

std::optional<std::string> advisedModeId(const ModeDecision& decision, const HealthScores& scores) {
    if (!scores.overall) {
        return std::nullopt;
    }
    if ((decision.action == ModeAction::IncreaseMode ||
         decision.action == ModeAction::DecreaseMode) &&
        decision.nextModeId) {
        return decision.nextModeId;
    }
    return decision.currentModeId;
}

} // namespace headroom
