// Store: scaling configuration and health snapshots (scaling stream).
#include "Store.h"

namespace headroom {} // namespace headroom
