#pragma once
// A tiny blocking HTTP/1.0 GET over POSIX sockets for integration tests that must not depend on
// core/net (the client under test elsewhere): http://127.0.0.1:PORT/path?query only, no TLS, no
// redirects, no chunked encoding (HTTP/1.0 servers close the connection to end the body).

#include <chrono>
#include <string>
#include <string_view>

namespace headroom::test {

struct PlainHttpResponse {
    long status = 0; // 0 when the request failed; `error` says why
    std::string body;
    std::string error;
};

// GETs `url` ("http://host:port/target"; host must be an IPv4 literal) within `timeout`.
PlainHttpResponse plainHttpGet(std::string_view url,
                               std::chrono::milliseconds timeout = std::chrono::seconds(10));

} // namespace headroom::test
