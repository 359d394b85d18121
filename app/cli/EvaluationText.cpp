#include "EvaluationText.h"

#include "model/Records.h"
#include "model/Text.h"

#include <algorithm>
#include <cmath>

namespace headroom::cli {
namespace {

std::string percent(double fraction, int decimals = 1) {
    return fixedNumber(fraction * 100.0, decimals) + " %";
}

std::string statusWord(Status status) {
    return std::string(keyOf(status));
}

std::string tierLabel(const Catalog& catalog, const std::string& id) {
    const Tier* tier = catalog.findTier(id);
    if (tier == nullptr) {
        return id;
    }
    return cat(tier->name, " (", tier->minClients, "-", tier->maxClients, " clients)");
}

std::string modeLabel(const Catalog& catalog, const std::string& id) {
    const Mode* mode = catalog.findMode(id);
    if (mode == nullptr) {
        return id.empty() ? std::string("unknown") : id;
    }
    return cat(mode->name, " (", mode->minClients, "-", mode->maxClients, " clients)");
}

std::string optionalScore(const std::optional<double>& score) {
    return score ? fixedNumber(*score, 1) : std::string("no data");
}

std::string comparisonSymbol(Comparison comparison) {
    switch (comparison) {
    case Comparison::AtLeast:
        return ">=";
    case Comparison::Above:
        return ">";
    case Comparison::AtMost:
        return "<=";
    case Comparison::Below:
        return "<";
    }
    return "?";
}

std::string subjectValue(const ConditionSubject& subject, double value) {
    if (const auto* metric = std::get_if<MetricId>(&subject)) {
        return formatMetricValue(*metric, value);
    }
    if (std::get<DerivedValue>(subject) == DerivedValue::HeadroomPercent) {
        return fixedNumber(value, 0) + " %";
    }
    return percent(value);
}

} // namespace

std::string formatMetricValue(MetricId metric, double value) {
    switch (metricInfo(metric).unit) {
    case MetricUnit::Fraction:
        return percent(value, 2);
    case MetricUnit::Milliseconds:
        return shortestNumber(value) + " ms";
    case MetricUnit::Seconds:
        return shortestNumber(value) + " s";
    case MetricUnit::Gigabytes:
        return shortestNumber(value) + " GB";
    case MetricUnit::Megabytes:
        return shortestNumber(value) + " MB";
    case MetricUnit::PerMinute:
        return shortestNumber(value) + "/min";
    case MetricUnit::PerDay:
        return shortestNumber(value) + "/day";
    case MetricUnit::Usd:
        return "$" + fixedNumber(value, 2);
    case MetricUnit::Count:
    case MetricUnit::Tokens:
    case MetricUnit::Load:
        return shortestNumber(value);
    }
    return shortestNumber(value);
}

std::string describeModeReason(const ModeReason& r) {
    const std::string v = fixedNumber(r.value, 0);
    const std::string t = fixedNumber(r.threshold, 0);
    switch (r.code) {
    case ModeReasonCode::HealthBelowFreeze:
        return cat("health score ", v, " is below the freeze threshold ", t);
    case ModeReasonCode::WarningDensityHigh:
        return cat("warning density ", v, " % exceeds ", t, " %");
    case ModeReasonCode::ChurnRiskHigh:
        return cat("churn risk ", v, " % exceeds ", t, " %");
    case ModeReasonCode::AiCostPressureHigh:
        return cat("AI cost pressure ", v, " % exceeds ", t, " %");
    case ModeReasonCode::InfraHealthLow:
        return cat("infrastructure health ", v, " is below ", t);
    case ModeReasonCode::AtMaximumMode:
        return "already at the highest scaling mode";
    case ModeReasonCode::HealthBelowIncrease:
        return cat("health ", v, " is below the increase threshold ", t);
    case ModeReasonCode::UtilisationTooHigh:
        return cat("utilisation ", percent(r.value, 0), " is above the ", percent(r.threshold, 0),
                   " allowed for scaling up");
    case ModeReasonCode::IncreaseSupported:
        return cat("health ", v, " and utilisation ", percent(r.threshold, 0),
                   " support scaling up");
    case ModeReasonCode::ModeAppropriate:
        return "the current mode suits health and utilisation";
    case ModeReasonCode::ConfidenceTooLow:
        return cat("data confidence ", percent(r.value, 0), " is below the ",
                   percent(r.threshold, 0), " needed to recommend a change");
    case ModeReasonCode::ClientsOutsideMode:
        return cat(v, " active clients are outside the current mode's range (max ", t, ")");
    }
    return std::string(keyOf(r.code));
}

std::string formatEvaluationText(const Evaluation& e, const Catalog& catalog) {
    std::string out;
    auto line = [&out](const std::string& text) {
        out += text + "\n";
    };

    line(cat("Evaluated at   ", formatIso(e.evaluatedAt)));
    std::string clients = e.clients.activeClients ? cat(*e.clients.activeClients, " / ",
                                                        e.clients.tierMaxClients, " clients")
                                                  : std::string("active clients unknown");
    if (e.clients.headroomClients) {
        clients += cat(", ", *e.clients.headroomClients, " before the tier maximum");
    }
    line(cat("Tier           ", tierLabel(catalog, e.capacity.tierId), " - ", clients, " [",
             statusWord(e.clients.status), "]"));
    line(cat("Mode           ", modeLabel(catalog, e.mode.currentModeId),
             e.mode.fittingModeId != e.mode.currentModeId
                 ? cat(" (clients fit ", modeLabel(catalog, e.mode.fittingModeId), ")")
                 : std::string()));
    line(cat("Capacity       ", statusWord(e.capacity.overall), ", headroom ",
             e.capacity.headroomPercent ? fixedNumber(*e.capacity.headroomPercent, 0) + " %"
                                        : std::string("unknown"),
             ", accepting new clients: ",
             !e.capacity.acceptanceNeeds.empty() ? "not known"
             : e.capacity.canAcceptNewClients    ? "yes"
                                                 : "no"));
    if (!e.capacity.acceptanceNeeds.empty()) {
        std::string names;
        for (MetricId id : e.capacity.acceptanceNeeds) {
            names += (names.empty() ? "" : ", ") + std::string(metricKey(id));
        }
        line(cat("  not enough data to advise on new clients: ", names, " not measured"));
    }
    for (const auto& u : e.capacity.utilisation) {
        std::string key(metricKey(u.metric));
        key.resize(std::max<std::size_t>(key.size(), 24), ' ');
        line(cat("  ", key, formatMetricValue(u.metric, u.value), " of ",
                 formatMetricValue(u.metric, u.limit), " = ", percent(u.utilisation), "  ",
                 statusWord(u.status)));
    }
    if (!e.capacity.unmeasured.empty()) {
        std::string names;
        for (MetricId id : e.capacity.unmeasured) {
            names += (names.empty() ? "" : ", ") + std::string(metricKey(id));
        }
        line(cat("  not measured: ", names));
    }
    line(cat("Health         overall ", optionalScore(e.health.overall), " (infra ",
             optionalScore(e.health.infraHealth), ", AI cost pressure ",
             optionalScore(e.health.aiCostPressure), ", warning density ",
             optionalScore(e.health.warningDensity), ", churn risk ",
             optionalScore(e.health.churnRisk), ")"));
    std::string advice = cat("Mode advice    ", keyOf(e.mode.action));
    if (e.mode.nextModeId) {
        advice += cat(" -> ", modeLabel(catalog, *e.mode.nextModeId));
    }
    advice += cat(" (confidence ", percent(e.mode.confidence, 0), ")");
    if (e.mode.blockedByTruthLayer && e.mode.blockedAction) {
        advice += cat("; ", keyOf(*e.mode.blockedAction), " withheld by the truth layer");
    }
    line(advice);
    if (e.mode.safeCapacity) {
        line(cat("  safe capacity ", *e.mode.safeCapacity, " clients",
                 e.mode.utilisation ? cat(", utilisation ", percent(*e.mode.utilisation, 0))
                                    : std::string()));
    }
    for (const auto& reason : e.mode.reasons) {
        line(cat("  - ", describeModeReason(reason)));
    }
    line(cat("Data quality   confidence ", percent(e.quality.confidence, 0), " (completeness ",
             percent(e.quality.completeness, 0), ", freshness ", percent(e.quality.freshness, 0),
             ")"));
    auto listMetrics = [](const std::vector<MetricId>& ids) {
        std::string names;
        for (MetricId id : ids) {
            names += (names.empty() ? "" : ", ") + std::string(metricKey(id));
        }
        return names;
    };
    if (!e.quality.missing.empty()) {
        line(cat("  missing: ", listMetrics(e.quality.missing)));
    }
    if (!e.quality.stale.empty()) {
        line(cat("  stale: ", listMetrics(e.quality.stale)));
    }
    if (!e.ai.empty()) {
        line("AI budgets");
        for (const auto& p : e.ai) {
            const AiProvider* provider = catalog.findProvider(p.providerId);
            std::string name = provider ? provider->name : p.providerId;
            name.resize(std::max<std::size_t>(name.size(), 22), ' ');
            line(cat("  ", name,
                     p.used
                         ? cat(shortestNumber(*p.used), " of ", shortestNumber(p.allocation), " (",
                               percent(p.utilisation.value_or(0.0), 0), ") ", statusWord(p.status))
                         : cat("no usage data (allocation ", shortestNumber(p.allocation), ")")));
        }
    }
    if (e.upgradeTowardsTier) {
        line(cat("Upgrade        prepare for ", tierLabel(catalog, *e.upgradeTowardsTier)));
    }
    line(cat("Recommendations (", e.recommendations.size(), ")"));
    if (e.recommendations.empty()) {
        line("  none: nothing needs attention");
    }
    int index = 1;
    for (const auto& draft : e.recommendations) {
        const RecommendationTemplate* t = catalog.findRecommendation(draft.type);
        line(cat("  ", index++, ". ", t ? t->title : draft.type, " [", draft.type, ", ",
                 statusWord(draft.severity), ", confidence ", draft.confidence, " %]"));
        if (t != nullptr) {
            line(cat("     impact ", keyOf(t->impact), ", risk ", keyOf(t->risk), ", effort ",
                     keyOf(t->effort), ", cost ", t->costNote));
        }
        for (const auto& ev : draft.evidence) {
            line(cat("     evidence: ", subjectKey(ev.subject), " ",
                     subjectValue(ev.subject, ev.value), " ", comparisonSymbol(ev.comparison), " ",
                     subjectValue(ev.subject, ev.threshold)));
        }
    }
    return out;
}

} // namespace headroom::cli
