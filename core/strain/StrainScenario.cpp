#include "StrainScenario.h"

#include "model/Text.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cctype>
#include <cmath>
#include <cstring>

namespace headroom {
namespace {

constexpr std::chrono::seconds kMaxRequestTimeout{300};

using Ms = std::chrono::milliseconds;

std::string lowered(std::string_view text) {
    std::string out(text);
    for (auto& ch : out) {
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    }
    return out;
}

// The part after "http://" or "https://", or none for another scheme.
std::optional<std::string_view> afterScheme(std::string_view url) {
    const auto lower = lowered(url.substr(0, 8));
    for (std::string_view scheme : {"http://", "https://"}) {
        if (lower.starts_with(scheme)) {
            return url.substr(scheme.size());
        }
    }
    return std::nullopt;
}

// The host of an http(s) URL without brackets, port or user info; none when there is none.
std::optional<std::string> hostOf(std::string_view url) {
    const auto rest = afterScheme(url);
    if (!rest) {
        return std::nullopt;
    }
    auto authority = rest->substr(0, rest->find_first_of("/?#"));
    // "http://127.0.0.1@example.com/" goes to example.com: the host follows the last '@'.
    if (const auto at = authority.rfind('@'); at != std::string_view::npos) {
        authority.remove_prefix(at + 1);
    }
    std::string_view host;
    if (authority.starts_with('[')) {
        const auto close = authority.find(']');
        if (close == std::string_view::npos) {
            return std::nullopt;
        }
        host = authority.substr(1, close - 1);
    } else {
        host = authority.substr(0, authority.find(':'));
    }
    if (host.empty()) {
        return std::nullopt;
    }
    return lowered(host);
}

bool hasSpaceOrControl(std::string_view text) {
    return std::ranges::any_of(text, [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return c <= 0x20 || c == 0x7f;
    });
}

struct Refusal {
    std::string scenarioId;

