#pragma once
// The pure half of HttpClient: checking a request before any I/O, turning its limits into the
// numbers libcurl takes, and turning a libcurl result code into an HttpFailure. Kept apart from
// the transfer so that tests can check every rule without a server.

#include "net/HttpTypes.h"

#include <cstdint>
#include <string_view>

namespace headroom {

// Rejects what no transfer could honour: an empty or non-http(s) URL, a URL with spaces or control
// characters, a timeout or window <= 0, a zero size cap, a negative redirect cap, a method that is
// not an HTTP token, a header name/value or credential containing CR/LF (header injection), a
// basic-auth user containing ':'. The message names the field and the (redacted) URL.
HttpResult<void> validateRequest(const HttpRequest& request);

// What HttpClient hands to libcurl, computed from a request (validated first).
struct TransferLimits {
    long connectTimeoutMs = 0;
    long totalTimeoutMs = 0;
    long lowSpeedBytesPerSecond = 0; // 0 = low-speed check off
    long lowSpeedSeconds = 0;        // window rounded up to whole seconds, >= 1 when on
    long maxRedirects = 0;
    std::int64_t maxResponseBytes = 0;
};

TransferLimits transferLimits(const HttpRequest& request);

// Whether the connection was established when a timeout hit; decides connect vs total timeout.
enum class ConnectPhase { Connecting, Connected };

// Maps a CURLcode (as int, so that callers need not include curl.h) and libcurl's error-buffer
// text to the kind of failure.
HttpFailure failureOfCurlCode(int curlCode, std::string_view curlDetail, ConnectPhase phase);

// The ErrorCode an HttpFailure carries: timeouts -> Timeout, InvalidText -> ParseError,
// Cancelled -> Cancelled, bad requests -> InvalidArgument, the rest -> NetworkError.
ErrorCode errorCodeOf(HttpFailure failure);

// Builds an HttpError with the matching ErrorCode.
HttpError httpError(HttpFailure failure, std::string message, long status = 0);

} // namespace headroom
