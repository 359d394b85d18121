#include "RecommendationsModel.h"

#include "UiRoles.h"

#include <QBrush>
#include <QFont>

namespace headroom::ui {

RecommendationsModel::RecommendationsModel(const Catalog& catalog, QObject* parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog) {}

void RecommendationsModel::setRecommendations(std::vector<StoredRecommendation> recommendations) {
    beginResetModel();
    m_all = std::move(recommendations);
    rebuildVisible();
    endResetModel();
}

void RecommendationsModel::setFilter(StateFilter filter) {
    if (filter == m_filter) {
        return;
    }
    beginResetModel();
    m_filter = filter;
    rebuildVisible();
    endResetModel();
}

void RecommendationsModel::rebuildVisible() {
    m_visible.clear();
    for (std::size_t i = 0; i < m_all.size(); ++i) {
        if (m_filter == StateFilter::All || isDecidable(m_all[i].state)) {
            m_visible.push_back(i);
        }
    }
}

bool RecommendationsModel::isDecidable(RecommendationState state) {
    return state == RecommendationState::Open || state == RecommendationState::Deferred;
}

const StoredRecommendation* RecommendationsModel::recommendationAt(int row) const {
    if (row < 0 || row >= rowCount()) {
        return nullptr;
    }
    return &m_all[m_visible[std::size_t(row)]];
}

int RecommendationsModel::rowOf(RowId id) const {
    for (std::size_t row = 0; row < m_visible.size(); ++row) {
        if (m_all[m_visible[row]].id == id) {
            return int(row);
        }
    }
    return -1;
}

QString RecommendationsModel::titleOf(const StoredRecommendation& recommendation) const {
    if (const RecommendationTemplate* t = m_catalog.findRecommendation(recommendation.type)) {
        return QString::fromStdString(t->title);
    }
    return QString::fromStdString(recommendation.type);
}

int RecommendationsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_visible.size());
}

int RecommendationsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecommendationsModel::data(const QModelIndex& index, int role) const {
    const StoredRecommendation* r = index.isValid() ? recommendationAt(index.row()) : nullptr;
    if (!r) {
        return {};
    }
    const RecommendationTemplate* t = m_catalog.findRecommendation(r->type);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return titleOf(*r);
        case StateColumn:
            return Wording::recommendationStateName(r->state);
        case SeverityColumn:
            return Wording::statusName(r->severity);
        case ImpactColumn:
            return t ? Wording::levelName(t->impact) : tr("—");
        case RiskColumn:
            return t ? Wording::levelName(t->risk) : tr("—");
        case EffortColumn:
            return t ? Wording::levelName(t->effort) : tr("—");
        case ConfidenceColumn:
            return t ? tr("%1 %").arg(t->confidence) : tr("—");
        case FirstSeenColumn:
            return m_wording.dateTime(r->firstSeen);
        case LastSeenColumn:
            return m_wording.dateTime(r->lastSeen);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn) {
            return QBrush(Wording::statusColor(r->severity));
        }
        if (!isDecidable(r->state)) {
            return QBrush(Wording::statusColor(Status::Unknown));
        }
        return {};
    case Qt::FontRole:
        if (index.column() == TitleColumn && r->state == RecommendationState::Open) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        return t ? QString::fromStdString(t->description) : QVariant();
    case StatusRole:
        return int(r->severity);
    case KeyRole:
        return qlonglong(r->id);
    default:
        return {};
    }
}

QVariant RecommendationsModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TitleColumn:
        return tr("Recommendation");
    case StateColumn:
        return tr("State");
    case SeverityColumn:
        return tr("Severity");
    case ImpactColumn:
        return tr("Impact");
    case RiskColumn:
        return tr("Risk");
    case EffortColumn:
        return tr("Effort");
    case ConfidenceColumn:
        return tr("Confidence");
    case FirstSeenColumn:
        return tr("First seen");
    case LastSeenColumn:
        return tr("Last seen");
    default:
        return {};
    }
}

Qt::ItemFlags RecommendationsModel::flags(const QModelIndex& index) const {
    // Read-only: decisions go through the detail pane's buttons, never through editing a cell.
    return index.isValid() ? Qt::ItemIsSelectable | Qt::ItemIsEnabled : Qt::NoItemFlags;
}

} // namespace headroom::ui
