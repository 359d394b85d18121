#pragma once
// MetricChart: utilisation of tier limits over time (from WorkspaceView::history), with dashed
// horizontal lines at the warning and critical thresholds. The founder picks "key metrics"
// (CPU and error rate) or any one limited metric.

#include "Wording.h"

#include <vector>

#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;

class QChart;
class QChartView;
class QDateTimeAxis;
class QValueAxis;

namespace headroom::ui {

class MetricChart : public QWidget {
    Q_OBJECT

public:
    explicit MetricChart(QWidget* parent = nullptr);

    void setHistory(const std::vector<StoredSnapshot>& history,
                    const HeadroomThresholds& thresholds);
    // The metrics drawn now (for tests).
    std::vector<MetricId> shownMetrics() const;
    int seriesCount() const;

private:
    void rebuildChoices();
    void redraw();

    std::vector<StoredSnapshot> m_history;
    HeadroomThresholds m_thresholds;
    QComboBox* m_metricCombo = nullptr;
    QStackedWidget* m_stack = nullptr;
    QChartView* m_view = nullptr;
    QChart* m_chart = nullptr;
    QDateTimeAxis* m_xAxis = nullptr; // owned by m_chart
    QValueAxis* m_yAxis = nullptr;    // owned by m_chart
    QLabel* m_empty = nullptr;
};

} // namespace headroom::ui
