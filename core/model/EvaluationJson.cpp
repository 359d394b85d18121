#include "EvaluationJson.h"

#include "JsonRead.h"
#include "Records.h"

#include <nlohmann/json.hpp>

namespace headroom {

using namespace jsonread;
using nlohmann::json;

namespace {

// ---- writing ----

template <class T>
json optional(const std::optional<T>& value) {
    if (!value) {
        return nullptr;
    }
    if constexpr (std::is_floating_point_v<T>) {
        return number(*value);
    } else {
        return *value;
    }
}

json metricList(const std::vector<MetricId>& metrics) {
    json out = json::array();
    for (MetricId id : metrics) {
        out.push_back(std::string(metricKey(id)));
    }
    return out;
}

json evidenceItem(const Evidence& e) {
    return {{"subject", std::string(subjectKey(e.subject))},
            {"value", number(e.value)},
            {"threshold", number(e.threshold)},
            {"comparison", std::string(keyOf(e.comparison))}};
}

// ---- reading ----

template <class E, class Parse>
E asEnum(const json& value, const std::string& path, Parse parse) {
    const std::string text = asString(value, path);
    auto parsed = parse(text);
    if (!parsed) {
        failAt(path, "unknown value '" + text + "'");
    }
    return *parsed;
}

std::optional<ModeReasonCode> modeReasonCodeFromKey(std::string_view text) {
    // Records.h has keyOf(ModeReasonCode) but no parser; walk the enum instead.
    for (int i = 0; i <= static_cast<int>(ModeReasonCode::ClientsOutsideMode); ++i) {
        const auto code = static_cast<ModeReasonCode>(i);
        if (keyOf(code) == text) {
            return code;
        }
    }
    return std::nullopt;
}

MetricId asMetric(const json& value, const std::string& path) {
    return asEnum<MetricId>(value, path, [](std::string_view t) { return metricFromKey(t); });
}

Status asStatus(const json& value, const std::string& path) {
    return asEnum<Status>(value, path, [](std::string_view t) { return statusFromString(t); });
}

ModeAction asModeAction(const json& value, const std::string& path) {
    return asEnum<ModeAction>(value, path,
                              [](std::string_view t) { return modeActionFromString(t); });
}

std::vector<MetricId> asMetricList(const json& value, const std::string& path) {
    std::vector<MetricId> out;
    asArray(value, path);
    for (std::size_t i = 0; i < value.size(); ++i) {
        out.push_back(asMetric(value[i], indexPath(path, i)));
    }
    return out;
}

std::optional<double> optDouble(const json& object, const std::string& path, const char* name) {
    const json* v = optionalField(object, path, name);
    return v ? std::optional<double>(asDouble(*v, path + "." + name)) : std::nullopt;
}

std::optional<int> optInt(const json& object, const std::string& path, const char* name) {
    const json* v = optionalField(object, path, name);
    return v ? std::optional<int>(asInt(*v, path + "." + name)) : std::nullopt;
}

std::optional<std::string> optString(const json& object, const std::string& path,
                                     const char* name) {
    const json* v = optionalField(object, path, name);
    return v ? std::optional<std::string>(asString(*v, path + "." + name)) : std::nullopt;
}

double dbl(const json& object, const std::string& path, const char* name) {
    return asDouble(field(object, path, name), path + "." + name);
}

std::string str(const json& object, const std::string& path, const char* name) {
    return asString(field(object, path, name), path + "." + name);
}

Evidence readEvidence(const json& e, const std::string& path) {
    Evidence out;
    const std::string subject = str(e, path, "subject");
    if (auto metric = metricFromKey(subject)) {
        out.subject = *metric;
    } else if (auto derived = derivedValueFromString(subject)) {
        out.subject = *derived;
    } else {
        failAt(path + ".subject", "unknown metric or derived value '" + subject + "'");
    }
    out.value = dbl(e, path, "value");
    out.threshold = dbl(e, path, "threshold");
    out.comparison = asEnum<Comparison>(field(e, path, "comparison"), path + ".comparison",
                                        [](std::string_view t) { return comparisonFromString(t); });
    return out;
}

std::vector<Evidence> readEvidenceList(const json& value, const std::string& path) {
    asArray(value, path);
    std::vector<Evidence> out;
    for (std::size_t i = 0; i < value.size(); ++i) {
        out.push_back(readEvidence(value[i], indexPath(path, i)));
    }
    return out;
}

Evaluation readEvaluation(const json& j) {
    const std::string root = "evaluation";
    Evaluation ev;
    ev.evaluatedAt = asTime(field(j, root, "evaluated_at"), root + ".evaluated_at");

    const std::string qp = root + ".quality";
    const json& q = field(j, root, "quality");
    ev.quality.completeness = dbl(q, qp, "completeness");
    ev.quality.freshness = dbl(q, qp, "freshness");
    ev.quality.confidence = dbl(q, qp, "confidence");
    ev.quality.missing = asMetricList(field(q, qp, "missing"), qp + ".missing");
    ev.quality.stale = asMetricList(field(q, qp, "stale"), qp + ".stale");

    const std::string cp = root + ".capacity";
    const json& c = field(j, root, "capacity");
    ev.capacity.tierId = str(c, cp, "tier_id");
    const json& utilisation = asArray(field(c, cp, "utilisation"), cp + ".utilisation");
    for (std::size_t i = 0; i < utilisation.size(); ++i) {
        const std::string up = indexPath(cp + ".utilisation", i);
        const json& u = utilisation[i];
        ev.capacity.utilisation.push_back({asMetric(field(u, up, "metric"), up + ".metric"),
                                           dbl(u, up, "value"), dbl(u, up, "limit"),
                                           dbl(u, up, "utilisation"),
                                           asStatus(field(u, up, "status"), up + ".status")});
    }
    ev.capacity.unmeasured = asMetricList(field(c, cp, "unmeasured"), cp + ".unmeasured");
    ev.capacity.overall = asStatus(field(c, cp, "overall"), cp + ".overall");
    ev.capacity.headroomPercent = optDouble(c, cp, "headroom_percent");
    ev.capacity.canAcceptNewClients =
        asBool(field(c, cp, "can_accept_new_clients"), cp + ".can_accept_new_clients");
    // Absent in evaluations stored before the truth layer withheld acceptance.
    if (const json* needs = optionalField(c, cp, "acceptance_needs")) {
        ev.capacity.acceptanceNeeds = asMetricList(*needs, cp + ".acceptance_needs");
    }

    const std::string clp = root + ".clients";
    const json& cl = field(j, root, "clients");
    ev.clients.activeClients = optInt(cl, clp, "active_clients");
    ev.clients.tierMaxClients =
        asInt(field(cl, clp, "tier_max_clients"), clp + ".tier_max_clients");
    ev.clients.utilisation = optDouble(cl, clp, "utilisation");
    ev.clients.headroomClients = optInt(cl, clp, "headroom_clients");
    ev.clients.status = asStatus(field(cl, clp, "status"), clp + ".status");

    const std::string hp = root + ".health";
    const json& h = field(j, root, "health");
    ev.health.infraHealth = optDouble(h, hp, "infra_health");
    ev.health.aiCostPressure = optDouble(h, hp, "ai_cost_pressure");
    ev.health.warningDensity = optDouble(h, hp, "warning_density");
    ev.health.churnRisk = optDouble(h, hp, "churn_risk");
    ev.health.overall = optDouble(h, hp, "overall");

    const std::string mp = root + ".mode";
    const json& m = field(j, root, "mode");
    ev.mode.currentModeId = str(m, mp, "current_mode_id");
    ev.mode.fittingModeId = str(m, mp, "fitting_mode_id");
    ev.mode.safeCapacity = optInt(m, mp, "safe_capacity");
    ev.mode.utilisation = optDouble(m, mp, "utilisation");
    ev.mode.action = asModeAction(field(m, mp, "action"), mp + ".action");
    ev.mode.nextModeId = optString(m, mp, "next_mode_id");
    ev.mode.confidence = dbl(m, mp, "confidence");
    ev.mode.blockedByTruthLayer =
        asBool(field(m, mp, "blocked_by_truth_layer"), mp + ".blocked_by_truth_layer");
    if (const json* blocked = optionalField(m, mp, "blocked_action")) {
        ev.mode.blockedAction = asModeAction(*blocked, mp + ".blocked_action");
    }
    const json& reasons = asArray(field(m, mp, "reasons"), mp + ".reasons");
    for (std::size_t i = 0; i < reasons.size(); ++i) {
        const std::string rp = indexPath(mp + ".reasons", i);
        const json& r = reasons[i];
        ev.mode.reasons.push_back(
            {asEnum<ModeReasonCode>(field(r, rp, "code"), rp + ".code", modeReasonCodeFromKey),
             dbl(r, rp, "value"), dbl(r, rp, "threshold")});
    }

    const std::string rcp = root + ".recommendations";
    const json& recs = asArray(field(j, root, "recommendations"), rcp);
    for (std::size_t i = 0; i < recs.size(); ++i) {
        const std::string rp = indexPath(rcp, i);
        const json& r = recs[i];
        RecommendationDraft draft;
        draft.type = str(r, rp, "type");
        draft.evidence = readEvidenceList(field(r, rp, "evidence"), rp + ".evidence");
        draft.severity = asStatus(field(r, rp, "severity"), rp + ".severity");
        draft.confidence = asInt(field(r, rp, "confidence"), rp + ".confidence");
        ev.recommendations.push_back(std::move(draft));
    }

    const std::string ap = root + ".ai";
    const json& ai = asArray(field(j, root, "ai"), ap);
    for (std::size_t i = 0; i < ai.size(); ++i) {
        const std::string p = indexPath(ap, i);
        const json& a = ai[i];
        ev.ai.push_back({str(a, p, "provider_id"), optDouble(a, p, "used"), dbl(a, p, "allocation"),
                         optDouble(a, p, "utilisation"),
                         asStatus(field(a, p, "status"), p + ".status")});
    }
    ev.upgradeTowardsTier = optString(j, root, "upgrade_towards_tier");
    return ev;
}

} // namespace

json evidenceToJson(std::span<const Evidence> evidence) {
    json out = json::array();
    for (const Evidence& e : evidence) {
        out.push_back(evidenceItem(e));
    }
    return out;
}

Result<std::vector<Evidence>> evidenceFromJson(const json& value) {
    try {
        return readEvidenceList(value, "evidence");
    } catch (const JsonReadError& e) {
        return fail(ErrorCode::ParseError, e.what());
    } catch (const json::exception& e) {
        return fail(ErrorCode::ParseError, std::string("evidence: ") + e.what());
    }
}

json evaluationToJson(const Evaluation& ev) {
    json utilisation = json::array();
    for (const MetricUtilisation& u : ev.capacity.utilisation) {
        utilisation.push_back({{"metric", std::string(metricKey(u.metric))},
                               {"value", number(u.value)},
                               {"limit", number(u.limit)},
                               {"utilisation", number(u.utilisation)},
                               {"status", std::string(keyOf(u.status))}});
    }
    json reasons = json::array();
    for (const ModeReason& r : ev.mode.reasons) {
        reasons.push_back({{"code", std::string(keyOf(r.code))},
                           {"value", number(r.value)},
                           {"threshold", number(r.threshold)}});
    }
    json recs = json::array();
    for (const RecommendationDraft& d : ev.recommendations) {
        recs.push_back({{"type", d.type},
                        {"evidence", evidenceToJson(d.evidence)},
                        {"severity", std::string(keyOf(d.severity))},
                        {"confidence", d.confidence}});
    }
    json ai = json::array();
    for (const AiProviderUsageStatus& a : ev.ai) {
        ai.push_back({{"provider_id", a.providerId},
                      {"used", optional(a.used)},
                      {"allocation", number(a.allocation)},
                      {"utilisation", optional(a.utilisation)},
                      {"status", std::string(keyOf(a.status))}});
    }
    json blockedAction = nullptr;
    if (ev.mode.blockedAction) {
        blockedAction = std::string(keyOf(*ev.mode.blockedAction));
    }
    return {
        {"evaluated_at", formatIso(ev.evaluatedAt)},
        {"quality",
         {{"completeness", number(ev.quality.completeness)},
          {"freshness", number(ev.quality.freshness)},
          {"confidence", number(ev.quality.confidence)},
          {"missing", metricList(ev.quality.missing)},
          {"stale", metricList(ev.quality.stale)}}},
        {"capacity",
         {{"tier_id", ev.capacity.tierId},
          {"utilisation", utilisation},
          {"unmeasured", metricList(ev.capacity.unmeasured)},
          {"overall", std::string(keyOf(ev.capacity.overall))},
          {"headroom_percent", optional(ev.capacity.headroomPercent)},
          {"can_accept_new_clients", ev.capacity.canAcceptNewClients},
          {"acceptance_needs", metricList(ev.capacity.acceptanceNeeds)}}},
        {"clients",
         {{"active_clients", optional(ev.clients.activeClients)},
          {"tier_max_clients", ev.clients.tierMaxClients},
          {"utilisation", optional(ev.clients.utilisation)},
          {"headroom_clients", optional(ev.clients.headroomClients)},
          {"status", std::string(keyOf(ev.clients.status))}}},
        {"health",
         {{"infra_health", optional(ev.health.infraHealth)},
          {"ai_cost_pressure", optional(ev.health.aiCostPressure)},
          {"warning_density", optional(ev.health.warningDensity)},
          {"churn_risk", optional(ev.health.churnRisk)},
          {"overall", optional(ev.health.overall)}}},
        {"mode",
         {{"current_mode_id", ev.mode.currentModeId},
          {"fitting_mode_id", ev.mode.fittingModeId},
          {"safe_capacity", optional(ev.mode.safeCapacity)},
          {"utilisation", optional(ev.mode.utilisation)},
          {"action", std::string(keyOf(ev.mode.action))},
          {"next_mode_id", optional(ev.mode.nextModeId)},
          {"confidence", number(ev.mode.confidence)},
          {"blocked_by_truth_layer", ev.mode.blockedByTruthLayer},
          {"blocked_action", blockedAction},
          {"reasons", reasons}}},
        {"recommendations", recs},
        {"ai", ai},
        {"upgrade_towards_tier", optional(ev.upgradeTowardsTier)},
    };
}

Result<Evaluation> evaluationFromJson(const json& value) {
    try {
        return readEvaluation(value);
    } catch (const JsonReadError& e) {
        return fail(ErrorCode::ParseError, e.what());
    } catch (const json::exception& e) {
        return fail(ErrorCode::ParseError, std::string("evaluation: ") + e.what());
    }
}

std::string evaluationToJsonText(const Evaluation& evaluation) {
    return evaluationToJson(evaluation).dump();
}

Result<Evaluation> evaluationFromJsonText(std::string_view text) {
    auto value = json::parse(text, nullptr, false);
    if (value.is_discarded()) {
        return fail(ErrorCode::ParseError, "evaluation: the text is not valid JSON");
    }
    return evaluationFromJson(value);
}

} // namespace headroom
