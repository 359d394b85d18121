#include "cli/SubCommand.h"

namespace headroom::cli {

std::span<const SubCommand> policyCommands() {
    return {};
}

} // namespace headroom::cli
