// policies.json: reading, writing and checking its sections ("policies": seed 003's templates and
// the founder's clones; "policy_triggers": seed 004's triggers). The writer is the reader's exact
// inverse, so a saved file loads back to an equal PolicySettings.
#include "CatalogStreams.h"
#include "model/Text.h"

#include <cmath>
#include <cstdint>
#include <set>

namespace headroom::catalog_detail {
namespace {

std::chrono::seconds secondsOf(const Node& n) {
    return std::chrono::seconds{n.integer()};
}

ScalingPolicy readTemplate(const Node& n) {
    n.requireObject({"id", "name", "workload", "weights", "scale_up_threshold",
                     "scale_down_threshold", "hysteresis", "scale_up_cooldown_seconds",
                     "scale_down_cooldown_seconds", "min_instances", "max_instances", "step"},
                    {"based_on"});
    ScalingPolicy p;
    p.id = n.at("id").string();
    p.name = n.at("name").string();
    p.workload = n.at("workload").string();
    if (auto based = n.find("based_on")) {
        p.basedOn = based->string();
        if (p.basedOn.empty()) {
            based->fail("must name the template the clone was made from (leave it out for a "
                        "built-in template)");
        }
    }
    for (const auto& [key, value] : n.at("weights").members()) {
        auto metric = metricFromKey(key);
        if (!metric) {
            value.fail("unknown metric");
        }
        p.weights.push_back({*metric, value.number()});
    }
    p.scaleUpThreshold = n.at("scale_up_threshold").number();
    p.scaleDownThreshold = n.at("scale_down_threshold").number();
    p.hysteresis = n.at("hysteresis").number();
    p.scaleUpCooldown = secondsOf(n.at("scale_up_cooldown_seconds"));
    p.scaleDownCooldown = secondsOf(n.at("scale_down_cooldown_seconds"));
    p.minInstances = n.at("min_instances").integer();
    p.maxInstances = n.at("max_instances").integer();
    p.step = n.at("step").integer();
    return p;
}

void readPolicies(const Node& n, PolicySettings& into) {
    n.requireObject({"normalisation", "active", "templates"});
    into.normalisation.clear();
    for (const auto& [key, value] : n.at("normalisation").members()) {
        auto metric = metricFromKey(key);
        if (!metric) {
            value.fail("unknown metric");
        }
        into.normalisation.push_back({*metric, value.number()});
    }
    into.activeId = n.at("active").string();
    into.templates.clear();
    for (const auto& item : n.at("templates").items()) {
        into.templates.push_back(readTemplate(item));
    }
}

void readTriggers(const Node& n, PolicyTriggerSettings& t) {
    n.requireObject({"cpu_sustained_above", "cpu_sustained_for_seconds", "max_sample_gap_seconds",
                     "db_connections_above", "p95_above_ms", "p99_above_ms", "under_utilised_below",
                     "under_utilisation_metrics", "lookback_seconds", "right_size_percentile",
                     "right_size_target_utilisation", "min_lookback_samples"});
    t.cpuSustainedAbove = n.at("cpu_sustained_above").number();
    t.cpuSustainedFor = secondsOf(n.at("cpu_sustained_for_seconds"));
    t.maxSampleGap = secondsOf(n.at("max_sample_gap_seconds"));
    t.dbConnectionsAbove = n.at("db_connections_above").number();
    t.p95AboveMs = n.at("p95_above_ms").number();
    t.p99AboveMs = n.at("p99_above_ms").number();
    t.underUtilisedBelow = n.at("under_utilised_below").number();
    t.underUtilisationMetrics.clear();
    for (const auto& item : n.at("under_utilisation_metrics").items()) {
        t.underUtilisationMetrics.push_back(item.metric());
    }
    t.lookback = secondsOf(n.at("lookback_seconds"));
    t.rightSizePercentile = n.at("right_size_percentile").number();
    t.rightSizeTargetUtilisation = n.at("right_size_target_utilisation").number();
    t.minLookbackSamples = n.at("min_lookback_samples").integer();
}

// Whole numbers without ".0", as in the default file (the reader accepts either).
Json num(double value) {
    constexpr double kExactIntegers = 9007199254740992.0; // 2^53
    if (std::isfinite(value) && value == std::trunc(value) && std::abs(value) < kExactIntegers) {
        return Json(static_cast<std::int64_t>(value));
    }
    return Json(value);
}

Json writeTemplate(const ScalingPolicy& p) {
    Json weights = Json::object();
    for (const auto& w : p.weights) {
        weights[std::string(metricKey(w.metric))] = num(w.weight);
    }
    Json j = Json::object();
    j["id"] = p.id;
    j["name"] = p.name;
    j["workload"] = p.workload;
    if (!p.basedOn.empty()) {
        j["based_on"] = p.basedOn;
    }
    j["weights"] = std::move(weights);
    j["scale_up_threshold"] = num(p.scaleUpThreshold);
    j["scale_down_threshold"] = num(p.scaleDownThreshold);
    j["hysteresis"] = num(p.hysteresis);
    j["scale_up_cooldown_seconds"] = p.scaleUpCooldown.count();
    j["scale_down_cooldown_seconds"] = p.scaleDownCooldown.count();
    j["min_instances"] = p.minInstances;
    j["max_instances"] = p.maxInstances;
    j["step"] = p.step;
    return j;
}

Json writePolicies(const PolicySettings& s) {
    Json normalisation = Json::object();
    for (const auto& n : s.normalisation) {
        normalisation[std::string(metricKey(n.metric))] = num(n.fullScale);
    }
    Json templates = Json::array();
    for (const auto& p : s.templates) {
        templates.push_back(writeTemplate(p));
    }
    Json j = Json::object();
    j["normalisation"] = std::move(normalisation);
    j["active"] = s.activeId;
    j["templates"] = std::move(templates);
    return j;
}

Json writeTriggers(const PolicyTriggerSettings& t) {
    Json metrics = Json::array();
    for (auto m : t.underUtilisationMetrics) {
        metrics.push_back(std::string(metricKey(m)));
    }
    Json j = Json::object();
    j["cpu_sustained_above"] = num(t.cpuSustainedAbove);
    j["cpu_sustained_for_seconds"] = t.cpuSustainedFor.count();
    j["max_sample_gap_seconds"] = t.maxSampleGap.count();
    j["db_connections_above"] = num(t.dbConnectionsAbove);
    j["p95_above_ms"] = num(t.p95AboveMs);
    j["p99_above_ms"] = num(t.p99AboveMs);
    j["under_utilised_below"] = num(t.underUtilisedBelow);
    j["under_utilisation_metrics"] = std::move(metrics);
    j["lookback_seconds"] = t.lookback.count();
    j["right_size_percentile"] = num(t.rightSizePercentile);
    j["right_size_target_utilisation"] = num(t.rightSizeTargetUtilisation);
    j["min_lookback_samples"] = t.minLookbackSamples;
    return j;
}

class PolicyChecker {
public:
    PolicyChecker(const PolicySettings& settings, std::vector<Problem>& problems)
        : m_s(settings)
        , m_problems(problems) {}

