// Engine: alert rules, burn rates and notifications (alerts stream).
#include "EngineImpl.h"

namespace headroom {

void Engine::Impl::evaluateAlerts(const Workspace& /*workspace*/,
                                  const StoredSnapshot& /*stored*/) {}

void Engine::Impl::afterDecision(const Workspace& /*workspace*/, const Decision& /*decision*/) {}

void Engine::Impl::runNotificationRetries(Timestamp /*now*/) {}

} // namespace headroom
