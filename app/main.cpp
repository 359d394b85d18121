// Composition root: a subcommand runs headless (no Qt at all); otherwise the console opens.

#include "ConsoleMain.h"
#include "cli/Commands.h"

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (headroom::cli::isCommandLineInvocation(args)) {
        return headroom::cli::runCommandLine(args, std::cout, std::cerr);
    }
    return headroom::runConsole(argc, argv);
}
