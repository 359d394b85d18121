// `headroom strain` (issue 8), in-process as tst_cli_probe runs the command line, against Debian's
// real nginx on 127.0.0.1: the must-show (seed 004's Baseline scenario gives percentiles,
// throughput and a verdict, and is stored), JSON equal to what was stored, a baseline and the
// comparison with it, a failing verdict's exit code, and every refusal before any traffic (a
// remote target without --allow-remote, unknown scenario, bad times, a plan over the limits).
// Nothing polls the workspace during a command-line run, so the memory criterion of a target on
// this computer is judged from the host collector sampled while it ran.

#include "cli/Commands.h"
#include "core/support/CliRun.h"
#include "integration/support/NginxServer.h"
#include "store/Store.h"

#include <cmath>
#include <sstream>

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using namespace headroom::test;

namespace {

// `headroom strain ARGS...`, in-process.
test::CliRun run(std::vector<std::string> args) {
    args.insert(args.begin(), "strain");
    return test::runCli(args);
}

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

// The rest of the line of `text` that starts with `prefix`; empty when there is none.
std::string lineAfter(const std::string& text, std::string_view prefix) {
    const std::string needle = "\n" + std::string(prefix);
    const auto at = text.find(needle);
    if (at == std::string::npos) {
        return {};
    }
    const auto from = at + needle.size();
    return text.substr(from, text.find('\n', from) - from);
}

// The number a line starts with (after blanks); NaN when it does not start with one.
double leadingNumber(const std::string& line) {
    try {
        return std::stod(line);
    } catch (const std::exception&) {
        return std::nan("");
    }
}

} // namespace

class TestCliStrain : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<NginxServer> m_server;
    std::string m_db;
    std::string m_target;

    std::size_t storedRuns() {
        auto store = Store::open(m_db);
        if (!store) {
            return 0;
        }
        auto runs = (*store)->strainRuns("local", "", 1000);
        return runs ? runs->size() : 0;
    }

    std::size_t accessLogLines() {
        QFile log(m_server->dir() + "/strain_access.log");
        if (!log.open(QIODevice::ReadOnly)) {
            return 0;
        }
        return static_cast<std::size_t>(log.readAll().count('\n'));
    }

