#pragma once
// Seed 002 resource monitor thresholds and the tier checklists (readiness.json). Filled by the
// governance stream.

namespace headroom {

struct ReadinessSettings {};

} // namespace headroom
