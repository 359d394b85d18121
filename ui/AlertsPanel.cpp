#include "AlertsPanel.h"

#include "AlertsWording.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace headroom::ui {

AlertsPanel::AlertsPanel(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("alertsPanel"));
    m_list->setAccessibleName(tr("Firing and pending alerts"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Alerts")), this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Severity"), tr("Alert"), tr("State"), tr("Since"), tr("Value")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setMaximumHeight(160);
    layout->addWidget(m_list);
    m_summary->setText(tr("Waiting for the first evaluation of the alert rules."));
    m_list->hide();
}

void AlertsPanel::setView(const AlertsView& view) {
    m_list->clear();
    int firing = 0;
    int pending = 0;
    for (const auto& a : view.alerts) {
        const auto& s = a.state;
        if (s.phase != AlertPhase::Firing && s.phase != AlertPhase::Pending) {
            continue;
        }
        (s.phase == AlertPhase::Firing ? firing : pending) += 1;
        const auto since = s.phase == AlertPhase::Firing ? s.firingSince : s.pendingSince;
        auto* item = new QTreeWidgetItem(
            m_list, {AlertsWording::severity(s.severity), QString::fromStdString(a.name),
                     AlertsWording::phase(s.phase), since ? AlertsWording::time(*since) : QString(),
                     AlertsWording::valueAgainstThreshold(s)});
        item->setData(0, Qt::UserRole, QString::fromStdString(s.ruleId));
        if (s.phase == AlertPhase::Firing) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int c = 0; c < m_list->columnCount(); ++c) {
                item->setFont(c, bold);
            }
        }
        if (s.severity == AlertSeverity::Critical && s.phase == AlertPhase::Firing) {
            item->setForeground(0, QColor(0xc6, 0x28, 0x28));
        }
    }
    const QString demo = view.demo ? tr(" (demo data)") : QString();
    if (firing == 0 && pending == 0) {
        m_summary->setText(view.alerts.empty() ? tr("No alert rule has been evaluated yet.") + demo
                                               : tr("No alert is firing or pending.") + demo);
        m_list->hide();
        return;
    }
    m_summary->setText(tr("Firing: %1, pending: %2").arg(firing).arg(pending) + demo);
    m_list->show();
}

} // namespace headroom::ui
