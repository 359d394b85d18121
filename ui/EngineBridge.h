#pragma once
// EngineBridge: the one place where engine callbacks (on the engine's thread) cross to the GUI
// thread. Each EngineListener callback copies its arguments and re-posts them to this object's
// thread with a queued invocation, where they are emitted as signals. Widgets connect to these
// signals only, so no widget code ever runs on the engine thread.
//
// Lifetime: the engine calls the bridge until Engine::stop() returns, so the engine must be
// stopped before the bridge is destroyed (MainWindow's destructor does this).

#include "CoreMetaTypes.h"
#include "engine/Engine.h"

#include <QObject>

namespace headroom::ui {

class EngineBridge : public QObject, public EngineListener {
    Q_OBJECT

public:
    explicit EngineBridge(QObject* parent = nullptr);

    // EngineListener, called on the engine's thread.
    void onWorkspaces(RequestId id, const std::vector<Workspace>& workspaces) override;
    void onWorkspaceView(RequestId id, const WorkspaceView& view) override;
    void onHistory(RequestId id, const HistoryPage& page) override;
    void onDecisionRecorded(RequestId id, const Decision& decision) override;
    void onSnapshotStored(const std::string& workspace, const StoredSnapshot& snapshot) override;
    void onSourceStatus(const std::vector<SourceStatus>& statuses) override;
    void onSources(RequestId id, const SourcesView& view) override;
    void onSourceSaved(RequestId id, const std::string& workspace,
                       const SourceConfig& config) override;
    void onSourceRemoved(RequestId id, const std::string& workspace,
                         const std::string& name) override;
    void onSourceTested(RequestId id, const SourceTestResult& result) override;
    void onCostReport(RequestId id, const CostReport& report) override;
    void onLedgerImported(RequestId id, const LedgerImportSummary& summary) override;
    void onError(RequestId id, const Error& error) override;

    // ---- history stream callbacks ----
    void onHistoryVerified(RequestId id, const HistoryVerification& verification) override;
    // ---- end history stream callbacks ----
    // ---- scaling stream callbacks ----
    void onScalingView(RequestId id, const ScalingView& view) override;
    void onScalingChanged(RequestId id, const std::string& workspace,
                          const ScalingChangeResult& result) override;
    void onHealthSnapshot(RequestId id, const std::string& workspace,
                          const HealthSnapshotRecord& record) override;
    void onHealthSnapshots(RequestId id, const std::string& workspace,
                           const std::vector<HealthSnapshotRecord>& list) override;
    // ---- end scaling stream callbacks ----
    // ---- policies stream callbacks ----
    void onPolicyChanged(RequestId id, const std::string& workspace, const Event& event) override;
    // ---- end policies stream callbacks ----
    // ---- alerts stream callbacks ----
    void onAlerts(RequestId id, const AlertsView& view) override;
    void onAlertNotification(const AlertNotification& notification) override;
    void onNotificationChannelSaved(RequestId id, const NotificationChannel& channel) override;
    void onNotificationChannelRemoved(RequestId id, const std::string& name) override;
    void onDeliveryQueued(RequestId id, const Delivery& delivery) override;
    void onDeliveryFinished(const Delivery& delivery) override;
    // ---- end alerts stream callbacks ----
    // ---- governance stream callbacks ----
    void onGovernance(RequestId id, const GovernanceView& view) override;
    void onOutcomeRecorded(RequestId id, const std::string& workspace,
                           const OutcomeRecord& record) override;
    void onChecklistTicked(RequestId id, const std::string& workspace,
                           const ChecklistTick& tick) override;
    // ---- end governance stream callbacks ----
    // ---- replay stream callbacks (EngineBridgeReplay.cpp) ----
    void onJobProgress(RequestId id, const JobProgress& progress) override;
    void onJobCancelled(RequestId id) override;
    void onBundleExported(RequestId id, const BundleExportResult& result) override;
    void onBundleImported(RequestId id, const BundleSummary& summary) override;
    void onBundleClosed(RequestId id, const std::string& workspace) override;
    void onReplaySpan(RequestId id, const ReplaySpan& span) override;
    void onReplayView(RequestId id, const ReplayView& view) override;
    void onWhatIf(RequestId id, const WhatIfReport& report) override;
    // ---- end replay stream callbacks ----
    // ---- report stream callbacks (EngineBridgeReport.cpp) ----
    void onReport(RequestId id, const ReportData& report) override;
    // ---- end report stream callbacks ----
    // ---- strain stream callbacks (EngineBridgeStrain.cpp) ----
    void onStrainView(RequestId id, const StrainView& view) override;
    void onStrainProgress(RequestId id, const LoadProgress& progress) override;
    void onStrainFinished(RequestId id, const StrainJobOutcome& outcome) override;
    // ---- end strain stream callbacks ----

signals:
    void costReportReady(quint64 requestId, const headroom::CostReport& report);
    void ledgerImported(quint64 requestId, const headroom::LedgerImportSummary& summary);
    void workspacesReady(quint64 requestId, const std::vector<headroom::Workspace>& workspaces);
    void workspaceViewReady(quint64 requestId, const headroom::WorkspaceView& view);
    void historyReady(quint64 requestId, const headroom::HistoryPage& page);
    void decisionRecorded(quint64 requestId, const headroom::Decision& decision);
    void snapshotStored(const QString& workspace, const headroom::StoredSnapshot& snapshot);
    void sourceStatusChanged(const std::vector<headroom::SourceStatus>& statuses);
    void sourcesReady(quint64 requestId, const headroom::SourcesView& view);
    void sourceSaved(quint64 requestId, const QString& workspace,
                     const headroom::SourceConfig& config);
    void sourceRemoved(quint64 requestId, const QString& workspace, const QString& name);
    void sourceTested(quint64 requestId, const headroom::SourceTestResult& result);
    void errorOccurred(quint64 requestId, const headroom::Error& error);

