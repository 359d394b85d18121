#include "GovernanceWording.h"

#include <QLocale>

namespace headroom::ui {

namespace {
QString percentText(double fraction) {
    return QLocale().toString(fraction * 100.0, 'f', 0) + QStringLiteral(" %");
}
} // namespace

QString GovernanceWording::outcomeStatusName(OutcomeStatus status) {
    switch (status) {
    case OutcomeStatus::Implemented:
        return tr("Implemented");
    case OutcomeStatus::Failed:
        return tr("Failed");
    case OutcomeStatus::RolledBack:
        return tr("Rolled back");
    }
    return {};
}

QString GovernanceWording::monitorStatusName(MonitorStatus status) {
    switch (status) {
    case MonitorStatus::Normal:
        return tr("Normal");
    case MonitorStatus::Warning:
        return tr("Warning");
    case MonitorStatus::Critical:
        return tr("Critical");
    case MonitorStatus::NoData:
        return tr("No data");
    }
    return {};
}

QColor GovernanceWording::monitorStatusColor(MonitorStatus status) {
    switch (status) {
    case MonitorStatus::Normal:
        return QColor(0x2e, 0x7d, 0x32);
    case MonitorStatus::Warning:
        return QColor(0xef, 0x6c, 0x00);
    case MonitorStatus::Critical:
        return QColor(0xc6, 0x28, 0x28);
    case MonitorStatus::NoData:
        return QColor(0x75, 0x75, 0x75);
    }
    return {};
}

QString GovernanceWording::trendArrow(TrendDirection direction) {
    switch (direction) {
    case TrendDirection::Rising:
        return tr("↑ rising");
    case TrendDirection::Falling:
        return tr("↓ falling");
    case TrendDirection::Flat:
        return tr("→ flat");
    case TrendDirection::Unknown:
        return tr("– not enough days");
    }
    return {};
}

QString GovernanceWording::strainText(const TierReadiness& r) {
    switch (r.strain) {
    case StrainStatus::NoTestYet:
        return tr("No strain test yet (%1 pass rate required)").arg(percentText(r.strainRequired));
    case StrainStatus::Passed:
        return tr("Strain test passed: %1 (%2 required)")
            .arg(percentText(r.strainPassRate.value_or(0.0)), percentText(r.strainRequired));
    case StrainStatus::BelowRequired:
        return tr("Strain test below the required rate: %1 (%2 required)")
            .arg(percentText(r.strainPassRate.value_or(0.0)), percentText(r.strainRequired));
    }
    return {};
}

QString GovernanceWording::rateText(const RateCount& rate) {
    if (!rate.rate()) {
        return tr("nothing to rate yet");
    }
    return tr("%1 (%2 of %3)")
        .arg(percentText(*rate.rate()))
        .arg(qulonglong(rate.hits))
        .arg(qulonglong(rate.of));
}

QString GovernanceWording::keyMetricsLine(const KeyMetrics& m) {
    return tr("Acceptance rate: %1 · Recommendation accuracy: %2 · Awaiting an outcome: %3")
        .arg(rateText(m.acceptance), rateText(m.accuracy))
        .arg(qulonglong(m.awaitingOutcome));
}

QString GovernanceWording::verdictText(OutcomeVerdict verdict) {
    switch (verdict) {
    case OutcomeVerdict::WithinPrediction:
        return tr("Within the prediction");
    case OutcomeVerdict::OutsidePrediction:
        return tr("Outside the prediction");
    case OutcomeVerdict::NoImpact:
        return tr("No impact entered or measured yet");
    }
    return {};
}

} // namespace headroom::ui
