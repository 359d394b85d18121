#include "net/HttpOptions.h"

#include "model/Text.h"
#include "net/UrlRedaction.h"

#include <algorithm>
#include <cctype>

#include <curl/curl.h>

namespace headroom {
namespace {

bool isTokenChar(char c) {
    // RFC 9110 tchar
    return std::isalnum(static_cast<unsigned char>(c)) ||
           std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool hasLineBreakOrNul(std::string_view text) {
    return text.find_first_of(std::string_view("\r\n\0", 3)) != std::string_view::npos;
}

std::string lowercase(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::unexpected<HttpError> invalid(const HttpRequest& request, std::string_view what) {
    return std::unexpected(
        httpError(HttpFailure::InvalidRequest,
                  cat("invalid HTTP request for ", redactUrl(request.url), ": ", what)));
}

} // namespace

std::string_view keyOf(HttpFailure failure) {
    switch (failure) {
    case HttpFailure::InvalidRequest:
        return "invalid_request";
    case HttpFailure::UnsupportedProtocol:
        return "unsupported_protocol";
    case HttpFailure::DnsFailure:
        return "dns_failure";
    case HttpFailure::ConnectionRefused:
        return "connection_refused";
    case HttpFailure::ConnectTimeout:
        return "connect_timeout";
    case HttpFailure::TotalTimeout:
        return "total_timeout";
    case HttpFailure::TooSlow:
        return "too_slow";
    case HttpFailure::TlsFailure:
        return "tls_failure";
    case HttpFailure::HttpStatus:
        return "http_status";
    case HttpFailure::TooLarge:
        return "too_large";
    case HttpFailure::TooManyRedirects:
        return "too_many_redirects";
    case HttpFailure::InvalidText:
        return "invalid_text";
    case HttpFailure::Cancelled:
        return "cancelled";
    case HttpFailure::TransferFailed:
        return "transfer_failed";
    }
    return "unknown";
}

ErrorCode errorCodeOf(HttpFailure failure) {
    switch (failure) {
    case HttpFailure::InvalidRequest:
    case HttpFailure::UnsupportedProtocol:
        return ErrorCode::InvalidArgument;
    case HttpFailure::ConnectTimeout:
    case HttpFailure::TotalTimeout:
    case HttpFailure::TooSlow:
        return ErrorCode::Timeout;
    case HttpFailure::InvalidText:
        return ErrorCode::ParseError;
    case HttpFailure::Cancelled:
        return ErrorCode::Cancelled;
    default:
        return ErrorCode::NetworkError;
    }
}

HttpError httpError(HttpFailure failure, std::string message, long status) {
    HttpError error;
    error.code = errorCodeOf(failure);
    error.message = std::move(message);
    error.failure = failure;
    error.status = status;
    return error;
}

HttpResult<void> validateRequest(const HttpRequest& request) {
    const std::string_view url = request.url;
    if (url.empty())
        return invalid(request, "the URL is empty");
    if (std::any_of(url.begin(), url.end(), [](unsigned char c) { return c <= 0x20 || c == 0x7F; }))
        return invalid(request,
                       "the URL contains spaces or control characters (percent-encode them)");
    const std::size_t schemeEnd = url.find("://");
    if (schemeEnd == std::string_view::npos)
        return invalid(request, "the URL has no scheme (expected http:// or https://)");
    const std::string scheme = lowercase(url.substr(0, schemeEnd));
    if (scheme != "http" && scheme != "https") {
        return std::unexpected(httpError(HttpFailure::UnsupportedProtocol,
                                         cat("unsupported protocol \"", scheme, "\" in ",
                                             redactUrl(url), " (only http and https)")));
    }
    const std::size_t hostStart = schemeEnd + 3;
    std::string_view authority =
        url.substr(hostStart, url.find_first_of("/?#", hostStart) - hostStart);
    if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos)
        authority.remove_prefix(at + 1);
    if (authority.empty() || authority.front() == ':')
        return invalid(request, "the URL has no host");

    if (request.method.empty() ||
        !std::all_of(request.method.begin(), request.method.end(), isTokenChar))
        return invalid(request, cat("method \"", request.method, "\" is not an HTTP token"));
    if (request.connectTimeout.count() <= 0)
        return invalid(request, cat("connectTimeout must be > 0 ms (got ",
                                    request.connectTimeout.count(), ")"));
    if (request.totalTimeout.count() <= 0)
        return invalid(request,
                       cat("totalTimeout must be > 0 ms (got ", request.totalTimeout.count(), ")"));
    if (request.lowSpeedBytesPerSecond > 0 && request.lowSpeedWindow.count() <= 0)
        return invalid(request,
                       cat("lowSpeedWindow must be > 0 ms when lowSpeedBytesPerSecond is set (got ",
                           request.lowSpeedWindow.count(), ")"));
    if (request.maxResponseBytes == 0)
        return invalid(request, "maxResponseBytes must be > 0");
    if (request.maxRedirects < 0)
        return invalid(request, cat("maxRedirects must be >= 0 (got ", request.maxRedirects, ")"));
    for (const auto& [name, value] : request.headers) {
        if (name.empty() || !std::all_of(name.begin(), name.end(), isTokenChar))
            return invalid(request, cat("header name \"", name, "\" is not an HTTP token"));
        // The value is not echoed: it may be a credential.
        if (hasLineBreakOrNul(value))
            return invalid(request,
                           cat("the value of header \"", name, "\" contains CR, LF or NUL"));
    }
    if (request.bearerToken) {
        if (request.bearerToken->empty())
            return invalid(request, "the bearer token is empty");
        if (hasLineBreakOrNul(*request.bearerToken))
            return invalid(request, "the bearer token contains CR, LF or NUL");
    }
    if (request.basicAuth) {
        if (request.basicAuth->user.find(':') != std::string::npos)
            return invalid(request, "the basic-auth user name contains ':'");
        if (hasLineBreakOrNul(request.basicAuth->user) ||
            hasLineBreakOrNul(request.basicAuth->password))
            return invalid(request, "the basic-auth credentials contain CR, LF or NUL");
    }
    return {};
}

TransferLimits transferLimits(const HttpRequest& request) {
    TransferLimits limits;
    limits.connectTimeoutMs = static_cast<long>(request.connectTimeout.count());
    limits.totalTimeoutMs = static_cast<long>(request.totalTimeout.count());
    if (request.lowSpeedBytesPerSecond > 0 && request.lowSpeedWindow.count() > 0) {
        limits.lowSpeedBytesPerSecond = static_cast<long>(request.lowSpeedBytesPerSecond);
        // libcurl counts the window in whole seconds; round up so the window is never shorter
        // than asked (a shorter one would abort transfers the caller meant to allow).
        limits.lowSpeedSeconds = static_cast<long>((request.lowSpeedWindow.count() + 999) / 1000);
    }
    limits.maxRedirects = request.maxRedirects;
    limits.maxResponseBytes = static_cast<std::int64_t>(request.maxResponseBytes);
    return limits;
}

HttpFailure failureOfCurlCode(int curlCode, std::string_view curlDetail, ConnectPhase phase) {
    switch (static_cast<CURLcode>(curlCode)) {
    case CURLE_UNSUPPORTED_PROTOCOL:
        return HttpFailure::UnsupportedProtocol;
    case CURLE_URL_MALFORMAT:
        return HttpFailure::InvalidRequest;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return HttpFailure::DnsFailure;
    case CURLE_COULDNT_CONNECT:
        return HttpFailure::ConnectionRefused;
    case CURLE_OPERATION_TIMEDOUT:
        if (lowercase(curlDetail).find("too slow") != std::string::npos)
            return HttpFailure::TooSlow;
        return phase == ConnectPhase::Connecting ? HttpFailure::ConnectTimeout
                                                 : HttpFailure::TotalTimeout;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_USE_SSL_FAILED:
        return HttpFailure::TlsFailure;
    case CURLE_FILESIZE_EXCEEDED:
        return HttpFailure::TooLarge;
    case CURLE_TOO_MANY_REDIRECTS:
        return HttpFailure::TooManyRedirects;
    case CURLE_ABORTED_BY_CALLBACK:
        return HttpFailure::Cancelled;
    default:
        return HttpFailure::TransferFailed;
    }
}

} // namespace headroom
