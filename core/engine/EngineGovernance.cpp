// Engine: outcomes, resource monitor and tier readiness (governance stream).
#include "EngineImpl.h"

namespace headroom {} // namespace headroom
