#pragma once
// ScalingPanel: the Overview's "Scaling control" section (seed 001's ScalingModeOverview): the
// environment, the configured mode beside the advised one, auto-mode, the onboarding freeze with
// its reason, the last health snapshot and when the next is due, and the buttons that ask for a
// change. It shows a ScalingView and emits what the founder asked; MainWindow sends the requests.

#include "engine/ScalingControl.h"

#include <optional>

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QPushButton;

namespace headroom::ui {

class ScalingPanel : public QGroupBox {
    Q_OBJECT

public:
    explicit ScalingPanel(QWidget* parent = nullptr);

    void setView(const ScalingView& view, Timestamp now);
    // A reason (non-empty) disables every change: a replayed moment or an opened bundle cannot be
    // changed; the buttons' tooltips say why. An empty reason enables them again.
    void setReadOnly(const QString& reason);
    bool isReadOnly() const { return !m_readOnly.isEmpty(); }
    const std::optional<ScalingView>& view() const { return m_view; }

    QPushButton* snapshotButton() const { return m_snapshot; }
    QPushButton* setModeButton() const { return m_setMode; }
    QPushButton* freezeButton() const { return m_freeze; }
    QPushButton* settingsButton() const { return m_settings; }
    QCheckBox* autoModeBox() const { return m_autoMode; }
    QLabel* adviceLabel() const { return m_advice; }
    QLabel* freezeLabel() const { return m_frozen; }

signals:
    void takeSnapshotRequested();
    void setModeRequested();
    void freezeRequested();   // not frozen now
    void unfreezeRequested(); // frozen now
    void autoModeRequested(headroom::AutoMode mode);
    void settingsRequested();

private:
    void updateEnabled();

    std::optional<ScalingView> m_view;
    QString m_readOnly;
    QLabel* m_demo = nullptr;
    QLabel* m_environment = nullptr;
    QLabel* m_mode = nullptr;
    QLabel* m_advice = nullptr;
    QLabel* m_frozen = nullptr;
    QLabel* m_lastSnapshot = nullptr;
    QCheckBox* m_autoMode = nullptr;
    QPushButton* m_snapshot = nullptr;
    QPushButton* m_setMode = nullptr;
    QPushButton* m_freeze = nullptr;
    QPushButton* m_settings = nullptr;
};

} // namespace headroom::ui
