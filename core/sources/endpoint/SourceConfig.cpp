#include "sources/endpoint/SourceConfig.h"

#include "model/Text.h"
#include "sources/prometheus/MappingJson.h"
#include "sources/prometheus/PromRequest.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <map>

#include <nlohmann/json.hpp>

namespace headroom {

namespace {

using nlohmann::json;
using namespace std::chrono_literals;

constexpr std::size_t kMaxNameLength = 64;
constexpr std::chrono::seconds kMinInterval{1};
constexpr std::chrono::seconds kMaxInterval{24h};
constexpr std::chrono::milliseconds kMinTimeout{100};
constexpr std::chrono::milliseconds kMaxTimeout{120s};
constexpr std::size_t kMinResponseBytes = 1024;
constexpr std::size_t kMaxResponseBytes = 256u * 1024u * 1024u;

constexpr std::array kKinds{EndpointKind::Exposition, EndpointKind::PrometheusApi,
                            EndpointKind::JsonDocument};
constexpr std::array kAuthKinds{AuthKind::None, AuthKind::Bearer, AuthKind::Basic,
                                AuthKind::ApiKeyHeader};

char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string lowercase(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), lowerAscii);
    return out;
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

bool isLowerAlnum(char c) {
    return (c >= 'a' && c <= 'z') || isDigit(c);
}

// RFC 9110 token: what a header name may be.
bool isToken(std::string_view text) {
    if (text.empty())
        return false;
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) ||
               std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
    });
}

bool hasControl(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 || u == 0x7f;
    });
}

bool hasLineBreakOrNul(std::string_view text) {
    return text.find_first_of(std::string_view("\r\n\0", 3)) != std::string_view::npos;
}

// Header names that carry credentials by definition or by the usual naming of API keys; their
// values would otherwise be stored in clear text with the source.
bool carriesCredentials(std::string_view headerName) {
    const std::string name = lowercase(headerName);
    if (name == "authorization" || name == "proxy-authorization" || name == "cookie")
        return true;
    for (std::string_view word : {"token", "secret", "key", "password"})
        if (name.find(word) != std::string::npos)
            return true;
    return false;
}

// What is wrong with a source URL, or nothing. Never quotes the URL itself: it may hold a
// password in its userinfo.
std::optional<std::string> urlProblem(std::string_view url) {
    if (url.empty())
        return "is empty";
    std::size_t schemeEnd = 0;
    if (url.starts_with("http://"))
        schemeEnd = 7;
    else if (url.starts_with("https://"))
        schemeEnd = 8;
    else
        return "must start with http:// or https://";
    if (hasControl(url) || url.find(' ') != std::string_view::npos)
        return "must not contain spaces or control characters";
    const std::size_t authorityEnd = url.find_first_of("/?#", schemeEnd);
    const std::string_view authority =
        url.substr(schemeEnd, authorityEnd == std::string_view::npos ? authorityEnd
                                                                     : authorityEnd - schemeEnd);
    if (authority.find('@') != std::string_view::npos)
        return "must not carry user:password@ (credentials go in auth)";
    std::string_view host = authority;
    std::string_view port;
    if (host.starts_with('[')) {
        const std::size_t close = host.find(']');
        if (close == std::string_view::npos)
            return "has an unterminated [IPv6] host";
        const std::string_view after = host.substr(close + 1);
        if (!after.empty() && !after.starts_with(':'))
            return "has text after the [IPv6] host";
        port = after.empty() ? after : after.substr(1);
        host = host.substr(1, close - 1);
    } else if (const std::size_t colon = host.rfind(':'); colon != std::string_view::npos) {
        port = host.substr(colon + 1);
        host = host.substr(0, colon);
        if (port.empty())
            return "has an empty port after ':'";
    }
    if (host.empty())
        return "has no host";
    if (!port.empty()) {
        if (port.size() > 5 || !std::all_of(port.begin(), port.end(), isDigit))
            return "has a port that is not a number";
        const int number = std::stoi(std::string(port));
        if (number < 1 || number > 65535)
            return "has a port outside 1-65535";
    }
    return std::nullopt;
}

// The kind of source an expression is evaluated against.
EndpointKind kindFor(const SourceExpression& expression) {
    if (std::holds_alternative<PromQl>(expression))
        return EndpointKind::PrometheusApi;
    if (std::holds_alternative<JsonPointer>(expression))
        return EndpointKind::JsonDocument;
    return EndpointKind::Exposition;
}

EndpointKind kindFor(ReadyMapping mapping) {
    return mapping == ReadyMapping::NodeExporter ? EndpointKind::Exposition
                                                 : EndpointKind::PrometheusApi;
}

