#pragma once
// OutcomeDialog ("Record outcome…"): what became of an accepted recommendation: implemented,
// failed or rolled back, the actual monthly cost impact (optional) and a note, with the predicted
// impact (the template's monthly cost range and the evidence) beside the entered or measured one.
// OK stays disabled while the cost is not a number.

#include "Wording.h"
#include "engine/GovernanceQuery.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace headroom::ui {

class OutcomeDialog : public QDialog {
    Q_OBJECT

public:
    // current: the recommendation's latest outcome, if one was recorded.
    OutcomeDialog(const Catalog& catalog, const StoredRecommendation& recommendation,
                  const std::optional<OutcomeAssessment>& current, QWidget* parent = nullptr);

    // The request the form describes (workspace and time are filled by the engine).
    OutcomeRequest request() const;

    QComboBox* statusBox() const { return m_status; }
    QLineEdit* actualEdit() const { return m_actual; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QLabel* predictedLabel() const { return m_predicted; }
    QLabel* actualLabel() const { return m_measured; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void validate();

    Wording m_wording;
    RowId m_recommendationId = 0;
    QComboBox* m_status = nullptr;
    QLineEdit* m_actual = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_predicted = nullptr;
    QLabel* m_measured = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace headroom::ui
