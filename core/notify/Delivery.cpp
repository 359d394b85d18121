#include "notify/Delivery.h"

#include "model/Text.h"
#include "net/HttpClient.h"
#include "net/UrlRedaction.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <iterator>

#include <nlohmann/json.hpp>

namespace headroom {

namespace {

bool startsWithNoCase(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() &&
           std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) ==
                      std::tolower(static_cast<unsigned char>(b));
           });
}

Result<nlohmann::json> parseObject(std::string_view channel, std::string_view json) {
    auto value = nlohmann::json::parse(json, nullptr, false);
    if (value.is_discarded() || !value.is_object()) {
        return fail(ErrorCode::InvalidArgument,
                    cat("channel '", channel, "': the configuration is not a JSON object"));
    }
    return value;
}

Result<std::string> stringField(std::string_view channel, const nlohmann::json& j,
                                std::string_view key, bool required) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) {
        if (required) {
            return fail(ErrorCode::InvalidArgument,
                        cat("channel '", channel, "': ", key, ": missing"));
        }
        return std::string{};
    }
    if (!it->is_string()) {
        return fail(ErrorCode::InvalidArgument,
                    cat("channel '", channel, "': ", key, ": expected a string"));
    }
    return it->get<std::string>();
}

bool plausibleAddress(std::string_view a) {
    const auto at = a.find('@');
    return at != std::string_view::npos && at > 0 && at + 1 < a.size() &&
           a.find_first_of(" \t\r\n<>,") == std::string_view::npos;
}

} // namespace

std::optional<Timestamp> nextAttemptAt(const DeliveryPolicy& policy, int attemptsMade,
                                       Timestamp now, const AttemptOutcome& outcome) {
    if (outcome.result != AttemptResult::RetryableFailure || attemptsMade >= policy.maxAttempts) {
        return std::nullopt;
    }
    std::chrono::seconds delay = policy.baseDelay;
    for (int i = 1; i < attemptsMade && delay < policy.maxDelay; ++i) {
        delay *= 2;
    }
    if (outcome.retryAfter) {
        delay = std::max(*outcome.retryAfter, std::chrono::seconds{0});
    }
    return now + std::min(delay, policy.maxDelay);
}

std::optional<std::chrono::seconds> parseRetryAfter(std::string_view value, Timestamp now) {
    while (!value.empty() && std::isspace(static_cast<unsigned char>(value.front()))) {
        value.remove_prefix(1);
    }
    while (!value.empty() && std::isspace(static_cast<unsigned char>(value.back()))) {
        value.remove_suffix(1);
    }
    long long seconds = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
    if (ec == std::errc{} && end == value.data() + value.size()) {
        return seconds < 0 ? std::nullopt : std::optional(std::chrono::seconds{seconds});
    }
    // IMF-fixdate: "Wed, 21 Oct 2026 07:28:00 GMT".
    static constexpr std::string_view kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char weekday[4] = {};
    char month[4] = {};
    char zone[4] = {};
    int day = 0;
    int year = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    const std::string text(value);
    if (std::sscanf(text.c_str(), "%3s, %d %3s %d %d:%d:%d %3s", weekday, &day, month, &year, &hour,
                    &minute, &second, zone) != 8 ||
        std::string_view(zone) != "GMT") {
        return std::nullopt;
    }
    const auto m = std::ranges::find(kMonths, std::string_view(month));
    if (m == std::end(kMonths)) {
        return std::nullopt;
    }
    const std::chrono::year_month_day ymd{
        std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(m - kMonths) + 1},
        std::chrono::day{static_cast<unsigned>(day)}};
    if (!ymd.ok() || hour > 23 || minute > 59 || second > 60) {
        return std::nullopt;
    }
    const Timestamp when = std::chrono::sys_days{ymd} + std::chrono::hours{hour} +
                           std::chrono::minutes{minute} + std::chrono::seconds{second};
    return std::max(std::chrono::seconds{0}, when - now);
}

Result<WebhookConfig> webhookConfigFromJson(std::string_view channel, std::string_view json) {
    auto j = parseObject(channel, json);
    if (!j) {
        return std::unexpected(j.error());
    }
    auto url = stringField(channel, *j, "url", true);
    if (!url) {
        return std::unexpected(url.error());
    }
    if (!startsWithNoCase(*url, "http://") && !startsWithNoCase(*url, "https://")) {
        return fail(ErrorCode::InvalidArgument,
                    cat("channel '", channel, "': url: must start with http:// or https://"));
    }
    return WebhookConfig{*url};
}

