#pragma once
// JSON form of metric bindings, so that sources and their mappings are stored per workspace and
// ready-made mappings ship as text. One binding:
//   {"metric": "cpu_utilization", "scale": 1,
//    "expression": {"kind": "counter_ratio", "one_minus": true,
//                   "numerator": {"name": "node_cpu_seconds_total",
//                                 "matchers": [{"label": "mode", "op": "=", "value": "idle"}]},
//                   "denominator": {"name": "node_cpu_seconds_total"}}}
// Kinds and their fields: series / counter_rate {selector, aggregation: sum|avg|max|min|count},
// counter_ratio / gauge_ratio {numerator, denominator, one_minus}, histogram_quantile {selector,
// q, window: since_last_scrape|lifetime}, promql {query}, json_pointer {pointer,
// strings_as_numbers}. Optional fields: scale (1), matchers ([]), aggregation (sum), one_minus
// (false), window (since_last_scrape), strings_as_numbers (false). Parsing validates
// (validateBinding) and errors name the field: "mappings[2].expression.q must be ...".

#include "model/Error.h"
#include "sources/prometheus/Mapping.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace headroom {

nlohmann::json bindingToJson(const MetricBinding& binding);
// `where` prefixes field names in errors ("binding", "mappings[3]").
Result<MetricBinding> bindingFromJson(const nlohmann::json& value,
                                      std::string_view where = "binding");

// A JSON array of bindings, pretty-printed.
std::string bindingsToJsonText(std::span<const MetricBinding> bindings);
// Parses an array of bindings; `origin` (file, workspace, catalog name) is quoted in errors.
// A metric bound twice is an error.
Result<std::vector<MetricBinding>> bindingsFromJsonText(std::string_view text,
                                                        std::string_view origin);

} // namespace headroom
