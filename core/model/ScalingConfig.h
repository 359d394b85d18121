#pragma once
// Per-environment scaling configuration (seed 001) and stored health snapshots (scaling stream).
// Placeholder until its stream fills it.

namespace headroom {} // namespace headroom
