#pragma once
// Seed 002 alert rules, burn-rate objectives and routing (alerts.json). Filled by the alerts
// stream.

namespace headroom {

struct AlertSettings {};

} // namespace headroom
