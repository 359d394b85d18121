#pragma once
// EndpointSource: a configured metric endpoint (SourceConfig.h) as a Source the engine polls.
// One poll fetches through the product's one HTTP client (net/HttpClient.h), parses (exposition,
// Prometheus API envelope or JSON) and evaluates every binding (sources/prometheus/MappingEval.h)
// into the snapshot, each value stamped with the poll time and the source id "endpoint:<name>".
//
// Outcomes of a poll:
// - the fetch or the parse failed -> an Error whose message names the source, the redacted URL and
//   the kind of failure (DNS, refused, timeout, TLS, HTTP status, too large, not UTF-8, malformed
//   exposition / JSON / API envelope); nothing is written into the snapshot;
// - fetched, and at least one binding gave a value (or is warming up: counter rates and
//   histograms need two scrapes) -> success; bindings that failed are listed in lastReport();
// - fetched, but every binding failed -> an Error naming the first binding's problem.
//
// Threading: poll()/probe() run on one thread at a time (the poller's); cancel() may be called
// from any thread and aborts a transfer in flight promptly (HttpFailure::Cancelled). A cancel()
// while no poll or probe runs has no effect on later ones.
// A source that needs a secret and was given none fails every poll with a NotFound error
// ("credentials missing") and sends no request.

#include "net/HttpClient.h"
#include "sources/Source.h"
#include "sources/endpoint/SourceConfig.h"
#include "sources/exposition/Exposition.h"
#include "sources/prometheus/MappingEval.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace headroom {

// What one binding gave in the last poll: a value, "warming up" (a rate needs a second scrape),
// or an error (no series matched, NaN, a PromQL error...).
struct BindingOutcome {
    MetricId metric = MetricId::CpuUtilization;
    std::optional<double> value; // scaled, as written into the snapshot
    bool warmingUp = false;
    std::optional<Error> error;
};

// What the last poll fetched and mapped, for "Test connection", `headroom probe` and the status
// line of a source.
struct ProbeReport {
    // The transfer(s): one for Exposition and JsonDocument, one per binding for PrometheusApi
    // (bytes and elapsed summed, status and contentType of the last).
    long httpStatus = 0;
    std::size_t bytes = 0;
    std::chrono::microseconds elapsed{0};
    std::string contentType;
    std::string effectiveUrl; // redacted
    int requests = 0;
    // Exposition only.
    std::optional<exposition::ExpositionFormat> format;
    std::size_t families = 0;
    std::size_t samples = 0;
    std::size_t parseErrors = 0;
    std::size_t parseWarnings = 0;
    std::vector<exposition::ParseProblem> problems; // the first kMaxReportedProblems
    // PrometheusApi warnings, and "TLS verification is off" when it is.
    std::vector<std::string> warnings;
    std::vector<BindingOutcome> outcomes; // one per binding, in the config's order

    std::size_t mappedCount() const; // outcomes with a value
    std::size_t failedCount() const; // outcomes with an error
};

inline constexpr std::size_t kMaxReportedProblems = 20;

struct EndpointSourceOptions {
    // probe() takes a second reading this long after the first when a binding is warming up, so
    // that "Test connection" shows rates too. poll() never waits.
    std::chrono::milliseconds warmUpGap{1000};
    // The time, in seconds on any steady scale, at which poll() reads counters for rates. Empty:
    // the whole-second `now` passed to poll() (deterministic, for tests). The engine passes a
    // monotonic clock, since a rate over a 5 s interval measured in whole seconds can be off by
    // up to 20 % (ratios and quantiles are unaffected: the interval cancels out).
    std::function<double()> rateClock;
};

class EndpointSource : public Source {
public:
    // The config must be valid (validateSourceConfig); `secret` is the token / password / API-key
    // value when config.needsSecret().
    EndpointSource(SourceConfig config, std::optional<std::string> secret,
                   EndpointSourceOptions options = {});
    ~EndpointSource() override;

    std::string id() const override;          // "endpoint:<name>"
    std::string displayName() const override; // the config's name
    Result<void> poll(Timestamp now, Snapshot& into) override;

    // A poll that also returns its report; with warm-up (see EndpointSourceOptions) when a
    // binding needs a second reading. `now` stamps the values; the gap is real time.
    Result<ProbeReport> probe(Timestamp now, Snapshot& into);

    // The report of the last poll or probe (empty before the first).
    const ProbeReport& lastReport() const;
    const SourceConfig& config() const;

    // Thread-safe: aborts the transfer in flight and any warm-up wait.
    void cancel() override;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// The id the engine and the store use for a configured source: "endpoint:<name>".
std::string endpointSourceId(std::string_view name);

} // namespace headroom
