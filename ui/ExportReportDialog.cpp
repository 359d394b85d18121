#include "ExportReportDialog.h"

#include "ConsoleTheme.h"
#include "ReportOutputPaths.h"
#include "report/ReportWording.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {

constexpr int kPreviewWidth = 300;                            // pixels, at a device ratio of 1
constexpr int kPreviewHeight = kPreviewWidth * 297 / 210 + 1; // A4
constexpr int kPreviewDelayMs = 400; // new figures: the founder is probably still typing
constexpr int kRenderDelayMs = 250;  // the same figures drawn again (company, logo)

Timestamp startOfUtcDay(QDate day) {
    return Timestamp{
        std::chrono::seconds{QDateTime(day, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch()}};
}

// The locale's short date, as the rest of the console shows days, with the year in full: "yy"
// would make 2026 and 1926 look alike in a period picker.
QString dateEditFormat() {
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy"))) {
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    }
    return format;
}

// A status of the preview ("Preparing preview…") is said once: in the preview's box while it
// has no page to show, else under the page, which stays until the new one arrives.
void showPreviewStatus(QLabel* preview, QLabel* note, bool hasPage, const QString& text) {
    if (hasPage) {
        note->setText(text);
    } else {
        preview->setText(text);
        note->clear();
    }
}

QHBoxLayout* pathRow(QLineEdit* edit, QPushButton* browse) {
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(edit, 1);
    row->addWidget(browse);
    return row;
}

} // namespace

ExportReportDialog::ExportReportDialog(ReportDialogContext context, QSettings& settings,
                                       QWidget* parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_settings(settings) {
    setObjectName(QStringLiteral("exportReportDialog"));
    setWindowTitle(tr("Export report"));

    auto* form = new QVBoxLayout;
    auto* intro = new QLabel(tr("An investor report of <b>%1</b> as a PDF: key figures against "
                                "the previous period, the trends behind them and how sure the "
                                "data is.")
                                 .arg(m_context.workspaceTitle.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    form->addWidget(intro);
    form->addWidget(buildPeriod());
    form->addWidget(buildSections());
    form->addWidget(buildBranding());
    form->addWidget(buildOutput());
    form->addStretch();

    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addWidget(buildPreview());

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("reportProblem"));
    m_problem->setWordWrap(true);
    ConsoleTheme::setTone(m_problem, Tone::Error);
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("exportReportButton"));
    m_exportButton->setDefault(true);
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        updateProblem();
        if (problem().isEmpty() && !m_exporting) {
            saveSettings();
            setBusy(true);
            m_progressText->setText(tr("Reading history…"));
            emit exportRequested();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportReportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buildProgress());
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportReportDialog::requestPreview);
    m_renderTimer = new QTimer(this);
    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(kRenderDelayMs);
    connect(m_renderTimer, &QTimer::timeout, this, &ExportReportDialog::renderPreview);

    restoreSettings();
    m_previewTimer->stop(); // restoring asked for one; the first is asked for below
    updateDefaultPaths();
    updateLogo();
    updateProblem();
    // The first preview is asked for once the owner is listening (after the constructor).
    m_preview->setText(tr("Preparing preview…"));
    m_previewNote->clear(); // said once, in the preview's box
    QTimer::singleShot(0, this, &ExportReportDialog::requestPreview);
}

ExportReportDialog::~ExportReportDialog() = default;

QWidget* ExportReportDialog::buildPeriod() {
    auto* box = new QGroupBox(tr("Period"), this);
    auto* grid = new QFormLayout(box);
    m_preset = new QComboBox(box);
    m_preset->setObjectName(QStringLiteral("reportPreset"));
    m_preset->addItem(tr("Last 7 days"), int(ReportPeriodPreset::Last7Days));
    m_preset->addItem(tr("Last 30 days"), int(ReportPeriodPreset::Last30Days));
    m_preset->addItem(tr("Last 90 days"), int(ReportPeriodPreset::Last90Days));
    m_preset->addItem(tr("This quarter"), int(ReportPeriodPreset::ThisQuarter));
    m_preset->addItem(tr("Last year"), int(ReportPeriodPreset::LastYear));
    m_preset->addItem(tr("Whole history"), int(ReportPeriodPreset::Whole));
    m_preset->addItem(tr("Custom"), int(ReportPeriodPreset::Custom));
    m_preset->setAccessibleName(tr("Period preset"));
    grid->addRow(tr("&Preset:"), m_preset);

    m_from = new QDateEdit(box);
    m_to = new QDateEdit(box);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateEditFormat());
        edit->setTimeSpec(Qt::UTC);
        connect(edit, &QDateEdit::dateChanged, this, &ExportReportDialog::onPeriodEdited);
    }
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_from->setAccessibleName(tr("First day of the period"));
    m_to->setAccessibleName(tr("Last day of the period, included"));
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), box));
    dates->addWidget(m_to);
    dates->addWidget(new QLabel(tr("(UTC days, both included)"), box));
    dates->addStretch();
    grid->addRow(tr("&From:"), dates);
    qobject_cast<QLabel*>(grid->labelForField(dates))->setBuddy(m_from);

    connect(m_preset, &QComboBox::activated, this,
            [this] { applyPreset(ReportPeriodPreset(m_preset->currentData().toInt())); });
    setSpan(m_context.firstDay, m_context.lastDay);
    return box;
}

