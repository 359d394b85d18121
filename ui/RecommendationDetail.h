#pragma once
// RecommendationDetail: the selected recommendation in full: description, evidence worded with
// units, cost impact, implementation and rollback steps (collapsible), and the Accept / Defer /
// Reject buttons, enabled only while a decision can still be recorded.

#include "Wording.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace headroom::ui {

class RecommendationDetail : public QWidget {
    Q_OBJECT

public:
    explicit RecommendationDetail(const Catalog& catalog, QWidget* parent = nullptr);

    // Null shows the "select a recommendation" state.
    void setRecommendation(const StoredRecommendation* recommendation, const QString& title);

    QPushButton* recordOutcomeButton() const { return m_outcome; }
    // A reason (non-empty) keeps Accept, Defer, Reject and Record outcome disabled and shows the
    // reason above them: a replayed moment or an opened bundle is not decided on.
    void setReadOnly(const QString& reason);
    QString readOnlyReason() const { return m_readOnly; }

signals:
    void verdictChosen(headroom::Verdict verdict);
    // "Record outcome…" on an accepted recommendation.
    void outcomeRequested(qint64 recommendationId);

private:
    const Catalog& m_catalog;
    Wording m_wording;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholder = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_meta = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_evidence = nullptr;
    QLabel* m_cost = nullptr;
    QTreeWidget* m_steps = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_defer = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_outcome = nullptr;
    QLabel* m_readOnlyLine = nullptr;
    QString m_readOnly;
    bool m_decidable = false; // the shown recommendation's state allows a decision
    bool m_accepted = false;
    RowId m_shownId = 0;
};

} // namespace headroom::ui