std::string_view article(EndpointKind kind) {
    return kind == EndpointKind::Exposition ? "an" : "a";
}

std::string joinLines(const std::vector<std::string>& lines, std::string_view prefix) {
    std::string out;
    for (const auto& line : lines) {
        if (!out.empty())
            out += '\n';
        out += prefix;
        out += line;
    }
    return out;
}

// Collects the problems of one JSON object's fields without stopping at the first.
class FieldReader {
public:
    FieldReader(const json& object, std::vector<std::string>& problems)
        : m_object(object)
        , m_problems(problems) {}

    const json* find(const char* field) const {
        auto it = m_object.find(field);
        return it == m_object.end() || it->is_null() ? nullptr : &*it;
    }
    void problem(std::string_view field, std::string_view what) {
        m_problems.push_back(cat(field, ": ", what));
    }

    std::optional<std::string> string(const char* field, bool required) {
        const json* v = find(field);
        if (!v) {
            if (required)
                problem(field, "is missing");
            return std::nullopt;
        }
        if (!v->is_string()) {
            problem(field, cat("must be a string, not ", v->type_name()));
            return std::nullopt;
        }
        return v->get<std::string>();
    }
    std::optional<bool> boolean(const char* field) {
        const json* v = find(field);
        if (!v)
            return std::nullopt;
        if (!v->is_boolean()) {
            problem(field, cat("must be true or false, not ", v->type_name()));
            return std::nullopt;
        }
        return v->get<bool>();
    }
    // A whole number that fits in int64 and is not negative.
    std::optional<std::int64_t> count(const char* field) {
        const json* v = find(field);
        if (!v)
            return std::nullopt;
        if (v->is_number_unsigned()) {
            const auto value = v->get<std::uint64_t>();
            if (value > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
                problem(field, "is too large");
                return std::nullopt;
            }
            return static_cast<std::int64_t>(value);
        }
        if (v->is_number_integer()) {
            const auto value = v->get<std::int64_t>();
            if (value < 0) {
                problem(field, cat("must not be negative, not ", value));
                return std::nullopt;
            }
            return value;
        }
        problem(field, cat("must be a whole number, not ", v->type_name()));
        return std::nullopt;
    }

private:
    const json& m_object;
    std::vector<std::string>& m_problems;
};

} // namespace

std::string_view keyOf(EndpointKind kind) {
    switch (kind) {
    case EndpointKind::Exposition:
        return "exposition";
    case EndpointKind::PrometheusApi:
        return "prometheus_api";
    case EndpointKind::JsonDocument:
        return "json";
    }
    return "?";
}

std::optional<EndpointKind> endpointKindFromKey(std::string_view key) {
    for (EndpointKind kind : kKinds)
        if (keyOf(kind) == key)
            return kind;
    return std::nullopt;
}

std::string_view keyOf(AuthKind kind) {
    switch (kind) {
    case AuthKind::None:
        return "none";
    case AuthKind::Bearer:
        return "bearer";
    case AuthKind::Basic:
        return "basic";
    case AuthKind::ApiKeyHeader:
        return "api_key_header";
    }
    return "?";
}

std::optional<AuthKind> authKindFromKey(std::string_view key) {
    for (AuthKind kind : kAuthKinds)
        if (keyOf(kind) == key)
            return kind;
    return std::nullopt;
}

