#pragma once
// What every subcommand shares: the common options (--db, --workspace), error reporting with
// the exit codes of Commands.h, and opening the workspace database as the console would.

#include "cli/ArgParser.h"
#include "cli/Commands.h"
#include "model/Catalog.h"
#include "store/Store.h"

#include <expected>
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace headroom::cli {

// --db PATH and --workspace NAME.
const std::vector<OptionSpec>& commonOptions();
std::vector<OptionSpec> withCommon(std::vector<OptionSpec> specs);

// Prints "headroom <command>: <message>" to err and returns code.
int reportError(std::ostream& err, const std::string& command, const Error& error, int code);
// The exit code an error of the core maps to (storage 4, bad request 2, else bad input 3).
int exitCodeFor(const Error& error);

std::string databasePath(const ParsedArgs& args);
// Opens (creating when new) the database the arguments name; a new database gets the local and
// demo workspaces, exactly as the console would create them.
Result<std::unique_ptr<Store>> openStore(const ParsedArgs& args, const Catalog& catalog);

// --from DAY and --to DAY (UTC days, YYYY-MM-DD; --to is inclusive, to 23:59:59); either may
// be absent. A malformed day or --from after --to is InvalidArgument (a usage error).
Result<TimeRange> dayRangeOption(const ParsedArgs& args);

// --NAME DAY (UTC, YYYY-MM-DD) alone: nullopt when absent; a malformed day is InvalidArgument.
Result<std::optional<Day>> dayOption(const ParsedArgs& args, const std::string& name);

// A private folder under the system's temporary directory ("<prefix><random>"), removed with
// everything in it on every path out; error() says why it could not be made.
class TemporaryFolder {
public:
    explicit TemporaryFolder(std::string_view prefix);
    ~TemporaryFolder();
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    const std::error_code& error() const { return m_error; }

private:
    std::filesystem::path m_path;
    std::error_code m_error;
};

// Ctrl-C during a long job (export, replay, a strain run): while a scope lives, SIGINT only sets
// a flag that the job's own loop turns into a stop request, so the job ends at its next check and
// cleans up. The flag is cleared when a scope begins; the previous handler comes back at its end.
class InterruptScope {
public:
    InterruptScope();
    ~InterruptScope();
    InterruptScope(const InterruptScope&) = delete;
    InterruptScope& operator=(const InterruptScope&) = delete;
    static bool interrupted();

private:
    void (*m_previous)(int) = nullptr;
};

// A moment as the command line prints it: "2026-03-02 14:05 UTC".
std::string minuteText(Timestamp at);

// --workspace, "local" when not given.
std::string workspaceName(const ParsedArgs& args);

// What most subcommands start from: the catalog in force, the database and the workspace the
// arguments name.
struct OpenedWorkspace {
    Catalog catalog;
    std::unique_ptr<Store> store;
    Workspace workspace;
};
// Loads the catalog (bad input: 3), opens the store (4) and finds the workspace (an unknown name
// is a usage error: 2); on failure prints "headroom <command>: <why>" and returns the exit code.
std::expected<OpenedWorkspace, int> openWorkspace(const ParsedArgs& args,
                                                  const std::string& command, std::ostream& err);

} // namespace headroom::cli
