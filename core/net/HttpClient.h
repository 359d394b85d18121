#pragma once
// HttpClient: the one libcurl wrapper of the product. Every source (exposition scrape, Prometheus
// API, JSON endpoint) and the load generator fetch through it, so limits, TLS, auth and error
// wording are decided once (see HttpTypes.h for the request/response/error types).
//
// Invariants and threading:
// - One client per thread: it owns one CURL easy handle, reused across perform() calls so that
//   keep-alive connections, the DNS cache and TLS sessions carry over. Move-only.
// - libcurl's global state is initialised once per process, thread-safely (std::call_once) before
//   the first handle is made; it is never cleaned up (process lifetime), so clients can be created
//   and destroyed on any thread at any time.
// - CURLOPT_NOSIGNAL is set: no SIGALRM tricks, safe in a multi-threaded engine.
// - Only http and https are spoken, also on redirects.
// - perform() never throws; it returns the response or an HttpError whose message names the
//   redacted URL and the kind of failure.

#include "net/HttpTypes.h"

#include <memory>
#include <string_view>

namespace headroom {

// Initialises libcurl's global state once per process (thread-safe); every handle's maker calls
// it first.
void ensureCurlGlobalInit();

// "Headroom/<version>", sent as User-Agent.
std::string_view httpUserAgent();

class HttpClient {
public:
    HttpClient();
    ~HttpClient();
    HttpClient(HttpClient&& other) noexcept;
    HttpClient& operator=(HttpClient&& other) noexcept;
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    // Runs one transfer to completion (or failure). Blocks the calling thread for at most about
    // request.totalTimeout; the request's cancel hooks abort it sooner.
    HttpResult<HttpResponse> perform(const HttpRequest& request);

private:
    struct HandleDeleter {
        void operator()(void* handle) const noexcept;
    };
    std::unique_ptr<void, HandleDeleter> m_handle; // CURL* (CURL is void in curl.h)
};

} // namespace headroom
