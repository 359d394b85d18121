#pragma once
// Strain tests as catalog data (resources/catalogs/strain.json, section "strain"): the scenarios
// a founder runs against their own service, the pass criteria a run is judged by, seed 002's
// recommended suites with their intensities, and the hard limits no run may exceed. Also the
// plain figures a finished run measured (StrainMeasurement), which verdicts and baselines compare.
//
// Invariants after validateCatalog(): ids are unique and non-empty; a closed-model scenario has
// 1..limits.maxUsers users, an open-model one a rate in (0, limits.maxArrivalRate]; 0 <= rampUp <
// duration <= limits.maxDuration; every scenario has at least one URL (absolute http(s) or a path
// starting with '/'); header names are unique tokens and no header or URL holds a control
// character; GET and
// HEAD carry no body; criteria and rates are finite and in range; every suite run names a
// scenario with an intensity in (0, 1]; every suite names a tier of the catalog.

#include "KeyTable.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace headroom {

// Seed 004's load_tests.test_type: the shape of the load over time.
enum class StrainKind { Baseline, Stress, Spike, Volume, Endurance };

inline constexpr KeyTable<StrainKind, 5> kStrainKindKeys{{
    {StrainKind::Baseline, "baseline"},
    {StrainKind::Stress, "stress"},
    {StrainKind::Spike, "spike"},
    {StrainKind::Volume, "volume"},
    {StrainKind::Endurance, "endurance"},
}};

// Closed: a fixed number of virtual users, each sending its next request when the previous one
// finished (the load falls when the server slows down). Open: requests arrive at a constant rate
// whatever the server does (the load stays, queues grow) — what real traffic does.
enum class LoadModel { Closed, Open };

inline constexpr KeyTable<LoadModel, 2> kLoadModelKeys{{
    {LoadModel::Closed, "closed"},
    {LoadModel::Open, "open"},
}};

inline constexpr std::string_view keyOf(StrainKind kind) {
    return keyIn(kStrainKindKeys, kind);
}
inline constexpr std::string_view keyOf(LoadModel model) {
    return keyIn(kLoadModelKeys, model);
}

// Seed 002's test types ("AI Load - Concurrent AI requests", ...): what a scenario exercises.
// Data, so a founder can add their own; scenarios refer to one by id.
struct StrainTestType {
    std::string id;   // "ai_load"
    std::string name; // "AI Load"
    std::string description;

    friend bool operator==(const StrainTestType&, const StrainTestType&) = default;
};

struct HttpHeader {
    std::string name;
    std::string value;

    friend bool operator==(const HttpHeader&, const HttpHeader&) = default;
};

struct StrainScenario {
    std::string id;   // "baseline"
    std::string name; // "Baseline Performance"
    std::string description;
    StrainKind kind = StrainKind::Baseline;
    std::string testType; // a StrainTestType id, empty when none applies
    LoadModel model = LoadModel::Closed;
    int users = 0;                 // Closed: concurrent virtual users at full load
    double arrivalRatePerSecond{}; // Open: requests per second at full load
    // The whole run, ramp included; the ramp rises linearly from 0 to full load.
    std::chrono::seconds duration{0};
    std::chrono::seconds rampUp{0};
    std::optional<std::int64_t> maxRequests; // none: StrainLimits::maxRequests bounds the run
    std::chrono::seconds requestTimeout{30};
    // Closed: a virtual user's pause between an answer and its next request. A person reads a
    // page before the next click; a user without a pause is a benchmark loop, whose load on a
    // fast local server is bounded by the generator's own CPU rather than by the server.
    std::chrono::milliseconds thinkTime{0};
    std::string method = "GET";
    // Absolute http(s) URLs, or paths ("/api/health") resolved against the run's target.
    // Requests cycle through the list in order.
    std::vector<std::string> urls;
    std::vector<HttpHeader> headers; // in order, names unique ignoring case
    std::string body;

    friend bool operator==(const StrainScenario&, const StrainScenario&) = default;
};

