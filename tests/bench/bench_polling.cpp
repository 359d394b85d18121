// bench_polling: what polling many exporters costs the engine. Not a unit test: it prints figures.
//
// The issue's goal: "Polling 200 endpoints every 5 s on loopback keeps the engine under 5 % of one
// core". The bench starts Debian's nginx (nginx-light; LoopbackNginx.h) on 127.0.0.1 serving a
// node_exporter-like exposition (NodeExporterText.h: generated deterministically, 1 087 lines,
// 60.6 KB; or a real capture with --exposition FILE) at 200 distinct URLs, /node/<i>/metrics.
// Its CPU counters move with the clock: nginx picks the file of the current second
// (gen/<unix second>.prom, written at start), so the ready-made mapping's CPU rate sees real
// increases between two scrapes. Then an Engine on a temporary database gets 200 configured
// exposition sources (interval 5 s, the node_exporter ready mapping) through Engine::saveSource,
// plus the built-in host collector as in the console. After a warm-up it measures a fixed window
// and prints:
//   - the engine's CPU: getrusage(RUSAGE_SELF) user + sys over the window, as % of one core (this
//     process is the engine: its pollers, the engine thread, SQLite; nginx is another process);
//   - polls completed (HTTP 200 with the whole body, from nginx's access log in the window; and
//     the successes the engine's status reports show) and failed (other statuses, cut-short
//     transfers, and failures the engine reports: fetch, parse or mapping);
//   - each source's state at the end (ok and mapping every binding), RSS (now, peak), threads;
//   - CPU per poll in microseconds, and nginx's own CPU for reference.
// It exits 1 if a poll failed, fewer than 90 % of the expected polls completed or a source is not
// ok at the end; 2 if it could not set up; 3 if --max-cpu-percent is given and exceeded.
//
// Run (Release build; about 80 s and 3 000 requests with the defaults, loopback only):
//   cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release
//   cmake --build build-bench --target bench_polling -j2
//   build-bench/tests/bench/bench_polling [--sources 200] [--interval 5] [--warmup 15]
//       [--duration 60] [--exposition FILE] [--no-host] [--max-cpu-percent 5] [--keep]
// A real capture: prometheus-node-exporter --web.listen-address=127.0.0.1:9100 &
//   curl -s 127.0.0.1:9100/metrics > ne.prom; bench_polling --exposition ne.prom

#include "LoopbackNginx.h"
#include "NodeExporterText.h"
#include "catalog/CatalogLoader.h"
#include "engine/Engine.h"
#include "sources/HostCollector.h"
#include "sources/endpoint/SourceConfig.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <signal.h>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>
#include <unordered_map>
#include <vector>

using namespace headroom;
using namespace std::chrono_literals;
namespace fs = std::filesystem;
using bench::AccessCounts;
using bench::countAccess;
using bench::fileSize;
using bench::LoopbackNginx;
using bench::readFile;
using bench::writeFile;

namespace {

struct Options {
    int sources = 200;
    int intervalSeconds = 5;
    int warmupSeconds = 15;
    int durationSeconds = 60;
    std::string exposition; // a file to serve instead of the generated text
    bool host = true;
    double maxCpuPercent = 0; // 0: report only
    bool keep = false;
};

[[noreturn]] void usage(const char* why) {
    std::fprintf(stderr,
                 "bench_polling: %s\nusage: bench_polling [--sources N] [--interval S] "
                 "[--warmup S] [--duration S] [--exposition FILE] [--no-host] "
                 "[--max-cpu-percent P] [--keep]\n",
                 why);
    std::exit(2);
}

Options parseOptions(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc)
                usage(("missing value after " + arg).c_str());
            return argv[++i];
        };
        auto number = [&](int low, int high) {
            const std::string v = value();
            char* end = nullptr;
            const long n = std::strtol(v.c_str(), &end, 10);
            if (end == v.c_str() || *end != '\0' || n < low || n > high)
                usage((arg + " wants a whole number from " + std::to_string(low) + " to " +
                       std::to_string(high))
                          .c_str());
            return static_cast<int>(n);
        };
        if (arg == "--sources")
            o.sources = number(1, 2000);
        else if (arg == "--interval")
            o.intervalSeconds = number(1, 300);
        else if (arg == "--warmup")
            o.warmupSeconds = number(0, 600);
        else if (arg == "--duration")
            o.durationSeconds = number(5, 3600);
        else if (arg == "--exposition")
            o.exposition = value();
        else if (arg == "--no-host")
            o.host = false;
        else if (arg == "--max-cpu-percent")
            o.maxCpuPercent = std::strtod(value().c_str(), nullptr);
        else if (arg == "--keep")
            o.keep = true;
        else
            usage(("unknown option " + arg).c_str());
    }
    return o;
}

