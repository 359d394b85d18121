#pragma once
// AiCapacityTab: one budget bar per AI provider of the catalog: month-to-date usage against the
// tier's allocation in the provider's unit, coloured by the status the core judged.

#include "Wording.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace headroom::ui {

class BudgetModel;

class AiCapacityTab : public QWidget {
    Q_OBJECT

public:
    explicit AiCapacityTab(const Catalog& catalog, QWidget* parent = nullptr);

    void setView(const WorkspaceView& view);
    bool isShowingEmptyState() const;
    BudgetModel* model() const { return m_model; }

private:
    const Catalog& m_catalog;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_summary = nullptr;
    BudgetModel* m_model = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace headroom::ui
