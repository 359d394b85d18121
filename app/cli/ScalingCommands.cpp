#include "cli/SubCommand.h"

namespace headroom::cli {

std::span<const SubCommand> scalingCommands() {
    return {};
}

} // namespace headroom::cli