QWidget* ExportReportDialog::buildSections() {
    auto* box = new QGroupBox(tr("Sections"), this);
    auto* grid = new QGridLayout(box);
    const std::vector<ReportSection> all = allReportSections();
    for (std::size_t i = 0; i < all.size(); ++i) {
        auto* check = new QCheckBox(ReportWording::sectionTitle(all[i]), box);
        check->setObjectName(QStringLiteral("section_") + QLatin1String(keyOf(all[i])));
        check->setChecked(true);
        connect(check, &QCheckBox::toggled, this, &ExportReportDialog::onDataChoiceChanged);
        grid->addWidget(check, int(i / 2), int(i % 2));
        m_sections.emplace_back(all[i], check);
    }
    return box;
}

QWidget* ExportReportDialog::buildBranding() {
    auto* box = new QGroupBox(tr("Cover"), this);
    auto* form = new QFormLayout(box);
    m_company = new QLineEdit(box);
    m_company->setObjectName(QStringLiteral("reportCompany"));
    m_company->setPlaceholderText(m_context.workspaceTitle);
    m_company->setAccessibleName(tr("Company name"));
    connect(m_company, &QLineEdit::textChanged, this, &ExportReportDialog::onLookChanged);
    form->addRow(tr("&Company name:"), m_company);

    m_logo = new QLineEdit(box);
    m_logo->setObjectName(QStringLiteral("reportLogo"));
    m_logo->setReadOnly(true);
    m_logo->setPlaceholderText(tr("No logo"));
    m_logo->setAccessibleName(tr("Logo file"));
    m_logoThumb = new QLabel(box);
    m_logoThumb->setObjectName(QStringLiteral("reportLogoThumb"));
    m_logoThumb->setFixedSize(64, 32);
    m_logoThumb->setAlignment(Qt::AlignCenter);
    m_logoThumb->setFrameShape(QFrame::StyledPanel);
    auto* choose = new QPushButton(tr("C&hoose…"), box);
    auto* clear = new QPushButton(tr("Clear"), box);
    clear->setObjectName(QStringLiteral("reportLogoClear"));
    connect(choose, &QPushButton::clicked, this, &ExportReportDialog::browseLogo);
    connect(clear, &QPushButton::clicked, this, [this] { setLogoPath({}); });
    auto* row = new QHBoxLayout;
    row->addWidget(m_logoThumb);
    row->addWidget(m_logo, 1);
    row->addWidget(choose);
    row->addWidget(clear);
    form->addRow(tr("Logo:"), row);
    m_logoMessage = new QLabel(box);
    m_logoMessage->setObjectName(QStringLiteral("reportLogoMessage"));
    m_logoMessage->setWordWrap(true);
    ConsoleTheme::setTone(m_logoMessage, Tone::Error);
    m_logoMessage->hide();
    form->addRow(QString(), m_logoMessage);
    return box;
}

