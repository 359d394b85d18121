// Governance subcommands (issue 5): outcomes of accepted recommendations, seed 000's key
// metrics, seed 002's resource monitor, tier readiness and the checklist ticks. Each reads and
// writes through engine/GovernanceQuery, as the console does.
#include "AppPaths.h"
#include "cli/CommandSupport.h"
#include "cli/CostsText.h"
#include "cli/SubCommand.h"
#include "engine/GovernanceJson.h"
#include "engine/GovernanceQuery.h"
#include "model/Text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ostream>

namespace headroom::cli {
namespace {

const std::vector<OptionSpec> kOutcomeOptions = withCommon({
    {"status", true, "implemented|failed|rolled_back", "what became of the recommendation"},
    {"actual-usd", true, "N", "the actual monthly cost impact in dollars (negative: a saving)"},
    {"note", true, "TEXT", "what happened"},
    {"actor", true, "NAME", "who records it (default: founder)"},
});
const std::vector<OptionSpec> kJsonOptions = withCommon({
    {"json", false, "", "print as JSON"},
});
const std::vector<OptionSpec> kChecklistOptions = withCommon({
    {"reason", true, "TEXT", "why (optional)"},
    {"actor", true, "NAME", "who ticks it (default: founder)"},
});

std::string percent(double fraction) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.0f %%", fraction * 100.0);
    return buffer;
}

std::string number(double value) {
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%.4g", value);
    return buffer;
}

std::string rateText(const RateCount& r) {
    if (!r.rate()) {
        return "none yet (nothing to rate)";
    }
    return cat(percent(*r.rate()), " (", r.hits, " of ", r.of, ")");
}

int runOutcome(const std::vector<std::string>& rest, std::ostream& out, std::ostream& err) {
    auto args = parseArgs(rest, kOutcomeOptions, 1);
    if (!args) {
        return reportError(err, "outcome", args.error(), kExitUsage);
    }
    if (args->positionals.size() != 1) {
        return reportError(err, "outcome",
                           Error{ErrorCode::InvalidArgument, "name one RECOMMENDATION_ID"},
                           kExitUsage);
    }
    OutcomeRequest request;
    const auto& idText = args->positionals.front();
    char* end = nullptr;
    const long long id = std::strtoll(idText.c_str(), &end, 10);
    if (end == idText.c_str() || *end != '\0' || id <= 0) {
        return reportError(
            err, "outcome",
            Error{ErrorCode::InvalidArgument,
                  cat("RECOMMENDATION_ID: expected a positive number, got '", idText, "'")},
            kExitUsage);
    }
    request.recommendationId = id;
    const auto statusText = args->value("status");
    const auto status = statusText ? outcomeStatusFromString(*statusText) : std::nullopt;
    if (!status) {
        return reportError(err, "outcome",
                           Error{ErrorCode::InvalidArgument,
                                 cat("--status: expected implemented, failed or rolled_back, got '",
                                     statusText.value_or(""), "'")},
                           kExitUsage);
    }
    request.status = *status;
    if (auto usd = args->value("actual-usd")) {
        char* usdEnd = nullptr;
        const double dollars = std::strtod(usd->c_str(), &usdEnd);
        if (usdEnd == usd->c_str() || *usdEnd != '\0' || !std::isfinite(dollars)) {
            return reportError(
                err, "outcome",
                Error{ErrorCode::InvalidArgument,
                      cat("--actual-usd: expected a number of dollars, got '", *usd, "'")},
                kExitUsage);
        }
        request.actualMonthlyCost = MicroUsd::fromDollars(dollars);
    }
    request.note = args->value("note").value_or("");
    request.actor = args->value("actor").value_or("founder");
    request.at = systemClock()();
    auto opened = openWorkspace(*args, "outcome", err);
    if (!opened) {
        return opened.error();
    }
    auto recorded = recordOutcomeIn(*opened->store, opened->workspace.name, request);
    if (!recorded) {
        return reportError(err, "outcome", recorded.error(), exitCodeFor(recorded.error()));
    }
    out << "Recorded: recommendation " << recorded->recommendationId << " ("
        << recorded->recommendationType << ") " << keyOf(recorded->status);
    if (recorded->actualMonthlyCost) {
        out << ", actual " << formatUsd(*recorded->actualMonthlyCost) << "/month";
    }
    out << ".\n";
    return kExitOk;
}

int runMetrics(const std::vector<std::string>& rest, std::ostream& out, std::ostream& err) {
    auto args = parseArgs(rest, kJsonOptions);
    if (!args) {
        return reportError(err, "metrics", args.error(), kExitUsage);
    }
    auto opened = openWorkspace(*args, "metrics", err);
    if (!opened) {
        return opened.error();
    }
    auto view = queryOutcomes(*opened->store, opened->catalog, opened->workspace.name);
    if (!view) {
        return reportError(err, "metrics", view.error(), exitCodeFor(view.error()));
    }
    if (args->flag("json")) {
        out << outcomesToJson(*view).dump(2) << "\n";
        return kExitOk;
    }
    const auto& m = view->metrics;
    out << "Acceptance rate           " << rateText(m.acceptance) << "\n"
        << "Recommendation accuracy   " << rateText(m.accuracy) << "\n"
        << "Decided " << m.decided << ": " << m.accepted << " accepted, " << m.deferred
        << " deferred, " << m.rejected << " rejected\n"
        << "Outcomes: " << m.implemented << " implemented, " << m.failed << " failed, "
        << m.rolledBack << " rolled back; " << m.awaitingOutcome << " accepted awaiting one\n";
    for (const auto& a : view->outcomes) {
        out << "  #" << a.record.recommendationId << " " << a.record.recommendationType << "  "
            << keyOf(a.record.status) << "  predicted ";
        if (a.predictedMin && a.predictedMax) {
            out << formatUsd(*a.predictedMin) << " to " << formatUsd(*a.predictedMax) << "/month";
        } else {
            out << "unknown";
        }
        out << "  actual "
            << (a.record.actualMonthlyCost ? formatUsd(*a.record.actualMonthlyCost) + "/month"
                                           : std::string("not entered"));
        if (a.measured) {
            out << "  measured " << metricKey(a.measured->metric) << " "
                << number(a.measured->before) << " -> " << number(a.measured->after);
        } else {
            out << "  measured: not enough data";
        }
        out << "\n";
    }
    return kExitOk;
}

int runMonitor(const std::vector<std::string>& rest, std::ostream& out, std::ostream& err) {
    auto args = parseArgs(rest, kJsonOptions);
    if (!args) {
        return reportError(err, "monitor", args.error(), kExitUsage);
    }
    auto opened = openWorkspace(*args, "monitor", err);
    if (!opened) {
        return opened.error();
    }
    auto view = queryResourceMonitor(*opened->store, opened->catalog, opened->workspace.name,
                                     systemClock()());
    if (!view) {
        return reportError(err, "monitor", view.error(), exitCodeFor(view.error()));
    }
    if (args->flag("json")) {
        out << monitorToJson(*view).dump(2) << "\n";
        return kExitOk;
    }
    out << "Resource monitor (" << view->workspace << ", tier "
        << view->tierId.value_or("unknown: no snapshot yet") << ")\n";
    for (const auto& row : view->report.rows) {
        std::string name = row.definition.name;
        name.resize(std::max<std::size_t>(name.size(), 18), ' ');
        const bool share = row.definition.scale == MonitorScale::ShareOfTierLimit ||
                           row.definition.subject == MonitorSubject::VisualJobRisk;
        const auto show = [&](double v) {
            return share ? percent(v) : number(v);
        };
        out << "  " << name << (row.value ? show(*row.value) : std::string("no data")) << "  ["
            << show(row.definition.warning) << " / " << show(row.definition.critical) << "]  "
            << keyOf(row.status) << "  7-day trend " << keyOf(row.trend) << "\n";
    }
    if (const auto& r = view->report.visualJobRisk) {
        out << "Visual job risk score " << percent(r->score) << " (queue " << percent(r->queuePart)
            << ", failures " << percent(r->failurePart) << ", processing time "
            << percent(r->processingPart) << ")\n";
    } else {
        out << "Visual job risk score: not measured (needs pending, failed and processing time)\n";
    }
    return kExitOk;
}

int runReadiness(const std::vector<std::string>& rest, std::ostream& out, std::ostream& err) {
    auto args = parseArgs(rest, kJsonOptions);
    if (!args) {
        return reportError(err, "readiness", args.error(), kExitUsage);
    }
    auto opened = openWorkspace(*args, "readiness", err);
    if (!opened) {
        return opened.error();
    }
    auto view = queryReadiness(*opened->store, opened->catalog, opened->workspace.name);
    if (!view) {
        return reportError(err, "readiness", view.error(), exitCodeFor(view.error()));
    }
    if (args->flag("json")) {
        out << readinessToJson(*view).dump(2) << "\n";
        return kExitOk;
    }
    if (!view->currentTier) {
        out << "Current tier unknown: no snapshot yet.\n";
    } else if (!view->readiness) {
        out << "Tier " << *view->currentTier << " is the last tier.\n";
    } else {
        const auto& r = *view->readiness;
        out << "Readiness " << r.fromTier << " -> " << r.toTier << ": " << percent(r.share) << " ("
            << r.done << " of " << r.total << " items done; strain test: ";
        if (r.strainPassRate) {
            out << percent(*r.strainPassRate) << " passed, " << percent(r.strainRequired)
                << " required";
        } else {
            out << "no strain test yet, " << percent(r.strainRequired) << " pass rate required";
        }
        out << ")" << (r.ready ? " - ready" : " - not ready") << "\n";
    }
    for (const auto& [tier, items] : view->checklists) {
        out << tier << "\n";
        for (const auto& s : items) {
            out << "  [" << (s.checked ? 'x' : ' ') << "] " << tier << "/" << s.item.id << "  "
                << s.item.title << (s.lastTick ? "" : "  (default)") << "\n";
        }
    }
    return kExitOk;
}

int runChecklist(const std::vector<std::string>& rest, std::ostream& out, std::ostream& err) {
    auto args = parseArgs(rest, kChecklistOptions, 2);
    if (!args) {
        return reportError(err, "checklist", args.error(), kExitUsage);
    }
    const auto& p = args->positionals;
    if (p.size() != 2 || (p[0] != "tick" && p[0] != "untick")) {
        return reportError(
            err, "checklist",
            Error{ErrorCode::InvalidArgument, "expected: checklist tick|untick TIER/ITEM"},
            kExitUsage);
    }
    const auto slash = p[1].find('/');
    if (slash == std::string::npos || slash == 0 || slash + 1 == p[1].size()) {
        return reportError(
            err, "checklist",
            Error{ErrorCode::InvalidArgument,
                  cat("TIER/ITEM: expected e.g. hard_launch/supabase_pooler, got '", p[1], "'")},
            kExitUsage);
    }
    ChecklistTickRequest request;
    request.tierId = p[1].substr(0, slash);
    request.itemId = p[1].substr(slash + 1);
    request.mark = p[0] == "tick" ? ChecklistMark::Checked : ChecklistMark::Unchecked;
    request.reason = args->value("reason").value_or("");
    request.actor = args->value("actor").value_or("founder");
    request.at = systemClock()();
    auto opened = openWorkspace(*args, "checklist", err);
    if (!opened) {
        return opened.error();
    }
    auto tick = recordChecklistIn(*opened->store, opened->catalog, opened->workspace.name, request);
    if (!tick) {
        return reportError(err, "checklist", tick.error(), kExitBadInput);
    }
    out << (tick->mark == ChecklistMark::Checked ? "Ticked " : "Unticked ") << tick->tierId << "/"
        << tick->itemId << ".\n";
    return kExitOk;
}

const SubCommand kCommands[] = {
    {"outcome",
     "  outcome RECOMMENDATION_ID --status implemented|failed|rolled_back [--actual-usd N]\n"
     "          [--note TEXT] [--workspace NAME]\n"
     "      record what became of an accepted recommendation (a later one supersedes)\n",
     runOutcome},
    {"metrics",
     "  metrics [--workspace NAME] [--json]\n"
     "      acceptance rate and recommendation accuracy, with counts and outcomes\n",
     runMetrics},
    {"monitor",
     "  monitor [--workspace NAME] [--json]\n"
     "      seed 002's resource monitor: thresholds, visual job risk, 7-day trends\n",
     runMonitor},
    {"readiness",
     "  readiness [--workspace NAME] [--json]\n"
     "      the next tier's checklist, readiness and strain test status\n",
     runReadiness},
    {"checklist",
     "  checklist tick|untick TIER/ITEM [--reason TEXT] [--workspace NAME]\n"
     "      tick or untick a tier checklist item (a history event)\n",
     runChecklist},
};

} // namespace

std::span<const SubCommand> governanceCommands() {
    return kCommands;
}

} // namespace headroom::cli
