#include "engine/LiveSources.h"

#include "net/UrlRedaction.h"
#include "sources/endpoint/EndpointSource.h"

#include <array>
#include <functional>

namespace headroom {

namespace {

// Spreads the first polls of sources configured together over a second, by name, so that a
// console with hundreds of endpoints does not open them all in the same millisecond.
std::chrono::milliseconds firstPollDelayFor(const std::string& name) {
    return std::chrono::milliseconds(std::hash<std::string>{}(name) % 1000);
}

bool isBuiltin(const std::string& sourceId) {
    return sourceId.rfind("endpoint:", 0) != 0;
}

} // namespace

SourceStatus initialStatus(const SourceConfig& config) {
    SourceStatus status;
    status.sourceId = endpointSourceId(config.name);
    status.displayName = config.name;
    status.kind = std::string(keyOf(config.kind));
    status.url = redactUrl(config.url);
    status.enabled = config.enabled;
    status.tlsUnverified = config.tls == TlsVerification::Off;
    status.interval = config.interval;
    status.stale = true; // nothing read yet
    return status;
}

LiveSources::LiveSources(LiveSourcesOptions options, SourcePoller::Listener listener)
    : m_options(std::move(options))
    , m_listener(std::move(listener)) {
    if (!m_options.clock) {
        m_options.clock = systemClock();
    }
}

LiveSources::~LiveSources() {
    stopAll();
}

void LiveSources::addBuiltin(std::unique_ptr<Source> source) {
    SourceStatus status;
    status.sourceId = source->id();
    status.displayName = source->displayName();
    status.kind = "host";
    status.stale = true;
    SourcePollerOptions options;
    options.interval = m_options.builtinInterval;
    options.maxBackoff = m_options.maxBackoff;
    options.staleAfter = m_options.staleAfter;
    options.clock = m_options.clock;
    auto poller = std::make_unique<SourcePoller>(std::move(source), std::move(status),
                                                 std::move(options), m_listener);
    if (m_started) {
        poller->start();
    }
    m_builtins.push_back(std::move(poller));
}

void LiveSources::start() {
    m_started = true;
    for (auto& poller : m_builtins) {
        poller->start();
    }
    for (auto& [name, entry] : m_configured) {
        if (entry.poller) {
            entry.poller->start();
        }
    }
}

void LiveSources::stopAll() {
    // Ask every poller to stop first (each cancels its transfer), then join: total time is
    // that of the slowest cancellation, not their sum.
    for (auto& poller : m_builtins) {
        poller->requestStop();
    }
    for (auto& [name, entry] : m_configured) {
        if (entry.poller) {
            entry.poller->requestStop();
        }
    }
    for (auto& poller : m_builtins) {
        poller->stop();
    }
    for (auto& [name, entry] : m_configured) {
        if (entry.poller) {
            entry.poller->stop();
        }
    }
    m_started = false;
}

void LiveSources::configure(const SourceConfig& config, std::optional<std::string> secret,
                            const std::optional<std::string>& previousName) {
    if (previousName && *previousName != config.name) {
        remove(*previousName);
    }
    remove(config.name);

    Configured entry;
    entry.config = config;
    entry.idleStatus = initialStatus(config);
    const bool credentialsMissing = config.needsSecret() && !secret;
    entry.idleStatus.missingCredentials = credentialsMissing;
    if (config.enabled && !credentialsMissing) {
        SourcePollerOptions options;
        options.interval = config.interval;
        options.maxBackoff = m_options.maxBackoff;
        options.staleAfter = m_options.staleAfter;
        options.firstPollDelay = firstPollDelayFor(config.name);
        options.clock = m_options.clock;
        auto source =
            std::make_unique<EndpointSource>(config, std::move(secret), m_options.endpointOptions);
        entry.poller = std::make_unique<SourcePoller>(std::move(source), entry.idleStatus,
                                                      std::move(options), m_listener);
        if (m_started) {
            entry.poller->start();
        }
    }
    m_configured.insert_or_assign(config.name, std::move(entry));
}

void LiveSources::remove(const std::string& name) {
    auto it = m_configured.find(name);
    if (it == m_configured.end()) {
        return;
    }
    if (it->second.poller) {
        it->second.poller->stop();
    }
    m_configured.erase(it);
}

std::optional<SourceConfig> LiveSources::configured(const std::string& name) const {
    auto it = m_configured.find(name);
    if (it == m_configured.end()) {
        return std::nullopt;
    }
    return it->second.config;
}

std::vector<const SourcePoller*> LiveSources::pollers() const {
    std::vector<const SourcePoller*> all;
    for (const auto& poller : m_builtins) {
        all.push_back(poller.get());
    }
    for (const auto& [name, entry] : m_configured) {
        if (entry.poller) {
            all.push_back(entry.poller.get());
        }
    }
    return all;
}

void LiveSources::pollAll() {
    for (auto& poller : m_builtins) {
        poller->pollNow();
    }
    for (auto& [name, entry] : m_configured) {
        if (entry.poller) {
            entry.poller->pollNow();
        }
    }
}

PollRound LiveSources::beginRound() const {
    PollRound round;
    for (const SourcePoller* poller : pollers()) {
        round.waiting.insert(poller->sourceId());
    }
    return round;
}

bool LiveSources::roundDone(PollRound& round) const {
    std::set<std::string> polling;
    for (const SourcePoller* poller : pollers()) {
        polling.insert(poller->sourceId());
    }
    std::erase_if(round.waiting, [&](const std::string& id) { return !polling.contains(id); });
    return round.waiting.empty();
}

Snapshot LiveSources::combine(Timestamp now) const {
    Snapshot combined(now);
    // Which source gave each metric, to apply the precedence rules.
    std::array<bool, kMetricCount> fromEndpoint{};
    for (const SourcePoller* poller : pollers()) {
        const auto reading = poller->reading();
        if (!reading) {
            continue;
        }
        const SourceStatus status = poller->status();
        if (status.lastError) {
            continue; // failing: its last numbers are not today's
        }
        const bool endpoint = !isBuiltin(poller->sourceId());
        for (const MetricInfo& info : allMetrics()) {
            const auto& sample = reading->get(info.id);
            if (!sample) {
                continue;
            }
            const auto& current = combined.get(info.id);
            const std::size_t index = metricIndex(info.id);
            const bool better =
                !current || (endpoint && !fromEndpoint[index]) ||
                (endpoint == fromEndpoint[index] && sample->observedAt > current->observedAt);
            if (better) {
                (void)combined.set(info.id, *sample); // validated when the source wrote it
                fromEndpoint[index] = endpoint;
            }
        }
        for (const ProviderUsage& usage : reading->aiUsage()) {
            (void)combined.setAiUsage(usage);
        }
    }
    return combined;
}

std::vector<SourceStatus> LiveSources::statuses() const {
    std::vector<SourceStatus> all;
    all.reserve(m_builtins.size() + m_configured.size());
    for (const auto& poller : m_builtins) {
        all.push_back(poller->status());
    }
    for (const auto& [name, entry] : m_configured) {
        all.push_back(entry.poller ? entry.poller->status() : entry.idleStatus);
    }
    return all;
}

} // namespace headroom