QWidget* ExportReportDialog::buildOutput() {
    auto* box = new QGroupBox(tr("Files"), this);
    auto* form = new QFormLayout(box);
    m_pdf = new QLineEdit(box);
    m_pdf->setObjectName(QStringLiteral("reportPdfPath"));
    m_pdf->setAccessibleName(tr("PDF file"));
    auto* browsePdfButton = new QPushButton(tr("&Browse…"), box);
    connect(browsePdfButton, &QPushButton::clicked, this, &ExportReportDialog::browsePdf);
    QHBoxLayout* pdfRow = pathRow(m_pdf, browsePdfButton);
    form->addRow(tr("P&DF:"), pdfRow);
    qobject_cast<QLabel*>(form->labelForField(pdfRow))->setBuddy(m_pdf);

    m_csv = new QCheckBox(tr("Also write CSV tables to folder:"), box);
    m_csv->setObjectName(QStringLiteral("reportWriteCsv"));
    m_csvPath = new QLineEdit(box);
    m_csvPath->setObjectName(QStringLiteral("reportCsvPath"));
    m_csvPath->setAccessibleName(tr("CSV folder"));
    auto* browseCsvButton = new QPushButton(tr("Browse…"), box);
    connect(browseCsvButton, &QPushButton::clicked, this, &ExportReportDialog::browseCsv);
    form->addRow(m_csv);
    form->addRow(QString(), pathRow(m_csvPath, browseCsvButton));

    m_json = new QCheckBox(tr("Also write JSON to file:"), box);
    m_json->setObjectName(QStringLiteral("reportWriteJson"));
    m_jsonPath = new QLineEdit(box);
    m_jsonPath->setObjectName(QStringLiteral("reportJsonPath"));
    m_jsonPath->setAccessibleName(tr("JSON file"));
    auto* browseJsonButton = new QPushButton(tr("Browse…"), box);
    connect(browseJsonButton, &QPushButton::clicked, this, &ExportReportDialog::browseJson);
    form->addRow(m_json);
    form->addRow(QString(), pathRow(m_jsonPath, browseJsonButton));

    connect(m_pdf, &QLineEdit::textEdited, this, [this] { m_pdfFollows = false; });
    connect(m_csvPath, &QLineEdit::textEdited, this, [this] { m_csvFollows = false; });
    connect(m_jsonPath, &QLineEdit::textEdited, this, [this] { m_jsonFollows = false; });
    for (QLineEdit* edit : {m_pdf, m_csvPath, m_jsonPath}) {
        connect(edit, &QLineEdit::textChanged, this, &ExportReportDialog::updateProblem);
    }
    for (QCheckBox* check : {m_csv, m_json}) {
        connect(check, &QCheckBox::toggled, this, [this] {
            m_csvPath->setEnabled(m_csv->isChecked());
            m_jsonPath->setEnabled(m_json->isChecked());
            updateProblem();
        });
    }
    return box;
}

QWidget* ExportReportDialog::buildPreview() {
    auto* box = new QGroupBox(tr("Preview"), this);
    box->setObjectName(QStringLiteral("reportPreviewBox"));
    auto* layout = new QVBoxLayout(box);
    m_preview = new QLabel(box);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setFixedSize(kPreviewWidth + 2, kPreviewHeight + 2);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setWordWrap(true);
    m_preview->setFrameShape(QFrame::Box);
    ConsoleTheme::setBanner(m_preview, Tone::Muted);
    m_preview->setAccessibleName(tr("Preview of the report's first page"));
    m_previewNote = new QLabel(box);
    m_previewNote->setObjectName(QStringLiteral("reportPreviewNote"));
    m_previewNote->setWordWrap(true);
    m_previewNote->setMaximumWidth(kPreviewWidth);
    layout->addWidget(m_preview);
    layout->addWidget(m_previewNote);
    layout->addStretch();
    return box;
}

QWidget* ExportReportDialog::buildProgress() {
    m_progressArea = new QWidget(this);
    auto* layout = new QVBoxLayout(m_progressArea);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_progressText = new QLabel(m_progressArea);
    m_progressText->setObjectName(QStringLiteral("reportProgressText"));
    m_progress = new QProgressBar(m_progressArea);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_cancelButton = new QPushButton(tr("Cancel export"), m_progressArea);
    m_cancelButton->setObjectName(QStringLiteral("reportCancel"));
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportReportDialog::reject);
    row->addWidget(m_progressText);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancelButton);
    layout->addLayout(row);

    auto* done = new QHBoxLayout;
    m_result = new QLabel(m_progressArea);
    m_result->setObjectName(QStringLiteral("reportResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openPdf = new QPushButton(tr("Open &PDF"), m_progressArea);
    m_openPdf->setObjectName(QStringLiteral("reportOpenPdf"));
    m_openFolder = new QPushButton(tr("Open f&older"), m_progressArea);
    m_openFolder->setObjectName(QStringLiteral("reportOpenFolder"));
    connect(m_openPdf, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_writtenPdf)); });
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_writtenPdf).absolutePath()));
    });
    done->addWidget(m_result, 1);
    done->addWidget(m_openPdf);
    done->addWidget(m_openFolder);
    layout->addLayout(done);
    setBusy(false);
    m_result->hide();
    m_openPdf->hide();
    m_openFolder->hide();
    return m_progressArea;
}

