#include "AiCapacityTab.h"

#include "BarDelegate.h"
#include "BudgetModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace headroom::ui {

AiCapacityTab::AiCapacityTab(const Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog) {
    auto* layout = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    QFont font = m_empty->font();
    font.setPointSizeF(font.pointSizeF() + 3);
    m_empty->setFont(font);
    m_stack->addWidget(m_empty);

    auto* page = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("aiSummary"));
    m_summary->setWordWrap(true);
    pageLayout->addWidget(m_summary);
    m_model = new BudgetModel(this);
    m_view = new QTableView(page);
    m_view->setObjectName(QStringLiteral("budgetView"));
    m_view->setAccessibleName(tr("AI provider budgets"));
    m_view->setModel(m_model);
    auto* delegate = new BarDelegate(m_view);
    delegate->clearThresholds(); // the core's AI budget rule has thresholds of its own
    m_view->setItemDelegateForColumn(BudgetModel::BarColumn, delegate);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(34);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(BudgetModel::BarColumn, QHeaderView::Stretch);
    pageLayout->addWidget(m_view);
    m_stack->addWidget(page);
    layout->addWidget(m_stack);
    m_empty->setText(tr("No snapshot yet — waiting for the first poll."));
}

bool AiCapacityTab::isShowingEmptyState() const {
    return m_stack->currentWidget() == m_empty;
}

void AiCapacityTab::setView(const WorkspaceView& view) {
    if (!view.latest) {
        m_empty->setText(tr("No snapshot yet — waiting for the first poll."));
        m_stack->setCurrentWidget(m_empty);
        m_model->clear();
        return;
    }
    const Evaluation& e = view.latest->evaluation;
    if (e.ai.empty()) {
        m_empty->setText(tr("No AI providers are configured in the catalog."));
        m_stack->setCurrentWidget(m_empty);
        m_model->clear();
        return;
    }
    m_model->setUsage(e.ai, m_catalog);
    const Tier* tier = m_catalog.findTier(e.capacity.tierId);
    int measured = 0;
    for (const AiProviderUsageStatus& u : e.ai) {
        measured += u.used.has_value() ? 1 : 0;
    }
    m_summary->setText(tr("Month-to-date usage against the monthly allocation of the %1 tier. "
                          "%2 of %3 providers report usage.")
                           .arg(tier ? QString::fromStdString(tier->name)
                                     : QString::fromStdString(e.capacity.tierId))
                           .arg(measured)
                           .arg(e.ai.size()));
    m_stack->setCurrentIndex(1);
}

} // namespace headroom::ui
