#include "report/ReportCsv.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <initializer_list>

namespace headroom {

namespace {

// A table being written: rows of fields, each row ended by CRLF.
class Table {
public:
    explicit Table(std::initializer_list<std::string_view> header) { row(header); }

    void row(std::initializer_list<std::string_view> fields) {
        bool first = true;
        for (std::string_view f : fields) {
            if (!first) {
                m_text += ',';
            }
            first = false;
            m_text += csvField(f);
        }
        m_text += "\r\n";
    }

    std::string take() { return std::move(m_text); }

private:
    std::string m_text;
};

std::string optionalNumber(const std::optional<double>& v) {
    return v ? csvNumber(*v) : std::string();
}

std::string optionalDollars(const std::optional<MicroUsd>& v) {
    return v ? csvDollars(*v) : std::string();
}

std::string count(std::size_t n) {
    return std::to_string(n);
}

std::string seconds(std::chrono::seconds s) {
    return std::to_string(s.count());
}

std::string figureValue(const std::optional<double>& value,
                        const std::optional<std::string>& words) {
    return words ? *words : optionalNumber(value);
}

std::string keyFigures(const ReportData& r) {
    Table t{"id",     "unit",         "value",  "previous",
            "change", "change_ratio", "reason", "previous_reason"};
    for (const KeyFigure& f : r.keyFigures) {
        t.row({f.id, f.unit, figureValue(f.value, f.text), figureValue(f.previous, f.previousText),
               optionalNumber(f.change), optionalNumber(f.changeRatio), f.reason,
               f.previousReason});
    }
    return t.take();
}

std::string healthTrend(const ReportData& r) {
    Table t{"at",           "resolution_s",     "overall",
            "infra_health", "ai_cost_pressure", "warning_density",
            "churn_risk"};
    for (const HealthPoint& p : r.healthTrend) {
        t.row({formatIso(p.at), seconds(p.resolution), optionalNumber(p.overall),
               optionalNumber(p.infraHealth), optionalNumber(p.aiCostPressure),
               optionalNumber(p.warningDensity), optionalNumber(p.churnRisk)});
    }
    return t.take();
}

std::string clients(const ReportData& r) {
    Table t{"at", "bucket_s", "clients"};
    for (const ClientsPoint& p : r.clients) {
        t.row({formatIso(p.at), seconds(p.bucket), csvNumber(p.clients)});
    }
    return t.take();
}

std::string utilisation(const ReportData& r) {
    Table t{"at", "metric", "tier", "value", "limit", "utilisation"};
    for (const UtilisationPoint& p : r.utilisation) {
        t.row({formatIso(p.at), p.metric, p.tierId, csvNumber(p.value), csvNumber(p.limit),
               csvNumber(p.utilisation)});
    }
    return t.take();
}

std::string spendByProvider(const ReportData& r) {
    Table t{"from", "to", "provider", "usd"};
    for (const ProviderSpend& p : r.spend.points) {
        t.row({formatDay(p.from), formatDay(p.to), p.provider, optionalDollars(p.cost)});
    }
    return t.take();
}

std::string spendProjection(const ReportData& r) {
    const SpendSeries& s = r.spend;
    Table t{"horizon",        "months",         "expected_usd", "low_usd", "high_usd",
            "interval_level", "interval_known", "confidence",   "trust",   "reason"};
    for (const ProjectedSpend& h : s.projection) {
        t.row({h.horizon, std::to_string(h.months), csvDollars(h.expected), csvDollars(h.low),
               csvDollars(h.high), csvNumber(s.intervalLevel), s.intervalKnown ? "true" : "false",
               csvNumber(s.projectionConfidence), s.projectionTrust, ""});
    }
    if (s.projection.empty()) {
        t.row({"", "", "", "", "", "", "", "", "", s.projectionReason});
    }
    return t.take();
}

std::string timeline(const ReportData& r) {
    Table t{"at", "kind", "from", "to", "actor", "reason"};
    for (const ScalingTimelineEntry& e : r.timeline) {
        t.row({formatIso(e.at), e.kind, e.from, e.to, e.actor, e.reason});
    }
    return t.take();
}

std::string decisions(const ReportData& r) {
    Table t{"at", "recommendation", "verdict", "reason", "actor", "revisit_at"};
    for (const DecisionRow& d : r.decisions.decisions) {
        t.row({formatIso(d.at), d.recommendationType, d.verdict, d.reason, d.actor,
               d.revisitAt ? formatIso(*d.revisitAt) : std::string()});
    }
    return t.take();
}

std::string outcomes(const ReportData& r) {
    Table t{"at",
            "recommendation",
            "status",
            "predicted_min_usd",
            "predicted_max_usd",
            "actual_monthly_usd",
            "measured_metric",
            "measured_before",
            "measured_after",
            "verdict"};
    for (const OutcomeRow& o : r.decisions.outcomes) {
        t.row({formatIso(o.at), o.recommendationType, o.status, optionalDollars(o.predictedMin),
               optionalDollars(o.predictedMax), optionalDollars(o.actualMonthlyCost),
               o.measuredMetric, optionalNumber(o.measuredBefore), optionalNumber(o.measuredAfter),
               o.verdict});
    }
    return t.take();
}

std::string decisionSummary(const ReportData& r) {
    const DecisionSummary& d = r.decisions;
    Table t{"figure", "value"};
    t.row({"decided", count(d.decided)});
    t.row({"accepted", count(d.accepted)});
    t.row({"deferred", count(d.deferred)});
    t.row({"rejected", count(d.rejected)});
    t.row({"acceptance_rate", optionalNumber(d.acceptanceRate)});
    t.row({"acceptance_hits", count(d.acceptanceHits)});
    t.row({"acceptance_of", count(d.acceptanceOf)});
    t.row({"implemented", count(d.implemented)});
    t.row({"failed", count(d.failed)});
    t.row({"rolled_back", count(d.rolledBack)});
    t.row({"accuracy", optionalNumber(d.accuracy)});
    return t.take();
}

// The latest run of each scenario in the period; the pass rate is in key_figures' neighbour,
// sections.csv (strain_readiness_* rows).
std::string strainRuns(const ReportData& r) {
    Table t{"run",    "scenario_id",           "scenario",   "started_at", "verdict",
            "p95_ms", "throughput_per_second", "error_rate", "baseline",   "regressed"};
    for (const StrainRunRow& s : r.strain.latest) {
        t.row({std::to_string(s.run), s.scenarioId, s.scenarioName, formatIso(s.startedAt),
               s.verdict, csvNumber(s.p95Ms), csvNumber(s.throughputPerSecond),
               csvNumber(s.errorRate), s.baseline ? "true" : "false",
               s.regressed ? (*s.regressed ? "true" : "false") : ""});
    }
    return t.take();
}

// One table of several kinds of row: the kind says which columns it fills.
std::string dataQuality(const ReportData& r) {
    const ReportDataQuality& q = r.quality;
    Table t{"item", "from", "to", "seconds", "detail", "value"};
    t.row({"stored_instants", "", "", "", "", count(q.storedInstants)});
    t.row({"samples_judged", "", "", "", "", count(q.samplesJudged)});
    t.row({"mean_confidence", "", "", "", "", optionalNumber(q.meanConfidence)});
    t.row({"min_confidence", "", "", "", "", optionalNumber(q.minConfidence)});
    t.row({"ledger_days", "", "", "", "", count(q.ledgerDays)});
    t.row({"ledger_days_missing", "", "", "", "", count(q.ledgerDaysMissing)});
    for (const DataGap& g : q.gaps) {
        t.row({"gap", formatIso(g.from), formatIso(g.to), seconds(g.length), "", ""});
    }
    for (const FlaggedStretch& f : q.flagged) {
        std::string metrics;
        for (const auto& m : f.metrics) {
            metrics += (metrics.empty() ? "" : " ") + m;
        }
        t.row({f.kind, formatIso(f.from), formatIso(f.to), "", metrics, ""});
    }
    for (const ResolutionStretch& s : q.resolution) {
        t.row(
            {"resolution", formatIso(s.from), formatIso(s.to), seconds(s.resolution), s.kind, ""});
    }
    for (const QualityNote& n : q.notes) {
        t.row({"note", "", "", "", n.code, csvNumber(n.count)});
    }
    return t.take();
}

std::string sections(const ReportData& r) {
    Table t{"section", "included", "empty", "reason"};
    for (const SectionState& s : r.sections) {
        t.row({s.section, s.included ? "true" : "false", s.empty ? "true" : "false", s.reason});
    }
    t.row(
        {"strain_readiness_available", r.strain.available ? "true" : "false", "", r.strain.reason});
    t.row({"strain_readiness_pass_rate", optionalNumber(r.strain.passRate), "", ""});
    t.row({"strain_readiness_required", csvNumber(r.strain.requiredPassRate), "", ""});
    t.row({"strain_readiness_ready", r.strain.ready ? "true" : "false", "", ""});
    return t.take();
}

} // namespace

std::string csvField(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        return std::string(text);
    }
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') {
            out += '"';
        }
        out += c;
    }
    out += '"';
    return out;
}

