#include "LedgerFile.h"

#include "cost/LedgerCsv.h"
#include "model/Text.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace headroom {
namespace {

Result<std::string> readFile(const std::string& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        return fail(ec == std::errc::no_such_file_or_directory ? ErrorCode::NotFound
                                                               : ErrorCode::IoError,
                    cat(path, ": ", ec.message()));
    }
    if (size > kMaxLedgerFileBytes) {
        return fail(ErrorCode::InvalidArgument,
                    cat(path, ": ", size, " bytes is larger than the ", kMaxLedgerFileBytes,
                        " bytes a billing export may have"));
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return fail(ErrorCode::IoError, cat(path, ": cannot be opened for reading"));
    }
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) {
        return fail(ErrorCode::IoError, cat(path, ": read failed"));
    }
    return std::move(text).str();
}

} // namespace

Result<LedgerImportResult> importLedgerFile(Store& store, std::string_view workspace,
                                            const std::string& path, Timestamp at,
                                            std::string_view actor) {
    auto ws = store.workspace(workspace);
    if (!ws) {
        return std::unexpected(ws.error());
    }
    auto text = readFile(path);
    if (!text) {
        return std::unexpected(text.error());
    }
    const std::string name = std::filesystem::path(path).filename().string();
    const LedgerCsvImport parsed = parseLedgerCsv(*text, LedgerCsvOptions{.sourceName = name});
    if (!parsed.ok()) {
        std::string message = cat(path, ": nothing imported, ",
                                  parsed.problems.size() + parsed.moreProblems, " problem(s):");
        for (const CsvProblem& p : parsed.problems) {
            message += cat("\n  line ", p.line, p.column.empty() ? "" : cat(", ", p.column),
                           p.value.empty() ? "" : cat(" '", p.value, "'"), ": ", p.message);
        }
        if (parsed.moreProblems > 0) {
            message += cat("\n  and ", parsed.moreProblems, " more");
        }
        return fail(ErrorCode::ParseError, message);
    }
    LedgerImportRequest request;
    request.workspaceId = ws->id;
    request.origin = "csv:" + name;
    request.usage = parsed.usage;
    request.serviceCosts = parsed.services;
    request.actor = std::string(actor);
    request.at = at;
    return store.importLedger(request);
}

} // namespace headroom
