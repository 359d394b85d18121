#pragma once
// Alert states (normal, pending, firing, resolved) and notification deliveries as stored (alerts
// stream). Placeholder until its stream fills it.

namespace headroom {} // namespace headroom
