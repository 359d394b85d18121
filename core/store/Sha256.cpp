#include "Sha256.h"

#include <array>
#include <openssl/evp.h>

namespace headroom::store {

std::string sha256Hex(std::string_view data) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int size = 0;
    // EVP_Digest fails only when OpenSSL cannot allocate or lost SHA-256 (a broken install);
    // the empty answer never matches a stored hash and the callers refuse to store it.
    if (EVP_Digest(data.data(), data.size(), digest.data(), &size, EVP_sha256(), nullptr) != 1) {
        return {};
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(static_cast<std::size_t>(size) * 2);
    for (unsigned int i = 0; i < size; ++i) {
        out.push_back(kHex[digest[i] >> 4]);
        out.push_back(kHex[digest[i] & 0x0f]);
    }
    return out;
}

} // namespace headroom::store
