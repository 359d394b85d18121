// `headroom report` (issue 7): the investor report of one workspace, or of a bundle's workspace
// read-only with the bundle's own catalog, for a period of UTC days, written as PDF (through the
// renderer main() injects: this library has no Qt), as the CSV tables and/or as JSON. The
// numbers come from one buildReport (core/report), so every format holds the same figures.
// Everything the user gave is checked before the report is computed, and every file is written
// under a temporary name beside its target and renamed only once all of them were written.
#include "AppPaths.h"
#include "bundle/BundleImport.h"
#include "catalog/CatalogLoader.h"
#include "cli/CommandSupport.h"
#include "cli/SubCommand.h"
#include "model/Day.h"
#include "model/Text.h"
#include "report/ReportBuilder.h"
#include "report/ReportCsv.h"
#include "report/ReportJson.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <ostream>
#include <random>
#include <string>
#include <unistd.h>
#include <utility>
#include <vector>

namespace headroom::cli {

// Declared in Commands.cpp, which dispatches `report` with the injected services.
std::span<const SubCommand> reportCommands();
int runReport(const std::vector<std::string>& rest, std::ostream& out, std::ostream& err,
              const CommandLineServices& services);

namespace {

namespace fs = std::filesystem;

const std::string kCommand = "report";

// The period when --from / --to are absent: the 30 days ending with --to (default today).
constexpr std::chrono::days kDefaultPeriodDays{30};

const std::vector<OptionSpec>& reportOptions() {
    static const std::vector<OptionSpec> options = withCommon({
        {"bundle", true, "FILE.hrbundle", "report the bundle's workspace (read-only)"},
        {"from", true, "YYYY-MM-DD", "first day (UTC) of the period"},
        {"to", true, "YYYY-MM-DD", "last day (UTC, inclusive) of the period"},
        {"out", true, "FILE.pdf", "write the report as PDF"},
        {"csv", true, "DIR", "write the report's CSV tables into DIR"},
        {"json", true, "FILE", "write the report as JSON ('-': standard output)"},
        {"company", true, "NAME", "company name on the PDF"},
        {"logo", true, "FILE", "logo image on the PDF"},
        {"sections", true, "a,b,...", "the sections to include"},
    });
    return options;
}

// A refusal: why, and the exit code it maps to.
struct Refusal {
    Error error;
    int code = kExitUsage;
};

Refusal refusal(ErrorCode code, std::string message, int exitCode) {
    return Refusal{Error{code, std::move(message)}, exitCode};
}

// Everything the command line asked for, checked.
struct ReportPlan {
    Day first{}; // inclusive
    Day last{};  // inclusive
    std::vector<ReportSection> sections;
    std::optional<fs::path> pdf;
    std::optional<fs::path> csvDir;
    std::optional<fs::path> json; // "-": standard output
    std::string company;
    std::string logo;
    std::optional<fs::path> bundle;
};

bool toStdout(const std::optional<fs::path>& json) {
    return json && json->string() == "-";
}

std::string knownSections() {
    std::string names;
    for (ReportSection s : allReportSections()) {
        names += cat(names.empty() ? "" : ", ", keyOf(s));
    }
    return names;
}

std::expected<std::vector<ReportSection>, Refusal> parseSections(const std::string& text) {
    std::vector<ReportSection> sections;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        const std::string name = text.substr(start, comma - start);
        const auto section = reportSectionFromString(name);
        if (!section) {
            return std::unexpected(refusal(
                ErrorCode::InvalidArgument,
                name.empty() ? cat("--sections '", text,
                                   "' names an empty section (known: ", knownSections(), ")")
                             : cat("unknown section '", name,
                                   "' in --sections (known: ", knownSections(), ")"),
                kExitUsage));
        }
        if (std::ranges::find(sections, *section) == sections.end()) {
            sections.push_back(*section);
        }
        start = comma + 1;
    }
    return sections;
}

bool writableFolder(const fs::path& folder) {
    return ::access(folder.c_str(), W_OK | X_OK) == 0;
}

// The file can be created or replaced: its folder exists and is writable, and it is no folder.
std::optional<Refusal> checkOutputFile(const fs::path& file, std::string_view option) {
    if (file.empty()) {
        return refusal(ErrorCode::InvalidArgument, cat("--", option, " names no file"), kExitUsage);
    }
    std::error_code ec;
    if (fs::is_directory(file, ec)) {
        return refusal(ErrorCode::IoError,
                       cat("cannot write --", option, " ", file.string(), ": it is a folder"),
                       kExitStorage);
    }
    const fs::path folder = file.has_parent_path() ? file.parent_path() : fs::path(".");
    if (!fs::is_directory(folder, ec)) {
        return refusal(ErrorCode::IoError,
                       cat("cannot write --", option, " ", file.string(), ": the folder ",
                           folder.string(), " does not exist"),
                       kExitStorage);
    }
    if (!writableFolder(folder)) {
        return refusal(ErrorCode::IoError,
                       cat("cannot write --", option, " ", file.string(), ": the folder ",
                           folder.string(), " is not writable"),
                       kExitStorage);
    }
    return std::nullopt;
}

// The folder exists and is writable, or can be created: its nearest existing ancestor is a
// writable folder. Nothing is created here, so a later refusal leaves nothing behind.
std::optional<Refusal> checkOutputFolder(const fs::path& folder) {
    if (folder.empty()) {
        return refusal(ErrorCode::InvalidArgument, "--csv names no folder", kExitUsage);
    }
    std::error_code ec;
    const fs::path absolute = fs::absolute(folder, ec);
    fs::path existing = ec ? folder : absolute;
    while (!fs::exists(fs::symlink_status(existing, ec)) && existing.has_parent_path() &&
           existing.parent_path() != existing) {
        existing = existing.parent_path();
    }
    const auto cannot = [&](const std::string& why) {
        return refusal(ErrorCode::IoError, cat("cannot write --csv ", folder.string(), ": ", why),
                       kExitStorage);
    };
    if (!fs::is_directory(existing, ec)) {
        return cannot(cat(existing.string(), " is not a folder"));
    }
    if (!writableFolder(existing)) {
        return cannot(cat(existing.string(), " is not writable"));
    }
    return std::nullopt;
}

std::expected<ReportPlan, Refusal> planReport(const ParsedArgs& args, Day today) {
    ReportPlan plan;
    if (auto bundle = args.value("bundle")) {
        if (args.value("workspace")) {
            return std::unexpected(refusal(ErrorCode::InvalidArgument,
                                           "--workspace and --bundle exclude each other (a "
                                           "bundle holds one workspace)",
                                           kExitUsage));
        }
        plan.bundle = *bundle;
    }
    if (auto v = args.value("out")) {
        plan.pdf = *v;
    }
    if (auto v = args.value("csv")) {
        plan.csvDir = *v;
    }
    if (auto v = args.value("json")) {
        plan.json = *v;
    }
    if (!plan.pdf && !plan.csvDir && !plan.json) {
        return std::unexpected(refusal(ErrorCode::InvalidArgument,
                                       "no output requested: give --out FILE.pdf, --csv DIR "
                                       "and/or --json FILE",
                                       kExitUsage));
    }

    auto from = dayOption(args, "from");
    auto to = dayOption(args, "to");
    if (!from || !to) {
        return std::unexpected(Refusal{!from ? from.error() : to.error(), kExitUsage});
    }
    plan.last = to->value_or(today);
    plan.first = from->value_or(plan.last - (kDefaultPeriodDays - std::chrono::days{1}));
    if (plan.first > plan.last) {
        return std::unexpected(refusal(ErrorCode::InvalidArgument,
                                       cat("the period is reversed: --from ", formatDay(plan.first),
                                           " is after --to ", formatDay(plan.last)),
                                       kExitUsage));
    }

    if (auto text = args.value("sections")) {
        auto sections = parseSections(*text);
        if (!sections) {
            return std::unexpected(sections.error());
        }
        plan.sections = std::move(*sections);
    }

    plan.company = args.value("company").value_or("");
    if (auto logo = args.value("logo")) {
        std::error_code ec;
        if (!fs::is_regular_file(*logo, ec)) {
            return std::unexpected(refusal(
                ErrorCode::NotFound,
                cat("--logo ", *logo, fs::exists(*logo, ec) ? " is not a file" : " does not exist"),
                kExitBadInput));
        }
        plan.logo = *logo;
    }
    if (plan.bundle) {
        std::error_code ec;
        if (!fs::is_regular_file(*plan.bundle, ec)) {
            return std::unexpected(
                refusal(ErrorCode::NotFound,
                        cat("--bundle ", plan.bundle->string(),
                            fs::exists(*plan.bundle, ec) ? " is not a file" : " does not exist"),
                        kExitBadInput));
        }
    }

    if (plan.pdf) {
        if (auto refused = checkOutputFile(*plan.pdf, "out")) {
            return std::unexpected(*refused);
        }
    }
    if (plan.json && !toStdout(plan.json)) {
        if (auto refused = checkOutputFile(*plan.json, "json")) {
            return std::unexpected(*refused);
        }
    }
    if (plan.csvDir) {
        if (auto refused = checkOutputFolder(*plan.csvDir)) {
            return std::unexpected(*refused);
        }
    }
    return plan;
}

std::string randomSuffix() {
    std::random_device random;
    return cat(std::to_string(random()), std::to_string(random()));
}

// The files of one run, each first written under a hidden temporary name beside its target; the
// temporary files left when the run stops early are removed.
class StagedFiles {
public:
    StagedFiles() = default;
    ~StagedFiles() {
        std::error_code ignored;
        for (const auto& [temp, target] : m_files) {
            fs::remove(temp, ignored);
        }
    }
    StagedFiles(const StagedFiles&) = delete;
    StagedFiles& operator=(const StagedFiles&) = delete;

