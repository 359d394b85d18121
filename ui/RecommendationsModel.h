#pragma once
// RecommendationsModel: the workspace's stored recommendations, worded through the catalog's
// templates (title, impact, risk, effort). The state filter hides decided and resolved ones
// unless the founder asks to see all.

#include "Wording.h"

#include <vector>

#include <QAbstractTableModel>

namespace headroom::ui {

enum class StateFilter {
    Actionable, // open and deferred: the ones a decision can still be recorded for
    All,
};

class RecommendationsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        StateColumn,
        SeverityColumn,
        ImpactColumn,
        RiskColumn,
        EffortColumn,
        ConfidenceColumn,
        FirstSeenColumn,
        LastSeenColumn,
        ColumnCount
    };

    // The catalog must outlive the model (the engine's catalog does).
    explicit RecommendationsModel(const Catalog& catalog, QObject* parent = nullptr);

    void setRecommendations(std::vector<StoredRecommendation> recommendations);
    void setFilter(StateFilter filter);
    StateFilter filter() const { return m_filter; }

    // The recommendation shown in row, or null for an invalid row.
    const StoredRecommendation* recommendationAt(int row) const;
    // The row that shows the recommendation with this id, or -1.
    int rowOf(RowId id) const;
    // Title from the catalog template, or the type key when the catalog lacks it.
    QString titleOf(const StoredRecommendation& recommendation) const;
    static bool isDecidable(RecommendationState state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    void rebuildVisible();

    const Catalog& m_catalog;
    std::vector<StoredRecommendation> m_all;
    std::vector<std::size_t> m_visible; // indexes into m_all
    StateFilter m_filter = StateFilter::Actionable;
    Wording m_wording;
};

} // namespace headroom::ui
