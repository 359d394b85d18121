// Secrets never go into a bundle: source URLs lose their credentials, notification channels,
// deliveries and alert states stay behind (the raw bytes of the bundle are searched for every
// planted secret), and a secret inside a chained event, which cannot be redacted without
// breaking the chain, refuses the export by name. Plus SecretScan's own cases.

#include "bundle/BundleExport.h"
#include "bundle/BundleImport.h"
#include "bundle/SecretScan.h"
#include "store/Database.h"
#include "tst_bundle_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace headroom;
using namespace headroom::test;
using namespace std::chrono_literals;

class TestBundleSecrets : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::string m_demo;
    Catalog m_catalog;
    int m_counter = 0;

    std::filesystem::path path(const std::string& name) const {
        return std::filesystem::path(m_dir.path().toStdString()) / name;
    }

    // A copy of the demo database with `sql` run on it.
    std::string demoWith(const std::string& sql) {
        const std::string copy = path(cat("source", ++m_counter, ".db")).string();
        std::filesystem::copy_file(m_demo, copy);
        auto db = sql::Database::open(copy, sql::Database::Create::Never);
        if (!db) {
            qWarning("%s", db.error().message.c_str());
            return {};
        }
        if (auto ok = db->exec(sql, "planting secrets"); !ok) {
            qWarning("%s", ok.error().message.c_str());
            return {};
        }
        return copy;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_demo = path("demo.db").string();
        QVERIFY(writeDemoDatabase(m_demo));
        auto catalog = loadDefaultCatalog();
        QVERIFY(catalog.has_value());
        m_catalog = *catalog;
    }

    void secretsStayBehind() {
        // A source whose row holds credentials (no event names it, so nothing chained does),
        // channels and deliveries with secrets, an alert state: all in the source database.
        const std::string source = demoWith(R"sql(
INSERT INTO sources(workspace_id, name, config_json, enabled, created_at, updated_at)
    SELECT id, 'web', '{"name":"web","kind":"exposition","url":"https://metrics-user:hunter2pass@metrics.example.com/metrics?token=tok-SECRET-123&job=web","auth":"basic","username":"metrics-user","headers":[["Authorization","Bearer hdr-SECRET-456"],["X-Team","core"]]}', 1, 1767225600, 1767225600
    FROM workspaces WHERE name = 'demo';
INSERT INTO notification_channels(name, kind, purpose, config_json, created_at, updated_at)
    VALUES('ops', 'email', 'alerts', '{"smtp_url":"smtps://mailer:smtp-SECRET-pw@smtp.example.com","to":"cfo-private@example.com"}', 1767225600, 1767225600);
INSERT INTO notification_deliveries(workspace_id, channel, summary, payload, state, max_attempts, created_at)
    SELECT id, 'ops', 'CPU high', 'delivery-SECRET-payload', 'sent', 3, 1767225600
    FROM workspaces WHERE name = 'demo';
INSERT INTO alert_states(workspace_id, rule_id, phase, severity)
    SELECT id, 'alert-SECRET-rule', 'firing', 'critical' FROM workspaces WHERE name = 'demo';
)sql");
        QVERIFY(!source.empty());
        const auto out = path("secrets.hrbundle");
        auto exported = exportBundle(source, {"demo", out, {}, kDemoNow}, m_catalog, noControl());
        QVERIFY2(exported, exported ? "" : exported.error().message.c_str());
        const std::string bytes = readFile(out);
        QVERIFY(bytes.size() > 4096);
        QVERIFY(bytes.find("metrics.example.com") != std::string::npos); // the source is there
        for (const char* secret :
             {"hunter2pass", "tok-SECRET-123", "hdr-SECRET-456", "smtp-SECRET-pw",
              "cfo-private@example.com", "delivery-SECRET-payload", "alert-SECRET-rule"}) {
            QVERIFY2(bytes.find(secret) == std::string::npos, secret);
        }
        // What remains of the source is still usable: host, path, harmless parameters.
        auto staged = stageBundle(out, path("bundles"), noControl());
        QVERIFY2(staged, staged ? "" : staged.error().message.c_str());
        auto store = Store::openForReading(staged->file.string());
        QVERIFY(store.has_value());
        auto sources = (*store)->sources(staged->workspaceId);
        QVERIFY(sources.has_value());
        QCOMPARE(sources->size(), std::size_t{1});
        const auto config = nlohmann::json::parse(sources->front().configJson);
        QCOMPARE(config["url"].get<std::string>(),
                 std::string("https://metrics.example.com/metrics?job=web"));
        QCOMPARE(config["username"].get<std::string>(), std::string("metrics-user"));
        QVERIFY(config["headers"] ==
                nlohmann::json::parse(R"([["Authorization",""],["X-Team","core"]])"));
    }

    void plantedSecretInEventRefuses_data() {
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("message");
        QTest::newRow("query token")
            << R"({"config":{"url":"https://h.example.com/m?access_token=planted-SECRET"}})"
            << "query parameter 'access_token'";
        QTest::newRow("api key") << R"({"api_key":"planted-SECRET"})"
                                 << "key 'api_key'";
        QTest::newRow("userinfo")
            << R"({"note":"moved to https://root:planted-SECRET@db.example.com"})"
            << "URL userinfo";
    }

    void plantedSecretInEventRefuses() {
        QFETCH(QString, detail);
        QFETCH(QString, message);
        std::string source;
        RowId eventId = 0;
        {
            const std::string copy = path(cat("planted", ++m_counter, ".db")).string();
            std::filesystem::copy_file(m_demo, copy);
            auto store = Store::open(copy);
            QVERIFY(store.has_value());
            auto ws = (*store)->workspace("demo");
            QVERIFY(ws.has_value());
            Event event;
            event.workspaceId = ws->id;
            event.at = kDemoNow - 24h;
            event.kind = EventKind::SourceChanged;
            event.subject = "web";
            event.detailJson = detail.toStdString();
            auto stored = (*store)->appendEvent(event);
            QVERIFY(stored.has_value());
            eventId = stored->id;
            source = copy;
        }
        const auto out = path(cat("planted", m_counter, ".hrbundle"));
        writeFile(out, "an older bundle");
        auto exported = exportBundle(source, {"demo", out, {}, kDemoNow}, m_catalog, noControl());
        QVERIFY(!exported);
        QCOMPARE(exported.error().code, ErrorCode::ValidationError);
        const std::string& text = exported.error().message;
        QVERIFY2(text.find(cat("events id ", eventId)) != std::string::npos, text.c_str());
        QVERIFY2(text.find(message.toStdString()) != std::string::npos, text.c_str());
        QVERIFY2(text.find("planted-SECRET") == std::string::npos, text.c_str());
        // The existing file is untouched and nothing is left beside it.
        QCOMPARE(readFile(out), std::string("an older bundle"));
        for (const auto& entry : listTree(out.parent_path())) {
            QVERIFY2(entry.find(".partial") == std::string::npos, entry.c_str());
        }
        // A range that ends before the planted event leaves it out, and exports.
        auto before = exportBundle(source, {"demo", out, {std::nullopt, kDemoNow - 48h}, kDemoNow},
                                   m_catalog, noControl());
        QVERIFY2(before, before ? "" : before.error().message.c_str());
    }

    void scan_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("finding"); // empty: nothing found
        QTest::newRow("userinfo") << "https://user:pw@host.example/x"
                                  << "URL userinfo";
        QTest::newRow("user only") << "https://user@host.example/x"
                                   << "URL userinfo";
        QTest::newRow("query token") << "GET https://h/x?job=a&token=abc now"
                                     << "query parameter 'token'";
        QTest::newRow("empty token") << "https://h/x?token="
                                     << "";
        QTest::newRow("harmless query") << "https://h/x?job=web&limit=5"
                                        << "";
        QTest::newRow("authorization header") << "Authorization: Bearer abc"
                                              << "'Authorization' header value";
        QTest::newRow("cookie header") << "cookie: session=1"
                                       << "header value";
        QTest::newRow("api_key") << R"({"api_key":"abc"})"
                                 << "key 'api_key'";
        QTest::newRow("apiKey") << R"({"nested":{"apiKey":"abc"}})"
                                << "key 'apiKey'";
        QTest::newRow("client_secret") << R"({"client_secret":"s"})"
                                       << "key 'client_secret'";
        QTest::newRow("auth token") << R"([{"authToken":"t"}])"
                                    << "key 'authToken'";
        QTest::newRow("empty password") << R"({"password":""})"
                                        << "";
        QTest::newRow("token count") << R"({"input_tokens":1200,"tokens":"many"})"
                                     << "";
        QTest::newRow("numeric token") << R"({"auth_token":5})"
                                       << "";
        QTest::newRow("header pair") << R"({"headers":[["Authorization","Bearer x"]]})"
                                     << "'Authorization' header value";
        QTest::newRow("empty header pair") << R"({"headers":[["Authorization",""]]})"
                                           << "";
        QTest::newRow("url in json") << R"({"note":"see https://u:p@h.example"})"
                                     << "URL userinfo";
        QTest::newRow("e-mail") << "write to founder@example.com"
                                << "";
        QTest::newRow("metric key") << R"({"metric_key":"cpu","key":"x"})"
                                    << "";
    }

    void scan() {
        QFETCH(QString, text);
        QFETCH(QString, finding);
        const auto findings = scanTextForSecrets(text.toStdString());
        if (finding.isEmpty()) {
            QVERIFY2(findings.empty(), findings.empty() ? "" : findings.front().what.c_str());
            return;
        }
        QVERIFY(!findings.empty());
        QVERIFY2(findings.front().what.find(finding.toStdString()) != std::string::npos,
                 findings.front().what.c_str());
    }

    void redaction_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("redacted");
        QTest::newRow("everything") << "https://u:p@h.example:9100/m?token=a&job=w#top"
                                    << "https://h.example:9100/m?job=w#top";
        QTest::newRow("only secret params") << "https://h/m?api_key=1&sig=2"
                                            << "https://h/m";
        QTest::newRow("clean") << "http://127.0.0.1:9100/metrics"
                               << "http://127.0.0.1:9100/metrics";
        QTest::newRow("not a url") << "node_exporter"
                                   << "node_exporter";
    }

    void redaction() {
        QFETCH(QString, url);
        QFETCH(QString, redacted);
        QCOMPARE(QString::fromStdString(stripUrlCredentials(url.toStdString())), redacted);
        QVERIFY(scanTextForSecrets(stripUrlCredentials(url.toStdString())).empty());
    }
};

QTEST_GUILESS_MAIN(TestBundleSecrets)
#include "tst_bundle_secrets.moc"
