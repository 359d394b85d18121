#include "ResourceMonitorPanel.h"

#include "GovernanceWording.h"
#include "TableFit.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {

enum Column { Name, Value, WarningAt, CriticalAt, State, Trend, ColumnCount };

} // namespace

ResourceMonitorPanel::ResourceMonitorPanel(QWidget* parent)
    : QGroupBox(tr("Resource monitor"), parent) {
    setObjectName(QStringLiteral("resourceMonitorPanel"));
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("resourceMonitorTable"));
    m_table->setHorizontalHeaderLabels({tr("Metric"), tr("Value"), tr("Warning"), tr("Critical"),
                                        tr("Status"), tr("7-day trend")});
    m_table->setAccessibleName(tr("Resource monitor"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    // The metric's name takes the spare width; the trend keeps the width of its words.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    fitTableToRows(m_table);
    layout->addWidget(m_table);
    m_risk = new QLabel(this);
    m_risk->setObjectName(QStringLiteral("visualJobRiskLabel"));
    m_risk->setWordWrap(true);
    layout->addWidget(m_risk);
}

QString ResourceMonitorPanel::valueText(const MonitoredMetric& d, double value) const {
    if (d.subject == MonitorSubject::VisualJobRisk || d.scale == MonitorScale::ShareOfTierLimit) {
        return m_wording.percent(value);
    }
    return m_wording.metricValue(d.metric, value);
}

void ResourceMonitorPanel::showMonitor(const GovernanceMonitor& monitor) {
    const auto& rows = monitor.report.rows;
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < int(rows.size()); ++i) {
        const auto& row = rows[std::size_t(i)];
        const auto& d = row.definition;
        const QString name = d.subject == MonitorSubject::VisualJobRisk ? tr("Visual job risk")
                             : d.metric == MetricId::CronLoad           ? tr("Cron load")
                                                              : Wording::metricName(d.metric);
        QString value = row.value ? valueText(d, *row.value) : tr("No data");
        if (row.value && d.scale == MonitorScale::ShareOfTierLimit && row.measured &&
            row.tierLimit) {
            value = tr("%1 (%2 of %3)")
                        .arg(value, m_wording.metricValue(d.metric, *row.measured),
                             m_wording.metricValue(d.metric, *row.tierLimit));
        } else if (!row.value && row.measured && d.scale == MonitorScale::ShareOfTierLimit) {
            value = tr("%1 (the tier sets no limit)")
                        .arg(m_wording.metricValue(d.metric, *row.measured));
        }
        const QString cells[ColumnCount] = {name,
                                            value,
                                            valueText(d, d.warning),
                                            valueText(d, d.critical),
                                            GovernanceWording::monitorStatusName(row.status),
                                            GovernanceWording::trendArrow(row.trend)};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == State) {
                item->setForeground(GovernanceWording::monitorStatusColor(row.status));
            }
            m_table->setItem(i, c, item);
        }
    }
    if (const auto& r = monitor.report.visualJobRisk) {
        m_risk->setText(
            tr("Visual job risk score %1 (parts: queue %2, failures %3, processing time %4)")
                .arg(m_wording.percent(r->score), m_wording.percent(r->queuePart),
                     m_wording.percent(r->failurePart), m_wording.percent(r->processingPart)));
    } else {
        m_risk->setText(tr("Visual job risk score: not measured (needs pending jobs, recent "
                           "failures and processing time)."));
    }
}

} // namespace headroom::ui
