#pragma once
// CostWording: words for the cost report's codes (budgets, Shield actions, anomaly rules, limit
// forecasts, backtests). Kept beside Wording so that file stays about metrics and decisions; the
// same rule holds: the core gives codes and numbers, everything read is worded here with tr().

#include "Wording.h"
#include "cost/CostReport.h"

#include <QCoreApplication>
#include <QString>

namespace headroom::ui {

class CostWording {
    Q_DECLARE_TR_FUNCTIONS(CostWording)

public:
    explicit CostWording(const Wording& wording, const Catalog& catalog);

    QString day(Day day) const;
    QString budgetName(BudgetKind kind, const std::string& subject) const;
    QString budgetAlert(const BudgetAlert& alert) const;
    QString shieldAction(const ShieldRecommendation& action) const;
    static Status statusOf(ShieldStatus status);
    static QString suggestionName(AiBudgetSuggestion suggestion);
    static QString anomalyRules(const std::vector<AnomalyRule>& rules);
    QString anomalyFigure(const CostAnomaly& anomaly, double value) const;
    QString providerName(const std::string& id) const; // "" -> "All providers"
    QString limitName(const LimitForecastView& forecast) const;
    // "in 23 days (±4)", "already reached", "too little data (5 of 14 days)".
    QString forecastOutcome(const LimitForecastView& forecast) const;
    static QString methodName(std::optional<ForecastMethod> method);
    QString backtest(const ForecastBacktest& backtest) const;
    static QString horizonName(ProjectionHorizon horizon);
    // Seed 003's infrastructure section as lines of text (cost, efficiency, right-sizing,
    // schedule), each saying why when a figure is missing.
    QStringList infrastructure(const InfraView& infra) const;

private:
    const Wording& m_wording;
    const Catalog& m_catalog;
};

} // namespace headroom::ui
