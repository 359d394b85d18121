// Store: history chain: verification (history stream).
#include "Store.h"

namespace headroom {} // namespace headroom
