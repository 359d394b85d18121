#pragma once
// Schema step 4 -> 5: tamper evidence: the hash chain over events and decisions (history stream).
// Never edit a step once it has shipped: add another.

#include <string_view>

namespace headroom::store {

inline constexpr std::string_view kStepHistoryChain = R"sql(
SELECT 1;
)sql";

} // namespace headroom::store
