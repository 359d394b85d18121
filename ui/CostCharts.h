#pragma once
// The AI Capacity tab's two cost charts. DailySpendChart draws the period's daily spend; a day
// without ledger rows is a gap in the line, never a dip to zero. CostProjectionChart draws the
// projected total spend from today to the end of the next month, quarter and year, with the
// prediction interval as a band.

#include "cost/CostReport.h"

#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QValueAxis;

namespace headroom::ui {

class DailySpendChart : public QWidget {
    Q_OBJECT

public:
    explicit DailySpendChart(QWidget* parent = nullptr);

    void setDaily(const std::vector<DailyCost>& daily, MicroUsd dailyLimit);
    int segmentCount() const; // line pieces drawn (days with data split by gaps), for tests

private:
    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    int m_segments = 0;
};

class CostProjectionChart : public QWidget {
    Q_OBJECT

public:
    explicit CostProjectionChart(QWidget* parent = nullptr);

    void setProjection(const CostProjectionView& projection, Day today);
    bool hasInterval() const { return m_hasInterval; }

private:
    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    bool m_hasInterval = false;
};

} // namespace headroom::ui
