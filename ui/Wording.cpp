#include "Wording.h"

#include "SourceWording.h"

#include <cmath>
#include <variant>

#include <QJsonDocument>
#include <QJsonObject>

namespace headroom::ui {

Wording::Wording(QLocale locale)
    : m_locale(std::move(locale)) {}

QString Wording::metricName(MetricId id) {
    switch (id) {
    case MetricId::CpuUtilization:
        return tr("CPU utilisation");
    case MetricId::ErrorRate:
        return tr("Error rate");
    case MetricId::AiLatencyMs:
        return tr("AI latency");
    case MetricId::QueueDepth:
        return tr("Queue depth");
    case MetricId::TokenUsage:
        return tr("Tokens this month");
    case MetricId::StorageUsageGb:
        return tr("Storage used");
    case MetricId::BandwidthUsageMb:
        return tr("Bandwidth used");
    case MetricId::ActiveClients:
        return tr("Active clients");
    case MetricId::MemoryUtilization:
        return tr("Memory utilisation");
    case MetricId::ResponseTimeP50Ms:
        return tr("Response time p50");
    case MetricId::ResponseTimeP95Ms:
        return tr("Response time p95");
    case MetricId::ResponseTimeP99Ms:
        return tr("Response time p99");
    case MetricId::DbConnections:
        return tr("Database connections");
    case MetricId::DbConnectionsMax:
        return tr("Database connection limit");
    case MetricId::DbCpuUtilization:
        return tr("Database CPU");
    case MetricId::RequestsPerMinute:
        return tr("Requests per minute");
    case MetricId::PostsPerDay:
        return tr("Posts per day");
    case MetricId::AiSpendPerDayUsd:
        return tr("AI spend per day");
    case MetricId::EarlyWarningEvents:
        return tr("Early-warning events");
    case MetricId::AtRiskClients:
        return tr("At-risk clients");
    case MetricId::AiTokensPerDay:
        return tr("AI tokens per day");
    case MetricId::VisualJobsPerDay:
        return tr("Visual jobs per day");
    case MetricId::ConcurrentJobs:
        return tr("Concurrent jobs");
    case MetricId::VisualJobsPending:
        return tr("Visual jobs pending");
    case MetricId::VisualJobsFailedRecently:
        return tr("Visual jobs failed recently");
    case MetricId::VisualJobAvgProcessingS:
        return tr("Visual job processing time");
    case MetricId::DiskUtilization:
        return tr("Disk utilisation");
    case MetricId::LoadAverage1m:
        return tr("Load average (1 min)");
    case MetricId::CpuCores:
        return tr("CPU cores");
    case MetricId::MemoryTotalGb:
        return tr("Memory");
    case MetricId::CronLoad:
        return tr("Cron load");
    case MetricId::Count_:
        break;
    }
    return QString::fromUtf8(metricKey(id).data(), qsizetype(metricKey(id).size()));
}

QString Wording::derivedName(DerivedValue value) {
    switch (value) {
    case DerivedValue::HeadroomPercent:
        return tr("Headroom");
    case DerivedValue::ClientUtilisation:
        return tr("Client utilisation");
    }
    return {};
}

QString Wording::subjectName(const ConditionSubject& subject) {
    if (const auto* metric = std::get_if<MetricId>(&subject)) {
        return metricName(*metric);
    }
    return derivedName(std::get<DerivedValue>(subject));
}

QString Wording::number(double value, int decimals) const {
    return m_locale.toString(value, 'f', decimals);
}

QString Wording::percent(double fraction, int decimals) const {
    return tr("%1 %").arg(number(fraction * 100.0, decimals));
}

// Small values keep a decimal so that 0.4 ms does not read as 0 ms.
static int decimalsFor(double value) {
    const double magnitude = std::fabs(value);
    if (magnitude == 0.0 || magnitude >= 100.0) {
        return 0;
    }
    return magnitude >= 10.0 ? 1 : 2;
}

QString Wording::metricValue(MetricId id, double value) const {
    const MetricInfo& info = metricInfo(id);
    const int decimals = info.integral ? 0 : decimalsFor(value);
    // 9.00 reads as noise; 9 and 28.6 do not.
    const auto trimmed = [&](double v) {
        const double scale = std::pow(10.0, decimals);
        const double rounded = std::round(v * scale) / scale;
        return number(rounded, rounded == std::round(rounded) ? 0 : decimals);
    };
    switch (info.unit) {
    case MetricUnit::Fraction:
        return percent(value, std::fabs(value) < 0.1 && value != 0.0 ? 1 : 0);
    case MetricUnit::Milliseconds:
        return tr("%1 ms").arg(number(value, value >= 10 ? 0 : 1));
    case MetricUnit::Seconds:
        return tr("%1 s").arg(trimmed(value));
    case MetricUnit::Count:
        return trimmed(value);
    case MetricUnit::Tokens:
        return tr("%1 tokens").arg(number(value, 0));
    case MetricUnit::Gigabytes:
        return tr("%1 GB").arg(trimmed(value));
    case MetricUnit::Megabytes:
        return tr("%1 MB").arg(trimmed(value));
    case MetricUnit::PerMinute:
        return tr("%1 /min").arg(trimmed(value));
    case MetricUnit::PerDay:
        return tr("%1 /day").arg(trimmed(value));
    case MetricUnit::Usd:
        return money(MicroUsd::fromDollars(value));
    case MetricUnit::Load:
        return number(value, 2);
    }
    return number(value, decimals);
}

QString Wording::subjectValue(const ConditionSubject& subject, double value) const {
    if (const auto* metric = std::get_if<MetricId>(&subject)) {
        return metricValue(*metric, value);
    }
    switch (std::get<DerivedValue>(subject)) {
    case DerivedValue::HeadroomPercent:
        return tr("%1 %").arg(number(value, 0));
    case DerivedValue::ClientUtilisation:
        return percent(value);
    }
    return number(value, 2);
}

double Wording::parseNumber(const QString& text, bool* ok) const {
    const QString trimmed = text.trimmed();
    bool read = false;
    double value = m_locale.toDouble(trimmed, &read);
    if (!read) {
        value = QLocale::c().toDouble(trimmed, &read);
    }
    *ok = read && std::isfinite(value);
    return *ok ? value : 0.0;
}

QChar Wording::listSeparator() const {
    return m_locale.decimalPoint() == QLatin1String(",") ? QLatin1Char(';') : QLatin1Char(',');
}

QString Wording::money(MicroUsd amount) const {
    // "$" before the number and the sign before both, whatever the locale's currency layout.
    const QString digits = number(std::fabs(amount.dollars()), 2);
    return amount.value < 0 ? tr("−$%1").arg(digits) : tr("$%1").arg(digits);
}

QString Wording::moneyRange(MicroUsd min, MicroUsd max) const {
    // A range of savings reads as savings, smallest first, rather than "−$100.00 to −$30.00".
    if (max.value < 0 || (max.value == 0 && min.value < 0)) {
        const MicroUsd low{-max.value};
        const MicroUsd high{-min.value};
        return low == high ? tr("Saves %1 per month").arg(money(high))
                           : tr("Saves %1 to %2 per month").arg(money(low), money(high));
    }
    if (min == max) {
        return tr("%1 per month").arg(money(min));
    }
    return tr("%1 to %2 per month").arg(money(min), money(max));
}

QString Wording::aiUnitName(AiUnit unit) {
    switch (unit) {
    case AiUnit::Tokens:
        return tr("tokens");
    case AiUnit::Characters:
        return tr("characters");
    case AiUnit::Requests:
        return tr("requests");
    }
    return {};
}

QString Wording::aiAmount(double amount, AiUnit unit) const {
    return tr("%1 %2").arg(number(amount, 0), aiUnitName(unit));
}

QString Wording::workspaceTitle(const Workspace& workspace) {
    // The exact titles core/demo gives the workspaces it creates.
    if (workspace.kind == WorkspaceKind::Live && workspace.title == "This computer") {
        return tr("This computer");
    }
    if (workspace.kind == WorkspaceKind::Demo && workspace.title == "Demo data — Acme Analytics") {
        return tr("Demo data — Acme Analytics");
    }
    return QString::fromStdString(workspace.title.empty() ? workspace.name : workspace.title);
}

QString Wording::statusName(Status status) {
    switch (status) {
    case Status::Healthy:
        return tr("Healthy");
    case Status::Warning:
        return tr("Warning");
    case Status::Critical:
        return tr("Critical");
    case Status::Unknown:
        return tr("Unknown");
    }
    return {};
}

QColor Wording::statusColor(Status status) {
    switch (status) {
    case Status::Healthy:
        return QColor(0x2e, 0x9d, 0x4f); // green
    case Status::Warning:
        return QColor(0xe0, 0x9b, 0x16); // amber
    case Status::Critical:
        return QColor(0xd3, 0x38, 0x2f); // red
    case Status::Unknown:
        return QColor(0x8a, 0x8f, 0x98); // grey
    }
    return Qt::gray;
}

QString Wording::modeActionName(ModeAction action) {
    switch (action) {
    case ModeAction::Hold:
        return tr("Hold");
    case ModeAction::IncreaseMode:
        return tr("Increase");
    case ModeAction::DecreaseMode:
        return tr("Decrease");
    case ModeAction::Freeze:
        return tr("Freeze");
    }
    return {};
}

QString Wording::modeActionSummary(ModeAction action) {
    switch (action) {
    case ModeAction::Hold:
        return tr("Maintain current mode");
    case ModeAction::IncreaseMode:
        return tr("Safe to scale up");
    case ModeAction::DecreaseMode:
        return tr("Consider scaling down");
    case ModeAction::Freeze:
        return tr("Freeze new onboarding");
    }
    return {};
}

QString Wording::modeReason(const ModeReason& reason) const {
    const double v = reason.value;
    const double t = reason.threshold;
    switch (reason.code) {
    case ModeReasonCode::HealthBelowFreeze:
        return tr("Health score %1 is below the freeze threshold %2.").arg(number(v), number(t));
    case ModeReasonCode::WarningDensityHigh:
        return tr("Warning density %1 % exceeds the threshold %2 %.").arg(number(v), number(t));
    case ModeReasonCode::ChurnRiskHigh:
        return tr("Churn risk %1 % exceeds the threshold %2 %.").arg(number(v), number(t));
    case ModeReasonCode::AiCostPressureHigh:
        return tr("AI cost pressure %1 % exceeds the threshold %2 %.").arg(number(v), number(t));
    case ModeReasonCode::InfraHealthLow:
        return tr("Infrastructure health %1 is below the acceptable level %2.")
            .arg(number(v), number(t));
    case ModeReasonCode::AtMaximumMode:
        return tr("Already at the highest scaling mode.");
    case ModeReasonCode::HealthBelowIncrease:
        return tr("Health %1 is below the increase threshold %2.").arg(number(v), number(t));
    case ModeReasonCode::UtilisationTooHigh:
        return tr("Utilisation %1 is too high for safe scaling (limit %2).")
            .arg(percent(v), percent(t));
    case ModeReasonCode::IncreaseSupported:
        return tr("Health %1 and utilisation %2 support scaling up.").arg(number(v), percent(t));
    case ModeReasonCode::ModeAppropriate:
        return tr("The current mode is appropriate for health and utilisation levels.");
    case ModeReasonCode::ConfidenceTooLow:
        return tr("Data confidence %1 is below the %2 needed to recommend a change.")
            .arg(percent(v), percent(t));
    case ModeReasonCode::ClientsOutsideMode:
        return tr("%1 active clients are outside the current mode's range (up to %2).")
            .arg(number(v), number(t));
    }
    return {};
}

QString Wording::recommendationStateName(RecommendationState state) {
    switch (state) {
    case RecommendationState::Open:
        return tr("Open");
    case RecommendationState::Accepted:
        return tr("Accepted");
    case RecommendationState::Deferred:
        return tr("Deferred");
    case RecommendationState::Rejected:
        return tr("Rejected");
    case RecommendationState::Resolved:
        return tr("Resolved");
    }
    return {};
}

QString Wording::verdictName(Verdict verdict) {
    switch (verdict) {
    case Verdict::Accept:
        return tr("Accepted");
    case Verdict::Defer:
        return tr("Deferred");
    case Verdict::Reject:
        return tr("Rejected");
    }
    return {};
}

QString Wording::eventKindName(EventKind kind) {
    switch (kind) {
    case EventKind::WorkspaceCreated:
        return tr("Workspace created");
    case EventKind::RecommendationOpened:
        return tr("Recommendation opened");
    case EventKind::RecommendationResolved:
        return tr("Recommendation resolved");
    case EventKind::RecommendationReopened:
        return tr("Recommendation reopened");
    case EventKind::DecisionRecorded:
        return tr("Decision");
    case EventKind::TierChanged:
        return tr("Tier changed");
    case EventKind::ModeAdviceChanged:
        return tr("Mode advice changed");
    case EventKind::SourceFailed:
        return tr("Source failed");
    case EventKind::SourceRecovered:
        return tr("Source recovered");
    case EventKind::SourceAdded:
        return tr("Source added");
    case EventKind::SourceChanged:
        return tr("Source changed");
    case EventKind::SourceRemoved:
        return tr("Source removed");
    case EventKind::LedgerImported:
        return tr("Costs imported");
    case EventKind::ModeSet:
        return tr("Mode set");
    case EventKind::ScalingFrozen:
        return tr("Onboarding frozen");
    case EventKind::ScalingUnfrozen:
        return tr("Onboarding unfrozen");
    case EventKind::AutoModeChanged:
        return tr("Auto-mode changed");
    case EventKind::ScalingConfigChanged:
        return tr("Scaling settings changed");
    case EventKind::HealthSnapshotTaken:
        return tr("Health snapshot");
    case EventKind::PolicyChanged:
        return tr("Scaling policy changed");
    case EventKind::AlertFired:
        return tr("Alert fired");
    case EventKind::AlertResolved:
        return tr("Alert resolved");
    case EventKind::NotificationSent:
        return tr("Notification sent");
    case EventKind::NotificationFailed:
        return tr("Notification failed");
    case EventKind::OutcomeRecorded:
        return tr("Outcome recorded");
    case EventKind::ChecklistItemChecked:
        return tr("Checklist item ticked");
    case EventKind::ChecklistItemUnchecked:
        return tr("Checklist item unticked");
    case EventKind::StrainRun:
        return tr("Strain test run");
    case EventKind::StrainBaseline:
        return tr("Strain baseline set");
    case EventKind::StrainSettingsChanged:
        return tr("Strain scenarios edited");
    }
    return {};
}

QString Wording::levelName(Level level) {
    switch (level) {
    case Level::Low:
        return tr("Low");
    case Level::Medium:
        return tr("Medium");
    case Level::High:
        return tr("High");
    }
    return {};
}

QString Wording::comparisonSymbol(Comparison comparison) {
    switch (comparison) {
    case Comparison::AtLeast:
        return QStringLiteral("≥");
    case Comparison::Above:
        return QStringLiteral(">");
    case Comparison::AtMost:
        return QStringLiteral("≤");
    case Comparison::Below:
        return QStringLiteral("<");
    }
    return {};
}

QString Wording::errorCodeName(ErrorCode code) {
    switch (code) {
    case ErrorCode::InvalidArgument:
        return tr("Invalid request");
    case ErrorCode::ParseError:
        return tr("Unreadable data");
    case ErrorCode::ValidationError:
        return tr("Invalid data");
    case ErrorCode::NotFound:
        return tr("Not found");
    case ErrorCode::IoError:
        return tr("File error");
    case ErrorCode::StorageError:
        return tr("Database error");
    case ErrorCode::NetworkError:
        return tr("Network error");
    case ErrorCode::Timeout:
        return tr("Timed out");
    case ErrorCode::Cancelled:
        return tr("Cancelled");
    case ErrorCode::Conflict:
        return tr("Conflict");
    }
    return {};
}

std::optional<ErrorCode> Wording::errorCodeFromKey(const QString& key) {
    for (ErrorCode code :
         {ErrorCode::InvalidArgument, ErrorCode::ParseError, ErrorCode::ValidationError,
          ErrorCode::NotFound, ErrorCode::IoError, ErrorCode::StorageError, ErrorCode::NetworkError,
          ErrorCode::Timeout, ErrorCode::Cancelled, ErrorCode::Conflict}) {
        if (fromKey(keyOf(code)) == key) {
            return code;
        }
    }
    return std::nullopt;
}

QString Wording::sourceName(const std::string& sourceId) {
    constexpr std::string_view kEndpoint = "endpoint:";
    if (sourceId == "host") {
        return tr("This computer");
    }
    if (sourceId.starts_with(kEndpoint)) {
        return QString::fromStdString(sourceId.substr(kEndpoint.size()));
    }
    return QString::fromStdString(sourceId);
}

QString Wording::evidence(const Evidence& e) const {
    return tr("%1 is %2 (threshold %3 %4)")
        .arg(subjectName(e.subject), subjectValue(e.subject, e.value),
             comparisonSymbol(e.comparison), subjectValue(e.subject, e.threshold));
}

QString Wording::eventDetail(const Event& event) const {
    const QJsonObject detail =
        QJsonDocument::fromJson(QByteArray::fromStdString(event.detailJson)).object();
    const auto text = [&](const char* key) {
        return detail.value(QLatin1String(key)).toVariant().toString();
    };
    const QString subject = QString::fromStdString(event.subject);
    switch (event.kind) {
    case EventKind::TierChanged:
        if (detail.contains(QLatin1String("from")) || detail.contains(QLatin1String("to"))) {
            return tr("From %1 to %2").arg(text("from"), text("to"));
        }
        break;
    case EventKind::ModeAdviceChanged:
        if (detail.contains(QLatin1String("from")) || detail.contains(QLatin1String("to"))) {
            const auto action = [&](const char* key) {
                const auto parsed = modeActionFromString(text(key).toStdString());
                return parsed ? modeActionName(*parsed) : text(key);
            };
            return tr("Advice changed from %1 to %2").arg(action("from"), action("to"));
        }
        break;
    case EventKind::SourceFailed:
        // The engine writes {"code", "error"}; older databases {"message"}.
        if (detail.contains(QLatin1String("error"))) {
            const auto code = errorCodeFromKey(text("code"));
            return code ? tr("%1: %2").arg(errorCodeName(*code), text("error")) : text("error");
        }
        if (detail.contains(QLatin1String("message"))) {
            return tr("%1 could not be read: %2").arg(subject, text("message"));
        }
        break;
    case EventKind::SourceRecovered:
        if (detail.isEmpty()) {
            return tr("Read successfully again");
        }
        break;
    case EventKind::SourceAdded:
    case EventKind::SourceRemoved:
        if (detail.value(QLatin1String("config")).isObject()) {
            const QString summary = SourceWording(m_locale).configSummary(
                detail.value(QLatin1String("config")).toObject());
            return event.kind == EventKind::SourceAdded ? tr("Added: %1").arg(summary)
                                                        : tr("Removed: %1").arg(summary);
        }
        break;
    case EventKind::SourceChanged:
        if (detail.value(QLatin1String("old")).isObject() &&
            detail.value(QLatin1String("new")).isObject()) {
            return SourceWording(m_locale).configChanges(
                detail.value(QLatin1String("old")).toObject(),
                detail.value(QLatin1String("new")).toObject());
        }
        if (detail.contains(QLatin1String("renamed_from"))) {
            return tr("Renamed from %1").arg(text("renamed_from"));
        }
        break;
    case EventKind::RecommendationOpened:
    case EventKind::RecommendationResolved:
    case EventKind::RecommendationReopened:
        // The row's subject already names the recommendation; its id is for the store.
        if (const auto severity = statusFromString(text("severity").toStdString())) {
            return tr("Severity: %1").arg(statusName(*severity));
        }
        break;
    case EventKind::DecisionRecorded:
        if (detail.contains(QLatin1String("reason"))) {
            return tr("Reason: %1").arg(text("reason"));
        }
        break;
    default:
        if (auto governance = governanceDetail(event, detail); !governance.isEmpty()) {
            return governance;
        }
        break;
    }
    // Unknown shapes are listed as key: value so nothing the core wrote is hidden.
    QStringList parts;
    for (auto it = detail.begin(); it != detail.end(); ++it) {
        parts << tr("%1: %2").arg(it.key(), it.value().toVariant().toString());
    }
    return parts.join(QStringLiteral("; "));
}

QDateTime Wording::toDateTime(Timestamp t) {
    return QDateTime::fromSecsSinceEpoch(t.time_since_epoch().count(), Qt::UTC).toLocalTime();
}

Timestamp Wording::fromDateTime(const QDateTime& dt) {
    return Timestamp{std::chrono::seconds{dt.toSecsSinceEpoch()}};
}

QString Wording::dateTime(Timestamp t) const {
    return m_locale.toString(toDateTime(t), QLocale::ShortFormat);
}

QString Wording::date(Timestamp t) const {
    return m_locale.toString(toDateTime(t).date(), QLocale::ShortFormat);
}

QString Wording::age(Timestamp then, Timestamp now) const {
    const auto seconds = (now - then).count();
    if (seconds < 60) {
        return tr("just now");
    }
    if (seconds < 3600) {
        return tr("%n min ago", nullptr, int(seconds / 60));
    }
    if (seconds < 86400) {
        return tr("%n h ago", nullptr, int(seconds / 3600));
    }
    return tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

} // namespace headroom::ui