    // ---- history stream signals ----
    void historyVerified(quint64 requestId, const headroom::HistoryVerification& verification);
    // ---- end history stream signals ----
    // ---- scaling stream signals ----
    void scalingViewReady(quint64 requestId, const headroom::ScalingView& view);
    void scalingChanged(quint64 requestId, const QString& workspace,
                        const headroom::ScalingChangeResult& result);
    // requestId 0: taken by the schedule.
    void healthSnapshotTaken(quint64 requestId, const QString& workspace,
                             const headroom::HealthSnapshotRecord& record);
    void healthSnapshotsReady(quint64 requestId, const QString& workspace,
                              const std::vector<headroom::HealthSnapshotRecord>& list);
    // ---- end scaling stream signals ----
    // ---- policies stream signals ----
    // The PolicyChanged event is in the history (the subject names the template).
    void policyChanged(quint64 requestId, const QString& workspace, const QString& policyId);
    // ---- end policies stream signals ----
    // ---- alerts stream signals ----
    void alertsReady(quint64 requestId, const headroom::AlertsView& view);
    void alertNotified(const headroom::AlertNotification& notification);
    void notificationChannelSaved(quint64 requestId, const headroom::NotificationChannel& channel);
    void notificationChannelRemoved(quint64 requestId, const QString& name);
    void deliveryQueued(quint64 requestId, const headroom::Delivery& delivery);
    void deliveryFinished(const headroom::Delivery& delivery);
    // ---- end alerts stream signals ----
    // ---- governance stream signals ----
    void governanceReady(quint64 requestId, const headroom::GovernanceView& view);
    void outcomeRecorded(quint64 requestId, const QString& workspace,
                         const headroom::OutcomeRecord& record);
    void checklistTicked(quint64 requestId, const QString& workspace,
                         const headroom::ChecklistTick& tick);
    // ---- end governance stream signals ----
    // ---- replay stream signals ----
    // A job's progress arrives at most every 50 ms; a job ends with exactly one of its result
    // signal, jobCancelled or errorOccurred.
    void jobProgress(quint64 requestId, const headroom::JobProgress& progress);
    void jobCancelled(quint64 requestId);
    void bundleExported(quint64 requestId, const headroom::BundleExportResult& result);
    void bundleImported(quint64 requestId, const headroom::BundleSummary& summary);
    void bundleClosed(quint64 requestId, const QString& workspace);
    void replaySpanReady(quint64 requestId, const headroom::ReplaySpan& span);
    void replayViewReady(quint64 requestId, const headroom::ReplayView& view);
    void whatIfReady(quint64 requestId, const headroom::WhatIfReport& report);
    // ---- end replay stream signals ----
    // ---- report stream signals ----
    // Answers Engine::requestReport; the job ends with exactly one of reportReady, jobCancelled
    // or errorOccurred, after jobProgress.
    void reportReady(quint64 requestId, const headroom::ReportData& report);
    // ---- end report stream signals ----
    // ---- strain stream signals ----
    // Answers Engine::requestStrainView and setStrainBaseline; also emitted with requestId 0
    // after a run was stored, so every open view follows.
    void strainViewReady(quint64 requestId, const headroom::StrainView& view);
    // A run (Engine::startStrainRun) ends with exactly one of strainFinished (also when it was
    // cancelled: the record says so) or errorOccurred, after strainProgress about every second.
    void strainProgress(quint64 requestId, const headroom::LoadProgress& progress);
    void strainFinished(quint64 requestId, const headroom::StrainJobOutcome& outcome);
    // ---- end strain stream signals ----
};

} // namespace headroom::ui