// Seed 002's pass thresholds. A run passes when every measured figure is within its limit
// (limits included: "max 2000 ms" passes at 2000 ms).
struct StrainCriteria {
    std::chrono::milliseconds maxP95{2000}; // "Max Response Time 2000ms", judged at p95 (seed 004)
    double maxErrorRate = 0.05;             // "Max Error Rate 5%", a fraction
    double minThroughputPerSecond = 10.0;   // "Min Throughput 10 req/sec"
    double maxMemory = 0.85; // "Max Memory 85%", only where a memory source is mapped

    friend bool operator==(const StrainCriteria&, const StrainCriteria&) = default;
};

// What no run may exceed, whatever a scenario or an override asks for: a typo of 100000 users
// is refused, not attempted against a production server.
struct StrainLimits {
    int maxUsers = 10000;
    double maxArrivalRatePerSecond = 10000.0;
    std::chrono::seconds maxDuration{86400}; // endurance tests run for hours, not days
    std::int64_t maxRequests = 10'000'000;

    friend bool operator==(const StrainLimits&, const StrainLimits&) = default;
};

// One entry of a recommended suite: a scenario at a share of its full load for a time
// (seed 002: "AI Load (50% intensity, 60s)").
struct StrainSuiteRun {
    std::string scenarioId;
    double intensity = 1.0; // (0, 1], scales users (closed) or rate (open)
    std::chrono::seconds duration{0};

    friend bool operator==(const StrainSuiteRun&, const StrainSuiteRun&) = default;
};

// Seed 002's "Recommended Test Suite": what to pass before moving into `tierId`.
struct StrainSuite {
    std::string id;   // "before_hard_launch"
    std::string name; // "Before Hard Launch"
    std::string tierId;
    std::vector<StrainSuiteRun> runs;

    friend bool operator==(const StrainSuite&, const StrainSuite&) = default;
};

struct StrainSettings {
    std::vector<StrainTestType> testTypes;
    std::vector<StrainScenario> scenarios;
    std::vector<StrainSuite> suites;
    StrainCriteria criteria;
    StrainLimits limits;
    // Seed 002: "80%+ strain test pass rate". A suite's tier upgrade path may ask for its own rate
    // (tiers.json upgrade_paths[].strain_pass_rate_required); this applies where none does.
    double readinessPassRate = 0.8;
    // Seed 004: a percentile or the error rate more than 10 % worse than the baseline regressed.
    double regressionTolerance = 0.10;

    const StrainScenario* findScenario(std::string_view id) const {
        for (const auto& s : scenarios) {
            if (s.id == id) {
                return &s;
            }
        }
        return nullptr;
    }
    const StrainSuite* findSuite(std::string_view id) const {
        for (const auto& s : suites) {
            if (s.id == id) {
                return &s;
            }
        }
        return nullptr;
    }
    const StrainTestType* findTestType(std::string_view id) const {
        for (const auto& t : testTypes) {
            if (t.id == id) {
                return &t;
            }
        }
        return nullptr;
    }

    friend bool operator==(const StrainSettings&, const StrainSettings&) = default;
};

// The figures one finished run measured. Latencies are of completed requests (errors included,
// timeouts excluded); rates are over the run's measured window.
struct StrainMeasurement {
    std::chrono::microseconds p50{0};
    std::chrono::microseconds p90{0};
    std::chrono::microseconds p95{0};
    std::chrono::microseconds p99{0};
    std::chrono::microseconds p999{0};
    std::chrono::microseconds max{0};
    double throughputPerSecond = 0.0; // completed requests per second
    double errorRate = 0.0;           // errors / requests, 0..1
    // Peak memory utilisation of the target, 0..1; none when no memory source is mapped.
    std::optional<double> memoryUtilisation;
    std::size_t requests = 0; // sent (completed, failed or timed out)
    std::size_t errors = 0;   // failed, timed out or answered 4xx/5xx
    std::size_t dropped = 0;  // open model: arrivals the generator did not send on time
    // The generator could not keep up (its own CPU, sockets or schedule): the latencies then
    // include its own queueing, so they are not the server's. The generator sets this.
    bool generatorSaturated = false;

    friend bool operator==(const StrainMeasurement&, const StrainMeasurement&) = default;
};

} // namespace headroom
