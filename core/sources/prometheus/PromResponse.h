#pragma once
// The Prometheus HTTP API's answer to /api/v1/query and /api/v1/query_range (also spoken by
// Thanos, Mimir and VictoriaMetrics), as values. Sample values arrive as JSON strings so that NaN,
// +Inf and -Inf survive; they are parsed here into doubles. Timestamps are float Unix seconds.
// Invariants of a parsed result: a Vector has one point per series, a Matrix one or more points
// per series in the order the server sent them, a Scalar or String has no series.

#include "model/Error.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace headroom {

using PromLabels = std::vector<std::pair<std::string, std::string>>; // sorted by label name

struct PromPoint {
    double time = 0;  // Unix seconds, may have a fraction (millisecond precision)
    double value = 0; // may be NaN or +-Inf
};

struct PromSeries {
    PromLabels labels; // includes __name__ when the server kept it
    std::vector<PromPoint> points;

    std::optional<std::string> label(std::string_view name) const;
};

enum class PromResultType { Vector, Matrix, Scalar, String };
std::string_view keyOf(PromResultType type); // "vector", "matrix", "scalar", "string"

struct PromQueryResult {
    PromResultType type = PromResultType::Vector;
    std::vector<PromSeries> series; // Vector and Matrix
    PromPoint scalar;               // Scalar (and the time of a String)
    std::string text;               // String
    std::vector<std::string> warnings;
    std::vector<std::string> infos;
};

// Parses a response body. A `"status":"error"` envelope becomes an Error whose message carries the
// API's errorType and error text and the HTTP status; its code follows the errorType (bad_data ->
// InvalidArgument, execution -> ValidationError, timeout -> Timeout, canceled -> Cancelled,
// unavailable/internal/others -> NetworkError). Malformed JSON or a wrong shape is a ParseError
// naming the JSON path ("data.result[2].value[1]"). A non-2xx status with a body that is not the
// API's JSON (a proxy's HTML page) is a NetworkError quoting the start of the body.
Result<PromQueryResult> parsePromResponse(std::string_view body, long httpStatus);

// Parses a Prometheus sample value: a decimal or exponent number, "NaN", "+Inf", "-Inf" (also
// "Inf" and any case, as Go's ParseFloat does). nullopt for anything else.
std::optional<double> parsePromValue(std::string_view text);

// The single number an engine metric takes from a result: a Scalar, or a Vector/Matrix with
// exactly one series (its last point). More series is an error telling to aggregate in PromQL;
// none is a NotFound error. `query` is only quoted in messages.
Result<double> singleValue(const PromQueryResult& result, std::string_view query);

} // namespace headroom
