#include "cli/SubCommand.h"

namespace headroom::cli {

std::span<const SubCommand> alertCommands() {
    return {};
}

} // namespace headroom::cli
