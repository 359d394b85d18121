#include "bundle/SecretScan.h"

#include "model/Text.h"

#include <algorithm>
#include <array>
#include <cctype>

#include <nlohmann/json.hpp>

namespace headroom {

namespace {

char lower(char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

std::string lowered(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), lower);
    return out;
}

bool isAlnum(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// "apiKey" -> {"api", "key"}; "X-Auth-Token" -> {"x", "auth", "token"}.
std::vector<std::string> wordsOf(std::string_view key) {
    std::vector<std::string> words;
    std::string current;
    for (std::size_t i = 0; i < key.size(); ++i) {
        const char c = key[i];
        if (!isAlnum(c)) {
            if (!current.empty()) {
                words.push_back(std::move(current));
                current.clear();
            }
            continue;
        }
        const bool upper = std::isupper(static_cast<unsigned char>(c)) != 0;
        if (upper && !current.empty() && i > 0 &&
            std::islower(static_cast<unsigned char>(key[i - 1])) != 0) {
            words.push_back(std::move(current));
            current.clear();
        }
        current.push_back(lower(c));
    }
    if (!current.empty()) {
        words.push_back(std::move(current));
    }
    return words;
}

bool isSecretQueryName(std::string_view name) {
    if (isSecretKeyName(name)) {
        return true;
    }
    static constexpr std::array<std::string_view, 11> kNames{
        "key",  "pwd",        "pass", "auth",      "authorization", "sig",
        "code", "credential", "jwt",  "sessionid", "session"};
    const std::string low = lowered(name);
    if (std::find(kNames.begin(), kNames.end(), low) != kNames.end()) {
        return true;
    }
    return low.find("signature") != std::string::npos ||
           low.find("credential") != std::string::npos;
}

bool urlStop(char c) {
    return std::isspace(static_cast<unsigned char>(c)) != 0 || c == '"' || c == '\'' || c == '<' ||
           c == '>' || c == '`' || c == '\\';
}

struct UrlParts {
    std::size_t begin = 0;     // start of the scheme
    std::size_t authority = 0; // after "://"
    std::size_t hostStart = 0; // after the userinfo's '@' (== authority without userinfo)
    std::size_t authorityEnd = 0;
    std::size_t end = 0; // one past the URL
};

// The URLs in text, found by their "://".
std::vector<UrlParts> findUrls(std::string_view text) {
    std::vector<UrlParts> urls;
    std::size_t from = 0;
    for (;;) {
        const std::size_t mark = text.find("://", from);
        if (mark == std::string_view::npos) {
            return urls;
        }
        from = mark + 3;
        std::size_t begin = mark;
        while (begin > 0 &&
               (std::isalpha(static_cast<unsigned char>(text[begin - 1])) != 0 ||
                text[begin - 1] == '+' || text[begin - 1] == '.' || text[begin - 1] == '-')) {
            --begin;
        }
        if (begin == mark) {
            continue; // "://" without a scheme
        }
        UrlParts url;
        url.begin = begin;
        url.authority = mark + 3;
        std::size_t i = url.authority;
        while (i < text.size() && !urlStop(text[i]) && text[i] != '/' && text[i] != '?' &&
               text[i] != '#') {
            ++i;
        }
        url.authorityEnd = i;
        const std::size_t at = text.substr(url.authority, i - url.authority).rfind('@');
        url.hostStart = at == std::string_view::npos ? url.authority : url.authority + at + 1;
        while (i < text.size() && !urlStop(text[i])) {
            ++i;
        }
        url.end = i;
        urls.push_back(url);
        from = std::max(from, url.end);
    }
}

struct QueryParam {
    std::string_view name;
    std::string_view value;
    std::string_view whole;
};

// The query of a URL (without '?' and fragment) split at '&' and ';'.
std::vector<QueryParam> queryParams(std::string_view query) {
    std::vector<QueryParam> params;
    std::size_t start = 0;
    while (start <= query.size()) {
        std::size_t end = query.find_first_of("&;", start);
        if (end == std::string_view::npos) {
            end = query.size();
        }
        const std::string_view part = query.substr(start, end - start);
        if (!part.empty()) {
            const std::size_t eq = part.find('=');
            params.push_back(
                {part.substr(0, eq),
                 eq == std::string_view::npos ? std::string_view{} : part.substr(eq + 1), part});
        }
        start = end + 1;
    }
    return params;
}

void scanPlain(std::string_view text, const std::string& where,
               std::vector<SecretFinding>& findings) {
    for (const UrlParts& url : findUrls(text)) {
        if (url.hostStart != url.authority) {
            findings.push_back({where, "URL userinfo (user:password@)"});
        }
        const std::string_view rest = text.substr(url.authorityEnd, url.end - url.authorityEnd);
        const std::size_t q = rest.find('?');
        if (q == std::string_view::npos) {
            continue;
        }
        std::string_view query = rest.substr(q + 1);
        query = query.substr(0, query.find('#'));
        for (const QueryParam& param : queryParams(query)) {
            if (!param.value.empty() && isSecretQueryName(param.name)) {
                findings.push_back({where, cat("query parameter '", param.name, "'")});
            }
        }
    }
    const std::string low = lowered(text);
    for (std::string_view header : {"authorization:", "cookie:"}) {
        std::size_t from = 0;
        for (;;) {
            const std::size_t at = low.find(header, from);
            if (at == std::string::npos) {
                break;
            }
            from = at + header.size();
            std::size_t v = from;
            while (v < low.size() && (low[v] == ' ' || low[v] == '\t')) {
                ++v;
            }
            if (v < low.size() && low[v] != '\n' && low[v] != '\r' && low[v] != '"') {
                findings.push_back(
                    {where, cat("'", text.substr(at, header.size() - 1), "' header value")});
            }
        }
    }
}

bool nonEmptyString(const nlohmann::json& value) {
    return value.is_string() && !value.get_ref<const std::string&>().empty();
}

std::string escapePointer(std::string_view key) {
    std::string out;
    for (char c : key) {
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else {
            out.push_back(c);
        }
    }
    return out;
}

void scanJson(const nlohmann::json& value, const std::string& path,
              std::vector<SecretFinding>& findings) {
    if (value.is_object()) {
        for (const auto& [key, child] : value.items()) {
            const std::string childPath = cat(path, "/", escapePointer(key));
            if ((isSecretKeyName(key) || isCredentialHeader(key)) && nonEmptyString(child)) {
                findings.push_back({childPath, cat("key '", key, "'")});
            }
            scanJson(child, childPath, findings);
        }
    } else if (value.is_array()) {
        if (value.size() == 2 && value[0].is_string() &&
            isCredentialHeader(value[0].get_ref<const std::string&>()) &&
            nonEmptyString(value[1])) {
            findings.push_back(
                {path, cat("'", value[0].get_ref<const std::string&>(), "' header value")});
        }
        for (std::size_t i = 0; i < value.size(); ++i) {
            scanJson(value[i], cat(path, "/", i), findings);
        }
    } else if (value.is_string()) {
        scanPlain(value.get_ref<const std::string&>(), path.empty() ? "/" : path, findings);
    }
}

nlohmann::json redact(const nlohmann::json& value) {
    if (value.is_object()) {
        nlohmann::json out = nlohmann::json::object();
        for (const auto& [key, child] : value.items()) {
            out[key] = (isSecretKeyName(key) || isCredentialHeader(key)) && child.is_string()
                           ? nlohmann::json("")
                           : redact(child);
        }
        return out;
    }
    if (value.is_array()) {
        nlohmann::json out = nlohmann::json::array();
        const bool headerPair = value.size() == 2 && value[0].is_string() &&
                                isCredentialHeader(value[0].get_ref<const std::string&>()) &&
                                value[1].is_string();
        for (std::size_t i = 0; i < value.size(); ++i) {
            out.push_back(headerPair && i == 1 ? nlohmann::json("") : redact(value[i]));
        }
        return out;
    }
    if (value.is_string()) {
        const auto& text = value.get_ref<const std::string&>();
        if (text.find("://") == std::string::npos) {
            return value;
        }
        // Every URL inside the text, back to front so the offsets stay valid.
        std::string out = text;
        auto urls = findUrls(text);
        for (auto it = urls.rbegin(); it != urls.rend(); ++it) {
            out.replace(
                it->begin, it->end - it->begin,
                stripUrlCredentials(std::string_view(text).substr(it->begin, it->end - it->begin)));
        }
        return out;
    }
    return value;
}

} // namespace

bool isSecretKeyName(std::string_view key) {
    const auto words = wordsOf(key);
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        if (w == "token" || w == "secret" || w == "password" || w == "passwd" || w == "apikey" ||
            w == "bearer" || w == "passphrase") {
            return true;
        }
        if (i + 1 < words.size() && words[i + 1] == "key" &&
            (w == "api" || w == "access" || w == "private" || w == "secret")) {
            return true;
        }
    }
    return false;
}

