#pragma once
// The small dialogs of scaling control: SetModeDialog (choose a mode and give a reason; a mode
// against the current advice is a manual override and needs one) and ScalingReasonDialog (freeze
// or unfreeze onboarding, with a reason). OK stays disabled while the answer would be refused.

#include "engine/ScalingControl.h"

#include <optional>

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace headroom::ui {

class SetModeDialog : public QDialog {
    Q_OBJECT

public:
    SetModeDialog(const ScalingView& view, QWidget* parent = nullptr);

    std::string modeId() const;
    std::string reason() const;
    // True when the chosen mode differs from the advice (or there is none).
    bool againstAdvice() const;

    QComboBox* modeCombo() const { return m_mode; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QLabel* warningLabel() const { return m_warning; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void update();

    ScalingView m_view;
    QComboBox* m_mode = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_warning = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

class ScalingReasonDialog : public QDialog {
    Q_OBJECT

public:
    enum class Reason { Required, Optional };
    ScalingReasonDialog(const QString& title, const QString& prompt, Reason need,
                        QWidget* parent = nullptr);

    std::string reason() const;
    QLineEdit* reasonEdit() const { return m_reason; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    Reason m_need;
    QLineEdit* m_reason = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace headroom::ui
