#pragma once
// StrainRunForm: what one run is: a scenario of the catalog (its model, load, duration, ramp,
// think time and URLs shown beside the picker), the target URL (a bare origin resolves the
// scenario's paths; a URL with a path is the one URL loaded, applyTargetUrl), and the overrides
// for this run, pre-filled with the scenario's values whenever another scenario is picked:
// duration and ramp-up (the ramp stays shorter than the duration), users or an arrival rate
// (the load model is switchable), think time, HTTP version. It only collects; planning and
// running are the dialog's.

#include "StrainWording.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace headroom::ui {

class StrainRunForm : public QWidget {
    Q_OBJECT

public:
    explicit StrainRunForm(QWidget* parent = nullptr);

    // The catalog's scenarios; keeps the picked one when it is still there, else picks
    // `preferredId`, else the first.
    void setScenarios(const std::vector<StrainScenario>& scenarios, const QString& preferredId);
    bool selectScenario(const QString& id);
    QString scenarioId() const;
    const StrainScenario* scenario() const;

    QString targetUrl() const;
    void setTargetUrl(const QString& url);
    // The overrides of the form's fields (target applied), and the generator's options.
    StrainOverrides overrides() const;
    LoadOptions options() const;

    // The override fields, for tests and the dialog's focus.
    QLineEdit* targetEdit() const { return m_target; }
    QSpinBox* durationSpin() const { return m_duration; }
    QSpinBox* rampSpin() const { return m_ramp; }
    QComboBox* modelCombo() const { return m_model; }
    QSpinBox* usersSpin() const { return m_users; }
    QDoubleSpinBox* rateSpin() const { return m_rate; }
    QSpinBox* thinkSpin() const { return m_think; }
    QComboBox* httpCombo() const { return m_http; }
    QComboBox* scenarioCombo() const { return m_scenarioCombo; }

signals:
    // Enter pressed in the target field.
    void runRequested();

private:
    void fillFromScenario();
    void updateModelFields();

    StrainWording m_wording;
    std::vector<StrainScenario> m_scenarios;
    QComboBox* m_scenarioCombo = nullptr;
    QLabel* m_scenarioSummary = nullptr;
    QLineEdit* m_target = nullptr;
    QSpinBox* m_duration = nullptr;
    QSpinBox* m_ramp = nullptr;
    QComboBox* m_model = nullptr;
    QSpinBox* m_users = nullptr;
    QDoubleSpinBox* m_rate = nullptr;
    QLabel* m_usersLabel = nullptr;
    QLabel* m_rateLabel = nullptr;
    QSpinBox* m_think = nullptr;
    QComboBox* m_http = nullptr;
};

} // namespace headroom::ui
