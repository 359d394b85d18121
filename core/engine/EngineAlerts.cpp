// Engine: alert rules, burn rates and notifications (alerts stream).
//
// After each live snapshot is stored, every alert rule steps through its state machine
// (policy/AlertEvaluation.h); the new states and the AlertFired / AlertResolved events are stored
// together, and a rule that fired, escalated or resolved is routed by severity: the console
// (onAlertNotification), e-mail and webhook channels (a delivery each). Deliveries are rows of
// the store: the loop hands due ones to the notification worker (never blocking this thread on
// the network) and records each attempt's outcome, with backoff, until sent or failed.
#include "EngineImpl.h"
#include "model/EvaluationJson.h"
#include "model/Text.h"
#include "notify/Delivery.h"
#include "notify/NotificationWorker.h"
#include "notify/NotifyMessages.h"
#include "policy/AlertEvaluation.h"

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

namespace headroom {

namespace {

// Channel secrets live beside the sources' ones: provideSecret(kSecretScope, channel name).
constexpr std::string_view kSecretScope = "notifications";

Error notificationError(std::string message) {
    return Error{ErrorCode::InvalidArgument, std::move(message)};
}

Result<void> checkChannel(const NotificationChannel& c) {
    if (c.kind == NotificationKind::Email) {
        if (c.purpose == NotificationPurpose::Decisions) {
            return std::unexpected(notificationError(
                cat("channel '", c.name, "': the decision webhook must be a webhook, not e-mail")));
        }
        if (auto ok = emailConfigFromJson(c.name, c.configJson); !ok) {
            return std::unexpected(ok.error());
        }
        return {};
    }
    if (auto ok = webhookConfigFromJson(c.name, c.configJson); !ok) {
        return std::unexpected(ok.error());
    }
    return {};
}

std::string payloadFor(NotificationKind kind, const AlertNotice& notice) {
    switch (kind) {
    case NotificationKind::Email: {
        const auto mail = alertEmail(notice);
        return nlohmann::json{{"subject", mail.subject}, {"text", mail.text}}.dump(
            -1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    case NotificationKind::Slack:
        return slackAlertBody(notice);
    case NotificationKind::Json:
        return jsonAlertBody(notice);
    }
    return jsonAlertBody(notice);
}

std::string pairName(const std::string& ruleId) {
    return cat("Error budget burn (", ruleId.substr(ruleId.find(':') + 1), ")");
}

int phaseRank(AlertPhase p) {
    switch (p) {
    case AlertPhase::Firing:
        return 0;
    case AlertPhase::Pending:
        return 1;
    case AlertPhase::Resolved:
        return 2;
    case AlertPhase::Normal:
        return 3;
    }
    return 3;
}

} // namespace

// Members of a nested class may use Engine's private Impl; free functions may not.
struct Engine::Impl::AlertRuntime {
    std::unique_ptr<NotificationWorker> worker;
    std::set<RowId> inFlight;
    const Store* store = nullptr; // the store inFlight refers to (a restart opens another)
    std::optional<Timestamp> lastBurnEvaluation;

    static AlertRuntime& of(Impl& impl);
    static void record(Impl& impl, RowId id, const AttemptOutcome& outcome);
    static Result<Delivery> queue(Impl& impl, RowId workspaceId, const NotificationChannel& channel,
                                  std::string summary, std::string payload);
    static AlertsView view(Impl& impl, const Workspace& ws);
    static void route(Impl& impl, const Workspace& ws, const AlertNotification& n,
                      const std::vector<NotificationChannel>& channels);
};

Engine::Impl::AlertRuntime& Engine::Impl::AlertRuntime::of(Impl& impl) {
    if (!impl.alertRuntime) {
        impl.alertRuntime = std::make_shared<AlertRuntime>();
    }
    auto& rt = *impl.alertRuntime;
    if (rt.store != impl.store.get()) {
        // After a restart, attempts that were in flight at the stop are due again.
        rt.inFlight.clear();
        rt.store = impl.store.get();
    }
    if (!rt.worker) {
        rt.worker =
            std::make_unique<NotificationWorker>([&impl](RowId id, const AttemptOutcome& outcome) {
                impl.postInternal([&impl, id, outcome] { record(impl, id, outcome); });
            });
    }
    return rt;
}

void Engine::Impl::AlertRuntime::record(Impl& impl, RowId id, const AttemptOutcome& outcome) {
    // Recorded on the engine thread, which owns the store.
    if (!impl.store) {
        return;
    }
    auto& rt = *impl.alertRuntime;
    rt.inFlight.erase(id);
    auto current = impl.store->delivery(id);
    if (!current) {
        impl.notifyError(0, current.error());
        return;
    }
    const auto policy =
        impl.options.deliveryPolicy.value_or(impl.options.catalog.alerts.routing.delivery);
    const Timestamp now = impl.options.clock();
    Store::DeliveryAttempt attempt;
    attempt.deliveryId = id;
    attempt.at = now;
    attempt.succeeded = outcome.result == AttemptResult::Sent;
    attempt.error = outcome.error;
    DeliveryPolicy bounded = policy;
    bounded.maxAttempts = current->maxAttempts;
    attempt.retryAt = nextAttemptAt(bounded, current->attempts + 1, now, outcome);
    auto event = impl.store->recordDeliveryAttempt(attempt);
    if (!event) {
        impl.notifyError(0, event.error());
        return;
    }
    if (*event) {
        if (auto done = impl.store->delivery(id)) {
            impl.notify([&](EngineListener& l) { l.onDeliveryFinished(*done); });
        }
    }
}

Result<Delivery> Engine::Impl::AlertRuntime::queue(Impl& impl, RowId workspaceId,
                                                   const NotificationChannel& channel,
                                                   std::string summary, std::string payload) {
    const auto policy =
        impl.options.deliveryPolicy.value_or(impl.options.catalog.alerts.routing.delivery);
    Delivery d;
    d.workspaceId = workspaceId;
    d.channel = channel.name;
    d.summary = std::move(summary);
    d.payload = std::move(payload);
    d.maxAttempts = policy.maxAttempts;
    d.createdAt = impl.options.clock();
    return impl.store->enqueueDelivery(d);
}

AlertsView Engine::Impl::AlertRuntime::view(Impl& impl, const Workspace& ws) {
    AlertsView view;
    view.workspace = ws.name;
    view.demo = ws.kind == WorkspaceKind::Demo;
    if (auto states = impl.store->alertStates(ws.id)) {
        for (const auto& s : *states) {
            AlertStatus status{s, s.ruleId, s.ruleId.starts_with("burn_rate:")};
            if (status.burnRate) {
                status.name = pairName(s.ruleId);
            } else if (const auto* rule = impl.options.catalog.alerts.findRule(s.ruleId)) {
                status.name = rule->name;
            }
            view.alerts.push_back(std::move(status));
        }
    }
    std::ranges::stable_sort(view.alerts, [](const AlertStatus& a, const AlertStatus& b) {
        if (phaseRank(a.state.phase) != phaseRank(b.state.phase)) {
            return phaseRank(a.state.phase) < phaseRank(b.state.phase);
        }
        return a.state.severity > b.state.severity;
    });
    if (auto channels = impl.store->notificationChannels()) {
        view.channels = std::move(*channels);
    }
    if (auto deliveries = impl.store->deliveries(100)) {
        view.deliveries = std::move(*deliveries);
    }
    return view;
}

void Engine::Impl::AlertRuntime::route(Impl& impl, const Workspace& ws, const AlertNotification& n,
                                       const std::vector<NotificationChannel>& channels) {
    const bool email = std::ranges::find(n.channels, AlertChannel::Email) != n.channels.end();
    const bool webhook = std::ranges::find(n.channels, AlertChannel::Webhook) != n.channels.end();
    AlertNotice notice;
    notice.kind = n.phase == AlertPhase::Resolved
                      ? AlertNoticeKind::Resolved
                      : (n.escalated ? AlertNoticeKind::Escalated : AlertNoticeKind::Firing);
    notice.workspace = ws.name;
    notice.demo = n.demo;
    notice.ruleId = n.ruleId;
    notice.ruleName = n.name;
    notice.severity = n.severity;
    notice.value = n.value;
    notice.threshold = n.threshold;
    notice.at = n.at;
    for (const auto& c : channels) {
        if (!c.enabled || c.purpose != NotificationPurpose::Alerts) {
            continue;
        }
        const bool wanted = c.kind == NotificationKind::Email ? email : webhook;
        if (!wanted) {
            continue;
        }
        const std::string summary =
            cat("alert ", n.ruleId, ' ', keyOf(notice.kind), " (", keyOf(n.severity), ')');
        if (auto queued = AlertRuntime::queue(impl, ws.id, c, summary, payloadFor(c.kind, notice));
            !queued) {
            impl.notifyError(0, queued.error());
        }
    }
}

namespace {

// The attempt the worker runs, with copies of everything it needs (it runs on its thread).
NotificationWorker::Attempt makeAttempt(const NotificationChannel& channel,
                                        std::optional<std::string> secret, std::string payload,
                                        Timestamp now, std::chrono::seconds timeout) {
    return [channel, secret = std::move(secret), payload = std::move(payload), now,
            timeout](HttpClient& client, std::stop_token stop) -> AttemptOutcome {
        SendOptions options{timeout, stop};
        if (channel.kind == NotificationKind::Email) {
            auto config = emailConfigFromJson(channel.name, channel.configJson);
            if (!config) {
                return {AttemptResult::PermanentFailure, config.error().message, {}, 0};
            }
            const auto content = nlohmann::json::parse(payload, nullptr, false);
            EmailContent mail;
            if (content.is_object()) {
                mail.subject = content.value("subject", "Headroom notification");
                mail.text = content.value("text", "");
            }
            const std::string id = cat("headroom.", now.time_since_epoch().count(), '.',
                                       std::hash<std::string>{}(payload) % 1000000007);
            return sendEmail(channel.name, *config, secret,
                             rfc5322Message({config->from, config->to}, mail, now, id), options);
        }
        auto config = webhookConfigFromJson(channel.name, channel.configJson);
        if (!config) {
            return {AttemptResult::PermanentFailure, config.error().message, {}, 0};
        }
        return postWebhook(client, channel.name, *config, secret, payload, options);
    };
}

} // namespace

void Engine::Impl::evaluateAlerts(const Workspace& workspace, const StoredSnapshot& stored) {
    const AlertSettings& settings = options.catalog.alerts;
    // The rules observe the snapshot at the time it was taken, not when this runs: reading the
    // clock again would let a slow loop (or a listener that moved on) shift pending periods.
    const Timestamp now = stored.snapshot.takenAt();
    auto previous = store->alertStates(workspace.id);
    if (!previous) {
        notifyError(0, previous.error());
        return;
    }
    auto& rt = AlertRuntime::of(*this);
    const Tier* tier = options.catalog.findTier(stored.evaluation.capacity.tierId);
    AlertInputs inputs;
    inputs.snapshot = &stored.snapshot;
    inputs.tier = tier;
    inputs.now = now;
    inputs.staleAfter = options.catalog.truth.staleAfter;
    std::vector<ErrorRateSample> errorRates;
    const bool burnDue =
        !rt.lastBurnEvaluation || now - *rt.lastBurnEvaluation >= options.burnRateEvery;
    if (burnDue && !settings.burnRate.pairs.empty()) {
        std::chrono::seconds longest{0};
        for (const auto& p : settings.burnRate.pairs) {
            longest = std::max(longest, p.longWindow);
        }
        const MetricId metric = settings.burnRate.metric;
        auto points = store->series(workspace.id, std::span(&metric, 1), {now - longest, now});
        if (points) {
            errorRates.reserve(points->size());
            for (const auto& p : *points) {
                errorRates.push_back({p.at, p.value});
            }
            inputs.errorRates = std::span<const ErrorRateSample>(errorRates);
            rt.lastBurnEvaluation = now;
        } else {
            notifyError(0, points.error());
        }
    }
    const auto steps = runAlertRules(settings, *previous, inputs);

    std::vector<AlertState> states;
    std::vector<Event> events;
    std::vector<AlertNotification> notifications;
    bool changed = false;
    for (const auto& s : steps) {
        states.push_back(s.step.state);
        const auto before = std::ranges::find(*previous, s.ruleId, &AlertState::ruleId);
        changed = changed || s.step.transition != AlertTransition::None ||
                  before == previous->end() || before->dataMissing != s.step.state.dataMissing;
        if (!s.step.notifies()) {
            continue;
        }
        const auto& st = s.step.state;
        AlertNotification n;
        n.workspace = workspace.name;
        n.demo = workspace.kind == WorkspaceKind::Demo;
        n.ruleId = s.ruleId;
        const auto* rule = settings.findRule(s.ruleId);
        n.name = rule ? rule->name : pairName(s.ruleId);
        n.severity = st.severity;
        n.phase = st.phase;
        n.escalated = s.step.transition == AlertTransition::Escalated;
        n.value = st.value;
        n.threshold = st.threshold;
        n.at = now;
        n.channels = settings.routing.channelsFor(st.severity);
        nlohmann::json detail{{"severity", keyOf(st.severity)},
                              {"name", n.name},
                              {"value", st.value ? nlohmann::json(*st.value) : nullptr},
                              {"threshold", st.threshold ? nlohmann::json(*st.threshold) : nullptr},
                              {"transition", keyOf(s.step.transition)}};
        if (st.pendingSince) {
            detail["pending_since"] = formatIso(*st.pendingSince);
        }
        if (st.firingSince) {
            detail["firing_since"] = formatIso(*st.firingSince);
        }
        if (s.burn) {
            const auto window = [](const BurnWindow& w) {
                return nlohmann::json{{"seconds", w.length.count()},
                                      {"coverage", w.coverage},
                                      {"burn", w.burn ? nlohmann::json(*w.burn) : nullptr}};
            };
            detail["long_window"] = window(s.burn->longWindow);
            detail["short_window"] = window(s.burn->shortWindow);
        }
        events.push_back(Event{0, workspace.id, now,
                               st.phase == AlertPhase::Resolved ? EventKind::AlertResolved
                                                                : EventKind::AlertFired,
                               s.ruleId, detail.dump()});
        notifications.push_back(std::move(n));
    }
    if (states.empty()) {
        return;
    }
    auto saved = store->saveAlertStates(workspace.id, states, events);
    if (!saved) {
        notifyError(0, saved.error());
        return;
    }
    if (!notifications.empty()) {
        auto channels = store->notificationChannels();
        for (const auto& n : notifications) {
            notify([&](EngineListener& l) { l.onAlertNotification(n); });
            if (channels) {
                AlertRuntime::route(*this, workspace, n, *channels);
            }
        }
        runNotificationRetries(now);
    }
    if (changed) {
        const auto view = AlertRuntime::view(*this, workspace);
        notify([&](EngineListener& l) { l.onAlerts(0, view); });
    }
}

void Engine::Impl::afterDecision(const Workspace& workspace, const Decision& decision) {
    if (decision.verdict != Verdict::Accept) {
        return;
    }
    auto channels = store->notificationChannels();
    if (!channels) {
        notifyError(0, channels.error());
        return;
    }
    DecisionNotice notice;
    notice.workspace = workspace.name;
    notice.demo = workspace.kind == WorkspaceKind::Demo;
    notice.decision = decision;
    if (auto rec = store->recommendation(decision.recommendationId)) {
        notice.evidence = rec->evidence;
    }
    bool queued = false;
    for (const auto& c : *channels) {
        if (!c.enabled || c.purpose != NotificationPurpose::Decisions ||
            c.kind == NotificationKind::Email) {
            continue;
        }
        auto d = AlertRuntime::queue(
            *this, workspace.id, c,
            cat("decision accept ", decision.recommendationType, " #", decision.recommendationId),
            decisionWebhookBody(notice));
        if (!d) {
            notifyError(0, d.error());
        }
        queued = queued || d.has_value();
    }
    if (queued) {
        runNotificationRetries(options.clock());
    }
}

void Engine::Impl::runNotificationRetries(Timestamp now) {
    if (!store) {
        return;
    }
    auto due = store->dueDeliveries(now);
    if (!due || due->empty()) {
        return;
    }
    auto& rt = AlertRuntime::of(*this);
    auto channels = store->notificationChannels();
    if (!channels) {
        notifyError(0, channels.error());
        return;
    }
    const auto policy = options.deliveryPolicy.value_or(options.catalog.alerts.routing.delivery);
    for (const auto& d : *due) {
        if (rt.inFlight.contains(d.id)) {
            continue;
        }
        const auto channel = std::ranges::find(*channels, d.channel, &NotificationChannel::name);
        rt.inFlight.insert(d.id);
        if (channel == channels->end()) {
            // Deleted since: nothing to retry against.
            const RowId id = d.id;
            const std::string name = d.channel;
            rt.worker->submit(id, [name](HttpClient&, std::stop_token) {
                return AttemptOutcome{AttemptResult::PermanentFailure,
                                      cat("channel '", name, "' no longer exists"),
                                      {},
                                      0};
            });
            continue;
        }
        rt.worker->submit(d.id,
                          makeAttempt(*channel, secretFor(std::string(kSecretScope), channel->name),
                                      d.payload, now, policy.timeout));
    }
}

RequestId Engine::requestAlerts(const std::string& workspace) {
    return m_impl->post([impl = m_impl.get(), workspace](RequestId id) {
        auto ws = impl->store->workspace(workspace);
        if (!ws) {
            impl->notifyError(id, ws.error());
            return;
        }
        const auto view = Impl::AlertRuntime::view(*impl, *ws);
        impl->notify([&](EngineListener& l) { l.onAlerts(id, view); });
    });
}

RequestId Engine::saveNotificationChannel(NotificationChannel channel,
                                          std::optional<std::string> previousName) {
    return m_impl->post([impl = m_impl.get(), channel = std::move(channel),
                         previousName = std::move(previousName)](RequestId id) {
        if (auto ok = checkChannel(channel); !ok) {
            impl->notifyError(id, ok.error());
            return;
        }
        auto saved =
            impl->store->saveNotificationChannel(channel, previousName, impl->options.clock());
        if (!saved) {
            impl->notifyError(id, saved.error());
            return;
        }
        impl->notify([&](EngineListener& l) { l.onNotificationChannelSaved(id, *saved); });
    });
}

RequestId Engine::removeNotificationChannel(const std::string& name) {
    return m_impl->post([impl = m_impl.get(), name](RequestId id) {
        if (auto ok = impl->store->removeNotificationChannel(name); !ok) {
            impl->notifyError(id, ok.error());
            return;
        }
        impl->notify([&](EngineListener& l) { l.onNotificationChannelRemoved(id, name); });
    });
}

RequestId Engine::testNotification(const std::string& channelName) {
    return m_impl->post([impl = m_impl.get(), channelName](RequestId id) {
        auto channels = impl->store->notificationChannels();
        if (!channels) {
            impl->notifyError(id, channels.error());
            return;
        }
        const auto channel = std::ranges::find(*channels, channelName, &NotificationChannel::name);
        if (channel == channels->end()) {
            impl->notifyError(id, Error{ErrorCode::NotFound, cat("notification channel '",
                                                                 channelName, "' does not exist")});
            return;
        }
        auto ws = impl->store->workspace(impl->options.liveWorkspace);
        if (!ws) {
            impl->notifyError(id, ws.error());
            return;
        }
        std::string payload;
        if (channel->purpose == NotificationPurpose::Decisions) {
            DecisionNotice notice;
            notice.workspace = ws->name;
            notice.decision.recommendationType = "test";
            notice.decision.reason = "test notification";
            notice.decision.actor = "founder";
            notice.decision.decidedAt = impl->options.clock();
            payload = decisionWebhookBody(notice);
        } else {
            AlertNotice notice;
            notice.kind = AlertNoticeKind::Test;
            notice.workspace = ws->name;
            notice.ruleId = "test";
            notice.ruleName = "Test notification";
            notice.severity = AlertSeverity::Info;
            notice.at = impl->options.clock();
            payload = payloadFor(channel->kind, notice);
        }
        auto queued =
            Impl::AlertRuntime::queue(*impl, ws->id, *channel, "test notification", payload);
        if (!queued) {
            impl->notifyError(id, queued.error());
            return;
        }
        impl->notify([&](EngineListener& l) { l.onDeliveryQueued(id, *queued); });
        impl->runNotificationRetries(impl->options.clock());
    });
}

} // namespace headroom
