// SourceConfig (pure): every validation rule with the field it names, all problems reported at
// once, the stored JSON form (round trip, defaults, errors), kinds against bindings, headers that
// would carry a secret, and the configs made from ready-made mappings.

#include "sources/endpoint/SourceConfig.h"
#include "sources/prometheus/MappingJson.h"
#include "support/CorePrinters.h"

#include <functional>
#include <map>

#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using namespace std::chrono_literals;

namespace {

MetricBinding cpuSeries() {
    return {MetricId::CpuUtilization, SeriesSelect{{"cpu_busy", {}}, Aggregation::Max}, 1.0};
}

// A valid exposition source that each validation case breaks in one way.
SourceConfig validExposition() {
    SourceConfig config;
    config.name = "web";
    config.kind = EndpointKind::Exposition;
    config.url = "http://127.0.0.1:9100/metrics";
    config.bindings = {cpuSeries()};
    return config;
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find('\n', start);
        out.push_back(text.substr(start, end == std::string::npos ? end : end - start));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return out;
}

using Mutation = std::function<void(SourceConfig&)>;

// One invalid config per row: the mutation and the one line validation must give for it.
const std::map<std::string, std::pair<Mutation, std::string>>& invalidCases() {
    static const std::map<std::string, std::pair<Mutation, std::string>> cases = {
        {"empty name", {[](SourceConfig& c) { c.name.clear(); }, "name: is empty"}},
        {"name too long",
         {[](SourceConfig& c) { c.name = std::string(65, 'a'); }, "name: must be at most 64"}},
        {"capital in name",
         {[](SourceConfig& c) { c.name = "Web"; }, "name: may only hold lowercase letters"}},
        {"space in name",
         {[](SourceConfig& c) { c.name = "my web"; }, "name: may only hold lowercase letters"}},
        {"name starts with dash",
         {[](SourceConfig& c) { c.name = "-web"; }, "name: must start with a letter or a digit"}},
        {"name starts with dot",
         {[](SourceConfig& c) { c.name = ".web"; }, "name: must start with a letter or a digit"}},
        {"reserved name", {[](SourceConfig& c) { c.name = "host"; }, "name: 'host' is reserved"}},
        {"empty url", {[](SourceConfig& c) { c.url.clear(); }, "url: is empty"}},
        {"ftp url",
         {[](SourceConfig& c) { c.url = "ftp://127.0.0.1/metrics"; },
          "url: must start with http:// or https://"}},
        {"no scheme",
         {[](SourceConfig& c) { c.url = "127.0.0.1:9100/metrics"; },
          "url: must start with http:// or https://"}},
        {"no host", {[](SourceConfig& c) { c.url = "http:///metrics"; }, "url: has no host"}},
        {"port only",
         {[](SourceConfig& c) { c.url = "http://:9100/metrics"; }, "url: has no host"}},
        {"userinfo in url",
         {[](SourceConfig& c) { c.url = "http://bob:hunter2@127.0.0.1/metrics"; },
          "url: must not carry user:password@"}},
        {"port too large",
         {[](SourceConfig& c) { c.url = "http://127.0.0.1:99999/"; },
          "url: has a port outside 1-65535"}},
        {"port zero",
         {[](SourceConfig& c) { c.url = "http://127.0.0.1:0/"; },
          "url: has a port outside 1-65535"}},
        {"port not a number",
         {[](SourceConfig& c) { c.url = "http://127.0.0.1:http/"; },
          "url: has a port that is not a number"}},
        {"space in url",
         {[](SourceConfig& c) { c.url = "http://127.0.0.1/my metrics"; },
          "url: must not contain spaces"}},
        {"unterminated ipv6",
         {[](SourceConfig& c) { c.url = "http://[::1/metrics"; }, "url: has an unterminated"}},
        {"prometheus url with query",
         {[](SourceConfig& c) {
              c.kind = EndpointKind::PrometheusApi;
              c.url = "http://127.0.0.1:9090/?tenant=a";
              c.bindings = {{MetricId::CpuUtilization, PromQl{"up"}, 1.0}};
          },
          "url: a Prometheus base URL must not carry a query string"}},
        {"interval zero",
         {[](SourceConfig& c) { c.interval = 0s; }, "interval: must be between 1 s and 1 day"}},
        {"interval over a day",
         {[](SourceConfig& c) { c.interval = 86401s; },
          "interval: must be between 1 s and 1 day (86400 s), not 86401 s"}},
        {"timeout too short",
         {[](SourceConfig& c) { c.timeout = 99ms; },
          "timeout: must be between 100 ms and 120 s (120000 ms), not 99 ms"}},
        {"timeout too long",
         {[](SourceConfig& c) { c.timeout = 120001ms; }, "timeout: must be between 100 ms"}},
        {"cap too small",
         {[](SourceConfig& c) { c.maxResponseBytes = 1023; },
          "max_response_bytes: must be between 1024 (1 KiB) and 268435456 (256 MiB), not 1023"}},
        {"cap too large",
         {[](SourceConfig& c) { c.maxResponseBytes = 256u * 1024u * 1024u + 1u; },
          "max_response_bytes: must be between"}},
        {"relative ca file",
         {[](SourceConfig& c) { c.caFile = "certs/ca.pem"; }, "ca_file: must be an absolute path"}},
        {"basic without user",
         {[](SourceConfig& c) { c.auth = AuthKind::Basic; },
          "username: basic auth needs a user name"}},
        {"basic user with colon",
         {[](SourceConfig& c) {
              c.auth = AuthKind::Basic;
              c.username = "bob:pw";
          },
          "username: must not contain ':'"}},
        {"user name without basic",
         {[](SourceConfig& c) {
              c.auth = AuthKind::Bearer;
              c.username = "bob";
          },
          "username: only basic auth uses a user name"}},
        {"api key without header name",
         {[](SourceConfig& c) { c.auth = AuthKind::ApiKeyHeader; },
          "auth_header: API-key auth needs the header's name"}},
        {"api key header name with space",
         {[](SourceConfig& c) {
              c.auth = AuthKind::ApiKeyHeader;
              c.authHeader = "X API Key";
          },
          "auth_header: is not a valid header name"}},
        {"header name without api key auth",
         {[](SourceConfig& c) { c.authHeader = "X-API-Key"; },
          "auth_header: only api_key_header auth uses a header name"}},
        {"header with empty name",
         {[](SourceConfig& c) {
              c.headers = {{"", "x"}};
          },
          "headers[0].name: is empty"}},
        {"header name with colon",
         {[](SourceConfig& c) {
              c.headers = {{"X-Scope", "a"}, {"X:Y", "b"}};
          },
          "headers[1].name: is not a valid header name"}},
        {"header value with line break",
         {[](SourceConfig& c) {
              c.headers = {{"X-Scope", "a\r\nX-Evil: 1"}};
          },
          "headers[0].value: must not contain line breaks"}},
        {"authorization header",
         {[](SourceConfig& c) {
              c.headers = {{"Authorization", "Bearer abc"}};
          },
          "headers[0].name: 'Authorization' would carry a credential: use auth"}},
        {"no bindings",
         {[](SourceConfig& c) { c.bindings.clear(); },
          "bindings: bind at least one engine metric"}},
        {"promql in exposition",
         {[](SourceConfig& c) {
              c.bindings = {{MetricId::ErrorRate, PromQl{"up"}, 1.0}};
          },
          "bindings[0].expression: promql needs a prometheus_api source"}},
        {"json pointer in exposition",
         {[](SourceConfig& c) {
              c.bindings.push_back({MetricId::ActiveClients, JsonPointer{"/clients"}, 1.0});
          },
          "bindings[1].expression: json_pointer needs a json source"}},
        {"series in json",
         {[](SourceConfig& c) { c.kind = EndpointKind::JsonDocument; },
          "bindings[0].expression: series needs an exposition source"}},
        {"histogram in prometheus api",
         {[](SourceConfig& c) {
              c.kind = EndpointKind::PrometheusApi;
              c.url = "http://127.0.0.1:9090";
              c.bindings = {{MetricId::ResponseTimeP95Ms,
                             HistogramQuantile{{"http_request_duration_seconds", {}}, 0.95}, 1000}};
          },
          "bindings[0].expression: histogram_quantile needs an exposition source"}},
        {"metric bound twice",
         {[](SourceConfig& c) {
              c.bindings.push_back(
                  {MetricId::CpuUtilization, SeriesSelect{{"other", {}}, Aggregation::Sum}, 1.0});
          },
          "bindings[1].metric: cpu_utilization is bound twice (also in bindings[0])"}},
        {"invalid quantile",
         {[](SourceConfig& c) {
              c.bindings = {{MetricId::ResponseTimeP95Ms, HistogramQuantile{{"h", {}}, 1.5}, 1}};
          },
          "bindings[0].expression.q must be within [0, 1]"}},
        {"zero scale",
         {[](SourceConfig& c) { c.bindings[0].scale = 0; },
          "bindings[0].scale must be a finite non-zero number"}},
        {"ready mapping of another kind",
         {[](SourceConfig& c) { c.readyMapping = ReadyMapping::PrometheusNodeExporter; },
          "ready_mapping: prometheus_node_exporter needs a prometheus_api source"}},
    };
    return cases;
}

} // namespace

