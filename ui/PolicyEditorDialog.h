#pragma once
// The "Scaling policies" dialog: seed 003's templates listed with the active one marked, the
// selected one's weights, thresholds, band and cooldowns; built-in templates are read-only, a
// clone is edited in place. The catalog's own validation runs on every edit and its problems
// show inline; OK stays disabled while any exists, so nothing invalid is ever saved.

#include "model/Catalog.h"

#include <map>

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace headroom::ui {

class PolicyEditorDialog : public QDialog {
    Q_OBJECT

public:
    PolicyEditorDialog(Catalog catalog, QWidget* parent = nullptr);

    const PolicySettings& editedPolicies() const { return m_catalog.policies; }
    QStringList problems() const { return m_problems; }
    // What the founder did, for the history: "activated", "cloned", "edited" (the last kind of
    // change made, with the template it touched), and the previously active id.
    QString lastAction() const { return m_lastAction; }
    QString lastPolicyId() const { return m_lastPolicyId; }
    QString initialActiveId() const { return m_initialActive; }

    // For tests and the buttons.
    void selectPolicy(const QString& id);
    void cloneSelected();
    void makeSelectedActive();
    QLineEdit* nameEdit() const { return m_name; }
    QDoubleSpinBox* scaleUpEdit() const { return m_up; }
    QDoubleSpinBox* scaleDownEdit() const { return m_down; }
    QDoubleSpinBox* hysteresisEdit() const { return m_band; }
    QSpinBox* upCooldownEdit() const { return m_upCooldown; }
    QLabel* problemLabel() const { return m_problemLabel; }
    QPushButton* okButton() const;
    QListWidget* list() const { return m_list; }

private:
    ScalingPolicy* selected();
    void rebuildList();
    void showSelected();
    void readFields();
    void validate();

    Catalog m_catalog;
    QString m_initialActive;
    QString m_lastAction;
    QString m_lastPolicyId;
    QStringList m_problems;
    bool m_loading = false;

    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_workload = nullptr;
    QLabel* m_origin = nullptr;
    std::map<MetricId, QDoubleSpinBox*> m_weights;
    QDoubleSpinBox* m_up = nullptr;
    QDoubleSpinBox* m_down = nullptr;
    QDoubleSpinBox* m_band = nullptr;
    QSpinBox* m_upCooldown = nullptr;
    QSpinBox* m_downCooldown = nullptr;
    QSpinBox* m_min = nullptr;
    QSpinBox* m_max = nullptr;
    QSpinBox* m_step = nullptr;
    QPushButton* m_clone = nullptr;
    QPushButton* m_activate = nullptr;
    QLabel* m_problemLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace headroom::ui
