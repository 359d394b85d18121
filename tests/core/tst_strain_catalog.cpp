// strain.json: the shipped defaults hold seed 002's and seed 004's numbers, the section survives
// the writer and what-if edits, and every validation rule refuses a bad file naming the field.

#include "catalog/CatalogLoader.h"
#include "support/CorePrinters.h"

#include <fstream>

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using Json = nlohmann::json;
using namespace std::chrono_literals;

namespace {

Catalog defaults() {
    auto c = loadDefaultCatalog();
    if (!c) {
        qFatal("default catalog: %s", c.error().message.c_str());
    }
    return std::move(*c);
}

Json defaultStrain() {
    return Json::parse(defaultCatalogText("strain.json"));
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

const StrainScenario& scenario(const Catalog& c, std::string_view id) {
    const auto* s = c.strain.findScenario(id);
    if (s == nullptr) {
        qFatal("no scenario %s", std::string(id).c_str());
    }
    return *s;
}

} // namespace

class TestStrainCatalog : public QObject {
    Q_OBJECT
private slots:
    void criteriaAreSeed002Thresholds() {
        const Catalog c = defaults();
        const auto& k = c.strain.criteria;
        QCOMPARE(k.maxP95, 2000ms);
        QCOMPARE(k.maxErrorRate, 0.05);
        QCOMPARE(k.minThroughputPerSecond, 10.0);
        QCOMPARE(k.maxMemory, 0.85);
        QCOMPARE(c.strain.readinessPassRate, 0.8);
        QCOMPARE(c.strain.regressionTolerance, 0.1);
        QCOMPARE(c.strain.limits.maxUsers, 10000);
        QCOMPARE(c.strain.limits.maxArrivalRatePerSecond, 10000.0);
        QCOMPARE(c.strain.limits.maxDuration, 86400s);
        QCOMPARE(c.strain.limits.maxRequests, std::int64_t{10'000'000});
    }

    void testTypesAreSeed002s() {
        const Catalog c = defaults();
        const std::vector<StrainTestType> expected{
            {"ai_load", "AI Load", "Concurrent AI requests"},
            {"visual_jobs", "Visual Jobs", "Image generation queue stress"},
            {"concurrent_users", "Concurrent Users", "Simulated user sessions"},
            {"queue_flood", "Queue Flood", "Job queue overload"},
            {"full_system", "Full System", "Combined stress test"},
        };
        QVERIFY(c.strain.testTypes == expected);
    }

    void scenariosAreSeed004s_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("users");
        QTest::addColumn<int>("durationS");
        QTest::addColumn<int>("rampS");
        const auto kind = [](StrainKind k) {
            return static_cast<int>(k);
        };
        QTest::newRow("baseline") << "baseline"
                                  << "Baseline Performance" << kind(StrainKind::Baseline) << 100
                                  << 600 << 60;
        QTest::newRow("stress") << "growth_stress"
                                << "Growth Stress Test" << kind(StrainKind::Stress) << 500 << 900
                                << 120;
        QTest::newRow("spike") << "peak_spike"
                               << "Peak Traffic Simulation" << kind(StrainKind::Spike) << 1000
                               << 300 << 30;
    }
    void scenariosAreSeed004s() {
        QFETCH(QString, id);
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(int, users);
        QFETCH(int, durationS);
        QFETCH(int, rampS);
        const Catalog c = defaults();
        const auto& s = scenario(c, id.toStdString());
        QCOMPARE(QString::fromStdString(s.name), name);
        QCOMPARE(static_cast<int>(s.kind), kind);
        QCOMPARE(s.model, LoadModel::Closed);
        QCOMPARE(s.users, users);
        QCOMPARE(s.duration, std::chrono::seconds{durationS});
        QCOMPARE(s.rampUp, std::chrono::seconds{rampS});
        QCOMPARE(s.testType, std::string("concurrent_users"));
        QCOMPARE(s.method, std::string("GET"));
        QCOMPARE(s.urls, std::vector<std::string>{"/"});
        QVERIFY(s.headers.empty());
        QVERIFY(s.body.empty());
        QVERIFY(!s.maxRequests.has_value());
        QCOMPARE(s.requestTimeout, 30s);
    }

