#pragma once
// What one strain run measured, as the load generator (net/LoadGenerator) reports it, the store
// keeps it (schema v9 `strain_runs`) and the console and the CLI show it. Plain values: the
// latency histogram itself stays in the generator; its percentiles are copied out.
//
// Invariants of a result from the generator: measurement.requests = completed + errors.timeout +
// errors.connection + errors.other (a request is sent once and ends once); errors.status counts
// completed requests answered 4xx/5xx, so they are in both `completed` and the measurement's
// errors; the sum of statusCounts is `completed`; timeline samples are in increasing `at` order.

#include "Records.h"
#include "Strain.h"
#include "Time.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace headroom {

// Why the run ended.
enum class LoadStop {
    Finished,    // the duration passed and the last requests were answered or timed out
    MaxRequests, // the plan's request bound was reached
    MaxTime,     // the hard time bound (duration + request timeout) ended the drain
    Cancelled,   // a person or a shutdown stopped it; the figures cover what ran
};

inline constexpr KeyTable<LoadStop, 4> kLoadStopKeys{{
    {LoadStop::Finished, "finished"},
    {LoadStop::MaxRequests, "max_requests"},
    {LoadStop::MaxTime, "max_time"},
    {LoadStop::Cancelled, "cancelled"},
}};

// Why the generator's own figures cannot be trusted as the server's (none when they can).
enum class GeneratorSaturation {
    None,
    Cpu, // the generator's thread was busy nearly all the time: its queueing is in the latency
    LateSends, // open model: too many arrivals could not be sent within the tolerance
};

inline constexpr KeyTable<GeneratorSaturation, 3> kGeneratorSaturationKeys{{
    {GeneratorSaturation::None, "none"},
    {GeneratorSaturation::Cpu, "cpu"},
    {GeneratorSaturation::LateSends, "late_sends"},
}};

inline constexpr std::string_view keyOf(LoadStop stop) {
    return keyIn(kLoadStopKeys, stop);
}
inline constexpr std::string_view keyOf(GeneratorSaturation saturation) {
    return keyIn(kGeneratorSaturationKeys, saturation);
}

// Failed requests by kind. A response with an error status is also a completed request.
struct LoadErrorCounts {
    std::int64_t status = 0;     // answered 4xx or 5xx
    std::int64_t timeout = 0;    // no complete answer within the request timeout
    std::int64_t connection = 0; // refused, reset, or closed without an answer
    std::int64_t other = 0;      // TLS, protocol or anything else the client reported

    std::int64_t total() const { return status + timeout + connection + other; }
    friend bool operator==(const LoadErrorCounts&, const LoadErrorCounts&) = default;
};

struct StatusCount {
    int status = 0;
    std::int64_t count = 0;
    friend bool operator==(const StatusCount&, const StatusCount&) = default;
};

// One interval of the run (the live chart, and the stored timeline): what completed in
// (previous at, at].
struct LoadSample {
    std::chrono::milliseconds at{0}; // since the run started
    std::int64_t completed = 0;
    std::int64_t errors = 0;
    std::int64_t dropped = 0;
    int active = 0; // closed: users running; open: requests in flight
    double throughputPerSecond = 0.0;
    // Latency of the requests that completed in the interval (0 when none did).
    std::chrono::microseconds p50{0};
    std::chrono::microseconds p95{0};
    std::chrono::microseconds p99{0};
    std::chrono::microseconds max{0};
    friend bool operator==(const LoadSample&, const LoadSample&) = default;
};

// How the generator itself fared: what decides GeneratorSaturation, kept so a reader can see how
// close a run came.
struct GeneratorHealth {
    GeneratorSaturation saturation = GeneratorSaturation::None;
    double cpuShare = 0.0; // the generator thread's CPU time / the run's wall time
    // Open model: arrivals the generator's loop reached too late (dropped), that waited for a
    // connection beyond the tolerance, or were still waiting at the end (dropped).
    std::int64_t lateSends = 0;
    std::chrono::microseconds worstSendLag{0}; // largest delay between due and sent
    friend bool operator==(const GeneratorHealth&, const GeneratorHealth&) = default;
};

struct StrainRunResult {
    std::string scenarioId;
    std::string scenarioName;
    StrainKind kind = StrainKind::Baseline;
    LoadModel model = LoadModel::Closed;
    int users = 0;                 // closed
    double arrivalRatePerSecond{}; // open
    std::chrono::seconds plannedDuration{0};
    std::string method;
    std::vector<std::string> urls;
    std::string httpVersion; // the protocol most answers came in: "HTTP/1.1", "HTTP/2"

    Timestamp startedAt{};
    std::chrono::milliseconds elapsed{0}; // wall time from the first send to the end
    LoadStop stop = LoadStop::Finished;

    // Percentiles, throughput, error rate, requests, errors, dropped, generatorSaturated.
    StrainMeasurement measurement;
    std::int64_t completed = 0; // answered (any status)
    LoadErrorCounts errors;
    std::vector<StatusCount> statusCounts; // by status, ascending
    std::int64_t bytesReceived = 0;        // headers and bodies
    std::int64_t bytesSent = 0;            // request headers and bodies
    GeneratorHealth generator;
    std::vector<LoadSample> timeline;

    friend bool operator==(const StrainRunResult&, const StrainRunResult&) = default;
};

// A stored run: the result, who it belongs to, and how it was judged when it ran (the criteria
// in force then, so a later edit of the criteria does not rewrite history).
struct StrainRunRecord {
    RowId id = 0;
    std::string workspace;
    StrainRunResult result;
    StrainCriteria criteria;
    std::string verdict;   // "passed" | "failed" | "not_judged"
    bool baseline = false; // the workspace's baseline for this scenario
    friend bool operator==(const StrainRunRecord&, const StrainRunRecord&) = default;
};

} // namespace headroom
