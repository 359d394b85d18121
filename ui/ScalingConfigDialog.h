#pragma once
// ScalingConfigDialog: "Scaling settings…": the environment label, the health-snapshot cadence,
// the mode limits (clients, posts/day, AI spend/day) and the guardrails of seed 001. Every edit
// is checked at once by the core's validation (policy/ScalingConfigCheck.h); the problems are
// listed under the form and their fields marked, and OK stays disabled while any remains, so
// nothing invalid is ever sent. The configured mode, auto-mode and the freeze have their own
// actions and are kept as they are.

#include "model/ScalingConfig.h"
#include "policy/ScalingConfigCheck.h"

#include <map>
#include <vector>

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace headroom::ui {

class ScalingConfigDialog : public QDialog {
    Q_OBJECT

public:
    explicit ScalingConfigDialog(const ScalingConfig& config, bool demo = false,
                                 QWidget* parent = nullptr);

    // The edited configuration (meaningful when problems() is empty).
    ScalingConfig config() const;
    std::string reason() const;
    const std::vector<ScalingConfigProblem>& problems() const { return m_problems; }

    QLineEdit* environmentEdit() const { return m_environment; }
    QTableWidget* modesTable() const { return m_modes; }
    QDoubleSpinBox* guardrailBox(const std::string& key) const;
    QLabel* problemsLabel() const { return m_problemsLabel; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void validate();
    // Reads the table; cells that are not numbers become problems of their own.
    std::vector<Mode> readModes(std::vector<ScalingConfigProblem>& parseProblems) const;

    ScalingConfig m_original;
    QLineEdit* m_environment = nullptr;
    QComboBox* m_cadence = nullptr;
    QTableWidget* m_modes = nullptr;
    std::map<std::string, QDoubleSpinBox*> m_guardrails; // "max_churn_risk" -> box
    QLineEdit* m_reason = nullptr;
    QLabel* m_problemsLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    std::vector<ScalingConfigProblem> m_problems;
    bool m_filling = false;
};

} // namespace headroom::ui
