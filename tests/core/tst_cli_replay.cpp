// `headroom export` and `headroom replay` in-process (tests/core/support/CliRun.h): the demo
// exported and replayed as text and JSON, the stricter-CPU what-if listing the pooler as raised
// earlier, a range export, and every refusal with its exit code (2 usage, 3 bad input, 4 cannot
// write), none of which leaves a file behind or changes the bundle.
#include "support/CliRun.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using headroom::test::runCli;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

QByteArray sha256Of(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

std::string stricterCpu() {
    return qEnvironmentVariable("HEADROOM_SOURCE_DIR").toStdString() +
           "/resources/whatif/stricter-cpu.json";
}

} // namespace

class TestCliReplay : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string m_db;
    std::string m_bundle;

    std::string path(const char* name) const { return m_dir.filePath(name).toStdString(); }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_db = path("h.db");
        m_bundle = path("demo.hrbundle");
    }

    void exportsTheDemo() {
        const auto r = runCli({"export", "--db", m_db, "--workspace", "demo", "--out", m_bundle});
        QVERIFY2(r.code == 0, r.err.c_str());
        QVERIFY(contains(r.out, "Wrote " + m_bundle));
        QVERIFY(contains(r.out, "DEMO DATA"));
        QVERIFY(contains(r.out, "SHA-256:"));
        QVERIFY(QFile::exists(QString::fromStdString(m_bundle)));
        // The printed checksum is the file's own (the header's, over header+manifest+payload):
        // a JSON export of the same workspace to another file reports the same counts.
        const auto again = runCli({"export", "--db", m_db, "--workspace", "demo", "--out",
                                   path("again.hrbundle"), "--json"});
        QVERIFY2(again.code == 0, again.err.c_str());
        const auto j = nlohmann::json::parse(again.out);
        QCOMPARE(j["kind"].get<std::string>(), std::string("demo"));
        QVERIFY(j["counts"]["snapshots"].get<int>() > 2000);
        QCOMPARE(j["sha256"].get<std::string>().size(), std::size_t{64});
    }

    void replaysWithTheTimeline() {
        const QByteArray before = sha256Of(QString::fromStdString(m_bundle));
        const auto r = runCli({"replay", m_bundle});
        QVERIFY2(r.code == 0, r.err.c_str());
        QVERIFY(contains(r.out, "history intact"));
        QVERIFY(contains(r.out, "Decisions timeline"));
        QVERIFY(contains(r.out, "tier        soft_launch -> hard_launch"));
        QVERIFY(contains(r.out, "decision    accept"));
        QVERIFY(!contains(r.out, "What if")); // no --catalog, no what-if
        QCOMPARE(sha256Of(QString::fromStdString(m_bundle)), before);
    }

    void stricterCpuRaisesThePoolerEarlier() {
        const auto r = runCli({"replay", m_bundle, "--catalog", stricterCpu(), "--json"});
        QVERIFY2(r.code == 0, r.err.c_str());
        const auto j = nlohmann::json::parse(r.out);
        QVERIFY(j["history_intact"].get<bool>());
        QVERIFY(j.contains("what_if"));
        const auto& whatIf = j["what_if"];
        QVERIFY(whatIf["sections"] == nlohmann::json::array({"tiers"}));
        bool poolerEarlier = false;
        for (const auto& row : whatIf["first_openings"]) {
            if (row["key"] == "enable_supabase_pooler" && row["change"] == "earlier") {
                poolerEarlier = row["shift_seconds"].get<long long>() < 0;
            }
        }
        QVERIFY2(poolerEarlier, whatIf["first_openings"].dump().c_str());
        QVERIFY(!j["timeline"].empty());

        const auto text = runCli({"replay", m_bundle, "--catalog", stricterCpu()});
        QVERIFY2(text.code == 0, text.err.c_str());
        QVERIFY(contains(text.out, "What if (stricter-cpu.json)"));
        QVERIFY(contains(text.out, "earlier     recommendation enable_supabase_pooler"));
    }

    void rangeExport() {
        const std::string file = path("range.hrbundle");
        const auto full = runCli({"export", "--db", m_db, "--workspace", "demo", "--out",
                                  path("full.hrbundle"), "--json"});
        QVERIFY(full.code == 0);
        const auto fullJson = nlohmann::json::parse(full.out);
        const std::string from = fullJson["from"].get<std::string>().substr(0, 10);
        // The first day only.
        const auto r = runCli({"export", "--db", m_db, "--workspace", "demo", "--out", file,
                               "--from", from, "--to", from, "--json"});
        QVERIFY2(r.code == 0, r.err.c_str());
        const auto j = nlohmann::json::parse(r.out);
        QVERIFY(j["counts"]["snapshots"].get<int>() <= 24);
        QVERIFY(j["counts"]["snapshots"].get<int>() > 0);
        QVERIFY(j["to"].get<std::string>() < fullJson["to"].get<std::string>());
        const auto replay = runCli({"replay", file});
        QVERIFY2(replay.code == 0, replay.err.c_str());
        QVERIFY(contains(replay.out, "history intact"));
    }

    void refusals_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString db = QString::fromStdString(m_db);
        const QString out = m_dir.filePath("never.hrbundle");
        QTest::newRow("no --out") << QStringList{"export", "--db", db, "--workspace", "demo"} << 2
                                  << "--out FILE is needed";
        QTest::newRow("bad date") << QStringList{"export", "--db", db,       "--workspace", "demo",
                                                 "--out",  out,    "--from", "yesterday"}
                                  << 2 << "is not a date";
        QTest::newRow("reversed range")
            << QStringList{"export", "--db",   db,           "--workspace", "demo",      "--out",
                           out,      "--from", "2026-11-02", "--to",        "2026-11-01"}
            << 2 << "--from is after --to";
        QTest::newRow("unknown workspace")
            << QStringList{"export", "--db", db, "--workspace", "nobody", "--out", out} << 2
            << "nobody";
        QTest::newRow("a bundle workspace")
            << QStringList{"export", "--db", db, "--workspace", "bundle:demo-x", "--out", out} << 3
            << "opened bundle";
        QTest::newRow("missing folder") << QStringList{"export",
                                                       "--db",
                                                       db,
                                                       "--workspace",
                                                       "demo",
                                                       "--out",
                                                       m_dir.filePath("no/such/folder/x.hrbundle")}
                                        << 4 << "";
        QTest::newRow("nothing in range")
            << QStringList{"export", "--db",   db,           "--workspace", "demo",      "--out",
                           out,      "--from", "2001-01-01", "--to",        "2001-01-02"}
            << 3 << "";
        QTest::newRow("no bundle named") << QStringList{"replay"} << 2 << "name the bundle";
        QTest::newRow("missing bundle")
            << QStringList{"replay", m_dir.filePath("missing.hrbundle")} << 3 << "";
        QTest::newRow("not a bundle") << QStringList{"replay", db} << 3 << "";
    }

    void refusals() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        std::vector<std::string> argv;
        for (const auto& a : args) {
            argv.push_back(a.toStdString());
        }
        const auto r = runCli(argv);
        QVERIFY2(r.code == code, (std::to_string(r.code) + ": " + r.err).c_str());
        QVERIFY2(contains(r.err, message.toStdString()), r.err.c_str());
        QVERIFY(!QFile::exists(m_dir.filePath("never.hrbundle")));
    }

    void truncatedBundleIsBadInput() {
        QFile source(QString::fromStdString(m_bundle));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray bytes = source.readAll();
        const QString cut = m_dir.filePath("cut.hrbundle");
        QFile truncated(cut);
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        truncated.write(bytes.left(bytes.size() / 2));
        truncated.close();
        const auto r = runCli({"replay", cut.toStdString()});
        QCOMPARE(r.code, 3);
        QVERIFY2(contains(r.err, "truncated"), r.err.c_str());
    }

    void invalidCatalogIsBadInput() {
        const QString bad = m_dir.filePath("bad.json");
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"tiers": [{"id": "x"}]})");
        file.close();
        const auto r = runCli({"replay", m_bundle, "--catalog", bad.toStdString()});
        QCOMPARE(r.code, 3);
        QVERIFY2(contains(r.err, "tiers"), r.err.c_str());
    }
};

QTEST_GUILESS_MAIN(TestCliReplay)
#include "tst_cli_replay.moc"
