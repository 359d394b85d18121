#pragma once
// From a scenario (catalog data, model/Strain.h) to the plan of one run: the scenario with the
// command line's or the dialog's overrides applied, checked against the catalog's limits, every
// URL made absolute, and the hard limits that end the run whatever happens. Pure: no clock, no
// I/O; the load generator (net/) executes a plan and never reads the catalog itself.
//
// Invariants of a StrainPlan from planRun(): Closed has 1..limits.maxUsers users, Open a rate in
// (0, limits.maxArrivalRatePerSecond]; 0 <= rampUp < duration <= limits.maxDuration; maxRequests
// in [1, limits.maxRequests]; maxTime = duration + requestTimeout (the last requests may finish);
// at least one URL, each absolute http(s). So no plan is unbounded in time or in requests.

#include "model/Error.h"
#include "model/Strain.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace headroom {

// What a person changes for one run. Unset fields keep the scenario's values.
struct StrainOverrides {
    std::optional<std::chrono::seconds> duration;
    // Unset with a duration the scenario's ramp does not fit in: the ramp keeps its share of
    // the scenario's duration (a 30 s try-out of a 600 s run with a 60 s ramp ramps for 3 s).
    std::optional<std::chrono::seconds> rampUp;
    // An absolute load: users runs the closed model, a rate the open one, whatever the scenario's
    // model. Giving both is refused. Intensity does not scale an absolute load.
    std::optional<int> users;
    std::optional<double> arrivalRatePerSecond;
    // Seed 002's intensity: a share (0, 1] of the scenario's full load. Users round to the
    // nearest whole user, at least 1.
    std::optional<double> intensity;
    std::optional<std::int64_t> maxRequests;
    std::optional<std::chrono::milliseconds> thinkTime;
    // The base URL paths in the scenario are resolved against ("http://127.0.0.1:8080").
    std::string target;
    // Replaces the scenario's URL list when not empty.
    std::vector<std::string> urls;
};

struct StrainPlan {
    std::string scenarioId;
    StrainKind kind = StrainKind::Baseline;
    LoadModel model = LoadModel::Closed;
    int users = 0;                 // Closed
    double arrivalRatePerSecond{}; // Open
    std::chrono::seconds duration{0};
    std::chrono::seconds rampUp{0};
    std::chrono::seconds requestTimeout{30};
    std::chrono::milliseconds thinkTime{0}; // Closed: a user's pause between answer and request
    // Hard limits: the run stops at whichever comes first.
    std::int64_t maxRequests = 0;
    std::chrono::seconds maxTime{0};
    std::string method;
    std::vector<std::string> urls; // absolute
    std::vector<HttpHeader> headers;
    std::string body;
    bool allTargetsLocal = false; // otherwise the UI asks, and the CLI needs a flag

    // Closed: when virtual user `index` (0-based) starts. The ramp starts users evenly, the
    // first at 0: index x rampUp / users, in whole milliseconds.
    std::chrono::milliseconds userStartsAt(int index) const;
    // Closed: users running at `elapsed` (0 from duration on).
    int usersAt(std::chrono::milliseconds elapsed) const;
    // Open: the arrival rate at `elapsed`, rising linearly over the ramp (0 from duration on).
    double rateAt(std::chrono::milliseconds elapsed) const;
    // Open: arrivals due by `elapsed`, the integral of rateAt(); arrivalsBy(duration) is the
    // number of requests the run sends when the generator keeps up.
    double arrivalsBy(std::chrono::milliseconds elapsed) const;
    // Open: when arrival `n` (1-based) is due, none when after the duration.
    std::optional<std::chrono::microseconds> arrivalDueAt(std::int64_t n) const;
};

// The plan of one run, or InvalidArgument naming the scenario and the field
// ("scenario 'baseline': users must be from 1 to 10000 (the strain limits), got 0").
Result<StrainPlan> planRun(const StrainScenario& scenario, const StrainLimits& limits,
                           const StrainOverrides& overrides);

// One run of a suite: its scenario at the run's intensity and duration, then `overrides`
// (whose own intensity and duration, when set, win). NotFound for an unknown scenario.
Result<StrainPlan> planSuiteRun(const StrainSettings& settings, const StrainSuiteRun& run,
                                const StrainOverrides& overrides);

// What a person's one target URL (the command line's --url, the view's Target field) means: a
// bare origin ("http://127.0.0.1:8080" or with a trailing '/') is the base the scenario's paths
// are resolved against; a URL with a path or a query ("http://staging/api/health") is the one URL
// the run loads, in place of the scenario's list.
void applyTargetUrl(StrainOverrides& overrides, std::string_view url);

// Whether the URL's host is this computer: localhost, 127.0.0.0/8, ::1 (also IPv4-mapped
// ::ffff:127.x.y.z). Anything else, including names that merely resolve to a loopback address
// and unparsable URLs, is not local.
bool isLocalTarget(std::string_view url);

} // namespace headroom
