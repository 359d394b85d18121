// EngineBridge: the replay stream's callbacks (bundles, the timeline, what-if and the progress of
// their jobs), re-posted to the GUI thread like every other callback (see EngineBridge.h); their
// types are registered with the others (registerCoreMetaTypes).
#include "EngineBridge.h"

#include <QMetaObject>

namespace headroom::ui {

void EngineBridge::onJobProgress(RequestId id, const JobProgress& progress) {
    QMetaObject::invokeMethod(
        this, [this, id, copy = progress] { emit jobProgress(id, copy); }, Qt::QueuedConnection);
}

void EngineBridge::onJobCancelled(RequestId id) {
    QMetaObject::invokeMethod(
        this, [this, id] { emit jobCancelled(id); }, Qt::QueuedConnection);
}

void EngineBridge::onBundleExported(RequestId id, const BundleExportResult& result) {
    QMetaObject::invokeMethod(
        this, [this, id, copy = result] { emit bundleExported(id, copy); }, Qt::QueuedConnection);
}

void EngineBridge::onBundleImported(RequestId id, const BundleSummary& summary) {
    QMetaObject::invokeMethod(
        this, [this, id, copy = summary] { emit bundleImported(id, copy); }, Qt::QueuedConnection);
}

void EngineBridge::onBundleClosed(RequestId id, const std::string& workspace) {
    QMetaObject::invokeMethod(
        this, [this, id, name = QString::fromStdString(workspace)] { emit bundleClosed(id, name); },
        Qt::QueuedConnection);
}

void EngineBridge::onReplaySpan(RequestId id, const ReplaySpan& span) {
    QMetaObject::invokeMethod(
        this, [this, id, copy = span] { emit replaySpanReady(id, copy); }, Qt::QueuedConnection);
}

void EngineBridge::onReplayView(RequestId id, const ReplayView& view) {
    QMetaObject::invokeMethod(
        this, [this, id, copy = view] { emit replayViewReady(id, copy); }, Qt::QueuedConnection);
}

void EngineBridge::onWhatIf(RequestId id, const WhatIfReport& report) {
    QMetaObject::invokeMethod(
        this, [this, id, copy = report] { emit whatIfReady(id, copy); }, Qt::QueuedConnection);
}

} // namespace headroom::ui