bool isCredentialHeader(std::string_view name) {
    const std::string low = lowered(name);
    return low == "authorization" || low == "proxy-authorization" || low == "cookie" ||
           low == "set-cookie";
}

std::vector<SecretFinding> scanJsonForSecrets(const nlohmann::json& value) {
    std::vector<SecretFinding> findings;
    scanJson(value, "", findings);
    return findings;
}

std::vector<SecretFinding> scanTextForSecrets(std::string_view text) {
    std::size_t first = 0;
    while (first < text.size() && std::isspace(static_cast<unsigned char>(text[first])) != 0) {
        ++first;
    }
    if (first < text.size() && (text[first] == '{' || text[first] == '[')) {
        auto json = nlohmann::json::parse(text, nullptr, false);
        if (!json.is_discarded()) {
            return scanJsonForSecrets(json);
        }
    }
    std::vector<SecretFinding> findings;
    scanPlain(text, "text", findings);
    return findings;
}

std::string stripUrlCredentials(std::string_view url) {
    const auto urls = findUrls(url);
    if (urls.empty() || urls.front().begin != 0) {
        return std::string(url);
    }
    const UrlParts& parts = urls.front();
    std::string out(url.substr(0, parts.authority));
    out += url.substr(parts.hostStart, parts.authorityEnd - parts.hostStart);
    std::string_view rest = url.substr(parts.authorityEnd);
    std::string_view fragment;
    if (const std::size_t hash = rest.find('#'); hash != std::string_view::npos) {
        fragment = rest.substr(hash);
        rest = rest.substr(0, hash);
    }
    const std::size_t q = rest.find('?');
    out += rest.substr(0, q);
    if (q != std::string_view::npos) {
        std::string kept;
        for (const QueryParam& param : queryParams(rest.substr(q + 1))) {
            if (isSecretQueryName(param.name)) {
                continue;
            }
            kept += kept.empty() ? "" : "&";
            kept += param.whole;
        }
        if (!kept.empty()) {
            out += "?" + kept;
        }
    }
    out += fragment;
    return out;
}

nlohmann::json redactJsonSecrets(const nlohmann::json& value) {
    return redact(value);
}

} // namespace headroom