class TestSourceConfig : public QObject {
    Q_OBJECT
private slots:
    void kindKeys() {
        for (EndpointKind kind :
             {EndpointKind::Exposition, EndpointKind::PrometheusApi, EndpointKind::JsonDocument})
            QCOMPARE(endpointKindFromKey(keyOf(kind)), std::optional<EndpointKind>(kind));
        QCOMPARE(keyOf(EndpointKind::Exposition), std::string_view("exposition"));
        QCOMPARE(keyOf(EndpointKind::PrometheusApi), std::string_view("prometheus_api"));
        QCOMPARE(keyOf(EndpointKind::JsonDocument), std::string_view("json"));
        QVERIFY(!endpointKindFromKey("Exposition"));
        QVERIFY(!endpointKindFromKey(""));

        for (AuthKind kind :
             {AuthKind::None, AuthKind::Bearer, AuthKind::Basic, AuthKind::ApiKeyHeader})
            QCOMPARE(authKindFromKey(keyOf(kind)), std::optional<AuthKind>(kind));
        QCOMPARE(keyOf(AuthKind::None), std::string_view("none"));
        QCOMPARE(keyOf(AuthKind::Bearer), std::string_view("bearer"));
        QCOMPARE(keyOf(AuthKind::Basic), std::string_view("basic"));
        QCOMPARE(keyOf(AuthKind::ApiKeyHeader), std::string_view("api_key_header"));
        QVERIFY(!authKindFromKey("digest"));
    }

