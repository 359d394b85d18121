// Engine: scaling control: environment configuration, mode changes, health snapshots and their
// schedule (scaling stream).
#include "EngineImpl.h"

namespace headroom {

Catalog Engine::Impl::catalogFor(const Workspace& /*workspace*/) {
    return options.catalog;
}

void Engine::Impl::runScheduledScaling(Timestamp /*now*/) {}

} // namespace headroom
