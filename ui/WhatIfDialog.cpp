#include "WhatIfDialog.h"

#include "ConsoleTheme.h"
#include "ReplayWording.h"
#include "Wording.h"
#include "catalog/CatalogLoader.h"

#include <algorithm>
#include <cmath>

#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {

enum ResultColumn { ChangeColumn, WhatColumn, KindColumn, WasColumn, WouldBeColumn, ShiftColumn };

constexpr int kTimeRole = Qt::UserRole + 1;

std::optional<double> cpuLimitOf(const Tier& tier) {
    return tier.limitFor(MetricId::CpuUtilization);
}

QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

// A sentence over the empty results table saying why it is empty; hidden while it has rows.
void addEmptyState(QTableWidget* table) {
    auto* label = new QLabel(table->viewport());
    label->setObjectName(QStringLiteral("whatIfEmpty"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(12);
    ConsoleTheme::setTone(label, Tone::Muted);
    auto* layout = new QVBoxLayout(table->viewport());
    layout->addWidget(label);
    const auto update = [table, label] {
        label->setVisible(table->rowCount() == 0);
    };
    QAbstractItemModel* model = table->model();
    QObject::connect(model, &QAbstractItemModel::rowsInserted, label, update);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, label, update);
    QObject::connect(model, &QAbstractItemModel::modelReset, label, update);
    update();
}

QString notRunYet() {
    return WhatIfDialog::tr(
        "No results yet: change a CPU limit or choose a catalog file, then run the what-if.");
}

void setEmptyText(QTableWidget* table, const QString& text) {
    if (auto* label = table->viewport()->findChild<QLabel*>(QStringLiteral("whatIfEmpty"))) {
        label->setText(text);
    }
}

} // namespace

WhatIfDialog::WhatIfDialog(QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("whatIfDialog"));
    setWindowTitle(tr("What if…"));
    auto* layout = new QVBoxLayout(this);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("whatIfPages"));
    auto* cpuPage = new QWidget(m_pages);
    buildCpuPage(cpuPage);
    auto* filePage = new QWidget(m_pages);
    buildFilePage(filePage);
    m_pages->addTab(cpuPage, tr("CPU limits"));
    m_pages->addTab(filePage, tr("Catalog file"));
    layout->addWidget(m_pages);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("whatIfProblem"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_problemLabel);

    auto* runRow = new QHBoxLayout;
    m_run = new QPushButton(tr("&Run what-if"), this);
    m_run->setObjectName(QStringLiteral("runWhatIf"));
    m_run->setDefault(true);
    m_cancelRun = new QPushButton(tr("&Stop"), this);
    m_cancelRun->setObjectName(QStringLiteral("cancelWhatIf"));
    m_cancelRun->setToolTip(tr("Stop the re-evaluation; nothing is kept"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("whatIfProgress"));
    m_progress->setAccessibleName(tr("Re-evaluation progress"));
    m_progressLabel = new QLabel(this);
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancelRun);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_progressLabel);
    layout->addLayout(runRow);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("whatIfSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);

    m_results = new QTableWidget(0, 6, this);
    m_results->setObjectName(QStringLiteral("whatIfResults"));
    m_results->setAccessibleName(tr("What-if differences"));
    m_results->setHorizontalHeaderLabels(
        {tr("Change"), tr("What"), tr("Kind"), tr("Was"), tr("Would be"), tr("Shift")});
    m_results->verticalHeader()->hide();
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAlternatingRowColors(true);
    m_results->setShowGrid(false);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_results->setToolTip(tr("Double-click a row to move the timeline there"));
    addEmptyState(m_results);
    setEmptyText(m_results, notRunYet());
    layout->addWidget(m_results, 1);

    m_fidelity = new QLabel(this);
    m_fidelity->setObjectName(QStringLiteral("whatIfFidelity"));
    m_fidelity->setWordWrap(true);
    m_fidelity->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_fidelity);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (auto edited = editedCatalog()) {
            emit runRequested(*edited, editedSections());
        }
    });
    connect(m_cancelRun, &QPushButton::clicked, this, &WhatIfDialog::cancelRequested);
    connect(m_pages, &QTabWidget::currentChanged, this, &WhatIfDialog::updateEdit);
    connect(m_results, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const QVariant at = m_results->item(row, ChangeColumn)->data(kTimeRole);
        if (at.isValid()) {
            emit timeRequested(Timestamp{std::chrono::seconds{at.toLongLong()}});
        }
    });
    setBusy(false);
    resize(860, 620);
}

