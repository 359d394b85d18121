#include "GovernanceJson.h"

namespace headroom {
namespace {

using Json = nlohmann::json;

Json rateToJson(const RateCount& r) {
    Json j{{"hits", r.hits}, {"of", r.of}, {"rate", nullptr}};
    if (auto rate = r.rate()) {
        j["rate"] = *rate;
    }
    return j;
}

template <class T, class F>
Json optionalJson(const std::optional<T>& value, F&& f) {
    return value ? f(*value) : Json(nullptr);
}

std::string_view verdictKey(OutcomeVerdict v) {
    switch (v) {
    case OutcomeVerdict::WithinPrediction:
        return "within_prediction";
    case OutcomeVerdict::OutsidePrediction:
        return "outside_prediction";
    case OutcomeVerdict::NoImpact:
        return "no_impact";
    }
    return "no_impact";
}

Json itemsToJson(const std::vector<ChecklistItemState>& items) {
    Json out = Json::array();
    for (const auto& s : items) {
        out.push_back({{"id", s.item.id},
                       {"title", s.item.title},
                       {"kind", s.item.kind == ChecklistItemKind::Infrastructure ? "infrastructure"
                                                                                 : "requirement"},
                       {"checked", s.checked},
                       {"by_default", !s.lastTick.has_value()},
                       {"ticked_at", optionalJson(s.lastTick, [](const ChecklistTick& t) {
                            return Json(formatIso(t.at));
                        })}});
    }
    return out;
}

} // namespace

Json outcomesToJson(const GovernanceOutcomes& o) {
    const auto& m = o.metrics;
    Json outcomes = Json::array();
    for (const auto& a : o.outcomes) {
        const auto money = [](MicroUsd v) {
            return Json(v.value);
        };
        outcomes.push_back(
            {{"recommendation_id", a.record.recommendationId},
             {"type", a.record.recommendationType},
             {"status", keyOf(a.record.status)},
             {"at", formatIso(a.record.at)},
             {"actor", a.record.actor},
             {"note", a.record.note},
             {"predicted_monthly_min_micro_usd", optionalJson(a.predictedMin, money)},
             {"predicted_monthly_max_micro_usd", optionalJson(a.predictedMax, money)},
             {"actual_monthly_micro_usd", optionalJson(a.record.actualMonthlyCost, money)},
             {"measured", optionalJson(a.measured,
                                       [](const MeasuredImpact& x) {
                                           return Json{{"metric", metricKey(x.metric)},
                                                       {"before", x.before},
                                                       {"after", x.after},
                                                       {"before_points", x.beforePoints},
                                                       {"after_points", x.afterPoints}};
                                       })},
             {"verdict", verdictKey(a.verdict)}});
    }
    return Json{{"workspace", o.workspace},
                {"acceptance_rate", rateToJson(m.acceptance)},
                {"recommendation_accuracy", rateToJson(m.accuracy)},
                {"decided", m.decided},
                {"accepted", m.accepted},
                {"deferred", m.deferred},
                {"rejected", m.rejected},
                {"implemented", m.implemented},
                {"failed", m.failed},
                {"rolled_back", m.rolledBack},
                {"awaiting_outcome", m.awaitingOutcome},
                {"outcomes", std::move(outcomes)}};
}

Json monitorToJson(const GovernanceMonitor& g) {
    Json rows = Json::array();
    for (const auto& r : g.report.rows) {
        const auto num = [](double v) {
            return Json(v);
        };
        Json row{{"id", r.definition.id},
                 {"name", r.definition.name},
                 {"measured", optionalJson(r.measured, num)},
                 {"tier_limit", optionalJson(r.tierLimit, num)},
                 {"value", optionalJson(r.value, num)},
                 {"warning", r.definition.warning},
                 {"critical", r.definition.critical},
                 {"status", keyOf(r.status)},
                 {"trend_7d", keyOf(r.trend)}};
        row["metric"] = r.definition.subject == MonitorSubject::Metric
                            ? Json(metricKey(r.definition.metric))
                            : Json("visual_job_risk");
        rows.push_back(std::move(row));
    }
    return Json{{"workspace", g.workspace},
                {"tier", optionalJson(g.tierId, [](const std::string& t) { return Json(t); })},
                {"overall", keyOf(g.report.overall)},
                {"visual_job_risk", optionalJson(g.report.visualJobRisk,
                                                 [](const VisualJobRiskScore& s) {
                                                     return Json{
                                                         {"score", s.score},
                                                         {"queue", s.queuePart},
                                                         {"failures", s.failurePart},
                                                         {"processing_time", s.processingPart}};
                                                 })},
                {"metrics", std::move(rows)}};
}

Json readinessToJson(const GovernanceReadiness& g) {
    Json checklists = Json::object();
    for (const auto& [tier, items] : g.checklists) {
        checklists[tier] = itemsToJson(items);
    }
    Json next = nullptr;
    if (g.readiness) {
        const auto& r = *g.readiness;
        next = Json{
            {"from_tier", r.fromTier},
            {"to_tier", r.toTier},
            {"done", r.done},
            {"total", r.total},
            {"share", r.share},
            {"ready", r.ready},
            {"strain_status", keyOf(r.strain)},
            {"strain_required", r.strainRequired},
            {"strain_pass_rate", optionalJson(r.strainPassRate, [](double v) { return Json(v); })}};
    }
    return Json{
        {"workspace", g.workspace},
        {"current_tier", optionalJson(g.currentTier, [](const std::string& t) { return Json(t); })},
        {"next", std::move(next)},
        {"checklists", std::move(checklists)}};
}

} // namespace headroom
