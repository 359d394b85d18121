// `headroom policies` (list, show, check) and `headroom autoscale`: seed 003's autoscaling
// policy templates and the decision over the stored snapshots, through the same core functions
// the console's engine uses (core/policy/Autoscale, core/engine/PolicyRun).
#include "AppPaths.h"
#include "catalog/CatalogLoader.h"
#include "cli/CommandSupport.h"
#include "cli/SubCommand.h"
#include "engine/PolicyRun.h"
#include "model/Records.h"
#include "model/Text.h"

#include <array>
#include <cstdio>
#include <ostream>

#include <nlohmann/json.hpp>

namespace headroom::cli {

namespace {

using nlohmann::json;

std::string fixed(double value, int decimals = 2) {
    std::array<char, 48> text{};
    std::snprintf(text.data(), text.size(), "%.*f", decimals, value);
    return text.data();
}

std::string percent(double fraction) {
    return fixed(fraction * 100.0, 0) + " %";
}

std::string_view keyOf(ScaleAction a) {
    switch (a) {
    case ScaleAction::ScaleUp:
        return "scale_up";
    case ScaleAction::ScaleDown:
        return "scale_down";
    case ScaleAction::None:
        break;
    }
    return "none";
}

std::string_view keyOf(AutoscaleReason r) {
    switch (r) {
    case AutoscaleReason::NoData:
        return "no_data";
    case AutoscaleReason::WithinThresholds:
        return "within_thresholds";
    case AutoscaleReason::AboveScaleUp:
        return "above_scale_up";
    case AutoscaleReason::BelowScaleDown:
        return "below_scale_down";
    case AutoscaleReason::HysteresisHold:
        return "hysteresis_hold";
    case AutoscaleReason::CooldownActive:
        return "cooldown_active";
    case AutoscaleReason::AtMaximum:
        return "at_maximum";
    case AutoscaleReason::AtMinimum:
        return "at_minimum";
    }
    return "no_data";
}

json policyJson(const ScalingPolicy& p, bool active) {
    json weights = json::object();
    for (const auto& w : p.weights) {
        weights[std::string(metricKey(w.metric))] = w.weight;
    }
    return json{{"id", p.id},
                {"name", p.name},
                {"workload", p.workload},
                {"built_in", p.isBuiltIn()},
                {"based_on", p.basedOn.empty() ? json(nullptr) : json(p.basedOn)},
                {"active", active},
                {"weights", weights},
                {"scale_up_threshold", p.scaleUpThreshold},
                {"scale_down_threshold", p.scaleDownThreshold},
                {"hysteresis", p.hysteresis},
                {"scale_up_cooldown_seconds", p.scaleUpCooldown.count()},
                {"scale_down_cooldown_seconds", p.scaleDownCooldown.count()},
                {"min_instances", p.minInstances},
                {"max_instances", p.maxInstances},
                {"step", p.step}};
}

void printPolicy(std::ostream& out, const ScalingPolicy& p, bool active) {
    out << p.name << " (" << p.id << ")" << (active ? "  [active]" : "") << "\n";
    out << "  Workload        " << p.workload << "\n";
    out << "  Origin          "
        << (p.isBuiltIn() ? std::string("built-in template") : "clone of " + p.basedOn) << "\n";
    out << "  Weights        ";
    for (const auto& w : p.weights) {
        out << " " << metricKey(w.metric) << " " << fixed(w.weight);
    }
    out << "\n";
    out << "  Thresholds      scale up above " << percent(p.scaleUpThreshold)
        << ", scale down below " << percent(p.scaleDownThreshold) << ", hysteresis "
        << percent(p.hysteresis) << "\n";
    out << "  Cooldowns       up " << p.scaleUpCooldown.count() << " s, down "
        << p.scaleDownCooldown.count() << " s\n";
    out << "  Instances       " << p.minInstances << " to " << p.maxInstances << ", step " << p.step
        << "\n";
}

const std::vector<OptionSpec>& policiesOptions() {
    static const std::vector<OptionSpec> options = {
        {"json", false, "", "print the result as JSON"}};
    return options;
}

int runPolicies(const std::vector<std::string>& rest, std::ostream& out, std::ostream& err) {
    auto args = parseArgs(rest, policiesOptions(), 2);
    if (!args) {
        return reportError(err, "policies", args.error(), kExitUsage);
    }
    const auto& pos = args->positionals;
    if (!pos.empty() && pos[0] == "check") {
        if (pos.size() != 2) {
            return reportError(err, "policies",
                               Error{ErrorCode::InvalidArgument, "check needs FILE.json"},
                               kExitUsage);
        }
        auto checked = loadCatalogFile(pos[1]);
        if (!checked) {
            // Every problem, one per line, each naming the file and the key path.
            return reportError(err, "policies check", checked.error(), kExitBadInput);
        }
        out << pos[1] << ": valid, " << checked->policies.templates.size()
            << " template(s), active " << checked->policies.activeId << "\n";
        return kExitOk;
    }
    auto catalog = loadEffectiveCatalog(std::nullopt);
    if (!catalog) {
        return reportError(err, "policies", catalog.error(), kExitBadInput);
    }
    const PolicySettings& s = catalog->policies;
    if (!pos.empty() && pos[0] == "show") {
        if (pos.size() != 2) {
            return reportError(err, "policies",
                               Error{ErrorCode::InvalidArgument, "show needs a template id"},
                               kExitUsage);
        }
        const auto* p = s.find(pos[1]);
        if (!p) {
            return reportError(err, "policies show",
                               Error{ErrorCode::NotFound, cat("no policy template '", pos[1],
                                                              "' (see `headroom policies`)")},
                               kExitUsage);
        }
        if (args->flag("json")) {
            out << policyJson(*p, p->id == s.activeId).dump(2) << "\n";
        } else {
            printPolicy(out, *p, p->id == s.activeId);
        }
        return kExitOk;
    }
    if (!pos.empty()) {
        return reportError(err, "policies",
                           Error{ErrorCode::InvalidArgument,
                                 cat("unknown action '", pos[0], "' (expected show or check)")},
                           kExitUsage);
    }
    if (args->flag("json")) {
        json list = json::array();
        for (const auto& p : s.templates) {
            list.push_back(policyJson(p, p.id == s.activeId));
        }
        out << json{{"active", s.activeId}, {"templates", list}}.dump(2) << "\n";
        return kExitOk;
    }
    for (const auto& p : s.templates) {
        out << (p.id == s.activeId ? "* " : "  ") << p.id << "  " << p.name << "  up "
            << percent(p.scaleUpThreshold) << " / down " << percent(p.scaleDownThreshold)
            << (p.isBuiltIn() ? "" : "  (clone of " + p.basedOn + ")") << "\n";
    }
    return kExitOk;
}

const std::vector<OptionSpec>& autoscaleOptions() {
    static const std::vector<OptionSpec> options = withCommon(
        {{"json", false, "", "print the result as JSON"},
         {"policy", true, "ID", "the template to run (default: the active one)"},
         {"window-minutes", true, "N", "how far back to step through the snapshots (60)"}});
    return options;
}

json evidenceJson(const Evidence& e) {
    return json{{"subject", std::string(subjectKey(e.subject))},
                {"value", e.value},
                {"comparison", std::string(headroom::keyOf(e.comparison))},
                {"threshold", e.threshold}};
}

json decisionJson(const AutoscaleDecision& d) {
    json score = nullptr;
    if (d.score) {
        json missing = json::array();
        for (auto m : d.score->missing) {
            missing.push_back(std::string(metricKey(m)));
        }
        score =
            json{{"value", d.score->score}, {"coverage", d.score->coverage}, {"missing", missing}};
    }
    return json{{"at", formatIso(d.at)},
                {"score", score},
                {"action", std::string(keyOf(d.action))},
                {"wanted", std::string(keyOf(d.wanted))},
                {"reason", std::string(keyOf(d.reason))},
                {"up_threshold", d.upThreshold},
                {"down_threshold", d.downThreshold}};
}

void printEvidence(std::ostream& out, const std::vector<Evidence>& evidence) {
    for (const auto& e : evidence) {
        out << "      " << subjectKey(e.subject) << " " << fixed(e.value, 3) << " "
            << headroom::keyOf(e.comparison) << " " << fixed(e.threshold, 3) << "\n";
    }
}

int runAutoscale(const std::vector<std::string>& rest, std::ostream& out, std::ostream& err) {
    auto args = parseArgs(rest, autoscaleOptions());
    if (!args) {
        return reportError(err, "autoscale", args.error(), kExitUsage);
    }
    PolicyRunOptions options;
    if (auto minutes = args->value("window-minutes")) {
        int n = 0;
        if (std::sscanf(minutes->c_str(), "%d", &n) != 1 || n < 1 || n > 7 * 24 * 60) {
            return reportError(
                err, "autoscale",
                Error{ErrorCode::InvalidArgument,
                      cat("--window-minutes: expected 1 to 10080, got '", *minutes, "'")},
                kExitUsage);
        }
        options.window = std::chrono::minutes(n);
    }
    auto opened = openWorkspace(*args, "autoscale", err);
    if (!opened) {
        return opened.error();
    }
    const Catalog& catalog = opened->catalog;
    Store& store = *opened->store;
    const Workspace* ws = &opened->workspace;
    const std::string policyId = args->value("policy").value_or(catalog.policies.activeId);
    const auto* policy = catalog.policies.find(policyId);
    if (!policy) {
        return reportError(err, "autoscale",
                           Error{ErrorCode::NotFound, cat("--policy: no template '", policyId,
                                                          "' (see `headroom policies`)")},
                           kExitUsage);
    }
    // The window ends at the latest stored snapshot: a demo or an idle workspace still shows
    // what its data says, labelled with its time.
    auto latest = store.latestSnapshot(ws->id);
    if (!latest) {
        return reportError(err, "autoscale", latest.error(), kExitStorage);
    }
    const Timestamp asOf = *latest ? (*latest)->snapshot.takenAt() : systemClock()();
    auto report = runPolicyOverStore(store, *ws, catalog, *policy, asOf, options);
    if (!report) {
        return reportError(err, "autoscale", report.error(), exitCodeFor(report.error()));
    }
    const bool demo = ws->kind == WorkspaceKind::Demo;
    if (args->flag("json")) {
        json decisions = json::array();
        for (const auto& d : report->decisions) {
            decisions.push_back(decisionJson(d));
        }
        json triggers = json::array();
        for (const auto& f : report->triggers) {
            json ev = json::array();
            for (const auto& e : f.evidence) {
                ev.push_back(evidenceJson(e));
            }
            triggers.push_back(
                json{{"type", std::string(recommendationTypeOf(f.kind))},
                     {"evidence", ev},
                     {"right_size_fraction",
                      f.rightSizeFraction ? json(*f.rightSizeFraction) : json(nullptr)}});
        }
        json drafts = json::array();
        for (const auto& d : report->drafts) {
            json ev = json::array();
            for (const auto& e : d.evidence) {
                ev.push_back(evidenceJson(e));
            }
            drafts.push_back(
                json{{"type", d.type}, {"confidence", d.confidence}, {"evidence", ev}});
        }
        out << json{{"workspace", ws->name},
                    {"demo", demo},
                    {"policy", policy->id},
                    {"as_of", formatIso(asOf)},
                    {"window_seconds", options.window.count()},
                    {"snapshots", report->snapshots},
                    {"data_confidence", report->dataConfidence},
                    {"latest", report->decisions.empty() ? json(nullptr)
                                                         : decisionJson(report->decisions.back())},
                    {"decisions", decisions},
                    {"triggers", triggers},
                    {"recommendations", drafts}}
                   .dump(2)
            << "\n";
        return kExitOk;
    }
    out << "Workspace       " << ws->name << (demo ? "  (demo data)" : "") << "\n";
    out << "Policy          " << policy->name << " (" << policy->id << "), up "
        << percent(policy->scaleUpThreshold) << ", down " << percent(policy->scaleDownThreshold)
        << ", hysteresis " << percent(policy->hysteresis) << "\n";
    out << "Snapshots       " << report->snapshots << " in the " << options.window.count() / 60
        << " min before " << formatIso(asOf) << "\n";
    if (report->decisions.empty()) {
        out << "Decision        none: no stored snapshot in the window\n";
        return kExitOk;
    }
    const auto& d = report->decisions.back();
    if (d.score) {
        out << "Score           " << fixed(d.score->score, 3) << " (coverage "
            << percent(d.score->coverage);
        if (!d.score->missing.empty()) {
            out << "; missing";
            for (auto m : d.score->missing) {
                out << " " << metricKey(m);
            }
        }
        out << ")\n";
    } else {
        out << "Score           none: no weighted metric measured (no guess is made)\n";
    }
    out << "Decision        " << keyOf(d.action) << " (" << keyOf(d.reason) << "; up above "
        << fixed(d.upThreshold, 3) << ", down below " << fixed(d.downThreshold, 3) << ")\n";
    int actions = 0;
    for (const auto& step : report->decisions) {
        if (step.action != ScaleAction::None) {
            if (actions++ == 0) {
                out << "Actions in window\n";
            }
            out << "  " << formatIso(step.at) << "  " << keyOf(step.action) << "  score "
                << fixed(step.score->score, 3) << "\n";
        }
    }
    out << "Data confidence " << percent(report->dataConfidence) << "\n";
    if (report->drafts.empty()) {
        out << "Recommendations none\n";
    } else {
        out << "Recommendations\n";
        for (const auto& r : report->drafts) {
            out << "  " << r.type << " (confidence " << r.confidence << ")\n";
            printEvidence(out, r.evidence);
        }
    }
    return kExitOk;
}

const std::array<SubCommand, 2> kCommands{{
    {"policies",
     "  policies [--json]                  the autoscaling policy templates, the active one\n"
     "                                     marked with *\n"
     "  policies show ID [--json]          one template's weights, thresholds and cooldowns\n"
     "  policies check FILE.json           validate a policies file; every problem is printed\n"
     "                                     and the exit code is 3 when it is invalid\n",
     &runPolicies},
    {"autoscale",
     "  autoscale [--workspace W] [--policy ID] [--window-minutes N] [--json]\n"
     "                                     run a policy over the stored snapshots: score,\n"
     "                                     decision, triggers and evidence\n",
     &runAutoscale},
}};

} // namespace

std::span<const SubCommand> policyCommands() {
    return kCommands;
}

} // namespace headroom::cli
