#include "HistoryTimelineChart.h"

#include "ConsoleTheme.h"
#include "HistoryModel.h"

#include <algorithm>
#include <limits>

#include <QCursor>
#include <QEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QToolTip>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>

namespace headroom::ui {

namespace {

constexpr double kEventTrack = -0.6; // y of the other-events markers, below the lowest mode

qint64 msOf(Timestamp at) {
    return static_cast<qint64>(at.time_since_epoch().count()) * 1000;
}

QJsonObject detailOf(const Event& event) {
    return QJsonDocument::fromJson(QByteArray::fromStdString(event.detailJson)).object();
}

int nearestIndex(const QXYSeries* series, const QPointF& point) {
    const auto points = series->points();
    int best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (int i = 0; i < points.size(); ++i) {
        const double d =
            std::abs(points[i].x() - point.x()) + std::abs(points[i].y() - point.y()) * 1e6;
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

} // namespace

HistoryTimelineChart::HistoryTimelineChart(const Catalog& catalog, QWidget* parent)
    : QChartView(parent)
    , m_catalog(catalog) {
    setObjectName(QStringLiteral("historyTimeline"));
    setAccessibleName(tr("Timeline of scaling modes, decisions and events"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(190);
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(chart);

    m_configured = new QLineSeries(this);
    m_configured->setName(tr("Configured mode"));
    m_advised = new QLineSeries(this);
    m_advised->setName(tr("Advised mode"));
    applyLinePens();
    const struct {
        Verdict verdict;
        QColor color;
        QScatterSeries::MarkerShape shape;
    } looks[] = {
        {Verdict::Accept, QColor(0x2e, 0x7d, 0x32), QScatterSeries::MarkerShapeCircle},
        {Verdict::Defer, QColor(0xef, 0x8f, 0x00), QScatterSeries::MarkerShapeRectangle},
        {Verdict::Reject, QColor(0xc6, 0x28, 0x28), QScatterSeries::MarkerShapeTriangle},
    };
    for (const auto& look : looks) {
        auto* series = new QScatterSeries(this);
        series->setName(tr("Decision: %1").arg(Wording::verdictName(look.verdict)));
        series->setColor(look.color);
        series->setBorderColor(look.color.darker(130));
        series->setMarkerShape(look.shape);
        series->setMarkerSize(11);
        m_decisions[look.verdict] = series;
    }
    m_events = new QScatterSeries(this);
    m_events->setName(tr("Other key events"));
    m_events->setColor(QColor(0x75, 0x75, 0x75));
    m_events->setBorderColor(QColor(0x75, 0x75, 0x75));
    m_events->setMarkerSize(6);

    std::vector<QXYSeries*> all{m_configured, m_advised, m_events};
    for (const auto& [verdict, series] : m_decisions) {
        all.push_back(series);
    }
    for (QXYSeries* series : all) {
        chart->addSeries(series);
        connect(series, &QXYSeries::hovered, this,
                [this, series](const QPointF& point, bool state) {
                    if (!state) {
                        QToolTip::hideText();
                        return;
                    }
                    const QString tip = toolTipAt(series, nearestIndex(series, point));
                    if (!tip.isEmpty()) {
                        QToolTip::showText(QCursor::pos(), tip, this);
                    }
                });
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    rebuildAxes(now - qint64{90} * 86'400'000, now);
}

int HistoryTimelineChart::modeLevel(const std::string& modeId) const {
    for (std::size_t i = 0; i < m_catalog.modes.size(); ++i) {
        if (m_catalog.modes[i].id == modeId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

QString HistoryTimelineChart::modeName(int level) const {
    return level >= 0 && level < static_cast<int>(m_catalog.modes.size())
               ? QString::fromStdString(m_catalog.modes[static_cast<std::size_t>(level)].name)
               : QString();
}

void HistoryTimelineChart::addTip(QAbstractSeries* series, const QString& tip) {
    m_tips[series].push_back(tip);
}

QString HistoryTimelineChart::toolTipAt(const QAbstractSeries* series, int index) const {
    const auto it = m_tips.find(series);
    if (it == m_tips.end() || index < 0 || index >= static_cast<int>(it->second.size())) {
        return {};
    }
    return it->second[static_cast<std::size_t>(index)];
}

void HistoryTimelineChart::setPage(const HistoryPage& page) {
    m_tips.clear();
    for (QXYSeries* series :
         {static_cast<QXYSeries*>(m_configured), static_cast<QXYSeries*>(m_advised),
          static_cast<QXYSeries*>(m_events)}) {
        series->clear();
    }
    for (auto& [verdict, series] : m_decisions) {
        series->clear();
    }
    std::vector<Event> events = page.events;
    std::ranges::sort(events, [](const Event& a, const Event& b) {
        return a.at != b.at ? a.at < b.at : a.id < b.id;
    });
    std::vector<Decision> decisions = page.decisions;
    std::ranges::sort(decisions, [](const Decision& a, const Decision& b) {
        return a.decidedAt != b.decidedAt ? a.decidedAt < b.decidedAt : a.id < b.id;
    });
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const Event& e : events) {
        first = std::min(first, msOf(e.at));
        last = std::max(last, msOf(e.at));
    }
    for (const Decision& d : decisions) {
        first = std::min(first, msOf(d.decidedAt));
        last = std::max(last, msOf(d.decidedAt));
    }
    if (first > last) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        rebuildAxes(now - qint64{90} * 86'400'000, now);
        return;
    }

    // The configured mode: a step at each ModeSet, from its "old" before the first one.
    struct Change {
        qint64 at;
        int level;
    };
    std::vector<Change> configured;
    int initial = -1;
    for (const Event& e : events) {
        if (e.kind != EventKind::ModeSet) {
            continue;
        }
        const QJsonObject detail = detailOf(e);
        const int from = modeLevel(detail.value(QStringLiteral("old")).toString().toStdString());
        const int to = modeLevel(detail.value(QStringLiteral("new")).toString().toStdString());
        if (to < 0) {
            continue;
        }
        if (configured.empty()) {
            initial = from;
        }
        configured.push_back({msOf(e.at), to});
    }
    auto configuredAt = [&](qint64 at) {
        int level = initial;
        for (const Change& c : configured) {
            if (c.at > at) {
                break;
            }
            level = c.level;
        }
        return level;
    };
    auto stepTo = [this](QLineSeries* series, qint64 at, int level, const QString& tip) {
        if (series->count() > 0) {
            const QPointF previous = series->at(series->count() - 1);
            series->append(static_cast<double>(at), previous.y());
            addTip(series, tip);
        }
        series->append(static_cast<double>(at), level);
        addTip(series, tip);
    };
    if (!configured.empty()) {
        if (initial >= 0) {
            m_configured->append(static_cast<double>(first), initial);
            addTip(m_configured, tr("Mode %1").arg(modeName(initial)));
        }
        for (std::size_t i = 0; i < configured.size(); ++i) {
            const int from = i == 0 ? initial : configured[i - 1].level;
            const QString tip =
                tr("%1: mode set from %2 to %3")
                    .arg(m_wording.dateTime(
                             Timestamp{std::chrono::seconds{configured[i].at / 1000}}),
                         from >= 0 ? modeName(from) : tr("unknown"), modeName(configured[i].level));
            stepTo(m_configured, configured[i].at, configured[i].level, tip);
        }
        m_configured->append(static_cast<double>(last), configured.back().level);
        addTip(m_configured, tr("Mode %1").arg(modeName(configured.back().level)));
    }

    // The advised mode: next_mode_id when the advice is to move, else the configured mode.
    for (const Event& e : events) {
        if (e.kind != EventKind::ModeAdviceChanged) {
            continue;
        }
        const QJsonObject detail = detailOf(e);
        int level =
            modeLevel(detail.value(QStringLiteral("next_mode_id")).toString().toStdString());
        if (level < 0) {
            level = configuredAt(msOf(e.at));
        }
        if (level < 0) {
            continue;
        }
        stepTo(m_advised, msOf(e.at), level,
               tr("%1: advice %2 (%3)")
                   .arg(m_wording.dateTime(e.at),
                        Wording::modeActionName(
                            modeActionFromString(e.subject).value_or(ModeAction::Hold)),
                        modeName(level)));
    }
    if (m_advised->count() > 0) {
        m_advised->append(static_cast<double>(last), m_advised->at(m_advised->count() - 1).y());
        addTip(m_advised, m_tips[m_advised].back());
    }

    for (const Decision& d : decisions) {
        QScatterSeries* series = m_decisions[d.verdict];
        const int level = configuredAt(msOf(d.decidedAt));
        series->append(static_cast<double>(msOf(d.decidedAt)), level >= 0 ? level : 0);
        QString tip =
            tr("%1: %2 “%3” by %4")
                .arg(m_wording.dateTime(d.decidedAt), Wording::verdictName(d.verdict),
                     QString::fromStdString(d.recommendationType), QString::fromStdString(d.actor));
        if (!d.reason.empty()) {
            tip += QLatin1Char('\n') + tr("Reason: %1").arg(QString::fromStdString(d.reason));
        }
        addTip(series, tip);
    }
    const auto keyKinds = HistoryModel::keyEventKinds();
    for (const Event& e : events) {
        if (e.kind == EventKind::ModeSet || e.kind == EventKind::DecisionRecorded ||
            std::ranges::find(keyKinds, e.kind) == keyKinds.end()) {
            continue;
        }
        m_events->append(static_cast<double>(msOf(e.at)), kEventTrack);
        addTip(m_events, tr("%1: %2 (%3)")
                             .arg(m_wording.dateTime(e.at), Wording::eventKindName(e.kind),
                                  QString::fromStdString(e.subject)));
    }
    // A little room either side so the first and last markers are not cut in half.
    const qint64 pad = std::max<qint64>((last - first) / 40, 3'600'000);
    rebuildAxes(first - pad, last + pad);
}

void HistoryTimelineChart::applyLinePens() {
    // The info tone reads on the palette in force; the advice is the same line, fainter.
    const QColor line = ConsoleTheme::tone(Tone::Info);
    m_configured->setPen(QPen(line, 2.5));
    QColor faint = line;
    faint.setAlphaF(ConsoleTheme::isDark() ? 0.6 : 0.4);
    m_advised->setPen(QPen(faint, 2, Qt::DashLine));
}

void HistoryTimelineChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange && m_advised != nullptr) {
        applyLinePens();
    }
    QChartView::changeEvent(event);
}

void HistoryTimelineChart::rebuildAxes(qint64 fromMs, qint64 toMs) {
    QChart* c = chart();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("d MMM"));
    x->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    auto* y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    y->append(tr("Events"), kEventTrack);
    for (std::size_t i = 0; i < m_catalog.modes.size(); ++i) {
        y->append(QString::fromStdString(m_catalog.modes[i].name), static_cast<double>(i));
    }
    y->setRange(-1.0, static_cast<double>(m_catalog.modes.size()) - 0.5);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    ConsoleTheme::styleChart(c);
    for (QAbstractSeries* series : c->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

QList<QPointF> HistoryTimelineChart::configuredPoints() const {
    return m_configured->points();
}

QList<QPointF> HistoryTimelineChart::advisedPoints() const {
    return m_advised->points();
}

QList<QPointF> HistoryTimelineChart::decisionPoints(Verdict verdict) const {
    return m_decisions.at(verdict)->points();
}

QList<QPointF> HistoryTimelineChart::eventPoints() const {
    return m_events->points();
}

const QScatterSeries* HistoryTimelineChart::decisionSeries(Verdict verdict) const {
    return m_decisions.at(verdict);
}

} // namespace headroom::ui
