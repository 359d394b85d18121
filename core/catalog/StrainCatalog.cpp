// strain.json: reading, writing and checking its one section "strain" (model/Strain.h): seed
// 004's scenarios, seed 002's test types, pass thresholds and recommended suites.
#include "CatalogStreams.h"
#include "model/Text.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

namespace headroom::catalog_detail {
namespace {

constexpr std::string_view kKindChoices = "baseline, stress, spike, volume, endurance";
constexpr std::string_view kModelChoices = "closed, open";
constexpr std::string_view kMethods[] = {"GET",   "HEAD",   "POST",   "PUT",
                                         "PATCH", "DELETE", "OPTIONS"};

std::optional<StrainKind> kindFromKey(std::string_view key) {
    return valueIn(kStrainKindKeys, key);
}
std::optional<LoadModel> modelFromKey(std::string_view key) {
    return valueIn(kLoadModelKeys, key);
}

std::chrono::seconds seconds(const Node& n) {
    return std::chrono::seconds{n.integer()};
}

StrainCriteria readCriteria(const Node& n) {
    n.requireObject({"max_p95_ms", "max_error_rate", "min_throughput_per_second", "max_memory"});
    StrainCriteria c;
    c.maxP95 = std::chrono::milliseconds{n.at("max_p95_ms").integer()};
    c.maxErrorRate = n.at("max_error_rate").number();
    c.minThroughputPerSecond = n.at("min_throughput_per_second").number();
    c.maxMemory = n.at("max_memory").number();
    return c;
}

StrainLimits readLimits(const Node& n) {
    n.requireObject(
        {"max_users", "max_arrival_rate_per_second", "max_duration_seconds", "max_requests"});
    StrainLimits l;
    l.maxUsers = n.at("max_users").integer();
    l.maxArrivalRatePerSecond = n.at("max_arrival_rate_per_second").number();
    l.maxDuration = seconds(n.at("max_duration_seconds"));
    l.maxRequests = n.at("max_requests").integer();
    return l;
}

StrainScenario readScenario(const Node& n) {
    n.requireObject({"id", "name", "kind", "model", "duration_seconds", "urls"},
                    {"description", "test_type", "users", "arrival_rate_per_second",
                     "ramp_up_seconds", "max_requests", "request_timeout_seconds", "think_time_ms",
                     "method", "headers", "body"});
    StrainScenario s;
    s.id = n.at("id").string();
    s.name = n.at("name").string();
    if (auto d = n.find("description")) {
        s.description = d->string();
    }
    s.kind = n.at("kind").enumValue(&kindFromKey, kKindChoices);
    if (auto t = n.find("test_type")) {
        s.testType = t->string();
    }
    s.model = n.at("model").enumValue(&modelFromKey, kModelChoices);
    // Each model takes its own load figure and refuses the other's, so a scenario never carries
    // a number that silently does nothing.
    if (s.model == LoadModel::Closed) {
        s.users = n.at("users").integer();
        if (auto r = n.find("arrival_rate_per_second")) {
            r->fail("a closed-model scenario has users, not an arrival rate");
        }
    } else {
        s.arrivalRatePerSecond = n.at("arrival_rate_per_second").number();
        if (auto u = n.find("users")) {
            u->fail("an open-model scenario has an arrival rate, not users");
        }
    }
    s.duration = seconds(n.at("duration_seconds"));
    if (auto r = n.find("ramp_up_seconds")) {
        s.rampUp = seconds(*r);
    }
    if (auto m = n.find("max_requests")) {
        s.maxRequests = m->integer();
    }
    if (auto t = n.find("request_timeout_seconds")) {
        s.requestTimeout = seconds(*t);
    }
    if (auto t = n.find("think_time_ms")) {
        s.thinkTime = std::chrono::milliseconds(t->integer());
    }
    if (auto m = n.find("method")) {
        s.method = m->string();
    }
    s.urls = n.at("urls").strings();
    if (auto h = n.find("headers")) {
        for (const auto& [name, value] : h->members()) {
            s.headers.push_back({name, value.string()});
        }
    }
    if (auto b = n.find("body")) {
        s.body = b->string();
    }
    return s;
}

StrainSuite readSuite(const Node& n) {
    n.requireObject({"id", "name", "tier", "runs"});
    StrainSuite s;
    s.id = n.at("id").string();
    s.name = n.at("name").string();
    s.tierId = n.at("tier").string();
    for (const auto& r : n.at("runs").items()) {
        r.requireObject({"scenario", "intensity", "duration_seconds"});
        s.runs.push_back({r.at("scenario").string(), r.at("intensity").number(),
                          seconds(r.at("duration_seconds"))});
    }
    return s;
}

StrainSettings readStrain(const Node& n) {
    n.requireObject({"criteria", "test_types", "scenarios", "suites"},
                    {"readiness_pass_rate", "regression_tolerance", "limits"});
    StrainSettings s;
    s.criteria = readCriteria(n.at("criteria"));
    if (auto r = n.find("readiness_pass_rate")) {
        s.readinessPassRate = r->number();
    }
    if (auto r = n.find("regression_tolerance")) {
        s.regressionTolerance = r->number();
    }
    if (auto l = n.find("limits")) {
        s.limits = readLimits(*l);
    }
    for (const auto& t : n.at("test_types").items()) {
        t.requireObject({"id", "name"}, {"description"});
        StrainTestType type{t.at("id").string(), t.at("name").string(), {}};
        if (auto d = t.find("description")) {
            type.description = d->string();
        }
        s.testTypes.push_back(std::move(type));
    }
    for (const auto& scenario : n.at("scenarios").items()) {
        s.scenarios.push_back(readScenario(scenario));
    }
    for (const auto& suite : n.at("suites").items()) {
        s.suites.push_back(readSuite(suite));
    }
    return s;
}

Json writeScenario(const StrainScenario& s) {
    Json out{
        {"id", s.id}, {"name", s.name}, {"description", s.description}, {"kind", keyOf(s.kind)}};
    if (!s.testType.empty()) {
        out["test_type"] = s.testType;
    }
    out["model"] = keyOf(s.model);
    if (s.model == LoadModel::Closed) {
        out["users"] = s.users;
    } else {
        out["arrival_rate_per_second"] = s.arrivalRatePerSecond;
    }
    out["duration_seconds"] = s.duration.count();
    out["ramp_up_seconds"] = s.rampUp.count();
    if (s.maxRequests) {
        out["max_requests"] = *s.maxRequests;
    }
    out["request_timeout_seconds"] = s.requestTimeout.count();
    out["think_time_ms"] = s.thinkTime.count();
    out["method"] = s.method;
    out["urls"] = s.urls;
    Json headers = Json::object();
    for (const auto& h : s.headers) {
        headers[h.name] = h.value;
    }
    out["headers"] = std::move(headers);
    out["body"] = s.body;
    return out;
}

Json writeStrain(const StrainSettings& s) {
    Json types = Json::array();
    for (const auto& t : s.testTypes) {
        types.push_back({{"id", t.id}, {"name", t.name}, {"description", t.description}});
    }
    Json scenarios = Json::array();
    for (const auto& scenario : s.scenarios) {
        scenarios.push_back(writeScenario(scenario));
    }
    Json suites = Json::array();
    for (const auto& suite : s.suites) {
        Json runs = Json::array();
        for (const auto& r : suite.runs) {
            runs.push_back({{"scenario", r.scenarioId},
                            {"intensity", r.intensity},
                            {"duration_seconds", r.duration.count()}});
        }
        suites.push_back({{"id", suite.id},
                          {"name", suite.name},
                          {"tier", suite.tierId},
                          {"runs", std::move(runs)}});
    }
    const auto& c = s.criteria;
    const auto& l = s.limits;
    return Json{{"criteria",
                 {{"max_p95_ms", c.maxP95.count()},
                  {"max_error_rate", c.maxErrorRate},
                  {"min_throughput_per_second", c.minThroughputPerSecond},
                  {"max_memory", c.maxMemory}}},
                {"readiness_pass_rate", s.readinessPassRate},
                {"regression_tolerance", s.regressionTolerance},
                {"limits",
                 {{"max_users", l.maxUsers},
                  {"max_arrival_rate_per_second", l.maxArrivalRatePerSecond},
                  {"max_duration_seconds", l.maxDuration.count()},
                  {"max_requests", l.maxRequests}}},
                {"test_types", std::move(types)},
                {"scenarios", std::move(scenarios)},
                {"suites", std::move(suites)}};
}

// RFC 9110 token characters: what a header name may hold.
bool isToken(std::string_view text) {
    constexpr std::string_view kExtra = "!#$%&'*+-.^_`|~";
    if (text.empty()) {
        return false;
    }
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        const bool alnum =
            (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!alnum && kExtra.find(ch) == std::string_view::npos) {
            return false;
        }
    }
    return true;
}

std::string lowerAscii(std::string text) {
    for (auto& ch : text) {
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    }
    return text;
}

bool hasControl(std::string_view text) {
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c == 0x7f) {
            return true;
        }
    }
    return false;
}

