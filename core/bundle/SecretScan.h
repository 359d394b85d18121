#pragma once
// Secrets never go into a bundle (issue 6). Two pure tools over text:
// - redaction, for the rows the exporter may rewrite (sources' configurations): URLs lose their
//   user:password@ part and every query parameter whose name says it is a credential;
// - the scan, run over every text column of a finished payload: anything it still finds refuses
//   the export. A secret inside a chained history row (an event's detail) cannot be redacted
//   without breaking the hash chain, so refusing is the only honest option.
//
// What counts as a secret (deliberately narrow, so the demo and real histories export):
// - a URL with userinfo ("https://user:pw@host", also a bare "user@" userinfo);
// - a URL query parameter named like a credential (token, access_token, api_key, apikey, key,
//   secret, password, passwd, pwd, auth, signature, sig, client_secret, ...) with a value;
// - an "Authorization:", "Proxy-Authorization:" or "Cookie:" header with a value, in text, as a
//   JSON key, or as a [name, value] pair (how sources store headers);
// - a JSON key one of whose words (split at _ - . and camelCase) is token, secret, password,
//   passwd or apikey, or the words "api key", holding a non-empty STRING. Numbers are not
//   secrets: "input_tokens": 1200 is a count, and "tokens" is not the word "token".

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace headroom {

struct SecretFinding {
    std::string where; // a JSON path ("/config/url") or "text"
    std::string what;  // "URL userinfo", "query parameter 'token'", "key 'api_key'", ...
};

// Every finding in one text value; a value that is a JSON object or array is walked as JSON
// (keys and string values), anything else is scanned as plain text.
std::vector<SecretFinding> scanTextForSecrets(std::string_view text);
std::vector<SecretFinding> scanJsonForSecrets(const nlohmann::json& value);

// The URL without userinfo and without credential query parameters; text that is not a URL is
// returned unchanged.
std::string stripUrlCredentials(std::string_view url);
// A copy with every URL string redacted, credential-named keys' string values emptied and
// credential headers ([name, value] pairs and keys) emptied.
nlohmann::json redactJsonSecrets(const nlohmann::json& value);

// True when a JSON key or header name names a credential (the rules above).
bool isSecretKeyName(std::string_view key);
bool isCredentialHeader(std::string_view name);

} // namespace headroom
