#pragma once
// AiCapacityTab: the founder's money questions for one period. Cost Shield cards (today and this
// month against their limits, the projection with its interval), budget alerts and recommended
// Shield actions, one budget bar per AI provider (seed 000's planner, from the ledger), the limit
// forecasts, daily spend and projection charts, the cost by provider and by client, and the
// anomalies. Every figure comes from one CostReport, the same one `headroom costs` prints.
// Without ledger rows it shows the snapshots' month-to-date AI usage and says how to add costs.

#include "CostWording.h"

#include <optional>

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace headroom::ui {

class AnomalyModel;
class BudgetModel;
class CostProjectionChart;
class CostShareModel;
class DailySpendChart;
class LimitForecastModel;

class AiCapacityTab : public QWidget {
    Q_OBJECT

public:
    explicit AiCapacityTab(const Catalog& catalog, QWidget* parent = nullptr);

    void setView(const WorkspaceView& view);
    void setReport(const CostReport& report);
    void setReportError(const QString& message);
    // The period the founder picked, as of `today` (local calendar day).
    DayRange period(Day today) const;
    bool isShowingEmptyState() const;
    const std::optional<CostReport>& report() const { return m_report; }

    BudgetModel* model() const { return m_model; }
    CostShareModel* providerModel() const { return m_byProvider; }
    CostShareModel* clientModel() const { return m_byClient; }
    AnomalyModel* anomalyModel() const { return m_anomalies; }
    LimitForecastModel* forecastModel() const { return m_forecasts; }
    QLabel* todayLabel() const { return m_todayValue; }
    QLabel* monthLabel() const { return m_monthValue; }
    QLabel* projectionLabel() const { return m_projectionValue; }
    QLabel* infrastructureLabel() const { return m_infrastructure; }
    CostProjectionChart* projectionChart() const { return m_projectionChart; }
    DailySpendChart* dailyChart() const { return m_dailyChart; }

signals:
    void periodChanged();
    void editCostSettingsRequested();
    void importLedgerRequested();

private:
    QWidget* buildCards();
    QWidget* buildTables();
    void showShield(const CostReport& report);
    void showProjection(const CostProjectionView& projection);

    const Catalog& m_catalog;
    Wording m_wording;
    CostWording m_costWording;
    std::optional<CostReport> m_report;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_todayValue = nullptr;
    QLabel* m_todayDetail = nullptr;
    QLabel* m_monthValue = nullptr;
    QLabel* m_monthDetail = nullptr;
    QLabel* m_projectionValue = nullptr;
    QLabel* m_projectionDetail = nullptr;
    QLabel* m_alerts = nullptr;
    BudgetModel* m_model = nullptr;
    LimitForecastModel* m_forecasts = nullptr;
    CostShareModel* m_byProvider = nullptr;
    CostShareModel* m_byClient = nullptr;
    AnomalyModel* m_anomalies = nullptr;
    DailySpendChart* m_dailyChart = nullptr;
    CostProjectionChart* m_projectionChart = nullptr;
    QLabel* m_anomalyTitle = nullptr;
    QLabel* m_infrastructure = nullptr;
};

} // namespace headroom::ui
