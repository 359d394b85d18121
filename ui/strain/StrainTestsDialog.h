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
//
// "Edit scenarios…" opens StrainScenarioEditor on the settings in force; a save writes
// strain.json into the user's catalog folder (where the next start and `headroom strain` read
// it) and hands the settings to the engine (Engine::replaceStrainSettings), whose answering view
// refreshes the scenario picker, keeping the picked scenario when it is still there.

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
    QString catalogDir; // where edited scenarios are saved as strain.json; empty: not saved
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
    QPushButton* editScenariosButton() const { return m_editButton; }
    bool isSavingScenarios() const { return m_settingsRequest != 0; }
    QProgressBar* progressBar() const { return m_progress; }

public slots:
    void refresh();
    // Plans, asks for a remote target, then starts the run; false when nothing was started.
    bool run();
    void cancelRun();
    void setSelectedAsBaseline();
    // Opens the scenario editor (modal) on the settings in force; saves what it hands back.
    void editScenarios();
    // Hands the settings to the engine; once it accepted them, writes strain.json (when the
    // context names a catalog folder). The picker refreshes from the engine's answer; a refusal
    // or a file that could not be written shows in the error line.
    void saveScenarios(const StrainSettings& settings);
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
    void scenariosApplied();

    Engine& m_engine;
    EngineBridge& m_bridge;
    StrainDialogContext m_context;
    QSettings& m_settings;
    RemoteConfirmation m_confirm;
    std::optional<StrainView> m_view;
    RequestId m_viewRequest = 0;
    RequestId m_runJob = 0;
    RequestId m_baselineRequest = 0;
    RequestId m_settingsRequest = 0;
    std::optional<StrainSettings> m_pendingSettings; // sent, not yet accepted
    RowId m_selectAfterView = 0; // a finished run selects itself once the view lists it

    QLabel* m_demoBadge = nullptr;
    QLabel* m_error = nullptr;
    StrainRunForm* m_form = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_editButton = nullptr;
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