bool isUrlOrPath(std::string_view url) {
    if (url.empty() || hasControl(url) || url.find(' ') != std::string_view::npos) {
        return false;
    }
    if (url.starts_with('/')) {
        return !url.starts_with("//"); // "//host/x" would silently pick another host
    }
    for (std::string_view scheme : {"http://", "https://"}) {
        if (url.starts_with(scheme) && url.size() > scheme.size()) {
            return true;
        }
    }
    return false;
}

class StrainChecker {
public:
    StrainChecker(const Catalog& catalog, std::vector<Problem>& problems)
        : m_catalog(catalog)
        , m_settings(catalog.strain)
        , m_problems(problems) {}

    void run() {
        criteria();
        limits();
        fraction("strain.readiness_pass_rate", m_settings.readinessPassRate, false);
        if (!std::isfinite(m_settings.regressionTolerance) ||
            m_settings.regressionTolerance < 0.0 || m_settings.regressionTolerance > 10.0) {
            add("strain.regression_tolerance",
                cat("must be a number from 0 to 10, got ", m_settings.regressionTolerance));
        }
        testTypes();
        for (std::size_t i = 0; i < m_settings.scenarios.size(); ++i) {
            scenario(i);
        }
        suites();
    }

private:
    void add(std::string path, std::string message) {
        m_problems.push_back({Section::Strain, std::move(path), std::move(message)});
    }

