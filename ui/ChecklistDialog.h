#pragma once
// ChecklistDialog ("Tier readiness…"): every tier's checklist (seed 002's infrastructure items
// and the upgrade requirements) with the founder's ticks, the next tier's readiness share and the
// strain test status. Ticking an item asks for it to be recorded (a history event); the box
// shows the stored state again when the answer arrives, so what is shown is what was stored.

#include "engine/GovernanceQuery.h"

#include <QDialog>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace headroom::ui {

class ChecklistDialog : public QDialog {
    Q_OBJECT

public:
    explicit ChecklistDialog(const Catalog& catalog, QWidget* parent = nullptr);

    void showReadiness(const GovernanceReadiness& readiness);

    QTreeWidget* tree() const { return m_tree; }
    QLabel* readinessLabel() const { return m_readiness; }
    QLabel* strainLabel() const { return m_strain; }

signals:
    void tickRequested(const QString& tierId, const QString& itemId, bool checked);

private:
    void onItemChanged(QTreeWidgetItem* item, int column);

    const Catalog& m_catalog;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_readiness = nullptr;
    QLabel* m_strain = nullptr;
    bool m_filling = false;
};

} // namespace headroom::ui