    void suitesAreSeed002sRecommendations() {
        const Catalog c = defaults();
        QCOMPARE(c.strain.suites.size(), std::size_t{2});
        const auto* hard = c.strain.findSuite("before_hard_launch");
        QVERIFY(hard != nullptr);
        QCOMPARE(hard->tierId, std::string("hard_launch"));
        const std::vector<StrainSuiteRun> hardRuns{
            {"ai_load", 0.5, 60s}, {"visual_jobs", 0.6, 120s}, {"concurrent_users", 0.7, 180s}};
        QVERIFY(hard->runs == hardRuns);
        const auto* growth = c.strain.findSuite("before_growth_phase");
        QVERIFY(growth != nullptr);
        QCOMPARE(growth->tierId, std::string("growth_phase"));
        auto growthRuns = hardRuns;
        growthRuns.push_back({"full_system", 0.8, 300s});
        QVERIFY(growth->runs == growthRuns);
        // Every seed 002 test type has a scenario of its own at 100 users.
        for (const auto& type : c.strain.testTypes) {
            const auto& s = scenario(c, type.id);
            QCOMPARE(s.testType, type.id);
            QCOMPARE(s.users, 100);
        }
    }

    void roundTripThroughTheWriter() {
        Catalog c = defaults();
        auto& s = c.strain.scenarios[0];
        s.model = LoadModel::Open;
        s.users = 0;
        s.arrivalRatePerSecond = 12.5;
        s.maxRequests = 5000;
        s.method = "POST";
        s.body = R"({"q":1})";
        s.headers = {{"Content-Type", "application/json"}, {"X-Run", "strain"}};
        s.urls = {"/api/a", "http://127.0.0.1:9000/b"};
        c.strain.criteria.maxP95 = 1500ms;
        c.strain.regressionTolerance = 0.2;
        QVERIFY(validateCatalog(c).has_value());
        const auto text = catalogFileToJson(c, "strain.json");
        QVERIFY(text.has_value());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            std::ofstream out(dir.filePath("strain.json").toStdString());
            out << *text;
        }
        auto loaded = loadCatalog(dir.path().toStdString());
        QVERIFY2(loaded.has_value(), loaded ? "" : loaded.error().message.c_str());
        QVERIFY(loaded->strain == c.strain);
        QCOMPARE(loaded->strain.scenarios[0].arrivalRatePerSecond, 12.5);

