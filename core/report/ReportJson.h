#pragma once
// The JSON document of an investor report (`headroom report --json`): ReportData as it is, so
// that the JSON holds the very numbers the PDF and the CSV files show. Write-only.
//
// Stable keys (format "headroom-report", version 1); times ISO 8601 UTC, days "YYYY-MM-DD",
// durations in whole seconds (keys ending "_s"), money in dollars (keys ending "usd", exact to
// the micro-dollar), fractions 0..1, scores and percents 0..100; an absent figure is null with
// its reason code beside it, never 0:
//   workspace, title, demo, generated_at, period {from, to}, previous_period {from, to},
//   sections [{section, included, empty, reason}],
//   key_figures [{id, unit, value, previous, change, change_ratio, reason, previous_reason}]
//     (text figures, unit "text": value and previous are strings),
//   health_trend [{at, resolution_s, overall, infra_health, ai_cost_pressure, warning_density,
//     churn_risk}],
//   utilisation [{at, metric, tier, value, limit, utilisation}],
//   clients [{at, bucket_s, clients}],
//   spend {bucket, providers [{provider, usd}], points [{from, to, provider, usd}],
//     projection {reason, interval_level, interval_known, confidence, trust,
//     horizons [{horizon, months, expected_usd, low_usd, high_usd}]}},
//   scaling_timeline [{at, kind, from, to, actor, reason}],
//   decisions {decided, accepted, deferred, rejected, acceptance_rate, acceptance_hits,
//     acceptance_of, implemented, failed, rolled_back, accuracy,
//     rows [{at, recommendation, verdict, reason, actor, revisit_at}],
//     outcomes [{at, recommendation, status, predicted_min_usd, predicted_max_usd,
//     actual_monthly_usd, measured_metric, measured_before, measured_after, verdict}]},
//   strain_readiness {available, reason, runs_in_period, latest[{run, scenario_id, scenario,
//     started_at, verdict, p95_ms, throughput_per_second, error_rate, baseline, regressed}],
//     passed, pass_rate, required_pass_rate, ready},
//   data_quality {stored_instants, samples_judged, mean_confidence, min_confidence,
//     gaps [{from, to, length_s}], flagged [{from, to, kind, metrics}],
//     resolution [{from, to, kind, resolution_s}], notes [{code, count}], ledger_days,
//     ledger_days_missing},
//   labels {tiers, modes, recommendations, providers} (each an object: id -> the catalog's name).

#include "report/ReportData.h"

#include <string>

#include <nlohmann/json_fwd.hpp>

namespace headroom {

inline constexpr std::string_view kReportJsonFormat = "headroom-report";
inline constexpr int kReportJsonVersion = 1;

nlohmann::json reportToJson(const ReportData& report);
std::string reportToJsonText(const ReportData& report); // indented, ends with a newline

} // namespace headroom
