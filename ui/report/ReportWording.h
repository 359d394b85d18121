#pragma once
// ReportWording: the investor report's words and number formats. ReportData holds codes
// (kFigure*, kReason*, timeline kinds, verdicts, quality notes) and numbers; this is the one
// place that turns them into translated text, so the PDF, its preview and a translation agree.
// Times are written in UTC (the report says so on every page) so that a report generated from
// the command line on a server reads the same as one exported from the console.

#include "report/ReportData.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace headroom::ui {

class ReportWording {
    Q_DECLARE_TR_FUNCTIONS(ReportWording)

public:
    ReportWording(const ReportLabels& labels, QLocale locale);

    const QLocale& locale() const { return m_locale; }

    // Names.
    static QString sectionTitle(ReportSection section);
    static QString figureName(std::string_view figureId);
    QString tierName(const std::string& id) const;
    QString modeName(const std::string& id) const;
    QString recommendationTitle(const std::string& type) const;
    QString providerName(const std::string& id) const;
    static QString metricName(const std::string& key);

    // Key figures: the value in its unit ("—" when absent), the previous period's, and the change
    // ("+12 %", "+3 clients", "Hard Launch → Scale"); empty when there is nothing to compare.
    QString figureValue(const KeyFigure& figure) const;
    QString figurePrevious(const KeyFigure& figure) const;
    QString figureChange(const KeyFigure& figure) const;
    // +1 when the change is good news for this figure, -1 bad, 0 neither or unknown.
    static int changeSense(const KeyFigure& figure);

    // Why something is absent, as a short phrase ("not measured by any source").
    static QString reason(std::string_view code);
    // A key figure's previous-period line when that period has no value: "Previous period: no
    // data stored".
    static QString previousAbsent(std::string_view code);
    // The sentence an empty section shows instead of a blank box ("No decisions in this period.").
    static QString emptySection(ReportSection section, std::string_view reason);

    // History and quality codes.
    static QString timelineKind(std::string_view kind);
    static QString decisionVerdict(std::string_view verdict);
    static QString outcomeStatus(std::string_view status);
    static QString outcomeVerdict(std::string_view verdict);
    static QString strainVerdict(std::string_view verdict); // passed, failed, not_judged
    static QString flaggedKind(std::string_view kind);
    static QString resolutionKind(std::string_view kind);
    QString qualityNote(const QualityNote& note) const;
    static QString horizonName(std::string_view horizon);
    static QString trustName(std::string_view trust);

    // Formats.
    QString number(double value, int decimals = 0) const;
    QString percent(double percentValue, int decimals = 0) const; // 0..100 -> "46 %"
    QString money(MicroUsd amount) const;
    QString dollars(double amount) const;
    QString moneyRange(MicroUsd low, MicroUsd high) const; // "$10 – $50"
    QString day(Timestamp at) const;                       // "30 Nov 2026"
    QString dateTime(Timestamp at) const;                  // "30 Nov 2026 14:05"
    QString period(Timestamp from, Timestamp to) const;    // [from, to): "1 Sep – 30 Nov 2026"
    QString duration(std::chrono::seconds length) const;   // "3 d 4 h", "45 min"
    QString days(long long count) const;                   // "1 day", "90 days"

private:
    QString labelOf(const std::map<std::string, std::string>& names, const std::string& id) const;

    ReportLabels m_labels;
    QLocale m_locale;
};

} // namespace headroom::ui
