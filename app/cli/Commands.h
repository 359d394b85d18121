#pragma once
// The headless subcommands of the headroom binary (like `git log` beside `git gui`). Each runs
// the same core engine as the console, prints to the given streams and returns the exit code.

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace headroom::cli {

enum ExitCode : int {
    kExitOk = 0,
    kExitFailure = 1,  // the command ran and found a problem (e.g. verification failed)
    kExitUsage = 2,    // bad command line
    kExitBadInput = 3, // a file or value the user gave is unreadable or invalid
    kExitStorage = 4,  // the workspace database could not be opened or written
};

// True when args[0] names a subcommand (or --help / --version), so main() needs no window.
bool isCommandLineInvocation(const std::vector<std::string>& args);

int runCommandLine(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

std::string usageText();

} // namespace headroom::cli