    void run() {
        normalisation();
        templates();
        triggers();
    }

private:
    void add(Section section, std::string path, std::string message) {
        m_problems.push_back({section, std::move(path), std::move(message)});
    }

    bool fraction(Section s, const std::string& path, double v) {
        if (!std::isfinite(v) || v < 0.0 || v > 1.0) {
            add(s, path, cat("must be between 0 and 1, got ", v));
            return false;
        }
        return true;
    }

    void cooldown(const std::string& path, std::chrono::seconds value) {
        if (value < kMinPolicyCooldown || value > kMaxPolicyCooldown) {
            add(Section::Policies, path,
                cat("must be between ", kMinPolicyCooldown.count(), " and ",
                    kMaxPolicyCooldown.count(), " seconds, got ", value.count()));
        }
    }

    void normalisation() {
        std::set<MetricId> seen;
        for (const auto& n : m_s.normalisation) {
            const std::string at = cat("policies.normalisation.", metricKey(n.metric));
            if (!seen.insert(n.metric).second) {
                add(Section::Policies, at, "listed twice");
            }
            if (!std::isfinite(n.fullScale) || n.fullScale <= 0.0) {
                add(Section::Policies, at,
                    cat("must be a finite number greater than 0, got ", n.fullScale));
            }
        }
    }

