// Store: alert states and notification deliveries (alerts stream).
#include "Store.h"

namespace headroom {} // namespace headroom
