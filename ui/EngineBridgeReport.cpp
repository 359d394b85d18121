// EngineBridge: the report stream's callback (the investor report a job built), re-posted to the
// GUI thread like every other callback (see EngineBridge.h). Its progress and cancellation come
// through the replay stream's jobProgress and jobCancelled.
#include "EngineBridge.h"

#include <QMetaObject>

namespace headroom::ui {

void EngineBridge::onReport(RequestId id, const ReportData& report) {
    // Registered here, not in registerCoreMetaTypes (another stream's lines): before the first
    // queued emission, which is all a queued connection needs.
    static const int registered = qRegisterMetaType<headroom::ReportData>();
    (void)registered;
    QMetaObject::invokeMethod(
        this, [this, id, copy = report] { emit reportReady(id, copy); }, Qt::QueuedConnection);
}

} // namespace headroom::ui
