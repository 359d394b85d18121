#pragma once
// SourceConfig: one metric endpoint a founder configured for a workspace: what to fetch (an
// exporter's /metrics, a Prometheus-compatible query API, or a JSON document), how (interval,
// timeout, TLS, auth, extra headers, size cap) and which engine metrics it yields (the bindings of
// sources/prometheus/Mapping.h). It is stored per workspace as the JSON of sourceConfigToJson().
//
// Invariants (validateSourceConfig):
// - name: 1-64 characters of [a-z0-9_.-], starting with a letter or digit; unique in a workspace;
//   "host" is reserved for the built-in host collector.
// - url: http:// or https:// with a host; no user:password@ in it (credentials go in auth).
// - 1 s <= interval <= 1 day; 100 ms <= timeout <= 120 s; 1 KiB <= maxResponseBytes <= 256 MiB.
// - every binding is valid and suits the kind: Exposition takes series / counter_rate /
//   counter_ratio / gauge_ratio / histogram_quantile; PrometheusApi takes promql; JsonDocument
//   takes json_pointer. A metric is bound at most once. At least one binding.
// - No secret is ever part of a SourceConfig: the bearer token, basic-auth password or API-key
//   header value is looked up at poll time by (workspace, source name) and handed to the source in
//   memory (see EndpointSource.h). Headers that carry credentials (Authorization, Cookie,
//   Proxy-Authorization, and any name containing "token", "secret", "key" or "password") are
//   refused in `headers`: AuthKind::ApiKeyHeader is their place.

#include "model/Error.h"
#include "net/HttpTypes.h"
#include "sources/prometheus/Mapping.h"
#include "sources/prometheus/ReadyMappings.h"

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace headroom {

enum class EndpointKind {
    Exposition,    // GET an exporter's /metrics (Prometheus text 0.0.4 or OpenMetrics 1.0)
    PrometheusApi, // instant PromQL queries against /api/v1/query of a Prometheus-compatible server
    JsonDocument,  // GET any JSON document; each metric read by a JSON Pointer
};
std::string_view keyOf(EndpointKind kind); // "exposition", "prometheus_api", "json"
std::optional<EndpointKind> endpointKindFromKey(std::string_view key);

enum class AuthKind {
    None,
    Bearer,       // Authorization: Bearer <secret>
    Basic,        // username (stored) + password (secret)
    ApiKeyHeader, // <authHeader>: <secret>, e.g. X-API-Key
};
std::string_view keyOf(AuthKind kind); // "none", "bearer", "basic", "api_key_header"
std::optional<AuthKind> authKindFromKey(std::string_view key);

struct SourceConfig {
    std::string name;
    EndpointKind kind = EndpointKind::Exposition;
    std::string url; // the /metrics URL, the API's base URL, or the JSON document's URL
    bool enabled = true;
    std::chrono::seconds interval{15};
    std::chrono::milliseconds timeout{5000};
    TlsVerification tls = TlsVerification::On;
    std::string caFile; // PEM bundle to trust instead of the system store (empty = system)
    AuthKind auth = AuthKind::None;
    std::string username;   // Basic only
    std::string authHeader; // ApiKeyHeader only: the header's name
    HttpHeaders headers;    // extra, non-secret request headers
    std::size_t maxResponseBytes = 16u * 1024u * 1024u;
    std::optional<ReadyMapping> readyMapping; // the template the bindings came from, if any
    std::vector<MetricBinding> bindings;

    bool needsSecret() const { return auth != AuthKind::None; }
    bool operator==(const SourceConfig&) const = default;
};

// Every problem at once, one per line, each naming the field ("interval: must be ...",
// "bindings[2].expression: promql needs a prometheus_api source"). Field names are those of the
// JSON form below, except interval and timeout, which lose their unit suffix.
Result<void> validateSourceConfig(const SourceConfig& config);

// The stored form; never contains a secret. Fields: name, kind, url, enabled, interval_s,
// timeout_ms, tls_verify, ca_file, auth, username, auth_header, headers [[name, value]...],
// max_response_bytes, ready_mapping (key or null), bindings (MappingJson.h's array form).
nlohmann::json sourceConfigToJson(const SourceConfig& config);
// Parses and validates; every problem at once, one per line, each prefixed by `where`
// ("source 'web': interval_s: must be a whole number, not string"). Unknown fields are ignored, so
// that a newer version's stored form still reads.
// Optional on input: enabled (true), interval_s (15), timeout_ms (5000), tls_verify (true),
// ca_file, auth ("none"), username, auth_header, headers, max_response_bytes, ready_mapping.
Result<SourceConfig> sourceConfigFromJson(const nlohmann::json& value,
                                          std::string_view where = "source");

// A new config pre-filled from a ready-made mapping: the kind it needs, its bindings, and a
// suggested url ("http://127.0.0.1:9100/metrics" for node_exporter, "http://127.0.0.1:9090" for
// Prometheus) that the founder edits.
SourceConfig sourceFromReadyMapping(ReadyMapping mapping, std::string name);

} // namespace headroom
