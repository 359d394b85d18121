#pragma once
// Removes secrets from URLs and free text before they reach a log, an error message or the UI.
// A URL keeps scheme, host, port, path and harmless query parameters so a person can still tell
// which endpoint failed; userinfo (user:password@, or a token used as user name) becomes "***@"
// and the value of any query or fragment parameter whose name looks secret (token, key, secret,
// password, auth, signature, credential, session, ...) becomes "***".

#include <span>
#include <string>
#include <string_view>

namespace headroom {

std::string redactUrl(std::string_view url);

// Replaces every occurrence of each non-empty secret in text by "***"; for echoing server text
// (an error body might repeat the token it rejected).
std::string scrubSecrets(std::string_view text, std::span<const std::string_view> secrets);

} // namespace headroom
