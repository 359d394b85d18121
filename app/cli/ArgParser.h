#pragma once
// A small, strict command-line parser for the headroom subcommands: options are declared up
// front, anything else is an error that names the offending argument, so a typo in a cron job
// fails loudly instead of being ignored.

#include "model/Error.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace headroom::cli {

struct OptionSpec {
    std::string name; // without dashes: "metrics"
    bool takesValue = true;
    std::string valueName; // for help: "FILE"
    std::string help;
};

struct ParsedArgs {
    std::map<std::string, std::string> values;
    std::set<std::string> flags;
    std::vector<std::string> positionals;

    std::optional<std::string> value(const std::string& name) const;
    bool flag(const std::string& name) const { return flags.contains(name); }
};

// Parses args (without the program name and subcommand). Accepts "--name value" and
// "--name=value".
Result<ParsedArgs> parseArgs(const std::vector<std::string>& args,
                             const std::vector<OptionSpec>& specs, std::size_t maxPositionals = 0);

std::string describeOptions(const std::vector<OptionSpec>& specs);

} // namespace headroom::cli
