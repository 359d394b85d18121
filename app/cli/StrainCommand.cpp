// `headroom strain` (issue 8): runs a strain scenario from the catalog against a target, judges
// it by the pass criteria, compares it with the scenario's baseline and stores it in the
// workspace, as the console's Strain Tests view does (engine/StrainJob.h). Also lists the
// scenarios and the stored runs, and sets a baseline. A target that is not this computer needs
// --allow-remote: the run sends real traffic. Ctrl-C cancels the run; what ran is stored, not
// judged. Exit: 0 passed without regression, 1 failed, not judged, cancelled or regressed.
// Nothing polls the workspace's sources while the command runs, so for a target on this computer
// the host collector is sampled during the run and gives the memory figure.
#include "cli/CommandSupport.h"
#include "cli/StrainText.h"
#include "cli/SubCommand.h"
#include "model/Text.h"
#include "sources/HostCollector.h"

#include <array>
#include <charconv>
#include <iostream>
#include <ostream>
#include <thread>
#include <unistd.h>

namespace headroom::cli {

namespace {

using nlohmann::json;

const std::vector<OptionSpec>& strainOptions() {
    static const std::vector<OptionSpec> options = withCommon({
        {"scenario", true, "NAME", "the scenario to run (see --list)"},
        {"url", true, "URL",
         "the target: an origin the scenario's paths are resolved against, or the one URL to load"},
        {"duration", true, "TIME", "run for TIME (30s, 5m, 1h) instead of the scenario's"},
        {"ramp", true, "TIME", "ramp the load up over TIME"},
        {"users", true, "N", "N concurrent users (closed model)"},
        {"rate", true, "R", "R requests per second (open model)"},
        {"intensity", true, "F", "a share (0..1] of the scenario's load"},
        {"think", true, "TIME", "a closed-model user's pause between requests (0, 500ms, 1s)"},
        {"max-requests", true, "N", "stop after N requests"},
        {"http2", false, "", "HTTP/2: h2c with prior knowledge for http://, ALPN for https://"},
        {"http1", false, "", "HTTP/1.1 only"},
        {"insecure", false, "", "do not verify the target's TLS certificate"},
        {"allow-remote", false, "", "allow a target that is not this computer"},
        {"no-store", false, "", "measure and judge, but do not store the run"},
        {"list", false, "", "list the scenarios"},
        {"history", false, "", "list the stored runs (of --scenario, else all)"},
        {"set-baseline", true, "RUN", "make stored run RUN its scenario's baseline"},
        {"json", false, "", "print JSON"},
    });
    return options;
}

// "30s", "5m", "1h", "500ms", "90" (seconds). None for anything else.
std::optional<std::chrono::milliseconds> parseSpan(std::string_view text) {
    long long value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || value < 0) {
        return std::nullopt;
    }
    const std::string_view unit(end, static_cast<std::size_t>(text.data() + text.size() - end));
    if (unit.empty() || unit == "s") {
        return std::chrono::seconds(value);
    }
    if (unit == "ms") {
        return std::chrono::milliseconds(value);
    }
    if (unit == "m" || unit == "min") {
        return std::chrono::minutes(value);
    }
    if (unit == "h") {
        return std::chrono::hours(value);
    }
    return std::nullopt;
}

Result<std::optional<std::chrono::milliseconds>> spanOption(const ParsedArgs& args,
                                                            const std::string& name) {
    const auto text = args.value(name);
    if (!text) {
        return std::nullopt;
    }
    const auto span = parseSpan(*text);
    if (!span) {
        return fail(ErrorCode::InvalidArgument,
                    cat("--", name, " takes a time like 30s, 5m, 1h or 500ms, got '", *text, "'"));
    }
    return span;
}

template <class T>
Result<std::optional<T>> numberOption(const ParsedArgs& args, const std::string& name) {
    const auto text = args.value(name);
    if (!text) {
        return std::nullopt;
    }
    T value{};
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (ec != std::errc{} || end != text->data() + text->size()) {
        return fail(ErrorCode::InvalidArgument,
                    cat("--", name, " takes a number, got '", *text, "'"));
    }
    return value;
}

template <class T>
const Error* errorOf(const Result<T>& result) {
    return result ? nullptr : &result.error();
}

// The run's overrides from the command line; whole seconds where the plan counts seconds.
Result<StrainOverrides> overridesFrom(const ParsedArgs& args) {
    StrainOverrides o;
    if (const auto url = args.value("url")) {
        applyTargetUrl(o, *url);
    }
    auto duration = spanOption(args, "duration");
    auto ramp = spanOption(args, "ramp");
    auto think = spanOption(args, "think");
    auto users = numberOption<int>(args, "users");
    auto rate = numberOption<double>(args, "rate");
    auto intensity = numberOption<double>(args, "intensity");
    auto maxRequests = numberOption<std::int64_t>(args, "max-requests");
    for (const Error* error : {errorOf(duration), errorOf(ramp), errorOf(think), errorOf(users),
                               errorOf(rate), errorOf(intensity), errorOf(maxRequests)}) {
        if (error != nullptr) {
            return std::unexpected(*error);
        }
    }
    if (*users && *rate) {
        return fail(ErrorCode::InvalidArgument,
                    "give --users (closed model) or --rate (open model), not both");
    }
    if (*duration) {
        o.duration = std::chrono::ceil<std::chrono::seconds>(**duration);
    }
    if (*ramp) {
        o.rampUp = std::chrono::ceil<std::chrono::seconds>(**ramp);
    }
    o.thinkTime = *think;
    o.users = *users;
    o.arrivalRatePerSecond = *rate;
    o.intensity = *intensity;
    o.maxRequests = *maxRequests;
    return o;
}

int listScenarios(const ParsedArgs& args, const Catalog& catalog, std::ostream& out) {
    if (args.flag("json")) {
        json list = json::array();
        for (const StrainScenario& s : catalog.strain.scenarios) {
            list.push_back({{"id", s.id},
                            {"name", s.name},
                            {"model", keyOf(s.model)},
                            {"users", s.users},
                            {"arrival_rate_per_second", s.arrivalRatePerSecond},
                            {"duration_seconds", s.duration.count()},
                            {"ramp_up_seconds", s.rampUp.count()},
                            {"think_time_ms", s.thinkTime.count()},
                            {"urls", s.urls}});
        }
        out << list.dump(2) << "\n";
    } else {
        printScenarios(out, catalog.strain);
    }
    return kExitOk;
}

int runStrain(const std::vector<std::string>& rest, std::ostream& out, std::ostream& err) {
    const std::string command = "strain";
    auto args = parseArgs(rest, strainOptions());
    if (!args) {
        return reportError(err, command, args.error(), kExitUsage);
    }
    auto opened = openWorkspace(*args, command, err);
    if (!opened) {
        return opened.error();
    }
    Store& store = *opened->store;
    const StrainSettings& settings = opened->catalog.strain;
    const std::string& workspace = opened->workspace.name;
    const bool asJson = args->flag("json");

    if (args->flag("list")) {
        return listScenarios(*args, opened->catalog, out);
    }
    if (args->flag("history")) {
        auto runs = store.strainRuns(workspace, args->value("scenario").value_or(""), 1000);
        if (!runs) {
            return reportError(err, command, runs.error(), exitCodeFor(runs.error()));
        }
        if (asJson) {
            out << runHistoryJson(*runs).dump(2) << "\n";
        } else {
            printRunHistory(out, *runs);
        }
        return kExitOk;
    }
    if (const auto baseline = args->value("set-baseline")) {
        RowId id = 0;
        const auto [end, ec] =
            std::from_chars(baseline->data(), baseline->data() + baseline->size(), id);
        if (ec != std::errc{} || end != baseline->data() + baseline->size()) {
            return reportError(
                err, command,
                Error{ErrorCode::InvalidArgument,
                      cat("--set-baseline takes a run number, got '", *baseline, "'")},
                kExitUsage);
        }
        if (auto set = store.setStrainBaseline(workspace, id, "command line", systemClock()());
            !set) {
            const ErrorCode why = set.error().code;
            const int code = why == ErrorCode::Conflict   ? kExitBadInput
                             : why == ErrorCode::NotFound ? kExitUsage
                                                          : exitCodeFor(set.error());
            return reportError(err, command, set.error(), code);
        }
        out << "Run " << id << " is now the baseline of its scenario in '" << workspace << "'.\n";
        return kExitOk;
    }

    const auto scenarioId = args->value("scenario");
    if (!scenarioId) {
        return reportError(err, command,
                           Error{ErrorCode::InvalidArgument,
                                 "--scenario NAME is required (headroom strain --list shows them)"},
                           kExitUsage);
    }
    const StrainScenario* scenario = settings.findScenario(*scenarioId);
    if (scenario == nullptr) {
        std::string known;
        for (const StrainScenario& s : settings.scenarios) {
            known += (known.empty() ? "" : ", ") + s.id;
        }
        return reportError(
            err, command,
            Error{ErrorCode::NotFound, cat("no scenario '", *scenarioId, "' (known: ", known, ")")},
            kExitUsage);
    }
    auto overrides = overridesFrom(*args);
    if (!overrides) {
        return reportError(err, command, overrides.error(), kExitUsage);
    }
    auto plan = planRun(*scenario, settings.limits, *overrides);
    if (!plan) {
        return reportError(err, command, plan.error(), kExitBadInput);
    }
    if (!plan->allTargetsLocal && !args->flag("allow-remote")) {
        return reportError(
            err, command,
            Error{ErrorCode::Conflict,
                  cat(plan->urls.front(), " is not this computer: the test sends it real traffic; "
                                          "add --allow-remote to confirm")},
            kExitUsage);
    }

    StrainJobRequest request;
    request.workspace = workspace;
    request.scenarioName = scenario->name;
    request.plan = *plan;
    request.settings = settings;
    request.store = !args->flag("no-store");
    request.options.verifyTls = !args->flag("insecure");
    if (args->flag("http2") && args->flag("http1")) {
        return reportError(err, command,
                           Error{ErrorCode::InvalidArgument, "give --http1 or --http2, not both"},
                           kExitUsage);
    }
    if (args->flag("http2")) {
        request.options.httpVersion = LoadHttpVersion::Http2;
    } else if (args->flag("http1")) {
        request.options.httpVersion = LoadHttpVersion::Http1;
    }
    if (plan->allTargetsLocal) {
        // Only memory is wanted: no pause on the first poll to measure CPU.
        HostCollectorOptions host;
        host.firstSampleGap = std::chrono::milliseconds{0};
        request.memoryProbe = memoryProbeOf(std::make_shared<HostCollector>(host));
    }

    // Ctrl-C: a watcher turns the signal's flag into a stop request (std::stop_source is not
    // async-signal-safe); the run then ends at once and what ran is stored, not judged.
    std::stop_source stop;
    InterruptScope interrupt;
    std::jthread watcher([&stop](std::stop_token done) {
        while (!done.stop_requested()) {
            if (InterruptScope::interrupted()) {
                stop.request_stop();
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
    const bool live = !asJson && ::isatty(STDERR_FILENO) == 1;
    auto progress = [&err, live](const LoadProgress& p) {
        if (live) {
            err << "\r  " << fixedNumber(p.fractionDone * 100.0, 0) << " %  " << p.sent << " sent  "
                << fixedNumber(p.sample.throughputPerSecond, 0) << " req/s  p95 "
                << latencyText(p.sample.p95) << "  errors " << p.errors << "   " << std::flush;
        }
    };
    auto outcome = runStrainJob(store, request, stop.get_token(), systemClock(), progress);
    watcher.request_stop();
    watcher.join();
    if (live) {
        err << "\n";
    }
    if (!outcome) {
        return reportError(err, command, outcome.error(), exitCodeFor(outcome.error()));
    }
    if (asJson) {
        out << strainOutcomeJson(*outcome).dump(2) << "\n";
    } else {
        printStrainOutcome(out, *outcome, *plan);
    }
    const bool regressed = outcome->comparison && outcome->comparison->regressed;
    return outcome->record.verdict == "passed" && !regressed ? kExitOk : kExitFailure;
}

constexpr std::array<SubCommand, 1> kStrainCommands{{
    {"strain",
     "  strain --scenario NAME --url URL [--duration 30s] [--users N | --rate R] [--json]\n"
     "         [--ramp TIME] [--think TIME] [--intensity F] [--max-requests N]\n"
     "         [--http1 | --http2] [--insecure] [--allow-remote] [--no-store]\n"
     "              load-test URL with a strain scenario, judge it by the pass criteria,\n"
     "              compare it with the scenario's baseline and store it (exit 0: passed\n"
     "              without regression, 1: failed, not judged, cancelled or regressed);\n"
     "              a target other than this computer needs --allow-remote\n"
     "  strain --list | --history [--scenario NAME] | --set-baseline RUN\n"
     "              list the scenarios, the stored runs, or make a run its scenario's baseline\n",
     &runStrain},
}};

} // namespace

std::span<const SubCommand> strainCommands() {
    return kStrainCommands;
}

} // namespace headroom::cli