Result<EmailConfig> emailConfigFromJson(std::string_view channel, std::string_view json) {
    auto j = parseObject(channel, json);
    if (!j) {
        return std::unexpected(j.error());
    }
    EmailConfig c;
    for (auto [key, field, required] :
         {std::tuple{"url", &c.url, true}, {"from", &c.from, true}, {"user", &c.user, false}}) {
        auto v = stringField(channel, *j, key, required);
        if (!v) {
            return std::unexpected(v.error());
        }
        *field = *v;
    }
    if (!startsWithNoCase(c.url, "smtp://") && !startsWithNoCase(c.url, "smtps://")) {
        return fail(ErrorCode::InvalidArgument,
                    cat("channel '", channel, "': url: must start with smtp:// or smtps://"));
    }
    if (!plausibleAddress(c.from)) {
        return fail(ErrorCode::InvalidArgument,
                    cat("channel '", channel, "': from: '", c.from, "' is not an e-mail address"));
    }
    auto to = j->find("to");
    if (to == j->end() || !to->is_array() || to->empty()) {
        return fail(ErrorCode::InvalidArgument,
                    cat("channel '", channel, "': to: expected a list of at least one address"));
    }
    for (const auto& a : *to) {
        if (!a.is_string() || !plausibleAddress(a.get<std::string>())) {
            return fail(ErrorCode::InvalidArgument,
                        cat("channel '", channel, "': to: '",
                            a.is_string() ? a.get<std::string>() : a.dump(),
                            "' is not an e-mail address"));
        }
        c.to.push_back(a.get<std::string>());
    }
    if (auto s = j->find("starttls"); s != j->end()) {
        if (!s->is_boolean()) {
            return fail(ErrorCode::InvalidArgument,
                        cat("channel '", channel, "': starttls: expected true or false"));
        }
        c.starttls = s->get<bool>();
    }
    return c;
}

std::string webhookConfigToJson(const WebhookConfig& c) {
    return nlohmann::json{{"url", c.url}}.dump();
}

std::string emailConfigToJson(const EmailConfig& c) {
    return nlohmann::json{
        {"url", c.url}, {"from", c.from}, {"to", c.to}, {"starttls", c.starttls}, {"user", c.user}}
        .dump();
}

Result<std::string> webhookUrlWithSecret(std::string_view channel, const WebhookConfig& config,
                                         const std::optional<std::string>& secret) {
    constexpr std::string_view kToken = "{token}";
    const auto at = config.url.find(kToken);
    if (at == std::string::npos) {
        return config.url;
    }
    if (!secret || secret->empty()) {
        return fail(
            ErrorCode::InvalidArgument,
            cat("channel '", channel, "': the URL needs its token, which was not provided"));
    }
    std::string url = config.url;
    url.replace(at, kToken.size(), *secret);
    return url;
}

AttemptOutcome postWebhook(HttpClient& client, std::string_view channel,
                           const WebhookConfig& config, const std::optional<std::string>& secret,
                           const std::string& body, const SendOptions& options) {
    AttemptOutcome out;
    auto url = webhookUrlWithSecret(channel, config, secret);
    if (!url) {
        out.error = url.error().message;
        return out;
    }
    const std::string redactedUrl = redactUrl(config.url);
    HttpRequest request;
    request.url = *url;
    request.method = "POST";
    request.body = body;
    request.headers = {{"Content-Type", "application/json"}};
    request.totalTimeout = options.timeout;
    request.connectTimeout =
        std::min<std::chrono::milliseconds>(options.timeout, std::chrono::seconds{5});
    request.maxRedirects = 0; // a POST is not replayed to wherever a redirect points
    request.maxResponseBytes = 64 * 1024;
    request.errorPolicy = HttpErrorPolicy::ReturnErrorStatus;
    request.stopToken = options.stop;
    auto response = client.perform(request);
    if (!response) {
        // The client's message names the URL it was given, which may hold the token.
        std::string message = response.error().message;
        if (secret && !secret->empty()) {
            const std::string_view secrets[] = {*secret};
            message = scrubSecrets(message, secrets);
        }
        out.result = response.error().failure == HttpFailure::InvalidRequest ||
                             response.error().failure == HttpFailure::UnsupportedProtocol
                         ? AttemptResult::PermanentFailure
                         : AttemptResult::RetryableFailure;
        out.error = cat("channel '", channel, "': ", message);
        return out;
    }
    out.httpStatus = response->status;
    if (response->status >= 200 && response->status < 300) {
        out.result = AttemptResult::Sent;
        return out;
    }
    const long s = response->status;
    const bool retryable = s == 408 || s == 429 || s >= 500;
    out.result = retryable ? AttemptResult::RetryableFailure : AttemptResult::PermanentFailure;
    out.error = cat("channel '", channel, "': ", redactedUrl, " answered HTTP ", s);
    for (const auto& [name, value] : response->headers) {
        if (startsWithNoCase(name, "retry-after") && name.size() == 11) {
            out.retryAfter = parseRetryAfter(value, systemClock()());
        }
    }
    return out;
}

} // namespace headroom
