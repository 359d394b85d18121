#pragma once
// ResourceMonitorPanel: seed 002's tracked-metrics table on the Overview: each metric's value
// against its warning and critical thresholds, a status colour, the 7-day trend arrow, and the
// Visual Job Risk Score with its three parts. Unmeasured values say "No data", never 0.

#include "Wording.h"
#include "engine/GovernanceQuery.h"

#include <QGroupBox>

class QLabel;
class QTableWidget;

namespace headroom::ui {

class ResourceMonitorPanel : public QGroupBox {
    Q_OBJECT

public:
    explicit ResourceMonitorPanel(QWidget* parent = nullptr);

    void showMonitor(const GovernanceMonitor& monitor);

    QTableWidget* table() const { return m_table; }
    QLabel* riskLabel() const { return m_risk; }

private:
    QString valueText(const MonitoredMetric& definition, double value) const;

    Wording m_wording;
    QTableWidget* m_table = nullptr;
    QLabel* m_risk = nullptr;
};

} // namespace headroom::ui
