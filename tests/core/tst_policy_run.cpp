// The active autoscaling policy and seed 004's triggers over a real store (core/engine/
// PolicyRun): recommendations with evidence, the truth layer holding back a scale-up when the
// policy's metrics are mostly missing, and `headroom policies` / `headroom autoscale` on the
// same data.

#include "catalog/CatalogLoader.h"
#include "engine/PolicyRun.h"
#include "policy/Evaluator.h"
#include "store/Store.h"
#include "support/CliRun.h"

#include <fstream>

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using namespace std::chrono_literals;

namespace {

const Timestamp kStart = Timestamp{std::chrono::days{20000}};

enum class Coverage { Full, CpuOnly };

// Ten minutes of one snapshot a minute, every weighted metric at `level` (normalised).
void fill(Store& store, const Workspace& ws, const Catalog& catalog, double level,
          Coverage coverage) {
    for (int i = 0; i < 10; ++i) {
        const Timestamp at = kStart + std::chrono::minutes(i);
        Snapshot s(at);
        const auto put = [&](MetricId id, double v) {
            (void)s.set(id, {v, at, "test"});
        };
        put(MetricId::CpuUtilization, level);
        if (coverage == Coverage::Full) {
            put(MetricId::MemoryUtilization, level);
            put(MetricId::ResponseTimeP95Ms, level * 5000.0);
            put(MetricId::ErrorRate, level * 0.1);
            put(MetricId::RequestsPerMinute, level * 60000.0);
            put(MetricId::ActiveClients, 10);
        }
        const Evaluation e = evaluate(s, catalog, {at, ws.currentModeId});
        QVERIFY(store.ingest(ws.id, s, e).has_value());
    }
}

const RecommendationDraft* draftOf(const PolicyRunReport& r, std::string_view type) {
    for (const auto& d : r.drafts) {
        if (d.type == type) {
            return &d;
        }
    }
    return nullptr;
}

} // namespace

