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
    setKindFilter(kind ? std::vector<EventKind>{*kind} : std::vector<EventKind>{});
}

void HistoryModel::setKindFilter(std::vector<EventKind> kinds) {
    m_kinds = std::move(kinds);
    rebuild();
}

std::vector<EventKind> HistoryModel::keyEventKinds() {
    return {EventKind::DecisionRecorded, EventKind::RecommendationOpened,
            EventKind::RecommendationResolved, EventKind::RecommendationReopened,
            EventKind::TierChanged, EventKind::SourceFailed, EventKind::SourceAdded,
            EventKind::SourceChanged, EventKind::SourceRemoved, EventKind::WorkspaceCreated,
            // The founder's governance: what an auditor reads first. Health snapshots and
            // delivered notifications are routine and stay under "All kinds".
            EventKind::LedgerImported, EventKind::ModeSet, EventKind::ScalingFrozen,
            EventKind::ScalingUnfrozen, EventKind::AutoModeChanged, EventKind::ScalingConfigChanged,
            EventKind::PolicyChanged, EventKind::AlertFired, EventKind::AlertResolved,
            EventKind::NotificationFailed, EventKind::OutcomeRecorded,
            EventKind::ChecklistItemChecked, EventKind::ChecklistItemUnchecked,
            // Strain runs and baselines: the evidence behind a tier upgrade.
            EventKind::StrainRun, EventKind::StrainBaseline, EventKind::StrainSettingsChanged};
}

void HistoryModel::rebuild() {
    beginResetModel();
    m_rows.clear();
    const auto wanted = [this](EventKind kind) {
        return m_kinds.empty() || std::find(m_kinds.begin(), m_kinds.end(), kind) != m_kinds.end();
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
    // Fold each run of two or more consecutive mode-advice changes into one row.
    std::vector<Entry> folded;
    folded.reserve(m_rows.size());
    for (Entry& entry : m_rows) {
        const Event* event = std::get_if<Event>(&entry);
        const bool advice = event && event->kind == EventKind::ModeAdviceChanged;
        if (advice && !folded.empty()) {
            Entry& previous = folded.back();
            if (auto* run = std::get_if<AdviceRun>(&previous)) {
                run->changes.push_back(*event);
                continue;
            }
            if (const Event* last = std::get_if<Event>(&previous);
                last && last->kind == EventKind::ModeAdviceChanged) {
                AdviceRun run{{*last, *event}};
                previous = std::move(run);
                continue;
            }
        }
        folded.push_back(std::move(entry));
    }
    m_rows = std::move(folded);
    endResetModel();
}

Timestamp HistoryModel::timeOf(const Entry& entry) {
    if (const auto* d = std::get_if<Decision>(&entry)) {
        return d->decidedAt;
    }
    if (const auto* run = std::get_if<AdviceRun>(&entry)) {
        return run->changes.front().at; // the newest
    }
    return std::get<Event>(entry).at;
}

EventKind HistoryModel::kindOf(const Entry& entry) {
    if (std::holds_alternative<Decision>(entry)) {
        return EventKind::DecisionRecorded;
    }
    if (std::holds_alternative<AdviceRun>(entry)) {
        return EventKind::ModeAdviceChanged;
    }
    return std::get<Event>(entry).kind;
}

int HistoryModel::foldedCountAt(int row) const {
    if (row < 0 || row >= rowCount()) {
        return 0;
    }
    const auto* run = std::get_if<AdviceRun>(&m_rows[std::size_t(row)]);
    return run ? int(run->changes.size()) : 1;
}

QVariant HistoryModel::runData(const AdviceRun& run, int column, int role) const {
    const Event& newest = run.changes.front();
    const Event& oldest = run.changes.back();
    const int count = int(run.changes.size());
    if (role == Qt::ToolTipRole) {
        // Every change of the run, newest first; a very long run is cut with a count.
        constexpr int kMaxListed = 40;
        QStringList lines;
        for (int i = 0; i < count && i < kMaxListed; ++i) {
            const Event& e = run.changes[std::size_t(i)];
            lines << tr("%1: %2").arg(m_wording.dateTime(e.at), m_wording.eventDetail(e));
        }
        if (count > kMaxListed) {
            lines << tr("… and %n earlier", nullptr, count - kMaxListed);
        }
        return lines.join(QLatin1Char('\n'));
    }
    switch (column) {
    case TimeColumn:
        return m_wording.dateTime(newest.at);
    case KindColumn:
        return tr("Mode advice changed (%n times)", nullptr, count);
    case SubjectColumn:
        if (const auto action = modeActionFromString(newest.subject)) {
            return tr("Now %1").arg(Wording::modeActionName(*action));
        }
        return QString::fromStdString(newest.subject);
    case DetailColumn:
        return tr("Changed %n times between %1 and %2; latest: %3", nullptr, count)
            .arg(m_wording.dateTime(oldest.at), m_wording.dateTime(newest.at),
                 m_wording.eventDetail(newest));
    default:
        return {};
    }
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
    if (const auto* run = std::get_if<AdviceRun>(&entry)) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            return runData(*run, index.column(), role);
        }
        if (role == Qt::ForegroundRole && index.column() == KindColumn) {
            return QBrush(Wording::statusColor(Status::Unknown));
        }
        if (role == KeyRole) {
            return Wording::fromKey(keyOf(EventKind::ModeAdviceChanged));
        }
        return {};
    }
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
            if (event->kind == EventKind::SourceFailed ||
                event->kind == EventKind::SourceRecovered) {
                return Wording::sourceName(subject);
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
                if (event->kind == EventKind::TierChanged) {
                    // Tier keys in the detail become the catalog's tier names.
                    QString text = m_wording.eventDetail(*event);
                    for (const Tier& tier : m_catalog.tiers) {
                        text.replace(QString::fromStdString(tier.id),
                                     QString::fromStdString(tier.name));
                    }
                    return text;
                }
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
        if (event->kind == EventKind::SourceRemoved) {
            return QBrush(Wording::statusColor(Status::Warning));
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
