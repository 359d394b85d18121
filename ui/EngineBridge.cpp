#include "EngineBridge.h"

#include <QMetaObject>

namespace headroom::ui {

void registerCoreMetaTypes() {
    qRegisterMetaType<headroom::Workspace>();
    qRegisterMetaType<headroom::WorkspaceView>();
    qRegisterMetaType<headroom::HistoryPage>();
    qRegisterMetaType<headroom::Decision>();
    qRegisterMetaType<headroom::StoredSnapshot>();
    qRegisterMetaType<headroom::SourceStatus>();
    qRegisterMetaType<headroom::Error>();
    qRegisterMetaType<headroom::Verdict>();
    qRegisterMetaType<headroom::CostReport>();
    qRegisterMetaType<headroom::LedgerImportSummary>();
    qRegisterMetaType<std::vector<headroom::Workspace>>();
    qRegisterMetaType<std::vector<headroom::SourceStatus>>();
    qRegisterMetaType<headroom::SourcesView>();
    qRegisterMetaType<headroom::SourceConfig>();
    qRegisterMetaType<headroom::SourceTestResult>();
    // replay stream (EngineBridgeReplay.cpp)
    qRegisterMetaType<headroom::JobProgress>();
    qRegisterMetaType<headroom::BundleExportResult>();
    qRegisterMetaType<headroom::BundleSummary>();
    qRegisterMetaType<headroom::ReplaySpan>();
    qRegisterMetaType<headroom::ReplayView>();
    qRegisterMetaType<headroom::WhatIfReport>();
}

EngineBridge::EngineBridge(QObject* parent)
    : QObject(parent) {
    registerCoreMetaTypes();
}

// Each callback captures value copies: the references the engine passes die when it returns.
void EngineBridge::onWorkspaces(RequestId id, const std::vector<Workspace>& workspaces) {
    QMetaObject::invokeMethod(
        this, [this, id, copy = workspaces] { emit workspacesReady(id, copy); },
        Qt::QueuedConnection);
}

void EngineBridge::onWorkspaceView(RequestId id, const WorkspaceView& view) {
    QMetaObject::invokeMethod(
        this, [this, id, copy = view] { emit workspaceViewReady(id, copy); }, Qt::QueuedConnection);
}

void EngineBridge::onHistory(RequestId id, const HistoryPage& page) {
    QMetaObject::invokeMethod(
        this, [this, id, copy = page] { emit historyReady(id, copy); }, Qt::QueuedConnection);
}

void EngineBridge::onDecisionRecorded(RequestId id, const Decision& decision) {
    QMetaObject::invokeMethod(
        this, [this, id, copy = decision] { emit decisionRecorded(id, copy); },
        Qt::QueuedConnection);
}

void EngineBridge::onSnapshotStored(const std::string& workspace, const StoredSnapshot& snapshot) {
    QMetaObject::invokeMethod(
        this,
        [this, name = QString::fromStdString(workspace), copy = snapshot] {
            emit snapshotStored(name, copy);
        },
        Qt::QueuedConnection);
}

void EngineBridge::onSourceStatus(const std::vector<SourceStatus>& statuses) {
    QMetaObject::invokeMethod(
        this, [this, copy = statuses] { emit sourceStatusChanged(copy); }, Qt::QueuedConnection);
}

void EngineBridge::onSources(RequestId id, const SourcesView& view) {
    QMetaObject::invokeMethod(
        this, [this, id, copy = view] { emit sourcesReady(id, copy); }, Qt::QueuedConnection);
}

void EngineBridge::onSourceSaved(RequestId id, const std::string& workspace,
                                 const SourceConfig& config) {
    QMetaObject::invokeMethod(
        this,
        [this, id, name = QString::fromStdString(workspace), copy = config] {
            emit sourceSaved(id, name, copy);
        },
        Qt::QueuedConnection);
}

void EngineBridge::onSourceRemoved(RequestId id, const std::string& workspace,
                                   const std::string& name) {
    QMetaObject::invokeMethod(
        this,
        [this, id, ws = QString::fromStdString(workspace), source = QString::fromStdString(name)] {
            emit sourceRemoved(id, ws, source);
        },
        Qt::QueuedConnection);
}

void EngineBridge::onSourceTested(RequestId id, const SourceTestResult& result) {
    QMetaObject::invokeMethod(
        this, [this, id, copy = result] { emit sourceTested(id, copy); }, Qt::QueuedConnection);
}

void EngineBridge::onCostReport(RequestId id, const CostReport& report) {
    QMetaObject::invokeMethod(
        this, [this, id, copy = report] { emit costReportReady(id, copy); }, Qt::QueuedConnection);
}

void EngineBridge::onLedgerImported(RequestId id, const LedgerImportSummary& summary) {
    QMetaObject::invokeMethod(
        this, [this, id, copy = summary] { emit ledgerImported(id, copy); }, Qt::QueuedConnection);
}

void EngineBridge::onError(RequestId id, const Error& error) {
    QMetaObject::invokeMethod(
        this, [this, id, copy = error] { emit errorOccurred(id, copy); }, Qt::QueuedConnection);
}

// ---- alerts stream ----
void EngineBridge::onAlerts(RequestId id, const AlertsView& view) {
    QMetaObject::invokeMethod(
        this, [this, id, copy = view] { emit alertsReady(id, copy); }, Qt::QueuedConnection);
}

void EngineBridge::onAlertNotification(const AlertNotification& notification) {
    QMetaObject::invokeMethod(
        this, [this, copy = notification] { emit alertNotified(copy); }, Qt::QueuedConnection);
}

void EngineBridge::onNotificationChannelSaved(RequestId id, const NotificationChannel& channel) {
    QMetaObject::invokeMethod(
        this, [this, id, copy = channel] { emit notificationChannelSaved(id, copy); },
        Qt::QueuedConnection);
}

void EngineBridge::onNotificationChannelRemoved(RequestId id, const std::string& name) {
    QMetaObject::invokeMethod(
        this,
        [this, id, n = QString::fromStdString(name)] { emit notificationChannelRemoved(id, n); },
        Qt::QueuedConnection);
}

void EngineBridge::onDeliveryQueued(RequestId id, const Delivery& delivery) {
    QMetaObject::invokeMethod(
        this, [this, id, copy = delivery] { emit deliveryQueued(id, copy); }, Qt::QueuedConnection);
}

void EngineBridge::onDeliveryFinished(const Delivery& delivery) {
    QMetaObject::invokeMethod(
        this, [this, copy = delivery] { emit deliveryFinished(copy); }, Qt::QueuedConnection);
}
// ---- end alerts stream ----

// ---- history stream ----
void EngineBridge::onHistoryVerified(RequestId id, const HistoryVerification& verification) {
    // Registered here, not in registerCoreMetaTypes (another stream's lines): before the first
    // queued emission, which is all a queued connection needs.
    static const int registered = qRegisterMetaType<headroom::HistoryVerification>();
    (void)registered;
    QMetaObject::invokeMethod(
        this, [this, id, copy = verification] { emit historyVerified(id, copy); },
        Qt::QueuedConnection);
}
// ---- end history stream ----

// ---- policies stream ----
void EngineBridge::onPolicyChanged(RequestId id, const std::string& workspace, const Event& event) {
    QMetaObject::invokeMethod(
        this,
        [this, id, ws = QString::fromStdString(workspace),
         policy = QString::fromStdString(event.subject)] { emit policyChanged(id, ws, policy); },
        Qt::QueuedConnection);
}
// ---- end policies stream ----

// ---- scaling stream ----
namespace {
void registerScalingMetaTypes() {
    // Registered here, not in registerCoreMetaTypes (shared): before the first emission.
    static const bool registered = [] {
        qRegisterMetaType<headroom::ScalingView>();
        qRegisterMetaType<headroom::ScalingChangeResult>();
        qRegisterMetaType<headroom::HealthSnapshotRecord>();
        qRegisterMetaType<std::vector<headroom::HealthSnapshotRecord>>();
        return true;
    }();
    (void)registered;
}
} // namespace

void EngineBridge::onScalingView(RequestId id, const ScalingView& view) {
    registerScalingMetaTypes();
    QMetaObject::invokeMethod(
        this, [this, id, copy = view] { emit scalingViewReady(id, copy); }, Qt::QueuedConnection);
}

void EngineBridge::onScalingChanged(RequestId id, const std::string& workspace,
                                    const ScalingChangeResult& result) {
    registerScalingMetaTypes();
    QMetaObject::invokeMethod(
        this,
        [this, id, name = QString::fromStdString(workspace), copy = result] {
            emit scalingChanged(id, name, copy);
        },
        Qt::QueuedConnection);
}

void EngineBridge::onHealthSnapshot(RequestId id, const std::string& workspace,
                                    const HealthSnapshotRecord& record) {
    registerScalingMetaTypes();
    QMetaObject::invokeMethod(
        this,
        [this, id, name = QString::fromStdString(workspace), copy = record] {
            emit healthSnapshotTaken(id, name, copy);
        },
        Qt::QueuedConnection);
}

void EngineBridge::onHealthSnapshots(RequestId id, const std::string& workspace,
                                     const std::vector<HealthSnapshotRecord>& list) {
    registerScalingMetaTypes();
    QMetaObject::invokeMethod(
        this,
        [this, id, name = QString::fromStdString(workspace), copy = list] {
            emit healthSnapshotsReady(id, name, copy);
        },
        Qt::QueuedConnection);
}
// ---- end scaling stream ----

// ---- governance stream ----
namespace {
void registerGovernanceMetaTypes() {
    qRegisterMetaType<headroom::GovernanceView>();
    qRegisterMetaType<headroom::OutcomeRecord>();
    qRegisterMetaType<headroom::ChecklistTick>();
}
} // namespace

void EngineBridge::onGovernance(RequestId id, const GovernanceView& view) {
    registerGovernanceMetaTypes();
    QMetaObject::invokeMethod(
        this, [this, id, copy = view] { emit governanceReady(id, copy); }, Qt::QueuedConnection);
}

void EngineBridge::onOutcomeRecorded(RequestId id, const std::string& workspace,
                                     const OutcomeRecord& record) {
    registerGovernanceMetaTypes();
    QMetaObject::invokeMethod(
        this,
        [this, id, name = QString::fromStdString(workspace), copy = record] {
            emit outcomeRecorded(id, name, copy);
        },
        Qt::QueuedConnection);
}

void EngineBridge::onChecklistTicked(RequestId id, const std::string& workspace,
                                     const ChecklistTick& tick) {
    registerGovernanceMetaTypes();
    QMetaObject::invokeMethod(
        this,
        [this, id, name = QString::fromStdString(workspace), copy = tick] {
            emit checklistTicked(id, name, copy);
        },
        Qt::QueuedConnection);
}
// ---- end governance stream ----

} // namespace headroom::ui
