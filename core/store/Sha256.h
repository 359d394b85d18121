#pragma once
// Internal to the store: SHA-256 (OpenSSL's libcrypto) as lowercase hex, for the history chain.

#include <string>
#include <string_view>

namespace headroom::store {

// 64 lowercase hex digits; empty only if OpenSSL itself fails.
std::string sha256Hex(std::string_view data);

} // namespace headroom::store
