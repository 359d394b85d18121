#pragma once
// StrainTestsDialog: the Strain Tests view of one workspace (non-modal, opened from the Overview
// tab and Scaling > Strain tests…). The run form (StrainRunForm) above a live chart of the
// running test (StrainLiveChart) with its progress, counters and Cancel; below, the workspace's
// stored runs (StrainRunModel) with "Set as baseline", and the selected run's criteria and its
// comparison with the baseline (StrainComparisonPanel).
//
// Before a run starts the dialog plans it (planRun, as the engine will): a refusal is shown
// inline and nothing is sent; a target that is not this computer is named with the load it
// would receive and sent only on an explicit Yes (the engine refuses it otherwise). The engine
// runs the load off the GUI thread; progress, the end and errors arrive through EngineBridge,
// matched by request id. Closing the dialog cancels its run (the engine stores it as cancelled).
// The last target URL and scenario are kept in the QSettings group "strain".

#include "engine/Engine.h"
#include "engine/StrainJob.h"

#include <functional>
#include <optional>

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QSettings;
class QTableView;

namespace headroom::ui {

class EngineBridge;
class StrainComparisonPanel;
class StrainLiveChart;
class StrainRunForm;
class StrainRunModel;

struct StrainDialogContext {
    QString workspace;      // the engine's name ("local", "demo", "bundle:...")
    QString workspaceTitle; // what people read in the window title
    bool isDemo = false;
};

class StrainTestsDialog : public QDialog {
    Q_OBJECT

public:
    // Asked before traffic goes to a computer other than this one: the hosts and the whole
    // question; true only for an explicit yes. The default shows a QMessageBox (No by default).
    using RemoteConfirmation = std::function<bool(const QStringList& hosts, const QString& text)>;

    StrainTestsDialog(Engine& engine, EngineBridge& bridge, StrainDialogContext context,
                      QSettings& settings, QWidget* parent = nullptr);
    ~StrainTestsDialog() override;

    QString workspace() const { return m_context.workspace; }
    void setRemoteConfirmation(RemoteConfirmation confirm) { m_confirm = std::move(confirm); }

    bool isRunning() const { return m_runJob != 0; }
    bool hasView() const { return m_view.has_value(); }
    QString errorText() const; // the engine's or the plan's refusal shown, empty when none
    QString statusText() const;
    std::optional<RowId> selectedRunId() const;
    bool selectRun(RowId id);

    StrainRunForm* form() const { return m_form; }
    StrainRunModel* runModel() const { return m_model; }
    QTableView* historyView() const { return m_history; }
    StrainLiveChart* chart() const { return m_chart; }
    StrainComparisonPanel* comparisonPanel() const { return m_panel; }
    QPushButton* runButton() const { return m_runButton; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    QPushButton* baselineButton() const { return m_baselineButton; }
    QProgressBar* progressBar() const { return m_progress; }

public slots:
    void refresh();
    // Plans, asks for a remote target, then starts the run; false when nothing was started.
    bool run();
    void cancelRun();
    void setSelectedAsBaseline();
    void reject() override;

private:
    QWidget* buildRunBox();
    QWidget* buildHistory();
    void connectBridge();
    void showView(const StrainView& view);
    void showProgress(const LoadProgress& progress);
    void finishRun(const StrainJobOutcome& outcome);
    void showSelected();
    void updateButtons();
    void setRunning(bool running);
    void showError(const QString& text);
    void clearError();
    bool confirmRemote(const StrainPlan& plan);

    Engine& m_engine;
    EngineBridge& m_bridge;
    StrainDialogContext m_context;
    QSettings& m_settings;
    RemoteConfirmation m_confirm;
    std::optional<StrainView> m_view;
    RequestId m_viewRequest = 0;
    RequestId m_runJob = 0;
    RequestId m_baselineRequest = 0;
    RowId m_selectAfterView = 0; // a finished run selects itself once the view lists it

    QLabel* m_demoBadge = nullptr;
    QLabel* m_error = nullptr;
    StrainRunForm* m_form = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_sent = nullptr;
    QLabel* m_answered = nullptr;
    QLabel* m_errors = nullptr;
    QLabel* m_dropped = nullptr;
    QLabel* m_status = nullptr;
    StrainLiveChart* m_chart = nullptr;
    StrainRunModel* m_model = nullptr;
    QTableView* m_history = nullptr;
    QPushButton* m_baselineButton = nullptr;
    StrainComparisonPanel* m_panel = nullptr;
};

} // namespace headroom::ui