Result<void> validateSourceConfig(const SourceConfig& config) {
    std::vector<std::string> problems;
    const auto problem = [&](std::string_view field, std::string_view what) {
        problems.push_back(cat(field, ": ", what));
    };

    // name
    if (config.name.empty()) {
        problem("name", "is empty");
    } else {
        if (config.name.size() > kMaxNameLength)
            problem("name", cat("must be at most ", kMaxNameLength, " characters, not ",
                                config.name.size()));
        const auto bad = std::find_if_not(config.name.begin(), config.name.end(), [](char c) {
            return isLowerAlnum(c) || c == '_' || c == '.' || c == '-';
        });
        if (bad != config.name.end())
            problem("name", "may only hold lowercase letters a-z, digits, '_', '.' and '-'"
                            " (no capitals or spaces)");
        else if (!isLowerAlnum(config.name.front()))
            problem("name", "must start with a letter or a digit");
        if (config.name == "host")
            problem("name", "'host' is reserved for the built-in host collector");
    }

    // url
    if (auto what = urlProblem(config.url)) {
        problem("url", *what);
    } else if (config.kind == EndpointKind::PrometheusApi) {
        if (auto base = normalizePromBaseUrl(config.url); !base)
            problem("url", "a Prometheus base URL must not carry a query string or fragment");
    }

    // limits
    if (config.interval < kMinInterval || config.interval > kMaxInterval)
        problem("interval", cat("must be between 1 s and 1 day (86400 s), not ",
                                config.interval.count(), " s"));
    if (config.timeout < kMinTimeout || config.timeout > kMaxTimeout)
        problem("timeout", cat("must be between 100 ms and 120 s (120000 ms), not ",
                               config.timeout.count(), " ms"));
    if (config.maxResponseBytes < kMinResponseBytes || config.maxResponseBytes > kMaxResponseBytes)
        problem("max_response_bytes",
                cat("must be between ", kMinResponseBytes, " (1 KiB) and ", kMaxResponseBytes,
                    " (256 MiB), not ", config.maxResponseBytes));

    // TLS
    if (!config.caFile.empty()) {
        if (hasControl(config.caFile))
            problem("ca_file", "must not contain control characters");
        else if (!config.caFile.starts_with('/'))
            problem("ca_file", "must be an absolute path");
    }

    // auth
    if (config.auth == AuthKind::Basic) {
        if (config.username.empty())
            problem("username", "basic auth needs a user name");
        else if (config.username.find(':') != std::string::npos)
            problem("username", "must not contain ':'");
        else if (hasControl(config.username))
            problem("username", "must not contain control characters");
    } else if (!config.username.empty()) {
        problem("username", "only basic auth uses a user name");
    }
    if (config.auth == AuthKind::ApiKeyHeader) {
        if (config.authHeader.empty())
            problem("auth_header", "API-key auth needs the header's name (e.g. X-API-Key)");
        else if (!isToken(config.authHeader))
            problem("auth_header", "is not a valid header name");
    } else if (!config.authHeader.empty()) {
        problem("auth_header", "only api_key_header auth uses a header name");
    }

    // headers
    for (std::size_t i = 0; i < config.headers.size(); ++i) {
        const auto& [name, value] = config.headers[i];
        const std::string field = cat("headers[", i, "]");
        if (!isToken(name))
            problem(field + ".name",
                    name.empty() ? "is empty" : "is not a valid header name (letters, digits, -)");
        else if (carriesCredentials(name))
            problem(field + ".name",
                    cat("'", name,
                        "' would carry a credential: use auth (bearer, basic or api_key_header) "
                        "so that the secret is not stored with the source"));
        if (hasLineBreakOrNul(value))
            problem(field + ".value", "must not contain line breaks");
    }

    // ready mapping
    if (config.readyMapping && kindFor(*config.readyMapping) != config.kind) {
        const EndpointKind needed = kindFor(*config.readyMapping);
        problem("ready_mapping", cat(keyOf(*config.readyMapping), " needs ", article(needed), " ",
                                     keyOf(needed), " source"));
    }

    // bindings
    if (config.bindings.empty())
        problem("bindings", "bind at least one engine metric");
    std::map<MetricId, std::size_t> firstBinding;
    for (std::size_t i = 0; i < config.bindings.size(); ++i) {
        const MetricBinding& binding = config.bindings[i];
        const std::string field = cat("bindings[", i, "]");
        if (auto valid = validateBinding(binding); !valid)
            problems.push_back(cat(field, ".", valid.error().message));
        const EndpointKind needed = kindFor(binding.expression);
        if (needed != config.kind)
            problem(field + ".expression", cat(expressionKind(binding.expression), " needs ",
                                               article(needed), " ", keyOf(needed), " source"));
        if (auto [it, inserted] = firstBinding.try_emplace(binding.metric, i); !inserted)
            problem(field + ".metric", cat(metricKey(binding.metric),
                                           " is bound twice (also in bindings[", it->second, "])"));
    }

    if (problems.empty())
        return {};
    return fail(ErrorCode::ValidationError, joinLines(problems, ""));
}

nlohmann::json sourceConfigToJson(const SourceConfig& config) {
    json headers = json::array();
    for (const auto& [name, value] : config.headers)
        headers.push_back(json::array({name, value}));
    json bindings = json::array();
    for (const auto& binding : config.bindings)
        bindings.push_back(bindingToJson(binding));
    return {
        {"name", config.name},
        {"kind", keyOf(config.kind)},
        {"url", config.url},
        {"enabled", config.enabled},
        {"interval_s", config.interval.count()},
        {"timeout_ms", config.timeout.count()},
        {"tls_verify", config.tls == TlsVerification::On},
        {"ca_file", config.caFile},
        {"auth", keyOf(config.auth)},
        {"username", config.username},
        {"auth_header", config.authHeader},
        {"headers", std::move(headers)},
        {"max_response_bytes", config.maxResponseBytes},
        {"ready_mapping",
         config.readyMapping ? json(std::string(keyOf(*config.readyMapping))) : json(nullptr)},
        {"bindings", std::move(bindings)},
    };
}

