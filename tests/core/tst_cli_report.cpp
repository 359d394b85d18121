// `headroom report` in-process (issue 7): the demo workspace's report as the 13 CSV tables and
// as JSON holding buildReport's very numbers, the PDF handed to an injected writer (and refused
// cleanly without one), a bundle of the demo reporting exactly like the live workspace, and every
// refusal with its exit code (2 usage, 3 bad input, 4 cannot write), none of which writes a file.
// The command's clock is injected (CommandLineServices::clock), so every run and the direct
// buildReport share one "now" and the documents compare whole.
#include "AppPaths.h"
#include "cli/Commands.h"
#include "report/ReportBuilder.h"
#include "report/ReportCsv.h"
#include "report/ReportJson.h"
#include "store/Store.h"
#include "support/CliRun.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using headroom::test::CliRun;
using headroom::test::runCli;
namespace fs = std::filesystem;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::string readFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Every entry under `folder`, recursively, hidden ones included.
QStringList entriesUnder(const QString& folder) {
    QStringList names;
    for (const auto& e : fs::recursive_directory_iterator(folder.toStdString())) {
        names << QString::fromStdString(e.path().string());
    }
    names.sort();
    return names;
}

// The numbers of the key figures, by id: value and previous (numbers or texts) and the change.
nlohmann::json figureNumbers(const nlohmann::json& report) {
    nlohmann::json numbers = nlohmann::json::object();
    for (const auto& f : report.at("key_figures")) {
        numbers[f.at("id").get<std::string>()] = {f.at("value"), f.at("previous"), f.at("change")};
    }
    return numbers;
}

// Equal, or a warning showing both.
bool sameJson(const nlohmann::json& a, const nlohmann::json& b) {
    if (a != b) {
        qWarning("%s\n  differs from\n%s", a.dump().c_str(), b.dump().c_str());
    }
    return a == b;
}

} // namespace