class TestPolicyRun : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    Catalog m_catalog;

    Workspace makeWorkspace(Store& store, const std::string& name) {
        auto ws = store.createWorkspace({0, name, name, WorkspaceKind::Live, "", kStart});
        Q_ASSERT(ws.has_value());
        return *ws;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // The CLI reads the user's catalog folder: an empty one here.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath("config").toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath("data").toUtf8());
        m_catalog = *loadDefaultCatalog();
        // Every weighted metric counts towards confidence in these tests.
        m_catalog.truth.required = {MetricId::CpuUtilization, MetricId::MemoryUtilization};
    }

    void highLoadRaisesScaleUpWithEvidence() {
        auto store = Store::open(m_dir.filePath("high.db").toStdString());
        QVERIFY(store.has_value());
        const Workspace ws = makeWorkspace(**store, "high");
        fill(**store, ws, m_catalog, 0.95, Coverage::Full);
        const auto& policy = *m_catalog.policies.active();
        auto report = runPolicyOverStore(**store, ws, m_catalog, policy, kStart + 9min, {});
        QVERIFY2(report.has_value(), report ? "" : report.error().message.c_str());
        QCOMPARE(report->snapshots, std::size_t(10));
        // The first sample scales up; the rest sit inside the 5-minute cooldown or after it.
        QCOMPARE(report->decisions.front().action, ScaleAction::ScaleUp);
        QCOMPARE(report->decisions[5].action, ScaleAction::ScaleUp); // exactly at the cooldown
        const auto* up = draftOf(*report, kAutoscaleUpType);
        QVERIFY(up);
        QVERIFY(!up->evidence.empty());
        QCOMPARE(up->evidence[0].comparison, Comparison::Above);
        // Seed 004: CPU above 80 % for the last 9 minutes and p95 above 2 s.
        QVERIFY(draftOf(*report, "scale_sustained_cpu"));
        QCOMPARE(draftOf(*report, "scale_sustained_cpu")->severity, Status::Critical);
        QVERIFY(draftOf(*report, "scale_response_time"));
        QVERIFY(!draftOf(*report, kAutoscaleDownType));
    }

    // Truth layer: CPU alone carries 30 % of Web App Balanced's weight. The score is high, but
    // the policy does not recommend an increase on so little data; seed 004's CPU trigger, a
    // direct measurement, still fires.
    void lowCoverageDoesNotRecommendIncrease() {
        auto store = Store::open(m_dir.filePath("thin.db").toStdString());
        QVERIFY(store.has_value());
        const Workspace ws = makeWorkspace(**store, "thin");
        fill(**store, ws, m_catalog, 0.95, Coverage::CpuOnly);
        auto report = runPolicyOverStore(**store, ws, m_catalog, *m_catalog.policies.active(),
                                         kStart + 9min, {});
        QVERIFY(report.has_value());
        const auto& last = report->decisions.back();
        QVERIFY(last.score);
        QVERIFY(last.score->score > 0.9);
        QVERIFY(std::abs(last.score->coverage - 0.3) < 1e-9);
        QVERIFY(!draftOf(*report, kAutoscaleUpType));
        QVERIFY(draftOf(*report, "scale_sustained_cpu"));
    }

    void staleValuesDoNotCount() {
        Snapshot s(kStart);
        QVERIFY(s.set(MetricId::CpuUtilization, {0.9, kStart - 1h, "old"}).has_value());
        QVERIFY(s.set(MetricId::MemoryUtilization, {0.9, kStart, "new"}).has_value());
        const Snapshot fresh = freshPart(s, 900s, kStart);
        QVERIFY(!fresh.has(MetricId::CpuUtilization));
        QVERIFY(fresh.has(MetricId::MemoryUtilization));
    }

    void cliPoliciesListShowCheck() {
        auto r = test::runCli({"policies"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.find("* web_app_balanced") != std::string::npos, r.out.c_str());
        QVERIFY(r.out.find("  dev_minimal") != std::string::npos);

        r = test::runCli({"policies", "--json"});
        QCOMPARE(r.code, 0);
        const auto j = nlohmann::json::parse(r.out);
        QCOMPARE(j["templates"].size(), std::size_t(6));
        QCOMPARE(j["active"].get<std::string>(), std::string("web_app_balanced"));

        r = test::runCli({"policies", "show", "api_performance"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.find("API Performance (api_performance)") != std::string::npos);
        QVERIFY(r.out.find("scale up above 60 %") != std::string::npos);

        r = test::runCli({"policies", "show", "nope"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.find("no policy template 'nope'") != std::string::npos);

        // A file with two problems: both are printed, exit code 3.
        auto doc = nlohmann::json::parse(defaultCatalogText("policies.json"));
        doc["policies"]["templates"][0]["step"] = 0;
        doc["policies"]["templates"][1]["scale_down_threshold"] = 0.9;
        const std::string bad = m_dir.filePath("bad-policies.json").toStdString();
        std::ofstream(bad) << doc.dump();
        r = test::runCli({"policies", "check", bad});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.find("policies.templates[0].step") != std::string::npos, r.err.c_str());
        QVERIFY2(r.err.find("policies.templates[1].scale_down_threshold") != std::string::npos,
                 r.err.c_str());

        const std::string good = m_dir.filePath("good-policies.json").toStdString();
        std::ofstream(good) << defaultCatalogText("policies.json");
        r = test::runCli({"policies", "check", good});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.find("valid, 6 template(s)") != std::string::npos);
    }

    void cliAutoscale() {
        const std::string db = m_dir.filePath("cli.db").toStdString();
        {
            auto store = Store::open(db);
            QVERIFY(store.has_value());
            const Workspace ws = makeWorkspace(**store, "web");
            fill(**store, ws, m_catalog, 0.95, Coverage::Full);
        }
        auto r = test::runCli({"autoscale", "--db", db, "--workspace", "web", "--json"});
        QCOMPARE(r.code, 0);
        const auto j = nlohmann::json::parse(r.out);
        QCOMPARE(j["policy"].get<std::string>(), std::string("web_app_balanced"));
        QCOMPARE(j["snapshots"].get<int>(), 10);
        QCOMPARE(j["decisions"][0]["action"].get<std::string>(), std::string("scale_up"));
        QVERIFY(j["latest"]["score"]["value"].get<double>() > 0.9);

        r = test::runCli(
            {"autoscale", "--db", db, "--workspace", "web", "--policy", "dev_minimal"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.find("Dev Minimal (dev_minimal)") != std::string::npos, r.out.c_str());
        // Scaled up at 0 and 5 min; at 9 min the 5-minute cooldown holds the next step back.
        QVERIFY2(r.out.find("Decision        none (cooldown_active") != std::string::npos,
                 r.out.c_str());
        QVERIFY(r.out.find("Actions in window") != std::string::npos);

        r = test::runCli({"autoscale", "--db", db, "--workspace", "web", "--policy", "ghost"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.find("--policy: no template 'ghost'") != std::string::npos);
        r = test::runCli({"autoscale", "--db", db, "--window-minutes", "0"});
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestPolicyRun)
#include "tst_policy_run.moc"
