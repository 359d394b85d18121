#include "net/HttpClient.h"

#include "model/Text.h"
#include "net/HttpOptions.h"
#include "net/UrlRedaction.h"
#include "net/Utf8.h"

#include <array>
#include <cstdio>
#include <mutex>
#include <vector>

#include <curl/curl.h>

#ifndef HEADROOM_VERSION
#define HEADROOM_VERSION "0"
#endif

namespace headroom {

// libcurl requires curl_global_init before the first handle and is not thread-safe about it in
// older releases; once per process, never cleaned up (clients may live until exit on any thread).
void ensureCurlGlobalInit() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

namespace {

constexpr std::size_t kBodyExcerptBytes = 200;

struct SlistDeleter {
    void operator()(curl_slist* list) const noexcept { curl_slist_free_all(list); }
};
using Slist = std::unique_ptr<curl_slist, SlistDeleter>;

// What the callbacks share with perform() during one transfer.
struct Transfer {
    const HttpRequest* request = nullptr;
    std::string body;
    HttpHeaders headers;
    std::string reason; // reason phrase of the last status line
    bool tooLarge = false;
    bool cancelled = false;
};

std::size_t onBody(char* data, std::size_t size, std::size_t count, void* user) {
    auto* transfer = static_cast<Transfer*>(user);
    const std::size_t length = size * count;
    // Checked while receiving, after decompression, so a gzip bomb or an endless body stops at
    // the cap instead of filling memory. Returning less than length aborts the transfer.
    if (transfer->body.size() + length > transfer->request->maxResponseBytes) {
        transfer->tooLarge = true;
        return 0;
    }
    transfer->body.append(data, length);
    return length;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' ||
                             text.back() == '\n'))
        text.remove_suffix(1);
    return text;
}

std::size_t onHeader(char* data, std::size_t size, std::size_t count, void* user) {
    auto* transfer = static_cast<Transfer*>(user);
    const std::size_t length = size * count;
    const std::string_view line = trim(std::string_view(data, length));
    if (line.starts_with("HTTP/")) {
        // A new response begins (after a redirect or a 100 Continue): keep only the final one's.
        transfer->headers.clear();
        transfer->reason.clear();
        const std::size_t codeStart = line.find(' ');
        const std::size_t reasonStart =
            codeStart == std::string_view::npos ? codeStart : line.find(' ', codeStart + 1);
        if (reasonStart != std::string_view::npos)
            transfer->reason = std::string(trim(line.substr(reasonStart + 1)));
    } else if (const std::size_t colon = line.find(':'); colon != std::string_view::npos) {
        transfer->headers.emplace_back(std::string(trim(line.substr(0, colon))),
                                       std::string(trim(line.substr(colon + 1))));
    }
    return length;
}

int onProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
    auto* transfer = static_cast<Transfer*>(user);
    const HttpRequest& request = *transfer->request;
    if ((request.cancelFlag && request.cancelFlag->load(std::memory_order_relaxed)) ||
        request.stopToken.stop_requested()) {
        transfer->cancelled = true;
        return 1;
    }
    return 0;
}

// The first bytes of an error body on one line (whitespace runs folded), for a message a person
// reads; an HTML error page would otherwise fill a log line with indentation.
std::string bodyExcerpt(std::string_view body) {
    std::string out;
    const std::string_view head = body.substr(0, kBodyExcerptBytes);
    out.reserve(head.size() + 3);
    for (const char c : head) {
        const bool space = static_cast<unsigned char>(c) <= 0x20;
        if (!space)
            out.push_back(c);
        else if (!out.empty() && out.back() != ' ')
            out.push_back(' ');
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    if (body.size() > kBodyExcerptBytes)
        out.append("...");
    return out;
}

std::string urlPassword(std::string_view url) {
    const std::size_t schemeEnd = url.find("://");
    if (schemeEnd == std::string_view::npos)
        return {};
    const std::size_t start = schemeEnd + 3;
    const std::string_view authority = url.substr(start, url.find_first_of("/?#", start) - start);
    const std::size_t at = authority.rfind('@');
    if (at == std::string_view::npos)
        return {};
    const std::string_view userinfo = authority.substr(0, at);
    const std::size_t colon = userinfo.find(':');
    return std::string(colon == std::string_view::npos ? userinfo : userinfo.substr(colon + 1));
}

template <class T>
void setOption(CURL* curl, CURLoption option, T value) {
    // Failures here mean an option this libcurl lacks; the transfer then reports what broke.
    curl_easy_setopt(curl, option, value);
}

} // namespace

std::string_view httpUserAgent() {
    return "Headroom/" HEADROOM_VERSION;
}

void HttpClient::HandleDeleter::operator()(void* handle) const noexcept {
    curl_easy_cleanup(static_cast<CURL*>(handle));
}

HttpClient::HttpClient() {
    ensureCurlGlobalInit();
    m_handle.reset(curl_easy_init());
}

HttpClient::~HttpClient() = default;
HttpClient::HttpClient(HttpClient&& other) noexcept = default;
HttpClient& HttpClient::operator=(HttpClient&& other) noexcept = default;

