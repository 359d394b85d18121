#pragma once
// What verifying the tamper-evident history found (history stream).
// Placeholder until its stream fills it.

namespace headroom {} // namespace headroom
