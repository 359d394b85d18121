#include "SourcesModel.h"

#include "UiRoles.h"

#include <QBrush>

namespace headroom::ui {

SourcesModel::SourcesModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void SourcesModel::setSources(const std::vector<SourceStatus>& sources, Timestamp now) {
    beginResetModel();
    m_sources = sources;
    m_now = now;
    endResetModel();
}

int SourcesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourcesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourcesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const SourceStatus& s = m_sources[std::size_t(index.row())];
    const Status state = s.lastError ? Status::Critical
                         : s.stale   ? Status::Warning
                                     : Status::Healthy;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return QString::fromStdString(s.displayName);
        case LastPollColumn:
            return s.lastPollAt ? m_wording.age(*s.lastPollAt, m_now) : tr("never");
        case LastSuccessColumn:
            return s.lastSuccessAt ? m_wording.dateTime(*s.lastSuccessAt) : tr("never");
        case StateColumn:
            if (s.lastError) {
                return tr("Failing: %1").arg(QString::fromStdString(s.lastError->message));
            }
            return s.stale ? tr("Stale") : tr("Fresh");
        default:
            return {};
        }
    case Qt::ForegroundRole:
        return index.column() == StateColumn ? QVariant(QBrush(Wording::statusColor(state)))
                                             : QVariant();
    case Qt::ToolTipRole:
        return s.lastError ? QString::fromStdString(s.lastError->message) : QVariant();
    case StatusRole:
        return int(state);
    case KeyRole:
        return QString::fromStdString(s.sourceId);
    default:
        return {};
    }
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Source");
    case LastPollColumn:
        return tr("Last poll");
    case LastSuccessColumn:
        return tr("Last success");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace headroom::ui
