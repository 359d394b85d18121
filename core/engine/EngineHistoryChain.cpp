// Engine: history chain verification requests (history stream).
#include "EngineImpl.h"

namespace headroom {

RequestId Engine::verifyHistory(const std::string& workspace) {
    return m_impl->post([impl = m_impl.get(), workspace](RequestId id) {
        auto ws = impl->store->workspace(workspace);
        if (!ws) {
            impl->notifyError(id, ws.error());
            return;
        }
        auto verification = impl->store->verifyHistory(ws->id);
        if (!verification) {
            impl->notifyError(id, verification.error());
            return;
        }
        impl->notify([&](EngineListener& l) { l.onHistoryVerified(id, *verification); });
    });
}

} // namespace headroom
