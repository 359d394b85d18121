#pragma once
// Outcomes of accepted recommendations and checklist ticks (governance stream).
// Placeholder until its stream fills it.

namespace headroom {} // namespace headroom
