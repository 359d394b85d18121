#pragma once
// SHA-256 over a stream fed in pieces (OpenSSL's libcrypto), for a bundle's checksum: the header
// fields, the manifest and a payload of any size are hashed as they are copied, never held in
// memory whole.

#include "model/Error.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>

namespace headroom {

using Sha256Digest = std::array<std::uint8_t, 32>;

class Sha256Stream {
public:
    Sha256Stream();
    ~Sha256Stream();
    Sha256Stream(const Sha256Stream&) = delete;
    Sha256Stream& operator=(const Sha256Stream&) = delete;

    void update(std::span<const std::byte> bytes);
    void update(std::string_view text);
    // The digest of everything fed so far; the stream cannot be fed after. An error only if
    // libcrypto itself failed (then every later call fails too).
    Result<Sha256Digest> finish();

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

// 64 lowercase hex digits.
std::string toHex(const Sha256Digest& digest);

} // namespace headroom
