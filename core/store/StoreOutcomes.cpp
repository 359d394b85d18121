// Store: outcomes and checklist ticks (governance stream).
#include "Store.h"

namespace headroom {} // namespace headroom
