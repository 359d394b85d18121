#include "net/Http1Request.h"

#include "net/UrlRedaction.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <optional>

#include <curl/curl.h>

namespace headroom::load {

namespace {

struct UrlFree {
    void operator()(CURLU* url) const noexcept { curl_url_cleanup(url); }
};
struct CurlStringFree {
    void operator()(char* text) const noexcept { curl_free(text); }
};

// One part of a parsed URL; nullopt when the URL has none (or libcurl refuses to give it).
std::optional<std::string> urlPart(CURLU* url, CURLUPart part, unsigned flags) {
    char* raw = nullptr;
    if (curl_url_get(url, part, &raw, flags) != CURLUE_OK || raw == nullptr) {
        return std::nullopt;
    }
    const std::unique_ptr<char, CurlStringFree> owned(raw);
    return std::string(raw);
}

char lower(char c) {
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                              [](char x, char y) { return lower(x) == lower(y); });
}

bool isTokenChar(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        return true;
    }
    return c != '\0' && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

bool isToken(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

bool hasLineBreakOrNul(std::string_view text) {
    return text.find_first_of(std::string_view("\r\n\0", 3)) != std::string_view::npos;
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

int defaultPort(std::string_view scheme) {
    return scheme == "https" ? 443 : 80;
}

void appendField(std::string& out, std::string_view name, std::string_view value) {
    out.append(name);
    out.append(": ");
    out.append(value);
    out.append("\r\n");
}

} // namespace

Result<ParsedTarget> parseTarget(const std::string& url) {
    const std::unique_ptr<CURLU, UrlFree> handle(curl_url());
    if (!handle) {
        return fail(ErrorCode::InvalidArgument, "out of memory parsing a URL");
    }
    const CURLUcode code = curl_url_set(handle.get(), CURLUPART_URL, url.c_str(), 0);
    if (code != CURLUE_OK) {
        return fail(ErrorCode::InvalidArgument,
                    "not a valid absolute http(s) URL: " + redactUrl(url) + " (" +
                        curl_url_strerror(code) + ")");
    }
    ParsedTarget target;
    target.scheme = urlPart(handle.get(), CURLUPART_SCHEME, 0).value_or("");
    std::ranges::transform(target.scheme, target.scheme.begin(), lower);
    if (target.scheme != "http" && target.scheme != "https") {
        return fail(ErrorCode::InvalidArgument,
                    "only http and https URLs can be sent: " + redactUrl(url));
    }
    if (urlPart(handle.get(), CURLUPART_USER, 0) || urlPart(handle.get(), CURLUPART_PASSWORD, 0)) {
        return fail(ErrorCode::InvalidArgument,
                    "a URL with credentials cannot use the HTTP/1.1 fast path: " + redactUrl(url));
    }
#ifdef CURLU_PUNYCODE
    constexpr unsigned kHostFlags = CURLU_PUNYCODE; // the Host line must be ASCII
#else
    constexpr unsigned kHostFlags = 0;
#endif
    std::string host = urlPart(handle.get(), CURLUPART_HOST, kHostFlags).value_or("");
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
        host = host.substr(1, host.size() - 2);
    }
    const bool ascii = std::ranges::all_of(
        host, [](char c) { return static_cast<unsigned char>(c) > 0x20 && c != 0x7f; });
    if (host.empty() || !ascii) {
        return fail(ErrorCode::InvalidArgument, "a URL needs an ASCII host: " + redactUrl(url));
    }
    target.host = std::move(host);
    const std::string port = urlPart(handle.get(), CURLUPART_PORT, CURLU_DEFAULT_PORT).value_or("");
    target.port = port.empty() ? defaultPort(target.scheme) : std::stoi(port);
    target.pathAndQuery = urlPart(handle.get(), CURLUPART_PATH, 0).value_or("/");
    if (target.pathAndQuery.empty()) {
        target.pathAndQuery = "/";
    }
    if (const auto query = urlPart(handle.get(), CURLUPART_QUERY, 0)) {
        target.pathAndQuery += '?';
        target.pathAndQuery += *query;
    }
    return target;
}

Result<std::string> buildHttp1Request(std::string_view method, const ParsedTarget& target,
                                      const std::vector<HttpHeader>& headers, std::string_view body,
                                      std::string_view userAgent) {
    if (!isToken(method)) {
        // Not echoed: it may hold the very line breaks that make it dangerous.
        return fail(ErrorCode::InvalidArgument, "the HTTP method is not a token");
    }
    const auto badTargetChar = [](char c) {
        return static_cast<unsigned char>(c) <= 0x20 || c == 0x7f;
    };
    if (target.pathAndQuery.empty() || target.pathAndQuery.front() != '/' ||
        std::ranges::any_of(target.pathAndQuery, badTargetChar) || target.host.empty() ||
        std::ranges::any_of(target.host, badTargetChar)) {
        return fail(ErrorCode::InvalidArgument,
                    "the request's host or path is empty, holds a space or control character, "
                    "or the path does not start with '/'");
    }
    if (hasLineBreakOrNul(userAgent)) {
        return fail(ErrorCode::InvalidArgument, "the User-Agent holds a line break");
    }
    for (std::size_t i = 0; i < headers.size(); ++i) {
        const HttpHeader& header = headers[i];
        if (!isToken(header.name)) {
            return fail(ErrorCode::InvalidArgument,
                        "the name of request header " + std::to_string(i + 1) + " is not a token");
        }
        if (hasLineBreakOrNul(header.value)) {
            return fail(ErrorCode::InvalidArgument,
                        "request header " + header.name + " holds a line break");
        }
        if (equalsIgnoringCase(header.name, "content-length") ||
            equalsIgnoringCase(header.name, "transfer-encoding")) {
            return fail(ErrorCode::InvalidArgument,
                        "request header " + header.name + " is set by the generator itself");
        }
    }

    std::string hostValue;
    const bool ipv6 = target.host.find(':') != std::string::npos;
    hostValue.reserve(target.host.size() + 8);
    hostValue.append(ipv6 ? "[" : "").append(target.host).append(ipv6 ? "]" : "");
    if (target.port != defaultPort(target.scheme)) {
        hostValue.append(":").append(std::to_string(target.port));
    }
    const std::array<HttpHeader, 3> defaults{{
        {"Host", std::move(hostValue)},
        {"User-Agent", std::string(userAgent)},
        {"Accept", "*/*"},
    }};
    const bool sendLength =
        !body.empty() || method == "POST" || method == "PUT" || method == "PATCH";
    std::string out;
    out.reserve(64 + target.pathAndQuery.size() + body.size() + 32 * (headers.size() + 4));
    out.append(method).append(" ").append(target.pathAndQuery).append(" HTTP/1.1\r\n");
    for (const HttpHeader& field : defaults) {
        bool replaced = false;
        for (const HttpHeader& own : headers) {
            if (equalsIgnoringCase(own.name, field.name)) {
                replaced = true;
                if (!trimmed(own.value).empty()) {
                    appendField(out, own.name, own.value);
                }
            }
        }
        if (!replaced && !field.value.empty()) {
            appendField(out, field.name, field.value);
        }
    }
    for (const HttpHeader& header : headers) {
        const bool isDefault = std::ranges::any_of(defaults, [&header](const HttpHeader& d) {
            return equalsIgnoringCase(d.name, header.name);
        });
        if (!isDefault && !trimmed(header.value).empty()) {
            appendField(out, header.name, header.value);
        }
    }
    if (sendLength) {
        appendField(out, "Content-Length", std::to_string(body.size()));
    }
    out.append("\r\n");
    out.append(body);
    return out;
}

} // namespace headroom::load
