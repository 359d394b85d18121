#pragma once
// The value types of the one HTTP client of the product (HttpClient): what a caller asks for
// (HttpRequest), what it gets back (HttpResponse) and how a transfer failed (HttpError).
// Invariants: every limit is explicit and bounded (timeouts > 0, a response-size cap, a redirect
// cap); TLS verification is on unless the caller opts out by name (TlsVerification::Off), never by
// a bool; secrets (bearer token, basic-auth password, passwords in the URL) never appear in an
// error message: every URL in a message goes through redactUrl() first.

#include "model/Error.h"

#include <atomic>
#include <chrono>
#include <cstddef>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace headroom {

using HttpHeaders = std::vector<std::pair<std::string, std::string>>;

// Opt-out is explicit so that a grep for TlsVerification::Off finds every insecure source.
enum class TlsVerification { On, Off };

// FailOnErrorStatus (the default) turns a status >= 400 into an HttpError; ReturnErrorStatus hands
// the response back so the caller can read an error envelope (the Prometheus API answers
// 400/422/503 with JSON saying what was wrong).
enum class HttpErrorPolicy { FailOnErrorStatus, ReturnErrorStatus };

// Utf8 makes a body that is not valid UTF-8 an error naming the first bad byte's offset; for
// sources whose formats are text (exposition, JSON). Any accepts bytes as they come.
enum class BodyText { Any, Utf8 };

struct BasicAuth {
    std::string user;
    std::string password;
};

struct HttpRequest {
    std::string url; // http:// or https:// only
    std::string method = "GET";
    HttpHeaders headers; // extra request headers; names and values must not contain CR or LF
    std::string body;    // sent as is for POST/PUT/PATCH (set Content-Type in headers)

    std::chrono::milliseconds connectTimeout{3000}; // TCP + TLS handshake; > 0
    std::chrono::milliseconds totalTimeout{10000};  // whole transfer incl. redirects; > 0
    // Slow drip: abort when fewer than lowSpeedBytesPerSecond arrive during a whole window.
    // libcurl measures the window in whole seconds, so it is rounded up to at least 1 s.
    // lowSpeedBytesPerSecond == 0 switches the check off (the total timeout still bounds it).
    std::chrono::milliseconds lowSpeedWindow{5000};
    std::size_t lowSpeedBytesPerSecond = 1;

    std::size_t maxResponseBytes = 64u * 1024u * 1024u; // decompressed body cap; > 0
    int maxRedirects = 5;                               // 0 = do not follow redirects
    TlsVerification verify = TlsVerification::On;
    std::string caFile; // PEM bundle to trust instead of the system store (empty = system)

    std::optional<std::string> bearerToken; // "Authorization: Bearer <token>"
    std::optional<BasicAuth> basicAuth;

    HttpErrorPolicy errorPolicy = HttpErrorPolicy::FailOnErrorStatus;
    BodyText requireText = BodyText::Any;

    // Cancellation: either hook, checked from libcurl's progress callback (several times a second
    // while data flows, at least once a second while idle), aborts the transfer with
    // HttpFailure::Cancelled. The pointee must outlive perform().
    const std::atomic<bool>* cancelFlag = nullptr;
    std::stop_token stopToken;
};

struct HttpResponse {
    long status = 0;
    std::string body; // decompressed
    std::string contentType;
    HttpHeaders headers;      // of the final response (after redirects), names as sent
    std::string effectiveUrl; // redacted: after redirects, without secrets
    std::chrono::microseconds elapsed{0};
    std::size_t bytes = 0; // body bytes received after decompression
    int redirects = 0;
    bool reusedConnection = false; // true when keep-alive avoided a new TCP connect
};

// Why a transfer failed. keyOf() gives a stable lowercase key for logs and the CLI.
enum class HttpFailure {
    InvalidRequest,      // the request itself is malformed (bad URL, timeout <= 0, CR in header)
    UnsupportedProtocol, // not http/https, or a redirect to another protocol
    DnsFailure,          // host name did not resolve
    ConnectionRefused,   // nothing listens on the port (or a firewall rejected it)
    ConnectTimeout,      // no connection within connectTimeout
    TotalTimeout,        // the transfer did not finish within totalTimeout
    TooSlow,             // the low-speed window elapsed below lowSpeedBytesPerSecond
    TlsFailure,          // handshake or certificate problem (the message names it)
    HttpStatus,          // status >= 400 under HttpErrorPolicy::FailOnErrorStatus
    TooLarge,            // the body exceeded maxResponseBytes (the message names the cap)
    TooManyRedirects,    // redirect loop or more than maxRedirects hops
    InvalidText,         // BodyText::Utf8 and the body is not valid UTF-8
    Cancelled,           // the cancel hook fired
    TransferFailed,      // any other network-level failure (reset, truncated body, ...)
};

std::string_view keyOf(HttpFailure failure);

// An Error (code + message) that also says which kind of failure happened, and the HTTP status
// when one was received. Converts to Error by slicing, so Result<T> callers can pass it on.
struct HttpError : Error {
    HttpFailure failure = HttpFailure::TransferFailed;
    long status = 0;
};

template <class T>
using HttpResult = std::expected<T, HttpError>;

} // namespace headroom
