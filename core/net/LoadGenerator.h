#pragma once
// LoadGenerator: runs one StrainPlan against its URLs with libcurl's multi interface and measures
// what the server did, on the calling thread (the engine gives it a job thread; the CLI its main
// thread) plus options.threads - 1 workers of its own. Event-driven: per worker one curl multi
// handle on epoll (curl's socket interface) and a pool of reused easy handles.
// - Cleartext HTTP/1.1 to one origin (LoadExchange.cpp): libcurl resolves and connects
//   (CURLOPT_CONNECT_ONLY) and hands the socket over; the worker writes a request built once
//   (net/Http1Request) and reads the answer with its own parser (net/Http1Response) on the
//   kept-alive connection. libcurl's per-transfer work would otherwise make the generator, not
//   the server, the limit on loopback.
// - Everything else is a libcurl transfer with keep-alive connections from the multi's cache:
//   HTTPS with HTTP/1.1, or HTTP/2 multiplexed (CURLPIPE_MULTIPLEX) over TLS by ALPN; URLs on
//   several origins. Cleartext HTTP/2 with prior knowledge opens a connection per request (see
//   LoadWorker.cpp).
//
// Models (model/Strain.h):
// - Closed: plan.users virtual users, started evenly over the ramp; each sends its next request
//   when its previous one ended plus plan.thinkTime. Latency runs from the send.
// - Open: arrivals at plan.rateAt(t), due at plan.arrivalDueAt(n). Latency runs from the
//   arrival's *due* time, not from when it was sent, so a stall that holds back later requests
//   shows in the percentiles instead of being hidden (coordinated omission). An arrival that finds
//   every connection of options.maxConnections busy waits for one, and that wait is latency too;
//   one that waited longer than the request timeout counts as a timeout, one still waiting when
//   the run ends is dropped. An arrival the generator's own loop reaches later than
//   options.lateSendTolerance is not sent: it is dropped. Dropped arrivals, and those that waited
//   for a connection beyond the tolerance, are late sends; a run with more than
//   options.maxLateShare of its arrivals late is marked saturated
//   (GeneratorSaturation::LateSends): the generator, not the server, shaped its load.
// - Either model: a run whose generator thread used more than options.maxCpuShare of one core is
//   marked saturated (GeneratorSaturation::Cpu): its latencies then include its own queueing.
//
// Bounds: no new request after plan.duration or once plan.maxRequests were sent; requests in
// flight at the duration may finish until plan.maxTime, then they are abandoned (counted as
// timeouts). The stop token cancels at any moment: transfers are abandoned, not counted, and the
// result covers what ran (stop = Cancelled). The run never outlives maxTime by more than one
// poll interval.
//
// Errors (LoadErrorCounts): a response is completed whatever its status; 4xx/5xx also count as
// status errors. Timeouts, connection failures (refused, reset, closed without an answer) and
// other client errors are failed requests without a latency.

#include "model/Error.h"
#include "model/StrainRun.h"
#include "model/Time.h"
#include "strain/StrainScenario.h"

#include <chrono>
#include <functional>
#include <stop_token>

namespace headroom {

class LatencyHistogram;

enum class LoadHttpVersion {
    Auto,  // HTTP/1.1 for http://, HTTP/2 when a https:// server offers it (ALPN)
    Http1, // HTTP/1.1 only
    Http2  // HTTP/2: over TLS by ALPN for https://, with prior knowledge (h2c) for http://
};

struct LoadOptions {
    LoadHttpVersion httpVersion = LoadHttpVersion::Auto;
    // Open model: connections (HTTP/1.1) or streams in flight at most; later arrivals wait.
    int maxConnections = 1024;
    // Open model: an arrival reached later than this is dropped, not sent.
    std::chrono::milliseconds lateSendTolerance{20};
    // Saturation thresholds (see above).
    double maxLateShare = 0.01;
    double maxCpuShare = 0.90;
    // Worker threads, each with its own event loop and a share of the users or arrivals (as wrk's
    // -t): 0 picks one per core (at most 4; half of them for a target on this computer, which
    // needs the others), never more than the users, and for an open run one per 1000 requests a
    // second.
    int threads = 0;
    // How often a LoadSample is taken (and the progress callback called).
    std::chrono::milliseconds sampleInterval{1000};
    // Servers with self-signed certificates in staging; verification stays on by default.
    bool verifyTls = true;
};

// Called on the calling thread after each sample with the sample and the totals so far.
// Keep it short: the generator does not send while it runs.
struct LoadProgress {
    LoadSample sample;
    std::int64_t sent = 0;
    std::int64_t completed = 0;
    std::int64_t errors = 0;
    std::int64_t dropped = 0;
    double fractionDone = 0.0; // of the planned duration, 0..1
};
using LoadProgressCallback = std::function<void(const LoadProgress&)>;

// Runs the plan to its end (or cancellation) and returns the figures. `clock` stamps startedAt
// (the run's own timing uses the steady clock). InvalidArgument for a plan planRun() would not
// have produced (no URL, no users and no rate, no bound); NetworkError when libcurl cannot be set
// up at all. A server that refuses every connection is not an error of the run: it is a run whose
// requests all failed. When `latency` is given it receives every recorded latency (for storage or
// finer analysis); it must have the default layout.
Result<StrainRunResult> runLoad(const StrainPlan& plan, const LoadOptions& options,
                                std::stop_token stop, const Clock& clock,
                                const LoadProgressCallback& progress = {},
                                LatencyHistogram* latency = nullptr);

} // namespace headroom
