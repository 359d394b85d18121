#pragma once
// LiveSources: the live workspace's sources as pollers, each on a thread of its own: the built-in
// ones (the host collector) and the endpoints the founder configured. It is owned and called by
// the engine's thread only; pollers report through the listener on their own threads.
//
// combine() builds the snapshot the engine evaluates from the latest readings:
// - every value keeps the time it was observed, so the truth layer judges its freshness;
// - a source whose last poll failed contributes nothing until it recovers: its metrics go
//   missing, which lowers the truth layer's confidence, instead of old numbers passing as new;
// - a metric measured by several sources is taken from a configured endpoint before the host
//   collector (the founder bound it on purpose), and among endpoints the newest value wins.

#include "engine/SourcePoller.h"
#include "sources/endpoint/SourceConfig.h"

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace headroom {

struct LiveSourcesOptions {
    Clock clock;
    std::chrono::seconds builtinInterval{10};
    std::chrono::seconds maxBackoff{300};
    std::chrono::seconds staleAfter{900};
    EndpointSourceOptions endpointOptions;
};

// A "poll now" round: the sources still to answer. The engine strikes a source off when it has
// processed that source's poll outcome (not when the poller finished), so that the evaluation
// that closes the round comes after every failure and recovery of the round was recorded.
struct PollRound {
    std::set<std::string> waiting; // source ids
};

class LiveSources {
public:
    LiveSources(LiveSourcesOptions options, SourcePoller::Listener listener);
    ~LiveSources();
    LiveSources(const LiveSources&) = delete;
    LiveSources& operator=(const LiveSources&) = delete;

    // Built-in sources poll every builtinInterval; add them before start().
    void addBuiltin(std::unique_ptr<Source> source);
    void start();
    void stopAll();

    // Adds or replaces the configured source `previousName` (or config.name) and starts polling
    // it, unless it is disabled or needs a secret it was not given (then it only has a status).
    void configure(const SourceConfig& config, std::optional<std::string> secret,
                   const std::optional<std::string>& previousName = std::nullopt);
    void remove(const std::string& name);
    std::optional<SourceConfig> configured(const std::string& name) const;

    void pollAll();
    PollRound beginRound() const;
    // Drops sources that stopped polling (removed, disabled) from the round; true when none waits.
    bool roundDone(PollRound& round) const;

    Snapshot combine(Timestamp now) const;
    // The host collector first, then the configured sources by name.
    std::vector<SourceStatus> statuses() const;

private:
    struct Configured {
        SourceConfig config;
        std::unique_ptr<SourcePoller> poller; // null when disabled or missing credentials
        SourceStatus idleStatus;              // the status shown when there is no poller
    };
    std::vector<const SourcePoller*> pollers() const;

    LiveSourcesOptions m_options;
    SourcePoller::Listener m_listener;
    std::vector<std::unique_ptr<SourcePoller>> m_builtins;
    std::map<std::string, Configured> m_configured; // by name
    bool m_started = false;
};

// The status of a configured source before its first poll (descriptive fields filled).
SourceStatus initialStatus(const SourceConfig& config);

} // namespace headroom
