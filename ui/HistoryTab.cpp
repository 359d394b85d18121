#include "HistoryTab.h"

#include "ConsoleTheme.h"
#include "HistoryCsv.h"
#include "HistoryModel.h"
#include "HistoryTimelineChart.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
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
    for (EventKind kind : {EventKind::RecommendationOpened,
                           EventKind::RecommendationResolved,
                           EventKind::RecommendationReopened,
                           EventKind::TierChanged,
                           EventKind::ModeAdviceChanged,
                           EventKind::SourceFailed,
                           EventKind::SourceRecovered,
                           EventKind::SourceAdded,
                           EventKind::SourceChanged,
                           EventKind::SourceRemoved,
                           EventKind::WorkspaceCreated,
                           EventKind::LedgerImported,
                           EventKind::ModeSet,
                           EventKind::ScalingFrozen,
                           EventKind::ScalingUnfrozen,
                           EventKind::AutoModeChanged,
                           EventKind::ScalingConfigChanged,
                           EventKind::HealthSnapshotTaken,
                           EventKind::PolicyChanged,
                           EventKind::AlertFired,
                           EventKind::AlertResolved,
                           EventKind::NotificationSent,
                           EventKind::NotificationFailed,
                           EventKind::OutcomeRecorded,
                           EventKind::ChecklistItemChecked,
                           EventKind::ChecklistItemUnchecked,
                           EventKind::StrainRun,
                           EventKind::StrainBaseline,
                           EventKind::StrainSettingsChanged}) {
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
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Search subject, detail, reason, actor…"));
    m_search->setAccessibleName(tr("Search the history"));
    m_search->setClearButtonEnabled(true);
    // The clear button is a child button the line edit makes; screen readers name it too.
    if (auto* clear = m_search->findChild<QAbstractButton*>()) {
        clear->setAccessibleName(tr("Clear the search"));
    }
    m_search->setMinimumWidth(220);
    bar->addSpacing(12);
    bar->addWidget(m_search);
    bar->addStretch();
    bar->addWidget(refresh);
    auto* verify = new QPushButton(tr("&Verify history"), this);
    verify->setObjectName(QStringLiteral("historyVerify"));
    verify->setAccessibleName(tr("Verify history"));
    verify->setToolTip(tr("Check that no event or decision was altered or removed since it was "
                          "recorded (hash chain)"));
    auto* exportButton = new QPushButton(tr("Export &CSV…"), this);
    exportButton->setObjectName(QStringLiteral("historyExport"));
    exportButton->setAccessibleName(tr("Export the history shown as CSV"));
    exportButton->setToolTip(tr("Save the rows shown (after the kind, dates and search) as CSV"));
    bar->addWidget(verify);
    bar->addWidget(exportButton);
    layout->addLayout(bar);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("verificationBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();
    layout->addWidget(m_banner);
    m_timeline = new HistoryTimelineChart(catalog, this);
    layout->addWidget(m_timeline);
    connect(verify, &QPushButton::clicked, this, [this] {
        ConsoleTheme::clearTone(m_banner);
        m_banner->setText(tr("Verifying the history…"));
        m_banner->show();
        emit verifyRequested();
    });
    connect(exportButton, &QPushButton::clicked, this, &HistoryTab::chooseExportFile);
    connect(m_search, &QLineEdit::textChanged, this, &HistoryTab::applySearch);
    m_hint = new QLabel(tr("Mode-advice changes and source recoveries are hidden. Choose “All "
                           "kinds” to see them; runs of advice changes are folded into one row."),
                        this);
    m_hint->setObjectName(QStringLiteral("historyHint"));
    m_hint->setWordWrap(true);
    ConsoleTheme::setTone(m_hint, Tone::Muted);
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
        applySearch();
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
    applySearch();
    if (page.workspace != m_verifiedWorkspace) {
        m_banner->hide();
    }
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

void HistoryTab::setTimelinePage(const HistoryPage& page) {
    m_timeline->setPage(page);
}

void HistoryTab::setSearchText(const QString& text) {
    m_search->setText(text);
}

bool HistoryTab::isRowShown(int row) const {
    return row >= 0 && row < m_model->rowCount() && !m_table->isRowHidden(row);
}

int HistoryTab::shownRowCount() const {
    int shown = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        shown += isRowShown(r) ? 1 : 0;
    }
    return shown;
}

// Rows are hidden rather than filtered through a proxy, so the table's rows stay the model's
// rows (decisionAt(row) and the selection keep meaning the same entry).
void HistoryTab::applySearch() {
    const QString needle = m_search->text().trimmed();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        bool match = needle.isEmpty();
        for (int c = 0; c < m_model->columnCount() && !match; ++c) {
            const QModelIndex index = m_model->index(r, c);
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                if (m_model->data(index, role).toString().contains(needle, Qt::CaseInsensitive)) {
                    match = true;
                    break;
                }
            }
        }
        m_table->setRowHidden(r, !match);
    }
}

