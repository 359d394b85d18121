// The what-if report as JSON (see WhatIfJson.h).
#include "WhatIfJson.h"

#include "model/Records.h"

#include <nlohmann/json.hpp>

namespace headroom {

namespace {

using nlohmann::json;

json timeOrNull(const std::optional<Timestamp>& t) {
    return t ? json(formatIso(*t)) : json(nullptr);
}

} // namespace

json traceToJson(const ReplayTrace& trace) {
    json episodes = json::array();
    for (const auto& e : trace.episodes) {
        episodes.push_back({{"type", e.type},
                            {"opened_at", formatIso(e.openedAt)},
                            {"closed_at", timeOrNull(e.closedAt)},
                            {"severity", std::string(keyOf(e.severity))}});
    }
    json advice = json::array();
    for (const auto& a : trace.advice) {
        advice.push_back({{"at", formatIso(a.at)},
                          {"from", std::string(keyOf(a.from))},
                          {"to", std::string(keyOf(a.action))},
                          {"next_mode_id", a.nextModeId ? json(*a.nextModeId) : json(nullptr)}});
    }
    json tiers = json::array();
    for (const auto& t : trace.tiers) {
        tiers.push_back({{"at", formatIso(t.at)}, {"from", t.from}, {"to", t.to}});
    }
    return {{"from", timeOrNull(trace.first)},
            {"to", timeOrNull(trace.last)},
            {"snapshots", trace.snapshots},
            {"decisions_applied", trace.decisionsApplied},
            {"decisions_unmatched", trace.decisionsUnmatched},
            {"episodes", std::move(episodes)},
            {"advice", std::move(advice)},
            {"tiers", std::move(tiers)}};
}

namespace {

json rowsToJson(const std::vector<WhatIfRow>& list) {
    json rows = json::array();
    for (const auto& r : list) {
        rows.push_back({{"subject", std::string(keyOf(r.subject))},
                        {"key", r.key},
                        {"change", std::string(keyOf(r.change))},
                        {"was", timeOrNull(r.was)},
                        {"would_be", timeOrNull(r.wouldBe)},
                        {"shift_seconds", r.shift.count()}});
    }
    return rows;
}

} // namespace

json whatIfReportToJson(const WhatIfReport& report) {
    json rows = rowsToJson(report.rows);
    json examples = json::array();
    for (const auto& m : report.fidelity.firstMismatches) {
        examples.push_back({{"at", formatIso(m.at)},
                            {"field", m.field},
                            {"stored", m.stored},
                            {"replayed", m.replayed}});
    }
    const auto& f = report.fidelity;
    const auto& c = report.counts;
    return {{"counts",
             {{"earlier", c.earlier},
              {"later", c.later},
              {"same", c.same},
              {"not_at_all", c.notAtAll},
              {"new", c.added}}},
            {"rows", std::move(rows)},
            {"first_openings", rowsToJson(report.firstOpenings)},
            {"fidelity",
             {{"compared", f.compared},
              {"matched", f.matched},
              {"tier_matched", f.tierMatched},
              {"mode_matched", f.modeMatched},
              {"recommendations_matched", f.recommendationsMatched},
              {"examples", std::move(examples)}}},
            {"baseline", traceToJson(report.baseline)},
            {"edited", traceToJson(report.edited)}};
}

} // namespace headroom
