// `headroom export` and `headroom replay` (issue 6): a workspace, or a date range of it, written
// to a self-contained bundle file; a bundle checked, its history re-evaluated and printed as the
// decisions timeline, and with --catalog the what-if difference. Both only read what they are
// given: export opens the database read-only, replay stages the bundle in a temporary folder that
// is removed afterwards, so neither touches a workspace.
#include "AppPaths.h"
#include "bundle/BundleExport.h"
#include "bundle/BundleImport.h"
#include "catalog/CatalogLoader.h"
#include "cli/CommandSupport.h"
#include "cli/SubCommand.h"
#include "model/Text.h"
#include "replay/WhatIf.h"
#include "replay/WhatIfJson.h"

#include <array>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <random>
#include <sstream>

#include <nlohmann/json.hpp>

namespace headroom::cli {

namespace {

using nlohmann::json;

const std::vector<OptionSpec>& exportOptions() {
    static const std::vector<OptionSpec> options = withCommon({
        {"out", true, "FILE", "the bundle file to write (replaced only when the export succeeds)"},
        {"from", true, "DATE", "first day (UTC, YYYY-MM-DD) of the snapshots to include"},
        {"to", true, "DATE", "last day (UTC, inclusive) of the snapshots to include"},
        {"json", false, "", "print the result as JSON"},
    });
    return options;
}

const std::vector<OptionSpec>& replayOptions() {
    static const std::vector<OptionSpec> options = {
        {"catalog", true, "FILE", "what if: catalog sections replacing the bundle's own"},
        {"from", true, "DATE", "first day (UTC) to re-evaluate"},
        {"to", true, "DATE", "last day (UTC, inclusive) to re-evaluate"},
        {"json", false, "", "print the result as JSON"},
    };
    return options;
}

JobControl interruptibleControl(std::stop_source& source) {
    JobControl control;
    control.stop = source.get_token();
    control.progress = [&source](const JobProgress&) {
        if (InterruptScope::interrupted()) {
            source.request_stop();
        }
    };
    return control;
}

// "3 d 4 h", "-40 min", "0"
std::string shiftText(std::chrono::seconds shift) {
    if (shift.count() == 0) {
        return "0";
    }
    const bool negative = shift.count() < 0;
    auto left = std::chrono::abs(shift);
    const auto days = std::chrono::floor<std::chrono::days>(left);
    left -= days;
    const auto hours = std::chrono::floor<std::chrono::hours>(left);
    left -= hours;
    const auto minutes = std::chrono::floor<std::chrono::minutes>(left);
    std::string text;
    auto add = [&](long long n, std::string_view unit) {
        if (n != 0) {
            text += cat(text.empty() ? "" : " ", n, " ", unit);
        }
    };
    add(days.count(), "d");
    add(hours.count(), "h");
    add(minutes.count(), "min");
    if (text.empty()) {
        text = cat(shift.count(), " s");
    }
    return (negative ? "-" : "+") + text;
}

std::string resolutionText(std::chrono::seconds resolution) {
    if (resolution.count() % 3600 == 0) {
        return cat(resolution.count() / 3600, " h");
    }
    if (resolution.count() % 60 == 0) {
        return cat(resolution.count() / 60, " min");
    }
    return cat(resolution.count(), " s");
}

json stretchesJson(const BundleManifest& m) {
    json array = json::array();
    for (const auto& s : m.stretches) {
        array.push_back({{"from", formatIso(s.from)},
                         {"to", formatIso(s.to)},
                         {"resolution_seconds", s.resolution.count()},
                         {"rolled_up", s.rolledUp}});
    }
    return array;
}

json countsJson(const BundleCounts& c) {
    return {{"snapshots", c.snapshots},
            {"recommendations", c.recommendations},
            {"decisions", c.decisions},
            {"events", c.events},
            {"health_snapshots", c.healthSnapshots},
            {"usage_rows", c.usageRows},
            {"service_cost_rows", c.serviceCostRows}};
}

void printManifest(std::ostream& out, const BundleManifest& m) {
    if (m.workspaceKind == "demo") {
        out << "DEMO DATA (" << m.workspaceTitle << ")\n";
    }
    out << "Workspace:  " << m.workspaceName << " (" << m.workspaceTitle << ")\n"
        << "Range:      " << minuteText(m.from) << " to " << minuteText(m.to) << "\n"
        << "Holds:      " << m.counts.snapshots << " snapshots, " << m.counts.recommendations
        << " recommendations, " << m.counts.decisions << " decisions, " << m.counts.events
        << " events, " << m.counts.healthSnapshots << " health snapshots, "
        << m.counts.usageRows + m.counts.serviceCostRows << " ledger rows\n";
    for (const auto& s : m.stretches) {
        out << "Resolution: " << minuteText(s.from) << " to " << minuteText(s.to) << ": "
            << (s.rolledUp ? "rolled up, " : "raw, every ") << resolutionText(s.resolution) << "\n";
    }
    out << "History:    events " << m.events.count << " (head "
        << (m.events.head.empty() ? "-" : m.events.head) << "), decisions " << m.decisions.count
        << " (head " << (m.decisions.head.empty() ? "-" : m.decisions.head) << ")\n";
}

int runExport(const std::vector<std::string>& rest, std::ostream& out, std::ostream& err) {
    const std::string command = "export";
    auto args = parseArgs(rest, exportOptions());
    if (!args) {
        return reportError(err, command, args.error(), kExitUsage);
    }
    const auto outPath = args->value("out");
    if (!outPath || outPath->empty()) {
        return reportError(err, command, Error{ErrorCode::InvalidArgument, "--out FILE is needed"},
                           kExitUsage);
    }
    auto range = dayRangeOption(*args);
    if (!range) {
        return reportError(err, command, range.error(), kExitUsage);
    }
    const std::string name = workspaceName(*args);
    if (name.starts_with("bundle:")) {
        return reportError(
            err, command,
            Error{ErrorCode::InvalidArgument, cat("'", name,
                                                  "' is an opened bundle; export its source "
                                                  "workspace, or copy the bundle file itself")},
            kExitBadInput);
    }
    // The workspace must exist (a usage error otherwise, as in every command), and a new
    // database gets its default workspaces as the console would create them.
    auto opened = openWorkspace(*args, command, err);
    if (!opened) {
        return opened.error();
    }
    opened->store.reset(); // export reads through its own read-only connection

    InterruptScope interrupt;
    std::stop_source stop;
    BundleExportRequest request;
    request.workspace = name;
    request.out = *outPath;
    request.range = *range;
    auto result =
        exportBundle(databasePath(*args), request, opened->catalog, interruptibleControl(stop));
    if (!result) {
        return reportError(err, command, result.error(), exitCodeFor(result.error()));
    }
    const BundleManifest& m = result->manifest;
    if (args->flag("json")) {
        out << json{{"file", result->file.string()},
                    {"sha256", result->sha256},
                    {"bytes", result->bytes},
                    {"workspace", m.workspaceName},
                    {"kind", m.workspaceKind},
                    {"from", formatIso(m.from)},
                    {"to", formatIso(m.to)},
                    {"counts", countsJson(m.counts)},
                    {"stretches", stretchesJson(m)},
                    {"history",
                     {{"events", {{"count", m.events.count}, {"head", m.events.head}}},
                      {"decisions", {{"count", m.decisions.count}, {"head", m.decisions.head}}}}}}
                   .dump(2)
            << "\n";
        return kExitOk;
    }
    out << "Wrote " << result->file.string() << " (" << result->bytes << " bytes)\n"
        << "SHA-256:    " << result->sha256 << "\n";
    printManifest(out, m);
    return kExitOk;
}

// The stored history of the range, one line per fact a founder would look for.
std::string timelineLine(const Event& e) {
    const auto detail = json::parse(e.detailJson, nullptr, false);
    auto text = [&](const char* key) {
        const auto it = detail.is_object() ? detail.find(key) : detail.end();
        return it != detail.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    auto actorReason = [&] {
        std::string s = text("actor").empty() ? std::string() : cat(" by ", text("actor"));
        if (!text("reason").empty()) {
            s += cat(": \"", text("reason"), "\"");
        }
        return s;
    };
    switch (e.kind) {
    case EventKind::TierChanged:
        return cat("tier        ", text("from"), " -> ", text("to"));
    case EventKind::ModeAdviceChanged:
        return cat("advice      ", text("from"), " -> ", text("to"),
                   text("next_mode_id").empty() ? std::string()
                                                : cat(" (", text("next_mode_id"), ")"));
    case EventKind::RecommendationOpened:
        return cat("opened      ", e.subject, " (", text("severity"), ")");
    case EventKind::RecommendationReopened:
        return cat("reopened    ", e.subject);
    case EventKind::RecommendationResolved:
        return cat("resolved    ", e.subject);
    case EventKind::DecisionRecorded:
        return cat("decision    ", text("verdict"), " ", e.subject, actorReason(),
                   text("revisit_at").empty() ? std::string()
                                              : cat(", revisit ", text("revisit_at")));
    case EventKind::ModeSet:
        return cat("mode set    ", text("old"), " -> ", text("new"), actorReason());
    case EventKind::ScalingFrozen:
        return cat("frozen      ", e.subject, actorReason());
    case EventKind::ScalingUnfrozen:
        return cat("unfrozen    ", e.subject, actorReason());
    default:
        return {};
    }
}

std::string whatIfKey(const WhatIfRow& row) {
    return cat(keyOf(row.subject), " ", row.key);
}

void printRows(std::ostream& out, std::string_view title, const std::vector<WhatIfRow>& rows);

void printWhatIf(std::ostream& out, const WhatIfReport& report, const std::string& label) {
    const auto& c = report.counts;
    out << "\nWhat if (" << label << "): " << c.earlier << " earlier, " << c.later << " later, "
        << c.notAtAll << " not at all, " << c.added << " new, " << c.same << " the same\n";
    if (report.rows.empty() && report.firstOpenings.empty()) {
        out << "No difference: the edit changes no recommendation, advice or tier.\n";
        return;
    }
    printRows(out, "First raised (per recommendation)", report.firstOpenings);
    printRows(out, "Every episode, advice and tier change", report.rows);
}

void printRows(std::ostream& out, std::string_view title, const std::vector<WhatIfRow>& rows) {
    if (rows.empty()) {
        return;
    }
    out << "\n" << title << "\n";
    out << "Change      What                                       Was                   Would "
           "be              Shift\n";
    for (const auto& row : rows) {
        std::array<char, 400> line{};
        std::snprintf(line.data(), line.size(), "%-11s %-42s %-21s %-21s %s\n",
                      std::string(keyOf(row.change)).c_str(), whatIfKey(row).c_str(),
                      row.was ? minuteText(*row.was).c_str() : "-",
                      row.wouldBe ? minuteText(*row.wouldBe).c_str() : "-",
                      row.was && row.wouldBe ? shiftText(row.shift).c_str() : "");
        out << line.data();
    }
}

Result<std::string> readTextFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return fail(ErrorCode::NotFound, cat(file.string(), ": cannot be read"));
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

int runReplay(const std::vector<std::string>& rest, std::ostream& out, std::ostream& err) {
    const std::string command = "replay";
    auto args = parseArgs(rest, replayOptions(), 1);
    if (!args) {
        return reportError(err, command, args.error(), kExitUsage);
    }
    if (args->positionals.size() != 1) {
        return reportError(err, command,
                           Error{ErrorCode::InvalidArgument, "name the bundle file to replay"},
                           kExitUsage);
    }
    auto range = dayRangeOption(*args);
    if (!range) {
        return reportError(err, command, range.error(), kExitUsage);
    }
    const std::filesystem::path bundleFile = args->positionals.front();
    TemporaryFolder temp("headroom-replay-");
    if (temp.error()) {
        return reportError(err, command,
                           Error{ErrorCode::IoError,
                                 cat("cannot create a temporary folder: ", temp.error().message())},
                           kExitStorage);
    }
    InterruptScope interrupt;
    std::stop_source stop;
    const JobControl control = interruptibleControl(stop);
    auto staged = stageBundle(bundleFile, temp.path(), control);
    if (!staged) {
        return reportError(err, command, staged.error(), exitCodeFor(staged.error()));
    }
    auto store = Store::openForReading(staged->file.string());
    if (!store) {
        return reportError(err, command, store.error(), kExitBadInput);
    }
    auto workspaces = (*store)->workspaces();
    if (!workspaces || workspaces->size() != 1) {
        return reportError(
            err, command,
            Error{ErrorCode::ValidationError,
                  cat(bundleFile.string(), ": the bundle does not hold one workspace")},
            kExitBadInput);
    }
    const Workspace workspace = workspaces->front();
    const BundleManifest& manifest = staged->manifest;

    auto bundleCatalog = loadCatalogText(manifest.catalogJson, "the bundle's catalog");
    if (!bundleCatalog) {
        return reportError(err, command, bundleCatalog.error(), kExitBadInput);
    }
    WhatIfInput input;
    input.baseline = *bundleCatalog;
    input.edited = *bundleCatalog;
    input.range = *range;
    std::string editLabel;
    if (const auto file = args->value("catalog")) {
        auto text = readTextFile(*file);
        if (!text) {
            return reportError(err, command, text.error(), kExitBadInput);
        }
        editLabel = std::filesystem::path(*file).filename().string();
        auto edited = loadCatalogOver(*bundleCatalog, *text, editLabel);
        if (!edited) {
            return reportError(err, command, edited.error(), kExitBadInput);
        }
        input.edited = std::move(*edited);
        input.editedSections = catalogSectionsIn(*text);
    }
    auto report = runWhatIf(**store, workspace, input, control);
    if (!report) {
        return reportError(err, command, report.error(), exitCodeFor(report.error()));
    }

    HistoryFilter filter;
    filter.range = *range;
    filter.limit = 1'000'000;
    auto events = (*store)->events(workspace.id, filter);
    auto verification = (*store)->verifyHistory(workspace.id);
    if (!events || !verification) {
        const Error& e = !events ? events.error() : verification.error();
        return reportError(err, command, e, kExitBadInput);
    }
    std::ranges::reverse(*events); // oldest first
    const auto& fidelity = report->fidelity;

    if (args->flag("json")) {
        json timeline = json::array();
        for (const auto& e : *events) {
            if (const std::string line = timelineLine(e); !line.empty()) {
                timeline.push_back({{"at", formatIso(e.at)},
                                    {"kind", keyOf(e.kind)},
                                    {"subject", e.subject},
                                    {"detail", json::parse(e.detailJson, nullptr, false)}});
            }
        }
        json result{{"bundle",
                     {{"file", bundleFile.string()},
                      {"sha256", staged->sha256},
                      {"schema_version", staged->payloadSchemaVersion},
                      {"migrated", staged->migrated},
                      {"workspace", manifest.workspaceName},
                      {"kind", manifest.workspaceKind},
                      {"from", formatIso(manifest.from)},
                      {"to", formatIso(manifest.to)},
                      {"counts", countsJson(manifest.counts)},
                      {"stretches", stretchesJson(manifest)}}},
                    {"history_intact", verification->intact()},
                    {"timeline", std::move(timeline)}};
        json whatIf = whatIfReportToJson(*report);
        result["fidelity"] = whatIf.contains("fidelity") ? whatIf["fidelity"] : json();
        if (args->value("catalog")) {
            whatIf["catalog"] = editLabel;
            whatIf["sections"] = input.editedSections;
            result["what_if"] = std::move(whatIf);
        }
        out << result.dump(2) << "\n";
        return kExitOk;
    }

    out << "Bundle:     " << bundleFile.string() << " (sha256 " << staged->sha256 << ")\n";
    if (staged->migrated) {
        out << "Format:     schema " << staged->payloadSchemaVersion
            << ", migrated to this build's schema for reading (the file is unchanged)\n";
    }
    printManifest(out, manifest);
    out << "Verified:   "
        << (verification->intact() ? "history intact" : "HISTORY TAMPERED (see headroom verify)")
        << "\n";
    out << "Re-evaluated " << report->baseline.snapshots
        << " snapshots with the bundle's catalog: " << fidelity.matched << " of "
        << fidelity.compared << " give the stored tier, mode advice and recommendations";
    if (fidelity.compared != fidelity.matched) {
        out << " (tier " << fidelity.tierMatched << ", advice " << fidelity.modeMatched
            << ", recommendations " << fidelity.recommendationsMatched << ")";
    }
    out << "\n";
    out << "The catalog in force at export is used throughout: catalog edits made during the range "
           "were not recorded.\n";

    out << "\nDecisions timeline (stored)\n";
    std::size_t lines = 0;
    for (const auto& e : *events) {
        if (const std::string line = timelineLine(e); !line.empty()) {
            out << minuteText(e.at) << "  " << line << "\n";
            ++lines;
        }
    }
    if (lines == 0) {
        out << "(nothing in this range)\n";
    }
    if (args->value("catalog")) {
        printWhatIf(out, *report, editLabel);
    }
    return kExitOk;
}

const std::array<SubCommand, 2> kReplayCommands = {{
    {"export",
     "  export --out FILE [--workspace NAME] [--from DATE --to DATE] [--db PATH] [--json]\n"
     "      Write the workspace (or the snapshots of a date range) to a self-contained bundle\n"
     "      file: snapshots, recommendations as of the range's end, decisions, events, health\n"
     "      snapshots, the ledger and the catalog in force, with a checksum; never a secret.\n"
     "      The history is kept from its start up to the range's end, so it still verifies.\n",
     runExport},
    {"replay",
     "  replay BUNDLE [--catalog FILE] [--from DATE --to DATE] [--json]\n"
     "      Check a bundle, re-evaluate its snapshots and print the decisions timeline; with\n"
     "      --catalog, what would have changed: recommendations earlier, later, not at all or\n"
     "      new, and when the mode advice and tier would have changed. Exit 3: a damaged,\n"
     "      truncated, newer or hostile bundle, or an invalid catalog.\n",
     runReplay},
}};

} // namespace

std::span<const SubCommand> replayCommands() {
    return kReplayCommands;
}

} // namespace headroom::cli