QByteArray HistoryTab::shownRowsCsv() const {
    return tableToCsv(*m_model, [this](int row) { return isRowShown(row); });
}

bool HistoryTab::exportCsv(const QString& path, QString* error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(shownRowsCsv()) < 0 || !file.commit()) {
        if (error) {
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

void HistoryTab::chooseExportFile() {
    auto* dialog =
        new QFileDialog(this, tr("Export history as CSV"), QString(), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("historyExportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("headroom-history.csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        QString error;
        if (!exportCsv(path, &error)) {
            QMessageBox::warning(this, tr("Export history"), error);
        }
    });
    dialog->open();
}

QString HistoryTab::breakText(const HistoryBreak& b) {
    const bool event = b.chain == HistoryChainKind::Events;
    QString row;
    if (b.row) {
        const QString what =
            event ? tr("Event %1").arg(b.row->id) : tr("Decision %1").arg(b.row->id);
        QString kind = Wording::fromKey(b.row->kind);
        if (auto k = eventKindFromString(b.row->kind); event && k) {
            kind = Wording::eventKindName(*k);
        } else if (auto v = verdictFromString(b.row->kind); !event && v) {
            kind = Wording::verdictName(*v);
        }
        row = tr("%1 (%2, %3, %4)")
                  .arg(what, kind, Wording().dateTime(b.row->at),
                       QString::fromStdString(b.row->subject));
    }
    const QString noun = event ? tr("event") : tr("decision");
    const QString previous = b.previousId ? QString::number(*b.previousId) : QString();
    switch (b.kind) {
    case HistoryBreakKind::Altered:
        return tr("%1 was altered: its content no longer matches its hash.").arg(row);
    case HistoryBreakKind::Moved:
        return tr("%1 holds the content written as %2 %3: entries were swapped or moved.")
            .arg(row, noun)
            .arg(b.otherId.value_or(0));
    case HistoryBreakKind::Removed:
        return b.previousId
                   ? tr("%1 does not continue the chain: an entry between %2 %3 and it was "
                        "removed.")
                         .arg(row, noun, previous)
                   : tr("%1 does not continue the chain: the first entries were removed.").arg(row);
    case HistoryBreakKind::Reordered:
        return tr("%1 continues %2 %3 instead of the entry before it: entries were reordered.")
            .arg(row, noun)
            .arg(b.otherId.value_or(0));
    case HistoryBreakKind::NewestRemoved:
        return tr("The newest entries (%1 of them) after %2 %3 were removed.")
            .arg(b.missingRows)
            .arg(noun, previous);
    case HistoryBreakKind::HeadMismatch:
        return tr("The newest %1 does not match the recorded head: the newest entries were "
                  "replaced or the head was altered.")
            .arg(noun);
    case HistoryBreakKind::HeadMissing:
        return tr("The recorded head of the %1 chain was removed.").arg(noun);
    }
    return {};
}

void HistoryTab::setVerification(const HistoryVerification& v) {
    m_verifiedIntact = v.intact();
    m_verifiedWorkspace = v.workspaceName;
    if (v.intact()) {
        ConsoleTheme::setBanner(m_banner, Tone::Success,
                                QStringLiteral("border-radius: 4px; padding: 6px;"));
        m_banner->setText(
            tr("History verified: %1 events and %2 decisions are intact. Head %3 (decisions "
               "%4): note it somewhere else to prove later that nothing was rewritten.")
                .arg(v.events.checked)
                .arg(v.decisions.checked)
                .arg(QString::fromStdString(v.events.headHash),
                     QString::fromStdString(v.decisions.headHash)));
    } else {
        QStringList findings;
        for (const auto* status : {&v.events, &v.decisions}) {
            if (status->firstBreak) {
                findings << breakText(*status->firstBreak);
            }
        }
        if (!v.missingTriggers.empty()) {
            QStringList names;
            for (const auto& name : v.missingTriggers) {
                names << QString::fromStdString(name);
            }
            findings << tr("The append-only protection is missing (%1).")
                            .arg(names.join(QStringLiteral(", ")));
        }
        ConsoleTheme::setBanner(m_banner, Tone::Error,
                                QStringLiteral("border-radius: 4px; padding: 6px;"));
        m_banner->setText(
            tr("The history was tampered with. %1").arg(findings.join(QLatin1Char(' '))));
    }
    m_banner->show();
}

void HistoryTab::setVerificationFailed(const QString& message) {
    m_verifiedIntact = false;
    ConsoleTheme::setBanner(m_banner, Tone::Warning,
                            QStringLiteral("border-radius: 4px; padding: 6px;"));
    m_banner->setText(tr("The history could not be verified: %1").arg(message));
    m_banner->show();
}

QString HistoryTab::verificationText() const {
    return m_banner->text();
}

bool HistoryTab::verificationShown() const {
    return !m_banner->isHidden();
}

} // namespace headroom::ui