void WhatIfDialog::buildCpuPage(QWidget* page) {
    auto* layout = new QVBoxLayout(page);
    auto* hint = new QLabel(tr("Each tier's CPU limit; the recommendations that watch CPU fire at "
                               "a share of it. A lower limit is stricter."),
                            page);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_cpuTable = new QTableWidget(0, 3, page);
    m_cpuTable->setObjectName(QStringLiteral("cpuLimits"));
    m_cpuTable->setAccessibleName(tr("CPU limit per tier"));
    m_cpuTable->setHorizontalHeaderLabels({tr("Tier"), tr("Stored limit"), tr("What if")});
    m_cpuTable->verticalHeader()->hide();
    m_cpuTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cpuTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_cpuTable->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_cpuTable);
}

void WhatIfDialog::buildFilePage(QWidget* page) {
    auto* layout = new QVBoxLayout(page);
    auto* hint =
        new QLabel(tr("A JSON file of catalog sections (tiers, modes, recommendations, …); "
                      "each section it holds replaces the stored one, as "
                      "<tt>headroom replay --catalog FILE</tt> does."),
                   page);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto* row = new QHBoxLayout;
    m_filePath = new QLineEdit(page);
    m_filePath->setObjectName(QStringLiteral("catalogFilePath"));
    m_filePath->setReadOnly(true);
    m_filePath->setPlaceholderText(tr("No file chosen"));
    m_filePath->setAccessibleName(tr("Catalog file"));
    auto* browse = new QPushButton(tr("&Choose…"), page);
    browse->setObjectName(QStringLiteral("chooseCatalogFile"));
    row->addWidget(m_filePath, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    m_fileStatus = new QLabel(page);
    m_fileStatus->setObjectName(QStringLiteral("catalogFileStatus"));
    m_fileStatus->setWordWrap(true);
    layout->addWidget(m_fileStatus);
    layout->addStretch();
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Catalog file for the what-if"), m_filePath->text(),
            tr("Catalog JSON (*.json);;All files (*)"));
        if (!path.isEmpty()) {
            loadCatalogFile(path);
        }
    });
}

void WhatIfDialog::setBaseline(const Catalog& baseline, const QString& workspaceTitle) {
    m_baseline = baseline;
    m_report.reset();
    m_fileText.reset();
    m_fileName.clear();
    m_filePath->clear();
    m_fileStatus->clear();
    m_intro->setText(tr("Re-run the engine over every stored snapshot of <b>%1</b> with an edited "
                        "catalog and compare it with the same run under the catalog it was "
                        "stored with. Nothing stored changes.")
                         .arg(workspaceTitle.toHtmlEscaped()));
    const Wording words;
    m_cpuTable->setRowCount(0);
    m_cpuBoxes.clear();
    for (const Tier& tier : m_baseline.tiers) {
        const int row = m_cpuTable->rowCount();
        m_cpuTable->insertRow(row);
        m_cpuTable->setItem(row, 0, cell(QString::fromStdString(tier.name)));
        const auto limit = cpuLimitOf(tier);
        m_cpuTable->setItem(row, 1, cell(limit ? words.percent(*limit) : tr("none")));
        auto* box = new QDoubleSpinBox(m_cpuTable);
        box->setObjectName(QStringLiteral("cpuLimit_%1").arg(QString::fromStdString(tier.id)));
        box->setAccessibleName(
            tr("What-if CPU limit of %1").arg(QString::fromStdString(tier.name)));
        box->setRange(1.0, 100.0);
        box->setDecimals(0);
        box->setSuffix(tr(" %"));
        box->setValue(limit ? *limit * 100.0 : 100.0);
        box->setEnabled(limit.has_value());
        connect(box, &QDoubleSpinBox::valueChanged, this, &WhatIfDialog::updateEdit);
        m_cpuTable->setCellWidget(row, 2, box);
        m_cpuBoxes.push_back(box);
    }
    m_results->setRowCount(0);
    setEmptyText(m_results, notRunYet());
    m_summary->clear();
    m_fidelity->clear();
    m_progress->reset();
    m_progressLabel->clear();
    updateEdit();
}

