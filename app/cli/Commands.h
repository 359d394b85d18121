#pragma once
// The headless subcommands of the headroom binary (like `git log` beside `git gui`). Each runs
// the same core engine as the console, prints to the given streams and returns the exit code.

#include "model/Error.h"
#include "model/Time.h"
#include "report/ReportData.h"

#include <filesystem>
#include <functional>
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
    kExitStorage = 4,  // the workspace database or an output file could not be opened/written
};

// True when args[0] names a subcommand (or --help / --version), so main() needs no window.
bool isCommandLineInvocation(const std::vector<std::string>& args);

// What `headroom report --out FILE.pdf` hands to the PDF renderer besides the report itself.
struct ReportPdfSettings {
    std::string companyName; // --company, else the workspace's title: never empty from the CLI
    std::string logoPath;    // --logo as given (checked to be an existing file); empty: none
};

// Draws the report as PDF into `out` (the caller replaces the file only on success); returns an
// Error naming why not (IoError: cannot write; anything else: e.g. an unreadable logo).
using ReportPdfWriter = std::function<Result<void>(const ReportData&, const ReportPdfSettings&,
                                                   const std::filesystem::path& out)>;

// Services the composition root injects, so that this library stays Qt-free: main() passes the
// Qt PDF renderer; tests pass fakes. Every member may be empty.
struct CommandLineServices {
    ReportPdfWriter writePdf; // empty: `report --out` fails, the PDF renderer is not built in
    Clock clock;              // empty: the system clock (used by `report` for "now")
};

int runCommandLine(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
                   const CommandLineServices& services = {});

std::string usageText();

} // namespace headroom::cli
