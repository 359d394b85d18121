#pragma once
// HistoryModel: decisions and events of a workspace in one table, newest first. A decision is
// shown once, as the decision itself; the store's matching DecisionRecorded event is folded into
// it. The kind filter narrows to one event kind (DecisionRecorded meaning decisions).

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

    // The kind of a row (DecisionRecorded for decisions).
    EventKind kindAt(int row) const;
    const Decision* decisionAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    using Entry = std::variant<Decision, Event>;
    static Timestamp timeOf(const Entry& entry);
    static EventKind kindOf(const Entry& entry);
    QString titleOf(const std::string& type) const;
    void rebuild();

    const Catalog& m_catalog;
    HistoryPage m_page;
    std::optional<EventKind> m_kind;
    std::vector<Entry> m_rows;
    Wording m_wording;
};

} // namespace headroom::ui
