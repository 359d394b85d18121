#include "Commands.h"

#include "AppPaths.h"
#include "cli/ArgParser.h"
#include "cli/CheckMetrics.h"
#include "cli/CommandSupport.h"
#include "cli/CostsText.h"
#include "cli/EvaluationText.h"
#include "cli/Probe.h"
#include "cli/SubCommand.h"
#include "cost/CostReportJson.h"
#include "demo/DefaultWorkspaces.h"
#include "engine/CostQuery.h"
#include "engine/LedgerFile.h"
#include "model/EvaluationJson.h"
#include "model/Text.h"
#include "policy/Evaluator.h"
#include "sources/MetricsFile.h"
#include "store/Store.h"

#include <ostream>

#include <nlohmann/json.hpp>

namespace headroom::cli {

namespace {

const std::vector<OptionSpec> kEvaluateOptions = withCommon({
    {"metrics", true, "FILE.json", "metrics of one snapshot (snake_case keys, see --help)"},
    {"json", false, "", "print the evaluation as JSON"},
    {"catalog", true, "FILE.json", "evaluate under another catalog (what-if)"},
    {"mode", true, "MODE",
     "the environment's current scaling mode (default: the workspace's, "
     "else the mode the clients fit)"},
});

const std::vector<OptionSpec> kCostsOptions = withCommon({
    {"from", true, "YYYY-MM-DD", "first day of the period (default: the first of this month)"},
    {"to", true, "YYYY-MM-DD",
     "last day of the period, also the day budgets are judged on "
     "(default: today)"},
    {"json", false, "", "print the report as JSON"},
    {"catalog", true, "FILE.json", "use another catalog (rates, budgets) for a what-if"},
});

const std::vector<OptionSpec> kImportCostsOptions = withCommon({});

const std::vector<OptionSpec> kWorkspacesOptions = withCommon({
    {"json", false, "", "print as JSON"},
});

int runEvaluate(const std::vector<std::string>& rest, std::ostream& out, std::ostream& err) {
    auto args = parseArgs(rest, kEvaluateOptions);
    if (!args) {
        return reportError(err, "evaluate", args.error(), kExitUsage);
    }
    const auto metricsPath = args->value("metrics");
    if (!metricsPath) {
        return reportError(err, "evaluate",
                           Error{ErrorCode::InvalidArgument, "--metrics FILE.json is required"},
                           kExitUsage);
    }
    std::optional<std::filesystem::path> catalogFile;
    if (auto c = args->value("catalog")) {
        catalogFile = *c;
    }
    auto catalog = loadEffectiveCatalog(catalogFile);
    if (!catalog) {
        return reportError(err, "evaluate", catalog.error(), kExitBadInput);
    }
    const Timestamp now = systemClock()();
    auto snapshot = readMetricsFile(*metricsPath, now);
    if (!snapshot) {
        return reportError(err, "evaluate", snapshot.error(), kExitBadInput);
    }

    EvaluationContext context{.now = now, .currentModeId = {}};
    if (auto mode = args->value("mode")) {
        if (catalog->findMode(*mode) == nullptr) {
            return reportError(err, "evaluate",
                               Error{ErrorCode::InvalidArgument,
                                     cat(
                                         "unknown mode '", *mode, "' (the catalog has: ",
                                         [&] {
                                             std::string names;
                                             for (const auto& m : catalog->modes) {
                                                 names += (names.empty() ? "" : ", ") + m.id;
                                             }
                                             return names;
                                         }(),
                                         ")")},
                               kExitUsage);
        }
        context.currentModeId = *mode;
    } else if (auto name = args->value("workspace")) {
        auto store = openStore(*args, *catalog);
        if (!store) {
            return reportError(err, "evaluate", store.error(), kExitStorage);
        }
        auto workspace = (*store)->workspace(*name);
        if (!workspace) {
            return reportError(err, "evaluate", workspace.error(), exitCodeFor(workspace.error()));
        }
        context.currentModeId = workspace->currentModeId;
    }

    const Evaluation evaluation = evaluate(*snapshot, *catalog, context);
    if (args->flag("json")) {
        out << evaluationToJson(evaluation).dump(2) << "\n";
    } else {
        out << formatEvaluationText(evaluation, *catalog);
    }
    return kExitOk;
}

int runCosts(const std::vector<std::string>& rest, std::ostream& out, std::ostream& err) {
    auto args = parseArgs(rest, kCostsOptions);
    if (!args) {
        return reportError(err, "costs", args.error(), kExitUsage);
    }
    const Day today = dayOf(systemClock()());
    auto from = dayOption(*args, "from");
    auto to = dayOption(*args, "to");
    if (!from || !to) {
        return reportError(err, "costs", !from ? from.error() : to.error(), kExitUsage);
    }
    const Day last = to->value_or(today);
    const DayRange range{from->value_or(firstOfMonth(last)), last};
    if (range.from > range.to) {
        return reportError(
            err, "costs",
            Error{ErrorCode::InvalidArgument,
                  cat("--from ", formatDay(range.from), " is after --to ", formatDay(range.to))},
            kExitUsage);
    }
    std::optional<std::filesystem::path> catalogFile;
    if (auto c = args->value("catalog")) {
        catalogFile = *c;
    }
    auto catalog = loadEffectiveCatalog(catalogFile);
    if (!catalog) {
        return reportError(err, "costs", catalog.error(), kExitBadInput);
    }
    auto store = openStore(*args, *catalog);
    if (!store) {
        return reportError(err, "costs", store.error(), kExitStorage);
    }
    const std::string workspace = workspaceName(*args);
    auto report = queryCostReport(**store, *catalog, workspace, range);
    if (!report) {
        return reportError(err, "costs", report.error(), exitCodeFor(report.error()));
    }
    out << (args->flag("json") ? costReportToJsonText(*report)
                               : formatCostReportText(*report, *catalog));
    return kExitOk;
}

int runImportCosts(const std::vector<std::string>& rest, std::ostream& out, std::ostream& err) {
    auto args = parseArgs(rest, kImportCostsOptions, 1);
    if (!args) {
        return reportError(err, "import-costs", args.error(), kExitUsage);
    }
    if (args->positionals.size() != 1) {
        return reportError(err, "import-costs",
                           Error{ErrorCode::InvalidArgument, "name one CSV file to import"},
                           kExitUsage);
    }
    auto catalog = loadEffectiveCatalog(std::nullopt);
    if (!catalog) {
        return reportError(err, "import-costs", catalog.error(), kExitBadInput);
    }
    auto store = openStore(*args, *catalog);
    if (!store) {
        return reportError(err, "import-costs", store.error(), kExitStorage);
    }
    const std::string workspace = workspaceName(*args);
    auto imported =
        importLedgerFile(**store, workspace, args->positionals.front(), systemClock()(), "cli");
    if (!imported) {
        return reportError(err, "import-costs", imported.error(), exitCodeFor(imported.error()));
    }
    out << "Imported " << imported->usageRows << " usage and " << imported->serviceCostRows
        << " service cost rows (" << imported->newRows << " new, " << imported->replacedRows
        << " replaced) for " << formatDay(imported->days.from) << " to "
        << formatDay(imported->days.to) << " into workspace '" << workspace << "'.\n";
    return kExitOk;
}

int runWorkspaces(const std::vector<std::string>& rest, std::ostream& out, std::ostream& err) {
    auto args = parseArgs(rest, kWorkspacesOptions);
    if (!args) {
        return reportError(err, "workspaces", args.error(), kExitUsage);
    }
    auto catalog = loadEffectiveCatalog(std::nullopt);
    if (!catalog) {
        return reportError(err, "workspaces", catalog.error(), kExitBadInput);
    }
    auto store = openStore(*args, *catalog);
    if (!store) {
        return reportError(err, "workspaces", store.error(), kExitStorage);
    }
    auto workspaces = (*store)->workspaces();
    if (!workspaces) {
        return reportError(err, "workspaces", workspaces.error(), kExitStorage);
    }
    nlohmann::json list = nlohmann::json::array();
    for (const auto& w : *workspaces) {
        auto count = (*store)->snapshotCount(w.id);
        if (args->flag("json")) {
            list.push_back({{"name", w.name},
                            {"title", w.title},
                            {"kind", keyOf(w.kind)},
                            {"current_mode", w.currentModeId},
                            {"snapshots", count ? *count : 0}});
        } else {
            std::string name = w.name;
            name.resize(std::max<std::size_t>(name.size(), 12), ' ');
            out << name << w.title << (w.kind == WorkspaceKind::Demo ? "  [Demo data]" : "")
                << "  (" << (count ? *count : 0) << " snapshots)\n";
        }
    }
    if (args->flag("json")) {
        out << list.dump(2) << "\n";
    }
    return kExitOk;
}

} // namespace

// RetentionCommand.cpp (declared here rather than in SubCommand.h, which belongs to another
// stream of work).
std::span<const SubCommand> retentionCommands();
// ReportCommand.cpp: `report` is listed in its table for the help, but run here through
// runReport, which also receives the injected services (the PDF writer, the clock).
std::span<const SubCommand> reportCommands();
// StrainCommand.cpp
std::span<const SubCommand> strainCommands();
int runReport(const std::vector<std::string>& rest, std::ostream& out, std::ostream& err,
              const CommandLineServices& services);

namespace {

std::vector<std::span<const SubCommand>> governanceTables() {
    return {historyCommands(),   scalingCommands(),    policyCommands(),
            alertCommands(),     governanceCommands(), replayCommands(),
            retentionCommands(), reportCommands(),     strainCommands()};
}

const SubCommand* findSubCommand(std::string_view name) {
    for (auto table : governanceTables()) {
        for (const auto& command : table) {
            if (command.name == name) {
                return &command;
            }
        }
    }
    return nullptr;
}

std::string governanceUsage() {
    std::string text;
    for (auto table : governanceTables()) {
        for (const auto& command : table) {
            text += command.usage;
        }
    }
    return text;
}

} // namespace

std::string usageText() {
    std::string text =
        "Usage: headroom [--db PATH] [--workspace NAME]      open the console\n"
        "       headroom COMMAND [OPTIONS]                  run without a window\n"
        "\n"
        "Commands:\n"
        "  evaluate    evaluate one snapshot of metrics and print tier, mode, capacity,\n"
        "              health scores and recommendations\n"
        "  workspaces  list the workspaces in the database\n"
        "  check-metrics FILE|URL [--format text|openmetrics] [--json]\n"
        "              check a Prometheus exposition (text 0.0.4 or OpenMetrics) like\n"
        "              promtool: families, samples and every problem with its line\n"
        "  probe --source NAME [--workspace NAME] [--json]\n"
        "              poll one configured metric endpoint once and print what it fetched\n"
        "              and the engine metrics it mapped (a source's secret is read from\n"
        "              the environment variable HEADROOM_SECRET_<NAME>)\n"
        "  costs [--from DAY] [--to DAY] [--json]\n"
        "              ledger totals, Cost Shield budgets and alerts, AI budgets,\n"
        "              anomalies, the cost projection and when each limit will be reached\n"
        "  import-costs FILE.csv [--workspace NAME]\n"
        "              import a billing export (usage per provider and client, or service\n"
        "              costs); a file with any problem imports nothing\n" +
        governanceUsage() +
        "  help        show this help\n"
        "\n"
        "Options of every command:\n" +
        describeOptions(commonOptions()) +
        "\n"
        "evaluate options:\n" +
        describeOptions({kEvaluateOptions.begin(), kEvaluateOptions.end() - 2}) +
        "\n"
        "costs options:\n" +
        describeOptions({kCostsOptions.begin(), kCostsOptions.end() - 2}) +
        "\n"
        "The metrics file is a JSON object with snake_case metric names, e.g.\n"
        "  {\"cpu_utilization\": 0.45, \"error_rate\": 0.015, \"ai_latency_ms\": 1800,\n"
        "   \"queue_depth\": 35, \"token_usage\": 180000, \"storage_usage_gb\": 28,\n"
        "   \"bandwidth_usage_mb\": 120, \"active_clients\": 28}\n"
        "Fractions are 0..1. Known metrics:\n ";
    std::size_t column = 1;
    for (const auto& info : allMetrics()) {
        if (column + info.key.size() + 1 > 78) {
            text += "\n ";
            column = 1;
        }
        text += cat(" ", info.key);
        column += info.key.size() + 1;
    }
    text +=
        "\n\nExit status: 0 ok, 1 the check or probe failed, 2 bad command line, 3 invalid input,\n"
        "4 database error or an output file that cannot be written.\n";
    return text;
}

bool isCommandLineInvocation(const std::vector<std::string>& args) {
    if (args.empty()) {
        return false;
    }
    const std::string& first = args.front();
    if (findSubCommand(first) != nullptr) {
        return true;
    }
    return first == "evaluate" || first == "workspaces" || first == "check-metrics" ||
           first == "probe" || first == "costs" || first == "import-costs" || first == "help" ||
           first == "--help" || first == "-h" || first == "--version";
}

int runCommandLine(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
                   const CommandLineServices& services) {
    if (args.empty()) {
        err << usageText();
        return kExitUsage;
    }
    const std::string& command = args.front();
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (command == "help" || command == "--help" || command == "-h") {
        out << usageText();
        return kExitOk;
    }
    if (command == "--version") {
        out << "headroom " << HEADROOM_VERSION << "\n";
        return kExitOk;
    }
    if (command == "evaluate") {
        return runEvaluate(rest, out, err);
    }
    if (command == "workspaces") {
        return runWorkspaces(rest, out, err);
    }
    if (command == "check-metrics") {
        return runCheckMetrics(rest, out, err);
    }
    if (command == "import-costs") {
        return runImportCosts(rest, out, err);
    }
    if (command == "costs") {
        return runCosts(rest, out, err);
    }
    if (command == "probe") {
        return runProbe(rest, out, err);
    }
    if (command == "report") {
        return runReport(rest, out, err, services);
    }
    if (const SubCommand* sub = findSubCommand(command)) {
        return sub->run(rest, out, err);
    }
    err << "headroom: unknown command '" << command << "'\n\n" << usageText();
    return kExitUsage;
}

} // namespace headroom::cli