    // A fraction in (0, 1], or [0, 1] with zeroAllowed.
    void fraction(const std::string& path, double value, bool zeroAllowed) {
        const bool ok =
            std::isfinite(value) && (zeroAllowed ? value >= 0.0 : value > 0.0) && value <= 1.0;
        if (!ok) {
            add(path, cat(zeroAllowed ? "must be a fraction from 0 to 1, got "
                                      : "must be a fraction greater than 0 and at most 1, got ",
                          value));
        }
    }

    void criteria() {
        const auto& c = m_settings.criteria;
        if (c.maxP95.count() < 1) {
            add("strain.criteria.max_p95_ms", cat("must be at least 1, got ", c.maxP95.count()));
        }
        fraction("strain.criteria.max_error_rate", c.maxErrorRate, true);
        if (!std::isfinite(c.minThroughputPerSecond) || c.minThroughputPerSecond < 0.0) {
            add("strain.criteria.min_throughput_per_second",
                cat("must be a number of at least 0, got ", c.minThroughputPerSecond));
        }
        fraction("strain.criteria.max_memory", c.maxMemory, false);
    }

    void limits() {
        const auto& l = m_settings.limits;
        if (l.maxUsers < 1) {
            add("strain.limits.max_users", cat("must be at least 1, got ", l.maxUsers));
        }
        if (!std::isfinite(l.maxArrivalRatePerSecond) || l.maxArrivalRatePerSecond <= 0.0) {
            add("strain.limits.max_arrival_rate_per_second",
                cat("must be a number greater than 0, got ", l.maxArrivalRatePerSecond));
        }
        if (l.maxDuration.count() < 1) {
            add("strain.limits.max_duration_seconds",
                cat("must be at least 1, got ", l.maxDuration.count()));
        }
        if (l.maxRequests < 1) {
            add("strain.limits.max_requests", cat("must be at least 1, got ", l.maxRequests));
        }
    }