    std::unexpected<Error> operator()(std::string_view field, std::string message) const {
        return fail(ErrorCode::InvalidArgument,
                    cat("scenario '", scenarioId, "': ", field, " ", message));
    }
};

Result<std::vector<std::string>> resolveUrls(const std::vector<std::string>& urls,
                                             const std::string& target, const Refusal& refuse) {
    if (urls.empty()) {
        return refuse("urls", "must hold at least one URL");
    }
    if (!target.empty() && (!hostOf(target) || hasSpaceOrControl(target))) {
        return refuse("target", cat("must be an http(s) URL with a host, got '", target, "'"));
    }
    std::string base = target;
    while (base.ends_with('/')) {
        base.pop_back();
    }
    std::vector<std::string> out;
    for (const auto& url : urls) {
        if (hasSpaceOrControl(url)) {
            return refuse("urls", cat("must not hold spaces or control characters: '", url, "'"));
        }
        if (url.starts_with('/') && !url.starts_with("//")) {
            if (base.empty()) {
                return refuse("urls", cat("hold the path '", url,
                                          "' but no target was given to resolve it against"));
            }
            out.push_back(base + url);
        } else if (hostOf(url)) {
            out.push_back(url);
        } else {
            return refuse("urls",
                          cat("must be http(s) URLs with a host or paths starting with '/', got '",
                              url, "'"));
        }
    }
    return out;
}

double seconds(Ms value) {
    return static_cast<double>(value.count()) / 1000.0;
}

} // namespace

std::chrono::milliseconds StrainPlan::userStartsAt(int index) const {
    if (users <= 0 || index <= 0) {
        return Ms{0};
    }
    const std::int64_t rampMs = Ms(rampUp).count();
    return Ms{static_cast<std::int64_t>(index) * rampMs / users};
}

int StrainPlan::usersAt(std::chrono::milliseconds elapsed) const {
    if (model != LoadModel::Closed || elapsed < Ms{0} || elapsed >= duration) {
        return 0;
    }
    const std::int64_t rampMs = Ms(rampUp).count();
    if (rampMs == 0) {
        return users;
    }
    // User i runs once i x ramp / users (integer division) <= t, that is i < (t + 1) x users /
    // ramp: the count is ceil((t + 1) x users / ramp), at most users.
    const std::int64_t numerator = (elapsed.count() + 1) * users;
    const std::int64_t running = (numerator + rampMs - 1) / rampMs;
    return static_cast<int>(std::min<std::int64_t>(running, users));
}

double StrainPlan::rateAt(std::chrono::milliseconds elapsed) const {
    if (model != LoadModel::Open || elapsed < Ms{0} || elapsed >= duration) {
        return 0.0;
    }
    if (elapsed >= rampUp) {
        return arrivalRatePerSecond;
    }
    return arrivalRatePerSecond * seconds(elapsed) / seconds(Ms(rampUp));
}

double StrainPlan::arrivalsBy(std::chrono::milliseconds elapsed) const {
    if (model != LoadModel::Open || elapsed <= Ms{0}) {
        return 0.0;
    }
    const double t = seconds(std::min<Ms>(elapsed, duration));
    const double ramp = seconds(Ms(rampUp));
    const double r = arrivalRatePerSecond;
    if (t <= ramp) {
        return r * t * t / (2.0 * ramp);
    }
    return r * ramp / 2.0 + r * (t - ramp);
}

std::optional<std::chrono::microseconds> StrainPlan::arrivalDueAt(std::int64_t n) const {
    if (model != LoadModel::Open || n < 1 || arrivalRatePerSecond <= 0.0) {
        return std::nullopt;
    }
    const double r = arrivalRatePerSecond;
    const double ramp = seconds(Ms(rampUp));
    const auto count = static_cast<double>(n);
    const double inRamp = r * ramp / 2.0; // arrivals due during the ramp
    const double t =
        count <= inRamp ? std::sqrt(2.0 * ramp * count / r) : ramp + (count - inRamp) / r;
    if (t > seconds(Ms(duration))) {
        return std::nullopt;
    }
    return std::chrono::microseconds{std::llround(t * 1e6)};
}

Result<StrainPlan> planRun(const StrainScenario& scenario, const StrainLimits& limits,
                           const StrainOverrides& overrides) {
    const Refusal refuse{scenario.id};
    if (overrides.users && overrides.arrivalRatePerSecond) {
        return refuse("load", "takes users or an arrival rate, not both");
    }
    if (overrides.intensity) {
        const double i = *overrides.intensity;
        if (!std::isfinite(i) || i <= 0.0 || i > 1.0) {
            return refuse("intensity", cat("must be greater than 0 and at most 1, got ", i));
        }
    }
    StrainPlan plan;
    plan.scenarioId = scenario.id;
    plan.kind = scenario.kind;
    plan.model = scenario.model;
    plan.users = scenario.users;
    plan.arrivalRatePerSecond = scenario.arrivalRatePerSecond;
    if (overrides.users) {
        plan.model = LoadModel::Closed;
        plan.users = *overrides.users;
    } else if (overrides.arrivalRatePerSecond) {
        plan.model = LoadModel::Open;
        plan.arrivalRatePerSecond = *overrides.arrivalRatePerSecond;
    } else if (overrides.intensity) {
        // Scale the scenario's own load; a closed run keeps at least one user.
        if (plan.model == LoadModel::Closed) {
            if (plan.users >= 1) { // otherwise refused below with the scenario's own figure
                const double scaled = static_cast<double>(plan.users) * *overrides.intensity;
                plan.users = std::max(1, static_cast<int>(std::lround(scaled)));
            }
        } else {
            plan.arrivalRatePerSecond *= *overrides.intensity;
        }
    }
    if (plan.model == LoadModel::Closed) {
        plan.arrivalRatePerSecond = 0.0;
        if (plan.users < 1 || plan.users > limits.maxUsers) {
            return refuse("users", cat("must be from 1 to ", limits.maxUsers,
                                       " (the strain limits), got ", plan.users));
        }
    } else {
        plan.users = 0;
        const double r = plan.arrivalRatePerSecond;
        if (!std::isfinite(r) || r <= 0.0 || r > limits.maxArrivalRatePerSecond) {
            return refuse("arrival_rate_per_second",
                          cat("must be greater than 0 and at most ", limits.maxArrivalRatePerSecond,
                              " (the strain limits), got ", r));
        }
    }

    plan.duration = overrides.duration.value_or(scenario.duration);
    plan.rampUp = overrides.rampUp.value_or(scenario.rampUp);
    if (overrides.duration && !overrides.rampUp && plan.rampUp >= plan.duration &&
        scenario.duration.count() > 0) {
        // "--duration 30s" on a scenario with a 60 s ramp: the ramp keeps its share of the run
        // (Baseline's 60 of 600 s becomes 3 of 30 s) instead of refusing a shorter try-out.
        plan.rampUp = std::chrono::seconds(scenario.rampUp.count() * plan.duration.count() /
                                           scenario.duration.count());
    }
    if (plan.duration < std::chrono::seconds{1} || plan.duration > limits.maxDuration) {
        return refuse("duration", cat("must be from 1 to ", limits.maxDuration.count(),
                                      " seconds (the strain limits), got ", plan.duration.count()));
    }
    if (plan.rampUp < std::chrono::seconds{0} || plan.rampUp >= plan.duration) {
        return refuse("ramp_up", cat("must be at least 0 and shorter than the duration (",
                                     plan.duration.count(), " s), got ", plan.rampUp.count()));
    }
    plan.requestTimeout = scenario.requestTimeout;
    if (plan.requestTimeout < std::chrono::seconds{1} || plan.requestTimeout > kMaxRequestTimeout) {
        return refuse("request_timeout", cat("must be from 1 to ", kMaxRequestTimeout.count(),
                                             " seconds, got ", plan.requestTimeout.count()));
    }

    const auto maxRequests = overrides.maxRequests ? overrides.maxRequests : scenario.maxRequests;
    plan.maxRequests = maxRequests.value_or(limits.maxRequests);
    if (plan.maxRequests < 1 || plan.maxRequests > limits.maxRequests) {
        return refuse("max_requests", cat("must be from 1 to ", limits.maxRequests,
                                          " (the strain limits), got ", plan.maxRequests));
    }
    if (plan.model == LoadModel::Open && !maxRequests) {
        // An open run's size is known beforehand; one beyond the limits is refused rather than
        // cut short where the founder did not ask for it.
        const double expected = plan.arrivalsBy(plan.duration);
        if (expected > static_cast<double>(limits.maxRequests)) {
            return refuse("load",
                          cat("would send about ", std::llround(expected), " requests, more than ",
                              limits.maxRequests, " (the strain limits)"));
        }
    }
    plan.maxTime = plan.duration + plan.requestTimeout;
    plan.thinkTime = overrides.thinkTime.value_or(scenario.thinkTime);
    if (plan.thinkTime < std::chrono::milliseconds{0} ||
        plan.thinkTime > std::chrono::milliseconds{60000}) {
        return refuse("think_time",
                      cat("must be from 0 to 60000 ms, got ", plan.thinkTime.count()));
    }

    plan.method = scenario.method;
    plan.headers = scenario.headers;
    plan.body = scenario.body;
    auto urls = resolveUrls(overrides.urls.empty() ? scenario.urls : overrides.urls,
                            overrides.target, refuse);
    if (!urls) {
        return std::unexpected(urls.error());
    }
    plan.urls = std::move(*urls);
    plan.allTargetsLocal = std::ranges::all_of(plan.urls, isLocalTarget);
    return plan;
}

Result<StrainPlan> planSuiteRun(const StrainSettings& settings, const StrainSuiteRun& run,
                                const StrainOverrides& overrides) {
    const auto* scenario = settings.findScenario(run.scenarioId);
    if (scenario == nullptr) {
        return fail(ErrorCode::NotFound, cat("unknown strain scenario '", run.scenarioId, "'"));
    }
    StrainOverrides merged = overrides;
    if (!merged.intensity && !merged.users && !merged.arrivalRatePerSecond) {
        merged.intensity = run.intensity;
    }
    if (!merged.duration) {
        merged.duration = run.duration;
    }
    return planRun(*scenario, settings.limits, merged);
}

void applyTargetUrl(StrainOverrides& overrides, std::string_view url) {
    const auto scheme = url.find("://");
    const auto pathAt = url.find_first_of("/?#", scheme == std::string_view::npos ? 0 : scheme + 3);
    const std::string_view rest = pathAt == std::string_view::npos ? "" : url.substr(pathAt);
    if (rest.empty() || rest == "/") {
        overrides.target = std::string(url);
        overrides.urls.clear();
    } else {
        overrides.target.clear();
        overrides.urls = {std::string(url)};
    }
}

bool isLocalTarget(std::string_view url) {
    const auto host = hostOf(url);
    if (!host) {
        return false;
    }
    if (*host == "localhost" || *host == "localhost.") {
        return true;
    }
    in_addr v4{};
    if (inet_pton(AF_INET, host->c_str(), &v4) == 1) {
        const auto* bytes = reinterpret_cast<const unsigned char*>(&v4.s_addr);
        return bytes[0] == 127; // network byte order: the first octet comes first
    }
    in6_addr v6{};
    if (inet_pton(AF_INET6, host->c_str(), &v6) == 1) {
        if (IN6_IS_ADDR_LOOPBACK(&v6)) {
            return true;
        }
        return IN6_IS_ADDR_V4MAPPED(&v6) && v6.s6_addr[12] == 127;
    }
    return false;
}

} // namespace headroom
