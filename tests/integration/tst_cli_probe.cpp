// `headroom probe` (in-process, as tst_cli runs the command line) against Debian's real nginx on
// 127.0.0.1 serving exposition fixtures: the text and JSON reports, the warm-up that gives rates,
// problems with line:column, the bearer token taken from HEADROOM_SECRET_<NAME>, exit codes.

#include "cli/Commands.h"
#include "integration/support/NginxServer.h"
#include "sources/endpoint/SourceConfig.h"
#include "store/Store.h"

#include <sstream>

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using namespace headroom::test;

namespace {

constexpr const char* kToken = "pr0be-token-value";

// Two gauges and a counter that does not move: after the warm-up its rate is 0.
constexpr const char* kApp = "# TYPE queue_depth gauge\n"
                             "queue_depth{queue=\"a\"} 3\n"
                             "queue_depth{queue=\"b\"} 4\n"
                             "# TYPE http_requests_total counter\n"
                             "http_requests_total{code=\"200\"} 1000\n"
                             "# TYPE broken gauge\n"
                             "broken{label=\"x} 1\n";

struct Run {
    int code = -1;
    std::string out;
    std::string err;
};

Run run(const std::vector<std::string>& args) {
    std::ostringstream out;
    std::ostringstream err;
    Run r;
    r.code = cli::runCommandLine(args, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

} // namespace

class TestCliProbe : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<NginxServer> m_server;
    std::string m_db;

    void save(Store& store, RowId workspace, const SourceConfig& config) {
        SaveSourceRequest request;
        request.workspaceId = workspace;
        request.name = config.name;
        request.configJson = sourceConfigToJson(config).dump();
        auto saved = store.saveSource(request);
        QVERIFY2(saved.has_value(), saved ? "" : saved.error().message.c_str());
    }

private slots:
    void initTestCase() {
        if (!NginxServer::available())
            QSKIP("/usr/sbin/nginx is missing (Debian package nginx-light); .ci/run installs it");
        QVERIFY(m_home.isValid());
        m_server = std::make_unique<NginxServer>();
        m_server->writeFile("app/metrics.prom", kApp);
        m_server->writeFile("private/metrics.prom", kApp);
        NginxConfig config;
        config.locations = QStringLiteral(R"(
        location /private/ {
            if ($http_authorization != "Bearer %1") { return 401 "token rejected"; }
        }
)")
                               .arg(QString::fromLatin1(kToken));
        const QString error = m_server->start(config);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        m_db = m_home.filePath("probe.db").toStdString();
        auto store = Store::open(m_db);
        QVERIFY2(store.has_value(), store ? "" : store.error().message.c_str());
        Workspace live;
        live.name = "local";
        live.title = "This computer";
        live.currentModeId = "lab";
        auto workspace = (*store)->createWorkspace(live);
        QVERIFY(workspace.has_value());

        SourceConfig app;
        app.name = "app";
        app.url = m_server->url("/app/metrics.prom");
        app.bindings = {
            {MetricId::QueueDepth, SeriesSelect{{"queue_depth", {}}, Aggregation::Sum}, 1.0},
            {MetricId::RequestsPerMinute, CounterRate{{"http_requests_total", {}}}, 60.0},
            {MetricId::ActiveClients, SeriesSelect{{"broken", {}}}, 1.0},
        };
        save(**store, workspace->id, app);
        SourceConfig secret = app;
        secret.name = "private-app";
        secret.url = m_server->url("/private/metrics.prom");
        secret.auth = AuthKind::Bearer;
        save(**store, workspace->id, secret);
    }

    void cleanupTestCase() { m_server.reset(); }

    void text() {
        Run r = run({"probe", "--db", m_db, "--source", "app"});
        qInfo("%s", r.out.c_str());
        QVERIFY2(r.code == 0, r.err.c_str());
        QVERIFY(contains(r.out, "source app (exposition) " + m_server->url("/app/metrics.prom")));
        QVERIFY(contains(r.out,
                         "fetched: HTTP 200, " + std::to_string(std::strlen(kApp)) + " bytes in "));
        QVERIFY(contains(r.out, "format text-0.0.4: 3 families, 3 samples, 1 errors"));
        QVERIFY(contains(r.out, "line 7:14: error: unterminated value of label label [broken]"));
        QVERIFY(contains(r.out, "metrics: 2 of 3 mapped"));
        QVERIFY(contains(r.out, "queue_depth                 7 count"));
        // The warm-up's second reading gives the rate of a counter that did not move.
        QVERIFY(contains(r.out, "requests_per_minute         0 per_minute  (0/min)"));
        QVERIFY(contains(r.out, "active_clients              error: no series matches broken"));
    }

    void json() {
        Run r = run({"probe", "--source", "app", "--db", m_db, "--workspace", "local", "--json"});
        QVERIFY2(r.code == 0, r.err.c_str());
        const auto json = nlohmann::json::parse(r.out);
        QCOMPARE(json["ok"].get<bool>(), true);
        QVERIFY(json["error"].is_null());
        QCOMPARE(json["kind"].get<std::string>(), std::string("exposition"));
        QCOMPARE(json["http"]["status"].get<long>(), 200L);
        QCOMPARE(json["http"]["requests"].get<int>(), 1);
        QCOMPARE(json["http"]["bytes"].get<std::size_t>(), std::strlen(kApp));
        QCOMPARE(json["exposition"]["format"].get<std::string>(), std::string("text-0.0.4"));
        QCOMPARE(json["exposition"]["errors"].get<int>(), 1);
        const auto& problem = json["exposition"]["problems"][2]; // after two lint warnings
        QCOMPARE(problem["line"].get<int>(), 7);
        QCOMPARE(problem["column"].get<int>(), 14);
        QCOMPARE(problem["severity"].get<std::string>(), std::string("error"));
        const auto& metrics = json["metrics"];
        QCOMPARE(metrics.size(), std::size_t{3});
        QCOMPARE(metrics[0]["metric"].get<std::string>(), std::string("queue_depth"));
        QCOMPARE(metrics[0]["value"].get<double>(), 7.0);
        QCOMPARE(metrics[0]["unit"].get<std::string>(), std::string("count"));
        QCOMPARE(metrics[1]["metric"].get<std::string>(), std::string("requests_per_minute"));
        QCOMPARE(metrics[1]["value"].get<double>(), 0.0);
        QCOMPARE(metrics[1]["warming_up"].get<bool>(), false);
        QVERIFY(metrics[2]["value"].is_null());
        QVERIFY(contains(metrics[2]["error"].get<std::string>(), "no series matches broken"));
    }

    void secretFromTheEnvironment() {
        qunsetenv("HEADROOM_SECRET_PRIVATE_APP");
        Run missing = run({"probe", "--db", m_db, "--source", "private-app"});
        QCOMPARE(missing.code, 1);
        QVERIFY2(contains(missing.out, "credentials missing"), missing.out.c_str());
        QVERIFY2(contains(missing.err, "HEADROOM_SECRET_PRIVATE_APP"), missing.err.c_str());

        qputenv("HEADROOM_SECRET_PRIVATE_APP", "n0t-the-token");
        Run wrong = run({"probe", "--db", m_db, "--source", "private-app"});
        QCOMPARE(wrong.code, 1);
        QVERIFY2(contains(wrong.out, "HTTP 401"), wrong.out.c_str());
        QVERIFY(!contains(wrong.out + wrong.err, "n0t-the-token"));

        qputenv("HEADROOM_SECRET_PRIVATE_APP", kToken);
        Run right = run({"probe", "--db", m_db, "--source", "private-app", "--json"});
        qunsetenv("HEADROOM_SECRET_PRIVATE_APP");
        QVERIFY2(right.code == 0, right.out.c_str());
        QVERIFY(!contains(right.out, kToken));
        QCOMPARE(nlohmann::json::parse(right.out)["metrics"][0]["value"].get<double>(), 7.0);
    }
};

QTEST_GUILESS_MAIN(TestCliProbe)
#include "tst_cli_probe.moc"
