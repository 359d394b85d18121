#include "report/ReportJson.h"

#include <cmath>

#include <nlohmann/json.hpp>

namespace headroom {

using nlohmann::json;

namespace {

json number(double value) {
    return std::isfinite(value) ? json(value) : json(nullptr);
}

json optionalNumber(const std::optional<double>& value) {
    return value ? number(*value) : json(nullptr);
}

json dollars(MicroUsd money) {
    return money.dollars();
}

json optionalDollars(const std::optional<MicroUsd>& money) {
    return money ? dollars(*money) : json(nullptr);
}

json time(Timestamp t) {
    return formatIso(t);
}

json optionalTime(const std::optional<Timestamp>& t) {
    return t ? time(*t) : json(nullptr);
}

json text(const std::string& s) {
    return s.empty() ? json(nullptr) : json(s);
}

json figureValue(const std::optional<double>& value, const std::optional<std::string>& words) {
    if (words) {
        return *words;
    }
    return optionalNumber(value);
}

json keyFigures(const std::vector<KeyFigure>& figures) {
    json out = json::array();
    for (const KeyFigure& f : figures) {
        out.push_back({{"id", f.id},
                       {"unit", f.unit},
                       {"value", figureValue(f.value, f.text)},
                       {"previous", figureValue(f.previous, f.previousText)},
                       {"change", optionalNumber(f.change)},
                       {"change_ratio", optionalNumber(f.changeRatio)},
                       {"reason", text(f.reason)},
                       {"previous_reason", text(f.previousReason)}});
    }
    return out;
}

json spend(const SpendSeries& s) {
    json providers = json::array();
    for (const auto& [provider, cost] : s.providerTotals) {
        providers.push_back({{"provider", provider}, {"usd", dollars(cost)}});
    }
    json points = json::array();
    for (const ProviderSpend& p : s.points) {
        points.push_back({{"from", formatDay(p.from)},
                          {"to", formatDay(p.to)},
                          {"provider", p.provider},
                          {"usd", optionalDollars(p.cost)}});
    }
    json horizons = json::array();
    for (const ProjectedSpend& h : s.projection) {
        horizons.push_back({{"horizon", h.horizon},
                            {"months", h.months},
                            {"expected_usd", dollars(h.expected)},
                            {"low_usd", dollars(h.low)},
                            {"high_usd", dollars(h.high)}});
    }
    return {{"bucket", s.bucket},
            {"providers", std::move(providers)},
            {"points", std::move(points)},
            {"projection",
             {{"reason", text(s.projectionReason)},
              {"interval_level", number(s.intervalLevel)},
              {"interval_known", s.intervalKnown},
              {"confidence", number(s.projectionConfidence)},
              {"trust", text(s.projectionTrust)},
              {"horizons", std::move(horizons)}}}};
}

json decisions(const DecisionSummary& d) {
    json rows = json::array();
    for (const DecisionRow& r : d.decisions) {
        rows.push_back({{"at", time(r.at)},
                        {"recommendation", r.recommendationType},
                        {"verdict", r.verdict},
                        {"reason", r.reason},
                        {"actor", r.actor},
                        {"revisit_at", optionalTime(r.revisitAt)}});
    }
    json outcomes = json::array();
    for (const OutcomeRow& o : d.outcomes) {
        outcomes.push_back({{"at", time(o.at)},
                            {"recommendation", o.recommendationType},
                            {"status", o.status},
                            {"predicted_min_usd", optionalDollars(o.predictedMin)},
                            {"predicted_max_usd", optionalDollars(o.predictedMax)},
                            {"actual_monthly_usd", optionalDollars(o.actualMonthlyCost)},
                            {"measured_metric", text(o.measuredMetric)},
                            {"measured_before", optionalNumber(o.measuredBefore)},
                            {"measured_after", optionalNumber(o.measuredAfter)},
                            {"verdict", o.verdict}});
    }
    return {{"decided", d.decided},
            {"accepted", d.accepted},
            {"deferred", d.deferred},
            {"rejected", d.rejected},
            {"acceptance_rate", optionalNumber(d.acceptanceRate)},
            {"acceptance_hits", d.acceptanceHits},
            {"acceptance_of", d.acceptanceOf},
            {"implemented", d.implemented},
            {"failed", d.failed},
            {"rolled_back", d.rolledBack},
            {"accuracy", optionalNumber(d.accuracy)},
            {"rows", std::move(rows)},
            {"outcomes", std::move(outcomes)}};
}

json quality(const ReportDataQuality& q) {
    json gaps = json::array();
    for (const DataGap& g : q.gaps) {
        gaps.push_back(
            {{"from", time(g.from)}, {"to", time(g.to)}, {"length_s", g.length.count()}});
    }
    json flagged = json::array();
    for (const FlaggedStretch& f : q.flagged) {
        flagged.push_back(
            {{"from", time(f.from)}, {"to", time(f.to)}, {"kind", f.kind}, {"metrics", f.metrics}});
    }
    json resolution = json::array();
    for (const ResolutionStretch& r : q.resolution) {
        resolution.push_back({{"from", time(r.from)},
                              {"to", time(r.to)},
                              {"kind", r.kind},
                              {"resolution_s", r.resolution.count()}});
    }
    json notes = json::array();
    for (const QualityNote& n : q.notes) {
        notes.push_back({{"code", n.code}, {"count", number(n.count)}});
    }
    return {{"stored_instants", q.storedInstants},
            {"samples_judged", q.samplesJudged},
            {"mean_confidence", optionalNumber(q.meanConfidence)},
            {"min_confidence", optionalNumber(q.minConfidence)},
            {"gaps", std::move(gaps)},
            {"flagged", std::move(flagged)},
            {"resolution", std::move(resolution)},
            {"notes", std::move(notes)},
            {"ledger_days", q.ledgerDays},
            {"ledger_days_missing", q.ledgerDaysMissing}};
}

} // namespace

json strain(const StrainReadiness& s) {
    json latest = json::array();
    for (const StrainRunRow& r : s.latest) {
        latest.push_back({{"run", r.run},
                          {"scenario_id", r.scenarioId},
                          {"scenario", r.scenarioName},
                          {"started_at", time(r.startedAt)},
                          {"verdict", r.verdict},
                          {"p95_ms", number(r.p95Ms)},
                          {"throughput_per_second", number(r.throughputPerSecond)},
                          {"error_rate", number(r.errorRate)},
                          {"baseline", r.baseline},
                          {"regressed", r.regressed ? json(*r.regressed) : json(nullptr)}});
    }
    return {{"available", s.available},
            {"reason", text(s.reason)},
            {"runs_in_period", s.runsInPeriod},
            {"latest", std::move(latest)},
            {"passed", s.passed},
            {"pass_rate", optionalNumber(s.passRate)},
            {"required_pass_rate", number(s.requiredPassRate)},
            {"ready", s.ready}};
}

json reportToJson(const ReportData& report) {
    json sections = json::array();
    for (const SectionState& s : report.sections) {
        sections.push_back({{"section", s.section},
                            {"included", s.included},
                            {"empty", s.empty},
                            {"reason", text(s.reason)}});
    }
    json health = json::array();
    for (const HealthPoint& p : report.healthTrend) {
        health.push_back({{"at", time(p.at)},
                          {"resolution_s", p.resolution.count()},
                          {"overall", optionalNumber(p.overall)},
                          {"infra_health", optionalNumber(p.infraHealth)},
                          {"ai_cost_pressure", optionalNumber(p.aiCostPressure)},
                          {"warning_density", optionalNumber(p.warningDensity)},
                          {"churn_risk", optionalNumber(p.churnRisk)}});
    }
    json utilisation = json::array();
    for (const UtilisationPoint& p : report.utilisation) {
        utilisation.push_back({{"at", time(p.at)},
                               {"metric", p.metric},
                               {"tier", p.tierId},
                               {"value", number(p.value)},
                               {"limit", number(p.limit)},
                               {"utilisation", number(p.utilisation)}});
    }
    json clients = json::array();
    for (const ClientsPoint& p : report.clients) {
        clients.push_back(
            {{"at", time(p.at)}, {"bucket_s", p.bucket.count()}, {"clients", number(p.clients)}});
    }
    json timeline = json::array();
    for (const ScalingTimelineEntry& e : report.timeline) {
        timeline.push_back({{"at", time(e.at)},
                            {"kind", e.kind},
                            {"from", e.from},
                            {"to", e.to},
                            {"actor", text(e.actor)},
                            {"reason", text(e.reason)}});
    }
    return {{"format", kReportJsonFormat},
            {"version", kReportJsonVersion},
            {"workspace", report.workspace},
            {"title", report.title},
            {"demo", report.demo},
            {"generated_at", time(report.generatedAt)},
            {"period", {{"from", time(report.from)}, {"to", time(report.to)}}},
            {"previous_period", {{"from", time(report.previousFrom)}, {"to", time(report.from)}}},
            {"sections", std::move(sections)},
            {"key_figures", keyFigures(report.keyFigures)},
            {"health_trend", std::move(health)},
            {"utilisation", std::move(utilisation)},
            {"clients", std::move(clients)},
            {"spend", spend(report.spend)},
            {"scaling_timeline", std::move(timeline)},
            {"decisions", decisions(report.decisions)},
            {"strain_readiness", strain(report.strain)},
            {"data_quality", quality(report.quality)},
            {"labels",
             {{"tiers", report.labels.tiers},
              {"modes", report.labels.modes},
              {"recommendations", report.labels.recommendations},
              {"providers", report.labels.providers}}}};
}

std::string reportToJsonText(const ReportData& report) {
    return reportToJson(report).dump(2) + "\n";
}

} // namespace headroom