void ExportReportDialog::setSpan(std::optional<QDate> firstDay, std::optional<QDate> lastDay) {
    m_context.firstDay = firstDay;
    m_context.lastDay = lastDay;
    const bool known = firstDay && lastDay && firstDay->isValid() && lastDay->isValid();
    const int whole = m_preset->findData(int(ReportPeriodPreset::Whole));
    if (auto* model = qobject_cast<QStandardItemModel*>(m_preset->model())) {
        if (QStandardItem* item = model->item(whole)) {
            item->setEnabled(known);
            item->setToolTip(
                known ? tr("%1 to %2")
                            .arg(firstDay->toString(Qt::ISODate), lastDay->toString(Qt::ISODate))
                      : tr("The stored history's span is not known yet"));
        }
    }
    if (known && m_wantWhole) {
        m_wantWhole = false;
        applyPreset(ReportPeriodPreset::Whole);
    }
}

void ExportReportDialog::applyPreset(ReportPeriodPreset preset) {
    const QDate today =
        m_context.today.isValid() ? m_context.today : QDateTime::currentDateTimeUtc().date();
    QDate from;
    QDate to = today;
    switch (preset) {
    case ReportPeriodPreset::Last7Days:
        from = today.addDays(-6);
        break;
    case ReportPeriodPreset::Last30Days:
        from = today.addDays(-29);
        break;
    case ReportPeriodPreset::Last90Days:
        from = today.addDays(-89);
        break;
    case ReportPeriodPreset::ThisQuarter:
        from = QDate(today.year(), ((today.month() - 1) / 3) * 3 + 1, 1);
        break;
    case ReportPeriodPreset::LastYear: // the calendar year before this one
        from = QDate(today.year() - 1, 1, 1);
        to = QDate(today.year() - 1, 12, 31);
        break;
    case ReportPeriodPreset::Whole:
        if (!m_context.firstDay || !m_context.lastDay) {
            return;
        }
        from = *m_context.firstDay;
        to = *m_context.lastDay;
        break;
    case ReportPeriodPreset::Custom:
        m_preset->setCurrentIndex(m_preset->findData(int(preset)));
        return;
    }
    setPeriod(from, to);
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
}

void ExportReportDialog::setPeriod(QDate from, QDate toInclusive) {
    m_settingPeriod = true;
    m_from->setDate(from);
    m_to->setDate(toInclusive);
    m_settingPeriod = false;
    m_preset->setCurrentIndex(m_preset->findData(int(ReportPeriodPreset::Custom)));
    onDataChoiceChanged();
}

void ExportReportDialog::onPeriodEdited() {
    if (m_settingPeriod) {
        return;
    }
    m_preset->setCurrentIndex(m_preset->findData(int(ReportPeriodPreset::Custom)));
    onDataChoiceChanged();
}

void ExportReportDialog::setCompanyName(const QString& name) {
    m_company->setText(name);
}

void ExportReportDialog::setLogoPath(const QString& path) {
    m_logo->setText(path);
    updateLogo();
    onLookChanged();
}

void ExportReportDialog::setPdfPath(const QString& path) {
    m_pdfFollows = false;
    m_pdf->setText(path);
}

void ExportReportDialog::setSectionChecked(ReportSection section, bool checked) {
    if (QCheckBox* box = sectionBox(section)) {
        box->setChecked(checked);
    }
}

QCheckBox* ExportReportDialog::sectionBox(ReportSection section) const {
    for (const auto& [s, box] : m_sections) {
        if (s == section) {
            return box;
        }
    }
    return nullptr;
}

ReportRequest ExportReportDialog::reportRequest() const {
    ReportRequest request;
    request.workspace = m_context.workspace.toStdString();
    request.from = startOfUtcDay(m_from->date());
    request.to = startOfUtcDay(m_to->date().addDays(1));
    for (const auto& [section, box] : m_sections) {
        if (box->isChecked()) {
            request.sections.push_back(section);
        }
    }
    return request;
}

ReportPdfOptions ExportReportDialog::pdfOptions() const {
    ReportPdfOptions options;
    options.locale = QLocale(); // the console's language and formats
    options.companyName = m_company->text().trimmed();
    options.logoPath = m_logo->text();
    return options;
}

QString ExportReportDialog::pdfPath() const {
    return m_pdf->text().trimmed();
}

QString ExportReportDialog::csvFolder() const {
    return m_csv->isChecked() ? m_csvPath->text().trimmed() : QString();
}

