#pragma once
// WhatIfDialog: "What if…" for the shown workspace or opened bundle (issue 6). The founder edits
// the catalog the history was stored under (each tier's CPU limit, or a catalog file whose
// sections replace the stored ones, as `headroom replay --catalog`), runs the re-evaluation and
// reads the difference: which recommendations would have come earlier, later, not at all or new,
// when the mode advice and the tier would have changed, and how faithfully the stored history
// replays. Double-clicking a row asks for the timeline's cursor at that moment.
//
// It never talks to the engine: Run emits runRequested with the edited catalog and the sections
// it changes; MainWindow starts the job and hands back progress, the report, an error or the
// cancellation. The edit is validated as it is typed (validateCatalog), and Run stays disabled
// while it is invalid or changes nothing.

#include "model/Catalog.h"
#include "model/JobProgress.h"
#include "replay/WhatIfTypes.h"

#include <expected>
#include <optional>
#include <string>
#include <vector>

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace headroom::ui {

class WhatIfDialog : public QDialog {
    Q_OBJECT

public:
    explicit WhatIfDialog(QWidget* parent = nullptr);

    // The catalog to edit (the history's own) and the workspace's name for the title. Resets
    // the edit and the results.
    void setBaseline(const Catalog& baseline, const QString& workspaceTitle);
    const Catalog& baseline() const { return m_baseline; }

    // The edit as it stands: the edited catalog and its changed sections, or nullopt with the
    // reason in problem() (nothing changed, an invalid value or file; kept by every edit).
    std::optional<Catalog> editedCatalog() const;
    std::vector<std::string> editedSections() const;
    QString problem() const { return m_problem; }

    // Sets a tier's CPU limit in the edit (the spin boxes show percent); for tests and scripts.
    bool setCpuLimit(const std::string& tierId, double fraction);
    // Loads a catalog file's text as the edit (the "Catalog file" page); false with problem().
    bool loadCatalogFile(const QString& path);

    // From MainWindow: the run's course.
    void setRunning(const JobProgress& progress);
    void setReport(const WhatIfReport& report);
    void setFailed(const QString& message);
    void setCancelled();
    bool isRunning() const { return m_running; }
    const std::optional<WhatIfReport>& report() const { return m_report; }

    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelRunButton() const { return m_cancelRun; }
    QTableWidget* resultsTable() const { return m_results; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* problemLabel() const { return m_problemLabel; }

signals:
    void runRequested(const headroom::Catalog& edited, const std::vector<std::string>& sections);
    void cancelRequested();
    // A result row was double-clicked: the moment it happened (or would have).
    void timeRequested(headroom::Timestamp at);

private:
    void buildCpuPage(QWidget* page);
    void buildFilePage(QWidget* page);
    // The edited catalog, or why there is none.
    std::expected<Catalog, QString> buildEdit() const;
    void updateEdit();
    void showReport();
    void setBusy(bool busy);

    Catalog m_baseline;
    std::optional<std::string> m_fileText; // the loaded catalog file
    QString m_fileName;
    QString m_problem;
    bool m_running = false;
    std::optional<WhatIfReport> m_report;

    QLabel* m_intro = nullptr;
    QTabWidget* m_pages = nullptr;
    QTableWidget* m_cpuTable = nullptr;
    std::vector<QDoubleSpinBox*> m_cpuBoxes; // one per baseline tier, in order
    QLineEdit* m_filePath = nullptr;
    QLabel* m_fileStatus = nullptr;
    QLabel* m_problemLabel = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancelRun = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressLabel = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_results = nullptr;
    QLabel* m_fidelity = nullptr;
};

} // namespace headroom::ui
