// Engine: history chain verification requests (history stream).
#include "EngineImpl.h"

namespace headroom {} // namespace headroom
