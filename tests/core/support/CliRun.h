#pragma once
// Runs a headroom subcommand in-process and keeps its exit code and both streams, for the CLI
// tests.

#include "cli/Commands.h"

#include <sstream>
#include <string>
#include <vector>

namespace headroom::test {

struct CliRun {
    int code = -1;
    std::string out;
    std::string err;
};

inline CliRun runCli(const std::vector<std::string>& args) {
    std::ostringstream out;
    std::ostringstream err;
    CliRun r;
    r.code = cli::runCommandLine(args, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

} // namespace headroom::test