        auto again = loadCatalogText(catalogToJson(defaults()), "all.json");
        QVERIFY2(again.has_value(), again ? "" : again.error().message.c_str());
        QVERIFY(again->strain == defaults().strain);
    }

    void whatIfEditsOnlyTheStrainSection() {
        Json doc = defaultStrain();
        doc["strain"]["criteria"]["max_p95_ms"] = 800;
        const std::string text = doc.dump();
        QCOMPARE(catalogSectionsIn(text), std::vector<std::string>{"strain"});
        const Catalog base = defaults();
        auto edited = loadCatalogOver(base, text, "what-if");
        QVERIFY2(edited.has_value(), edited ? "" : edited.error().message.c_str());
        QCOMPARE(edited->strain.criteria.maxP95, 800ms);
        QCOMPARE(edited->tiers.size(), base.tiers.size());
    }

    void strainBelongsInItsOwnFile() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            std::ofstream out(dir.filePath("tiers.json").toStdString());
            out << defaultStrain().dump();
        }
        auto loaded = loadCatalog(dir.path().toStdString());
        QVERIFY(!loaded.has_value());
        QVERIFY2(contains(loaded.error().message, "strain: this section belongs in strain.json"),
                 loaded.error().message.c_str());
    }

    void overrideFileErrorNamesFileAndField() {
        Json doc = defaultStrain();
        doc["strain"]["scenarios"][1]["users"] = 0;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto path = dir.filePath("strain.json").toStdString();
        {
            std::ofstream out(path);
            out << doc.dump(2);
        }
        auto loaded = loadCatalog(dir.path().toStdString());
        QVERIFY(!loaded.has_value());
        QCOMPARE(loaded.error().code, ErrorCode::ValidationError);
        QCOMPARE(loaded.error().message,
                 path + ": strain.scenarios[1].users: must be at least 1, got 0");
    }

    void openModelScenarioLoads() {
        Json doc = defaultStrain();
        auto& s = doc["strain"]["scenarios"][0];
        s["model"] = "open";
        s.erase("users");
        s["arrival_rate_per_second"] = 25;
        auto loaded = loadCatalogText(doc.dump(), "edit.json");
        QVERIFY2(loaded.has_value(), loaded ? "" : loaded.error().message.c_str());
        QCOMPARE(loaded->strain.scenarios[0].model, LoadModel::Open);
        QCOMPARE(loaded->strain.scenarios[0].arrivalRatePerSecond, 25.0);
        QCOMPARE(loaded->strain.scenarios[0].users, 0);
    }

    void invalidFilesAreRefusedNamingTheField_data() {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value"); // JSON; "<remove>" erases the key
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, const char* pointer, const char* value,
                            const char* expected) {
            QTest::newRow(name) << pointer << value << expected;
        };
        row("users zero", "/strain/scenarios/1/users", "0",
            "strain.scenarios[1].users: must be at least 1, got 0");
        row("users beyond limits", "/strain/scenarios/0/users", "20000",
            "strain.scenarios[0].users: must be at most limits.max_users (10000), got 20000");
        row("users fractional", "/strain/scenarios/0/users", "1.5",
            "strain.scenarios[0].users: expected a whole number, got 1.5");
        row("ramp as long as run", "/strain/scenarios/0/ramp_up_seconds", "600",
            "strain.scenarios[0].ramp_up_seconds: must be at least 0 and shorter than "
            "duration_seconds (600), got 600");
        row("duration zero", "/strain/scenarios/2/duration_seconds", "0",
            "strain.scenarios[2].duration_seconds: must be from 1 to "
            "limits.max_duration_seconds (86400), got 0");
        row("max requests zero", "/strain/scenarios/0/max_requests", "0",
            "strain.scenarios[0].max_requests: must be from 1 to limits.max_requests (10000000), "
            "got 0");
        row("timeout", "/strain/scenarios/0/request_timeout_seconds", "301",
            "strain.scenarios[0].request_timeout_seconds: must be from 1 to 300, got 301");
        row("kind", "/strain/scenarios/0/kind", "\"soak\"",
            "strain.scenarios[0].kind: unknown value 'soak' (expected one of baseline, stress, "
            "spike, volume, endurance)");
        row("model", "/strain/scenarios/0/model", "\"open\"",
            "strain.scenarios[0].arrival_rate_per_second: missing field");
        row("rate on closed", "/strain/scenarios/0/arrival_rate_per_second", "5",
            "strain.scenarios[0].arrival_rate_per_second: a closed-model scenario has users, not "
            "an arrival rate");
        row("method", "/strain/scenarios/0/method", "\"FETCH\"",
            "strain.scenarios[0].method: unknown method 'FETCH'");
        row("body on GET", "/strain/scenarios/0/body", "\"x\"",
            "strain.scenarios[0].body: a GET request carries no body");
        row("no urls", "/strain/scenarios/0/urls", "[]",
            "strain.scenarios[0].urls: must hold at least one URL");
        row("ftp url", "/strain/scenarios/0/urls", "[\"/\", \"ftp://example.com/\"]",
            "strain.scenarios[0].urls[1]: must be an http(s) URL or a path starting with '/', got "
            "'ftp://example.com/'");
        row("header name", "/strain/scenarios/0/headers", "{\"Bad Name\": \"x\"}",
            "strain.scenarios[0].headers.Bad Name: is not a valid header name");
        row("header twice", "/strain/scenarios/0/headers", "{\"X-A\": \"1\", \"x-a\": \"2\"}",
            "strain.scenarios[0].headers.x-a: is listed twice");
        row("header newline", "/strain/scenarios/0/headers", "{\"X-A\": \"1\\r\\nEvil: 1\"}",
            "strain.scenarios[0].headers.X-A: must not hold control characters");
        row("test type", "/strain/scenarios/0/test_type", "\"nope\"",
            "strain.scenarios[0].test_type: unknown test type 'nope'");
        row("duplicate id", "/strain/scenarios/1/id", "\"baseline\"",
            "strain.scenarios[1].id: 'baseline' is listed twice");
        row("duplicate name", "/strain/scenarios/1/name", "\"baseline PERFORMANCE\"",
            "strain.scenarios[1].name: 'baseline PERFORMANCE' is the name of another scenario");
        row("unknown key", "/strain/scenarios/0/userz", "5",
            "strain.scenarios[0].userz: unknown key");
        row("p95", "/strain/criteria/max_p95_ms", "0",
            "strain.criteria.max_p95_ms: must be at least 1, got 0");
        row("error rate", "/strain/criteria/max_error_rate", "1.5",
            "strain.criteria.max_error_rate: must be a fraction from 0 to 1, got 1.5");
        row("throughput", "/strain/criteria/min_throughput_per_second", "-1",
            "strain.criteria.min_throughput_per_second: must be a number of at least 0, got -1");
        row("memory", "/strain/criteria/max_memory", "0",
            "strain.criteria.max_memory: must be a fraction greater than 0 and at most 1, got 0");
        row("criteria missing", "/strain/criteria/min_throughput_per_second", "<remove>",
            "strain.criteria.min_throughput_per_second: missing field");
        row("pass rate", "/strain/readiness_pass_rate", "1.2",
            "strain.readiness_pass_rate: must be a fraction greater than 0 and at most 1, got 1.2");
        row("tolerance", "/strain/regression_tolerance", "-0.1",
            "strain.regression_tolerance: must be a number from 0 to 10, got -0.1");
        row("limits", "/strain/limits/max_users", "0",
            "strain.limits.max_users: must be at least 1, got 0");
        row("suite tier", "/strain/suites/0/tier", "\"platinum\"",
            "strain.suites[0].tier: unknown tier 'platinum'");
        row("suite scenario", "/strain/suites/0/runs/0/scenario", "\"ghost\"",
            "strain.suites[0].runs[0].scenario: unknown scenario 'ghost'");
        row("intensity zero", "/strain/suites/1/runs/3/intensity", "0",
            "strain.suites[1].runs[3].intensity: must be a fraction greater than 0 and at most 1, "
            "got 0");
        row("intensity above one", "/strain/suites/0/runs/0/intensity", "1.2",
            "strain.suites[0].runs[0].intensity: must be a fraction greater than 0 and at most 1, "
            "got 1.2");
        row("run shorter than ramp", "/strain/suites/0/runs/0/duration_seconds", "10",
            "strain.suites[0].runs[0].duration_seconds: must be longer than the scenario's "
            "ramp_up_seconds (10), got 10");
        row("no runs", "/strain/suites/0/runs", "[]",
            "strain.suites[0].runs: must hold at least one run");
    }
    void invalidFilesAreRefusedNamingTheField() {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        Json doc = defaultStrain();
        const Json::json_pointer where(pointer.toStdString());
        if (value == "<remove>") {
            doc[where.parent_pointer()].erase(where.back());
        } else {
            doc[where] = Json::parse(value.toStdString());
        }
        auto loaded = loadCatalogText(doc.dump(), "edit.json");
        QVERIFY(!loaded.has_value());
        QCOMPARE(loaded.error().code, ErrorCode::ValidationError);
        const std::string want = "edit.json: " + expected.toStdString();
        QVERIFY2(contains(loaded.error().message, want),
                 ("got: " + loaded.error().message + "\nwanted: " + want).c_str());
    }

    // The checks apply to a catalog built in code as well (a dialog's edits).
    void validateCatalogChecksStrain() {
        Catalog c = defaults();
        c.strain.scenarios[1].users = 0;
        c.strain.suites[0].runs[0].scenarioId = "ghost";
        auto ok = validateCatalog(c);
        QVERIFY(!ok.has_value());
        QVERIFY(contains(ok.error().message,
                         "strain.json: strain.scenarios[1].users: must be at least 1, got 0"));
        QVERIFY(contains(ok.error().message,
                         "strain.json: strain.suites[0].runs[0].scenario: unknown scenario"));
    }
};

QTEST_GUILESS_MAIN(TestStrainCatalog)
#include "tst_strain_catalog.moc"
