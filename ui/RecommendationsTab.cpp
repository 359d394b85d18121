#include "RecommendationsTab.h"

#include "DecisionDialog.h"
#include "RecommendationDetail.h"
#include "RecommendationsModel.h"
#include "UiRoles.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace headroom::ui {

RecommendationsTab::RecommendationsTab(const Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog) {
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("&Show:"), this);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("stateFilter"));
    m_filter->setAccessibleName(tr("Which recommendations to show"));
    m_filter->addItem(tr("Open and deferred"), int(StateFilter::Actionable));
    m_filter->addItem(tr("All, including decided and resolved"), int(StateFilter::All));
    filterLabel->setBuddy(m_filter);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("recommendationCount"));
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter);
    bar->addStretch();
    bar->addWidget(m_count);
    layout->addLayout(bar);

    m_model = new RecommendationsModel(catalog, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("recommendationsSplitter"));
    m_listStack = new QStackedWidget(m_splitter);
    m_empty = new QLabel(tr("No recommendations: nothing needs attention."), m_listStack);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    QFont font = m_empty->font();
    font.setPointSizeF(font.pointSizeF() + 2);
    m_empty->setFont(font);
    m_table = new QTableView(m_listStack);
    m_table->setObjectName(QStringLiteral("recommendationsView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Recommendations"));
    m_table->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = m_table->horizontalHeader();
    header->setMinimumSectionSize(60);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The title takes what is left, so the list never needs a horizontal scroll bar.
    header->setSectionResizeMode(RecommendationsModel::TitleColumn, QHeaderView::Stretch);
    // The detail pane repeats risk, effort, confidence and last seen: the list keeps what ranks
    // the rows. The header's context menu brings any column back.
    for (int column :
         {int(RecommendationsModel::RiskColumn), int(RecommendationsModel::EffortColumn),
          int(RecommendationsModel::ConfidenceColumn), int(RecommendationsModel::LastSeenColumn)}) {
        header->setSectionHidden(column, true);
    }
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = 0; column < RecommendationsModel::ColumnCount; ++column) {
        if (column == RecommendationsModel::TitleColumn) {
            continue;
        }
        auto* action = new QAction(
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(), header);
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
        header->addAction(action);
    }
    header->setToolTip(tr("Right-click to choose the columns"));
    m_listStack->addWidget(m_empty);
    m_listStack->addWidget(m_table);
    m_detail = new RecommendationDetail(catalog, m_splitter);
    m_detail->setObjectName(QStringLiteral("recommendationDetail"));
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_listStack->setMinimumWidth(360);
    m_detail->setMinimumWidth(320);
    m_splitter->setSizes({560, 500}); // the saved state, if any, replaces this
    layout->addWidget(m_splitter, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const RowId keep = selectedId();
        m_model->setFilter(static_cast<StateFilter>(m_filter->currentData().toInt()));
        selectRecommendation(keep);
        updateEmptyState();
        updateDetail();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateDetail(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateDetail(); });
    connect(m_detail, &RecommendationDetail::verdictChosen, this,
            &RecommendationsTab::decideSelected);
    updateEmptyState();
}

bool RecommendationsTab::isShowingEmptyState() const {
    return m_listStack->currentWidget() == m_empty;
}

RowId RecommendationsTab::selectedId() const {
    const StoredRecommendation* r = m_model->recommendationAt(m_table->currentIndex().row());
    return r ? r->id : 0;
}

void RecommendationsTab::setView(const WorkspaceView& view) {
    const RowId keep = view.workspace.id == m_workspaceId ? selectedId() : 0;
    m_workspaceId = view.workspace.id;
    m_model->setRecommendations(view.recommendations);
    if (!selectRecommendation(keep) && m_model->rowCount() > 0) {
        selectRecommendation(m_model->recommendationAt(0)->id);
    }
    updateEmptyState();
    updateDetail();
}

bool RecommendationsTab::selectRecommendation(RowId id) {
    const int row = id ? m_model->rowOf(id) : -1;
    if (row < 0) {
        return false;
    }
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->selectRow(row);
    return true;
}

void RecommendationsTab::updateEmptyState() {
    int open = 0;
    // Count over the visible rows only makes sense for the current filter; say which.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        open += m_model->recommendationAt(row)->state == RecommendationState::Open ? 1 : 0;
    }
    m_count->setText(tr("%n shown", nullptr, m_model->rowCount()) + tr(", %n open", nullptr, open));
    if (m_model->rowCount() == 0) {
        m_empty->setText(m_model->filter() == StateFilter::Actionable
                             ? tr("No recommendations: nothing needs attention.")
                             : tr("No recommendations have been raised for this workspace yet."));
        m_listStack->setCurrentWidget(m_empty);
    } else {
        m_listStack->setCurrentWidget(m_table);
    }
}

void RecommendationsTab::updateDetail() {
    const StoredRecommendation* r = m_model->recommendationAt(m_table->currentIndex().row());
    m_detail->setRecommendation(r, r ? m_model->titleOf(*r) : QString());
}

void RecommendationsTab::setReadOnly(const QString& reason) {
    m_detail->setReadOnly(reason);
}

bool RecommendationsTab::isReadOnly() const {
    return !m_detail->readOnlyReason().isEmpty();
}

void RecommendationsTab::decideSelected(Verdict verdict) {
    if (isReadOnly()) {
        return; // a shortcut can still arrive; the buttons say why nothing happens
    }
    const StoredRecommendation* r = m_model->recommendationAt(m_table->currentIndex().row());
    if (!r || !RecommendationsModel::isDecidable(r->state)) {
        return;
    }
    const RowId id = r->id;
    DecisionDialog dialog(verdict, m_model->titleOf(*r), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    DecisionRequest request;
    request.workspaceId = m_workspaceId;
    request.recommendationId = id;
    request.verdict = verdict;
    request.reason = dialog.reason().toStdString();
    request.decidedAt = Wording::fromDateTime(QDateTime::currentDateTimeUtc());
    if (verdict == Verdict::Defer) {
        // Revisit at the start of the chosen local day.
        request.revisitAt = Wording::fromDateTime(dialog.revisitDate().startOfDay());
    }
    emit decisionConfirmed(request);
}

} // namespace headroom::ui
