#pragma once
// SourcePoller: runs one Source on a thread of its own, so that a slow or hanging endpoint never
// delays another source or the engine. It polls every `interval`; after failures it backs off
// exponentially (nextPollDelay), and pollNow() wakes it early. It keeps the metrics of its last
// successful poll (the "reading", each value stamped with the time it was observed) and its
// status, both read by the engine under the poller's lock.
//
// Lifetime: start() launches the thread; stop() (or the destructor) cancels a poll in flight
// (Source::cancel) and joins promptly. The listener is called on the poller's thread after every
// completed poll, never after stop() has returned.

#include "engine/Engine.h"
#include "sources/Source.h"

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace headroom {

struct SourcePollerOptions {
    std::chrono::seconds interval{15};
    std::chrono::seconds maxBackoff{300};
    std::chrono::seconds staleAfter{900};
    // Delay of the first poll, so that many sources configured together do not fire at once.
    std::chrono::milliseconds firstPollDelay{0};
    Clock clock;
};

enum class PollTransition {
    None,
    Failed,    // the first failure after a success (or the first poll failed)
    Recovered, // the first success after failures
};

// What one completed poll did, handed to the listener.
struct PollOutcome {
    std::string sourceId;
    SourceStatus status; // after the poll
    PollTransition transition = PollTransition::None;
};

class SourcePoller {
public:
    using Listener = std::function<void(const PollOutcome&)>;

    // `status` carries the descriptive fields (id, name, kind, url, interval, TLS); the poller
    // keeps the rest up to date.
    SourcePoller(std::unique_ptr<Source> source, SourceStatus status, SourcePollerOptions options,
                 Listener listener);
    ~SourcePoller();
    SourcePoller(const SourcePoller&) = delete;
    SourcePoller& operator=(const SourcePoller&) = delete;

    void start();
    // Asks the thread to end and cancels a poll in flight, without waiting (so that many
    // pollers can be stopped in parallel); stop() then joins.
    void requestStop();
    void stop();
    // Polls as soon as the current poll (if any) ends, even while backing off.
    void pollNow();

    const std::string& sourceId() const { return m_sourceId; }
    // A copy, with `stale` judged at the clock's now.
    SourceStatus status() const;
    // The metrics of the last successful poll (each with its observation time).
    std::optional<Snapshot> reading() const;

private:
    void run(std::stop_token stopToken);
    void pollOnce();

    std::unique_ptr<Source> m_source;
    std::string m_sourceId;
    SourcePollerOptions m_options;
    Listener m_listener;

    mutable std::mutex m_mutex;
    std::condition_variable_any m_wake;
    bool m_pollRequested = false;
    SourceStatus m_status;
    std::optional<Snapshot> m_reading;
    std::jthread m_thread;
};

} // namespace headroom
