#pragma once
// The CSV tables of an investor report (`headroom report --csv DIR`): one table per file, named
// by its file name, holding the very numbers of ReportData (and so of the PDF and the JSON).
// Writing the files is the caller's. RFC 4180: a header row, CRLF line ends, a field holding a
// comma, quote, CR or LF quoted with its quotes doubled. Numbers with '.' decimals in their
// shortest exact fixed form (no exponent), money in dollars exact to the micro-dollar, times
// ISO 8601 UTC, days "YYYY-MM-DD", durations in whole seconds. An absent value is an empty
// field, with its reason code in the row where the table has a reason column.
//
// Files: key_figures.csv, health_trend.csv, clients.csv, utilisation.csv,
// spend_by_provider.csv, spend_projection.csv, scaling_timeline.csv, decisions.csv,
// outcomes.csv, decision_summary.csv, strain_runs.csv, data_quality.csv, sections.csv.

#include "report/ReportData.h"

#include <map>
#include <string>

namespace headroom {

// File name -> its text. Every file is present, with its header row, even for an empty table.
std::map<std::string, std::string> reportToCsv(const ReportData& report);

// One field as RFC 4180 writes it (quoted only when it must be).
std::string csvField(std::string_view text);
// A number as the CSV tables write it: shortest exact fixed notation, '.' decimals; "" for a
// value that is not finite.
std::string csvNumber(double value);
// Dollars exact to the micro-dollar, trailing zeros dropped: "12.5", "-0.000001", "3".
std::string csvDollars(MicroUsd money);

} // namespace headroom