QString ExportReportDialog::jsonPath() const {
    return m_json->isChecked() ? m_jsonPath->text().trimmed() : QString();
}

QString ExportReportDialog::problem() const {
    if (!m_from->date().isValid() || !m_to->date().isValid()) {
        return tr("Choose the period's first and last day.");
    }
    if (m_from->date() > m_to->date()) {
        return tr("The period ends before it starts: choose a To day on or after the From day.");
    }
    const bool anySection = std::ranges::any_of(
        m_sections, [](const auto& entry) { return entry.second->isChecked(); });
    if (!anySection) {
        return tr("Choose at least one section.");
    }
    if (QString p = reportFileProblem(pdfPath(), tr("PDF")); !p.isEmpty()) {
        return p;
    }
    if (m_csv->isChecked()) {
        if (QString p = reportFolderProblem(m_csvPath->text().trimmed()); !p.isEmpty()) {
            return p;
        }
    }
    if (m_json->isChecked()) {
        if (QString p = reportFileProblem(m_jsonPath->text().trimmed(), tr("JSON")); !p.isEmpty()) {
            return p;
        }
    }
    return {};
}

void ExportReportDialog::updateProblem() {
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_exportButton->setEnabled(why.isEmpty() && !m_exporting);
    m_exportButton->setToolTip(why);
}

void ExportReportDialog::onDataChoiceChanged() {
    updateDefaultPaths();
    updateProblem();
    showPreviewStatus(m_preview, m_previewNote, m_previewData.has_value(),
                      tr("Preparing preview…"));
    m_previewTimer->start();
}

void ExportReportDialog::onLookChanged() {
    if (m_previewData) {
        m_renderTimer->start();
    }
}

void ExportReportDialog::requestPreview() {
    const bool anySection = std::ranges::any_of(
        m_sections, [](const auto& entry) { return entry.second->isChecked(); });
    if (m_from->date() > m_to->date() || !anySection) {
        showPreviewStatus(m_preview, m_previewNote, m_previewData.has_value(),
                          tr("No preview: %1").arg(problem()));
        return;
    }
    showPreviewStatus(m_preview, m_previewNote, m_previewData.has_value(),
                      tr("Preparing preview…"));
    emit previewRequested(reportRequest());
}

void ExportReportDialog::setPreviewData(const ReportData& data) {
    m_previewData = data;
    renderPreview();
}

void ExportReportDialog::setPreviewError(const QString& message) {
    m_previewData.reset();
    m_previewImage = QImage();
    m_preview->setPixmap(QPixmap());
    m_preview->setText(tr("The preview could not be prepared:\n%1").arg(message));
    m_previewNote->clear();
}

void ExportReportDialog::renderPreview() {
    if (!m_previewData) {
        return;
    }
    const ReportDocument document(*m_previewData, pdfOptions());
    const qreal ratio = devicePixelRatioF();
    m_previewImage = document.pageImage(0, int(kPreviewWidth * ratio));
    QPixmap pixmap = QPixmap::fromImage(m_previewImage);
    pixmap.setDevicePixelRatio(ratio);
    m_preview->setPixmap(pixmap);
    m_previewNote->setText(
        tr("Page 1 of %1, as it will print.").arg(QString::number(document.pageCount())));
    if (!document.logoProblem().isEmpty()) {
        m_logoMessage->setText(document.logoProblem());
        m_logoMessage->show();
    }
}

