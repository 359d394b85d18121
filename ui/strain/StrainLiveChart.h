#pragma once
// StrainLiveChart: a run's timeline as it happens (one point per LoadProgress sample, about a
// second apart) or as it was stored: throughput on the left axis, latency percentiles p50, p95
// and p99 in milliseconds on the right axis, seconds since the run started along the bottom.
// An interval in which nothing completed has no latency; its percentile points are left out
// rather than drawn at 0 ms, which would read as a very fast server.

#include "model/StrainRun.h"

#include <vector>

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QStackedWidget;
class QValueAxis;

namespace headroom::ui {

class StrainLiveChart : public QWidget {
    Q_OBJECT

public:
    explicit StrainLiveChart(QWidget* parent = nullptr);

    // Empties the chart (a new run starts); the empty state says `note`.
    void clear(const QString& note);
    void addSample(const LoadSample& sample);
    // A stored run's timeline in place of what is shown.
    void showTimeline(const std::vector<LoadSample>& timeline, const QString& title);
    void setTitle(const QString& title);

    int pointCount() const; // throughput points shown
    QLineSeries* throughputSeries() const { return m_throughput; }
    QLineSeries* p95Series() const { return m_p95; }

private:
    void append(const LoadSample& sample);
    void rescale();

    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QLineSeries* m_throughput = nullptr;
    QLineSeries* m_p50 = nullptr;
    QLineSeries* m_p95 = nullptr;
    QLineSeries* m_p99 = nullptr;
    QValueAxis* m_x = nullptr;
    QValueAxis* m_rate = nullptr;
    QValueAxis* m_latency = nullptr;
    double m_maxX = 0.0;
    double m_maxRate = 0.0;
    double m_maxLatencyMs = 0.0;
};

} // namespace headroom::ui
