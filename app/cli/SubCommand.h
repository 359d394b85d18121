#pragma once
// The subcommands added for scaling governance, each stream's in its own file. Commands.cpp
// dispatches to them and lists their usage in `headroom --help`.

#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace headroom::cli {

struct SubCommand {
    std::string_view name;  // "verify"
    std::string_view usage; // help lines: "  verify [--workspace NAME] [--json]\n   ...\n"
    int (*run)(const std::vector<std::string>& rest, std::ostream& out, std::ostream& err);
};

std::span<const SubCommand> historyCommands();    // VerifyCommand.cpp
std::span<const SubCommand> scalingCommands();    // ScalingCommands.cpp
std::span<const SubCommand> policyCommands();     // PolicyCommands.cpp
std::span<const SubCommand> alertCommands();      // AlertCommands.cpp
std::span<const SubCommand> governanceCommands(); // GovernanceCommands.cpp
std::span<const SubCommand> replayCommands();     // ReplayCommands.cpp

} // namespace headroom::cli
