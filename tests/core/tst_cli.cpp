#include "cli/Commands.h"
#include "cli/Probe.h"
#include "sources/endpoint/SourceConfig.h"
#include "store/Store.h"
#include "support/CliRun.h"
#include "support/CorePrinters.h"

#include <fstream>
#include <set>
#include <sstream>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;

namespace {

using Run = test::CliRun;

Run run(const std::vector<std::string>& args) {
    return test::runCli(args);
}

const std::string kSeedExample = std::string(HEADROOM_FIXTURES) + "/seed000_example.json";

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        // Keep the user's catalog folder and database out of the tests.
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath("config").toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath("data").toUtf8());
    }

    void helpListsEverySubcommand() {
        Run r = run({"--help"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.find("evaluate") != std::string::npos);
        QVERIFY(r.out.find("workspaces") != std::string::npos);
        QVERIFY(r.out.find("probe --source NAME") != std::string::npos);
        QVERIFY(r.out.find("cpu_utilization") != std::string::npos);
    }

    void seedExampleText() {
        Run r = run({"evaluate", "--metrics", kSeedExample});
        QVERIFY2(r.code == 0, r.err.c_str());
        QVERIFY2(r.out.find("Hard Launch") != std::string::npos, r.out.c_str());
        QVERIFY2(r.out.find("Mode           Growth") != std::string::npos, r.out.c_str());
        // Seed 000: the highest utilisation is AI latency 1800 / 2500 = 72 %, so headroom 28 %.
        QVERIFY2(r.out.find("headroom 28 %") != std::string::npos, r.out.c_str());
        QVERIFY2(r.out.find("accepting new clients: yes") != std::string::npos, r.out.c_str());
    }

    void seedExampleJson() {
        Run r = run({"evaluate", "--metrics", kSeedExample, "--json"});
        QVERIFY2(r.code == 0, r.err.c_str());
        const auto json = nlohmann::json::parse(r.out);
        QCOMPARE(json["capacity"]["tier_id"].get<std::string>(), std::string("hard_launch"));
        QCOMPARE(json["mode"]["current_mode_id"].get<std::string>(), std::string("growth"));
        QCOMPARE(json["capacity"]["headroom_percent"].get<double>(), 28.0);
        QCOMPARE(json["capacity"]["can_accept_new_clients"].get<bool>(), true);
    }

    void explicitModeIsUsed() {
        Run r = run({"evaluate", "--metrics", kSeedExample, "--mode", "pilot", "--json"});
        QVERIFY2(r.code == 0, r.err.c_str());
        const auto json = nlohmann::json::parse(r.out);
        QCOMPARE(json["mode"]["current_mode_id"].get<std::string>(), std::string("pilot"));
        QCOMPARE(json["mode"]["fitting_mode_id"].get<std::string>(), std::string("growth"));
    }

    void badInvocations_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        const QString seed = QString::fromStdString(kSeedExample);
        QTest::newRow("no command") << QStringList{} << 2 << "Usage";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << "frobnicate";
        QTest::newRow("no metrics") << QStringList{"evaluate"} << 2 << "--metrics";
        QTest::newRow("unknown option")
            << QStringList{"evaluate", "--metrics", seed, "--colour"} << 2 << "--colour";
        QTest::newRow("missing value")
            << QStringList{"evaluate", "--metrics"} << 2 << "needs a value";
        QTest::newRow("unknown mode")
            << QStringList{"evaluate", "--metrics", seed, "--mode", "hyper"} << 2 << "hyper";
        QTest::newRow("missing file")
            << QStringList{"evaluate", "--metrics", "/nonexistent/m.json"} << 3 << "m.json";
        QTest::newRow("bad catalog")
            << QStringList{"evaluate", "--metrics", seed, "--catalog", "/nonexistent/c.json"} << 3
            << "c.json";
    }

    void badInvocations() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        std::vector<std::string> argv;
        for (const auto& a : args) {
            argv.push_back(a.toStdString());
        }
        Run r = run(argv);
        QCOMPARE(r.code, code);
        QVERIFY2(QString::fromStdString(r.err).contains(mentions), r.err.c_str());
        QVERIFY(r.out.empty());
    }

    void badMetricValuesNameTheKey_data() {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("percent instead of fraction") << R"({"cpu_utilization": 45})"
                                                     << "cpu_utilization";
        QTest::newRow("negative queue") << R"({"queue_depth": -3})"
                                        << "queue_depth";
        QTest::newRow("typo") << R"({"cpu_utilisation": 0.4})"
                              << "cpu_utilisation";
        QTest::newRow("string value") << R"({"error_rate": "high"})"
                                      << "error_rate";
        QTest::newRow("not json") << "cpu=0.4"
                                  << "metrics";
    }

    void badMetricValuesNameTheKey() {
        QFETCH(QString, content);
        QFETCH(QString, mentions);
        const QString path = m_home.filePath("metrics.json");
        {
            std::ofstream file(path.toStdString());
            file << content.toStdString();
        }
        Run r = run({"evaluate", "--metrics", path.toStdString()});
        QCOMPARE(r.code, 3);
        QVERIFY2(QString::fromStdString(r.err).contains(mentions), r.err.c_str());
    }

    // check-metrics reads an exposition like promtool: the counts come from the fixtures'
    // .expect files, written by hand from the format rules.
    void checkMetricsCleanDocument() {
        const std::string file = std::string(HEADROOM_FIXTURES) + "/exposition/text_basic.prom";
        Run r = run({"check-metrics", file, "--json"});
        QVERIFY2(r.code == 0, r.err.c_str());
        const auto json = nlohmann::json::parse(r.out);
        QCOMPARE(json["format"].get<std::string>(), std::string("text-0.0.4"));
        QCOMPARE(json["errors"].get<int>(), 0);
        QCOMPARE(json["warnings"].get<int>(), 3);
        QVERIFY(!json["families"].empty());
    }

    void checkMetricsReportsErrorsWithLines() {
        const std::string file =
            std::string(HEADROOM_FIXTURES) + "/exposition/text_errors_recovery.prom";
        Run r = run({"check-metrics", file});
        QCOMPARE(r.code, 1); // the document has errors
        QVERIFY2(r.out.find("4 errors") != std::string::npos, r.out.c_str());
        QVERIFY2(r.out.find("line ") != std::string::npos, r.out.c_str());
        QVERIFY2(r.out.find("good_total (counter, 2 samples)") != std::string::npos, r.out.c_str());
    }

    void checkMetricsRecognisesOpenMetrics() {
        const std::string file = std::string(HEADROOM_FIXTURES) + "/exposition/om_basic.om";
        Run r = run({"check-metrics", file, "--json"});
        QVERIFY2(r.code == 0, r.err.c_str());
        QCOMPARE(nlohmann::json::parse(r.out)["format"].get<std::string>(),
                 std::string("openmetrics"));
    }

    void checkMetricsBadInvocations() {
        QCOMPARE(run({"check-metrics"}).code, 2);
        QCOMPARE(run({"check-metrics", "a.prom", "--format", "xml"}).code, 2);
        Run missing = run({"check-metrics", "/nonexistent/metrics.prom"});
        QCOMPARE(missing.code, 3);
        QVERIFY(missing.err.find("/nonexistent/metrics.prom") != std::string::npos);
        // Nothing listens on port 9 of loopback: the connection is refused, named with its URL.
        Run refused = run({"check-metrics", "http://127.0.0.1:9/metrics"});
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.find("127.0.0.1:9") != std::string::npos, refused.err.c_str());
    }

    void workspacesOfNewDatabase() {
        const std::string db = m_home.filePath("ws.db").toStdString();
        Run r = run({"workspaces", "--db", db, "--json"});
        QVERIFY2(r.code == 0, r.err.c_str());
        const auto json = nlohmann::json::parse(r.out);
        QVERIFY(json.is_array());
        std::set<std::string> names;
        for (const auto& w : json) {
            names.insert(w["name"].get<std::string>());
        }
        // A new database holds the live and the demo workspace from the start.
        QCOMPARE(names, (std::set<std::string>{"demo", "local"}));
        for (const auto& w : json) {
            if (w["name"] == "demo") {
                QCOMPARE(w["kind"].get<std::string>(), std::string("demo"));
                QVERIFY(w["snapshots"].get<int>() > 2000);
            }
        }
    }

    void unknownWorkspaceIsAnError() {
        const std::string db = m_home.filePath("ws.db").toStdString();
        Run r = run({"evaluate", "--metrics", kSeedExample, "--db", db, "--workspace", "nope"});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.find("nope") != std::string::npos, r.err.c_str());
    }

    void workspaceModeIsUsed() {
        // The demo ends in the growth mode; evaluate reads the configured mode from it.
        const std::string db = m_home.filePath("ws.db").toStdString();
        Run r = run(
            {"evaluate", "--metrics", kSeedExample, "--db", db, "--workspace", "local", "--json"});
        QVERIFY2(r.code == 0, r.err.c_str());
        const auto json = nlohmann::json::parse(r.out);
        // A new live workspace starts in the catalog's first mode (lab).
        QCOMPARE(json["mode"]["current_mode_id"].get<std::string>(), std::string("lab"));
    }

    // probe without a server: lookups, exit codes, and the secret taken from the environment.
    void probeSecretVariableName() {
        QCOMPARE(cli::secretVariableName("web"), std::string("HEADROOM_SECRET_WEB"));
        QCOMPARE(cli::secretVariableName("web-1.eu_west"),
                 std::string("HEADROOM_SECRET_WEB_1_EU_WEST"));
    }

    void probeLookups_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        const QString db = probeDatabase();
        QTest::newRow("no source") << QStringList{"probe", "--db", db} << 2 << "--source";
        QTest::newRow("unknown option")
            << QStringList{"probe", "--db", db, "--source", "x", "--verbose"} << 2 << "--verbose";
        QTest::newRow("no database")
            << QStringList{"probe", "--db", m_home.filePath("none.db"), "--source", "x"} << 3
            << "no workspace database";
        QTest::newRow("unknown workspace")
            << QStringList{"probe", "--db", db, "--workspace", "nope", "--source", "private"} << 3
            << "unknown workspace 'nope'";
        QTest::newRow("unknown source")
            << QStringList{"probe", "--db", db, "--source", "nope"} << 3
            << "unknown source 'nope' in workspace 'local' (it has: broken, private, refused)";
        QTest::newRow("invalid stored configuration")
            << QStringList{"probe", "--db", db, "--source", "broken"} << 3
            << "source 'broken': kind: is missing";
    }

    void probeLookups() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        std::vector<std::string> argv;
        for (const auto& a : args)
            argv.push_back(a.toStdString());
        Run r = run(argv);
        QCOMPARE(r.code, code);
        QVERIFY2(QString::fromStdString(r.err).contains(mentions), r.err.c_str());
        QVERIFY(r.out.empty());
    }

    void probeWithoutSecretSendsNothing() {
        qunsetenv("HEADROOM_SECRET_PRIVATE");
        Run r = run({"probe", "--db", probeDatabase().toStdString(), "--source", "private"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.find("credentials missing") != std::string::npos, r.out.c_str());
        QVERIFY2(r.out.find("fetched:") == std::string::npos, r.out.c_str());
        QVERIFY2(r.err.find("HEADROOM_SECRET_PRIVATE") != std::string::npos, r.err.c_str());
    }

    void probeRefusedAsJson() {
        // Nothing listens on port 9 of loopback.
        Run r =
            run({"probe", "--db", probeDatabase().toStdString(), "--source", "refused", "--json"});
        QCOMPARE(r.code, 1);
        const auto json = nlohmann::json::parse(r.out);
        QCOMPARE(json["source"].get<std::string>(), std::string("refused"));
        QCOMPARE(json["workspace"].get<std::string>(), std::string("local"));
        QCOMPARE(json["ok"].get<bool>(), false);
        QCOMPARE(json["error"]["code"].get<std::string>(), std::string("network-error"));
        const auto message = json["error"]["message"].get<std::string>();
        QVERIFY2(message.find("source 'refused'") != std::string::npos, message.c_str());
        QVERIFY2(message.find("connection refused") != std::string::npos, message.c_str());
        QVERIFY(json["metrics"].empty());
    }

private:
    // A database whose live workspace holds three sources that need no server to be told apart.
    QString probeDatabase() {
        const QString path = m_home.filePath("probe.db");
        if (QFile::exists(path))
            return path;
        auto store = Store::open(path.toStdString());
        if (!store)
            qFatal("%s", store.error().message.c_str());
        Workspace live;
        live.name = "local";
        live.title = "This computer";
        live.currentModeId = "lab";
        auto workspace = (*store)->createWorkspace(live);
        if (!workspace)
            qFatal("%s", workspace.error().message.c_str());
        SourceConfig refused;
        refused.name = "refused";
        refused.url = "http://127.0.0.1:9/metrics";
        refused.bindings = {{MetricId::QueueDepth, SeriesSelect{{"queue_depth", {}}}, 1.0}};
        SourceConfig secret = refused;
        secret.name = "private";
        secret.auth = AuthKind::Bearer;
        for (const auto& [name, json] : std::vector<std::pair<std::string, std::string>>{
                 {"refused", sourceConfigToJson(refused).dump()},
                 {"private", sourceConfigToJson(secret).dump()},
                 {"broken", R"({"name": "broken"})"}}) {
            SaveSourceRequest request;
            request.workspaceId = workspace->id;
            request.name = name;
            request.configJson = json;
            auto saved = (*store)->saveSource(request);
            if (!saved)
                qFatal("%s", saved.error().message.c_str());
        }
        return path;
    }

    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