HttpResult<HttpResponse> HttpClient::perform(const HttpRequest& request) {
    if (auto valid = validateRequest(request); !valid)
        return std::unexpected(std::move(valid.error()));
    const std::string url = redactUrl(request.url);
    if (!m_handle) {
        ensureCurlGlobalInit();
        m_handle.reset(curl_easy_init());
        if (!m_handle)
            return std::unexpected(httpError(HttpFailure::TransferFailed,
                                             cat(url, ": could not create a libcurl handle")));
    }
    CURL* curl = m_handle.get();
    // Reset clears every option of the previous request but keeps the connection cache, so
    // keep-alive still works and no credential or header leaks into the next request.
    curl_easy_reset(curl);

    Transfer transfer;
    transfer.request = &request;
    const TransferLimits limits = transferLimits(request);
    std::array<char, CURL_ERROR_SIZE> errorBuffer{};

    setOption(curl, CURLOPT_URL, request.url.c_str());
    setOption(curl, CURLOPT_NOSIGNAL, 1L);
    setOption(curl, CURLOPT_ERRORBUFFER, errorBuffer.data());
#if LIBCURL_VERSION_NUM >= 0x075500 // 7.85: the _STR forms; the bitmask forms are deprecated
    setOption(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    setOption(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
    setOption(curl, CURLOPT_PROTOCOLS, static_cast<long>(CURLPROTO_HTTP | CURLPROTO_HTTPS));
    setOption(curl, CURLOPT_REDIR_PROTOCOLS, static_cast<long>(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
    setOption(curl, CURLOPT_USERAGENT, httpUserAgent().data());
    setOption(curl, CURLOPT_ACCEPT_ENCODING, ""); // every encoding this libcurl decodes
    setOption(curl, CURLOPT_FOLLOWLOCATION, limits.maxRedirects > 0 ? 1L : 0L);
    setOption(curl, CURLOPT_MAXREDIRS, limits.maxRedirects);
    setOption(curl, CURLOPT_CONNECTTIMEOUT_MS, limits.connectTimeoutMs);
    setOption(curl, CURLOPT_TIMEOUT_MS, limits.totalTimeoutMs);
    setOption(curl, CURLOPT_LOW_SPEED_LIMIT, limits.lowSpeedBytesPerSecond);
    setOption(curl, CURLOPT_LOW_SPEED_TIME, limits.lowSpeedSeconds);
    // Rejects early when the server announces a Content-Length above the cap.
    setOption(curl, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(limits.maxResponseBytes));
    const long verify = request.verify == TlsVerification::On ? 1L : 0L;
    setOption(curl, CURLOPT_SSL_VERIFYPEER, verify);
    setOption(curl, CURLOPT_SSL_VERIFYHOST, verify == 1L ? 2L : 0L);
    if (!request.caFile.empty())
        setOption(curl, CURLOPT_CAINFO, request.caFile.c_str());

    setOption(curl, CURLOPT_WRITEFUNCTION, &onBody);
    setOption(curl, CURLOPT_WRITEDATA, &transfer);
    setOption(curl, CURLOPT_HEADERFUNCTION, &onHeader);
    setOption(curl, CURLOPT_HEADERDATA, &transfer);
    setOption(curl, CURLOPT_XFERINFOFUNCTION, &onProgress);
    setOption(curl, CURLOPT_XFERINFODATA, &transfer);
    setOption(curl, CURLOPT_NOPROGRESS, 0L);

    Slist headerList;
    const auto addHeader = [&](const std::string& line) {
        curl_slist* next = curl_slist_append(headerList.get(), line.c_str());
        if (next) {
            (void)headerList.release();
            headerList.reset(next);
        }
    };
    for (const auto& [name, value] : request.headers)
        addHeader(value.empty() ? name + ";" : name + ": " + value); // "Name;" sends it empty
    if (request.bearerToken)
        addHeader("Authorization: Bearer " + *request.bearerToken);
    if (!request.body.empty())
        addHeader("Expect:"); // no 100-continue round trip for small bodies
    if (headerList)
        setOption(curl, CURLOPT_HTTPHEADER, headerList.get());
    if (request.basicAuth) {
        setOption(curl, CURLOPT_HTTPAUTH, static_cast<long>(CURLAUTH_BASIC));
        setOption(curl, CURLOPT_USERNAME, request.basicAuth->user.c_str());
        setOption(curl, CURLOPT_PASSWORD, request.basicAuth->password.c_str());
    }

    if (request.method == "GET") {
        setOption(curl, CURLOPT_HTTPGET, 1L);
    } else if (request.method == "HEAD") {
        setOption(curl, CURLOPT_NOBODY, 1L);
    } else {
        if (request.method == "POST")
            setOption(curl, CURLOPT_POST, 1L);
        else
            setOption(curl, CURLOPT_CUSTOMREQUEST, request.method.c_str());
        setOption(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
        setOption(curl, CURLOPT_POSTFIELDS, request.body.c_str());
    }

    const auto started = std::chrono::steady_clock::now();
    const bool cancelledBefore =
        (request.cancelFlag && request.cancelFlag->load()) || request.stopToken.stop_requested();
    const CURLcode code = cancelledBefore ? CURLE_ABORTED_BY_CALLBACK : curl_easy_perform(curl);
    transfer.cancelled = transfer.cancelled || cancelledBefore;
    const auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now() - started);

    std::array<std::string_view, 3> secrets{};
    const std::string passwordInUrl = urlPassword(request.url);
    secrets[0] = passwordInUrl;
    if (request.bearerToken)
        secrets[1] = *request.bearerToken;
    if (request.basicAuth)
        secrets[2] = request.basicAuth->password;

    long redirects = 0;
    curl_easy_getinfo(curl, CURLINFO_REDIRECT_COUNT, &redirects);

    if (code != CURLE_OK) {
        const std::string detail =
            scrubSecrets(errorBuffer[0] != '\0' ? std::string_view(errorBuffer.data())
                                                : curl_easy_strerror(code),
                         secrets);
        HttpFailure failure;
        if (transfer.cancelled)
            failure = HttpFailure::Cancelled;
        else if (transfer.tooLarge)
            failure = HttpFailure::TooLarge;
        else {
            const bool connecting = detail.find("Resolving timed out") != std::string::npos ||
                                    detail.find("Connection timed out") != std::string::npos ||
                                    detail.find("Failed to connect") != std::string::npos;
            failure = failureOfCurlCode(
                code, detail, connecting ? ConnectPhase::Connecting : ConnectPhase::Connected);
        }
        std::string what;
        switch (failure) {
        case HttpFailure::Cancelled:
            what = "cancelled";
            break;
        case HttpFailure::TooLarge:
            what = cat("response too large: more than the cap of ", request.maxResponseBytes,
                       " bytes");
            break;
        case HttpFailure::DnsFailure:
            what = "DNS failure: the host name did not resolve";
            break;
        case HttpFailure::ConnectionRefused:
            what = "connection refused";
            break;
        case HttpFailure::ConnectTimeout:
            what = cat("connect timeout: no connection within ", limits.connectTimeoutMs, " ms");
            break;
        case HttpFailure::TotalTimeout:
            what =
                cat("timeout: the transfer did not finish within ", limits.totalTimeoutMs, " ms");
            break;
        case HttpFailure::TooSlow:
            what = cat("transfer too slow: less than ", limits.lowSpeedBytesPerSecond,
                       " bytes/s for ", limits.lowSpeedSeconds, " s");
            break;
        case HttpFailure::TlsFailure:
            what = "TLS failure";
            break;
        case HttpFailure::TooManyRedirects:
            what =
                cat("too many redirects: more than ", limits.maxRedirects, " (a redirect loop?)");
            break;
        case HttpFailure::UnsupportedProtocol:
            what = "unsupported protocol (only http and https, also on redirects)";
            break;
        case HttpFailure::InvalidRequest:
            what = "invalid URL";
            break;
        default:
            what = cat("transfer failed: ", curl_easy_strerror(code));
            break;
        }
        // Our own aborts (cap, cancel) would only get libcurl's generic "write error" or "callback
        // aborted" as detail, which misleads; the other kinds carry libcurl's specific words.
        const bool ownAbort = failure == HttpFailure::Cancelled || transfer.tooLarge;
        return std::unexpected(httpError(
            failure, ownAbort ? cat(url, ": ", what) : cat(url, ": ", what, " (", detail, ")")));
    }

    HttpResponse response;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
    char* contentType = nullptr;
    if (curl_easy_getinfo(curl, CURLINFO_CONTENT_TYPE, &contentType) == CURLE_OK && contentType)
        response.contentType = contentType;
    char* effective = nullptr;
    if (curl_easy_getinfo(curl, CURLINFO_EFFECTIVE_URL, &effective) == CURLE_OK && effective)
        response.effectiveUrl = redactUrl(effective);
    long connects = 0;
    curl_easy_getinfo(curl, CURLINFO_NUM_CONNECTS, &connects);
    response.reusedConnection = connects == 0;
    response.redirects = static_cast<int>(redirects);
    response.elapsed = elapsed;
    response.bytes = transfer.body.size();
    response.headers = std::move(transfer.headers);
    response.body = std::move(transfer.body);

    if (response.status >= 400 && request.errorPolicy == HttpErrorPolicy::FailOnErrorStatus) {
        std::string message = cat(url, ": HTTP ", response.status);
        if (!transfer.reason.empty())
            message += cat(" ", transfer.reason);
        if (!response.body.empty())
            message += cat(": ", scrubSecrets(bodyExcerpt(response.body), secrets));
        return std::unexpected(
            httpError(HttpFailure::HttpStatus, std::move(message), response.status));
    }
    if (request.requireText == BodyText::Utf8) {
        if (const auto bad = firstInvalidUtf8(response.body)) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02X",
                          static_cast<unsigned char>(response.body[*bad]));
            return std::unexpected(httpError(
                HttpFailure::InvalidText,
                cat(url, ": the response is not valid UTF-8: byte ", hex, " at offset ", *bad),
                response.status));
        }
    }
    return response;
}

} // namespace headroom