    void templates() {
        if (m_s.templates.empty()) {
            add(Section::Policies, "policies.templates", "must list at least one template");
        }
        std::set<std::string> ids;
        for (std::size_t i = 0; i < m_s.templates.size(); ++i) {
            const auto& p = m_s.templates[i];
            const std::string at = cat("policies.templates[", i, "]");
            if (p.id.empty()) {
                add(Section::Policies, at + ".id", "must not be empty");
            } else if (!ids.insert(p.id).second) {
                add(Section::Policies, at + ".id", cat("duplicate id '", p.id, "'"));
            }
            if (p.name.empty()) {
                add(Section::Policies, at + ".name", "must not be empty");
            }
            if (!p.basedOn.empty() && !m_s.find(p.basedOn)) {
                add(Section::Policies, at + ".based_on",
                    cat("names no template: '", p.basedOn, "'"));
            }
            if (!p.basedOn.empty() && p.basedOn == p.id) {
                add(Section::Policies, at + ".based_on", "a template cannot be based on itself");
            }
            weights(at, p);
            thresholds(at, p);
            cooldown(at + ".scale_up_cooldown_seconds", p.scaleUpCooldown);
            cooldown(at + ".scale_down_cooldown_seconds", p.scaleDownCooldown);
            if (p.minInstances < 1) {
                add(Section::Policies, at + ".min_instances",
                    cat("must be at least 1, got ", p.minInstances));
            }
            if (p.maxInstances < p.minInstances) {
                add(Section::Policies, at + ".max_instances",
                    cat("must be at least min_instances (", p.minInstances, "), got ",
                        p.maxInstances));
            }
            if (p.step < 1) {
                add(Section::Policies, at + ".step", cat("must be at least 1, got ", p.step));
            }
        }
        if (m_s.activeId.empty()) {
            add(Section::Policies, "policies.active", "must name the active template");
        } else if (!m_s.find(m_s.activeId)) {
            add(Section::Policies, "policies.active",
                cat("names no template: '", m_s.activeId, "'"));
        }
    }

    void weights(const std::string& at, const ScalingPolicy& p) {
        if (p.weights.empty()) {
            add(Section::Policies, at + ".weights", "must weigh at least one metric");
            return;
        }
        std::set<MetricId> seen;
        for (const auto& w : p.weights) {
            const std::string path = cat(at, ".weights.", metricKey(w.metric));
            if (!seen.insert(w.metric).second) {
                add(Section::Policies, path, "listed twice");
            }
            if (!std::isfinite(w.weight) || w.weight <= 0.0) {
                add(Section::Policies, path,
                    cat("must be a finite number greater than 0, got ", w.weight));
            }
            if (!m_s.fullScaleOf(w.metric)) {
                add(Section::Policies, path,
                    cat("has no full-scale value in policies.normalisation"));
            }
        }
    }

    void thresholds(const std::string& at, const ScalingPolicy& p) {
        const bool up = fraction(Section::Policies, at + ".scale_up_threshold", p.scaleUpThreshold);
        const bool down =
            fraction(Section::Policies, at + ".scale_down_threshold", p.scaleDownThreshold);
        if (up && down && !(p.scaleDownThreshold < p.scaleUpThreshold)) {
            add(Section::Policies, at + ".scale_down_threshold",
                cat("must be below scale_up_threshold (", p.scaleUpThreshold, "), got ",
                    p.scaleDownThreshold));
            return;
        }
        if (!std::isfinite(p.hysteresis) || p.hysteresis < 0.0) {
            add(Section::Policies, at + ".hysteresis",
                cat("must be a finite number of at least 0, got ", p.hysteresis));
        } else if (up && down && !(p.hysteresis < p.scaleUpThreshold - p.scaleDownThreshold)) {
            add(Section::Policies, at + ".hysteresis",
                cat("must be smaller than the gap between the thresholds (",
                    p.scaleUpThreshold - p.scaleDownThreshold, "), got ", p.hysteresis));
        }
    }