double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// user + sys seconds of another process, from /proc/PID/stat (fields 14 and 15, in ticks).
double processCpuSeconds(pid_t pid) {
    std::string stat;
    std::getline(std::ifstream("/proc/" + std::to_string(pid) + "/stat"), stat);
    const auto close = stat.rfind(')');
    if (close == std::string::npos)
        return 0;
    std::istringstream fields(stat.substr(close + 2));
    std::string field;
    double ticks = 0;
    for (int i = 3; i <= 15 && fields >> field; ++i)
        if (i >= 14)
            ticks += std::strtod(field.c_str(), nullptr);
    return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

// A field of /proc/self/status ("VmRSS", "VmHWM", "Threads"), as a number (kB for sizes).
long selfStatus(const std::string& key) {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.starts_with(key + ":"))
            return std::strtol(line.c_str() + key.size() + 1, nullptr, 10);
    return -1;
}

// What the engine reports. Counting only: the listener runs on the engine's threads, and its own
// cost lands in the measured CPU, so it copies nothing on the hot path.
class Recorder final : public EngineListener {
public:
    void onSourceSaved(RequestId id, const std::string&, const SourceConfig&) override {
        record([&] { saved.insert(id); });
    }
    void onSources(RequestId id, const SourcesView& view) override {
        record([&] { views[id] = view; });
    }
    void onSnapshotStored(const std::string&, const StoredSnapshot&) override { ++snapshots; }
    // Poll outcomes as the engine's status reports show them (every source in each, at most two
    // reports a second, so a source polled every few seconds is seen after each poll): a new
    // lastSuccessAt is a success, a longer failure streak is a failure. Counted all along; a
    // window is the difference of two readings, so its edges are off by at most one report.
    void onSourceStatus(const std::vector<SourceStatus>& statuses) override {
        ++statusReports;
        std::lock_guard lock(mutex);
        for (const SourceStatus& status : statuses) {
            if (status.sourceId == "host")
                continue;
            Track& track = m_tracks[status.sourceId];
            if (status.lastSuccessAt && status.lastSuccessAt != track.lastSuccess)
                ++succeededPolls;
            if (status.consecutiveFailures > track.failures)
                failedPolls += status.consecutiveFailures - track.failures;
            else if (status.consecutiveFailures > 0 && status.consecutiveFailures < track.failures)
                failedPolls += status.consecutiveFailures; // recovered, then a new streak
            track.lastSuccess = status.lastSuccessAt;
            track.failures = status.consecutiveFailures;
        }
    }
    void onError(RequestId id, const Error& error) override {
        record([&] {
            if (id == 0) {
                ++pollErrors;
                if (firstPollErrors.size() < 5)
                    firstPollErrors.push_back(error.message);
            } else {
                requestErrors[id] = error;
            }
        });
    }

    template <class Pred>
    bool waitFor(std::chrono::seconds timeout, Pred pred) {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, timeout, pred);
    }

    std::mutex mutex;
    std::condition_variable changed;
    std::set<RequestId> saved;
    std::map<RequestId, SourcesView> views;
    std::map<RequestId, Error> requestErrors;
    long pollErrors = 0; // onError for background work: a source starts failing, a store error
    std::vector<std::string> firstPollErrors;
    long succeededPolls = 0;
    long failedPolls = 0;
    std::atomic<long> snapshots{0};
    std::atomic<long> statusReports{0};

private:
    struct Track {
        std::optional<Timestamp> lastSuccess;
        int failures = 0;
    };
    std::unordered_map<std::string, Track> m_tracks;

    template <class Fn>
    void record(Fn&& fn) {
        {
            std::lock_guard lock(mutex);
            fn();
        }
        changed.notify_all();
    }
};

