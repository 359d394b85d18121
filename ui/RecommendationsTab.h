#pragma once
// RecommendationsTab: the list of recommendations (filterable by state) beside the selected one's
// detail. Deciding opens DecisionDialog; a confirmed decision is emitted as a DecisionRequest for
// MainWindow to hand to the engine (the tab itself never talks to the engine).

#include "Wording.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace headroom::ui {

class RecommendationDetail;
class RecommendationsModel;

class RecommendationsTab : public QWidget {
    Q_OBJECT

public:
    explicit RecommendationsTab(const Catalog& catalog, QWidget* parent = nullptr);

    void setView(const WorkspaceView& view);
    // Selects the row of this recommendation (if shown); used by tests and after a refresh.
    bool selectRecommendation(RowId id);
    // Starts the decision for the selected recommendation (what the buttons do).
    void decideSelected(Verdict verdict);
    // A reason (non-empty) makes the tab read-only: the detail's decision buttons are disabled
    // with the reason beside them and decideSelected does nothing. Empty: decisions again.
    void setReadOnly(const QString& reason);
    bool isReadOnly() const;
    RecommendationDetail* detail() const { return m_detail; }

    RecommendationsModel* model() const { return m_model; }
    QTableView* view() const { return m_table; }
    QSplitter* splitter() const { return m_splitter; }
    bool isShowingEmptyState() const;

signals:
    void decisionConfirmed(const headroom::DecisionRequest& request);

private:
    void updateDetail();
    void updateEmptyState();
    RowId selectedId() const;

    const Catalog& m_catalog;
    RowId m_workspaceId = 0;
    RecommendationsModel* m_model = nullptr;
    QComboBox* m_filter = nullptr;
    QLabel* m_count = nullptr;
    QSplitter* m_splitter = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QLabel* m_empty = nullptr;
    QTableView* m_table = nullptr;
    RecommendationDetail* m_detail = nullptr;
};

} // namespace headroom::ui
