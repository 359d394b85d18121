#pragma once
// Builds the URLs of Prometheus HTTP API queries (GET /api/v1/query and /api/v1/query_range) from
// a server's base URL, and chooses a range query's step. The base URL may carry a path prefix
// (Thanos, Mimir: "https://mimir.example/prometheus") and trailing slashes; a pasted ".../api/v1"
// is tolerated. Times are Unix seconds, written as integers.

#include "model/Error.h"
#include "model/Time.h"

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace headroom {

// Prometheus rejects a range query whose series would exceed 11 000 points.
inline constexpr std::size_t kPromMaxPoints = 11'000;

// Percent-encodes everything except RFC 3986's unreserved characters (A-Z a-z 0-9 - . _ ~), so a
// PromQL expression survives as one query parameter ({, }, =, ", +, spaces, newlines, UTF-8).
std::string urlEncode(std::string_view text);

// "http(s)://host[:port][/prefix]" without trailing slashes or a trailing "/api/v1". An error
// names the URL when the scheme is not http or https, the host is empty, or it carries a query
// string or fragment.
Result<std::string> normalizePromBaseUrl(std::string_view baseUrl);

// <base>/api/v1/query?query=...[&time=...]; without a time the server uses its "now".
Result<std::string> promInstantQueryUrl(std::string_view baseUrl, std::string_view promql,
                                        std::optional<Timestamp> time = std::nullopt);

struct PromRangeQuery {
    std::string promql;
    Timestamp start;
    Timestamp end;
    std::chrono::seconds step{60};
};

// <base>/api/v1/query_range?query=...&start=...&end=...&step=...; an error when end < start,
// step < 1 s, or the step gives more than kPromMaxPoints points.
Result<std::string> promRangeQueryUrl(std::string_view baseUrl, const PromRangeQuery& query);

// The smallest whole-second step, never below minStep (nor 1 s), for which a series over
// [start, end] has at most maxPoints points: (end - start) / step + 1 <= maxPoints.
// An error when end < start or maxPoints < 2.
Result<std::chrono::seconds> chooseStep(Timestamp start, Timestamp end,
                                        std::chrono::seconds minStep,
                                        std::size_t maxPoints = kPromMaxPoints);

// Number of points a range query returns at most: floor((end - start) / step) + 1.
std::size_t promPointCount(Timestamp start, Timestamp end, std::chrono::seconds step);

} // namespace headroom
