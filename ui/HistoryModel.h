#pragma once
// HistoryModel: decisions and events of a workspace in one table, newest first. A decision is
// shown once, as the decision itself; the store's matching DecisionRecorded event is folded into
// it. The kind filter narrows to a set of event kinds (DecisionRecorded meaning decisions).
// Consecutive mode-advice changes (the advice flapping between hold and increase) fold into one
// row that counts them, so a flapping week does not bury the decisions; each change stays in the
// store and the row's tooltip lists them.

#include "Wording.h"

#include <optional>
#include <variant>
#include <vector>

#include <QAbstractTableModel>

namespace headroom::ui {

class HistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, KindColumn, SubjectColumn, DetailColumn, ColumnCount };

    explicit HistoryModel(const Catalog& catalog, QObject* parent = nullptr);

    void setPage(const HistoryPage& page);
    // nullopt shows every kind.
    void setKindFilter(std::optional<EventKind> kind);
    // Empty shows every kind.
    void setKindFilter(std::vector<EventKind> kinds);
    // The kinds the default "Decisions and key events" view shows: all but the routine
    // ones (mode-advice changes, source recoveries).
    static std::vector<EventKind> keyEventKinds();

    // The kind of a row (DecisionRecorded for decisions).
    EventKind kindAt(int row) const;
    const Decision* decisionAt(int row) const;
    // How many stored entries the row stands for (above 1 for folded mode-advice changes).
    int foldedCountAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    // Consecutive mode-advice changes, newest first.
    struct AdviceRun {
        std::vector<Event> changes;
    };
    using Entry = std::variant<Decision, Event, AdviceRun>;
    static Timestamp timeOf(const Entry& entry);
    static EventKind kindOf(const Entry& entry);
    QVariant runData(const AdviceRun& run, int column, int role) const;
    QString titleOf(const std::string& type) const;
    void rebuild();

    const Catalog& m_catalog;
    HistoryPage m_page;
    std::vector<EventKind> m_kinds; // empty: all
    std::vector<Entry> m_rows;
    Wording m_wording;
};

} // namespace headroom::ui