Result<SourceConfig> sourceConfigFromJson(const nlohmann::json& value, std::string_view where) {
    const std::string prefix = cat(where, ": ");
    if (!value.is_object())
        return fail(ErrorCode::ValidationError,
                    cat(prefix, "must be a JSON object, not ", value.type_name()));
    std::vector<std::string> problems;
    FieldReader r(value, problems);
    SourceConfig config;

    if (auto name = r.string("name", true))
        config.name = *name;
    if (auto kind = r.string("kind", true)) {
        if (auto parsed = endpointKindFromKey(*kind))
            config.kind = *parsed;
        else
            r.problem("kind", cat("\"", *kind, "\" is not exposition, prometheus_api or json"));
    }
    if (auto url = r.string("url", true))
        config.url = *url;
    if (auto enabled = r.boolean("enabled"))
        config.enabled = *enabled;
    // Out-of-range numbers are clamped into something validateSourceConfig reports, never wrapped.
    if (auto interval = r.count("interval_s"))
        config.interval = std::chrono::seconds(std::min<std::int64_t>(*interval, 1LL << 40));
    if (auto timeout = r.count("timeout_ms"))
        config.timeout = std::chrono::milliseconds(std::min<std::int64_t>(*timeout, 1LL << 40));
    if (auto verify = r.boolean("tls_verify"))
        config.tls = *verify ? TlsVerification::On : TlsVerification::Off;
    if (auto caFile = r.string("ca_file", false))
        config.caFile = *caFile;
    if (auto auth = r.string("auth", false)) {
        if (auto parsed = authKindFromKey(*auth))
            config.auth = *parsed;
        else
            r.problem("auth", cat("\"", *auth, "\" is not none, bearer, basic or api_key_header"));
    }
    if (auto username = r.string("username", false))
        config.username = *username;
    if (auto authHeader = r.string("auth_header", false))
        config.authHeader = *authHeader;
    if (const json* headers = r.find("headers")) {
        if (!headers->is_array()) {
            r.problem("headers",
                      cat("must be an array of [name, value] pairs, not ", headers->type_name()));
        } else {
            for (std::size_t i = 0; i < headers->size(); ++i) {
                const json& pair = (*headers)[i];
                if (!pair.is_array() || pair.size() != 2 || !pair[0].is_string() ||
                    !pair[1].is_string()) {
                    r.problem(cat("headers[", i, "]"), "must be a [name, value] pair of strings");
                    continue;
                }
                config.headers.emplace_back(pair[0].get<std::string>(), pair[1].get<std::string>());
            }
        }
    }
    if (auto maxBytes = r.count("max_response_bytes"))
        config.maxResponseBytes = static_cast<std::size_t>(*maxBytes);
    if (auto mapping = r.string("ready_mapping", false)) {
        if (auto parsed = readyMappingFromKey(*mapping))
            config.readyMapping = *parsed;
        else
            r.problem("ready_mapping",
                      cat("\"", *mapping, "\" is not node_exporter or prometheus_node_exporter"));
    }
    if (const json* bindings = r.find("bindings"); !bindings) {
        r.problem("bindings", "is missing");
    } else if (!bindings->is_array()) {
        r.problem("bindings", cat("must be an array, not ", bindings->type_name()));
    } else {
        for (std::size_t i = 0; i < bindings->size(); ++i) {
            auto binding = bindingFromJson((*bindings)[i], cat("bindings[", i, "]"));
            if (binding)
                config.bindings.push_back(std::move(*binding));
            else
                problems.push_back(binding.error().message);
        }
    }

    if (!problems.empty())
        return fail(ErrorCode::ValidationError, joinLines(problems, prefix));
    if (auto valid = validateSourceConfig(config); !valid) {
        std::vector<std::string> lines;
        std::string_view rest = valid.error().message;
        while (!rest.empty()) {
            const std::size_t end = rest.find('\n');
            lines.emplace_back(rest.substr(0, end));
            rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
        }
        return fail(ErrorCode::ValidationError, joinLines(lines, prefix));
    }
    return config;
}

SourceConfig sourceFromReadyMapping(ReadyMapping mapping, std::string name) {
    SourceConfig config;
    config.name = std::move(name);
    config.kind = kindFor(mapping);
    config.url = mapping == ReadyMapping::NodeExporter ? "http://127.0.0.1:9100/metrics"
                                                       : "http://127.0.0.1:9090";
    config.readyMapping = mapping;
    // The shipped texts are kept valid by a test; an error here would leave no bindings, which
    // validateSourceConfig then reports instead of this function throwing.
    if (auto bindings = readyMappingBindings(mapping))
        config.bindings = std::move(*bindings);
    return config;
}

} // namespace headroom
