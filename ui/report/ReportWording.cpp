#include "report/ReportWording.h"

#include "Wording.h"
#include "model/Metric.h"

#include <cmath>

#include <QDateTime>
#include <QTimeZone>

namespace headroom::ui {

namespace {

QString key(std::string_view text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QDateTime utc(Timestamp at) {
    return QDateTime::fromSecsSinceEpoch(at.time_since_epoch().count(), QTimeZone::utc());
}

} // namespace

ReportWording::ReportWording(const ReportLabels& labels, QLocale locale)
    : m_labels(labels)
    , m_locale(std::move(locale)) {}

QString ReportWording::sectionTitle(ReportSection section) {
    switch (section) {
    case ReportSection::KeyFigures:
        return tr("Key figures");
    case ReportSection::HealthTrend:
        return tr("Health trend");
    case ReportSection::Utilisation:
        return tr("Utilisation against tier limits");
    case ReportSection::Spend:
        return tr("Spend by provider");
    case ReportSection::Clients:
        return tr("Clients over time");
    case ReportSection::ScalingTimeline:
        return tr("Scaling timeline");
    case ReportSection::Decisions:
        return tr("Decisions");
    case ReportSection::StrainReadiness:
        return tr("Strain test readiness");
    case ReportSection::DataQuality:
        return tr("Data quality");
    }
    return {};
}

QString ReportWording::figureName(std::string_view id) {
    if (id == kFigureClients) {
        return tr("Active clients");
    }
    if (id == kFigureTier) {
        return tr("Growth tier");
    }
    if (id == kFigureMode) {
        return tr("Scaling mode");
    }
    if (id == kFigureHealth) {
        return tr("Overall health");
    }
    if (id == kFigureHeadroom) {
        return tr("Headroom");
    }
    if (id == kFigureUptime) {
        return tr("Uptime");
    }
    if (id == kFigureErrorRate) {
        return tr("Error rate");
    }
    if (id == kFigureAiSpend) {
        return tr("AI spend");
    }
    if (id == kFigureTotalSpend) {
        return tr("Total spend");
    }
    if (id == kFigureCostPerClient) {
        return tr("Cost per client");
    }
    return key(id);
}

QString ReportWording::labelOf(const std::map<std::string, std::string>& names,
                               const std::string& id) const {
    const auto it = names.find(id);
    return QString::fromStdString(it != names.end() && !it->second.empty() ? it->second : id);
}

QString ReportWording::tierName(const std::string& id) const {
    return labelOf(m_labels.tiers, id);
}

QString ReportWording::modeName(const std::string& id) const {
    return labelOf(m_labels.modes, id);
}

QString ReportWording::recommendationTitle(const std::string& type) const {
    return labelOf(m_labels.recommendations, type);
}

QString ReportWording::providerName(const std::string& id) const {
    return labelOf(m_labels.providers, id);
}

QString ReportWording::metricName(const std::string& metricKey) {
    const auto id = metricFromKey(metricKey);
    if (!id) {
        return QString::fromStdString(metricKey);
    }
    return Wording::metricName(*id);
}

namespace {

// A figure's value in its unit. Text figures (tier, mode) are worded by the caller.
QString numeric(const ReportWording& w, std::string_view unit, double value) {
    if (unit == kUnitCount) {
        return w.number(value);
    }
    if (unit == kUnitScore) {
        return w.number(value, 0);
    }
    if (unit == kUnitPercent) {
        return w.percent(value, 0);
    }
    if (unit == kUnitFraction) {
        return w.percent(value * 100.0, value * 100.0 < 10.0 ? 2 : 1);
    }
    if (unit == kUnitUsd || unit == kUnitUsdPerClient) {
        return w.dollars(value);
    }
    return w.number(value, 2);
}

} // namespace

QString ReportWording::figureValue(const KeyFigure& f) const {
    if (f.unit == kUnitText) {
        if (!f.text) {
            return QStringLiteral("—");
        }
        return f.id == kFigureTier ? tierName(*f.text) : modeName(*f.text);
    }
    return f.value ? numeric(*this, f.unit, *f.value) : QStringLiteral("—");
}

QString ReportWording::figurePrevious(const KeyFigure& f) const {
    if (f.unit == kUnitText) {
        if (!f.previousText) {
            return QStringLiteral("—");
        }
        return f.id == kFigureTier ? tierName(*f.previousText) : modeName(*f.previousText);
    }
    return f.previous ? numeric(*this, f.unit, *f.previous) : QStringLiteral("—");
}

QString ReportWording::figureChange(const KeyFigure& f) const {
    if (f.unit == kUnitText) {
        if (!f.text || !f.previousText) {
            return {};
        }
        if (*f.text == *f.previousText) {
            return tr("unchanged");
        }
        return tr("from %1").arg(figurePrevious(f));
    }
    if (!f.change) {
        return {};
    }
    const double change = *f.change;
    if (change == 0.0) {
        return tr("unchanged");
    }
    const QString sign = change > 0 ? QStringLiteral("+") : QStringLiteral("−");
    const double size = std::abs(change);
    QString absolute;
    if (f.unit == kUnitScore) {
        absolute = tr("%1%2 points").arg(sign, number(size, size < 10 ? 1 : 0));
    } else if (f.unit == kUnitPercent) {
        absolute = tr("%1%2 points").arg(sign, number(size, size < 10 ? 1 : 0));
    } else if (f.unit == kUnitFraction) {
        absolute = tr("%1%2 points").arg(sign, number(size * 100.0, size * 100.0 < 0.1 ? 3 : 2));
    } else {
        absolute = sign + numeric(*this, f.unit, size);
    }
    // A ratio against a percentage is confusing ("+50 % of 2 %"); only amounts get one.
    const bool amount = f.unit == kUnitCount || f.unit == kUnitUsd || f.unit == kUnitUsdPerClient;
    if (amount && f.changeRatio) {
        return tr("%1 (%2%3)")
            .arg(absolute, sign,
                 percent(std::abs(*f.changeRatio) * 100.0, std::abs(*f.changeRatio) < 0.1 ? 1 : 0));
    }
    return absolute;
}

int ReportWording::changeSense(const KeyFigure& f) {
    if (!f.change || *f.change == 0.0) {
        return 0;
    }
    const int direction = *f.change > 0 ? 1 : -1;
    if (f.id == kFigureClients || f.id == kFigureHealth || f.id == kFigureHeadroom ||
        f.id == kFigureUptime) {
        return direction;
    }
    if (f.id == kFigureErrorRate || f.id == kFigureCostPerClient) {
        return -direction;
    }
    return 0; // spend rising is neither good nor bad news by itself
}

QString ReportWording::reason(std::string_view code) {
    if (code == kReasonNoSnapshots) {
        return tr("no data was stored in this period");
    }
    if (code == kReasonMetricMissing) {
        return tr("the stored data does not include this metric");
    }
    if (code == kReasonNotEvaluated) {
        return tr("no score was computed for the stored data");
    }
    if (code == kReasonNotMeasured) {
        return tr("no connected source measures it");
    }
    if (code == kReasonNoLedgerRows) {
        return tr("no cost rows were imported for this period");
    }
    if (code == kReasonNoClients) {
        return tr("no active clients were recorded");
    }
    if (code == kReasonNoCost) {
        return tr("no costs were recorded");
    }
    if (code == kReasonNoTier) {
        return tr("no tier was placed");
    }
    if (code == kReasonNoDecisions) {
        return tr("no decisions were recorded");
    }
    if (code == kReasonNoEvents) {
        return tr("the tier and mode did not change");
    }
    if (code == kReasonNoStrainResults) {
        return tr("no strain test was run in this period");
    }
    if (code == kReasonNoProjection) {
        return tr("there is no cost history to project from");
    }
    if (code == kReasonNotRequested) {
        return tr("left out of this report");
    }
    return key(code);
}

QString ReportWording::previousAbsent(std::string_view code) {
    if (code == kReasonNoSnapshots) {
        return tr("Previous period: no data stored");
    }
    if (code == kReasonNoLedgerRows || code == kReasonNoCost) {
        return tr("Previous period: no cost rows");
    }
    if (code == kReasonNoClients) {
        return tr("Previous period: no active clients");
    }
    if (code == kReasonMetricMissing || code == kReasonNotEvaluated) {
        return tr("Previous period: not measured");
    }
    return tr("Previous period: —");
}

QString ReportWording::emptySection(ReportSection section, std::string_view why) {
    switch (section) {
    case ReportSection::Decisions:
        return tr("No decisions in this period.");
    case ReportSection::ScalingTimeline:
        return tr("No tier or mode changes in this period.");
    case ReportSection::StrainReadiness:
        return tr("No strain test was run in this period, so the workspace's readiness for the "
                  "next tier cannot be stated (Overview > Strain tests runs them).");
    case ReportSection::Spend:
        return tr("No spend in this period: %1.").arg(reason(why));
    case ReportSection::HealthTrend:
        return tr("No health scores in this period: %1.").arg(reason(why));
    case ReportSection::Utilisation:
        return tr("No utilisation figures in this period: %1.").arg(reason(why));
    case ReportSection::Clients:
        return tr("No client counts in this period: %1.").arg(reason(why));
    case ReportSection::KeyFigures:
        return tr("No key figures in this period: %1.").arg(reason(why));
    case ReportSection::DataQuality:
        return tr("Nothing to assess: %1.").arg(reason(why));
    }
    return {};
}

QString ReportWording::timelineKind(std::string_view kind) {
    if (kind == kTimelineTierChanged) {
        return tr("Tier changed");
    }
    if (kind == kTimelineModeSet) {
        return tr("Mode set");
    }
    if (kind == kTimelineFrozen) {
        return tr("Scaling frozen");
    }
    if (kind == kTimelineUnfrozen) {
        return tr("Scaling unfrozen");
    }
    if (kind == kTimelineAutoMode) {
        return tr("Automatic mode changed");
    }
    return key(kind);
}

QString ReportWording::decisionVerdict(std::string_view verdict) {
    if (verdict == "accept") {
        return tr("Accepted");
    }
    if (verdict == "defer") {
        return tr("Deferred");
    }
    if (verdict == "reject") {
        return tr("Rejected");
    }
    return key(verdict);
}

QString ReportWording::outcomeStatus(std::string_view status) {
    if (status == "implemented") {
        return tr("Implemented");
    }
    if (status == "failed") {
        return tr("Failed");
    }
    if (status == "rolled_back") {
        return tr("Rolled back");
    }
    return key(status);
}

QString ReportWording::strainVerdict(std::string_view verdict) {
    if (verdict == "passed") {
        return tr("Passed");
    }
    if (verdict == "failed") {
        return tr("Failed");
    }
    return tr("Not judged");
}

QString ReportWording::outcomeVerdict(std::string_view verdict) {
    if (verdict == "within_prediction") {
        return tr("Within prediction");
    }
    if (verdict == "outside_prediction") {
        return tr("Outside prediction");
    }
    if (verdict == "no_impact") {
        return tr("No measured impact");
    }
    return key(verdict);
}

QString ReportWording::flaggedKind(std::string_view kind) {
    if (kind == "stale") {
        return tr("Stale");
    }
    if (kind == "missing") {
        return tr("Missing");
    }
    return key(kind);
}

QString ReportWording::resolutionKind(std::string_view kind) {
    if (kind == "raw") {
        return tr("Every snapshot");
    }
    if (kind == "five_minute") {
        return tr("5-minute summaries");
    }
    if (kind == "hourly") {
        return tr("Hourly summaries");
    }
    return key(kind);
}

QString ReportWording::qualityNote(const QualityNote& note) const {
    const int count = int(std::lround(note.count));
    if (note.code == "no_stored_data") {
        return tr("No data was stored in this period.");
    }
    if (note.code == "data_gaps") {
        return count == 1 ? tr("1 stretch without any stored data.")
                          : tr("%1 stretches without any stored data.").arg(number(count));
    }
    if (note.code == "stale_or_missing_metrics") {
        return (count == 1 ? tr("1 stretch in which metrics were stale or missing")
                           : tr("%1 stretches in which metrics were stale or missing")
                                 .arg(number(count))) +
               tr("; recommendations were held back while they were.");
    }
    if (note.code == "rolled_up_stretches") {
        return (count == 1 ? tr("1 stretch kept only as 5-minute or hourly summaries")
                           : tr("%1 stretches kept only as 5-minute or hourly summaries")
                                 .arg(number(count))) +
               tr(" (older data is rolled up by retention).");
    }
    if (note.code == "ledger_days_missing") {
        return count == 1 ? tr("1 day without any cost row in the ledger.")
                          : tr("%1 days without any cost row in the ledger.").arg(number(count));
    }
    if (note.code == "unpriced_usage_rows") {
        return count == 1 ? tr("1 usage row without a price; its cost is not included.")
                          : tr("%1 usage rows without a price; their cost is not included.")
                                .arg(number(count));
    }
    if (note.code == "period_after_generation") {
        return tr("The period ends after this report was generated; the last %1 had not "
                  "happened yet.")
            .arg(duration(std::chrono::seconds{std::llround(note.count)}));
    }
    return tr("%1: %2").arg(QString::fromStdString(note.code), number(note.count));
}

QString ReportWording::horizonName(std::string_view horizon) {
    if (horizon == "month") {
        return tr("Next month");
    }
    if (horizon == "quarter") {
        return tr("Next quarter");
    }
    if (horizon == "year") {
        return tr("Next year");
    }
    return key(horizon);
}

QString ReportWording::trustName(std::string_view trust) {
    if (trust == "beats_naive") {
        return tr("it beat a naive forecast in backtests");
    }
    if (trust == "loses_to_naive") {
        return tr("it did not beat a naive forecast in backtests: for reference only");
    }
    if (trust == "untested") {
        return tr("too little history to backtest it");
    }
    return key(trust);
}

QString ReportWording::number(double value, int decimals) const {
    return m_locale.toString(value, 'f', decimals);
}

QString ReportWording::percent(double percentValue, int decimals) const {
    return tr("%1 %").arg(m_locale.toString(percentValue, 'f', decimals));
}

QString ReportWording::money(MicroUsd amount) const {
    return dollars(amount.dollars());
}

QString ReportWording::dollars(double amount) const {
    const int decimals = std::abs(amount) >= 1000.0 ? 0 : 2;
    const QString digits = m_locale.toString(std::abs(amount), 'f', decimals);
    return amount < 0 ? tr("−$%1").arg(digits) : tr("$%1").arg(digits);
}

QString ReportWording::moneyRange(MicroUsd low, MicroUsd high) const {
    return low == high ? money(low) : tr("%1 – %2").arg(money(low), money(high));
}

QString ReportWording::day(Timestamp at) const {
    return m_locale.toString(utc(at).date(), QStringLiteral("d MMM yyyy"));
}

QString ReportWording::dateTime(Timestamp at) const {
    return m_locale.toString(utc(at), QStringLiteral("d MMM yyyy HH:mm"));
}

QString ReportWording::period(Timestamp from, Timestamp to) const {
    // The period is half-open: its last day is the one before `to`.
    const QDate first = utc(from).date();
    const QDate last = utc(to - std::chrono::seconds{1}).date();
    if (first == last) {
        return m_locale.toString(first, QStringLiteral("d MMMM yyyy"));
    }
    const QString firstText = first.year() == last.year()
                                  ? m_locale.toString(first, QStringLiteral("d MMMM"))
                                  : m_locale.toString(first, QStringLiteral("d MMMM yyyy"));
    return tr("%1 – %2").arg(firstText, m_locale.toString(last, QStringLiteral("d MMMM yyyy")));
}

QString ReportWording::days(long long count) const {
    return count == 1 ? tr("1 day") : tr("%1 days").arg(m_locale.toString(count));
}

QString ReportWording::duration(std::chrono::seconds length) const {
    using namespace std::chrono;
    const auto total = length.count();
    if (total < 3600) {
        return tr("%1 min").arg(std::max<long long>(1, (total + 59) / 60));
    }
    const auto days = total / 86400;
    const auto hours = (total % 86400) / 3600;
    if (days == 0) {
        return tr("%1 h").arg(hours);
    }
    return hours == 0 ? tr("%1 d").arg(days) : tr("%1 d %2 h").arg(days).arg(hours);
}

} // namespace headroom::ui