class TestCliReport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string m_db;
    Timestamp m_now{};
    std::string m_from; // the demo's whole stored period, as UTC days
    std::string m_to;

    std::string path(const QString& name) const { return m_dir.filePath(name).toStdString(); }

    CliRun run(std::vector<std::string> args, cli::CommandLineServices services = {}) const {
        if (!services.clock) {
            services.clock = [now = m_now] {
                return now;
            };
        }
        args.insert(args.begin(), "report");
        std::ostringstream out;
        std::ostringstream err;
        CliRun r;
        r.code = cli::runCommandLine(args, out, err, services);
        r.out = out.str();
        r.err = err.str();
        return r;
    }

    // buildReport called directly on the live database, as the command should have.
    std::optional<ReportData> direct() const {
        auto catalog = loadEffectiveCatalog(std::nullopt);
        auto store = Store::open(m_db);
        if (!catalog || !store) {
            return std::nullopt;
        }
        auto ws = (*store)->workspace("demo");
        if (!ws) {
            return std::nullopt;
        }
        const ReportRequest request{
            ws->name,
            Timestamp{std::chrono::sys_days{*parseDay(m_from)}},
            Timestamp{std::chrono::sys_days{*parseDay(m_to)} + std::chrono::days{1}},
            {}};
        auto report = buildReport(**store, *ws, *catalog, request, m_now);
        return report ? std::optional<ReportData>(std::move(*report)) : std::nullopt;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_db = path("h.db");
        // A new database gets the local and demo workspaces, the demo's 90 days ending now.
        const auto created = runCli({"workspaces", "--db", m_db});
        QVERIFY2(created.code == 0, created.err.c_str());
        QVERIFY(contains(created.out, "demo"));
        m_now = systemClock()();
        m_from = formatDay(dayOf(m_now) - std::chrono::days{91});
        m_to = formatDay(dayOf(m_now));
    }

    void helpListsTheCommand() {
        const auto r = runCli({"--help"});
        QCOMPARE(r.code, 0);
        QVERIFY(contains(r.out, "  report [--from DATE] [--to DATE]"));
        QVERIFY(contains(r.out, "--sections"));
        QVERIFY(cli::isCommandLineInvocation({"report"}));
    }

    void writesCsvAndJsonLikeBuildReport() {
        const std::string csv = path("tables"); // absent: the command creates it
        const std::string json = path("report.json");
        const auto r = run({"--db", m_db, "--workspace", "demo", "--from", m_from, "--to", m_to,
                            "--csv", csv, "--json", json});
        QVERIFY2(r.code == 0, r.err.c_str());
        QVERIFY2(r.err.empty(), r.err.c_str());
        QVERIFY(contains(r.out, "Period:   " + m_from + " to " + m_to));
        QVERIFY(contains(r.out, "(13 CSV files)"));
        QVERIFY(contains(r.out, "DEMO DATA"));

        const auto expected = direct();
        QVERIFY(expected);
        // The demo has figures to compare: the test fails if the command computed nothing.
        QVERIFY(expected->figure(kFigureClients) && expected->figure(kFigureClients)->value);
        QVERIFY(expected->figure(kFigureTotalSpend) && expected->figure(kFigureTotalSpend)->value);

        const auto tables = reportToCsv(*expected);
        QCOMPARE(tables.size(), std::size_t{13});
        std::size_t files = 0;
        for (const auto& e : fs::directory_iterator(csv)) {
            ++files;
            const std::string name = e.path().filename().string();
            QVERIFY2(tables.contains(name), name.c_str());
            QVERIFY2(readFile(e.path()) == tables.at(name), name.c_str());
        }
        QCOMPARE(files, std::size_t{13});

        const auto written = nlohmann::json::parse(readFile(json));
        const auto reference = reportToJson(*expected);
        QCOMPARE(written.at("key_figures").size(), expected->keyFigures.size());
        for (const auto& f : written.at("key_figures")) {
            const KeyFigure* k = expected->figure(f.at("id").get<std::string>());
            QVERIFY(k != nullptr);
            if (k->value) {
                QCOMPARE(f.at("value").get<double>(), *k->value);
            } else if (!k->text) {
                QVERIFY(f.at("value").is_null());
            }
            if (k->previous) {
                QCOMPARE(f.at("previous").get<double>(), *k->previous);
            }
        }
        QVERIFY(sameJson(figureNumbers(written), figureNumbers(reference)));
        QVERIFY(sameJson(written.at("period"), reference.at("period")));
        // --to is inclusive: the half-open period ends at the next day's midnight.
        QCOMPARE(written.at("period").at("from").get<std::string>(),
                 formatIso(Timestamp{std::chrono::sys_days{*parseDay(m_from)}}));
        QCOMPARE(
            written.at("period").at("to").get<std::string>(),
            formatIso(Timestamp{std::chrono::sys_days{*parseDay(m_to)} + std::chrono::days{1}}));
        // The same clock: the whole document is buildReport's.
        QVERIFY(written == reference);
    }

    void sectionsAndJsonToStandardOutput() {
        const auto r = run({"--db", m_db, "--workspace", "demo", "--from", m_from, "--to", m_to,
                            "--json", "-", "--sections", "key_figures,spend"});
        QVERIFY2(r.code == 0, r.err.c_str());
        const auto j = nlohmann::json::parse(r.out);
        for (const auto& s : j.at("sections")) {
            const auto name = s.at("section").get<std::string>();
            QCOMPARE(s.at("included").get<bool>(), name == "key_figures" || name == "spend");
        }
        QVERIFY(contains(r.err, "Sections: 2 of 9 included"));
    }

    void defaultPeriodIsThe30DaysEndingToday() {
        const auto r = run({"--db", m_db, "--workspace", "demo", "--json", "-"});
        QVERIFY2(r.code == 0, r.err.c_str());
        const auto j = nlohmann::json::parse(r.out);
        const Day today = dayOf(m_now);
        QCOMPARE(j.at("period").at("from").get<std::string>(),
                 formatIso(Timestamp{today - std::chrono::days{29}}));
        QCOMPARE(j.at("period").at("to").get<std::string>(),
                 formatIso(Timestamp{today + std::chrono::days{1}}));
        QVERIFY(contains(r.err, "Period:   " + formatDay(today - std::chrono::days{29}) + " to " +
                                    formatDay(today)));
    }

    void refusals_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString db = QString::fromStdString(m_db);
        const QString json = m_dir.filePath("refused/never.json");
        const QString from = QString::fromStdString(m_from);
        const QString to = QString::fromStdString(m_to);
        const QStringList common{"--db", db, "--from", from, "--to", to};
        QTest::newRow("unknown workspace")
            << (QStringList{"--workspace", "nobody", "--json", json} + common) << 2
            << "unknown workspace 'nobody' in " + db + " (known: ";
        QTest::newRow("reversed period")
            << QStringList{"--db", db,       "--workspace", "demo", "--json",
                           json,   "--from", "2026-03-02",  "--to", "2026-03-01"}
            << 2 << "the period is reversed: --from 2026-03-02 is after --to 2026-03-01";
        QTest::newRow("malformed date")
            << QStringList{"--db", db, "--workspace", "demo", "--json", json, "--from", "2026-3-1"}
            << 2 << "--from '2026-3-1' is not a date (expected YYYY-MM-DD)";
        QTest::newRow("unknown section")
            << (QStringList{"--workspace", "demo", "--json", json, "--sections", "spend,charts"} +
                common)
            << 2 << "unknown section 'charts' in --sections (known: key_figures, ";
        QTest::newRow("empty section")
            << (QStringList{"--workspace", "demo", "--json", json, "--sections", "spend,"} + common)
            << 2 << "names an empty section";
        QTest::newRow("no output")
            << (QStringList{"--workspace", "demo"} + common) << 2 << "no output requested";
        QTest::newRow("workspace and bundle")
            << (QStringList{"--workspace", "demo", "--bundle", db, "--json", json} + common) << 2
            << "--workspace and --bundle exclude each other";
        QTest::newRow("unknown option")
            << (QStringList{"--workspace", "demo", "--pdf", json} + common) << 2 << "--pdf";
        QTest::newRow("json folder missing")
            << (QStringList{"--workspace", "demo", "--json", "/nonexistent-dir/x.json"} + common)
            << 4 << "cannot write --json /nonexistent-dir/x.json: the folder /nonexistent-dir";
        QTest::newRow("pdf folder missing")
            << (QStringList{"--workspace", "demo", "--out", m_dir.filePath("refused/no/x.pdf")} +
                common)
            << 4 << "refused/no does not exist";
        QTest::newRow("json is a folder")
            << (QStringList{"--workspace", "demo", "--json", m_dir.filePath("refused")} + common)
            << 4 << "it is a folder";
        QTest::newRow("csv under a regular file")
            << (QStringList{"--workspace", "demo", "--csv",
                            m_dir.filePath("refused/plain.txt/tables")} +
                common)
            << 4 << "refused/plain.txt is not a folder";
        QTest::newRow("missing logo")
            << (QStringList{"--workspace", "demo", "--json", json, "--logo",
                            m_dir.filePath("refused/logo.png")} +
                common)
            << 3 << "--logo " + m_dir.filePath("refused/logo.png") + " does not exist";
        QTest::newRow("missing bundle")
            << (QStringList{"--bundle", m_dir.filePath("refused/missing.hrbundle"), "--json",
                            json} +
                common)
            << 3 << "missing.hrbundle does not exist";
        QTest::newRow("not a bundle")
            << (QStringList{"--bundle", db, "--json", json} + common) << 3 << "";
        QTest::newRow("pdf without renderer")
            << (QStringList{"--workspace", "demo", "--out", m_dir.filePath("refused/r.pdf"),
                            "--json", json} +
                common)
            << 4 << "the PDF renderer is not available in this build";
    }

    void refusals() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QString folder = m_dir.filePath("refused");
        QVERIFY(QDir().mkpath(folder));
        QFile plain(folder + "/plain.txt");
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        const QStringList before = entriesUnder(folder);

        std::vector<std::string> argv;
        for (const auto& a : args) {
            argv.push_back(a.toStdString());
        }
        const auto r = run(argv);
        QVERIFY2(r.code == code, (std::to_string(r.code) + ": " + r.err).c_str());
        QVERIFY2(r.err.starts_with("headroom report: "), r.err.c_str());
        QVERIFY2(contains(r.err, message.toStdString()), r.err.c_str());
        QCOMPARE(std::count(r.err.begin(), r.err.end(), '\n'), std::ptrdiff_t{1}); // one line
        QVERIFY(r.out.empty());
        QCOMPARE(entriesUnder(folder), before); // nothing written, no temporary file left
        QVERIFY(!QFile::exists("/nonexistent-dir"));
    }

    void pdfThroughTheInjectedWriter() {
        const QString folder = m_dir.filePath("pdf");
        QVERIFY(QDir().mkpath(folder));
        const std::string logo = (folder + "/logo.png").toStdString();
        std::ofstream(logo) << "not really a png";
        const std::string pdf = (folder + "/report.pdf").toStdString();

        std::optional<ReportData> received;
        cli::ReportPdfSettings settings;
        fs::path drawnInto;
        cli::CommandLineServices services;
        services.writePdf = [&](const ReportData& report, const cli::ReportPdfSettings& s,
                                const fs::path& out) -> Result<void> {
            received = report;
            settings = s;
            drawnInto = out;
            std::ofstream(out, std::ios::binary) << "%PDF-fake";
            return {};
        };
        const auto r = run({"--db", m_db, "--workspace", "demo", "--from", m_from, "--to", m_to,
                            "--out", pdf, "--company", "Acme Analytics Inc.", "--logo", logo},
                           services);
        QVERIFY2(r.code == 0, r.err.c_str());
        QVERIFY(contains(r.out, "Wrote:    " + pdf));
        QVERIFY(received);
        QCOMPARE(settings.companyName, std::string("Acme Analytics Inc."));
        QCOMPARE(settings.logoPath, logo);
        // Drawn into a temporary file beside the target, then renamed onto it.
        QVERIFY(drawnInto != fs::path(pdf));
        QVERIFY(drawnInto.parent_path() == fs::path(pdf).parent_path());
        QCOMPARE(readFile(pdf), std::string("%PDF-fake"));
        QCOMPARE(entriesUnder(folder).size(), qsizetype{2}); // the logo and the PDF

        const auto expected = direct();
        QVERIFY(expected);
        QVERIFY(reportToJson(*received) == reportToJson(*expected));
        QVERIFY(sameJson(figureNumbers(reportToJson(*received)),
                         figureNumbers(reportToJson(*expected))));

        // Without --company the workspace's title names the company.
        const auto untitled =
            run({"--db", m_db, "--workspace", "demo", "--from", m_from, "--to", m_to, "--out", pdf},
                services);
        QVERIFY2(untitled.code == 0, untitled.err.c_str());
        QCOMPARE(settings.companyName, received->title);
        QVERIFY(settings.logoPath.empty());
    }

    void failingWriterLeavesNothing() {
        const QString folder = m_dir.filePath("pdf-failing");
        QVERIFY(QDir().mkpath(folder));
        const std::string pdf = (folder + "/report.pdf").toStdString();
        const std::string json = (folder + "/report.json").toStdString();
        cli::CommandLineServices services;
        services.writePdf = [](const ReportData&, const cli::ReportPdfSettings&,
                               const fs::path& out) -> Result<void> {
            std::ofstream(out, std::ios::binary) << "%PDF-half";
            return fail(ErrorCode::IoError, "disk full");
        };
        const auto r = run({"--db", m_db, "--workspace", "demo", "--from", m_from, "--to", m_to,
                            "--out", pdf, "--json", json},
                           services);
        QCOMPARE(r.code, 4);
        QVERIFY2(contains(r.err, "headroom report: cannot write the PDF " + pdf + ": disk full"),
                 r.err.c_str());
        QVERIFY(entriesUnder(folder).isEmpty()); // neither the PDF, nor the JSON, nor a temp
    }

    void bundleReportsLikeTheLiveWorkspace() {
        const std::string bundle = path("demo.hrbundle");
        const auto exported =
            runCli({"export", "--db", m_db, "--workspace", "demo", "--out", bundle});
        QVERIFY2(exported.code == 0, exported.err.c_str());

        const std::string live = path("live.json");
        const std::string fromBundle = path("bundle.json");
        const auto a = run(
            {"--db", m_db, "--workspace", "demo", "--from", m_from, "--to", m_to, "--json", live});
        QVERIFY2(a.code == 0, a.err.c_str());
        // No --db: a bundle report opens no database at all.
        const auto b = run({"--bundle", bundle, "--from", m_from, "--to", m_to, "--json",
                            fromBundle, "--csv", path("bundle-tables")});
        QVERIFY2(b.code == 0, b.err.c_str());
        QVERIFY(contains(b.out, "from the bundle " + bundle));

        auto liveJson = nlohmann::json::parse(readFile(live));
        auto bundleJson = nlohmann::json::parse(readFile(fromBundle));
        QVERIFY(sameJson(figureNumbers(bundleJson), figureNumbers(liveJson)));
        QVERIFY(!bundleJson.at("health_trend").empty());
        for (auto* j : {&liveJson, &bundleJson}) {
            j->erase("workspace");
            j->erase("title");
        }
        if (bundleJson != liveJson) {
            for (const auto& [key, value] : liveJson.items()) {
                if (bundleJson[key] != value) {
                    qWarning("differs: %s", key.c_str());
                }
            }
        }
        QVERIFY(bundleJson == liveJson);
        QCOMPARE(
            std::distance(fs::directory_iterator(path("bundle-tables")), fs::directory_iterator()),
            std::ptrdiff_t{13});
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
