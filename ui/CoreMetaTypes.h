#pragma once
// Registers the core's value types with Qt's meta-type system so that EngineBridge's signals can
// carry them by value (queued connections, QSignalSpy, QVariant).

#include "engine/Engine.h"
#include "engine/StrainJob.h"
#include "report/ReportData.h"

#include <vector>

#include <QMetaType>

Q_DECLARE_METATYPE(headroom::Workspace)
Q_DECLARE_METATYPE(headroom::WorkspaceView)
Q_DECLARE_METATYPE(headroom::HistoryPage)
Q_DECLARE_METATYPE(headroom::Decision)
Q_DECLARE_METATYPE(headroom::StoredSnapshot)
Q_DECLARE_METATYPE(headroom::SourceStatus)
Q_DECLARE_METATYPE(headroom::Error)
Q_DECLARE_METATYPE(headroom::Verdict)
Q_DECLARE_METATYPE(std::vector<headroom::Workspace>)
Q_DECLARE_METATYPE(std::vector<headroom::SourceStatus>)
Q_DECLARE_METATYPE(headroom::SourcesView)
Q_DECLARE_METATYPE(headroom::SourceConfig)
Q_DECLARE_METATYPE(headroom::SourceTestResult)
Q_DECLARE_METATYPE(headroom::CostReport)
Q_DECLARE_METATYPE(headroom::LedgerImportSummary)

namespace headroom::ui {
// Calls qRegisterMetaType for every type above; idempotent.
void registerCoreMetaTypes();
} // namespace headroom::ui
// alerts stream
Q_DECLARE_METATYPE(headroom::AlertsView)
Q_DECLARE_METATYPE(headroom::AlertNotification)
Q_DECLARE_METATYPE(headroom::NotificationChannel)
Q_DECLARE_METATYPE(headroom::Delivery)
// history stream
Q_DECLARE_METATYPE(headroom::HistoryVerification)
// scaling stream
Q_DECLARE_METATYPE(headroom::ScalingView)
Q_DECLARE_METATYPE(headroom::ScalingChangeResult)
Q_DECLARE_METATYPE(headroom::HealthSnapshotRecord)
Q_DECLARE_METATYPE(std::vector<headroom::HealthSnapshotRecord>)
// governance stream
Q_DECLARE_METATYPE(headroom::GovernanceView)
Q_DECLARE_METATYPE(headroom::OutcomeRecord)
Q_DECLARE_METATYPE(headroom::ChecklistTick)
// replay stream
Q_DECLARE_METATYPE(headroom::JobProgress)
Q_DECLARE_METATYPE(headroom::BundleExportResult)
Q_DECLARE_METATYPE(headroom::BundleSummary)
Q_DECLARE_METATYPE(headroom::ReplaySpan)
Q_DECLARE_METATYPE(headroom::ReplayView)
Q_DECLARE_METATYPE(headroom::WhatIfReport)
// report stream (registered in EngineBridgeReport.cpp)
Q_DECLARE_METATYPE(headroom::ReportData)
// strain stream (registered in EngineBridgeStrain.cpp)
Q_DECLARE_METATYPE(headroom::StrainView)
Q_DECLARE_METATYPE(headroom::LoadProgress)
Q_DECLARE_METATYPE(headroom::StrainJobOutcome)
