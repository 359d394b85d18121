#pragma once
// Seed 003 autoscaling policy templates and seed 004 triggers (policies.json). Filled by the
// policies stream.

namespace headroom {

struct PolicySettings {};

} // namespace headroom
