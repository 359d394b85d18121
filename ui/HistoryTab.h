#pragma once
// HistoryTab: decisions and events in one table, filterable by kind and date range. The filter
// is applied by asking the engine again (historyRequested), so long histories stay in the store.

#include "Wording.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QStackedWidget;
class QTableView;

namespace headroom::ui {

class HistoryModel;

class HistoryTab : public QWidget {
    Q_OBJECT

public:
    explicit HistoryTab(const Catalog& catalog, QWidget* parent = nullptr);

    // The query for the current filter (the workspace is filled in by the caller).
    HistoryQuery query(const std::string& workspace) const;
    void setPage(const HistoryPage& page);
    HistoryModel* model() const { return m_model; }
    bool isShowingEmptyState() const;

signals:
    void historyRequested();

private:
    std::optional<EventKind> selectedKind() const;
    void updateEmptyState();

    HistoryModel* m_model = nullptr;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace headroom::ui
