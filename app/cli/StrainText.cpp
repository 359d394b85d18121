#include "cli/StrainText.h"

#include "cli/CommandSupport.h"
#include "model/StrainRunJson.h"
#include "model/Text.h"

#include <ostream>

namespace headroom::cli {

namespace {

using nlohmann::json;

std::string modelText(const StrainRunResult& r, const StrainPlan& plan) {
    std::string text = r.model == LoadModel::Closed
                           ? cat("closed model, ", r.users, r.users == 1 ? " user" : " users")
                           : cat("open model, ", fixedNumber(r.arrivalRatePerSecond, 1), " req/s");
    if (plan.rampUp.count() > 0) {
        text += cat(", ramp ", plan.rampUp.count(), " s");
    }
    if (r.model == LoadModel::Closed) {
        text += cat(", think ", plan.thinkTime.count(), " ms");
    }
    return text + cat(", ", r.plannedDuration.count(), " s");
}

std::string stopText(LoadStop stop) {
    switch (stop) {
    case LoadStop::Finished:
        return "finished";
    case LoadStop::MaxRequests:
        return "stopped at the request bound";
    case LoadStop::MaxTime:
        return "stopped at the time bound";
    case LoadStop::Cancelled:
        return "cancelled";
    }
    return "";
}

std::string percentText(double fraction) {
    return fixedNumber(fraction * 100.0, 2) + " %";
}

std::string criterionName(StrainCriterion c) {
    switch (c) {
    case StrainCriterion::P95Latency:
        return "p95 latency";
    case StrainCriterion::ErrorRate:
        return "error rate";
    case StrainCriterion::Throughput:
        return "throughput";
    case StrainCriterion::Memory:
        return "memory";
    }
    return "";
}

// A criterion's figure in its unit: milliseconds, a fraction, requests per second, a fraction.
std::string criterionValue(StrainCriterion c, double value) {
    switch (c) {
    case StrainCriterion::P95Latency:
        return fixedNumber(value, 2) + " ms";
    case StrainCriterion::Throughput:
        return fixedNumber(value, 1) + " req/s";
    case StrainCriterion::ErrorRate:
    case StrainCriterion::Memory:
        return percentText(value);
    }
    return "";
}

std::string outcomeText(const CriterionResult& c) {
    switch (c.outcome) {
    case CriterionOutcome::Passed:
        return "passed";
    case CriterionOutcome::Failed:
        return "FAILED";
    case CriterionOutcome::NotMeasured:
        return c.criterion == StrainCriterion::Memory ? "not measured (see memory above)"
                                                      : "not measured";
    }
    return "";
}

// Whose memory the figure is and how it was read, so that a reader can weigh it.
std::string memoryText(const StrainJobOutcome& o, const StrainPlan& plan) {
    const auto& memory = o.record.result.measurement.memoryUtilisation;
    const std::string peak = memory ? percentText(*memory) + " at the peak, " : std::string();
    switch (o.memorySource) {
    case MemoryFigureSource::Snapshots:
        return peak + "from the workspace's stored snapshots of the run's window";
    case MemoryFigureSource::Probe:
        return peak +
               (o.memoryProbeSource == "host"
                    ? std::string("sampled from this computer by the host collector "
                                  "while the run ran")
                    : cat("sampled from source '", o.memoryProbeSource, "' while the run ran"));
    case MemoryFigureSource::NotMeasured:
        break;
    }
    return plan.allTargetsLocal
               ? "not measured: no memory reading was stored or sampled while it ran"
               : "not measured: the target is not this computer and the workspace stored no "
                 "memory reading while it ran";
}

std::string_view memorySourceKey(MemoryFigureSource source) {
    switch (source) {
    case MemoryFigureSource::Snapshots:
        return "snapshots";
    case MemoryFigureSource::Probe:
        return "probe";
    case MemoryFigureSource::NotMeasured:
        break;
    }
    return "not_measured";
}

std::string verdictText(const StrainJobOutcome& o) {
    if (o.record.verdict == "passed") {
        return "PASSED";
    }
    if (o.record.verdict == "failed") {
        return "FAILED";
    }
    if (o.record.result.stop == LoadStop::Cancelled) {
        return "NOT JUDGED: the run was cancelled";
    }
    switch (o.judgement.reason) {
    case NotJudgedReason::GeneratorSaturated:
        return "NOT JUDGED: this computer could not generate the load on schedule, so the "
               "latencies are partly its own (see generator)";
    case NotJudgedReason::NoRequests:
        return "NOT JUDGED: no request was sent";
    case NotJudgedReason::None:
        break;
    }
    return "NOT JUDGED";
}

std::string figureName(BaselineFigure f) {
    return std::string(keyIn(kBaselineFigureKeys, f));
}

std::string figureValue(BaselineFigure f, double value) {
    if (f == BaselineFigure::ErrorRate) {
        return percentText(value);
    }
    return latencyText(std::chrono::microseconds(static_cast<std::int64_t>(value)));
}

json criteriaJson(const StrainJudgement& judgement) {
    json list = json::array();
    for (const CriterionResult& c : judgement.criteria) {
        list.push_back({{"criterion", keyIn(kStrainCriterionKeys, c.criterion)},
                        {"outcome", c.outcome == CriterionOutcome::Passed   ? "passed"
                                    : c.outcome == CriterionOutcome::Failed ? "failed"
                                                                            : "not_measured"},
                        {"measured", c.measured ? json(*c.measured) : json(nullptr)},
                        {"limit", c.limit}});
    }
    return list;
}

json comparisonJson(const StrainJobOutcome& o) {
    if (!o.comparison || !o.baseline) {
        return nullptr;
    }
    json figures = json::array();
    for (const FigureComparison& f : o.comparison->figures) {
        figures.push_back({{"figure", keyIn(kBaselineFigureKeys, f.figure)},
                           {"baseline", f.baseline},
                           {"current", f.current},
                           {"change", f.change ? json(*f.change) : json(nullptr)},
                           {"regressed", f.regressed}});
    }
    const char* comparability =
        o.comparison->comparability == BaselineComparability::Comparable ? "comparable"
        : o.comparison->comparability == BaselineComparability::CurrentNotJudged
            ? "current_not_judged"
            : "baseline_not_judged";
    return {{"baseline_run", o.baseline->id},
            {"comparability", comparability},
            {"regressed", o.comparison->regressed},
            {"figures", figures}};
}

} // namespace

std::string latencyText(std::chrono::microseconds latency) {
    const double ms = static_cast<double>(latency.count()) / 1000.0;
    if (ms >= 1000.0) {
        return fixedNumber(ms / 1000.0, 2) + " s";
    }
    return fixedNumber(ms, ms < 10.0 ? 2 : 1) + " ms";
}

void printStrainOutcome(std::ostream& out, const StrainJobOutcome& o, const StrainPlan& plan) {
    const StrainRunResult& r = o.record.result;
    const StrainMeasurement& m = r.measurement;
    out << "Strain test: " << r.scenarioName << " (" << r.scenarioId << ")\n"
        << "  target:      " << r.method << " " << r.urls.front()
        << (r.urls.size() > 1 ? cat(" and ", r.urls.size() - 1, " more") : std::string()) << "\n"
        << "  load:        " << modelText(r, plan) << "\n"
        << "  ran:         " << fixedNumber(static_cast<double>(r.elapsed.count()) / 1000.0, 1)
        << " s, " << stopText(r.stop)
        << (r.httpVersion.empty() ? std::string() : ", " + r.httpVersion) << "\n"
        << "  requests:    " << m.requests << " sent, " << r.completed << " answered, "
        << (r.errors.timeout + r.errors.connection + r.errors.other) << " failed, " << m.dropped
        << " dropped\n"
        << "  throughput:  " << fixedNumber(m.throughputPerSecond, 1) << " req/s\n";
    if (r.completed > 0) {
        out << "  latency:     p50 " << latencyText(m.p50) << "  p90 " << latencyText(m.p90)
            << "  p95 " << latencyText(m.p95) << "  p99 " << latencyText(m.p99) << "  p99.9 "
            << latencyText(m.p999) << "  max " << latencyText(m.max) << "\n";
    } else {
        out << "  latency:     none: no request was answered\n";
    }
    out << "  errors:      " << percentText(m.errorRate) << " (status " << r.errors.status
        << ", timeout " << r.errors.timeout << ", connection " << r.errors.connection << ", other "
        << r.errors.other << ")\n";
    if (!r.statusCounts.empty()) {
        out << "  statuses:   ";
        for (const StatusCount& s : r.statusCounts) {
            out << " " << s.status << " x " << s.count;
        }
        out << "\n";
    }
    out << "  generator:   " << fixedNumber(r.generator.cpuShare * 100.0, 0) << " % of one core";
    if (r.model == LoadModel::Open) {
        out << ", " << r.generator.lateSends << " sends late, worst lag "
            << latencyText(r.generator.worstSendLag);
    }
    switch (r.generator.saturation) {
    case GeneratorSaturation::None:
        out << "; kept up\n";
        break;
    case GeneratorSaturation::Cpu:
        out << "; SATURATED: its CPU was the limit, so latencies include its own queueing\n";
        break;
    case GeneratorSaturation::LateSends:
        out << "; SATURATED: too many sends could not go out on schedule\n";
        break;
    }
    out << "  memory:      " << memoryText(o, plan) << "\n";
    out << "  verdict:     " << verdictText(o) << "\n";
    for (const CriterionResult& c : o.judgement.criteria) {
        std::string line = "    " + criterionName(c.criterion);
        line.resize(18, ' ');
        std::string measured = c.measured ? criterionValue(c.criterion, *c.measured) : "-";
        measured.resize(14, ' ');
        const bool upper = c.criterion != StrainCriterion::Throughput;
        out << line << measured << (upper ? "<= " : ">= ") << criterionValue(c.criterion, c.limit)
            << "  " << outcomeText(c) << "\n";
    }
    if (!o.baseline) {
        out << "  baseline:    none stored for this scenario (headroom strain --set-baseline "
               "RUN makes one)\n";
    } else if (o.comparison) {
        out << "  baseline:    run " << o.baseline->id << " of "
            << minuteText(o.baseline->result.startedAt);
        if (o.comparison->comparability != BaselineComparability::Comparable) {
            out << " (not comparable: "
                << (o.comparison->comparability == BaselineComparability::CurrentNotJudged
                        ? "this run was not judged"
                        : "the baseline was not judged")
                << ")";
        }
        out << (o.comparison->regressed ? ": REGRESSED\n" : ": no regression\n");
        for (const FigureComparison& f : o.comparison->figures) {
            std::string name = "    " + figureName(f.figure);
            name.resize(18, ' ');
            out << name << figureValue(f.figure, f.baseline) << " -> "
                << figureValue(f.figure, f.current);
            if (f.change) {
                out << " (" << (*f.change >= 0 ? "+" : "") << fixedNumber(*f.change * 100.0, 1)
                    << " %)";
            }
            out << (f.regressed ? "  REGRESSED" : "") << "\n";
        }
    }
    if (o.record.id != 0) {
        out << "  stored as run " << o.record.id << " in workspace '" << o.record.workspace
            << "'\n";
    }
}

json strainOutcomeJson(const StrainJobOutcome& o) {
    return {{"run", o.record.id == 0 ? json(nullptr) : json(o.record.id)},
            {"workspace", o.record.workspace},
            {"verdict", o.record.verdict},
            {"criteria", criteriaJson(o.judgement)},
            {"result", toJson(o.record.result)},
            {"memory_source", memorySourceKey(o.memorySource)},
            {"memory_probe_source", o.memorySource == MemoryFigureSource::Probe
                                        ? json(o.memoryProbeSource)
                                        : json(nullptr)},
            {"baseline", comparisonJson(o)}};
}

void printScenarios(std::ostream& out, const StrainSettings& settings) {
    for (const StrainScenario& s : settings.scenarios) {
        out << s.id << ": " << s.name << " - " << s.description << "\n    "
            << (s.model == LoadModel::Closed
                    ? cat(s.users, " users")
                    : cat(shortestNumber(s.arrivalRatePerSecond), " req/s"))
            << ", " << s.duration.count() << " s, ramp " << s.rampUp.count() << " s";
        if (s.model == LoadModel::Closed) {
            out << ", think " << s.thinkTime.count() << " ms";
        }
        out << ", " << s.method;
        for (const std::string& url : s.urls) {
            out << " " << url;
        }
        out << "\n";
    }
}

void printRunHistory(std::ostream& out, const std::vector<StrainRunRecord>& runs) {
    if (runs.empty()) {
        out << "No strain runs stored.\n";
        return;
    }
    for (const StrainRunRecord& run : runs) {
        const StrainMeasurement& m = run.result.measurement;
        out << run.id << "  " << minuteText(run.result.startedAt) << "  " << run.result.scenarioId
            << "  " << run.verdict << (run.baseline ? "  [baseline]" : "") << "  p95 "
            << latencyText(m.p95) << "  " << fixedNumber(m.throughputPerSecond, 1)
            << " req/s  errors " << percentText(m.errorRate) << "\n";
    }
}

json runHistoryJson(const std::vector<StrainRunRecord>& runs) {
    json list = json::array();
    for (const StrainRunRecord& run : runs) {
        list.push_back({{"run", run.id},
                        {"verdict", run.verdict},
                        {"baseline", run.baseline},
                        {"result", toJson(run.result)}});
    }
    return list;
}

} // namespace headroom::cli
