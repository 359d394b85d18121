#include "net/LoadGenerator.h"

#include "net/LoadWorker.h"

#include <algorithm>
#include <memory>
#include <thread>
#include <vector>

namespace headroom {
namespace {

using load::LoadBoard;
using load::LoadWorker;
using load::Steady;
using load::WorkerEnd;
using std::chrono::duration_cast;
using std::chrono::microseconds;
using std::chrono::milliseconds;

// Workers for a plan: one per core (at most 4, as wrk's -t), never more than the users; an open
// run adds one per 1000 requests a second it must send.
int workersFor(const StrainPlan& plan, const LoadOptions& options) {
    const int cores = std::clamp(static_cast<int>(std::thread::hardware_concurrency()), 1, 4);
    // A server on this computer needs cores too: the generator takes half of them (at least one)
    // and leaves it the rest. On two cores against nginx, one worker served ~1.2 times the
    // requests two did (bench_strain_compare), and the server's figures are what a run measures.
    const bool local =
        std::ranges::all_of(plan.urls, [](const std::string& url) { return isLocalTarget(url); });
    int workers = options.threads > 0 ? options.threads : (local ? std::max(1, cores / 2) : cores);
    if (plan.model == LoadModel::Closed) {
        workers = std::min(workers, plan.users);
    } else if (options.threads <= 0) {
        workers = std::min(workers, 1 + static_cast<int>(plan.arrivalRatePerSecond / 1000.0));
    }
    return std::max(1, workers);
}

// Why the run as a whole ended, from its workers' ends.
LoadStop combinedStop(const std::vector<WorkerEnd>& ends, const LoadBoard& board) {
    for (LoadStop worst : {LoadStop::Cancelled, LoadStop::MaxTime}) {
        if (std::ranges::any_of(ends, [worst](const WorkerEnd& e) { return e.stop == worst; })) {
            return worst;
        }
    }
    return board.budget.load() <= 0 ? LoadStop::MaxRequests : LoadStop::Finished;
}

StrainRunResult assemble(const StrainPlan& plan, const LoadOptions& options, LoadBoard& board,
                         const std::vector<WorkerEnd>& ends, Steady::time_point end,
                         Timestamp startedAt, LatencyHistogram* latencyOut) {
    const std::lock_guard lock(board.mutex);
    const load::LoadTally& tally = board.tally;
    StrainRunResult result;
    result.scenarioId = plan.scenarioId;
    result.kind = plan.kind;
    result.model = plan.model;
    result.users = plan.users;
    result.arrivalRatePerSecond = plan.arrivalRatePerSecond;
    result.plannedDuration = plan.duration;
    result.method = plan.method;
    result.urls = plan.urls;
    result.httpVersion = tally.httpVersion();
    result.startedAt = startedAt;
    result.elapsed = duration_cast<milliseconds>(end - board.start);
    result.stop = combinedStop(ends, board);
    result.completed = tally.completed();
    result.errors = tally.errors();
    result.statusCounts = tally.statusCounts();
    result.bytesReceived = board.bytesReceived.load();
    result.bytesSent = board.bytesSent.load();
    result.timeline = std::move(board.timeline);

    const double wall = std::chrono::duration<double>(end - board.start).count();
    GeneratorHealth& health = result.generator;
    // The busiest worker decides: one saturated thread queues its own share of the load.
    for (const WorkerEnd& e : ends) {
        health.cpuShare = std::max(health.cpuShare, wall > 0.0 ? e.cpuSeconds / wall : 0.0);
    }
    health.lateSends = board.lateSends;
    health.worstSendLag = board.worstLag;
    const double arrivals = static_cast<double>(tally.sentCount() + tally.droppedCount());
    if (arrivals > 0.0 && static_cast<double>(board.lateSends) / arrivals > options.maxLateShare) {
        health.saturation = GeneratorSaturation::LateSends;
    } else if (health.cpuShare > options.maxCpuShare) {
        health.saturation = GeneratorSaturation::Cpu;
    }

    const LatencyHistogram& latency = tally.latency();
    const LatencyPercentiles p = latency.percentiles();
    StrainMeasurement& m = result.measurement;
    m.p50 = microseconds(p.p50Us);
    m.p90 = microseconds(p.p90Us);
    m.p95 = microseconds(p.p95Us);
    m.p99 = microseconds(p.p99Us);
    m.p999 = microseconds(p.p999Us);
    m.max = microseconds(p.maxUs);
    m.throughputPerSecond = wall > 0.0 ? static_cast<double>(result.completed) / wall : 0.0;
    const std::int64_t failedWithoutAnswer =
        result.errors.timeout + result.errors.connection + result.errors.other;
    m.requests = static_cast<std::size_t>(result.completed + failedWithoutAnswer);
    m.errors = static_cast<std::size_t>(result.errors.total());
    m.errorRate =
        m.requests > 0 ? static_cast<double>(m.errors) / static_cast<double>(m.requests) : 0.0;
    m.dropped = static_cast<std::size_t>(tally.droppedCount());
    m.generatorSaturated = health.saturation != GeneratorSaturation::None;
    if (latencyOut != nullptr) {
        (void)latencyOut->merge(latency);
    }
    return result;
}

} // namespace

Result<StrainRunResult> runLoad(const StrainPlan& plan, const LoadOptions& options,
                                std::stop_token stop, const Clock& clock,
                                const LoadProgressCallback& progress, LatencyHistogram* latency) {
    if (plan.urls.empty()) {
        return fail(ErrorCode::InvalidArgument, "the load plan has no URL");
    }
    if (plan.model == LoadModel::Closed ? plan.users < 1 : !(plan.arrivalRatePerSecond > 0.0)) {
        return fail(ErrorCode::InvalidArgument, "the load plan has neither users nor a rate");
    }
    if (plan.maxRequests < 1 || plan.duration <= std::chrono::seconds{0} ||
        plan.maxTime < plan.duration) {
        return fail(ErrorCode::InvalidArgument,
                    "the load plan is not bounded (duration, max requests, max time)");
    }
    if (options.maxConnections < 1 || options.sampleInterval <= milliseconds{0}) {
        return fail(ErrorCode::InvalidArgument,
                    "load options need at least one connection and a positive sample interval");
    }
    if (latency != nullptr && !latency->sameLayout(LatencyHistogram{})) {
        return fail(ErrorCode::InvalidArgument,
                    "the latency histogram must have the default layout");
    }
    const int workers = workersFor(plan, options);
    LoadBoard board;
    board.budget = plan.maxRequests;
    std::vector<std::unique_ptr<LoadWorker>> runs;
    for (int k = 0; k < workers; ++k) {
        runs.push_back(
            std::make_unique<LoadWorker>(plan, options, stop, progress, board, k, workers));
        if (auto ok = runs.back()->setUp(); !ok) {
            return std::unexpected(ok.error());
        }
    }
    const Timestamp startedAt = clock ? clock() : Timestamp{};
    board.start = Steady::now();
    board.end = board.start + plan.duration;
    board.deadline = board.start + plan.maxTime;
    board.lastSample = board.start;
    std::vector<WorkerEnd> ends(static_cast<std::size_t>(workers));
    {
        std::vector<std::jthread> threads;
        for (int k = 1; k < workers; ++k) {
            threads.emplace_back([&runs, &ends, k] {
                ends[static_cast<std::size_t>(k)] = runs[static_cast<std::size_t>(k)]->work();
            });
        }
        ends[0] = runs[0]->work();
    } // joins the other workers
    const auto end = Steady::now();
    runs[0]->sample(end, true); // the last, partial window, when anything happened in it
    return assemble(plan, options, board, ends, end, startedAt, latency);
}

} // namespace headroom
