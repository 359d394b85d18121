#pragma once
// HistoryTimelineChart: seed 001's ScalingModeTimeline above the History table. The configured
// mode over time as a step line (modes on the y axis in catalog order, from ModeSet events'
// {"old", "new"}), the advised mode as a second, lighter step line (ModeAdviceChanged: its
// next_mode_id, or the configured mode when the advice is to hold), decisions as markers
// (accept, defer, reject told apart by colour and shape, with a legend) and other key events as
// small grey markers on a track below the modes. Every marker has a hover tooltip.
// Only stored events are drawn: with no ModeSet event the configured line is absent, not guessed.

#include "Wording.h"

#include <map>
#include <vector>

#include <QtCharts/QChartView>

class QAbstractSeries;
class QLineSeries;
class QScatterSeries;

namespace headroom::ui {

class HistoryTimelineChart : public QChartView {
    Q_OBJECT

public:
    explicit HistoryTimelineChart(const Catalog& catalog, QWidget* parent = nullptr);

    // Redraws from a page of events and decisions (any order, any kinds).
    void setPage(const HistoryPage& page);

    // For tests: the points of the configured-mode and advised-mode lines, the decision
    // markers of a verdict, the other-event markers, and a marker's tooltip.
    QList<QPointF> configuredPoints() const;
    QList<QPointF> advisedPoints() const;
    QList<QPointF> decisionPoints(Verdict verdict) const;
    QList<QPointF> eventPoints() const;
    QString toolTipAt(const QAbstractSeries* series, int index) const;
    const QScatterSeries* decisionSeries(Verdict verdict) const;

protected:
    void changeEvent(QEvent* event) override; // a new palette: the lines' colours follow

private:
    void applyLinePens();
    int modeLevel(const std::string& modeId) const; // -1 when the catalog lacks it
    QString modeName(int level) const;
    void rebuildAxes(qint64 fromMs, qint64 toMs);
    void addTip(QAbstractSeries* series, const QString& tip);

    const Catalog& m_catalog;
    Wording m_wording;
    QLineSeries* m_configured = nullptr;
    QLineSeries* m_advised = nullptr;
    std::map<Verdict, QScatterSeries*> m_decisions;
    QScatterSeries* m_events = nullptr;
    std::map<const QAbstractSeries*, std::vector<QString>> m_tips;
};

} // namespace headroom::ui
