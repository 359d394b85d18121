#pragma once
// The request bytes of the load generator's fast path: one HTTP/1.1 request built once per URL and
// written as is on a keep-alive connection that libcurl only opened (CURLOPT_CONNECT_ONLY).
// parseTarget() splits a URL with libcurl's URL API (the same parser libcurl connects with), so
// the Host line and the connection always agree.
//
// Invariants: a ParsedTarget's scheme is "http" or "https", its host is non-empty ASCII (IPv6
// literals without brackets, IDNs as punycode) and its pathAndQuery starts with '/'. A built
// request holds no CR or LF except as line ends: names, values, method and path are checked, so a
// scenario cannot smuggle a second request into the first.

#include "model/Error.h"
#include "model/Strain.h"

#include <string>
#include <string_view>
#include <vector>

namespace headroom::load {

struct ParsedTarget {
    std::string scheme;       // "http" or "https"
    std::string host;         // "example.com", "127.0.0.1", "::1" (no brackets)
    int port = 0;             // explicit or the scheme's default
    std::string pathAndQuery; // "/api/items?page=2", never empty, fragment dropped

    friend bool operator==(const ParsedTarget&, const ParsedTarget&) = default;
};

// Refuses what the fast path cannot send: other schemes, relative URLs, user info (credentials
// would need an Authorization header the builder does not make), malformed URLs. Messages name
// the URL redacted.
Result<ParsedTarget> parseTarget(const std::string& url);

// The exact request: request line, Host (with the port unless it is the scheme's default, IPv6
// bracketed), User-Agent (none when empty), Accept: */*, the caller's headers in order,
// Content-Length when there is a body or the method is POST, PUT or PATCH, then the body. Never
// Expect. A caller header replaces the default of the same name (ignoring case) in the default's
// place; a caller header with an empty value removes that default and is not sent, as with
// libcurl (so a scenario means the same on both paths). Refused: a method that is not a token,
// header names that are not tokens, values or a path with CR, LF or NUL, and caller
// Content-Length or Transfer-Encoding headers (the framing is the builder's).
Result<std::string> buildHttp1Request(std::string_view method, const ParsedTarget& target,
                                      const std::vector<HttpHeader>& headers, std::string_view body,
                                      std::string_view userAgent);

} // namespace headroom::load
