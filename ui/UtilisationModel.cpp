#include "UtilisationModel.h"

#include "UiRoles.h"

#include <QBrush>

namespace headroom::ui {

UtilisationModel::UtilisationModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void UtilisationModel::setCapacity(const CapacityStatus& capacity, const Tier* tier) {
    beginResetModel();
    m_rows.clear();
    for (const MetricUtilisation& u : capacity.utilisation) {
        m_rows.push_back(Row{u.metric, u.value, u.limit, u.utilisation, u.status});
    }
    for (MetricId metric : capacity.unmeasured) {
        m_rows.push_back(Row{metric, std::nullopt,
                             tier ? tier->limitFor(metric) : std::optional<double>{}, std::nullopt,
                             Status::Unknown});
    }
    endResetModel();
}

void UtilisationModel::clear() {
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int UtilisationModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UtilisationModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UtilisationModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Row& row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MetricColumn:
            return Wording::metricName(row.metric);
        case ValueColumn:
            return row.value ? m_wording.metricValue(row.metric, *row.value) : tr("not measured");
        case LimitColumn:
            return row.limit ? m_wording.metricValue(row.metric, *row.limit) : tr("—");
        case StatusColumn:
            return row.value ? Wording::statusName(row.status) : tr("No data");
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && row.value) {
            return QBrush(Wording::statusColor(row.status));
        }
        if (index.column() == ValueColumn && !row.value) {
            return QBrush(Wording::statusColor(Status::Unknown));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn || index.column() == LimitColumn) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case FractionRole:
        return row.utilisation ? QVariant(*row.utilisation) : QVariant();
    case StatusRole:
        return int(row.status);
    case KeyRole:
        return Wording::fromKey(metricKey(row.metric));
    default:
        return {};
    }
}

QVariant UtilisationModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case MetricColumn:
        return tr("Metric");
    case BarColumn:
        return tr("Utilisation of tier limit");
    case ValueColumn:
        return tr("Value");
    case LimitColumn:
        return tr("Limit");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace headroom::ui
