// `headroom costs` and `headroom import-costs`, called in-process on a temporary database: the
// demo's report as text and JSON, a billing export imported and costed to the cent, a bad export
// that imports nothing and names its lines, and bad invocations with their exit codes.

#include "cli/Commands.h"
#include "support/CliRun.h"

#include <sstream>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using nlohmann::json;

namespace {

using Run = test::CliRun;

Run run(const std::vector<std::string>& args) {
    return test::runCli(args);
}

} // namespace

class TestCliCosts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath("config").toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath("data").toUtf8());
        m_db = m_home.filePath("headroom.db").toStdString();
    }

    void demoReportAsTextAndJson() {
        const Run text = run({"costs", "--db", m_db, "--workspace", "demo"});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.find("DEMO DATA") != std::string::npos, text.out.c_str());
        QVERIFY(text.out.find("Cost Shield on") != std::string::npos);
        QVERIFY(text.out.find("Limit forecasts") != std::string::npos);

        const Run j = run({"costs", "--db", m_db, "--workspace", "demo", "--json"});
        QCOMPARE(j.code, 0);
        const json report = json::parse(j.out);
        QVERIFY(report.at("demo").get<bool>());
        // The period's total is the sum of its days (cents add up exactly in micro-dollars).
        double days = 0;
        for (const json& d : report.at("daily")) {
            days += d.at("usd").is_null() ? 0.0 : d.at("usd").get<double>();
        }
        QVERIFY(std::abs(days - report.at("period").at("total_usd").get<double>()) < 1e-6);
        QVERIFY(!report.at("anomalies").empty());
        QVERIFY(!report.at("limit_forecasts").empty());
        QCOMPARE(report.at("projection").at("horizons").size(), std::size_t(3));
    }

    void importedExportIsCostedToTheCent() {
        // Seed 004's day: supabase $45.67 + vercel $23.45 = $69.12; and Claude usage of
        // 1M input + 1M output tokens at seed 002's $3 / $15 = $18.00.
        writeFile("services.csv", "date,service,category,resource_type,cost_usd\n"
                                  "2026-03-02,supabase,database,compute,45.67\n"
                                  "2026-03-02,vercel,hosting,compute,23.45\n");
        writeFile("usage.csv", "date,provider,client,input_tokens,output_tokens\n"
                               "2026-03-02,claude,acme,1000000,1000000\n");
        for (const char* file : {"services.csv", "usage.csv"}) {
            const Run r = run({"import-costs", m_home.filePath(file).toStdString(), "--db", m_db,
                               "--workspace", "local"});
            QVERIFY2(r.code == 0, r.err.c_str());
            QVERIFY(r.out.find("Imported") != std::string::npos);
        }
        const json report = costs("2026-03-01", "2026-03-02");
        QCOMPARE(report.at("period").at("services_usd").get<double>(), 69.12);
        QCOMPARE(report.at("period").at("ai_usd").get<double>(), 18.0);
        QCOMPARE(report.at("period").at("total_usd").get<double>(), 87.12);
        QVERIFY(report.at("daily").at(0).at("usd").is_null()); // 1 March: no rows, not $0
        QCOMPARE(report.at("spent_today_usd").get<double>(), 18.0);
    }

    void badExportImportsNothing() {
        const double before =
            costs("2026-03-01", "2026-03-02").at("period").at("total_usd").get<double>();
        writeFile("bad.csv", "date,provider,client,input_tokens\n"
                             "2026-03-02,claude,acme,5\n"
                             "2026-03-02,claude,globex,-7\n"
                             "2026-02-30,claude,initech,9\n");
        const Run r = run({"import-costs", m_home.filePath("bad.csv").toStdString(), "--db", m_db,
                           "--workspace", "local"});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.find("line 3") != std::string::npos, r.err.c_str());
        QVERIFY2(r.err.find("line 4") != std::string::npos, r.err.c_str());
        QCOMPARE(costs("2026-03-01", "2026-03-02").at("period").at("total_usd").get<double>(),
                 before);
    }

    void badInvocations_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("from after to")
            << QStringList{"--from", "2026-03-05", "--to", "2026-03-01"} << 2;
        QTest::newRow("not a date") << QStringList{"--from", "March"} << 2;
        QTest::newRow("impossible date") << QStringList{"--to", "2026-02-30"} << 2;
        QTest::newRow("unknown workspace") << QStringList{"--workspace", "nope"} << 3;
        QTest::newRow("unknown option") << QStringList{"--format", "xml"} << 2;
    }

    void badInvocations() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        std::vector<std::string> argv{"costs", "--db", m_db};
        for (const QString& a : args) {
            argv.push_back(a.toStdString());
        }
        const Run r = run(argv);
        QCOMPARE(r.code, code);
        QVERIFY(!r.err.empty());
        QVERIFY(r.out.empty());
    }

    void importNeedsAFile() {
        QCOMPARE(run({"import-costs", "--db", m_db}).code, 2);
        QCOMPARE(run({"import-costs", "/nonexistent/billing.csv", "--db", m_db}).code, 3);
    }

private:
    void writeFile(const char* name, const char* text) {
        QFile file(m_home.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

    json costs(const char* from, const char* to) {
        const Run r = run(
            {"costs", "--db", m_db, "--workspace", "local", "--from", from, "--to", to, "--json"});
        if (r.code != 0) {
            qFatal("costs failed: %s", r.err.c_str());
        }
        return json::parse(r.out);
    }

    QTemporaryDir m_home;
    std::string m_db;
};

QTEST_GUILESS_MAIN(TestCliCosts)
#include "tst_cli_costs.moc"
