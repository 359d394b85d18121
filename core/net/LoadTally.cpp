#include "net/LoadTally.h"

#include <curl/curl.h>

namespace headroom::load {

Outcome classify(int curlCode) {
    switch (static_cast<CURLcode>(curlCode)) {
    case CURLE_OK:
        return Outcome::Answered;
    case CURLE_OPERATION_TIMEDOUT:
        return Outcome::Timeout;
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_PARTIAL_FILE:
        return Outcome::Connection;
    default:
        return Outcome::Other;
    }
}

void LoadTally::answered(std::chrono::microseconds latency, int status) {
    ++m_completed;
    ++m_windowCompleted;
    m_latency.record(latency);
    m_window.record(latency);
    if (status >= 0 && status < static_cast<int>(m_statuses.size())) {
        ++m_statuses[static_cast<std::size_t>(status)];
    }
    if (status >= 400) {
        ++m_errors.status;
        ++m_windowErrors;
    }
}

void LoadTally::failed(Outcome outcome) {
    ++m_windowErrors;
    switch (outcome) {
    case Outcome::Timeout:
        ++m_errors.timeout;
        break;
    case Outcome::Connection:
        ++m_errors.connection;
        break;
    case Outcome::Answered: // not a failure; callers do not pass it
    case Outcome::Other:
        ++m_errors.other;
        break;
    }
}

LoadSample LoadTally::takeSample(std::chrono::milliseconds at,
                                 std::chrono::milliseconds windowLength, int active) {
    LoadSample sample;
    sample.at = at;
    sample.completed = m_windowCompleted;
    sample.errors = m_windowErrors;
    sample.dropped = m_windowDropped;
    sample.active = active;
    const double seconds = std::chrono::duration<double>(windowLength).count();
    sample.throughputPerSecond =
        seconds > 0.0 ? static_cast<double>(m_windowCompleted) / seconds : 0.0;
    if (m_window.count() > 0) {
        const LatencyPercentiles p = m_window.percentiles();
        sample.p50 = std::chrono::microseconds(p.p50Us);
        sample.p95 = std::chrono::microseconds(p.p95Us);
        sample.p99 = std::chrono::microseconds(p.p99Us);
        sample.max = std::chrono::microseconds(p.maxUs);
    }
    m_window.reset();
    m_windowCompleted = 0;
    m_windowErrors = 0;
    m_windowDropped = 0;
    return sample;
}

std::vector<StatusCount> LoadTally::statusCounts() const {
    std::vector<StatusCount> out;
    for (std::size_t status = 0; status < m_statuses.size(); ++status) {
        if (m_statuses[status] != 0) {
            out.push_back({static_cast<int>(status), m_statuses[status]});
        }
    }
    return out;
}

const char* LoadTally::httpVersion() const {
    if (m_http1 == 0 && m_http2 == 0) {
        return "";
    }
    return m_http2 > m_http1 ? "HTTP/2" : "HTTP/1.1";
}

} // namespace headroom::load
