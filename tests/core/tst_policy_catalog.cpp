// policies.json: the shipped defaults (seed 003's six templates, seed 004's triggers), the exact
// round trip through the writer, and every validation rule with the key path it names.

#include "catalog/CatalogLoader.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using Json = nlohmann::json;

namespace {

Json defaultPolicies() {
    return Json::parse(defaultCatalogText("policies.json"));
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

const char* kRemove = "<remove>";

} // namespace

class TestPolicyCatalog : public QObject {
    Q_OBJECT
private slots:
    void defaultsHoldSeed003Templates_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("up");
        QTest::addColumn<double>("down");
        QTest::newRow("balanced") << "web_app_balanced"
                                  << "Web App Balanced" << 0.7 << 0.3;
        QTest::newRow("aggressive") << "web_app_aggressive"
                                    << "Web App Aggressive" << 0.6 << 0.4;
        QTest::newRow("api") << "api_performance"
                             << "API Performance" << 0.6 << 0.4;
        QTest::newRow("batch") << "batch_cost_optimised"
                               << "Batch Cost-Optimised" << 0.8 << 0.2;
        QTest::newRow("ml") << "ml_gpu_optimised"
                            << "ML GPU-Optimised" << 0.75 << 0.25;
        QTest::newRow("dev") << "dev_minimal"
                             << "Dev Minimal" << 0.9 << 0.1;
    }
    void defaultsHoldSeed003Templates() {
        QFETCH(QString, id);
        QFETCH(QString, name);
        QFETCH(double, up);
        QFETCH(double, down);
        auto catalog = loadDefaultCatalog();
        QVERIFY2(catalog.has_value(), catalog ? "" : catalog.error().message.c_str());
        const auto& s = catalog->policies;
        QCOMPARE(s.templates.size(), std::size_t(6));
        QCOMPARE(s.activeId, std::string("web_app_balanced"));
        const auto* p = s.find(id.toStdString());
        QVERIFY(p);
        QCOMPARE(QString::fromStdString(p->name), name);
        QCOMPARE(p->scaleUpThreshold, up);
        QCOMPARE(p->scaleDownThreshold, down);
        QVERIFY(p->isBuiltIn());
        QCOMPARE(p->weights.size(), std::size_t(5));
        // Seed 003: cooldowns between 2 and 15 minutes.
        QVERIFY(p->scaleUpCooldown >= std::chrono::minutes(2));
        QVERIFY(p->scaleDownCooldown <= std::chrono::minutes(15));
    }

    void defaultsHoldSeed003NormalisationAndSeed004Triggers() {
        auto catalog = loadDefaultCatalog();
        QVERIFY(catalog.has_value());
        const auto& s = catalog->policies;
        QCOMPARE(s.fullScaleOf(MetricId::CpuUtilization), std::optional<double>(1.0));
        QCOMPARE(s.fullScaleOf(MetricId::ResponseTimeP95Ms), std::optional<double>(5000.0));
        QCOMPARE(s.fullScaleOf(MetricId::ErrorRate), std::optional<double>(0.1));
        QCOMPARE(s.fullScaleOf(MetricId::RequestsPerMinute), std::optional<double>(60000.0));
        const auto& t = s.triggers;
        QCOMPARE(t.cpuSustainedAbove, 0.8);
        QCOMPARE(t.cpuSustainedFor, std::chrono::seconds(300));
        QCOMPARE(t.dbConnectionsAbove, 0.8);
        QCOMPARE(t.p95AboveMs, 2000.0);
        QCOMPARE(t.p99AboveMs, 5000.0);
        QCOMPARE(t.underUtilisedBelow, 0.3);
        QCOMPARE(t.rightSizePercentile, 0.95);
    }

    void roundTripsExactly() {
        auto catalog = loadDefaultCatalog();
        QVERIFY(catalog.has_value());
        Catalog c = *catalog;
        ScalingPolicy clone = *c.policies.find("api_performance");
        clone.id = "my_api";
        clone.name = "My API";
        clone.basedOn = "api_performance";
        clone.hysteresis = 0.0125;
        clone.scaleUpCooldown = std::chrono::seconds(95);
        c.policies.templates.push_back(clone);
        c.policies.activeId = "my_api";
        auto file = catalogFileToJson(c, "policies.json");
        QVERIFY(file.has_value());
        auto again = loadCatalogText(*file, "policies-roundtrip.json");
        QVERIFY2(again.has_value(), again ? "" : again.error().message.c_str());
        QVERIFY(again->policies == c.policies);
        QCOMPARE(again->policies.active()->basedOn, std::string("api_performance"));
    }

