// The autoscaling policies inside a running Engine on a steered clock: seed 004's sustained-CPU
// trigger is raised only once CPU has stayed above 80 % for five minutes of stored snapshots,
// critical above 90 %, and is gone when CPU drops; a policy change is refused when its active
// template does not exist and otherwise recorded as a PolicyChanged event.

#include "catalog/CatalogLoader.h"
#include "support/EngineTestSupport.h"

#include <atomic>

#include <QTemporaryDir>
#include <QTest>

using namespace headroom;
using namespace headroom::test;
using namespace std::chrono_literals;

namespace {

const Timestamp kT0 = Timestamp{std::chrono::sys_days{std::chrono::year{2026} / 11 / 2}};
constexpr std::string_view kSustainedCpu = "scale_sustained_cpu";

const RecommendationDraft* findType(const Evaluation& e, std::string_view type) {
    const auto it = std::ranges::find(e.recommendations, type, &RecommendationDraft::type);
    return it == e.recommendations.end() ? nullptr : &*it;
}

} // namespace

class TestEnginePolicies : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::atomic<std::int64_t> m_offset{0};
    Catalog m_catalog;
    Recorder m_recorder; // declared before the engine, so it outlives the engine's thread
    std::unique_ptr<Engine> m_engine;
    FakeSource* m_source = nullptr;

    // Polls at kT0 + at and returns the evaluation stored for it.
    Evaluation evaluateAt(std::chrono::seconds at) {
        m_offset = at.count();
        std::size_t before = 0;
        {
            std::lock_guard lock(m_recorder.mutex);
            before = m_recorder.stored.size();
        }
        m_engine->pollNow();
        if (!m_recorder.waitFor([&] { return m_recorder.stored.size() > before; })) {
            qFatal("no snapshot stored for +%llds", static_cast<long long>(at.count()));
        }
        std::lock_guard lock(m_recorder.mutex);
        return m_recorder.stored.back().second.evaluation;
    }

private slots:
    void initTestCase() {
        auto catalog = loadDefaultCatalog();
        QVERIFY(catalog);
        m_catalog = *catalog;
        EngineOptions options;
        options.databasePath = (m_dir.path() + "/h.db").toStdString();
        options.catalog = m_catalog;
        options.clock = [this] {
            return kT0 + std::chrono::seconds{m_offset.load()};
        };
        options.pollInterval = 1h; // evaluations only when the test asks
        options.createDemoWorkspace = false;
        auto source = std::make_unique<FakeSource>("fake");
        source->setValues({{MetricId::CpuUtilization, 0.95}, {MetricId::MemoryUtilization, 0.5}});
        m_source = source.get();
        std::vector<std::unique_ptr<Source>> sources;
        sources.push_back(std::move(source));
        m_engine = std::make_unique<Engine>(std::move(options), std::move(sources));
        m_engine->addListener(&m_recorder);
        QVERIFY(m_engine->start());
        QVERIFY(m_recorder.waitFor([&] { return !m_recorder.stored.empty(); }));
    }

    void cleanupTestCase() { m_engine->stop(); }

    void sustainedCpuNeedsFiveMinutes() {
        QCOMPARE(m_catalog.policies.triggers.cpuSustainedFor, std::chrono::seconds{300});
        {
            std::lock_guard lock(m_recorder.mutex);
            QVERIFY(!findType(m_recorder.stored.front().second.evaluation, kSustainedCpu));
        }
        for (auto at : {60s, 120s, 180s, 240s}) {
            QVERIFY2(!findType(evaluateAt(at), kSustainedCpu), "raised before five minutes");
        }
        const Evaluation sustained = evaluateAt(300s);
        const auto* draft = findType(sustained, kSustainedCpu);
        QVERIFY2(draft, "not raised after five minutes above 80 %");
        QCOMPARE(draft->severity, Status::Critical); // above 90 % all along
        QVERIFY(!draft->evidence.empty());
        QVERIFY(findType(evaluateAt(360s), kSustainedCpu));
    }

    void droppingCpuClearsTheTrigger() {
        // (Polled every minute: a gap longer than max_sample_gap_seconds would break the run.)
        m_source->setValues({{MetricId::CpuUtilization, 0.4}, {MetricId::MemoryUtilization, 0.5}});
        QVERIFY(!findType(evaluateAt(420s), kSustainedCpu));
        // Back above 80 %: the run starts again, so no advice for another five minutes.
        m_source->setValues({{MetricId::CpuUtilization, 0.85}, {MetricId::MemoryUtilization, 0.5}});
        for (auto at : {480s, 540s, 600s, 660s, 720s}) {
            QVERIFY(!findType(evaluateAt(at), kSustainedCpu));
        }
        const Evaluation again = evaluateAt(780s);
        const auto* draft = findType(again, kSustainedCpu);
        QVERIFY(draft);
        QCOMPARE(draft->severity, Status::Warning); // between 80 and 90 %
    }

    void policyChangesAreCheckedAndRecorded() {
        Engine::PolicyChange bad;
        bad.settings = m_catalog.policies;
        bad.settings.activeId = "no_such_template";
        bad.policyId = "no_such_template";
        bad.action = "activated";
        const RequestId refused = m_engine->recordPolicyChange("local", bad);
        QVERIFY(m_recorder.waitFor([&] { return m_recorder.hasErrorFor(refused); }));
        {
            std::lock_guard lock(m_recorder.mutex);
            QVERIFY(!m_recorder.policyChanges.contains(refused));
        }

        Engine::PolicyChange good;
        good.settings = m_catalog.policies;
        const std::string previous = good.settings.activeId;
        good.settings.activeId = "dev_minimal";
        QVERIFY(good.settings.active());
        good.policyId = "dev_minimal";
        good.action = "activated";
        good.oldValue = previous;
        good.newValue = "dev_minimal";
        good.actor = "founder";
        good.reason = "a quiet week";
        const RequestId id = m_engine->recordPolicyChange("local", good);
        QVERIFY(m_recorder.waitFor([&] { return m_recorder.policyChanges.contains(id); }));
        std::lock_guard lock(m_recorder.mutex);
        const Event& e = m_recorder.policyChanges.at(id);
        QCOMPARE(e.kind, EventKind::PolicyChanged);
        QCOMPARE(e.subject, std::string("dev_minimal"));
        QVERIFY(e.detailJson.find("\"reason\":\"a quiet week\"") != std::string::npos);
        QVERIFY(e.detailJson.find("\"old\":\"" + previous + "\"") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestEnginePolicies)
#include "tst_engine_policies.moc"