    fs::path stage(const fs::path& target) {
        const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
        fs::path temp = folder / cat(".", target.filename().string(), ".tmp-", randomSuffix());
        m_files.emplace_back(temp, target);
        return temp;
    }

    Result<void> stageText(const fs::path& target, const std::string& text) {
        const fs::path temp = stage(target);
        std::ofstream file(temp, std::ios::binary | std::ios::trunc);
        file.write(text.data(), static_cast<std::streamsize>(text.size()));
        file.close();
        if (!file) {
            return fail(ErrorCode::IoError, cat("cannot write ", target.string()));
        }
        return {};
    }

    // Renames every staged file onto its target.
    Result<void> commit() {
        while (!m_files.empty()) {
            const auto& [temp, target] = m_files.back();
            std::error_code ec;
            fs::rename(temp, target, ec);
            if (ec) {
                return fail(ErrorCode::IoError,
                            cat("cannot replace ", target.string(), ": ", ec.message()));
            }
            m_files.pop_back();
        }
        return {};
    }

private:
    std::vector<std::pair<fs::path, fs::path>> m_files; // temporary, target
};

// What the report is computed from: the live database's workspace or a staged bundle's.
struct ReportSource {
    std::unique_ptr<TemporaryFolder> temp; // declared first: removed after the store is closed
    Catalog catalog;
    std::unique_ptr<Store> store;
    Workspace workspace;
};

std::expected<ReportSource, Refusal> openLive(const ParsedArgs& args) {
    ReportSource source;
    auto catalog = loadEffectiveCatalog(std::nullopt);
    if (!catalog) {
        return std::unexpected(Refusal{catalog.error(), kExitBadInput});
    }
    source.catalog = std::move(*catalog);
    auto store = openStore(args, source.catalog);
    if (!store) {
        return std::unexpected(Refusal{store.error(), kExitStorage});
    }
    source.store = std::move(*store);
    const std::string name = workspaceName(args);
    auto workspace = source.store->workspace(name);
    if (!workspace) {
        if (workspace.error().code != ErrorCode::NotFound) {
            return std::unexpected(Refusal{workspace.error(), exitCodeFor(workspace.error())});
        }
        std::string known;
        if (auto all = source.store->workspaces()) {
            for (const auto& w : *all) {
                known += cat(known.empty() ? "" : ", ", w.name);
            }
        }
        return std::unexpected(
            refusal(ErrorCode::NotFound,
                    cat("unknown workspace '", name, "' in ", databasePath(args),
                        " (known: ", known.empty() ? std::string("none") : known, ")"),
                    kExitUsage));
    }
    source.workspace = std::move(*workspace);
    return source;
}

// Stages the bundle read-only exactly as `headroom replay` does and takes its one workspace with
// the catalog in force at export.
std::expected<ReportSource, Refusal> openBundle(const fs::path& bundleFile) {
    ReportSource source;
    source.temp = std::make_unique<TemporaryFolder>("headroom-report-");
    if (source.temp->error()) {
        return std::unexpected(
            refusal(ErrorCode::IoError,
                    cat("cannot create a temporary folder: ", source.temp->error().message()),
                    kExitStorage));
    }
    auto staged = stageBundle(bundleFile, source.temp->path(), JobControl{});
    if (!staged) {
        return std::unexpected(Refusal{staged.error(), exitCodeFor(staged.error())});
    }
    auto store = Store::openForReading(staged->file.string());
    if (!store) {
        return std::unexpected(Refusal{store.error(), kExitBadInput});
    }
    source.store = std::move(*store);
    auto workspaces = source.store->workspaces();
    if (!workspaces || workspaces->size() != 1) {
        return std::unexpected(refusal(
            ErrorCode::ValidationError,
            cat(bundleFile.string(), ": the bundle does not hold one workspace"), kExitBadInput));
    }
    source.workspace = workspaces->front();
    auto catalog = loadCatalogText(staged->manifest.catalogJson, "the bundle's catalog");
    if (!catalog) {
        return std::unexpected(Refusal{catalog.error(), kExitBadInput});
    }
    source.catalog = std::move(*catalog);
    return source;
}

int codeForWriter(const Error& error) {
    switch (error.code) {
    case ErrorCode::IoError:
    case ErrorCode::StorageError:
        return kExitStorage;
    case ErrorCode::Cancelled:
        return kExitFailure;
    default:
        return kExitBadInput;
    }
}

void printSummary(std::ostream& out, const ReportData& report, const ReportPlan& plan,
                  std::size_t csvFiles) {
    out << "Report:   " << report.workspace << " (" << report.title << ")"
        << (report.demo ? ", DEMO DATA" : "") << (plan.bundle ? ", from the bundle " : "")
        << (plan.bundle ? plan.bundle->string() : std::string()) << "\n"
        << "Period:   " << formatDay(plan.first) << " to " << formatDay(plan.last)
        << " (UTC days, inclusive)\n";
    std::size_t known = 0;
    std::string absent;
    for (const auto& f : report.keyFigures) {
        if (f.value || f.text) {
            ++known;
        } else {
            absent += cat(absent.empty() ? "" : ", ", f.id, " (", f.reason, ")");
        }
    }
    out << "Figures:  " << known << " of " << report.keyFigures.size() << " key figures known"
        << (absent.empty() ? std::string() : cat("; absent: ", absent)) << "\n";
    std::size_t included = 0;
    std::string empty;
    for (const auto& s : report.sections) {
        if (s.included) {
            ++included;
            if (s.empty) {
                empty += cat(empty.empty() ? "" : ", ", s.section, " (", s.reason, ")");
            }
        }
    }
    out << "Sections: " << included << " of " << report.sections.size() << " included"
        << (empty.empty() ? std::string() : cat("; empty: ", empty)) << "\n";
    if (plan.pdf) {
        out << "Wrote:    " << plan.pdf->string() << "\n";
    }
    if (plan.csvDir) {
        out << "Wrote:    " << plan.csvDir->string() << " (" << csvFiles << " CSV files)\n";
    }
    if (plan.json && !toStdout(plan.json)) {
        out << "Wrote:    " << plan.json->string() << "\n";
    }
}

int runReportWithoutServices(const std::vector<std::string>& rest, std::ostream& out,
                             std::ostream& err) {
    return runReport(rest, out, err, CommandLineServices{});
}

const std::array<SubCommand, 1> kReportCommands = {{
    {"report",
     "  report [--from DATE] [--to DATE] [--workspace NAME | --bundle FILE.hrbundle] [--db PATH]\n"
     "         (--out FILE.pdf | --csv DIR | --json FILE|-, at least one)\n"
     "         [--company NAME] [--logo FILE] [--sections a,b,...]\n"
     "      The investor report of a workspace, or of a bundle's workspace (read-only, with\n"
     "      the catalog in force at export), for the UTC days --from to --to inclusive\n"
     "      (default: the 30 days ending with --to, which defaults to today): as PDF, as the\n"
     "      13 CSV tables in DIR (created when absent) and/or as JSON ('-': standard output).\n"
     "      --company (default: the workspace's title) and --logo go on the PDF. --sections\n"
     "      (default: all): key_figures, health_trend, utilisation, spend, clients,\n"
     "      scaling_timeline, decisions, strain_readiness, data_quality. Everything is checked\n"
     "      first; files are written under temporary names and renamed when all are written.\n"
     "      Exit 2: a bad option, date, period, section or workspace; 3: a missing --logo or\n"
     "      a damaged bundle; 4: an output that cannot be written, or no PDF renderer.\n",
     runReportWithoutServices},
}};

} // namespace