    void rejectsBadPolicies_data() {
        QTest::addColumn<QString>("pointer"); // JSON pointer into policies.json
        QTest::addColumn<QString>("value");   // JSON text, or <remove>
        QTest::addColumn<QString>("key");     // key path the error must name
        QTest::addColumn<QString>("problem"); // part of the problem text
        auto row = [](const char* name, const char* pointer, const char* value, const char* key,
                      const char* problem) {
            QTest::newRow(name) << pointer << value << key << problem;
        };
        row("zero weight", "/policies/templates/0/weights/cpu_utilization", "0",
            "policies.templates[0].weights.cpu_utilization", "greater than 0");
        row("negative weight", "/policies/templates/1/weights/error_rate", "-0.2",
            "policies.templates[1].weights.error_rate", "greater than 0");
        row("no weights", "/policies/templates/2/weights", "{}", "policies.templates[2].weights",
            "at least one metric");
        row("weight without normaliser", "/policies/templates/0/weights/db_connections", "0.1",
            "policies.templates[0].weights.db_connections", "no full-scale value");
        row("unknown weight metric", "/policies/templates/0/weights/cpu_usage", "0.1",
            "policies.templates[0].weights.cpu_usage", "unknown metric");
        row("thresholds reversed", "/policies/templates/0/scale_down_threshold", "0.8",
            "policies.templates[0].scale_down_threshold", "must be below scale_up_threshold");
        row("thresholds equal", "/policies/templates/0/scale_down_threshold", "0.7",
            "policies.templates[0].scale_down_threshold", "must be below scale_up_threshold");
        row("up above 1", "/policies/templates/3/scale_up_threshold", "1.5",
            "policies.templates[3].scale_up_threshold", "between 0 and 1");
        row("down negative", "/policies/templates/3/scale_down_threshold", "-0.1",
            "policies.templates[3].scale_down_threshold", "between 0 and 1");
        row("hysteresis negative", "/policies/templates/0/hysteresis", "-0.01",
            "policies.templates[0].hysteresis", "at least 0");
        row("hysteresis wider than gap", "/policies/templates/1/hysteresis", "0.2",
            "policies.templates[1].hysteresis", "smaller than the gap");
        row("cooldown too short", "/policies/templates/0/scale_up_cooldown_seconds", "10",
            "policies.templates[0].scale_up_cooldown_seconds", "between 30 and 86400 seconds");
        row("cooldown too long", "/policies/templates/0/scale_down_cooldown_seconds", "90000",
            "policies.templates[0].scale_down_cooldown_seconds", "between 30 and 86400 seconds");
        row("cooldown fractional", "/policies/templates/0/scale_down_cooldown_seconds", "60.5",
            "policies.templates[0].scale_down_cooldown_seconds", "whole number");
        row("min above max", "/policies/templates/0/min_instances", "12",
            "policies.templates[0].max_instances", "at least min_instances (12)");
        row("min zero", "/policies/templates/0/min_instances", "0",
            "policies.templates[0].min_instances", "at least 1");
        row("step zero", "/policies/templates/0/step", "0", "policies.templates[0].step",
            "at least 1");
        row("duplicate id", "/policies/templates/1/id", "\"web_app_balanced\"",
            "policies.templates[1].id", "duplicate id 'web_app_balanced'");
        row("empty id", "/policies/templates/1/id", "\"\"", "policies.templates[1].id",
            "must not be empty");
        row("active unknown", "/policies/active", "\"nope\"", "policies.active",
            "names no template: 'nope'");
        row("based_on unknown", "/policies/templates/5/based_on", "\"ghost\"",
            "policies.templates[5].based_on", "names no template: 'ghost'");
        row("based_on itself", "/policies/templates/5/based_on", "\"dev_minimal\"",
            "policies.templates[5].based_on", "based on itself");
        row("no templates", "/policies/templates", "[]", "policies.templates",
            "at least one template");
        row("normaliser zero", "/policies/normalisation/error_rate", "0",
            "policies.normalisation.error_rate", "greater than 0");
        row("missing threshold", "/policies/templates/0/scale_up_threshold", kRemove,
            "policies.templates[0].scale_up_threshold", "missing field");
        row("unknown template key", "/policies/templates/0/colour", "\"red\"",
            "policies.templates[0].colour", "unknown key");
        row("trigger fraction", "/policy_triggers/cpu_sustained_above", "80",
            "policy_triggers.cpu_sustained_above", "between 0 and 1");
        row("trigger duration", "/policy_triggers/cpu_sustained_for_seconds", "0",
            "policy_triggers.cpu_sustained_for_seconds", "greater than 0");
        row("trigger p95", "/policy_triggers/p95_above_ms", "-1", "policy_triggers.p95_above_ms",
            "greater than 0");
        row("trigger percentile", "/policy_triggers/right_size_percentile", "1.5",
            "policy_triggers.right_size_percentile", "at most 1");
        row("trigger non-fraction metric", "/policy_triggers/under_utilisation_metrics/0",
            "\"requests_per_minute\"", "policy_triggers.under_utilisation_metrics[0]",
            "a fraction");
        row("trigger lookback", "/policy_triggers/lookback_seconds", "0",
            "policy_triggers.lookback_seconds", "greater than 0");
    }
    void rejectsBadPolicies() {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, key);
        QFETCH(QString, problem);
        Json doc = defaultPolicies();
        doc.erase("_comment");
        const Json::json_pointer at(pointer.toStdString());
        if (value == kRemove) {
            doc[at.parent_pointer()].erase(at.back());
        } else {
            doc[at] = Json::parse(value.toStdString());
        }
        auto loaded = loadCatalogText(doc.dump(), "policies-test.json");
        QVERIFY(!loaded.has_value());
        const std::string message = loaded.error().message;
        QVERIFY2(contains(message, key.toStdString() + ": "), message.c_str());
        QVERIFY2(contains(message, problem.toStdString()), message.c_str());
    }

    void reportsEveryProblemAtOnce() {
        Json doc = defaultPolicies();
        doc["policies"]["templates"][0]["step"] = 0;
        doc["policies"]["templates"][2]["hysteresis"] = 0.5;
        auto loaded = loadCatalogText(doc.dump(), "policies-test.json");
        QVERIFY(!loaded.has_value());
        QVERIFY(contains(loaded.error().message, "policies.templates[0].step"));
        QVERIFY(contains(loaded.error().message, "policies.templates[2].hysteresis"));
    }
};

QTEST_GUILESS_MAIN(TestPolicyCatalog)
#include "tst_policy_catalog.moc"
