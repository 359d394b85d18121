// alerts.json: reading, writing and checking its sections (alert_rules, burn_rate,
// alert_routing; model/AlertRules.h).
#include "CatalogStreams.h"

#include <cmath>
#include <set>

namespace headroom::catalog_detail {

namespace {

constexpr std::string_view kSeverityChoices = "info, warning, critical";

Json num(double value) {
    if (std::isfinite(value) && value == std::trunc(value) && std::abs(value) < 9.0e15) {
        return Json(static_cast<std::int64_t>(value));
    }
    return Json(value);
}

std::chrono::seconds seconds(const Node& n) {
    return std::chrono::seconds{n.integer()};
}

AlertThresholdRule readRule(const Node& n) {
    n.requireObject({"id", "subject", "for_seconds"},
                    {"name", "metric", "direction", "info", "warning", "critical"});
    AlertThresholdRule r;
    r.id = n.at("id").string();
    r.name = n.find("name") ? n.at("name").string() : r.id;
    r.subject = n.at("subject").enumValue(alertSubjectKindFromString,
                                          "metric, tier_utilisation, visual_job_risk");
    if (r.subject != AlertSubjectKind::VisualJobRisk) {
        r.metric = n.at("metric").metric();
    } else if (n.find("metric")) {
        n.at("metric").fail("a visual_job_risk rule takes no metric");
    }
    if (auto d = n.find("direction")) {
        r.direction = d->enumValue(alertDirectionFromString, "above, below");
    }
    if (auto v = n.find("info")) {
        r.infoAt = v->number();
    }
    if (auto v = n.find("warning")) {
        r.warningAt = v->number();
    }
    if (auto v = n.find("critical")) {
        r.criticalAt = v->number();
    }
    r.pendingFor = seconds(n.at("for_seconds"));
    return r;
}

BurnRateSettings readBurnRate(const Node& n) {
    n.requireObject({"objectives", "pairs"},
                    {"metric", "min_coverage", "sample_validity_seconds", "for_seconds"});
    BurnRateSettings s;
    if (auto m = n.find("metric")) {
        s.metric = m->metric();
    }
    for (const auto& item : n.at("objectives").items()) {
        item.requireObject({"tier", "objective"});
        s.objectives.push_back({item.at("tier").string(), item.at("objective").number()});
    }
    for (const auto& item : n.at("pairs").items()) {
        item.requireObject(
            {"id", "long_window_seconds", "short_window_seconds", "factor", "severity"});
        BurnRatePair p;
        p.id = item.at("id").string();
        p.longWindow = seconds(item.at("long_window_seconds"));
        p.shortWindow = seconds(item.at("short_window_seconds"));
        p.factor = item.at("factor").number();
        p.severity = item.at("severity").enumValue(alertSeverityFromString, kSeverityChoices);
        s.pairs.push_back(std::move(p));
    }
    if (auto v = n.find("min_coverage")) {
        s.minCoverage = v->number();
    }
    if (auto v = n.find("sample_validity_seconds")) {
        s.sampleValidity = seconds(*v);
    }
    if (auto v = n.find("for_seconds")) {
        s.pendingFor = seconds(*v);
    }
    return s;
}

AlertRouting readRouting(const Node& n) {
    n.requireObject({"severities"}, {"delivery"});
    AlertRouting r;
    for (const auto& [key, item] : n.at("severities").members()) {
        auto severity = alertSeverityFromString(key);
        if (!severity) {
            item.fail(cat("unknown severity '", key, "' (expected one of ", kSeverityChoices, ")"));
        }
        AlertRoute route{*severity, {}};
        for (const auto& channel : item.items()) {
            route.channels.push_back(
                channel.enumValue(alertChannelFromString, "console, tray, email, webhook"));
        }
        r.routes.push_back(std::move(route));
    }
    if (auto d = n.find("delivery")) {
        d->requireObject(
            {}, {"max_attempts", "base_delay_seconds", "max_delay_seconds", "timeout_seconds"});
        if (auto v = d->find("max_attempts")) {
            r.delivery.maxAttempts = v->integer();
        }
        if (auto v = d->find("base_delay_seconds")) {
            r.delivery.baseDelay = seconds(*v);
        }
        if (auto v = d->find("max_delay_seconds")) {
            r.delivery.maxDelay = seconds(*v);
        }
        if (auto v = d->find("timeout_seconds")) {
            r.delivery.timeout = seconds(*v);
        }
    }
    return r;
}

Json writeRules(const AlertSettings& a) {
    Json rules = Json::array();
    for (const auto& r : a.rules) {
        Json j;
        j["id"] = r.id;
        j["name"] = r.name;
        j["subject"] = std::string(keyOf(r.subject));
        if (r.subject != AlertSubjectKind::VisualJobRisk) {
            j["metric"] = std::string(metricKey(r.metric));
        }
        j["direction"] = std::string(keyOf(r.direction));
        if (r.infoAt) {
            j["info"] = num(*r.infoAt);
        }
        if (r.warningAt) {
            j["warning"] = num(*r.warningAt);
        }
        if (r.criticalAt) {
            j["critical"] = num(*r.criticalAt);
        }
        j["for_seconds"] = r.pendingFor.count();
        rules.push_back(std::move(j));
    }
    return rules;
}

Json writeBurnRate(const BurnRateSettings& s) {
    Json j;
    j["metric"] = std::string(metricKey(s.metric));
    Json objectives = Json::array();
    for (const auto& o : s.objectives) {
        objectives.push_back(Json{{"tier", o.tierId}, {"objective", num(o.objective)}});
    }
    j["objectives"] = std::move(objectives);
    Json pairs = Json::array();
    for (const auto& p : s.pairs) {
        pairs.push_back(Json{{"id", p.id},
                             {"long_window_seconds", p.longWindow.count()},
                             {"short_window_seconds", p.shortWindow.count()},
                             {"factor", num(p.factor)},
                             {"severity", std::string(keyOf(p.severity))}});
    }
    j["pairs"] = std::move(pairs);
    j["min_coverage"] = num(s.minCoverage);
    j["sample_validity_seconds"] = s.sampleValidity.count();
    j["for_seconds"] = s.pendingFor.count();
    return j;
}

Json writeRouting(const AlertRouting& r) {
    Json severities = Json::object();
    for (const auto& route : r.routes) {
        Json channels = Json::array();
        for (auto c : route.channels) {
            channels.push_back(std::string(keyOf(c)));
        }
        severities[std::string(keyOf(route.severity))] = std::move(channels);
    }
    Json j;
    j["severities"] = std::move(severities);
    j["delivery"] = Json{{"max_attempts", r.delivery.maxAttempts},
                         {"base_delay_seconds", r.delivery.baseDelay.count()},
                         {"max_delay_seconds", r.delivery.maxDelay.count()},
                         {"timeout_seconds", r.delivery.timeout.count()}};
    return j;
}

// Thresholds in the rule's direction: info before warning before critical.
bool ordered(AlertDirection direction, double lower, double higher) {
    return direction == AlertDirection::Above ? lower < higher : lower > higher;
}

void checkRules(const Catalog& c, std::vector<Problem>& problems) {
    const auto add = [&](std::string path, std::string message) {
        problems.push_back({Section::AlertRules, std::move(path), std::move(message)});
    };
    std::set<std::string> ids;
    for (std::size_t i = 0; i < c.alerts.rules.size(); ++i) {
        const auto& r = c.alerts.rules[i];
        const std::string at = cat("alert_rules[", i, ']');
        if (r.id.empty()) {
            add(cat(at, ".id"), "must not be empty");
        } else if (r.id.starts_with("burn_rate:")) {
            add(cat(at, ".id"), "'burn_rate:' is reserved for the burn-rate pairs");
        } else if (!ids.insert(r.id).second) {
            add(cat(at, ".id"), cat("duplicate rule id '", r.id, "'"));
        }
        if (!r.infoAt && !r.warningAt && !r.criticalAt) {
            add(at, "needs at least one of info, warning, critical");
        }
        std::vector<std::pair<std::string_view, double>> levels;
        for (const auto& [name, value] :
             {std::pair{"info", r.infoAt}, {"warning", r.warningAt}, {"critical", r.criticalAt}}) {
            if (value) {
                if (r.subject != AlertSubjectKind::Metric && *value < 0.0) {
                    add(cat(at, '.', name), "a utilisation or risk threshold must not be negative");
                }
                if (!levels.empty() && !ordered(r.direction, levels.back().second, *value)) {
                    add(cat(at, '.', name),
                        cat("must be ", r.direction == AlertDirection::Above ? "above" : "below",
                            " the ", levels.back().first, " threshold ", levels.back().second,
                            " (the rule's direction is ", keyOf(r.direction), ")"));
                }
                levels.emplace_back(name, *value);
            }
        }
        if (r.pendingFor <= std::chrono::seconds{0}) {
            add(cat(at, ".for_seconds"),
                "must be greater than 0, so that one noisy poll does not fire the alert");
        } else if (r.pendingFor > std::chrono::days{7}) {
            add(cat(at, ".for_seconds"), "must be at most 7 days (604800 seconds)");
        }
        if (r.subject == AlertSubjectKind::TierUtilisation) {
            for (std::size_t t = 0; t < c.tiers.size(); ++t) {
                if (!c.tiers[t].limitFor(r.metric)) {
                    add(cat(at, ".metric"), cat("tier '", c.tiers[t].id, "' has no limit for '",
                                                metricKey(r.metric), "'"));
                }
            }
        }
    }
}

void checkBurnRate(const Catalog& c, std::vector<Problem>& problems) {
    const auto add = [&](std::string path, std::string message) {
        problems.push_back({Section::BurnRate, std::move(path), std::move(message)});
    };
    const auto& b = c.alerts.burnRate;
    std::set<std::string> tiers;
    for (std::size_t i = 0; i < b.objectives.size(); ++i) {
        const auto& o = b.objectives[i];
        const std::string at = cat("burn_rate.objectives[", i, ']');
        if (c.findTier(o.tierId) == nullptr) {
            add(cat(at, ".tier"), cat("unknown tier '", o.tierId, "'"));
        } else if (!tiers.insert(o.tierId).second) {
            add(cat(at, ".tier"), cat("tier '", o.tierId, "' has two objectives"));
        }
        if (!(o.objective > 0.0 && o.objective < 1.0)) {
            add(cat(at, ".objective"),
                cat("must be between 0 and 1 exclusive (0.999 is 99.9 %), got ", o.objective));
        }
    }
    std::set<std::string> ids;
    for (std::size_t i = 0; i < b.pairs.size(); ++i) {
        const auto& p = b.pairs[i];
        const std::string at = cat("burn_rate.pairs[", i, ']');
        if (p.id.empty()) {
            add(cat(at, ".id"), "must not be empty");
        } else if (!ids.insert(p.id).second) {
            add(cat(at, ".id"), cat("duplicate pair id '", p.id, "'"));
        }
        if (p.shortWindow <= std::chrono::seconds{0}) {
            add(cat(at, ".short_window_seconds"), "must be greater than 0");
        }
        if (p.longWindow <= p.shortWindow) {
            add(cat(at, ".long_window_seconds"),
                cat("must be longer than the short window (", p.shortWindow.count(), " s)"));
        }
        if (p.longWindow > std::chrono::days{31}) {
            add(cat(at, ".long_window_seconds"), "must be at most 31 days");
        }
        if (!(p.factor > 0.0)) {
            add(cat(at, ".factor"), "must be greater than 0");
        }
    }
    if (!(b.minCoverage > 0.0 && b.minCoverage <= 1.0)) {
        add("burn_rate.min_coverage", "must be greater than 0 and at most 1");
    }
    if (b.sampleValidity <= std::chrono::seconds{0}) {
        add("burn_rate.sample_validity_seconds", "must be greater than 0");
    }
    if (b.pendingFor < std::chrono::seconds{0}) {
        add("burn_rate.for_seconds", "must not be negative");
    }
}

void checkRouting(const Catalog& c, std::vector<Problem>& problems) {
    const auto add = [&](std::string path, std::string message) {
        problems.push_back({Section::AlertRouting, std::move(path), std::move(message)});
    };
    const auto& r = c.alerts.routing;
    std::set<AlertSeverity> seen;
    for (const auto& route : r.routes) {
        if (!seen.insert(route.severity).second) {
            add(cat("alert_routing.severities.", keyOf(route.severity)), "listed twice");
        }
    }
    const auto& d = r.delivery;
    if (d.maxAttempts < 1 || d.maxAttempts > 20) {
        add("alert_routing.delivery.max_attempts", "must be between 1 and 20");
    }
    if (d.baseDelay <= std::chrono::seconds{0}) {
        add("alert_routing.delivery.base_delay_seconds", "must be greater than 0");
    }
    if (d.maxDelay < d.baseDelay) {
        add("alert_routing.delivery.max_delay_seconds", "must be at least base_delay_seconds");
    }
    if (d.timeout <= std::chrono::seconds{0} || d.timeout > std::chrono::seconds{120}) {
        add("alert_routing.delivery.timeout_seconds", "must be between 1 and 120");
    }
}

} // namespace

void readAlertSection(Section section, const Node& node, Catalog& into) {
    switch (section) {
    case Section::AlertRules: {
        std::vector<AlertThresholdRule> rules;
        for (const auto& item : node.items()) {
            rules.push_back(readRule(item));
        }
        into.alerts.rules = std::move(rules);
        break;
    }
    case Section::BurnRate:
        into.alerts.burnRate = readBurnRate(node);
        break;
    case Section::AlertRouting:
        into.alerts.routing = readRouting(node);
        break;
    default:
        break;
    }
}

Json writeAlertSection(Section section, const Catalog& catalog) {
    switch (section) {
    case Section::AlertRules:
        return writeRules(catalog.alerts);
    case Section::BurnRate:
        return writeBurnRate(catalog.alerts.burnRate);
    case Section::AlertRouting:
        return writeRouting(catalog.alerts.routing);
    default:
        return Json::object();
    }
}

void findAlertProblems(const Catalog& catalog, std::vector<Problem>& problems) {
    checkRules(catalog, problems);
    checkBurnRate(catalog, problems);
    checkRouting(catalog, problems);
}

} // namespace headroom::catalog_detail
