// Engine: autoscaling policies and seed 004 triggers over the recent snapshots (policies stream).
#include "EngineImpl.h"

namespace headroom {

void Engine::Impl::addPolicyFindings(const Workspace& /*workspace*/, const Snapshot& /*snapshot*/,
                                     Evaluation& /*evaluation*/) {}

} // namespace headroom
