#pragma once
// MainWindow: assembles the console: the header (workspace switcher, demo badge, range, "Poll
// now", last update, "Sources…") above four tabs (Overview, AI capacity, Recommendations,
// History). Ctrl+1..4 open the tabs, F5 polls and refreshes, Ctrl+Shift+S opens the Sources
// dialog. Once the live workspace's sources arrive it has their secrets read from the keychain
// and provided to the engine (SourceSecrets). It routes
// requests to the Engine and answers from the EngineBridge to the tabs; it computes nothing.
//
// Use: construct it before Engine::start() (it registers its bridge as a listener), then start
// the engine and show the window; the first requests go out when the event loop runs. The
// destructor stops the engine, because the engine's thread must not call a destroyed bridge.

#include "ConsolePreferences.h"
#include "engine/Engine.h"

#include <map>
#include <memory>
#include <optional>
#include <set>

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>
#include <QSettings>

class QComboBox;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace headroom::ui {

class AiCapacityTab;
class EngineBridge;
class HistoryTab;
class OverviewTab;
class RecommendationsTab;
struct ReplayMark;
class SecretStore;
class SourceSecrets;
class SourcesDialog;

struct ConsoleOptions {
    // Workspace shown first; empty: the last one shown, else the demo workspace, else the first.
    QString initialWorkspace;
    // Where window geometry, splitter states and the last workspace persist; empty:
    // <AppConfigLocation>/console.ini (under QStandardPaths' test mode in tests).
    QString settingsPath;
    // Where source secrets are kept; must outlive the window. Null: the desktop keychain.
    SecretStore* secretStore = nullptr;
    // Where the budgets and rates dialog saves costs.json (the user's catalog folder); empty:
    // edits last for the session only.
    QString catalogDir;
    // Applies the appearance chosen in Preferences; must outlive the window. Null: the window
    // keeps its own.
    class ConsoleTheme* theme = nullptr;
    // Shows the first-run screen when the preferences say it was not seen yet (the console;
    // tests and --self-test leave it off).
    bool firstRunScreen = false;
};

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(Engine& engine, ConsoleOptions options = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    QString currentWorkspace() const { return m_currentName; }
    bool isDemoShown() const;
    // Shows that workspace; called before the workspace list arrived, it is shown first.
    void selectWorkspace(const QString& name);

    EngineBridge* bridge() const { return m_bridge; }
    QTabWidget* tabs() const { return m_tabs; }
    OverviewTab* overviewTab() const { return m_overview; }
    AiCapacityTab* aiCapacityTab() const { return m_ai; }
    RecommendationsTab* recommendationsTab() const { return m_recommendations; }
    HistoryTab* historyTab() const { return m_history; }
    SourceSecrets* sourceSecrets() const { return m_sourceSecrets; }
    // The Sources dialog once it was opened (it is kept and reused), else null.
    SourcesDialog* sourcesDialog() const { return m_sourcesDialog; }
    // The live workspace's name once the workspace list arrived.
    QString liveWorkspace() const;
    // The menu bar's menus; each part of the console adds its actions in its setup function.
    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* scalingMenu() const { return m_scalingMenu; }
    QMenu* helpMenu() const { return m_helpMenu; }

    // ---- history stream public ----
    // Asks the engine to check the shown workspace's hash chain; the History tab's banner shows
    // the answer (the History tab's button and Scaling > Verify history call it).
    void verifyHistory();
    // ---- end history stream public ----
    // ---- scaling stream public ----
    class ScalingPanel* scalingPanel() const {
        return m_scalingPanel;
    }
    // Opens "Scaling settings…" window-modal (not blocking) for the shown workspace; on OK the
    // change goes to the engine. Null until the workspace's scaling view arrived.
    class ScalingConfigDialog* openScalingSettings();
    void refreshScaling();
    // ---- end scaling stream public ----
    // ---- end scaling stream public ----
    // ---- policies stream public ----
    // ---- end policies stream public ----
    // ---- alerts stream public ----
    // (Elaborated "class X*": declares the ui type without touching the shared forward list.)
    class AlertsPanel* alertsPanel() const {
        return m_alertsPanel;
    }
    class TrayNotifier* trayNotifier() const {
        return m_trayNotifier;
    }
    class ChannelSecrets* channelSecrets() const {
        return m_channelSecrets;
    }
    // Opens (or raises) the Notifications dialog; it is kept and reused.
    class NotificationSettingsDialog* openNotificationSettings();
    // ---- end alerts stream public ----
    // ---- governance stream public ----
    // The Overview's resource monitor, the Recommendations tab's key metrics line, the "Tier
    // readiness…" dialog (null until opened) and the latest governance answer.
    class ResourceMonitorPanel* resourceMonitorPanel() const {
        return m_resourceMonitor;
    }
    QLabel* keyMetricsLabel() const { return m_keyMetrics; }
    class ChecklistDialog* checklistDialog() const {
        return m_checklistDialog;
    }
    ChecklistDialog* openTierReadiness();
    // "Record outcome…" for an accepted recommendation of the current workspace (window-modal).
    class OutcomeDialog* openOutcomeDialog(RowId recommendationId);
    const std::optional<GovernanceView>& governance() const { return m_governance; }
    void refreshGovernance();
    // ---- end governance stream public ----
    // ---- replay stream public (MainWindowReplay.cpp) ----
    // The timeline bar under the tabs: always shown for an opened bundle, on request (View >
    // Timeline) for a live workspace. Moving its cursor off the latest moment shows every tab
    // as it was then, read-only.
    class ReplayBar* replayBar() const {
        return m_replayBar;
    }
    // The moment shown when replaying; unset: the latest (live) state.
    std::optional<Timestamp> replayedAt() const { return m_replayAt; }
    bool isBundleShown() const;
    void setTimelineVisible(bool visible);
    // File > Open bundle… with a chosen file: opens it as a job with progress and Cancel, then
    // shows it. Returns the job's id.
    RequestId openBundle(const QString& path);
    // File > Export bundle…: the dialog (window-modal); on Export the job starts.
    class ExportBundleDialog* openExportDialog();
    RequestId exportBundle(const BundleExportRequest& request);
    void closeBundle();
    // Replay > What if…: the dialog for the shown workspace (kept and reused); null until the
    // workspace's replay span arrived.
    class WhatIfDialog* openWhatIf();
    class JobProgressDialog* jobDialog() const {
        return m_jobDialog;
    }
    // ---- end replay stream public ----

public slots:
    void refreshWorkspaces();
    void refreshView();
    void refreshHistory();
    void pollNow();
    // F5: polls the live sources (live workspace) and reloads the view and history.
    void refreshAll();
    // Ctrl+Shift+S: the Sources dialog of the live workspace (window-modal, not blocking).
    void openSourcesDialog();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildHeader();
    void buildShortcuts();
    QString pollToolTip(bool demo) const;
    void connectBridge();
    void saveSettings();
    TimeRange chartRange() const;
    // The History tab's query for the shown workspace, cut at the replayed moment if any.
    HistoryQuery historyQuery() const;
    void showWorkspaces(const std::vector<Workspace>& workspaces);
    void showView(const WorkspaceView& view);
    void showError(quint64 requestId, const Error& error);
    // The AI Capacity tab's cost report (MainWindowCosts.cpp).
    void connectCosts();
    void refreshCosts();
    void refreshCostsIfOld(); // after a live snapshot: the report reads the whole ledger

    void editCostSettings();
    void importLedger();
    void setupCostActions(); // after buildMenus(): File > Import…, Scaling > Budgets and rates…
    // A busy bar in the status bar while a request that can take long is in flight (a ledger
    // import, a history verification); it names what runs in its tooltip.
    void beginBusy(RequestId id, const QString& what);
    void endBusy(RequestId id);
    void updateLastUpdated();
    void buildMenus();

    // Each part of the console sets itself up in its own file, called from the constructor
    // after the tabs and the bridge exist: MainWindowHistory.cpp, MainWindowScaling.cpp,
    // MainWindowPolicies.cpp, MainWindowAlerts.cpp, MainWindowGovernance.cpp.
    void setupHistoryTrust();
    void setupScalingControl();
    void setupPolicies();
    void setupAlerts();
    void setupGovernance();

    // ---- history stream private ----
    RequestId m_verifyRequest = 0;
    RequestId m_timelineRequest = 0;
    // ---- end history stream private ----
    // ---- scaling stream private ----
    void sendScalingChange(ScalingChangeRequest request);
    void openSetModeDialog();
    void openFreezeDialog(ScalingChangeKind kind);
    ScalingPanel* m_scalingPanel = nullptr;
    ScalingConfigDialog* m_scalingSettings = nullptr;
    RequestId m_scalingRequest = 0;
    std::set<RequestId> m_scalingChanges;
    std::set<RequestId> m_healthRequests;
    // ---- end scaling stream private ----
    // ---- end scaling stream private ----
    // ---- policies stream private ----
    // Scaling policies… (MainWindowPolicies.cpp): the dialog, saved as policies.json in the
    // catalog folder and recorded through Engine::recordPolicyChange.
    void editPolicies();
    std::optional<PolicySettings> m_policies; // edited this session; unset: the engine's catalog
    // ---- end policies stream private ----
    // ---- alerts stream private ----
    AlertsPanel* m_alertsPanel = nullptr;
    TrayNotifier* m_trayNotifier = nullptr;
    NotificationSettingsDialog* m_notificationSettings = nullptr;
    class ChannelSecrets* m_channelSecrets = nullptr;
    // ---- end alerts stream private ----
    // ---- governance stream private ----
    ResourceMonitorPanel* m_resourceMonitor = nullptr;
    QLabel* m_keyMetrics = nullptr;
    ChecklistDialog* m_checklistDialog = nullptr;
    RequestId m_governanceRequest = 0;
    std::set<RequestId> m_governanceChanges; // outcomes and ticks sent, awaiting their answer
    std::optional<GovernanceView> m_governance;
    std::vector<StoredRecommendation> m_governanceRecommendations; // of the shown workspace
    QElapsedTimer m_governanceAsked; // a live snapshot asks again at most once a minute
    // ---- end governance stream private ----
    // ---- replay stream private (MainWindowReplay.cpp) ----
    void setupReplay();
    QWidget* buildReplayArea();
    void onWorkspaceShown(); // after the shown workspace changed
    void requestSpan();
    void showSpan(const ReplaySpan& span);
    void onCursorChanged(Timestamp at);
    void requestReplayView(Timestamp at);
    void showReplayView(const ReplayView& view);
    void applyReadOnly();
    void goLive(); // back from a replayed moment to the latest state
    void updateBanner();
    void updateMarks();
    TimeRange chartRangeAt(Timestamp at) const;
    void startJob(RequestId id, const QString& title, const QString& text);
    void endJob(RequestId id);
    ReplayBar* m_replayBar = nullptr;
    QWidget* m_replayArea = nullptr;
    QLabel* m_replayBanner = nullptr;
    QLabel* m_bundleBadge = nullptr;
    QAction* m_timelineAction = nullptr;
    QAction* m_exportBundleAction = nullptr;
    QAction* m_closeBundleAction = nullptr;
    QAction* m_whatIfAction = nullptr;
    class QTimer* m_replayHistoryTimer = nullptr;
    std::optional<ReplaySpan> m_span; // of the shown workspace
    std::optional<Timestamp> m_replayAt;
    RequestId m_spanRequest = 0;
    RequestId m_replayViewRequest = 0;        // in flight; 0 = none
    std::optional<Timestamp> m_pendingCursor; // asked while one was in flight: newest wins
    JobProgressDialog* m_jobDialog = nullptr;
    RequestId m_job = 0; // the bundle job the dialog shows
    std::set<RequestId> m_importJobs;
    std::set<RequestId> m_exportJobs;
    RequestId m_closeRequest = 0;
    WhatIfDialog* m_whatIfDialog = nullptr;
    RequestId m_whatIfJob = 0;
    std::optional<ScalingView> m_liveScaling; // the latest scaling view, patched when replaying
    QString m_replayWorkspace;                // the workspace the replay state belongs to
    QString m_whatIfWorkspace;                // the workspace the what-if dialog edits
    std::vector<ReplayMark> m_whatIfMarks;    // the last what-if's earlier openings
    // ---- end replay stream private ----
    // ---- report stream (MainWindowReport.cpp) ----
public:
    // File > Export report… (Ctrl+Shift+P): the dialog for the shown workspace, live or an
    // opened bundle (window-modal, not blocking; an open one is raised). Null without a workspace.
    class ExportReportDialog* openReportDialog();
    ExportReportDialog* reportDialog() const { return m_reportDialog; }

private:
    void setupReport();
    void startReportExport();
    void writeReportFiles(const ReportData& data); // the PDF on the GUI thread, then CSV, JSON
    void forgetReportJobs();                       // the dialog closed: stop what it asked for
    QAction* m_exportReportAction = nullptr;
    ExportReportDialog* m_reportDialog = nullptr;
    RequestId m_reportPreviewJob = 0; // the newest preview asked for; older answers are dropped
    RequestId m_reportExportJob = 0;
    RequestId m_reportSpanRequest = 0;
    // ---- end report stream ----
    // ---- strain stream (MainWindowStrain.cpp) ----
public:
    // "Strain tests…" (the Overview tab's button, Scaling > Strain tests…): the non-modal
    // Strain Tests view of the shown workspace, raised when already open for it. Null without a
    // workspace.
    class StrainTestsDialog* openStrainTests();
    StrainTestsDialog* strainDialog() const;

private:
    void setupStrain();
    // A guarded pointer: the dialog deletes itself on close, and as a child it is also deleted
    // while MainWindow's own members are already gone, when no slot of ours may run any more.
    QPointer<StrainTestsDialog> m_strainDialog;
    // ---- end strain stream ----
    // ---- preferences stream (MainWindowPreferences.cpp) ----
public:
    // Edit > Preferences… (Ctrl+,): window-modal; OK applies and stores them.
    class PreferencesDialog* openPreferences();
    // Help > Welcome…: the first-run screen (window-modal).
    class WelcomeDialog* openWelcome();
    const ConsolePreferences& preferences() const { return m_preferences; }

signals:
    // The founder chose a new language and asked to restart now; the window is closing.
    void restartRequested();

private:
    void setupPreferences();
    void applyPreferences(const ConsolePreferences& preferences);
    void showTrayHealth(const WorkspaceView& view);
    ConsolePreferences m_preferences;
    ConsoleTheme* m_theme = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_trayMenu = nullptr;
    // ---- end preferences stream ----

    Engine& m_engine;
    ConsoleOptions m_options;
    QSettings m_settings;
    EngineBridge* m_bridge = nullptr;

    QComboBox* m_workspaceCombo = nullptr;
    QLabel* m_demoBadge = nullptr;
    QComboBox* m_rangeCombo = nullptr;
    QPushButton* m_pollButton = nullptr;
    QLabel* m_lastUpdated = nullptr;
    QPushButton* m_sourcesButton = nullptr;
    QTabWidget* m_tabs = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_scalingMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    OverviewTab* m_overview = nullptr;
    AiCapacityTab* m_ai = nullptr;
    RecommendationsTab* m_recommendations = nullptr;
    HistoryTab* m_history = nullptr;

    std::vector<Workspace> m_workspaces;
    QString m_currentName;
    QString m_requestedWorkspace; // selectWorkspace() before the list arrived
    std::optional<Timestamp> m_lastSnapshotAt;
    RequestId m_workspacesRequest = 0;
    RequestId m_viewRequest = 0;
    RequestId m_shownViewRequest = 0;
    RequestId m_historyRequest = 0;
    RequestId m_costRequest = 0;
    QElapsedTimer m_costsRequested; // since the last cost report was asked for
    std::set<RequestId> m_importRequests;
    CostSettings m_costSettings; // the catalog's, as the founder last edited them
    std::set<RequestId> m_decisionRequests;
    RequestId m_liveSourcesRequest = 0;
    SourceSecrets* m_sourceSecrets = nullptr;
    SourcesDialog* m_sourcesDialog = nullptr;
    QProgressBar* m_busyBar = nullptr;
    std::map<RequestId, QString> m_busy;
};

// Registers the console's icons (":/icons/...") from this static library; MainWindow calls it,
// call it earlier to use the icons before the window exists (QApplication::setWindowIcon).
void registerUiResources();

// Runs the console until its window closes: builds MainWindow, starts the engine (an error is
// shown and returns 1), shows the window and runs the event loop. Needs a QApplication.
int runConsole(Engine& engine, const ConsoleOptions& options = {});

} // namespace headroom::ui
