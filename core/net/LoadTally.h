#pragma once
// Internal to the load generator: what a run counts while it runs (totals, the current sample's
// window, the latency histograms) and how a finished transfer is classified. Kept apart from the
// curl event loop (LoadGenerator.cpp) so the accounting rules are in one small place.

#include "model/StrainRun.h"
#include "strain/LatencyHistogram.h"

#include <array>
#include <chrono>
#include <cstdint>

namespace headroom::load {

// How a transfer ended, from libcurl's result code.
enum class Outcome { Answered, Timeout, Connection, Other };

// CURLcode → Outcome. A server that closed without answering (CURLE_GOT_NOTHING), reset the
// connection or refused it is a connection failure; a name that does not resolve is one too, since
// the target cannot be reached either way.
Outcome classify(int curlCode);

class LoadTally {
public:
    // An answered request: latency from its origin (send or due time), its status.
    void answered(std::chrono::microseconds latency, int status);
    void failed(Outcome outcome);
    void dropped() {
        ++m_dropped;
        ++m_windowDropped;
    }
    void sent(std::int64_t count = 1) { m_sent += count; }
    void httpVersionSeen(bool http2) { ++(http2 ? m_http2 : m_http1); }

    // Closes the current window: the sample of what completed since the previous one.
    LoadSample takeSample(std::chrono::milliseconds at, std::chrono::milliseconds windowLength,
                          int active);

    bool windowHasAnything() const {
        return m_windowCompleted + m_windowErrors + m_windowDropped > 0;
    }
    std::int64_t sentCount() const { return m_sent; }
    std::int64_t completed() const { return m_completed; }
    std::int64_t droppedCount() const { return m_dropped; }
    std::int64_t errorCount() const { return m_errors.total(); }
    const LoadErrorCounts& errors() const { return m_errors; }
    const LatencyHistogram& latency() const { return m_latency; }
    std::vector<StatusCount> statusCounts() const;
    const char* httpVersion() const;

private:
    LatencyHistogram m_latency;
    LatencyHistogram m_window;
    LoadErrorCounts m_errors;
    std::array<std::int64_t, 600> m_statuses{}; // 100..599; anything else is not HTTP
    std::int64_t m_sent = 0;
    std::int64_t m_completed = 0;
    std::int64_t m_dropped = 0;
    std::int64_t m_windowCompleted = 0;
    std::int64_t m_windowErrors = 0;
    std::int64_t m_windowDropped = 0;
    std::int64_t m_http1 = 0;
    std::int64_t m_http2 = 0;
};

} // namespace headroom::load
