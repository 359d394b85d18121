#include "HistoryTab.h"

#include "HistoryModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {
constexpr int kAllKinds = -1;
constexpr int kKeyEvents = -2;
} // namespace

HistoryTab::HistoryTab(const Catalog& catalog, QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    // A founder opens History for decisions and what changed; the routine advice flips and
    // source recoveries are one choice away.
    m_kind->addItem(tr("Decisions and key events"), kKeyEvents);
    m_kind->addItem(tr("All kinds, including mode advice"), kAllKinds);
    m_kind->addItem(tr("Decisions"), int(EventKind::DecisionRecorded));
    for (EventKind kind :
         {EventKind::RecommendationOpened, EventKind::RecommendationResolved,
          EventKind::RecommendationReopened, EventKind::TierChanged, EventKind::ModeAdviceChanged,
          EventKind::SourceFailed, EventKind::SourceRecovered, EventKind::SourceAdded,
          EventKind::SourceChanged, EventKind::SourceRemoved, EventKind::WorkspaceCreated}) {
        m_kind->addItem(Wording::eventKindName(kind), int(kind));
    }
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-90), this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(today, this);
    m_defaultTo = today;
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
    }
    m_kind->setToolTip(tr("“Decisions and key events” hides mode-advice changes and source "
                          "recoveries; choose “All kinds” to see them."));
    m_kind->setAccessibleName(tr("Kind of history entries"));
    m_from->setAccessibleName(tr("History from date"));
    m_to->setAccessibleName(tr("History to date"));
    auto* kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("T&o:"), this);
    toLabel->setBuddy(m_to);
    auto* refresh =
        new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("historyRefresh"));
    refresh->setAccessibleName(tr("Refresh history"));
    refresh->setToolTip(tr("Read the history again (F5)"));
    bar->addWidget(kindLabel);
    bar->addWidget(m_kind);
    bar->addSpacing(12);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addStretch();
    bar->addWidget(refresh);
    layout->addLayout(bar);
    m_hint = new QLabel(tr("Mode-advice changes and source recoveries are hidden. Choose “All "
                           "kinds” to see them; runs of advice changes are folded into one row."),
                        this);
    m_hint->setObjectName(QStringLiteral("historyHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: palette(dark);"));
    layout->addWidget(m_hint);

    m_model = new HistoryModel(catalog, this);
    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    QFont font = m_empty->font();
    font.setPointSizeF(font.pointSizeF() + 2);
    m_empty->setFont(font);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyView"));
    m_table->setAccessibleName(tr("History of decisions and events"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_table);
    layout->addWidget(m_stack, 1);

    m_model->setKindFilter(selectedKinds());
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_hint->setVisible(m_kind->currentData().toInt() == kKeyEvents);
        m_model->setKindFilter(selectedKinds());
        updateEmptyState();
        emit historyRequested();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] { emit historyRequested(); });
    connect(m_to, &QDateEdit::dateChanged, this, [this] { emit historyRequested(); });
    connect(refresh, &QPushButton::clicked, this, [this] { emit historyRequested(); });
    m_empty->setText(tr("Loading history…"));
}

std::vector<EventKind> HistoryTab::selectedKinds() const {
    const int kind = m_kind->currentData().toInt();
    if (kind == kAllKinds) {
        return {};
    }
    if (kind == kKeyEvents) {
        return HistoryModel::keyEventKinds();
    }
    return {static_cast<EventKind>(kind)};
}

void HistoryTab::showAllKinds() {
    m_kind->setCurrentIndex(m_kind->findData(kAllKinds));
}

HistoryQuery HistoryTab::query(const std::string& workspace) {
    if (m_to->date() == m_defaultTo && QDate::currentDate() > m_defaultTo) {
        m_defaultTo = QDate::currentDate();
        const QSignalBlocker blocker(m_to);
        m_to->setDate(m_defaultTo);
    }
    HistoryQuery query;
    query.workspace = workspace;
    // Whole local days, inclusive at both ends.
    query.filter.range.from = Wording::fromDateTime(m_from->date().startOfDay());
    query.filter.range.to =
        Wording::fromDateTime(m_to->date().addDays(1).startOfDay()) - std::chrono::seconds{1};
    // The store filters too, so its row limit is spent on the kinds shown.
    query.filter.kinds = selectedKinds();
    return query;
}

void HistoryTab::setPage(const HistoryPage& page) {
    m_model->setPage(page);
    updateEmptyState();
}

bool HistoryTab::isShowingEmptyState() const {
    return m_stack->currentWidget() == m_empty;
}

void HistoryTab::updateEmptyState() {
    if (m_model->rowCount() == 0) {
        m_empty->setText(tr("No decisions or events in this period."));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
}

} // namespace headroom::ui
