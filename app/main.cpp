// Composition root: a subcommand runs headless (no Qt, except the PDF renderer `headroom report
// --out` is handed, which draws offscreen); otherwise the console opens.

#include "ConsoleMain.h"
#include "ReportPdfCommand.h"
#include "cli/Commands.h"

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (headroom::cli::isCommandLineInvocation(args)) {
        headroom::cli::CommandLineServices services;
        services.writePdf = headroom::qtReportPdfWriter();
        return headroom::cli::runCommandLine(args, std::cout, std::cerr, services);
    }
    return headroom::runConsole(argc, argv);
}
