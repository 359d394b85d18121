#pragma once
// Sending one notification once: a JSON POST to a webhook (through the product's HttpClient) or
// an e-mail through SMTP (libcurl's smtp:// / smtps://, STARTTLS on request), and the pure retry
// policy that decides whether and when to try again. Nothing here touches the store: the engine
// records each attempt's outcome (core/store, notification_deliveries).
//
// Retries: a network failure, a timeout, HTTP 408, 429 and 5xx are retryable; any other HTTP
// status >= 400, a bad configuration or a missing secret fails at once. A Retry-After header
// (seconds or an HTTP date) replaces the backoff, capped at the policy's maximum delay.

#include "model/AlertRules.h"
#include "model/Error.h"
#include "model/Time.h"

#include <chrono>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace headroom {

class HttpClient;

enum class AttemptResult { Sent, RetryableFailure, PermanentFailure };

struct AttemptOutcome {
    AttemptResult result = AttemptResult::PermanentFailure;
    std::string error; // names the channel's (redacted) URL and what went wrong
    std::optional<std::chrono::seconds> retryAfter;
    long httpStatus = 0;
};

// When to attempt again after `attemptsMade` attempts (>= 1), the last of which failed with
// `outcome`; nullopt: give up (permanent failure or no attempts left).
std::optional<Timestamp> nextAttemptAt(const DeliveryPolicy& policy, int attemptsMade,
                                       Timestamp now, const AttemptOutcome& outcome);

// A Retry-After value: delay-seconds or an IMF-fixdate ("Wed, 21 Oct 2026 07:28:00 GMT").
std::optional<std::chrono::seconds> parseRetryAfter(std::string_view value, Timestamp now);

// Channel configurations (model/AlertState.h's NotificationChannel::configJson).
struct WebhookConfig {
    std::string url; // may hold "{token}", replaced by the channel's secret when sending
};
struct EmailConfig {
    std::string url; // smtp://host:port or smtps://host:port
    std::string from;
    std::vector<std::string> to;
    bool starttls = false; // require STARTTLS on smtp://
    std::string user;      // empty: no authentication
};

// Parse and check: errors name the channel and the field ("channel 'ops': url: must start
// with http:// or https://").
Result<WebhookConfig> webhookConfigFromJson(std::string_view channel, std::string_view json);
Result<EmailConfig> emailConfigFromJson(std::string_view channel, std::string_view json);
std::string webhookConfigToJson(const WebhookConfig& config);
std::string emailConfigToJson(const EmailConfig& config);

// The URL with "{token}" replaced; an error when the URL needs a secret that is missing.
Result<std::string> webhookUrlWithSecret(std::string_view channel, const WebhookConfig& config,
                                         const std::optional<std::string>& secret);

struct SendOptions {
    std::chrono::seconds timeout{10};
    std::stop_token stop; // aborts a transfer in flight (engine shutdown)
};

// Messages name the configured URL (with "{token}", never the secret) after redactUrl().
AttemptOutcome postWebhook(HttpClient& client, std::string_view channel,
                           const WebhookConfig& config, const std::optional<std::string>& secret,
                           const std::string& body, const SendOptions& options);

// `message` is a complete RFC 5322 message (NotifyMessages.h's rfc5322Message).
AttemptOutcome sendEmail(std::string_view channel, const EmailConfig& config,
                         const std::optional<std::string>& password, const std::string& message,
                         const SendOptions& options);

} // namespace headroom
