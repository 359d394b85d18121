// `headroom alerts` (alert rules and their states, firing first) and `headroom notify-test`
// (one test notification through a configured channel, outcome printed and logged).
#include "AppPaths.h"
#include "cli/CommandSupport.h"
#include "cli/SubCommand.h"
#include "model/Text.h"
#include "net/HttpClient.h"
#include "notify/Delivery.h"
#include "notify/NotifyMessages.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ostream>

#include <nlohmann/json.hpp>

namespace headroom::cli {

namespace {

const std::vector<OptionSpec> kAlertsOptions =
    withCommon({{"json", false, "", "print JSON instead of a table"}});
const std::vector<OptionSpec> kNotifyTestOptions =
    withCommon({{"channel", true, "NAME", "the notification channel to test"}});

int phaseRank(AlertPhase p) {
    return p == AlertPhase::Firing     ? 0
           : p == AlertPhase::Pending  ? 1
           : p == AlertPhase::Resolved ? 2
                                       : 3;
}

std::string value(const std::optional<double>& v) {
    if (!v) {
        return "-";
    }
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4g", *v);
    return buffer;
}

std::string padded(std::string text, std::size_t width) {
    if (text.size() < width) {
        text.resize(width, ' ');
    }
    return text + ' ';
}

nlohmann::json time(const std::optional<Timestamp>& t) {
    return t ? nlohmann::json(formatIso(*t)) : nlohmann::json(nullptr);
}

struct Row {
    AlertState state;
    std::string name;
    bool evaluated = false;
};

std::vector<Row> rowsFor(const Catalog& catalog, const std::vector<AlertState>& states) {
    std::vector<Row> rows;
    for (const auto& rule : catalog.alerts.rules) {
        Row r{AlertState{}, rule.name, false};
        r.state.ruleId = rule.id;
        rows.push_back(r);
    }
    for (const auto& pair : catalog.alerts.burnRate.pairs) {
        Row r{AlertState{}, cat("Error budget burn (", pair.id, ")"), false};
        r.state.ruleId = cat("burn_rate:", pair.id);
        rows.push_back(r);
    }
    for (const auto& s : states) {
        auto it =
            std::ranges::find_if(rows, [&](const Row& r) { return r.state.ruleId == s.ruleId; });
        if (it == rows.end()) {
            rows.push_back({s, s.ruleId, true}); // a rule no longer in the catalog
        } else {
            it->state = s;
            it->evaluated = true;
        }
    }
    std::ranges::stable_sort(rows, [](const Row& a, const Row& b) {
        if (phaseRank(a.state.phase) != phaseRank(b.state.phase)) {
            return phaseRank(a.state.phase) < phaseRank(b.state.phase);
        }
        return a.state.severity > b.state.severity;
    });
    return rows;
}

int runAlerts(const std::vector<std::string>& rest, std::ostream& out, std::ostream& err) {
    auto args = parseArgs(rest, kAlertsOptions);
    if (!args) {
        return reportError(err, "alerts", args.error(), kExitUsage);
    }
    auto opened = openWorkspace(*args, "alerts", err);
    if (!opened) {
        return opened.error();
    }
    auto& catalog = opened->catalog;
    auto& store = opened->store;
    const auto* ws = &opened->workspace;
    auto states = store->alertStates(ws->id);
    auto channels = store->notificationChannels();
    auto deliveries = store->deliveries(20);
    if (!states || !channels || !deliveries) {
        const Error e = !states     ? states.error()
                        : !channels ? channels.error()
                                    : deliveries.error();
        return reportError(err, "alerts", e, kExitStorage);
    }
    const auto rows = rowsFor(catalog, *states);
    if (args->flag("json")) {
        nlohmann::json j;
        j["workspace"] = ws->name;
        j["demo"] = ws->kind == WorkspaceKind::Demo;
        j["alerts"] = nlohmann::json::array();
        for (const auto& r : rows) {
            const auto& s = r.state;
            j["alerts"].push_back(
                {{"rule", s.ruleId},
                 {"name", r.name},
                 {"evaluated", r.evaluated},
                 {"phase", keyOf(s.phase)},
                 {"severity", r.evaluated && s.phase != AlertPhase::Normal
                                  ? nlohmann::json(keyOf(s.severity))
                                  : nlohmann::json(nullptr)},
                 {"value", s.value ? nlohmann::json(*s.value) : nullptr},
                 {"threshold", s.threshold ? nlohmann::json(*s.threshold) : nullptr},
                 {"data_missing", s.dataMissing},
                 {"pending_since", time(s.pendingSince)},
                 {"firing_since", time(s.firingSince)},
                 {"resolved_at", time(s.resolvedAt)},
                 {"evaluated_at", time(s.evaluatedAt)}});
        }
        j["channels"] = nlohmann::json::array();
        for (const auto& c : *channels) {
            j["channels"].push_back({{"name", c.name},
                                     {"kind", keyOf(c.kind)},
                                     {"purpose", keyOf(c.purpose)},
                                     {"enabled", c.enabled}});
        }
        j["deliveries"] = nlohmann::json::array();
        for (const auto& d : *deliveries) {
            j["deliveries"].push_back({{"id", d.id},
                                       {"channel", d.channel},
                                       {"summary", d.summary},
                                       {"state", keyOf(d.state)},
                                       {"attempts", d.attempts},
                                       {"last_error", d.lastError},
                                       {"created_at", formatIso(d.createdAt)}});
        }
        out << j.dump(2) << "\n";
        return kExitOk;
    }
    out << "Alerts for workspace '" << ws->name << "'"
        << (ws->kind == WorkspaceKind::Demo ? " [Demo data]" : "") << "\n";
    for (const auto& r : rows) {
        const auto& s = r.state;
        std::string phase = r.evaluated ? std::string(keyOf(s.phase)) : "not evaluated";
        std::string line =
            "  " + padded(phase, 13) +
            padded(s.phase == AlertPhase::Normal ? std::string() : std::string(keyOf(s.severity)),
                   9) +
            padded(r.name, 44) + (r.evaluated ? "value " + value(s.value) : std::string());
        if (s.threshold && (s.phase == AlertPhase::Firing || s.phase == AlertPhase::Pending)) {
            line += " (threshold " + value(s.threshold) + ")";
        }
        if (s.phase == AlertPhase::Firing && s.firingSince) {
            line += " since " + formatIso(*s.firingSince);
        } else if (s.phase == AlertPhase::Pending && s.pendingSince) {
            line += " pending since " + formatIso(*s.pendingSince);
        }
        if (s.dataMissing) {
            line += " [data missing at the last evaluation]";
        }
        out << line << "\n";
    }
    out << "Channels: " << (channels->empty() ? "none configured" : "") << "\n";
    for (const auto& c : *channels) {
        out << "  " << c.name << " (" << keyOf(c.kind) << ", " << keyOf(c.purpose)
            << (c.enabled ? "" : ", disabled") << ")\n";
    }
    return kExitOk;
}

int runNotifyTest(const std::vector<std::string>& rest, std::ostream& out, std::ostream& err) {
    auto args = parseArgs(rest, kNotifyTestOptions);
    if (!args) {
        return reportError(err, "notify-test", args.error(), kExitUsage);
    }
    const auto channelName = args->value("channel");
    if (!channelName) {
        return reportError(err, "notify-test",
                           Error{ErrorCode::InvalidArgument, "--channel NAME is required"},
                           kExitUsage);
    }
    auto opened = openWorkspace(*args, "notify-test", err);
    if (!opened) {
        return opened.error();
    }
    auto& catalog = opened->catalog;
    auto& store = opened->store;
    const auto* ws = &opened->workspace;
    auto channels = store->notificationChannels();
    if (!channels) {
        return reportError(err, "notify-test", channels.error(), kExitStorage);
    }
    const auto channel = std::ranges::find(*channels, *channelName, &NotificationChannel::name);
    if (channel == channels->end()) {
        std::string known;
        for (const auto& c : *channels) {
            known += (known.empty() ? "" : ", ") + c.name;
        }
        return reportError(
            err, "notify-test",
            Error{ErrorCode::NotFound, cat("no notification channel named '", *channelName,
                                           "' (configured: ", known.empty() ? "none" : known, ")")},
            kExitBadInput);
    }
    std::optional<std::string> secret;
    if (const char* s = std::getenv("HEADROOM_NOTIFY_SECRET"); s != nullptr && *s != '\0') {
        secret = s;
    }
    const Timestamp now = systemClock()();
    AlertNotice notice;
    notice.kind = AlertNoticeKind::Test;
    notice.workspace = ws->name;
    notice.demo = ws->kind == WorkspaceKind::Demo;
    notice.ruleId = "test";
    notice.severity = AlertSeverity::Info;
    notice.at = now;
    std::string payload;
    AttemptOutcome outcome;
    SendOptions options{catalog.alerts.routing.delivery.timeout, {}};
    if (channel->kind == NotificationKind::Email) {
        auto config = emailConfigFromJson(channel->name, channel->configJson);
        if (!config) {
            return reportError(err, "notify-test", config.error(), kExitBadInput);
        }
        const auto mail = alertEmail(notice);
        payload = nlohmann::json{{"subject", mail.subject}, {"text", mail.text}}.dump();
        outcome = sendEmail(channel->name, *config, secret,
                            rfc5322Message({config->from, config->to}, mail, now,
                                           cat("headroom.cli.", now.time_since_epoch().count())),
                            options);
    } else {
        auto config = webhookConfigFromJson(channel->name, channel->configJson);
        if (!config) {
            return reportError(err, "notify-test", config.error(), kExitBadInput);
        }
        if (channel->purpose == NotificationPurpose::Decisions) {
            DecisionNotice d;
            d.workspace = ws->name;
            d.demo = notice.demo;
            d.decision.recommendationType = "test";
            d.decision.reason = "test notification";
            d.decision.actor = "cli";
            d.decision.decidedAt = now;
            payload = decisionWebhookBody(d);
        } else {
            payload = channel->kind == NotificationKind::Slack ? slackAlertBody(notice)
                                                               : jsonAlertBody(notice);
        }
        HttpClient client;
        outcome = postWebhook(client, channel->name, *config, secret, payload, options);
    }
    // Logged like any delivery, with one attempt: the founder sees the test in the history.
    Delivery d;
    d.workspaceId = ws->id;
    d.channel = channel->name;
    d.summary = "test notification (cli)";
    d.payload = payload;
    d.maxAttempts = 1;
    d.createdAt = now;
    if (auto queued = store->enqueueDelivery(d)) {
        (void)store->recordDeliveryAttempt(
            {queued->id, now, outcome.result == AttemptResult::Sent, outcome.error, std::nullopt});
    }
    if (outcome.result == AttemptResult::Sent) {
        out << "Sent a test notification through '" << channel->name << "' ("
            << keyOf(channel->kind) << ").\n";
        return kExitOk;
    }
    err << "headroom notify-test: " << outcome.error << "\n";
    return kExitFailure;
}

constexpr SubCommand kCommands[] = {
    {"alerts",
     "  alerts [--workspace NAME] [--json]\n"
     "              alert rules and their states (firing first), channels\n",
     runAlerts},
    {"notify-test",
     "  notify-test --channel NAME [--workspace NAME]\n"
     "              send one test notification through a channel and print the outcome\n"
     "              (a channel's secret is read from HEADROOM_NOTIFY_SECRET)\n",
     runNotifyTest},
};

} // namespace

std::span<const SubCommand> alertCommands() {
    return kCommands;
}

} // namespace headroom::cli
