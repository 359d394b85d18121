#pragma once
// StrainWording: the Strain Tests view's words. The core gives keys ("passed", LoadStop,
// CriterionOutcome...) and plain numbers (microseconds, fractions, requests per second); this
// turns them into translated text with the given locale, so the table, the panel, the chart and
// the confirmation read the same.

#include "engine/StrainJob.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace headroom::ui {

class StrainWording {
    Q_DECLARE_TR_FUNCTIONS(StrainWording)

public:
    explicit StrainWording(QLocale locale = QLocale());

    // "Closed · 100 users" / "Open · 25 req/s".
    QString load(LoadModel model, int users, double ratePerSecond) const;
    // Everything a scenario does in one line: model and load, duration and ramp, think time,
    // method and URLs.
    QString scenarioSummary(const StrainScenario& scenario) const;
    // A run's verdict as stored ("passed" | "failed" | "not_judged"), a cancelled run saying so.
    static QString verdict(const std::string& key, LoadStop stop);
    static QString stop(LoadStop stop);
    static QString saturation(GeneratorSaturation saturation);
    static QString notJudgedReason(NotJudgedReason reason);
    static QString criterionName(StrainCriterion criterion);
    static QString outcome(CriterionOutcome outcome);
    static QString figureName(BaselineFigure figure);
    static QString httpVersionName(LoadHttpVersion version);

    // 1234 µs -> "1.23 ms"; 0.4 ms keeps its decimals.
    QString latency(std::chrono::microseconds value) const;
    QString milliseconds(double ms) const;
    QString throughput(double perSecond) const; // "1,234.5 req/s"
    QString rate(double fraction) const;        // error rate "0.12 %"
    QString count(std::int64_t n) const;
    // A criterion's measured value or limit in its unit.
    QString criterionValue(StrainCriterion criterion, double value) const;
    // A baseline figure (microseconds, or a fraction for the error rate).
    QString figureValue(BaselineFigure figure, double value) const;
    // A relative change, signed: "+12.5 %".
    QString change(double fraction) const;

    // What the confirmation says about the load a plan sends.
    QString plannedLoad(const StrainPlan& plan) const;

    const QLocale& locale() const { return m_locale; }

private:
    QLocale m_locale;
};

} // namespace headroom::ui
