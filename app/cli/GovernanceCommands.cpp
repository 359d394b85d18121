#include "cli/SubCommand.h"

namespace headroom::cli {

std::span<const SubCommand> governanceCommands() {
    return {};
}

} // namespace headroom::cli
