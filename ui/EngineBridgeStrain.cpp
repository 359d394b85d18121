// EngineBridge: the strain stream's callbacks (the Strain Tests view, a run's progress and its
// end), re-posted to the GUI thread like every other callback (see EngineBridge.h). Progress
// comes from the run's own job thread; the copy made here is all that crosses.
#include "EngineBridge.h"

#include <QMetaObject>

namespace headroom::ui {

namespace {

// Registered here, not in registerCoreMetaTypes (another stream's lines): before the first
// queued emission, which is all a queued connection (and a QSignalSpy) needs.
void registerStrainMetaTypes() {
    static const bool registered = [] {
        qRegisterMetaType<headroom::StrainView>();
        qRegisterMetaType<headroom::LoadProgress>();
        qRegisterMetaType<headroom::StrainJobOutcome>();
        return true;
    }();
    (void)registered;
}

} // namespace

void EngineBridge::onStrainView(RequestId id, const StrainView& view) {
    registerStrainMetaTypes();
    QMetaObject::invokeMethod(
        this, [this, id, copy = view] { emit strainViewReady(id, copy); }, Qt::QueuedConnection);
}

void EngineBridge::onStrainProgress(RequestId id, const LoadProgress& progress) {
    registerStrainMetaTypes();
    QMetaObject::invokeMethod(
        this, [this, id, copy = progress] { emit strainProgress(id, copy); }, Qt::QueuedConnection);
}

void EngineBridge::onStrainFinished(RequestId id, const StrainJobOutcome& outcome) {
    registerStrainMetaTypes();
    QMetaObject::invokeMethod(
        this, [this, id, copy = outcome] { emit strainFinished(id, copy); }, Qt::QueuedConnection);
}

} // namespace headroom::ui
