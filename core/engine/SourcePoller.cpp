#include "engine/SourcePoller.h"

#include "model/Text.h"
#include "sources/endpoint/EndpointSource.h"

#include <exception>

namespace headroom {

namespace {

// Bindings that failed and the source's own warnings, worded for logs and tooltips (the UI shows
// them as they are: they name metrics and series, which are not translated).
std::vector<std::string> warningsOf(const Source& source) {
    std::vector<std::string> warnings;
    const auto* endpoint = dynamic_cast<const EndpointSource*>(&source);
    if (!endpoint) {
        return warnings;
    }
    const ProbeReport& report = endpoint->lastReport();
    for (const BindingOutcome& outcome : report.outcomes) {
        if (outcome.error) {
            warnings.push_back(cat(metricKey(outcome.metric), ": ", outcome.error->message));
        }
    }
    warnings.insert(warnings.end(), report.warnings.begin(), report.warnings.end());
    return warnings;
}

std::size_t metricsIn(const Snapshot& part) {
    return part.presentCount() + part.aiUsage().size();
}

} // namespace

SourcePoller::SourcePoller(std::unique_ptr<Source> source, SourceStatus status,
                           SourcePollerOptions options, Listener listener)
    : m_source(std::move(source))
    , m_sourceId(status.sourceId)
    , m_options(std::move(options))
    , m_listener(std::move(listener))
    , m_status(std::move(status)) {
    if (!m_options.clock) {
        m_options.clock = systemClock();
    }
    m_status.interval = m_options.interval;
}

SourcePoller::~SourcePoller() {
    stop();
}

void SourcePoller::start() {
    if (m_thread.joinable()) {
        return;
    }
    m_thread = std::jthread([this](std::stop_token token) { run(std::move(token)); });
}

void SourcePoller::requestStop() {
    if (!m_thread.joinable()) {
        return;
    }
    m_thread.request_stop(); // wakes the condition variable wait (stop_token aware)
    m_source->cancel();
}

void SourcePoller::stop() {
    if (!m_thread.joinable()) {
        return;
    }
    requestStop();
    m_thread.join();
}

void SourcePoller::pollNow() {
    {
        std::lock_guard lock(m_mutex);
        m_pollRequested = true;
    }
    m_wake.notify_all();
}

SourceStatus SourcePoller::status() const {
    std::lock_guard lock(m_mutex);
    SourceStatus copy = m_status;
    copy.stale =
        !copy.lastSuccessAt || m_options.clock() - *copy.lastSuccessAt > m_options.staleAfter;
    return copy;
}

std::optional<Snapshot> SourcePoller::reading() const {
    std::lock_guard lock(m_mutex);
    return m_reading;
}

void SourcePoller::run(std::stop_token stopToken) {
    auto due = std::chrono::steady_clock::now() + m_options.firstPollDelay;
    while (!stopToken.stop_requested()) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_until(lock, stopToken, due, [&] { return m_pollRequested; });
            if (stopToken.stop_requested()) {
                return;
            }
            m_pollRequested = false;
        }
        pollOnce();
        if (stopToken.stop_requested()) {
            return;
        }
        std::lock_guard lock(m_mutex);
        due = std::chrono::steady_clock::now() +
              nextPollDelay(m_options.interval, m_status.consecutiveFailures, m_options.maxBackoff);
    }
}

void SourcePoller::pollOnce() {
    const Timestamp now = m_options.clock();
    Snapshot part(now);
    Result<void> polled;
    try {
        polled = m_source->poll(now, part);
    } catch (const std::exception& e) {
        polled = fail(ErrorCode::IoError, cat(m_sourceId, ": ", e.what()));
    } catch (...) {
        polled = fail(ErrorCode::IoError, cat(m_sourceId, ": poll failed"));
    }
    if (!polled && m_thread.get_stop_token().stop_requested()) {
        return; // stopped mid-transfer: not a failure of the source
    }

    PollOutcome outcome;
    {
        std::lock_guard lock(m_mutex);
        m_status.lastPollAt = now;
        m_status.warnings = warningsOf(*m_source);
        if (polled) {
            if (m_status.consecutiveFailures > 0) {
                outcome.transition = PollTransition::Recovered;
            }
            m_status.lastSuccessAt = now;
            m_status.lastError.reset();
            m_status.failingSince.reset();
            m_status.consecutiveFailures = 0;
            m_status.mappedMetrics = metricsIn(part);
            m_reading = std::move(part);
        } else {
            if (m_status.consecutiveFailures == 0) {
                outcome.transition = PollTransition::Failed;
                m_status.failingSince = now;
            }
            ++m_status.consecutiveFailures;
            m_status.lastError = polled.error();
        }
        const auto delay =
            nextPollDelay(m_options.interval, m_status.consecutiveFailures, m_options.maxBackoff);
        m_status.nextPollAt = now + std::chrono::duration_cast<std::chrono::seconds>(delay);
        m_status.stale =
            !m_status.lastSuccessAt || now - *m_status.lastSuccessAt > m_options.staleAfter;
        outcome.sourceId = m_sourceId;
        outcome.status = m_status;
    }
    if (m_listener) {
        m_listener(outcome);
    }
}

} // namespace headroom