private slots:
    void initTestCase() {
        if (!NginxServer::available())
            QSKIP("/usr/sbin/nginx is missing (Debian package nginx-light); .ci/run installs it");
        QVERIFY(m_home.isValid());
        m_server = std::make_unique<NginxServer>();
        m_server->writeFile("index.html", "hello world\n");
        NginxConfig config;
        config.locations = QStringLiteral(R"(
        access_log %1/strain_access.log;
        location = /broken { return 500; }
)")
                               .arg(m_server->dir());
        const QString error = m_server->start(config);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_target = m_server->url("");
        m_db = m_home.filePath("strain.db").toStdString();
    }

    void cleanupTestCase() { m_server.reset(); }

    // The must-show: seed 004's Baseline (100 users, think 1 s) for a 4 s try-out.
    void baselineScenarioGivesAVerdict() {
        const test::CliRun r =
            run({"--db", m_db, "--scenario", "baseline", "--url", m_target, "--duration", "4s"});
        qInfo("%s", r.out.c_str());
        QVERIFY2(r.code == 0, (r.out + r.err).c_str());
        QVERIFY(contains(r.out, "Strain test: Baseline Performance (baseline)"));
        QVERIFY(contains(r.out, "closed model, 100 users, ramp 0 s") ||
                contains(r.out, "closed model, 100 users"));
        QVERIFY(contains(r.out, "latency:     p50 "));
        QVERIFY(contains(r.out, "p99.9 "));
        QVERIFY(contains(r.out, "throughput:  "));
        QVERIFY(contains(r.out, "verdict:     PASSED"));
        QVERIFY(contains(r.out, "p95 latency"));
        // Memory is measured on this computer by the host collector, and judged.
        const std::string memory = lineAfter(r.out, "  memory:      ");
        QVERIFY2(contains(memory, "% at the peak, sampled from this computer by the host "
                                  "collector while the run ran"),
                 memory.c_str());
        const double peak = leadingNumber(memory);
        QVERIFY2(peak > 0.0 && peak < 100.0, memory.c_str());
        const std::string criterion = lineAfter(r.out, "    memory    ");
        QCOMPARE(leadingNumber(criterion), peak);
        QVERIFY2(contains(criterion, "<= 85.00 %  passed"), criterion.c_str());
        QVERIFY(!contains(r.out, "not measured"));
        QVERIFY(contains(r.out, "none stored for this scenario"));
        QVERIFY(contains(r.out, "stored as run 1 in workspace 'local'"));
        QCOMPARE(storedRuns(), std::size_t{1});
    }

    void jsonMatchesTheStoredRun() {
        const std::size_t before = accessLogLines();
        const test::CliRun r =
            run({"--db", m_db, "--scenario", "baseline", "--url", m_target, "--duration", "2s",
                 "--users", "5", "--think", "50ms", "--json"});
        QVERIFY2(r.code == 0, (r.out + r.err).c_str());
        const auto doc = nlohmann::json::parse(r.out);
        QCOMPARE(doc.at("verdict").get<std::string>(), std::string("passed"));
        const auto id = doc.at("run").get<RowId>();
        auto store = Store::open(m_db);
        QVERIFY(store.has_value());
        auto stored = (*store)->strainRun(id);
        QVERIFY2(stored.has_value(), stored ? "" : stored.error().message.c_str());
        const auto& m = stored->result.measurement;
        QCOMPARE(doc.at("result").at("completed").get<std::int64_t>(), stored->result.completed);
        QVERIFY(stored->result.completed > 0);
        QCOMPARE(static_cast<std::size_t>(accessLogLines() - before), m.requests);
        QCOMPARE(stored->result.users, 5);
        QVERIFY(m.p50 <= m.p95 && m.p95 <= m.p99 && m.p99 <= m.max);
        QCOMPARE(doc.at("criteria").size(), std::size_t{4});
        // The memory criterion: measured (a fraction) from the host collector, as stored.
        const auto& memory = doc.at("criteria").at(3);
        QCOMPARE(memory.at("criterion").get<std::string>(), std::string("memory"));
        QCOMPARE(memory.at("outcome").get<std::string>(), std::string("passed"));
        const double measured = memory.at("measured").get<double>();
        QVERIFY2(measured > 0.0 && measured < 1.0, memory.dump().c_str());
        QCOMPARE(m.memoryUtilisation, std::optional<double>(measured));
        QCOMPARE(doc.at("memory_source").get<std::string>(), std::string("probe"));
        QCOMPARE(doc.at("memory_probe_source").get<std::string>(), std::string("host"));
    }

    void baselineAndComparison() {
        const test::CliRun set = run({"--db", m_db, "--set-baseline", "1"});
        QVERIFY2(set.code == 0, set.err.c_str());
        const test::CliRun again = run({"--db", m_db, "--scenario", "baseline", "--url", m_target,
                                        "--duration", "2s", "--users", "5", "--think", "50ms"});
        qInfo("%s", again.out.c_str());
        QVERIFY(contains(again.out, "baseline:    run 1 of "));
        QVERIFY(contains(again.out, "    p95 "));
        QVERIFY(contains(again.out, " -> "));
        const test::CliRun history = run({"--db", m_db, "--history"});
        QVERIFY(contains(history.out, "[baseline]"));
        QVERIFY(contains(history.out, "passed"));
    }

    void failingVerdictExitsOne() {
        // A 20 ms think time, as the other judged runs here: flat out (think 0), the generator's
        // one worker on a busy CI machine may pass its CPU threshold, and a saturated run is not
        // judged, by design.
        const test::CliRun r =
            run({"--db", m_db, "--scenario", "baseline", "--url", m_target + "/broken",
                 "--duration", "2s", "--users", "3", "--think", "20ms"});
        QCOMPARE(r.code, 1);
        QVERIFY2(contains(r.out, "verdict:     FAILED"), qPrintable(QString::fromStdString(r.out)));
        QVERIFY(contains(r.out, "statuses:    500 x "));
        QVERIFY(contains(r.out, "error rate    100.00 %"));
    }

    void refusalsSendNothing_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("remote") << QStringList{"--scenario", "baseline", "--url",
                                               "http://192.0.2.10:8080"}
                                << 2 << "add --allow-remote to confirm";
        QTest::newRow("no scenario")
            << QStringList{"--url", "http://127.0.0.1:1"} << 2 << "--scenario NAME is required";
        QTest::newRow("unknown scenario")
            << QStringList{"--scenario", "nope", "--url", "http://127.0.0.1:1"} << 2
            << "known: baseline, growth_stress";
        QTest::newRow("bad duration") << QStringList{"--scenario",         "baseline",   "--url",
                                                     "http://127.0.0.1:1", "--duration", "soon"}
                                      << 2 << "--duration takes a time like 30s";
        QTest::newRow("users and rate")
            << QStringList{"--scenario", "baseline", "--url",  "http://127.0.0.1:1",
                           "--users",    "2",        "--rate", "5"}
            << 2 << "not both";
        QTest::newRow("over the limits") << QStringList{"--scenario",         "baseline", "--url",
                                                        "http://127.0.0.1:1", "--users",  "100000"}
                                         << 3 << "users must be from 1 to 10000";
        QTest::newRow("not a url")
            << QStringList{"--scenario", "baseline", "--url", "nowhere"} << 3 << "target";
    }

    void refusalsSendNothing() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const std::size_t runsBefore = storedRuns();
        std::vector<std::string> argv{"--db", m_db};
        for (const QString& a : args) {
            argv.push_back(a.toStdString());
        }
        const test::CliRun r = run(argv);
        QCOMPARE(r.code, code);
        QVERIFY2(contains(r.err, message.toStdString()), r.err.c_str());
        QCOMPARE(storedRuns(), runsBefore);
    }

    void baselineOfAFailedRunIsAllowedButNotOfACancelledOne() {
        // Run 4 failed (every answer 500): a failed run is judged, so it may be a baseline.
        const test::CliRun set = run({"--db", m_db, "--set-baseline", "4"});
        QVERIFY2(set.code == 0, set.err.c_str());
        const test::CliRun missing = run({"--db", m_db, "--set-baseline", "999"});
        QCOMPARE(missing.code, 2);
    }

    void listsScenarios() {
        const test::CliRun r = run({"--db", m_db, "--list"});
        QCOMPARE(r.code, 0);
        QVERIFY(contains(r.out, "baseline: Baseline Performance"));
        QVERIFY(contains(r.out, "100 users, 600 s, ramp 60 s, think 1000 ms"));
        QVERIFY(contains(r.out, "peak_spike: Peak Traffic Simulation"));
    }
};

QTEST_GUILESS_MAIN(TestCliStrain)
#include "tst_cli_strain.moc"