bool WhatIfDialog::setCpuLimit(const std::string& tierId, double fraction) {
    for (std::size_t i = 0; i < m_baseline.tiers.size(); ++i) {
        if (m_baseline.tiers[i].id == tierId && m_cpuBoxes[i]->isEnabled()) {
            m_pages->setCurrentIndex(0);
            m_cpuBoxes[i]->setValue(fraction * 100.0);
            return true;
        }
    }
    return false;
}

bool WhatIfDialog::loadCatalogFile(const QString& path) {
    m_pages->setCurrentIndex(1);
    m_filePath->setText(QDir::toNativeSeparators(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_fileText.reset();
        m_fileStatus->setText(tr("The file cannot be read: %1").arg(file.errorString()));
    } else {
        m_fileText = file.readAll().toStdString();
        m_fileName = QFileInfo(path).fileName();
        const auto sections = catalogSectionsIn(*m_fileText);
        QStringList names;
        for (const auto& s : sections) {
            names << QString::fromStdString(s);
        }
        m_fileStatus->setText(names.isEmpty()
                                  ? tr("The file holds no catalog section.")
                                  : tr("Replaces: %1").arg(names.join(QStringLiteral(", "))));
    }
    updateEdit();
    return editedCatalog().has_value();
}

std::vector<std::string> WhatIfDialog::editedSections() const {
    if (m_pages->currentIndex() == 0) {
        return {"tiers"};
    }
    return m_fileText ? catalogSectionsIn(*m_fileText) : std::vector<std::string>{};
}

std::optional<Catalog> WhatIfDialog::editedCatalog() const {
    auto edit = buildEdit();
    return edit ? std::optional<Catalog>(std::move(*edit)) : std::nullopt;
}

std::expected<Catalog, QString> WhatIfDialog::buildEdit() const {
    if (m_pages->currentIndex() == 0) {
        Catalog edited = m_baseline;
        bool changed = false;
        for (std::size_t i = 0; i < edited.tiers.size() && i < m_cpuBoxes.size(); ++i) {
            for (MetricLimit& limit : edited.tiers[i].limits) {
                if (limit.metric == MetricId::CpuUtilization) {
                    const double value = m_cpuBoxes[i]->value() / 100.0;
                    // The boxes show whole percent: an untouched box keeps the stored value.
                    if (std::abs(value - limit.limit) >= 0.005) {
                        limit.limit = value;
                        changed = true;
                    }
                }
            }
        }
        if (!changed) {
            return std::unexpected(tr("Change a CPU limit to see what would have been different."));
        }
        if (auto ok = validateCatalog(edited); !ok) {
            return std::unexpected(QString::fromStdString(ok.error().message));
        }
        return edited;
    }
    if (!m_fileText) {
        return std::unexpected(tr("Choose a catalog file."));
    }
    auto edited = loadCatalogOver(m_baseline, *m_fileText, m_fileName.toStdString());
    if (!edited) {
        return std::unexpected(QString::fromStdString(edited.error().message));
    }
    if (catalogSectionsIn(*m_fileText).empty()) {
        return std::unexpected(tr("The file holds no catalog section."));
    }
    return std::move(*edited);
}

void WhatIfDialog::updateEdit() {
    const auto edit = buildEdit();
    const bool valid = edit.has_value();
    m_problem = valid ? QString() : edit.error();
    // Always laid out (empty when all is well), so the Run button never jumps under the mouse.
    m_problemLabel->setText(m_problem);
    m_run->setEnabled(valid && !m_running);
}

void WhatIfDialog::setBusy(bool busy) {
    m_running = busy;
    m_pages->setEnabled(!busy);
    m_cancelRun->setVisible(busy);
    m_progress->setVisible(busy);
    m_progressLabel->setVisible(busy);
    updateEdit();
}

void WhatIfDialog::setRunning(const JobProgress& progress) {
    if (!m_running) {
        setBusy(true);
        m_results->setRowCount(0);
        m_summary->setText(tr("Re-evaluating…"));
        setEmptyText(m_results, tr("Re-evaluating…"));
        m_fidelity->clear();
    }
    if (progress.total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000.0 * double(progress.done) / double(progress.total)));
    } else {
        m_progress->setRange(0, 0); // busy
    }
    m_progressLabel->setText(ReplayWording::jobPhase(progress.phase));
}

