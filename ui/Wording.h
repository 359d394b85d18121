#pragma once
// Wording: the console's one dictionary from core codes to translated text. The core returns
// codes (MetricId, Status, ModeAction, ModeReasonCode, EventKind...) and numbers; everything a
// person reads is worded here with tr() and formatted with the given QLocale, so a translation or
// a unit change touches one file.

#include "engine/Engine.h"

#include <optional>

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

class QJsonObject;

namespace headroom::ui {

class Wording {
    Q_DECLARE_TR_FUNCTIONS(Wording)

public:
    explicit Wording(QLocale locale = QLocale());

    const QLocale& locale() const { return m_locale; }

    // A core key (string_view into a static table or a std::string) as a QString.
    static QString fromKey(std::string_view key) {
        return QString::fromUtf8(key.data(), qsizetype(key.size()));
    }

    // Metrics and values.
    static QString metricName(MetricId id);
    static QString derivedName(DerivedValue value);
    static QString subjectName(const ConditionSubject& subject);
    QString metricValue(MetricId id, double value) const;
    QString subjectValue(const ConditionSubject& subject, double value) const;
    QString percent(double fraction, int decimals = 0) const; // 0.456 -> "46 %"
    QString number(double value, int decimals = 0) const;
    // A number as a person types it: in this locale ("1.234,5" in German) or, failing that, in
    // the C form ("1234.5"), so a pasted figure still reads. Sets *ok.
    double parseNumber(const QString& text, bool* ok) const;
    // What separates the items of a typed list of numbers: ';' where ',' is the decimal point.
    QChar listSeparator() const;
    QString money(MicroUsd amount) const;
    QString moneyRange(MicroUsd min, MicroUsd max) const; // per month
    QString aiAmount(double amount, AiUnit unit) const;
    static QString aiUnitName(AiUnit unit);

    // Statuses and codes.
    static QString statusName(Status status);
    // The workspace's title; the engine's default titles (the local and demo workspaces) are
    // worded in the console's language, titles the founder gave are shown as written.
    static QString workspaceTitle(const Workspace& workspace);
    static QColor statusColor(Status status);
    static QString modeActionName(ModeAction action);
    static QString modeActionSummary(ModeAction action);
    QString modeReason(const ModeReason& reason) const;
    static QString recommendationStateName(RecommendationState state);
    static QString verdictName(Verdict verdict);
    static QString eventKindName(EventKind kind);
    static QString levelName(Level level);
    static QString comparisonSymbol(Comparison comparison);
    static QString errorCodeName(ErrorCode code);
    static std::optional<ErrorCode> errorCodeFromKey(const QString& key); // "network-error"...
    // A source id as people know it: "endpoint:web" -> "web", "host" -> "This computer".
    static QString sourceName(const std::string& sourceId);
    QString evidence(const Evidence& evidence) const;
    // Turns an event's kind-specific JSON into a sentence; unknown fields are listed as-is.
    QString eventDetail(const Event& event) const;

    // Times: the core is UTC, the console shows local time.
    static QDateTime toDateTime(Timestamp t);
    static Timestamp fromDateTime(const QDateTime& dt);
    QString dateTime(Timestamp t) const;
    QString date(Timestamp t) const;
    QString age(Timestamp then, Timestamp now) const; // "3 min ago"

private:
    // The scaling, policy, alert, notification, outcome, checklist and ledger events
    // (WordingEvents.cpp); empty when the detail has an unexpected shape.
    QString governanceDetail(const Event& event, const QJsonObject& detail) const;
    // Strain runs, baselines and scenario edits (WordingEvents.cpp).
    QString strainEventDetail(EventKind kind, const QJsonObject& detail) const;

    QLocale m_locale;
};

} // namespace headroom::ui
