#include "SourcesModel.h"

#include "SourceWording.h"
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

const SourceStatus* SourcesModel::statusAt(int row) const {
    return row >= 0 && row < rowCount() ? &m_sources[std::size_t(row)] : nullptr;
}

int SourcesModel::rowOf(const QString& sourceId) const {
    for (int row = 0; row < rowCount(); ++row) {
        if (QString::fromStdString(m_sources[std::size_t(row)].sourceId) == sourceId) {
            return row;
        }
    }
    return -1;
}

int SourcesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourcesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

Status SourcesModel::statusOf(SourceHealth health) {
    switch (health) {
    case SourceHealth::Ok:
        return Status::Healthy;
    case SourceHealth::Stale:
    case SourceHealth::MissingCredentials:
        return Status::Warning;
    case SourceHealth::Failing:
        return Status::Critical;
    case SourceHealth::Waiting:
    case SourceHealth::Disabled:
        return Status::Unknown;
    }
    return Status::Unknown;
}

QVariant SourcesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const SourceStatus& s = m_sources[std::size_t(index.row())];
    const SourceHealth health = s.health();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return SourceWording::displayName(s);
        case KindColumn:
            return SourceWording::kindNameFromKey(s.kind);
        case LastPollColumn:
            return s.lastPollAt ? m_wording.age(*s.lastPollAt, m_now) : tr("never");
        case LastSuccessColumn:
            return s.lastSuccessAt ? m_wording.dateTime(*s.lastSuccessAt) : tr("never");
        case StateColumn:
            return m_sourceWording.stateText(s, m_now);
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(SourceWording::healthIcon(health))
                                            : QVariant();
    case Qt::ForegroundRole:
        return index.column() == StateColumn ? QVariant(QBrush(SourceWording::healthColor(health)))
                                             : QVariant();
    case Qt::ToolTipRole:
        return m_sourceWording.statusToolTip(s, m_now);
    case Qt::AccessibleTextRole:
        // The dot is colour only: screen readers get the health in words.
        return index.column() == NameColumn ? tr("%1, %2").arg(SourceWording::displayName(s),
                                                               SourceWording::healthName(health))
                                            : QVariant();
    case StatusRole:
        return int(statusOf(health));
    case HealthRole:
        return int(health);
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
    case KindColumn:
        return tr("Kind");
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