    void testTypes() {
        std::set<std::string> ids;
        for (std::size_t i = 0; i < m_settings.testTypes.size(); ++i) {
            const auto& t = m_settings.testTypes[i];
            const auto path = cat("strain.test_types[", i, "]");
            if (t.id.empty()) {
                add(cat(path, ".id"), "must not be empty");
            } else if (!ids.insert(t.id).second) {
                add(cat(path, ".id"), cat("'", t.id, "' is listed twice"));
            }
            if (t.name.empty()) {
                add(cat(path, ".name"), "must not be empty");
            }
        }
    }

    void headers(const std::string& path, const std::vector<HttpHeader>& list) {
        std::set<std::string> names; // header names are case-insensitive
        for (const auto& h : list) {
            if (!isToken(h.name)) {
                add(cat(path, ".headers.", h.name), "is not a valid header name");
            } else if (!names.insert(lowerAscii(h.name)).second) {
                add(cat(path, ".headers.", h.name), "is listed twice");
            } else if (hasControl(h.value)) {
                add(cat(path, ".headers.", h.name), "must not hold control characters");
            }
        }
    }

    void scenario(std::size_t i) {
        const auto& s = m_settings.scenarios[i];
        const auto& l = m_settings.limits;
        const auto path = cat("strain.scenarios[", i, "]");
        if (s.id.empty()) {
            add(cat(path, ".id"), "must not be empty");
        } else if (!m_scenarioIds.insert(s.id).second) {
            add(cat(path, ".id"), cat("'", s.id, "' is listed twice"));
        }
        if (s.name.empty()) {
            add(cat(path, ".name"), "must not be empty");
        } else if (!m_scenarioNames.insert(lowerAscii(s.name)).second) {
            // The name is what people pick a scenario by (the run form, the CLI's list): two
            // alike would make the choice a guess.
            add(cat(path, ".name"), cat("'", s.name, "' is the name of another scenario"));
        }
        if (!s.testType.empty() && m_settings.findTestType(s.testType) == nullptr) {
            add(cat(path, ".test_type"), cat("unknown test type '", s.testType, "'"));
        }
        if (s.model == LoadModel::Closed) {
            if (s.users < 1) {
                add(cat(path, ".users"), cat("must be at least 1, got ", s.users));
            } else if (s.users > l.maxUsers) {
                add(cat(path, ".users"),
                    cat("must be at most limits.max_users (", l.maxUsers, "), got ", s.users));
            }
        } else if (!std::isfinite(s.arrivalRatePerSecond) || s.arrivalRatePerSecond <= 0.0 ||
                   s.arrivalRatePerSecond > l.maxArrivalRatePerSecond) {
            add(cat(path, ".arrival_rate_per_second"),
                cat("must be greater than 0 and at most limits.max_arrival_rate_per_second (",
                    l.maxArrivalRatePerSecond, "), got ", s.arrivalRatePerSecond));
        }
        if (s.duration.count() < 1 || s.duration > l.maxDuration) {
            add(cat(path, ".duration_seconds"),
                cat("must be from 1 to limits.max_duration_seconds (", l.maxDuration.count(),
                    "), got ", s.duration.count()));
        }
        if (s.rampUp.count() < 0 || (s.duration.count() >= 1 && s.rampUp >= s.duration)) {
            add(cat(path, ".ramp_up_seconds"),
                cat("must be at least 0 and shorter than duration_seconds (", s.duration.count(),
                    "), got ", s.rampUp.count()));
        }
        if (s.maxRequests && (*s.maxRequests < 1 || *s.maxRequests > l.maxRequests)) {
            add(cat(path, ".max_requests"), cat("must be from 1 to limits.max_requests (",
                                                l.maxRequests, "), got ", *s.maxRequests));
        }
        if (s.requestTimeout.count() < 1 || s.requestTimeout.count() > 300) {
            add(cat(path, ".request_timeout_seconds"),
                cat("must be from 1 to 300, got ", s.requestTimeout.count()));
        }
        if (s.thinkTime.count() < 0 || s.thinkTime.count() > 60000) {
            add(cat(path, ".think_time_ms"),
                cat("must be from 0 to 60000, got ", s.thinkTime.count()));
        }
        if (std::ranges::find(kMethods, std::string_view(s.method)) == std::end(kMethods)) {
            add(cat(path, ".method"),
                cat("unknown method '", s.method,
                    "' (expected one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS)"));
        } else if (!s.body.empty() && (s.method == "GET" || s.method == "HEAD")) {
            add(cat(path, ".body"), cat("a ", s.method, " request carries no body"));
        }
        if (s.urls.empty()) {
            add(cat(path, ".urls"), "must hold at least one URL");
        }
        for (std::size_t j = 0; j < s.urls.size(); ++j) {
            if (!isUrlOrPath(s.urls[j])) {
                add(cat(path, ".urls[", j, "]"),
                    cat("must be an http(s) URL or a path starting with '/', got '", s.urls[j],
                        "'"));
            }
        }
        headers(path, s.headers);
    }