std::span<const SubCommand> reportCommands() {
    return kReportCommands;
}

int runReport(const std::vector<std::string>& rest, std::ostream& out, std::ostream& err,
              const CommandLineServices& services) {
    auto args = parseArgs(rest, reportOptions());
    if (!args) {
        return reportError(err, kCommand, args.error(), kExitUsage);
    }
    const Timestamp now = services.clock ? services.clock() : systemClock()();
    auto plan = planReport(*args, dayOf(now));
    if (!plan) {
        return reportError(err, kCommand, plan.error().error, plan.error().code);
    }
    if (plan->pdf && !services.writePdf) {
        return reportError(err, kCommand,
                           Error{ErrorCode::InvalidArgument,
                                 "the PDF renderer is not available in this build (use --csv or "
                                 "--json)"},
                           kExitStorage);
    }

    auto source = plan->bundle ? openBundle(*plan->bundle) : openLive(*args);
    if (!source) {
        return reportError(err, kCommand, source.error().error, source.error().code);
    }
    const ReportRequest request{
        source->workspace.name, Timestamp{std::chrono::sys_days{plan->first}},
        Timestamp{std::chrono::sys_days{plan->last + std::chrono::days{1}}}, plan->sections};
    auto report = buildReport(*source->store, source->workspace, source->catalog, request, now);
    if (!report) {
        return reportError(err, kCommand, report.error(), exitCodeFor(report.error()));
    }

    StagedFiles files;
    if (plan->pdf) {
        const ReportPdfSettings settings{plan->company.empty() ? report->title : plan->company,
                                         plan->logo};
        const fs::path temp = files.stage(*plan->pdf);
        auto written = services.writePdf(*report, settings, temp);
        if (!written) {
            return reportError(
                err, kCommand,
                Error{written.error().code, cat("cannot write the PDF ", plan->pdf->string(), ": ",
                                                written.error().message)},
                codeForWriter(written.error()));
        }
    }
    std::size_t csvFiles = 0;
    if (plan->csvDir) {
        std::error_code ec;
        fs::create_directories(*plan->csvDir, ec);
        if (ec) {
            return reportError(
                err, kCommand,
                Error{ErrorCode::IoError, cat("cannot create --csv folder ", plan->csvDir->string(),
                                              ": ", ec.message())},
                kExitStorage);
        }
        for (const auto& [name, text] : reportToCsv(*report)) {
            if (auto ok = files.stageText(*plan->csvDir / name, text); !ok) {
                return reportError(err, kCommand, ok.error(), kExitStorage);
            }
            ++csvFiles;
        }
    }
    const std::string jsonText = plan->json ? reportToJsonText(*report) : std::string();
    if (plan->json && !toStdout(plan->json)) {
        if (auto ok = files.stageText(*plan->json, jsonText); !ok) {
            return reportError(err, kCommand, ok.error(), kExitStorage);
        }
    }
    if (auto ok = files.commit(); !ok) {
        return reportError(err, kCommand, ok.error(), kExitStorage);
    }
    if (toStdout(plan->json)) {
        out << jsonText;
        printSummary(err, *report, *plan, csvFiles);
    } else {
        printSummary(out, *report, *plan, csvFiles);
    }
    return kExitOk;
}

} // namespace headroom::cli