void ExportReportDialog::updateLogo() {
    const QString path = m_logo->text();
    m_logoThumb->clear();
    m_logoMessage->hide();
    if (path.isEmpty()) {
        return;
    }
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        m_logoMessage->setText(tr("This image cannot be read (%1); the report is made without a "
                                  "logo.")
                                   .arg(reader.errorString()));
        m_logoMessage->show();
        return;
    }
    m_logoThumb->setPixmap(QPixmap::fromImage(image.scaled(
        m_logoThumb->size() - QSize(4, 4), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

QString ExportReportDialog::defaultBaseName() const {
    QString name = m_context.workspace;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    return QStringLiteral("%1-report-%2-%3")
        .arg(name, m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
}

void ExportReportDialog::updateDefaultPaths() {
    const QString base = defaultBaseName();
    const QString pdfFolder =
        m_pdf->text().isEmpty() ? defaultReportFolder() : QFileInfo(m_pdf->text()).absolutePath();
    if (m_pdfFollows) {
        m_pdf->setText(QDir::toNativeSeparators(QDir(pdfFolder).filePath(base + ".pdf")));
    }
    const QString folder = QFileInfo(m_pdf->text()).absolutePath();
    if (m_csvFollows) {
        m_csvPath->setText(QDir::toNativeSeparators(QDir(folder).filePath(base + "-csv")));
    }
    if (m_jsonFollows) {
        m_jsonPath->setText(QDir::toNativeSeparators(QDir(folder).filePath(base + ".json")));
    }
}

void ExportReportDialog::browsePdf() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save report as"), pdfPath(),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty()) {
        setPdfPath(QDir::toNativeSeparators(path));
        updateDefaultPaths();
    }
}

void ExportReportDialog::browseCsv() {
    const QString path =
        QFileDialog::getExistingDirectory(this, tr("Folder for the CSV tables"), m_csvPath->text());
    if (!path.isEmpty()) {
        m_csvFollows = false;
        m_csvPath->setText(QDir::toNativeSeparators(path));
        m_csv->setChecked(true);
    }
}

void ExportReportDialog::browseJson() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save JSON as"), m_jsonPath->text(),
                                                      tr("JSON documents (*.json)"));
    if (!path.isEmpty()) {
        m_jsonFollows = false;
        m_jsonPath->setText(QDir::toNativeSeparators(path));
        m_json->setChecked(true);
    }
}

void ExportReportDialog::browseLogo() {
    const QString start = m_logo->text().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)
                              : m_logo->text();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a logo"), start, tr("Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif)"));
    if (!path.isEmpty()) {
        setLogoPath(path);
    }
}

void ExportReportDialog::setBusy(bool busy) {
    m_exporting = busy;
    m_cancelRequested = false;
    for (QGroupBox* box : findChildren<QGroupBox*>()) {
        if (box->objectName() != QLatin1String("reportPreviewBox")) {
            box->setEnabled(!busy);
        }
    }
    m_progressText->setVisible(busy);
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_cancelButton->setEnabled(busy);
    if (busy) {
        m_progress->setRange(0, 0);
        m_result->hide();
        m_openPdf->hide();
        m_openFolder->hide();
    }
    updateProblem();
}

void ExportReportDialog::setReading(quint64 done, quint64 total) {
    if (m_cancelRequested) {
        return;
    }
    m_progressText->setText(tr("Reading history…"));
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000.0 * double(done) / double(total)));
    } else {
        m_progress->setRange(0, 0);
    }
}

void ExportReportDialog::setDrawing(int page, int pages) {
    // `page` pages are drawn; the next one is being drawn.
    if (!m_cancelRequested) {
        m_progressText->setText(page < pages ? tr("Drawing page %1 of %2…").arg(page + 1).arg(pages)
                                             : tr("Finishing the PDF…"));
        m_progress->setRange(0, qMax(1, pages));
        m_progress->setValue(page);
    }
    emit drawingProgressed(page, pages);
}

void ExportReportDialog::setWriting(const QString& what) {
    m_progressText->setText(what);
    m_progress->setRange(0, 0);
}

void ExportReportDialog::setSucceeded(const QStringList& written) {
    setBusy(false);
    m_writtenPdf = written.value(0);
    QStringList lines;
    lines << tr("Report saved: %1").arg(QDir::toNativeSeparators(m_writtenPdf));
    for (qsizetype i = 1; i < written.size(); ++i) {
        lines << tr("Also written: %1").arg(QDir::toNativeSeparators(written.at(i)));
    }
    ConsoleTheme::setTone(m_result, Tone::Success);
    m_result->setText(lines.join(QLatin1Char('\n')));
    m_result->show();
    m_openPdf->show();
    m_openFolder->show();
}

void ExportReportDialog::setFailed(const QString& message) {
    setBusy(false);
    ConsoleTheme::setTone(m_result, Tone::Error);
    m_result->setText(message);
    m_result->show();
}

void ExportReportDialog::setCancelled() {
    setBusy(false);
    ConsoleTheme::clearTone(m_result);
    m_result->setText(tr("Cancelled: no file was written or replaced."));
    m_result->show();
}

void ExportReportDialog::reject() {
    if (m_exporting) {
        // Closing while exporting cancels first; the owner confirms with setCancelled.
        if (!m_cancelRequested) {
            m_cancelRequested = true;
            m_cancelButton->setEnabled(false);
            m_progressText->setText(tr("Cancelling…"));
            emit cancelRequested();
        }
        return;
    }
    QDialog::reject();
}

} // namespace headroom::ui
