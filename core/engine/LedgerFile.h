#pragma once
// Reads a billing export (CSV) from disk and stores its rows: the one path the console's
// "Import billing export…" and `headroom import-costs` share. The file is parsed completely first
// (core/cost/LedgerCsv.h); a file with any problem stores nothing and the error lists the
// problems by line and column. Files above kMaxLedgerFileBytes are refused before reading.

#include "store/Store.h"

#include <cstddef>
#include <string>

namespace headroom {

inline constexpr std::size_t kMaxLedgerFileBytes = 512U * 1024U * 1024U;

// NotFound (no such file or workspace), IoError, ParseError (the problems, one per line),
// InvalidArgument (rows the store refuses), StorageError.
Result<LedgerImportResult> importLedgerFile(Store& store, std::string_view workspace,
                                            const std::string& path, Timestamp at,
                                            std::string_view actor = "founder");

} // namespace headroom