    void triggers() {
        const auto& t = m_s.triggers;
        constexpr Section s = Section::PolicyTriggers;
        fraction(s, "policy_triggers.cpu_sustained_above", t.cpuSustainedAbove);
        fraction(s, "policy_triggers.db_connections_above", t.dbConnectionsAbove);
        fraction(s, "policy_triggers.under_utilised_below", t.underUtilisedBelow);
        if (t.cpuSustainedFor.count() <= 0) {
            add(s, "policy_triggers.cpu_sustained_for_seconds",
                cat("must be greater than 0, got ", t.cpuSustainedFor.count()));
        }
        if (t.maxSampleGap.count() <= 0) {
            add(s, "policy_triggers.max_sample_gap_seconds",
                cat("must be greater than 0, got ", t.maxSampleGap.count()));
        }
        if (!std::isfinite(t.p95AboveMs) || t.p95AboveMs <= 0.0) {
            add(s, "policy_triggers.p95_above_ms",
                cat("must be a finite number greater than 0, got ", t.p95AboveMs));
        }
        if (!std::isfinite(t.p99AboveMs) || t.p99AboveMs <= 0.0) {
            add(s, "policy_triggers.p99_above_ms",
                cat("must be a finite number greater than 0, got ", t.p99AboveMs));
        }
        if (t.lookback.count() <= 0) {
            add(s, "policy_triggers.lookback_seconds",
                cat("must be greater than 0, got ", t.lookback.count()));
        }
        if (!std::isfinite(t.rightSizePercentile) || t.rightSizePercentile <= 0.0 ||
            t.rightSizePercentile > 1.0) {
            add(s, "policy_triggers.right_size_percentile",
                cat("must be above 0 and at most 1, got ", t.rightSizePercentile));
        }
        if (!std::isfinite(t.rightSizeTargetUtilisation) || t.rightSizeTargetUtilisation <= 0.0 ||
            t.rightSizeTargetUtilisation > 1.0) {
            add(s, "policy_triggers.right_size_target_utilisation",
                cat("must be above 0 and at most 1, got ", t.rightSizeTargetUtilisation));
        }
        if (t.minLookbackSamples < 1) {
            add(s, "policy_triggers.min_lookback_samples",
                cat("must be at least 1, got ", t.minLookbackSamples));
        }
        for (std::size_t i = 0; i < t.underUtilisationMetrics.size(); ++i) {
            if (metricInfo(t.underUtilisationMetrics[i]).unit != MetricUnit::Fraction) {
                add(s, cat("policy_triggers.under_utilisation_metrics[", i, "]"),
                    cat("must be a utilisation (a fraction), got ",
                        metricKey(t.underUtilisationMetrics[i])));
            }
        }
    }

    const PolicySettings& m_s;
    std::vector<Problem>& m_problems;
};

} // namespace

void readPolicySection(Section section, const Node& node, Catalog& into) {
    if (section == Section::Policies) {
        readPolicies(node, into.policies);
    } else if (section == Section::PolicyTriggers) {
        readTriggers(node, into.policies.triggers);
    }
}

Json writePolicySection(Section section, const Catalog& catalog) {
    if (section == Section::PolicyTriggers) {
        return writeTriggers(catalog.policies.triggers);
    }
    return writePolicies(catalog.policies);
}

void findPolicyProblems(const Catalog& catalog, std::vector<Problem>& problems) {
    PolicyChecker(catalog.policies, problems).run();
}

} // namespace headroom::catalog_detail
