// Engine: history chain verification requests (history stream).
#include "EngineImpl.h"

namespace headroom {

RequestId Engine::verifyHistory(const std::string& workspace) {
    return m_impl->post([impl = m_impl.get(), workspace](RequestId id) {
        auto target = impl->resolve(workspace);
        if (!target) {
            impl->notifyError(id, target.error());
            return;
        }
        auto verification = target->store->verifyHistory(target->workspace.id);
        if (!verification) {
            impl->notifyError(id, verification.error());
            return;
        }
        impl->notify([&](EngineListener& l) { l.onHistoryVerified(id, *verification); });
    });
}

} // namespace headroom
