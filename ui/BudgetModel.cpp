#include "BudgetModel.h"

#include "CostWording.h"
#include "UiRoles.h"

#include <QBrush>

namespace headroom::ui {

BudgetModel::BudgetModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void BudgetModel::setUsage(const std::vector<AiProviderUsageStatus>& usage,
                           const Catalog& catalog) {
    beginResetModel();
    m_rows.clear();
    for (const AiProviderUsageStatus& status : usage) {
        Row row;
        row.providerId = QString::fromStdString(status.providerId);
        row.name = row.providerId;
        if (const AiProvider* provider = catalog.findProvider(status.providerId)) {
            row.name = QString::fromStdString(provider->name);
            row.unit = provider->unit;
        }
        row.usage = status;
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

void BudgetModel::setBudgets(const std::vector<ProviderBudget>& budgets, const Catalog& catalog) {
    beginResetModel();
    m_rows.clear();
    for (const ProviderBudget& budget : budgets) {
        Row row;
        row.providerId = QString::fromStdString(budget.providerId);
        row.name = row.providerId;
        if (const AiProvider* provider = catalog.findProvider(budget.providerId)) {
            row.name = QString::fromStdString(provider->name);
        }
        row.unit = budget.unit;
        row.usage.providerId = budget.providerId;
        row.usage.used = budget.usedThisMonth;
        row.usage.allocation = budget.allocation.value_or(0.0);
        row.usage.utilisation = budget.utilisation;
        row.usage.status = budget.status;
        row.hasAllocation = budget.allocation.has_value();
        row.projectedMonthEnd = budget.projectedMonthEnd;
        row.cost = budget.usedThisMonth ? std::optional(budget.costThisMonth) : std::nullopt;
        row.suggestion = budget.suggestion;
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

void BudgetModel::clear() {
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int BudgetModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BudgetModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BudgetModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Row& row = m_rows[std::size_t(index.row())];
    const AiProviderUsageStatus& u = row.usage;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProviderColumn:
            return row.name;
        case UsedColumn:
            return u.used ? m_wording.aiAmount(*u.used, row.unit) : tr("no usage data");
        case AllocationColumn:
            return row.hasAllocation
                       ? tr("%1 per month").arg(m_wording.aiAmount(u.allocation, row.unit))
                       : tr("none in this tier");
        case MonthEndColumn:
            return row.projectedMonthEnd ? m_wording.aiAmount(*row.projectedMonthEnd, row.unit)
                                         : QString();
        case CostColumn:
            return row.cost ? m_wording.money(*row.cost) : QString();
        case SuggestionColumn:
            return CostWording::suggestionName(row.suggestion);
        case StatusColumn:
            return u.used ? Wording::statusName(u.status) : tr("No data");
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && u.used) {
            return QBrush(Wording::statusColor(u.status));
        }
        if (index.column() == UsedColumn && !u.used) {
            return QBrush(Wording::statusColor(Status::Unknown));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == UsedColumn || index.column() == AllocationColumn) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case ValueRole:
        switch (index.column()) {
        case UsedColumn:
            return u.used ? QVariant(*u.used) : QVariant();
        case MonthEndColumn:
            return row.projectedMonthEnd ? QVariant(*row.projectedMonthEnd) : QVariant();
        case CostColumn:
            return row.cost ? QVariant(row.cost->dollars()) : QVariant();
        default:
            return {};
        }
    case FractionRole:
        return u.used && u.utilisation ? QVariant(*u.utilisation) : QVariant();
    case StatusRole:
        return int(u.status);
    case KeyRole:
        return row.providerId;
    default:
        return {};
    }
}

QVariant BudgetModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case ProviderColumn:
        return tr("Provider");
    case BarColumn:
        return tr("Share of monthly budget used");
    case UsedColumn:
        return tr("Used this month");
    case AllocationColumn:
        return tr("Allocation");
    case StatusColumn:
        return tr("Status");
    case MonthEndColumn:
        return tr("At this pace by month end");
    case CostColumn:
        return tr("Cost this month");
    case SuggestionColumn:
        return tr("Suggestion");
    default:
        return {};
    }
}

} // namespace headroom::ui
