#pragma once
// ExportReportDialog: "Export report…" for the shown workspace (a live one or an opened bundle).
// The founder sets the period (UTC days, the To day included, or a preset), the sections, the
// company name and logo, the PDF's path and whether CSV tables and a JSON document are written
// beside it; a preview shows the report's first page as it will print. The dialog computes
// nothing and reads nothing: it asks its owner for the report's figures (previewRequested,
// answered by setPreviewData / setPreviewError) and for the export (exportRequested, followed by
// setReading / setDrawing / setWriting and one of setSucceeded / setFailed / setCancelled).
// Its choices are remembered in the QSettings group "report" it is given.

#include "report/ReportData.h"
#include "report/ReportDocument.h"

#include <optional>

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QTimer;
class QWidget;

namespace headroom::ui {

// Where the dialog starts from.
struct ReportDialogContext {
    QString workspace;             // the engine's name: "demo", "bundle:<label>"
    QString workspaceTitle;        // the company name's placeholder
    QDate today;                   // the default To day (UTC): today, or the replay cursor's day
    std::optional<QDate> firstDay; // the workspace's stored span, when known
    std::optional<QDate> lastDay;
};

// The period presets; keyOf-style names are what QSettings keeps.
enum class ReportPeriodPreset {
    Last7Days,
    Last30Days,
    Last90Days,
    ThisQuarter,
    LastYear,
    Whole,
    Custom
};

class ExportReportDialog : public QDialog {
    Q_OBJECT

public:
    ExportReportDialog(ReportDialogContext context, QSettings& settings, QWidget* parent = nullptr);
    ~ExportReportDialog() override;

    const QString& workspace() const { return m_context.workspace; }
    // The workspace's stored span arrived: "Whole history" becomes available.
    void setSpan(std::optional<QDate> firstDay, std::optional<QDate> lastDay);

    // The dialog as it stands.
    ReportRequest reportRequest() const; // [From 00:00 UTC, the day after To 00:00 UTC)
    ReportPdfOptions pdfOptions() const;
    QString pdfPath() const;
    QString csvFolder() const; // empty: no CSV tables
    QString jsonPath() const;  // empty: no JSON
    // Why Export is refused, or empty when it can go.
    QString problem() const;

    void applyPreset(ReportPeriodPreset preset);
    void setPeriod(QDate from, QDate toInclusive);
    void setCompanyName(const QString& name);
    void setLogoPath(const QString& path);
    void setPdfPath(const QString& path);
    void setSectionChecked(ReportSection section, bool checked);

    // ---- answers from the owner ----
    void setPreviewData(const ReportData& data);
    void setPreviewError(const QString& message);
    // Export phases: reading the history (done of total, 0 = unknown), drawing page k of n,
    // writing the CSV tables and the JSON.
    void setReading(quint64 done, quint64 total);
    void setDrawing(int page, int pages);
    void setWriting(const QString& what);
    // `written`: every file written, the PDF first.
    void setSucceeded(const QStringList& written);
    void setFailed(const QString& message);
    void setCancelled();
    bool isExporting() const { return m_exporting; }
    bool isCancelRequested() const { return m_cancelRequested; }

    // The remembered choices are written when Export is pressed.
    void saveSettings() const;

    // For tests and the owner.
    QLabel* previewLabel() const { return m_preview; }
    // The preview last drawn (null until the figures arrived).
    const QImage& previewImage() const { return m_previewImage; }
    QLabel* problemLabel() const { return m_problem; }
    QLabel* resultLabel() const { return m_result; }
    QPushButton* exportButton() const { return m_exportButton; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    QComboBox* presetCombo() const { return m_preset; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QLineEdit* companyEdit() const { return m_company; }
    QLineEdit* pdfEdit() const { return m_pdf; }
    QCheckBox* sectionBox(ReportSection section) const;
    QCheckBox* csvBox() const { return m_csv; }
    QCheckBox* jsonBox() const { return m_json; }
    QLineEdit* csvEdit() const { return m_csvPath; }
    QLineEdit* jsonEdit() const { return m_jsonPath; }

signals:
    // The figures of the preview are needed for `request` (debounced; the newest only matters).
    void previewRequested(const headroom::ReportRequest& request);
    // Export pressed with a valid set-up; the owner reads the dialog's accessors.
    void exportRequested();
    // Cancel pressed (or the dialog closed) while exporting.
    void cancelRequested();
    // A page was drawn (after setDrawing); tests hook in here.
    void drawingProgressed(int page, int pages);

protected:
    void reject() override;

private:
    QWidget* buildPeriod();
    QWidget* buildSections();
    QWidget* buildBranding();
    QWidget* buildOutput();
    QWidget* buildPreview();
    QWidget* buildProgress();
    void restoreSettings();
    void onPeriodEdited();
    void onDataChoiceChanged(); // period or sections: new figures needed
    void onLookChanged();       // company or logo: the same figures drawn again
    void requestPreview();
    void renderPreview();
    void updateLogo();
    void updateDefaultPaths();
    void updateProblem();
    void setBusy(bool busy);
    void browsePdf();
    void browseCsv();
    void browseJson();
    void browseLogo();
    QString defaultBaseName() const;

    ReportDialogContext m_context;
    QSettings& m_settings;

    QComboBox* m_preset = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    std::vector<std::pair<ReportSection, QCheckBox*>> m_sections;
    QLineEdit* m_company = nullptr;
    QLineEdit* m_logo = nullptr;
    QLabel* m_logoThumb = nullptr;
    QLabel* m_logoMessage = nullptr;
    QLineEdit* m_pdf = nullptr;
    QCheckBox* m_csv = nullptr;
    QLineEdit* m_csvPath = nullptr;
    QCheckBox* m_json = nullptr;
    QLineEdit* m_jsonPath = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_previewNote = nullptr;
    QWidget* m_progressArea = nullptr;
    QLabel* m_progressText = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_openPdf = nullptr;
    QPushButton* m_openFolder = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_exportButton = nullptr;
    QTimer* m_previewTimer = nullptr; // debounces new figures
    QTimer* m_renderTimer = nullptr;  // debounces redrawing the same figures

    std::optional<ReportData> m_previewData;
    QImage m_previewImage;
    bool m_pdfFollows = true; // the paths follow the period until the founder edits them
    bool m_csvFollows = true;
    bool m_jsonFollows = true;
    bool m_settingPeriod = false;
    bool m_wantWhole = false; // "Whole history" restored before the span was known
    bool m_exporting = false;
    bool m_cancelRequested = false;
    QString m_writtenPdf;
};

} // namespace headroom::ui
