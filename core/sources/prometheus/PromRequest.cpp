#include "sources/prometheus/PromRequest.h"

#include "model/Text.h"

#include <algorithm>

namespace headroom {

namespace {

bool isUnreserved(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

std::string unixSeconds(Timestamp t) {
    return std::to_string(t.time_since_epoch().count());
}

} // namespace

std::string urlEncode(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size() * 3);
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (isUnreserved(c)) {
            out.push_back(ch);
        } else {
            out.push_back('%');
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 0x0F]);
        }
    }
    return out;
}

Result<std::string> normalizePromBaseUrl(std::string_view baseUrl) {
    std::string_view url = baseUrl;
    while (!url.empty() && (url.front() == ' ' || url.front() == '\t'))
        url.remove_prefix(1);
    while (!url.empty() && (url.back() == ' ' || url.back() == '\t'))
        url.remove_suffix(1);
    std::size_t schemeEnd = 0;
    if (url.starts_with("http://"))
        schemeEnd = 7;
    else if (url.starts_with("https://"))
        schemeEnd = 8;
    else
        return fail(ErrorCode::InvalidArgument,
                    cat("Prometheus URL \"", baseUrl, "\" must start with http:// or https://"));
    if (url.find_first_of("?#") != std::string_view::npos)
        return fail(
            ErrorCode::InvalidArgument,
            cat("Prometheus URL \"", baseUrl, "\" must not carry a query string or fragment"));
    const std::size_t hostEnd = url.find('/', schemeEnd);
    const std::string_view host =
        url.substr(schemeEnd, hostEnd == std::string_view::npos ? std::string_view::npos
                                                                : hostEnd - schemeEnd);
    if (host.empty() || host.front() == ':')
        return fail(ErrorCode::InvalidArgument,
                    cat("Prometheus URL \"", baseUrl, "\" has no host"));
    // Strip trailing slashes, then a pasted "/api/v1", then the slashes before it.
    auto trimSlashes = [&] {
        while (url.size() > schemeEnd + host.size() && url.back() == '/')
            url.remove_suffix(1);
    };
    trimSlashes();
    if (url.ends_with("/api/v1") && url.size() > schemeEnd + host.size() + 6) {
        url.remove_suffix(7);
        trimSlashes();
    }
    return std::string(url);
}

Result<std::string> promInstantQueryUrl(std::string_view baseUrl, std::string_view promql,
                                        std::optional<Timestamp> time) {
    if (promql.empty())
        return fail(ErrorCode::InvalidArgument, "PromQL query is empty");
    auto base = normalizePromBaseUrl(baseUrl);
    if (!base)
        return base;
    std::string url = cat(*base, "/api/v1/query?query=", urlEncode(promql));
    if (time)
        url += cat("&time=", unixSeconds(*time));
    return url;
}

std::size_t promPointCount(Timestamp start, Timestamp end, std::chrono::seconds step) {
    if (end < start || step.count() <= 0)
        return 0;
    return static_cast<std::size_t>((end - start).count() / step.count()) + 1;
}

Result<std::string> promRangeQueryUrl(std::string_view baseUrl, const PromRangeQuery& query) {
    if (query.promql.empty())
        return fail(ErrorCode::InvalidArgument, "PromQL query is empty");
    if (query.end < query.start)
        return fail(ErrorCode::InvalidArgument,
                    cat("range query end ", formatIso(query.end), " is before its start ",
                        formatIso(query.start)));
    if (query.step.count() < 1)
        return fail(ErrorCode::InvalidArgument,
                    cat("range query step ", query.step.count(), " s is below 1 s"));
    const std::size_t points = promPointCount(query.start, query.end, query.step);
    if (points > kPromMaxPoints)
        return fail(ErrorCode::InvalidArgument,
                    cat("range query step ", query.step.count(), " s gives ", points,
                        " points, over Prometheus's limit of ", kPromMaxPoints));
    auto base = normalizePromBaseUrl(baseUrl);
    if (!base)
        return base;
    return cat(*base, "/api/v1/query_range?query=", urlEncode(query.promql),
               "&start=", unixSeconds(query.start), "&end=", unixSeconds(query.end),
               "&step=", query.step.count());
}

Result<std::chrono::seconds> chooseStep(Timestamp start, Timestamp end,
                                        std::chrono::seconds minStep, std::size_t maxPoints) {
    if (end < start)
        return fail(ErrorCode::InvalidArgument,
                    cat("range end ", formatIso(end), " is before its start ", formatIso(start)));
    if (maxPoints < 2)
        return fail(ErrorCode::InvalidArgument,
                    cat("a range needs at least 2 points, not ", maxPoints));
    const long long span = (end - start).count();
    // floor(span / step) + 1 <= maxPoints  <=>  span / step < maxPoints  <=>  step > span /
    // maxPoints: the smallest whole second above that is floor(span / maxPoints) + 1.
    long long step = span / static_cast<long long>(maxPoints) + 1;
    step = std::max({step, static_cast<long long>(minStep.count()), 1LL});
    return std::chrono::seconds{step};
}

} // namespace headroom
