#include "HistoryModel.h"

#include "UiRoles.h"

#include <algorithm>

#include <QBrush>

namespace headroom::ui {

HistoryModel::HistoryModel(const Catalog& catalog, QObject* parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog) {}

void HistoryModel::setPage(const HistoryPage& page) {
    m_page = page;
    rebuild();
}

void HistoryModel::setKindFilter(std::optional<EventKind> kind) {
    m_kind = kind;
    rebuild();
}

void HistoryModel::rebuild() {
    beginResetModel();
    m_rows.clear();
    const auto wanted = [this](EventKind kind) {
        return !m_kind || *m_kind == kind;
    };
    if (wanted(EventKind::DecisionRecorded)) {
        for (const Decision& d : m_page.decisions) {
            m_rows.emplace_back(d);
        }
    }
    for (const Event& e : m_page.events) {
        // Decisions are listed from the decisions table, which has the verdict and reason.
        if (e.kind != EventKind::DecisionRecorded && wanted(e.kind)) {
            m_rows.emplace_back(e);
        }
    }
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Entry& a, const Entry& b) { return timeOf(a) > timeOf(b); });
    endResetModel();
}

Timestamp HistoryModel::timeOf(const Entry& entry) {
    if (const auto* d = std::get_if<Decision>(&entry)) {
        return d->decidedAt;
    }
    return std::get<Event>(entry).at;
}

EventKind HistoryModel::kindOf(const Entry& entry) {
    if (std::holds_alternative<Decision>(entry)) {
        return EventKind::DecisionRecorded;
    }
    return std::get<Event>(entry).kind;
}

EventKind HistoryModel::kindAt(int row) const {
    return kindOf(m_rows.at(std::size_t(row)));
}

const Decision* HistoryModel::decisionAt(int row) const {
    if (row < 0 || row >= rowCount()) {
        return nullptr;
    }
    return std::get_if<Decision>(&m_rows[std::size_t(row)]);
}

QString HistoryModel::titleOf(const std::string& type) const {
    if (const RecommendationTemplate* t = m_catalog.findRecommendation(type)) {
        return QString::fromStdString(t->title);
    }
    return QString::fromStdString(type);
}

int HistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Entry& entry = m_rows[std::size_t(index.row())];
    const Decision* decision = std::get_if<Decision>(&entry);
    const Event* event = std::get_if<Event>(&entry);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return m_wording.dateTime(timeOf(entry));
        case KindColumn:
            return decision ? tr("Decision: %1").arg(Wording::verdictName(decision->verdict))
                            : Wording::eventKindName(event->kind);
        case SubjectColumn: {
            const std::string& subject = decision ? decision->recommendationType : event->subject;
            const bool isRecommendation = decision ||
                                          event->kind == EventKind::RecommendationOpened ||
                                          event->kind == EventKind::RecommendationResolved ||
                                          event->kind == EventKind::RecommendationReopened;
            if (isRecommendation) {
                return titleOf(subject);
            }
            if (event->kind == EventKind::ModeAdviceChanged) {
                if (const auto action = modeActionFromString(subject)) {
                    return Wording::modeActionName(*action);
                }
            }
            if (event->kind == EventKind::TierChanged) {
                if (const Tier* tier = m_catalog.findTier(subject)) {
                    return QString::fromStdString(tier->name);
                }
            }
            return QString::fromStdString(subject);
        }
        case DetailColumn: {
            if (!decision) {
                return m_wording.eventDetail(*event);
            }
            QString text = decision->reason.empty()
                               ? tr("No reason given")
                               : tr("Reason: %1").arg(QString::fromStdString(decision->reason));
            if (decision->revisitAt) {
                text += tr(" — revisit on %1").arg(m_wording.date(*decision->revisitAt));
            }
            if (!decision->actor.empty()) {
                text += tr(" — by %1").arg(QString::fromStdString(decision->actor));
            }
            return text;
        }
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == KindColumn) {
        if (decision) {
            return QBrush(
                decision->verdict == Verdict::Accept   ? Wording::statusColor(Status::Healthy)
                : decision->verdict == Verdict::Reject ? Wording::statusColor(Status::Critical)
                                                       : Wording::statusColor(Status::Warning));
        }
        if (event->kind == EventKind::SourceFailed) {
            return QBrush(Wording::statusColor(Status::Critical));
        }
    }
    if (role == KeyRole) {
        return Wording::fromKey(keyOf(kindOf(entry)));
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case SubjectColumn:
        return tr("Subject");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace headroom::ui