void WhatIfDialog::setReport(const WhatIfReport& report) {
    setBusy(false);
    m_report = report;
    showReport();
}

void WhatIfDialog::setFailed(const QString& message) {
    setBusy(false);
    m_summary->setText(tr("The what-if did not run: %1").arg(message));
    setEmptyText(m_results, notRunYet());
}

void WhatIfDialog::setCancelled() {
    setBusy(false);
    m_summary->setText(tr("Stopped; nothing was kept."));
    setEmptyText(m_results, notRunYet());
}

void WhatIfDialog::showReport() {
    const WhatIfReport& report = *m_report;
    const Wording words;
    m_results->setRowCount(0);
    setEmptyText(m_results, tr("No difference to list: the edited catalog changes nothing here."));
    auto addRow = [&](const WhatIfRow& row, const QString& kind) {
        const int r = m_results->rowCount();
        m_results->insertRow(r);
        auto* change = cell(ReplayWording::whatIfChange(row.change));
        const auto at = row.wouldBe ? row.wouldBe : row.was;
        if (at) {
            change->setData(kTimeRole, qlonglong(at->time_since_epoch().count()));
        }
        m_results->setItem(r, ChangeColumn, change);
        m_results->setItem(r, WhatColumn, cell(ReplayWording::whatIfKey(row, m_baseline)));
        m_results->setItem(r, KindColumn, cell(kind));
        m_results->setItem(r, WasColumn, cell(row.was ? words.dateTime(*row.was) : tr("—")));
        m_results->setItem(r, WouldBeColumn,
                           cell(row.wouldBe ? words.dateTime(*row.wouldBe) : tr("never")));
        m_results->setItem(
            r, ShiftColumn,
            cell(row.was && row.wouldBe ? ReplayWording::shift(row.shift) : QString()));
    };
    // "When would I first have been told" leads: it is the question a stricter limit answers.
    for (const WhatIfRow& row : report.firstOpenings) {
        addRow(row, tr("First raised"));
    }
    for (const WhatIfRow& row : report.rows) {
        addRow(row, ReplayWording::whatIfSubject(row.subject));
    }
    const auto earlier = std::ranges::count_if(report.firstOpenings, [](const WhatIfRow& r) {
        return r.change == WhatIfChange::Earlier || r.change == WhatIfChange::New;
    });
    QString summary = ReplayWording::whatIfCounts(report.counts);
    if (earlier > 0) {
        summary = (earlier == 1
                       ? tr("1 recommendation would have been raised earlier. ")
                       : tr("%1 recommendations would have been raised earlier. ").arg(earlier)) +
                  summary;
    } else if (report.rows.empty() && report.firstOpenings.empty()) {
        summary = tr("Nothing would have been different over %1 stored snapshots.")
                      .arg(QLocale().toString(qulonglong(report.baseline.snapshots)));
    }
    m_summary->setText(summary);
    m_fidelity->setText(ReplayWording::fidelity(report.fidelity));
}

} // namespace headroom::ui