int run(const Options& options) {
    // A private folder: nginx's config, document root and logs, and the engine's database.
    std::string pattern = (fs::temp_directory_path() / "headroom-bench-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        std::fprintf(stderr, "bench_polling: cannot create a temporary folder\n");
        return 2;
    }
    const fs::path dir = pattern;
    struct Cleanup {
        fs::path dir;
        bool keep;
        ~Cleanup() {
            if (keep) {
                std::printf("kept %s\n", dir.c_str());
            } else {
                std::error_code ec;
                fs::remove_all(dir, ec);
            }
        }
    } cleanup{dir, options.keep};

    // One file per second of the run, the CPU counters advanced by the seconds since the start.
    std::string base;
    std::string what;
    if (options.exposition.empty()) {
        base = bench::NodeExporterText().generate();
        what = "generated node_exporter 1.5.0-like text";
    } else {
        base = readFile(options.exposition);
        if (base.empty()) {
            std::fprintf(stderr, "bench_polling: cannot read %s\n", options.exposition.c_str());
            return 2;
        }
        what = options.exposition;
    }
    const long lines = std::count(base.begin(), base.end(), '\n');
    fs::create_directories(dir / "html" / "gen");
    const auto firstSecond = std::chrono::duration_cast<std::chrono::seconds>(
                                 std::chrono::system_clock::now().time_since_epoch())
                                 .count() -
                             2;
    const int seconds = options.warmupSeconds + options.durationSeconds + 180; // setup and stop
    for (int s = 0; s < seconds; ++s)
        writeFile(dir / "html" / "gen" / (std::to_string(firstSecond + s) + ".prom"),
                  bench::advanceCpuCounters(base, s));

    LoopbackNginx nginx;
    if (const std::string why = nginx.start(dir, options.sources * 2 + 64); !why.empty()) {
        std::fprintf(stderr, "bench_polling: %s\n", why.c_str());
        return 2;
    }

    auto catalog = loadDefaultCatalog();
    if (!catalog) {
        std::fprintf(stderr, "bench_polling: catalog: %s\n", catalog.error().message.c_str());
        return 2;
    }
    EngineOptions engineOptions;
    engineOptions.databasePath = (dir / "bench.db").string();
    engineOptions.catalog = *catalog;
    engineOptions.clock = systemClock();
    engineOptions.createDemoWorkspace = false;
    std::vector<std::unique_ptr<Source>> live;
    if (options.host)
        live.push_back(std::make_unique<HostCollector>());
    Recorder recorder;
    Engine engine(std::move(engineOptions), std::move(live));
    engine.addListener(&recorder);
    if (auto started = engine.start(); !started) {
        std::fprintf(stderr, "bench_polling: engine: %s\n", started.error().message.c_str());
        return 2;
    }

    const std::string workspace = "local";
    std::vector<RequestId> saves;
    for (int i = 0; i < options.sources; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "node-%03d", i);
        SourceConfig config = sourceFromReadyMapping(ReadyMapping::NodeExporter, name);
        config.url = "http://127.0.0.1:" + std::to_string(nginx.port()) + "/node/" +
                     std::to_string(i) + "/metrics";
        config.interval = std::chrono::seconds(options.intervalSeconds);
        if (auto valid = validateSourceConfig(config); !valid) {
            std::fprintf(stderr, "bench_polling: source %s: %s\n", name,
                         valid.error().message.c_str());
            return 2;
        }
        saves.push_back(engine.saveSource(workspace, std::move(config)));
    }
    const bool allAnswered = recorder.waitFor(120s, [&] {
        return std::all_of(saves.begin(), saves.end(), [&](RequestId id) {
            return recorder.saved.contains(id) || recorder.requestErrors.contains(id);
        });
    });
    {
        std::lock_guard lock(recorder.mutex);
        if (!allAnswered || recorder.saved.size() != saves.size()) {
            std::fprintf(stderr, "bench_polling: %zu of %zu sources saved\n", recorder.saved.size(),
                         saves.size());
            for (const auto& [id, error] : recorder.requestErrors)
                std::fprintf(stderr, "  %s\n", error.message.c_str());
            return 2;
        }
    }

    std::this_thread::sleep_for(std::chrono::seconds(options.warmupSeconds));

    // The window: nothing of the bench's own runs in it but the listener's counting.
    long errorsBefore = 0;
    long succeededBefore = 0;
    long failedBefore = 0;
    {
        std::lock_guard lock(recorder.mutex);
        errorsBefore = recorder.pollErrors;
        succeededBefore = recorder.succeededPolls;
        failedBefore = recorder.failedPolls;
    }
    const long snapshotsBefore = recorder.snapshots;
    const long statusBefore = recorder.statusReports;
    const std::uintmax_t logFrom = fileSize(nginx.accessLog());
    const double nginxCpu0 = processCpuSeconds(nginx.pid());
    const auto wall0 = std::chrono::steady_clock::now();
    const double cpu0 = cpuSeconds();
    std::this_thread::sleep_for(std::chrono::seconds(options.durationSeconds));
    const double cpu1 = cpuSeconds();
    const auto wall1 = std::chrono::steady_clock::now();
    const double nginxCpu1 = processCpuSeconds(nginx.pid());
    const std::uintmax_t logTo = fileSize(nginx.accessLog());
    const long snapshots = recorder.snapshots - snapshotsBefore;
    const long statusReports = recorder.statusReports - statusBefore;
    long engineSucceeded = 0;
    long engineFailed = 0;
    std::vector<std::string> firstErrors;
    {
        std::lock_guard lock(recorder.mutex);
        engineSucceeded = recorder.succeededPolls - succeededBefore;
        engineFailed =
            std::max(recorder.failedPolls - failedBefore, recorder.pollErrors - errorsBefore);
        firstErrors = recorder.firstPollErrors;
    }
    const long rssKb = selfStatus("VmRSS");
    const long peakKb = selfStatus("VmHWM");
    const long threads = selfStatus("Threads");

    // Each source's state at the end.
    const RequestId viewId = engine.requestSources(workspace);
    SourcesView view;
    const bool viewArrived = recorder.waitFor(30s, [&] { return recorder.views.contains(viewId); });
    if (viewArrived) {
        std::lock_guard lock(recorder.mutex);
        view = recorder.views[viewId];
    }
    const auto stop0 = std::chrono::steady_clock::now();
    engine.stop();
    const auto stopMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::steady_clock::now() - stop0)
                            .count();
    nginx.stop();

    const AccessCounts access = countAccess(nginx.accessLog(), logFrom, logTo);
    int sourcesOk = 0;
    int sourcesFull = 0;
    std::vector<std::string> notOk;
    for (const SourceStatus& status : view.statuses) {
        if (status.sourceId == "host")
            continue;
        if (status.health() == SourceHealth::Ok) {
            ++sourcesOk;
            if (status.warnings.empty() && status.mappedMetrics >= 4)
                ++sourcesFull;
        } else if (notOk.size() < 5) {
            notOk.push_back(status.displayName + ": " + std::string(keyOf(status.health())) +
                            (status.lastError ? " (" + status.lastError->message + ")" : ""));
        }
    }

    const double wall = std::chrono::duration<double>(wall1 - wall0).count();
    const double cpu = cpu1 - cpu0;
    const double percent = 100.0 * cpu / wall;
    const long expected = static_cast<long>(options.sources * wall / options.intervalSeconds);
    const long failed = access.failed + engineFailed;
    const double perPollUs =
        access.completed > 0 ? cpu * 1e6 / static_cast<double>(access.completed) : 0;

    std::printf("bench_polling: %d exposition sources every %d s on 127.0.0.1 (nginx), "
                "node_exporter ready mapping%s\n",
                options.sources, options.intervalSeconds,
                options.host ? ", plus the host collector" : "");
    std::printf("  %-26s %s, %zu bytes, %ld lines\n", "exposition", what.c_str(), base.size(),
                lines);
    std::printf("  %-26s %d s / %.1f s\n", "warm-up / measured", options.warmupSeconds, wall);
    std::printf("  %-26s %ld (expected %ld): HTTP 200 served, %.1f MB; engine saw %ld succeed\n",
                "polls completed", access.completed, expected,
                static_cast<double>(access.bytes) / 1e6, engineSucceeded);
    std::printf("  %-26s %ld (HTTP %ld, engine %ld: fetch, parse or mapping)\n", "polls failed",
                failed, access.failed, engineFailed);
    std::printf("  %-26s %d / %d ok, %d mapping every metric%s\n", "sources at the end", sourcesOk,
                options.sources, sourcesFull, viewArrived ? "" : " (no answer from the engine)");
    std::printf("  %-26s %ld snapshots stored, %ld status reports\n", "engine activity", snapshots,
                statusReports);
    std::printf("  %-26s %.3f s = %.2f %% of one core (goal < 5 %%: %s)\n", "engine CPU (user+sys)",
                cpu, percent, percent < 5.0 ? "met" : "NOT met");
    std::printf("  %-26s %.0f us\n", "CPU per poll", perPollUs);
    std::printf("  %-26s %.1f MB now, %.1f MB peak, %ld threads\n", "RSS", rssKb / 1024.0,
                peakKb / 1024.0, threads);
    std::printf("  %-26s %.2f %% of one core\n", "nginx CPU (reference)",
                100.0 * (nginxCpu1 - nginxCpu0) / wall);
    std::printf("  %-26s %lld ms\n", "engine stop", static_cast<long long>(stopMs));
    for (const std::string& e : firstErrors)
        std::printf("  a source failed (first ones of the run): %s\n", e.c_str());
    for (const std::string& s : notOk)
        std::printf("  not ok: %s\n", s.c_str());

    const long enough = expected * 9 / 10;
    if (failed > 0 || access.completed < enough || engineSucceeded < enough ||
        sourcesOk != options.sources) {
        std::printf("FAILED: polls failed, too few completed, or sources not ok\n");
        return 1;
    }
    if (options.maxCpuPercent > 0 && percent > options.maxCpuPercent) {
        std::printf("FAILED: engine CPU %.2f %% above --max-cpu-percent %.2f\n", percent,
                    options.maxCpuPercent);
        return 3;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    ::signal(SIGPIPE, SIG_IGN);
    return run(parseOptions(argc, argv));
}
