#include "cli/CommandSupport.h"

#include "AppPaths.h"
#include "demo/DefaultWorkspaces.h"
#include "model/Day.h"
#include "model/Text.h"

#include <array>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <ostream>
#include <random>

namespace headroom::cli {

const std::vector<OptionSpec>& commonOptions() {
    // A function, not a global: other files' option tables are built from it during static
    // initialisation, whose order across files is unspecified.
    static const std::vector<OptionSpec> options = {
        {"db", true, "PATH", "workspace database (default: ~/.local/share/headroom/headroom.db)"},
        {"workspace", true, "NAME", "workspace short name: 'local' (this computer), 'demo', ..."},
    };
    return options;
}

std::vector<OptionSpec> withCommon(std::vector<OptionSpec> specs) {
    specs.insert(specs.end(), commonOptions().begin(), commonOptions().end());
    return specs;
}

int reportError(std::ostream& err, const std::string& command, const Error& error, int code) {
    err << "headroom " << command << ": " << error.message << "\n";
    return code;
}

int exitCodeFor(const Error& error) {
    switch (error.code) {
    case ErrorCode::StorageError:
    case ErrorCode::IoError:
        return kExitStorage;
    case ErrorCode::InvalidArgument:
        return kExitUsage;
    default:
        return kExitBadInput;
    }
}

std::string databasePath(const ParsedArgs& args) {
    return args.value("db").value_or(defaultDatabasePath().string());
}

// Opens (creating when new) the database the arguments name; a new database gets the local and
// demo workspaces, exactly as the console would create them.
Result<std::unique_ptr<Store>> openStore(const ParsedArgs& args, const Catalog& catalog) {
    const std::filesystem::path path = databasePath(args);
    if (!args.value("db")) {
        std::error_code ec;
        std::filesystem::create_directories(path.parent_path(), ec);
    }
    auto store = Store::open(path.string());
    if (!store) {
        return store;
    }
    if (auto ok = ensureDefaultWorkspaces(**store, catalog, systemClock()()); !ok) {
        return std::unexpected(ok.error());
    }
    return store;
}

std::string workspaceName(const ParsedArgs& args) {
    return args.value("workspace").value_or("local");
}

std::expected<OpenedWorkspace, int> openWorkspace(const ParsedArgs& args,
                                                  const std::string& command, std::ostream& err) {
    auto catalog = loadEffectiveCatalog(std::nullopt);
    if (!catalog) {
        return std::unexpected(reportError(err, command, catalog.error(), kExitBadInput));
    }
    auto store = openStore(args, *catalog);
    if (!store) {
        return std::unexpected(reportError(err, command, store.error(), kExitStorage));
    }
    auto ws = (*store)->workspace(workspaceName(args));
    if (!ws) {
        const int code =
            ws.error().code == ErrorCode::NotFound ? kExitUsage : exitCodeFor(ws.error());
        return std::unexpected(reportError(err, command, ws.error(), code));
    }
    return OpenedWorkspace{std::move(*catalog), std::move(*store), std::move(*ws)};
}

Result<std::optional<Day>> dayOption(const ParsedArgs& args, const std::string& name) {
    const auto text = args.value(name);
    if (!text) {
        return std::optional<Day>{};
    }
    const auto day = parseDay(*text);
    if (!day) {
        return fail(ErrorCode::InvalidArgument,
                    cat("--", name, " '", *text, "' is not a date (expected YYYY-MM-DD)"));
    }
    return std::optional<Day>{*day};
}

TemporaryFolder::TemporaryFolder(std::string_view prefix) {
    std::random_device random;
    m_path = std::filesystem::temp_directory_path(m_error) /
             cat(prefix, std::to_string(random()), std::to_string(random()));
    if (!m_error) {
        std::filesystem::create_directories(m_path, m_error);
    }
}

TemporaryFolder::~TemporaryFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

Result<TimeRange> dayRangeOption(const ParsedArgs& args) {
    TimeRange range;
    for (const char* name : {"from", "to"}) {
        if (auto text = args.value(name)) {
            auto day = parseDay(*text);
            if (!day) {
                return fail(ErrorCode::InvalidArgument,
                            cat("--", name, " '", *text, "' is not a date (expected YYYY-MM-DD)"));
            }
            const Timestamp start{std::chrono::sys_days{*day}};
            if (std::string_view(name) == "from") {
                range.from = start;
            } else {
                range.to = start + std::chrono::hours(24) - std::chrono::seconds(1);
            }
        }
    }
    if (range.from && range.to && *range.from > *range.to) {
        return fail(ErrorCode::InvalidArgument, "--from is after --to");
    }
    return range;
}

std::string minuteText(Timestamp at) {
    const auto day = std::chrono::floor<std::chrono::days>(at);
    const std::chrono::year_month_day ymd{day};
    const std::chrono::hh_mm_ss hms{std::chrono::floor<std::chrono::minutes>(at - day)};
    std::array<char, 40> text{};
    std::snprintf(text.data(), text.size(), "%04d-%02u-%02u %02ld:%02ld UTC",
                  static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()), static_cast<long>(hms.hours().count()),
                  static_cast<long>(hms.minutes().count()));
    return text.data();
}

namespace {
std::atomic<bool> g_interrupted{false};
extern "C" void onCommandInterrupt(int /*signal*/) {
    g_interrupted.store(true);
}
} // namespace

InterruptScope::InterruptScope() {
    g_interrupted.store(false);
    m_previous = std::signal(SIGINT, onCommandInterrupt);
}

InterruptScope::~InterruptScope() {
    std::signal(SIGINT, m_previous);
}

bool InterruptScope::interrupted() {
    return g_interrupted.load();
}

} // namespace headroom::cli
