// `headroom mode` (show, set, freeze, unfreeze, auto), `headroom health-snapshot` and
// `headroom health-snapshots`: an environment's scaling control from the command line, through
// the same core/engine/ScalingControl functions the console's engine uses.
#include "AppPaths.h"
#include "cli/CommandSupport.h"
#include "cli/SubCommand.h"
#include "engine/ScalingControl.h"
#include "model/Day.h"
#include "model/ScalingConfigJson.h"
#include "model/Text.h"

#include <array>
#include <cstdio>
#include <ostream>

#include <nlohmann/json.hpp>

namespace headroom::cli {

namespace {

using nlohmann::json;

const std::vector<OptionSpec>& modeOptions() {
    static const std::vector<OptionSpec> options = withCommon(
        {{"json", false, "", "print the result as JSON"},
         {"reason", true, "TEXT", "why (required for freeze and for a mode against the advice)"},
         {"actor", true, "NAME", "who makes the change (default founder)"}});
    return options;
}

const std::vector<OptionSpec>& snapshotOptions() {
    static const std::vector<OptionSpec> options =
        withCommon({{"json", false, "", "print the result as JSON"}});
    return options;
}

const std::vector<OptionSpec>& snapshotsOptions() {
    static const std::vector<OptionSpec> options =
        withCommon({{"json", false, "", "print the result as JSON"},
                    {"from", true, "YYYY-MM-DD", "first day (UTC)"},
                    {"to", true, "YYYY-MM-DD", "last day (UTC)"}});
    return options;
}

std::string percent(double fraction) {
    std::array<char, 32> text{};
    std::snprintf(text.data(), text.size(), "%.0f %%", fraction * 100.0);
    return text.data();
}

std::string score(std::optional<double> value) {
    if (!value) {
        return "n/a";
    }
    std::array<char, 32> text{};
    std::snprintf(text.data(), text.size(), "%.1f", *value);
    return text.data();
}

std::string dollars(MicroUsd amount) {
    std::array<char, 32> text{};
    std::snprintf(text.data(), text.size(), "$%.2f", amount.dollars());
    return text.data();
}

std::string modeLabel(const ScalingConfig& config, const std::string& id) {
    for (const Mode& mode : config.modes) {
        if (mode.id == id) {
            return cat(mode.name, " (", mode.id, ")");
        }
    }
    return id;
}

std::string adviceText(const ScalingConfig& config, const ModeDecision& d) {
    std::string text(keyOf(d.action));
    if (d.nextModeId) {
        text += " -> " + modeLabel(config, *d.nextModeId);
    }
    text += cat(", confidence ", percent(d.confidence));
    if (d.blockedByTruthLayer && d.blockedAction) {
        text += cat(" (", keyOf(*d.blockedAction), " held back: data confidence too low)");
    }
    return text;
}

std::string reasonsText(const ModeDecision& d) {
    std::string text;
    for (const ModeReason& r : d.reasons) {
        text += cat(text.empty() ? "" : ", ", keyOf(r.code), " (", score(r.value), " vs ",
                    score(r.threshold), ")");
    }
    return text;
}

void printSnapshot(std::ostream& out, const HealthSnapshotRecord& r, const ScalingConfig& config) {
    out << "Health snapshot " << r.id << "  " << formatIso(r.takenAt) << "  (" << keyOf(r.trigger)
        << ")\n";
    out << "  Environment     " << r.environment << ", mode "
        << modeLabel(config, r.configuredModeId) << (r.frozen ? ", onboarding frozen" : "") << "\n";
    out << "  Clients         "
        << (r.activeClients ? std::to_string(*r.activeClients) : std::string("n/a"))
        << ", utilisation "
        << (r.mode.utilisation ? percent(*r.mode.utilisation) : std::string("n/a"))
        << ", safe capacity "
        << (r.mode.safeCapacity ? std::to_string(*r.mode.safeCapacity) : std::string("n/a"))
        << "\n";
    out << "  Scores          overall " << score(r.health.overall) << ", infra "
        << score(r.health.infraHealth) << ", AI cost pressure " << score(r.health.aiCostPressure)
        << ", warning density " << score(r.health.warningDensity) << ", churn risk "
        << score(r.health.churnRisk) << "\n";
    out << "  Recommendation  " << adviceText(config, r.mode) << "\n";
    out << "  Reasons         " << reasonsText(r.mode) << "\n";
    out << "  Data            confidence " << percent(r.quality.confidence) << ", completeness "
        << percent(r.quality.completeness) << ", freshness " << percent(r.quality.freshness)
        << (r.sourceTakenAt ? ", measured " + formatIso(*r.sourceTakenAt)
                            : std::string(", no stored snapshot"))
        << "\n";
}

json viewJson(const ScalingView& v) {
    json out{{"workspace", v.workspace.name},
             {"demo", v.workspace.kind == WorkspaceKind::Demo},
             {"config", scalingConfigToJson(v.config)},
             {"config_stored", v.configStored},
             {"advised_mode", v.advisedModeId ? json(*v.advisedModeId) : json(nullptr)},
             {"cadence_seconds", v.cadence.count()},
             {"next_scheduled_at",
              v.nextScheduledAt ? json(formatIso(*v.nextScheduledAt)) : json(nullptr)}};
    if (v.advice) {
        HealthSnapshotRecord r;
        r.health = v.advice->health;
        r.mode = v.advice->mode;
        r.quality = v.advice->quality;
        const json body = healthSnapshotToJson(r);
        out["advice"] = json{{"measured_at", formatIso(v.latestSnapshotAt.value_or(Timestamp{}))},
                             {"health", body["health"]},
                             {"mode", body["mode"]},
                             {"quality", body["quality"]}};
    } else {
        out["advice"] = nullptr;
    }
    out["last_health_snapshot"] =
        v.lastHealthSnapshot ? healthSnapshotToJson(*v.lastHealthSnapshot) : json(nullptr);
    return out;
}

void printView(std::ostream& out, const ScalingView& v) {
    const ScalingConfig& c = v.config;
    if (v.workspace.kind == WorkspaceKind::Demo) {
        out << "DEMO DATA (" << v.workspace.title << ")\n";
    }
    out << "Environment       " << c.environment << " (workspace " << v.workspace.name << ")\n";
    out << "Configured mode   " << modeLabel(c, c.modeId) << "\n";
    if (v.advice) {
        out << "Advice            " << adviceText(c, v.advice->mode) << "\n";
        out << "                  " << reasonsText(v.advice->mode) << "\n";
        if (v.advisedModeId && *v.advisedModeId != c.modeId) {
            out << "                  the configured mode differs from the advice\n";
        }
    } else {
        out << "Advice            none (no stored snapshot)\n";
    }
    out << "Auto-mode         " << keyOf(c.autoMode)
        << (c.autoMode == AutoMode::On ? " (recommends only; never changes the mode)" : "") << "\n";
    if (c.freeze) {
        out << "Onboarding        FROZEN since " << formatIso(c.freeze->since) << " by "
            << c.freeze->actor << ": " << c.freeze->reason << "\n";
    } else {
        out << "Onboarding        open\n";
    }
    out << "Health snapshots  " << keyOf(c.cadence) << " (every " << v.cadence.count() / 60
        << " min), next " << (v.nextScheduledAt ? formatIso(*v.nextScheduledAt) : "n/a") << "\n";
    if (v.lastHealthSnapshot) {
        out << "Last snapshot     " << formatIso(v.lastHealthSnapshot->takenAt) << " ("
            << keyOf(v.lastHealthSnapshot->trigger) << "), overall "
            << score(v.lastHealthSnapshot->health.overall) << ", "
            << keyOf(v.lastHealthSnapshot->mode.action) << "\n";
    } else {
        out << "Last snapshot     none\n";
    }
    out << "\nMode limits\n";
    for (const Mode& m : c.modes) {
        out << "  " << (m.id == c.modeId ? "* " : "  ") << m.name << " (" << m.id << "): clients "
            << m.minClients << "-" << m.maxClients << ", posts/day " << m.maxPostsPerDay
            << ", AI spend/day " << dollars(m.maxAiSpendPerDay) << "\n";
    }
    const Guardrails& g = c.guardrails;
    out << "\nGuardrails\n"
        << "  min_health_for_increase       " << g.minHealthForIncrease << "\n"
        << "  max_utilisation_for_increase  " << g.maxUtilisationForIncrease << "\n"
        << "  freeze_below_health           " << g.freezeBelowHealth << "\n"
        << "  max_warning_density           " << g.maxWarningDensity << "\n"
        << "  max_churn_risk                " << g.maxChurnRisk << "\n"
        << "  max_ai_cost_pressure          " << g.maxAiCostPressure << "\n"
        << "  min_confidence_for_change     " << g.minConfidenceForChange << "\n"
        << "  min_infra_health              " << g.minInfraHealth << "\n";
}

int showMode(OpenedWorkspace& o, const ParsedArgs& args, std::ostream& out, std::ostream& err) {
    auto view = loadScalingView(*o.store, o.catalog, o.workspace, systemClock()());
    if (!view) {
        return reportError(err, "mode", view.error(), exitCodeFor(view.error()));
    }
    if (args.flag("json")) {
        out << viewJson(*view).dump(2) << "\n";
    } else {
        printView(out, *view);
    }
    return kExitOk;
}

Result<ScalingChangeRequest> changeFrom(const ParsedArgs& args) {
    const auto& p = args.positionals;
    ScalingChangeRequest r;
    r.reason = args.value("reason").value_or("");
    r.actor = args.value("actor").value_or("founder");
    const std::string& action = p[0];
    const auto arity = [&](std::size_t n, std::string_view usage) -> Result<void> {
        if (p.size() != n) {
            return fail(ErrorCode::InvalidArgument, cat("usage: headroom mode ", usage));
        }
        return {};
    };
    Result<void> ok;
    if (action == "set") {
        ok = arity(2, "set MODE --reason TEXT");
        r.kind = ScalingChangeKind::SetMode;
        if (ok) {
            r.modeId = p[1];
        }
    } else if (action == "freeze") {
        ok = arity(1, "freeze --reason TEXT");
        r.kind = ScalingChangeKind::Freeze;
    } else if (action == "unfreeze") {
        ok = arity(1, "unfreeze --reason TEXT");
        r.kind = ScalingChangeKind::Unfreeze;
    } else if (action == "auto") {
        ok = arity(2, "auto on|off");
        r.kind = ScalingChangeKind::SetAutoMode;
        if (ok) {
            auto mode = autoModeFromString(p[1]);
            if (!mode) {
                return fail(ErrorCode::InvalidArgument,
                            cat("mode auto: '", p[1], "' is not on or off"));
            }
            r.autoMode = *mode;
        }
    } else {
        return fail(ErrorCode::InvalidArgument, cat("mode: unknown action '", action,
                                                    "' (expected set, freeze, unfreeze or auto)"));
    }
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return r;
}

int runMode(const std::vector<std::string>& rest, std::ostream& out, std::ostream& err) {
    auto args = parseArgs(rest, modeOptions(), 2);
    if (!args) {
        return reportError(err, "mode", args.error(), kExitUsage);
    }
    std::optional<ScalingChangeRequest> change;
    if (!args->positionals.empty()) {
        auto parsed = changeFrom(*args);
        if (!parsed) {
            return reportError(err, "mode", parsed.error(), kExitUsage);
        }
        change = std::move(*parsed);
    }
    auto opened = openWorkspace(*args, "mode", err);
    if (!opened) {
        return opened.error();
    }
    if (!change) {
        return showMode(*opened, *args, out, err);
    }
    auto done = applyScalingChange(*opened->store, opened->catalog, opened->workspace, *change,
                                   systemClock()());
    if (!done) {
        return reportError(err, "mode", done.error(), exitCodeFor(done.error()));
    }
    if (args->flag("json")) {
        out << json{{"event",
                     {{"id", done->event.id},
                      {"kind", std::string(keyOf(done->event.kind))},
                      {"at", formatIso(done->event.at)},
                      {"detail", json::parse(done->event.detailJson)}}},
                    {"config", scalingConfigToJson(done->config)}}
                   .dump(2)
            << "\n";
    } else {
        out << "Recorded " << keyOf(done->event.kind) << " for " << done->config.environment
            << " (event " << done->event.id << ")\n";
        if (opened->workspace.kind == WorkspaceKind::Demo) {
            out << "Note: this is the demo workspace; its data is generated.\n";
        }
    }
    return kExitOk;
}

int runHealthSnapshot(const std::vector<std::string>& rest, std::ostream& out, std::ostream& err) {
    auto args = parseArgs(rest, snapshotOptions());
    if (!args) {
        return reportError(err, "health-snapshot", args.error(), kExitUsage);
    }
    auto o = openWorkspace(*args, "health-snapshot", err);
    if (!o) {
        return o.error();
    }
    auto taken = takeHealthSnapshot(*o->store, o->catalog, o->workspace,
                                    HealthSnapshotTrigger::Manual, std::nullopt, systemClock()());
    if (!taken) {
        return reportError(err, "health-snapshot", taken.error(), exitCodeFor(taken.error()));
    }
    if (args->flag("json")) {
        out << healthSnapshotToJson(*taken).dump(2) << "\n";
        return kExitOk;
    }
    auto config = loadScalingConfig(*o->store, o->catalog, o->workspace);
    if (o->workspace.kind == WorkspaceKind::Demo) {
        out << "DEMO DATA (" << o->workspace.title << ")\n";
    }
    printSnapshot(out, *taken, config ? *config : ScalingConfig{});
    return kExitOk;
}

int runHealthSnapshots(const std::vector<std::string>& rest, std::ostream& out, std::ostream& err) {
    auto args = parseArgs(rest, snapshotsOptions());
    if (!args) {
        return reportError(err, "health-snapshots", args.error(), kExitUsage);
    }
    auto range = dayRangeOption(*args);
    if (!range) {
        return reportError(err, "health-snapshots", range.error(), kExitUsage);
    }
    auto o = openWorkspace(*args, "health-snapshots", err);
    if (!o) {
        return o.error();
    }
    auto list = o->store->healthSnapshots(o->workspace.id, *range, 100000);
    if (!list) {
        return reportError(err, "health-snapshots", list.error(), exitCodeFor(list.error()));
    }
    if (args->flag("json")) {
        json array = json::array();
        for (const auto& r : *list) {
            array.push_back(healthSnapshotToJson(r));
        }
        out << array.dump(2) << "\n";
        return kExitOk;
    }
    if (o->workspace.kind == WorkspaceKind::Demo) {
        out << "DEMO DATA (" << o->workspace.title << ")\n";
    }
    out << "Taken at              Trigger    Mode      Overall  Action         Confidence\n";
    for (const auto& r : *list) {
        std::array<char, 160> line{};
        std::snprintf(line.data(), line.size(), "%-21s %-10s %-9s %-8s %-14s %s\n",
                      formatIso(r.takenAt).c_str(), std::string(keyOf(r.trigger)).c_str(),
                      r.configuredModeId.c_str(), score(r.health.overall).c_str(),
                      std::string(keyOf(r.mode.action)).c_str(),
                      percent(r.mode.confidence).c_str());
        out << line.data();
    }
    out << list->size() << " health snapshot(s)\n";
    return kExitOk;
}

const std::array<SubCommand, 3> kCommands{{
    {"mode",
     "  mode [--workspace W] [--json]      the environment's scaling mode, advice and limits\n"
     "  mode set MODE --reason TEXT        set the configured mode (a reason is required\n"
     "                                     when it goes against the current advice)\n"
     "  mode freeze --reason TEXT          stop new onboarding; mode unfreeze [--reason TEXT]\n"
     "  mode auto on|off                   auto-mode only recommends, never changes the mode\n",
     &runMode},
    {"health-snapshot",
     "  health-snapshot [--workspace W] [--json]\n"
     "                                     take a health snapshot now and print it\n",
     &runHealthSnapshot},
    {"health-snapshots",
     "  health-snapshots [--from DAY] [--to DAY] [--workspace W] [--json]\n"
     "                                     list the stored health snapshots\n",
     &runHealthSnapshots},
}};

} // namespace

std::span<const SubCommand> scalingCommands() {
    return kCommands;
}

} // namespace headroom::cli
