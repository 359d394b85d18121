// readiness.json: reading, writing and checking its sections (seed 002's resource monitor and
// the tier checklists).
#include "CatalogStreams.h"
#include "model/Text.h"

#include <cmath>
#include <set>

namespace headroom::catalog_detail {
namespace {

constexpr std::string_view kScaleAbsolute = "absolute";
constexpr std::string_view kScaleShare = "share_of_tier_limit";
constexpr std::string_view kSubjectRisk = "visual_job_risk";
constexpr std::string_view kKindInfra = "infrastructure";
constexpr std::string_view kKindRequirement = "requirement";

MonitoredMetric readMonitored(const Node& n) {
    n.requireObject({"id", "name", "warning", "critical"}, {"metric", "scale", "subject"});
    MonitoredMetric m;
    m.id = n.at("id").string();
    m.name = n.at("name").string();
    m.warning = n.at("warning").number();
    m.critical = n.at("critical").number();
    if (auto subject = n.find("subject")) {
        const auto text = subject->string();
        if (text != kSubjectRisk) {
            subject->fail(cat("unknown value '", text, "' (expected ", kSubjectRisk, ")"));
        }
        if (n.find("metric")) {
            n.at("metric").fail("a visual_job_risk row has no metric");
        }
        m.subject = MonitorSubject::VisualJobRisk;
        return m;
    }
    m.metric = n.at("metric").metric();
    if (auto scale = n.find("scale")) {
        const auto text = scale->string();
        if (text == kScaleAbsolute) {
            m.scale = MonitorScale::Absolute;
        } else if (text == kScaleShare) {
            m.scale = MonitorScale::ShareOfTierLimit;
        } else {
            scale->fail(cat("unknown value '", text, "' (expected one of ", kScaleAbsolute, ", ",
                            kScaleShare, ")"));
        }
    }
    return m;
}

ResourceMonitorSettings readMonitor(const Node& n) {
    n.requireObject({"metrics"}, {"visual_job_risk", "trend"});
    ResourceMonitorSettings s;
    for (const auto& item : n.at("metrics").items()) {
        s.metrics.push_back(readMonitored(item));
    }
    if (auto r = n.find("visual_job_risk")) {
        r->requireObject({"queue_full", "failures_full", "processing_full_s", "queue_weight",
                          "failure_weight", "processing_weight"});
        s.visualJobRisk.queueFull = r->at("queue_full").number();
        s.visualJobRisk.failuresFull = r->at("failures_full").number();
        s.visualJobRisk.processingFullS = r->at("processing_full_s").number();
        s.visualJobRisk.queueWeight = r->at("queue_weight").number();
        s.visualJobRisk.failureWeight = r->at("failure_weight").number();
        s.visualJobRisk.processingWeight = r->at("processing_weight").number();
    }
    if (auto t = n.find("trend")) {
        t->requireObject({"days", "min_days", "dead_band_per_day"});
        s.trend.days = t->at("days").integer();
        s.trend.minDays = t->at("min_days").integer();
        s.trend.deadBandPerDay = t->at("dead_band_per_day").number();
    }
    return s;
}

std::vector<TierChecklist> readChecklists(const Node& n) {
    std::vector<TierChecklist> out;
    for (const auto& list : n.items()) {
        list.requireObject({"tier", "items"});
        TierChecklist c;
        c.tierId = list.at("tier").string();
        for (const auto& item : list.at("items").items()) {
            item.requireObject({"id", "title"}, {"kind", "default_checked"});
            ChecklistItem i;
            i.id = item.at("id").string();
            i.title = item.at("title").string();
            if (auto kind = item.find("kind")) {
                const auto text = kind->string();
                if (text == kKindInfra) {
                    i.kind = ChecklistItemKind::Infrastructure;
                } else if (text == kKindRequirement) {
                    i.kind = ChecklistItemKind::Requirement;
                } else {
                    kind->fail(cat("unknown value '", text, "' (expected one of ", kKindInfra, ", ",
                                   kKindRequirement, ")"));
                }
            }
            if (auto d = item.find("default_checked")) {
                i.defaultChecked = d->boolean();
            }
            c.items.push_back(std::move(i));
        }
        out.push_back(std::move(c));
    }
    return out;
}

Json writeMonitor(const ResourceMonitorSettings& s) {
    Json metrics = Json::array();
    for (const auto& m : s.metrics) {
        Json row{{"id", m.id}, {"name", m.name}, {"warning", m.warning}, {"critical", m.critical}};
        if (m.subject == MonitorSubject::VisualJobRisk) {
            row["subject"] = kSubjectRisk;
        } else {
            row["metric"] = metricKey(m.metric);
            row["scale"] = m.scale == MonitorScale::Absolute ? kScaleAbsolute : kScaleShare;
        }
        metrics.push_back(std::move(row));
    }
    const auto& r = s.visualJobRisk;
    return Json{{"metrics", std::move(metrics)},
                {"visual_job_risk",
                 {{"queue_full", r.queueFull},
                  {"failures_full", r.failuresFull},
                  {"processing_full_s", r.processingFullS},
                  {"queue_weight", r.queueWeight},
                  {"failure_weight", r.failureWeight},
                  {"processing_weight", r.processingWeight}}},
                {"trend",
                 {{"days", s.trend.days},
                  {"min_days", s.trend.minDays},
                  {"dead_band_per_day", s.trend.deadBandPerDay}}}};
}

Json writeChecklists(const std::vector<TierChecklist>& lists) {
    Json out = Json::array();
    for (const auto& list : lists) {
        Json items = Json::array();
        for (const auto& i : list.items) {
            items.push_back(
                {{"id", i.id},
                 {"title", i.title},
                 {"kind",
                  i.kind == ChecklistItemKind::Infrastructure ? kKindInfra : kKindRequirement},
                 {"default_checked", i.defaultChecked}});
        }
        out.push_back({{"tier", list.tierId}, {"items", std::move(items)}});
    }
    return out;
}

bool finite(double v) {
    return std::isfinite(v);
}

void checkMonitor(const ResourceMonitorSettings& s, std::vector<Problem>& problems) {
    const auto add = [&](std::string path, std::string message) {
        problems.push_back({Section::ResourceMonitor, std::move(path), std::move(message)});
    };
    std::set<std::string> ids;
    for (std::size_t i = 0; i < s.metrics.size(); ++i) {
        const auto& m = s.metrics[i];
        const auto path = cat("resource_monitor.metrics[", i, "]");
        if (m.id.empty()) {
            add(cat(path, ".id"), "must not be empty");
        } else if (!ids.insert(m.id).second) {
            add(cat(path, ".id"), cat("'", m.id, "' is listed twice"));
        }
        if (!finite(m.warning) || m.warning < 0.0) {
            add(cat(path, ".warning"), cat("must be a number of at least 0, got ", m.warning));
        }
        if (!finite(m.critical) || !(m.critical > m.warning)) {
            add(cat(path, ".critical"),
                cat("must be greater than warning (", m.warning, "), got ", m.critical));
        }
    }
    const auto& r = s.visualJobRisk;
    const std::pair<const char*, double> fulls[] = {{"queue_full", r.queueFull},
                                                    {"failures_full", r.failuresFull},
                                                    {"processing_full_s", r.processingFullS},
                                                    {"queue_weight", r.queueWeight},
                                                    {"failure_weight", r.failureWeight},
                                                    {"processing_weight", r.processingWeight}};
    for (const auto& [key, value] : fulls) {
        if (!finite(value) || value <= 0.0) {
            add(cat("resource_monitor.visual_job_risk.", key),
                cat("must be a number greater than 0, got ", value));
        }
    }
    const double sum = r.queueWeight + r.failureWeight + r.processingWeight;
    if (std::abs(sum - 1.0) > 1e-6) {
        add("resource_monitor.visual_job_risk", cat("the three weights must sum to 1, got ", sum));
    }
    if (s.trend.days < 2) {
        add("resource_monitor.trend.days", cat("must be at least 2, got ", s.trend.days));
    }
    if (s.trend.minDays < 2 || s.trend.minDays > s.trend.days) {
        add("resource_monitor.trend.min_days",
            cat("must be between 2 and days (", s.trend.days, "), got ", s.trend.minDays));
    }
    if (!finite(s.trend.deadBandPerDay) || s.trend.deadBandPerDay < 0.0) {
        add("resource_monitor.trend.dead_band_per_day",
            cat("must be a number of at least 0, got ", s.trend.deadBandPerDay));
    }
}

void checkChecklists(const Catalog& catalog, std::vector<Problem>& problems) {
    const auto add = [&](std::string path, std::string message) {
        problems.push_back({Section::Checklists, std::move(path), std::move(message)});
    };
    std::set<std::string> tiers;
    const auto& lists = catalog.readiness.checklists;
    for (std::size_t i = 0; i < lists.size(); ++i) {
        const auto path = cat("checklists[", i, "]");
        const auto& list = lists[i];
        if (catalog.findTier(list.tierId) == nullptr) {
            add(cat(path, ".tier"), cat("unknown tier '", list.tierId, "'"));
        } else if (!tiers.insert(list.tierId).second) {
            add(cat(path, ".tier"), cat("tier '", list.tierId, "' has two checklists"));
        }
        if (list.items.empty()) {
            add(cat(path, ".items"), "must hold at least one item");
        }
        std::set<std::string> ids;
        for (std::size_t j = 0; j < list.items.size(); ++j) {
            const auto& item = list.items[j];
            const auto itemPath = cat(path, ".items[", j, "]");
            if (item.id.empty() || item.id.find('/') != std::string::npos) {
                add(cat(itemPath, ".id"), "must be a non-empty id without '/'");
            } else if (!ids.insert(item.id).second) {
                add(cat(itemPath, ".id"), cat("'", item.id, "' is listed twice"));
            }
            if (item.title.empty()) {
                add(cat(itemPath, ".title"), "must not be empty");
            }
        }
    }
}

} // namespace

void readReadinessSection(Section section, const Node& node, Catalog& into) {
    if (section == Section::ResourceMonitor) {
        into.readiness.monitor = readMonitor(node);
    } else if (section == Section::Checklists) {
        into.readiness.checklists = readChecklists(node);
    }
}

Json writeReadinessSection(Section section, const Catalog& catalog) {
    if (section == Section::ResourceMonitor) {
        return writeMonitor(catalog.readiness.monitor);
    }
    if (section == Section::Checklists) {
        return writeChecklists(catalog.readiness.checklists);
    }
    return Json::object();
}

void findReadinessProblems(const Catalog& catalog, std::vector<Problem>& problems) {
    checkMonitor(catalog.readiness.monitor, problems);
    checkChecklists(catalog, problems);
}

} // namespace headroom::catalog_detail
