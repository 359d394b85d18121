#pragma once
// LedgerCsv: ledger rows from a CSV the founder exports from a provider's billing page (RFC 4180:
// quoted fields, "" inside quotes, CRLF or LF, a UTF-8 BOM; blank lines are skipped). The first
// record is the header; column names are matched case-insensitively, surrounding spaces ignored,
// in any order. The kind of file follows from its header:
//   usage (a `provider` column):   date, provider, client, input_tokens, output_tokens,
//                                  characters, requests, cost_usd, feature, team
//   service costs (a `service`):   date, service, category, tier, resource_type, cost_usd,
//                                  usage_amount, usage_unit, client, feature, team
// Required: date and provider (usage); date, service and cost_usd (service costs). Other columns
// may be absent or empty (counts 0; usage cost_usd empty: computed from the rates; category
// empty: "other"). An unknown or repeated column is a problem (a misspelt "cost_uds" must not
// drop the money silently). Dates are YYYY-MM-DD and must exist; counts are whole numbers in
// 0..1e15; dollars are decimal text ("45.67", at most 6 decimals, at most 1e9 per row) read
// exactly into micro-dollars, never through a float.
//
// Every problem is reported with its line, column and value, all of them together (the list is
// capped; moreProblems counts the rest). A file with any problem imports nothing: its rows are
// returned empty and the caller decides. Pure: text in, rows out.

#include "model/Ledger.h"
#include "model/Money.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace headroom {

enum class LedgerCsvKind { Unknown, Usage, ServiceCosts };

struct CsvProblem {
    int line = 0;       // 1-based physical line where the record starts (the header is line 1)
    std::string column; // header name, empty for a problem of the whole record or file
    std::string value;  // the offending text, as written (cut to 80 characters)
    std::string message;

    friend bool operator==(const CsvProblem&, const CsvProblem&) = default;
};

struct LedgerCsvOptions {
    std::string sourceName;       // rows get source "csv:<sourceName>"
    std::size_t maxProblems = 50; // problems listed; the rest are counted
};

struct LedgerCsvImport {
    LedgerCsvKind kind = LedgerCsvKind::Unknown;
    std::vector<UsageRow> usage;          // empty unless kind == Usage and no problem
    std::vector<ServiceCostRow> services; // empty unless kind == ServiceCosts and no problem
    std::vector<CsvProblem> problems;
    std::size_t moreProblems = 0; // problems beyond maxProblems
    std::size_t recordsRead = 0;  // data records (not the header, not blank lines)

    bool ok() const { return problems.empty(); }
};

LedgerCsvImport parseLedgerCsv(std::string_view text, const LedgerCsvOptions& options = {});

// "45.67" -> 45 670 000 micro-dollars, exactly: digits, an optional point and at most 6
// decimals, no sign, no exponent, at most $1e9. The error text says what is wrong.
std::optional<MicroUsd> parseDollars(std::string_view text, std::string* whyNot = nullptr);

} // namespace headroom
