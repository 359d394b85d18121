#include "cli/SubCommand.h"

namespace headroom::cli {

std::span<const SubCommand> historyCommands() {
    return {};
}

} // namespace headroom::cli