std::string csvNumber(double value) {
    if (!std::isfinite(value)) {
        return {};
    }
    char buffer[400];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    return ec == std::errc{} ? std::string(buffer, end) : std::string();
}

std::string csvDollars(MicroUsd money) {
    const bool negative = money.value < 0;
    // Magnitude without overflow for the most negative value.
    const auto magnitude = negative ? 0ULL - static_cast<unsigned long long>(money.value)
                                    : static_cast<unsigned long long>(money.value);
    std::string out = (negative ? "-" : "") + std::to_string(magnitude / 1'000'000ULL);
    std::string fraction = std::to_string(magnitude % 1'000'000ULL);
    fraction.insert(0, 6 - fraction.size(), '0');
    while (!fraction.empty() && fraction.back() == '0') {
        fraction.pop_back();
    }
    if (!fraction.empty()) {
        out += '.' + fraction;
    }
    return out;
}

std::map<std::string, std::string> reportToCsv(const ReportData& report) {
    return {
        {"key_figures.csv", keyFigures(report)},
        {"health_trend.csv", healthTrend(report)},
        {"clients.csv", clients(report)},
        {"utilisation.csv", utilisation(report)},
        {"spend_by_provider.csv", spendByProvider(report)},
        {"spend_projection.csv", spendProjection(report)},
        {"scaling_timeline.csv", timeline(report)},
        {"decisions.csv", decisions(report)},
        {"outcomes.csv", outcomes(report)},
        {"decision_summary.csv", decisionSummary(report)},
        {"strain_runs.csv", strainRuns(report)},
        {"data_quality.csv", dataQuality(report)},
        {"sections.csv", sections(report)},
    };
}

} // namespace headroom
