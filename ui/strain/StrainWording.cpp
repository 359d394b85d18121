#include "StrainWording.h"

#include <algorithm>
#include <cmath>

namespace headroom::ui {

StrainWording::StrainWording(QLocale locale)
    : m_locale(std::move(locale)) {}

QString StrainWording::load(LoadModel model, int users, double ratePerSecond) const {
    if (model == LoadModel::Closed) {
        // Two strings rather than "%n user(s)": the console ships no English plural file.
        return users == 1 ? tr("Closed · 1 user")
                          : tr("Closed · %1 users").arg(m_locale.toString(users));
    }
    return tr("Open · %1 req/s").arg(m_locale.toString(ratePerSecond, 'g', 6));
}

QString StrainWording::scenarioSummary(const StrainScenario& scenario) const {
    QStringList urls;
    for (const auto& url : scenario.urls) {
        urls << QString::fromStdString(url);
    }
    QStringList parts;
    parts << load(scenario.model, scenario.users, scenario.arrivalRatePerSecond);
    parts << tr("%1 s, ramp-up %2 s")
                 .arg(m_locale.toString(qint64(scenario.duration.count())),
                      m_locale.toString(qint64(scenario.rampUp.count())));
    if (scenario.model == LoadModel::Closed) {
        parts << tr("think time %1 ms").arg(m_locale.toString(qint64(scenario.thinkTime.count())));
    }
    parts << tr("%1 %2").arg(QString::fromStdString(scenario.method),
                             urls.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(" · "));
}

QString StrainWording::verdict(const std::string& key, LoadStop stop) {
    if (stop == LoadStop::Cancelled) {
        return tr("Cancelled — not judged");
    }
    if (key == "passed") {
        return tr("Passed");
    }
    if (key == "failed") {
        return tr("FAILED");
    }
    if (key == "not_judged") {
        return tr("Not judged");
    }
    return QString::fromStdString(key);
}

QString StrainWording::stop(LoadStop stop) {
    switch (stop) {
    case LoadStop::Finished:
        return tr("ran its full duration");
    case LoadStop::MaxRequests:
        return tr("stopped at its request limit");
    case LoadStop::MaxTime:
        return tr("stopped at its time limit");
    case LoadStop::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QString StrainWording::saturation(GeneratorSaturation saturation) {
    switch (saturation) {
    case GeneratorSaturation::None:
        return {};
    case GeneratorSaturation::Cpu:
        return tr("This computer could not generate the load fast enough (its CPU was busy), so "
                  "the latencies include its own queueing.");
    case GeneratorSaturation::LateSends:
        return tr("Too many requests could not be sent on time, so the latencies are not only the "
                  "server's.");
    }
    return {};
}

QString StrainWording::notJudgedReason(NotJudgedReason reason) {
    switch (reason) {
    case NotJudgedReason::None:
        return {};
    case NotJudgedReason::GeneratorSaturated:
        return tr("the load generator fell behind");
    case NotJudgedReason::NoRequests:
        return tr("no request was sent");
    }
    return {};
}

QString StrainWording::criterionName(StrainCriterion criterion) {
    switch (criterion) {
    case StrainCriterion::P95Latency:
        return tr("Response time (p95)");
    case StrainCriterion::ErrorRate:
        return tr("Error rate");
    case StrainCriterion::Throughput:
        return tr("Throughput");
    case StrainCriterion::Memory:
        return tr("Memory (peak)");
    }
    return {};
}

QString StrainWording::outcome(CriterionOutcome outcome) {
    switch (outcome) {
    case CriterionOutcome::Passed:
        return tr("passed");
    case CriterionOutcome::Failed:
        return tr("FAILED");
    case CriterionOutcome::NotMeasured:
        return tr("not measured");
    }
    return {};
}

QString StrainWording::figureName(BaselineFigure figure) {
    switch (figure) {
    case BaselineFigure::P50:
        return tr("p50");
    case BaselineFigure::P90:
        return tr("p90");
    case BaselineFigure::P95:
        return tr("p95");
    case BaselineFigure::P99:
        return tr("p99");
    case BaselineFigure::P999:
        return tr("p99.9");
    case BaselineFigure::ErrorRate:
        return tr("Error rate");
    }
    return {};
}

QString StrainWording::httpVersionName(LoadHttpVersion version) {
    switch (version) {
    case LoadHttpVersion::Auto:
        return tr("Auto");
    case LoadHttpVersion::Http1:
        return tr("HTTP/1.1");
    case LoadHttpVersion::Http2:
        return tr("HTTP/2");
    }
    return {};
}

QString StrainWording::milliseconds(double ms) const {
    // Sub-millisecond answers of a local server keep their decimals; slow ones do not need them.
    const int decimals = ms < 10.0 ? 2 : (ms < 100.0 ? 1 : 0);
    return tr("%1 ms").arg(m_locale.toString(ms, 'f', decimals));
}

QString StrainWording::latency(std::chrono::microseconds value) const {
    return milliseconds(double(value.count()) / 1000.0);
}

QString StrainWording::throughput(double perSecond) const {
    return tr("%1 req/s").arg(m_locale.toString(perSecond, 'f', perSecond < 100.0 ? 1 : 0));
}

QString StrainWording::rate(double fraction) const {
    const double percent = fraction * 100.0;
    return tr("%1 %").arg(m_locale.toString(percent, 'f', percent != 0.0 && percent < 1.0 ? 2 : 1));
}

QString StrainWording::count(std::int64_t n) const {
    return m_locale.toString(qint64(n));
}

QString StrainWording::criterionValue(StrainCriterion criterion, double value) const {
    switch (criterion) {
    case StrainCriterion::P95Latency:
        return milliseconds(value);
    case StrainCriterion::ErrorRate:
    case StrainCriterion::Memory:
        return rate(value);
    case StrainCriterion::Throughput:
        return throughput(value);
    }
    return {};
}

QString StrainWording::figureValue(BaselineFigure figure, double value) const {
    if (figure == BaselineFigure::ErrorRate) {
        return rate(value);
    }
    return milliseconds(value / 1000.0);
}

QString StrainWording::change(double fraction) const {
    const QString number = m_locale.toString(std::fabs(fraction) * 100.0, 'f', 1);
    return fraction < 0.0 ? tr("−%1 %").arg(number) : tr("+%1 %").arg(number);
}

QString StrainWording::plannedLoad(const StrainPlan& plan) const {
    const QString seconds = m_locale.toString(qint64(plan.duration.count()));
    if (plan.model == LoadModel::Open) {
        const auto expected = std::min<double>(plan.arrivalsBy(plan.duration), plan.maxRequests);
        return tr("about %1 requests (%2 per second for %3 s)")
            .arg(count(std::llround(expected)),
                 m_locale.toString(plan.arrivalRatePerSecond, 'g', 6), seconds);
    }
    if (plan.thinkTime.count() > 0) {
        // Each user sends at most one request per think time; the server's answer time only
        // lowers that, so this is an upper bound.
        const double perUser =
            double(plan.duration.count()) * 1000.0 / double(plan.thinkTime.count()) + 1.0;
        const auto bound = std::min<double>(perUser * plan.users, double(plan.maxRequests));
        return tr("up to about %1 requests from %2 virtual users over %3 s")
            .arg(count(std::llround(bound)), m_locale.toString(plan.users), seconds);
    }
    return tr("as many requests as it answers from %1 virtual users without a pause for %2 s "
              "(at most %3)")
        .arg(m_locale.toString(plan.users), seconds, count(plan.maxRequests));
}

} // namespace headroom::ui
