#pragma once
// AlertsPanel: the Overview's "Alerts" section: firing and pending alerts of the live workspace
// (severity, name, state, since when, value against threshold), firing first, or a line saying
// that none is. Fed by the engine's AlertsView; it computes nothing.

#include "model/AlertState.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace headroom::ui {

class AlertsPanel : public QWidget {
    Q_OBJECT

public:
    explicit AlertsPanel(QWidget* parent = nullptr);

    void setView(const AlertsView& view);

    QTreeWidget* list() const { return m_list; }
    QLabel* summary() const { return m_summary; }

private:
    QLabel* m_summary = nullptr;
    QTreeWidget* m_list = nullptr;
};

} // namespace headroom::ui
