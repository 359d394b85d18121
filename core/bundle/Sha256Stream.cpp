#include "bundle/Sha256Stream.h"

#include <openssl/evp.h>

namespace headroom {

struct Sha256Stream::Context {
    EVP_MD_CTX* ctx = nullptr;
    bool ok = false;
    bool finished = false;
};

Sha256Stream::Sha256Stream()
    : m_context(std::make_unique<Context>()) {
    m_context->ctx = EVP_MD_CTX_new();
    m_context->ok =
        m_context->ctx != nullptr && EVP_DigestInit_ex(m_context->ctx, EVP_sha256(), nullptr) == 1;
}

Sha256Stream::~Sha256Stream() {
    EVP_MD_CTX_free(m_context->ctx);
}

void Sha256Stream::update(std::span<const std::byte> bytes) {
    if (m_context->ok && !m_context->finished && !bytes.empty()) {
        m_context->ok = EVP_DigestUpdate(m_context->ctx, bytes.data(), bytes.size()) == 1;
    }
}

void Sha256Stream::update(std::string_view text) {
    update(std::as_bytes(std::span(text.data(), text.size())));
}

Result<Sha256Digest> Sha256Stream::finish() {
    Sha256Digest digest{};
    unsigned int length = 0;
    if (!m_context->ok || m_context->finished ||
        EVP_DigestFinal_ex(m_context->ctx, digest.data(), &length) != 1 ||
        length != digest.size()) {
        m_context->ok = false;
        return std::unexpected(Error{ErrorCode::IoError, "SHA-256 (libcrypto) failed"});
    }
    m_context->finished = true;
    return digest;
}

std::string toHex(const Sha256Digest& digest) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.reserve(64);
    for (auto b : digest) {
        out += kDigits[b >> 4];
        out += kDigits[b & 0xF];
    }
    return out;
}

} // namespace headroom
