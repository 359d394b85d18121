#pragma once
// BudgetModel: one row per AI provider of the catalog with its month-to-date usage against the
// current tier's allocation, in the provider's unit. A provider without usage data says so
// instead of showing an empty (0 %) bar.

#include "Wording.h"
#include "cost/CostReport.h"

#include <vector>

#include <QAbstractTableModel>

namespace headroom::ui {

class BudgetModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        ProviderColumn,
        BarColumn,
        UsedColumn,
        AllocationColumn,
        StatusColumn,
        MonthEndColumn,   // cost report only: month-to-date pace to the month's end
        CostColumn,       // cost report only: what the usage cost this month
        SuggestionColumn, // cost report only: raise / lower the token budget
        ColumnCount
    };

    explicit BudgetModel(QObject* parent = nullptr);

    void setUsage(const std::vector<AiProviderUsageStatus>& usage, const Catalog& catalog);
    // From the cost report (the ledger): usage, pace to month end, cost and suggestion.
    void setBudgets(const std::vector<ProviderBudget>& budgets, const Catalog& catalog);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        QString providerId;
        QString name;
        AiUnit unit = AiUnit::Tokens;
        AiProviderUsageStatus usage;
        bool hasAllocation = true;
        std::optional<double> projectedMonthEnd;
        std::optional<MicroUsd> cost;
        AiBudgetSuggestion suggestion = AiBudgetSuggestion::None;
    };
    std::vector<Row> m_rows;
    Wording m_wording;
};

} // namespace headroom::ui