    void suites() {
        std::set<std::string> ids;
        for (std::size_t i = 0; i < m_settings.suites.size(); ++i) {
            const auto& suite = m_settings.suites[i];
            const auto path = cat("strain.suites[", i, "]");
            if (suite.id.empty()) {
                add(cat(path, ".id"), "must not be empty");
            } else if (!ids.insert(suite.id).second) {
                add(cat(path, ".id"), cat("'", suite.id, "' is listed twice"));
            }
            if (suite.name.empty()) {
                add(cat(path, ".name"), "must not be empty");
            }
            if (m_catalog.findTier(suite.tierId) == nullptr) {
                add(cat(path, ".tier"), cat("unknown tier '", suite.tierId, "'"));
            }
            if (suite.runs.empty()) {
                add(cat(path, ".runs"), "must hold at least one run");
            }
            for (std::size_t j = 0; j < suite.runs.size(); ++j) {
                const auto& run = suite.runs[j];
                const auto runPath = cat(path, ".runs[", j, "]");
                const auto* scenario = m_settings.findScenario(run.scenarioId);
                if (scenario == nullptr) {
                    add(cat(runPath, ".scenario"), cat("unknown scenario '", run.scenarioId, "'"));
                }
                fraction(cat(runPath, ".intensity"), run.intensity, false);
                if (run.duration.count() < 1 || run.duration > m_settings.limits.maxDuration) {
                    add(cat(runPath, ".duration_seconds"),
                        cat("must be from 1 to limits.max_duration_seconds (",
                            m_settings.limits.maxDuration.count(), "), got ",
                            run.duration.count()));
                } else if (scenario != nullptr && scenario->rampUp >= run.duration) {
                    add(cat(runPath, ".duration_seconds"),
                        cat("must be longer than the scenario's ramp_up_seconds (",
                            scenario->rampUp.count(), "), got ", run.duration.count()));
                }
            }
        }
    }

    const Catalog& m_catalog;
    const StrainSettings& m_settings;
    std::vector<Problem>& m_problems;
    std::set<std::string> m_scenarioIds;
    std::set<std::string> m_scenarioNames; // lower case
};

} // namespace

void readStrainSection(Section section, const Node& node, Catalog& into) {
    if (section == Section::Strain) {
        into.strain = readStrain(node);
    }
}

Json writeStrainSection(Section section, const Catalog& catalog) {
    if (section == Section::Strain) {
        return writeStrain(catalog.strain);
    }
    return Json::object();
}

void findStrainProblems(const Catalog& catalog, std::vector<Problem>& problems) {
    StrainChecker(catalog, problems).run();
}

} // namespace headroom::catalog_detail
