#pragma once
// HistoryTab: decisions and events in one table, filterable by kind and date range. The filter
// is applied by asking the engine again (historyRequested), so long histories stay in the store.
// It opens on "Decisions and key events", which leaves out mode-advice changes and source
// recoveries (a hint line says so); "All kinds" shows them, runs of advice changes folded.

#include "Wording.h"

#include <QDate>
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

    // The query for the current filter (the workspace is filled in by the caller). A "to" date
    // left at its default follows today, so a console left open past midnight still shows
    // new decisions.
    HistoryQuery query(const std::string& workspace);
    void setPage(const HistoryPage& page);
    HistoryModel* model() const { return m_model; }
    bool isShowingEmptyState() const;
    // Switches the kind filter to every kind (what the founder picks to see advice changes).
    void showAllKinds();

signals:
    void historyRequested();

private:
    std::vector<EventKind> selectedKinds() const;
    void updateEmptyState();

    HistoryModel* m_model = nullptr;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QDate m_defaultTo;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_hint = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace headroom::ui
