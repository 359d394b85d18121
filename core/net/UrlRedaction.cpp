#include "net/UrlRedaction.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace headroom {
namespace {

constexpr std::string_view kMask = "***";

// Substrings of a parameter name (compared lowercase) that mark its value as secret. Broad on
// purpose: masking a harmless value costs little, printing a key costs a rotation.
constexpr std::array<std::string_view, 12> kSecretNameParts = {
    "token", "secret", "passw",   "pwd", "key",     "auth",
    "sig",   "cred",   "session", "jwt", "private", "signature"};

bool looksSecret(std::string_view name) {
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return std::any_of(
        kSecretNameParts.begin(), kSecretNameParts.end(),
        [&](std::string_view part) { return lower.find(part) != std::string::npos; });
}

// Redacts "a=1&token=x;b" style parameter lists (both & and ; separate parameters).
std::string redactParameters(std::string_view params) {
    std::string out;
    out.reserve(params.size());
    std::size_t start = 0;
    while (start <= params.size()) {
        std::size_t end = params.find_first_of("&;", start);
        if (end == std::string_view::npos)
            end = params.size();
        const std::string_view item = params.substr(start, end - start);
        const std::size_t eq = item.find('=');
        if (eq != std::string_view::npos && looksSecret(item.substr(0, eq))) {
            out.append(item.substr(0, eq + 1));
            if (eq + 1 < item.size())
                out.append(kMask);
        } else {
            out.append(item);
        }
        if (end < params.size())
            out.push_back(params[end]);
        start = end + 1;
    }
    return out;
}

} // namespace

std::string redactUrl(std::string_view url) {
    std::string out;
    out.reserve(url.size());
    std::size_t authorityStart = 0;
    if (const std::size_t scheme = url.find("://"); scheme != std::string_view::npos) {
        authorityStart = scheme + 3;
        out.append(url.substr(0, authorityStart));
    }
    const std::size_t authorityEnd = std::min(url.find_first_of("/?#", authorityStart), url.size());
    std::string_view authority = url.substr(authorityStart, authorityEnd - authorityStart);
    // The last '@' ends the userinfo: a password may itself contain an unescaped '@'.
    if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos) {
        out.append(kMask);
        authority.remove_prefix(at);
    }
    out.append(authority);

    std::string_view rest = url.substr(authorityEnd);
    std::string_view fragment;
    if (const std::size_t hash = rest.find('#'); hash != std::string_view::npos) {
        fragment = rest.substr(hash + 1);
        rest = rest.substr(0, hash);
    }
    if (const std::size_t question = rest.find('?'); question != std::string_view::npos) {
        out.append(rest.substr(0, question + 1));
        out.append(redactParameters(rest.substr(question + 1)));
    } else {
        out.append(rest);
    }
    if (url.find('#', authorityEnd) != std::string_view::npos) {
        out.push_back('#');
        out.append(redactParameters(fragment));
    }
    return out;
}

std::string scrubSecrets(std::string_view text, std::span<const std::string_view> secrets) {
    std::string out(text);
    for (const std::string_view secret : secrets) {
        if (secret.empty())
            continue;
        for (std::size_t pos = out.find(secret); pos != std::string::npos;
             pos = out.find(secret, pos + kMask.size())) {
            out.replace(pos, secret.size(), kMask);
        }
    }
    return out;
}

} // namespace headroom