    void invalid_data() {
        QTest::addColumn<int>("unused");
        for (const auto& [name, item] : invalidCases())
            QTest::newRow(name.c_str()) << 0;
    }

    void invalid() {
        const auto& [mutate, expected] = invalidCases().at(QTest::currentDataTag());
        SourceConfig config = validExposition();
        QVERIFY(validateSourceConfig(config).has_value());
        mutate(config);
        const auto result = validateSourceConfig(config);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::ValidationError);
        const std::string& message = result.error().message;
        // Exactly the one problem the mutation made, with its field first.
        QVERIFY2(message.find('\n') == std::string::npos, message.c_str());
        QVERIFY2(message.starts_with(expected), message.c_str());
    }

    void userinfoPasswordNotEchoed() {
        SourceConfig config = validExposition();
        config.url = "https://bob:hunter2@metrics.example/metrics";
        const auto result = validateSourceConfig(config);
        QVERIFY(!result);
        QVERIFY2(result.error().message.find("hunter2") == std::string::npos,
                 result.error().message.c_str());
    }

    void everyProblemAtOnce() {
        SourceConfig config = validExposition();
        config.name = "My Web";
        config.url = "ftp://x";
        config.interval = 0s;
        config.auth = AuthKind::Basic;
        config.headers = {{"Cookie", "a=b"}};
        config.bindings.push_back({MetricId::ErrorRate, PromQl{"up"}, 1.0});
        const auto result = validateSourceConfig(config);
        QVERIFY(!result);
        const auto all = lines(result.error().message);
        const std::vector<std::string> fields = {"name:",
                                                 "url:",
                                                 "interval:",
                                                 "username:",
                                                 "headers[0].name:",
                                                 "bindings[1].expression:"};
        QCOMPARE(all.size(), fields.size());
        for (std::size_t i = 0; i < fields.size(); ++i)
            QVERIFY2(all[i].starts_with(fields[i]), all[i].c_str());
    }

    void accepted_data() {
        QTest::addColumn<int>("unused");
        for (const char* name :
             {"64-character name", "digit first", "punctuation", "1 s interval", "1 day interval",
              "100 ms timeout", "120 s timeout", "1 KiB cap", "256 MiB cap", "ipv6 host",
              "https with port and path", "host name", "absolute ca file", "tls off", "basic auth",
              "bearer auth", "api key auth", "harmless headers", "query string"})
            QTest::newRow(name) << 0;
    }

    void accepted() {
        static const std::map<std::string, Mutation> cases = {
            {"64-character name",
             [](SourceConfig& c) {
                 c.name = std::string(64, 'z');
             }},
            {"digit first",
             [](SourceConfig& c) {
                 c.name = "0web";
             }},
            {"punctuation",
             [](SourceConfig& c) {
                 c.name = "web-1.eu_west";
             }},
            {"1 s interval",
             [](SourceConfig& c) {
                 c.interval = 1s;
             }},
            {"1 day interval",
             [](SourceConfig& c) {
                 c.interval = 86400s;
             }},
            {"100 ms timeout",
             [](SourceConfig& c) {
                 c.timeout = 100ms;
             }},
            {"120 s timeout",
             [](SourceConfig& c) {
                 c.timeout = 120s;
             }},
            {"1 KiB cap",
             [](SourceConfig& c) {
                 c.maxResponseBytes = 1024;
             }},
            {"256 MiB cap",
             [](SourceConfig& c) {
                 c.maxResponseBytes = 256u * 1024u * 1024u;
             }},
            {"ipv6 host",
             [](SourceConfig& c) {
                 c.url = "http://[::1]:9100/metrics";
             }},
            {"https with port and path",
             [](SourceConfig& c) {
                 c.url = "https://metrics.example:8443/a/b/metrics";
             }},
            {"host name",
             [](SourceConfig& c) {
                 c.url = "http://localhost/metrics";
             }},
            {"absolute ca file",
             [](SourceConfig& c) {
                 c.caFile = "/etc/ssl/certs/ca.pem";
             }},
            {"tls off",
             [](SourceConfig& c) {
                 c.tls = TlsVerification::Off;
             }},
            {"basic auth",
             [](SourceConfig& c) {
                 c.auth = AuthKind::Basic;
                 c.username = "bob";
             }},
            {"bearer auth",
             [](SourceConfig& c) {
                 c.auth = AuthKind::Bearer;
             }},
            {"api key auth",
             [](SourceConfig& c) {
                 c.auth = AuthKind::ApiKeyHeader;
                 c.authHeader = "X-API-Key";
             }},
            {"harmless headers",
             [](SourceConfig& c) {
                 c.headers = {
                     {"X-Scope-OrgID", "tenant-1"}, {"Accept-Encoding", "gzip"}, {"X-Empty", ""}};
             }},
            {"query string",
             [](SourceConfig& c) {
                 c.url = "http://127.0.0.1/metrics?x=1";
             }},
        };
        SourceConfig config = validExposition();
        cases.at(QTest::currentDataTag())(config);
        const auto result = validateSourceConfig(config);
        QVERIFY2(result.has_value(), result ? "" : result.error().message.c_str());
    }

    void secretLookingHeadersRefused_data() {
        QTest::addColumn<QString>("header");
        QTest::addColumn<bool>("refused");
        for (const char* name :
             {"Authorization", "authorization", "Proxy-Authorization", "Cookie", "X-API-Key",
              "X-Auth-Token", "X-Client-Secret", "DB-Password", "apikey", "X-Access-TOKEN"})
            QTest::newRow(name) << QString(name) << true;
        for (const char* name :
             {"X-Scope-OrgID", "Accept", "Accept-Encoding", "User-Agent", "X-Tenant", "Keep-Alive"})
            QTest::newRow(name) << QString(name) << false;
    }

    void secretLookingHeadersRefused() {
        QFETCH(QString, header);
        QFETCH(bool, refused);
        SourceConfig config = validExposition();
        config.headers = {{header.toStdString(), "value"}};
        const auto result = validateSourceConfig(config);
        QCOMPARE(!result.has_value(), refused);
        if (refused) {
            QVERIFY2(result.error().message.starts_with("headers[0].name: '" +
                                                        header.toStdString() +
                                                        "' would carry a credential"),
                     result.error().message.c_str());
            // The value never appears in the message.
            QVERIFY(result.error().message.find("value") == std::string::npos);
        }
    }

    void readyMappings_data() {
        QTest::addColumn<int>("mapping");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("url");
        QTest::newRow("node_exporter")
            << int(ReadyMapping::NodeExporter) << int(EndpointKind::Exposition)
            << "http://127.0.0.1:9100/metrics";
        QTest::newRow("prometheus_node_exporter")
            << int(ReadyMapping::PrometheusNodeExporter) << int(EndpointKind::PrometheusApi)
            << "http://127.0.0.1:9090";
    }

    void readyMappings() {
        QFETCH(int, mapping);
        QFETCH(int, kind);
        QFETCH(QString, url);
        const auto ready = static_cast<ReadyMapping>(mapping);
        const SourceConfig config = sourceFromReadyMapping(ready, "node");
        QCOMPARE(config.name, std::string("node"));
        QCOMPARE(int(config.kind), kind);
        QCOMPARE(config.url, url.toStdString());
        QCOMPARE(config.readyMapping, std::optional<ReadyMapping>(ready));
        QCOMPARE(config.auth, AuthKind::None);
        QVERIFY(config.enabled);
        const auto expected = readyMappingBindings(ready);
        QVERIFY(expected.has_value());
        QVERIFY(config.bindings == *expected);
        QCOMPARE(config.bindings.size(), std::size_t{4});
        const auto valid = validateSourceConfig(config);
        QVERIFY2(valid.has_value(), valid ? "" : valid.error().message.c_str());
        // And it survives its stored form.
        const auto back = sourceConfigFromJson(sourceConfigToJson(config));
        QVERIFY2(back.has_value(), back ? "" : back.error().message.c_str());
        QVERIFY(*back == config);
    }

    void jsonRoundTrip_data() {
        QTest::addColumn<int>("variant");
        QTest::newRow("exposition, basic auth, every field") << 0;
        QTest::newRow("prometheus api, api key") << 1;
        QTest::newRow("json document, bearer") << 2;
    }

    void jsonRoundTrip() {
        QFETCH(int, variant);
        SourceConfig config;
        if (variant == 0) {
            config = sourceFromReadyMapping(ReadyMapping::NodeExporter, "api-1");
            config.url = "https://api.example:9100/metrics?collect[]=cpu";
            config.enabled = false;
            config.interval = 30s;
            config.timeout = 2500ms;
            config.tls = TlsVerification::Off;
            config.caFile = "/etc/headroom/ca.pem";
            config.auth = AuthKind::Basic;
            config.username = "scraper";
            config.headers = {{"X-Scope-OrgID", "team \"a\""}, {"X-Empty", ""}};
            config.maxResponseBytes = 4096;
            config.bindings.push_back(
                {MetricId::ResponseTimeP95Ms,
                 HistogramQuantile{{"http_request_duration_seconds",
                                    {{"handler", MatchOp::RegexNoMatch, "/health|/ready"}}},
                                   0.95,
                                   HistogramWindow::Lifetime},
                 1000.0});
            config.bindings.push_back(
                {MetricId::RequestsPerMinute, CounterRate{{"http_requests_total", {}}}, 60.0});
        } else if (variant == 1) {
            config = sourceFromReadyMapping(ReadyMapping::PrometheusNodeExporter, "prom");
            config.url = "https://mimir.example/prometheus";
            config.auth = AuthKind::ApiKeyHeader;
            config.authHeader = "X-API-Key";
        } else {
            config.name = "billing";
            config.kind = EndpointKind::JsonDocument;
            config.url = "http://127.0.0.1:8080/health.json";
            config.auth = AuthKind::Bearer;
            config.interval = 60s;
            config.bindings = {
                {MetricId::ActiveClients, JsonPointer{"/clients/active"}, 1.0},
                {MetricId::StorageUsageGb, JsonPointer{"/disk/used", StringNumbers::Accept}, 1e-9}};
        }
        QVERIFY2(validateSourceConfig(config).has_value(),
                 validateSourceConfig(config).error().message.c_str());
        // Through text, as the store keeps it.
        const std::string text = sourceConfigToJson(config).dump();
        const auto back = sourceConfigFromJson(nlohmann::json::parse(text));
        QVERIFY2(back.has_value(), back ? "" : back.error().message.c_str());
        QVERIFY(*back == config);
        QCOMPARE(sourceConfigToJson(*back).dump(), text);
    }

    void storedForm() {
        SourceConfig config = validExposition();
        config.auth = AuthKind::Basic;
        config.username = "bob";
        config.headers = {{"X-Scope-OrgID", "t1"}};
        const nlohmann::json json = sourceConfigToJson(config);
        QCOMPARE(json["name"].get<std::string>(), std::string("web"));
        QCOMPARE(json["kind"].get<std::string>(), std::string("exposition"));
        QCOMPARE(json["url"].get<std::string>(), config.url);
        QCOMPARE(json["enabled"].get<bool>(), true);
        QCOMPARE(json["interval_s"].get<int>(), 15);
        QCOMPARE(json["timeout_ms"].get<int>(), 5000);
        QCOMPARE(json["tls_verify"].get<bool>(), true);
        QCOMPARE(json["ca_file"].get<std::string>(), std::string());
        QCOMPARE(json["auth"].get<std::string>(), std::string("basic"));
        QCOMPARE(json["username"].get<std::string>(), std::string("bob"));
        QCOMPARE(json["auth_header"].get<std::string>(), std::string());
        QVERIFY(json["headers"] == nlohmann::json::parse(R"([["X-Scope-OrgID", "t1"]])"));
        QCOMPARE(json["max_response_bytes"].get<std::size_t>(), std::size_t{16u * 1024u * 1024u});
        QVERIFY(json["ready_mapping"].is_null());
        QCOMPARE(json["bindings"].size(), std::size_t{1});
        QVERIFY(json["bindings"][0] == bindingToJson(config.bindings[0]));
        QCOMPARE(json.size(), std::size_t{15}); // nothing else, in particular no secret
    }

    // JSON texts below write "http:\/\/": moc's lexer misreads "//" inside raw strings as a
    // comment and would miss this class; JSON reads "\/" as "/".
    void jsonDefaults() {
        const auto config = sourceConfigFromJson(nlohmann::json::parse(R"({
            "name": "node", "kind": "exposition", "url": "http:\/\/127.0.0.1:9100/metrics",
            "bindings": [{"metric": "load_average_1m",
                          "expression": {"kind": "series", "selector": {"name": "node_load1"}}}],
            "some_future_field": {"ignored": true}})"));
        QVERIFY2(config.has_value(), config ? "" : config.error().message.c_str());
        QVERIFY(config->enabled);
        QCOMPARE(config->interval, 15s);
        QCOMPARE(config->timeout, 5000ms);
        QCOMPARE(config->tls, TlsVerification::On);
        QVERIFY(config->caFile.empty());
        QCOMPARE(config->auth, AuthKind::None);
        QVERIFY(config->username.empty());
        QVERIFY(config->authHeader.empty());
        QVERIFY(config->headers.empty());
        QCOMPARE(config->maxResponseBytes, std::size_t{16u * 1024u * 1024u});
        QVERIFY(!config->readyMapping);
        QCOMPARE(config->bindings.size(), std::size_t{1});
        QVERIFY(!config->needsSecret());
    }

    void jsonErrors_data() {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QStringList>("expected"); // every line, in order
        const QString bindings =
            R"("bindings": [{"metric": "cpu_utilization",
                "expression": {"kind": "series", "selector": {"name": "cpu"}}}])";
        const QString base = R"("name": "web", "kind": "exposition", "url": "http:\/\/h/m", )";
        QTest::newRow("not an object")
            << "[1, 2]" << QStringList{"source 'web': must be a JSON object, not array"};
        QTest::newRow("missing required fields")
            << "{}"
            << QStringList{"source 'web': name: is missing", "source 'web': kind: is missing",
                           "source 'web': url: is missing", "source 'web': bindings: is missing"};
        QTest::newRow("wrong types")
            << "{" + base +
                   R"("enabled": 1, "interval_s": "15", "timeout_ms": 2.5, "tls_verify": "yes",
                      "ca_file": 7, "max_response_bytes": -1, )" +
                   bindings + "}"
            << QStringList{"source 'web': enabled: must be true or false, not number",
                           "source 'web': interval_s: must be a whole number, not string",
                           "source 'web': timeout_ms: must be a whole number, not number",
                           "source 'web': tls_verify: must be true or false, not string",
                           "source 'web': ca_file: must be a string, not number",
                           "source 'web': max_response_bytes: must not be negative, not -1"};
        QTest::newRow("unknown keys")
            << "{" + QString(base).replace("exposition", "graphite") +
                   R"("auth": "digest", "ready_mapping": "nginx", )" + bindings + "}"
            << QStringList{
                   "source 'web': kind: \"graphite\" is not exposition, prometheus_api or json",
                   "source 'web': auth: \"digest\" is not none, bearer, basic or api_key_header",
                   "source 'web': ready_mapping: \"nginx\" is not node_exporter or "
                   "prometheus_node_exporter"};
        QTest::newRow("headers shape")
            << R"({"name": "web", "kind": "exposition", "url": "http:\/\/h/m",
                   "headers": [["X-A", "1"], ["X-B"], ["X-C", 3]], )" +
                   bindings + "}"
            << QStringList{"source 'web': headers[1]: must be a [name, value] pair of strings",
                           "source 'web': headers[2]: must be a [name, value] pair of strings"};
        QTest::newRow("bad binding")
            << R"({"name": "web", "kind": "exposition", "url": "http:\/\/h/m",
                   "bindings": [{"metric": "cpu_utilization",
                                 "expression": {"kind": "series", "selector": {"name": "c"}}},
                                {"metric": "happiness",
                                 "expression": {"kind": "series", "selector": {"name": "c"}}}]})"
            << QStringList{
                   "source 'web': bindings[1].metric \"happiness\" is not an engine metric"};
        QTest::newRow("well-formed but invalid")
            << R"({"name": "web", "kind": "prometheus_api", "url": "http:\/\/h:9090",
                   "interval_s": 0, "headers": [["Cookie", "a"]], )" +
                   bindings + "}"
            << QStringList{
                   "source 'web': interval: must be between 1 s and 1 day (86400 s), not 0 s",
                   "source 'web': headers[0].name: 'Cookie' would carry a credential: use "
                   "auth (bearer, basic or api_key_header) so that the secret is not "
                   "stored with the source",
                   "source 'web': bindings[0].expression: series needs an exposition source"};
    }

    void jsonErrors() {
        QFETCH(QString, json);
        QFETCH(QStringList, expected);
        const auto result =
            sourceConfigFromJson(nlohmann::json::parse(json.toStdString()), "source 'web'");
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::ValidationError);
        QStringList got;
        for (const auto& line : lines(result.error().message))
            got << QString::fromStdString(line);
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestSourceConfig)
#include "tst_source_config.moc"
