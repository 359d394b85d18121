// EvaluationStep: the pure pipeline step gives exactly the evaluation the live engine stores.
// A running Engine on a steered clock evaluates a series that walks through every policy path
// (the autoscale stepper, seed 004's sustained CPU, database connections, response time, and
// the quiet stretch the lookback window judges for right-sizing); feeding the stored snapshots
// through evaluateStep, oldest first, must reproduce each stored evaluation byte for byte (as
// JSON).

#include "catalog/CatalogLoader.h"
#include "model/EvaluationJson.h"
#include "policy/EvaluationStep.h"
#include "support/EngineTestSupport.h"

#include <atomic>
#include <set>

#include <QTemporaryDir>
#include <QTest>

using namespace headroom;
using namespace headroom::test;
using namespace std::chrono_literals;

namespace {

const Timestamp kT0 = Timestamp{std::chrono::sys_days{std::chrono::year{2026} / 11 / 9}};

struct Phase {
    int minutes; // how many one-minute polls
    double cpu;
    double memory;
    double p95Ms;
    double dbConnections;
};

// Busy, then a sustained CPU run, a slow and connection-heavy stretch, then a long quiet one
// (more than min_lookback_samples points below 30 %, so right-sizing fires).
constexpr std::array<Phase, 5> kPhases{{
    {3, 0.50, 0.50, 300, 10},
    {8, 0.93, 0.85, 900, 20},
    {4, 0.60, 0.60, 2600, 55},
    {3, 0.85, 0.70, 400, 12},
    {26, 0.10, 0.12, 150, 4},
}};

bool hasType(const Evaluation& e, std::string_view type) {
    return std::ranges::any_of(e.recommendations, [&](const auto& r) { return r.type == type; });
}

} // namespace

class TestEvaluationStep : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::atomic<std::int64_t> m_offset{0};
    Catalog m_catalog;
    Recorder m_recorder; // outlives the engine's thread
    std::unique_ptr<Engine> m_engine;
    FakeSource* m_source = nullptr;

    void pollAt(std::chrono::seconds at) {
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
    }

    void setPhase(const Phase& p) {
        m_source->setValues({{MetricId::CpuUtilization, p.cpu},
                             {MetricId::MemoryUtilization, p.memory},
                             {MetricId::ResponseTimeP95Ms, p.p95Ms},
                             {MetricId::ResponseTimeP99Ms, p.p95Ms * 1.5},
                             {MetricId::ErrorRate, 0.004},
                             {MetricId::RequestsPerMinute, 120},
                             {MetricId::ActiveClients, 20},
                             {MetricId::DbConnections, p.dbConnections},
                             {MetricId::DbConnectionsMax, 60}});
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
        m_source = source.get();
        setPhase(kPhases[0]);
        std::vector<std::unique_ptr<Source>> sources;
        sources.push_back(std::move(source));
        m_engine = std::make_unique<Engine>(std::move(options), std::move(sources));
        m_engine->addListener(&m_recorder);
        QVERIFY(m_engine->start());
        QVERIFY(m_recorder.waitFor([&] { return !m_recorder.stored.empty(); }));
        std::int64_t minute = 0;
        for (const Phase& p : kPhases) {
            setPhase(p);
            for (int i = 0; i < p.minutes; ++i) {
                pollAt(std::chrono::minutes(++minute));
            }
        }
        m_engine->stop();
    }

    void stepReproducesTheEngine() {
        std::vector<StoredSnapshot> stored;
        {
            std::lock_guard lock(m_recorder.mutex);
            for (const auto& [ws, s] : m_recorder.stored) {
                stored.push_back(s);
            }
        }
        std::size_t expected = 1;
        for (const Phase& p : kPhases) {
            expected += std::size_t(p.minutes);
        }
        QCOMPARE(stored.size(), expected);
        StepState state;
        std::set<std::string> typesSeen;
        for (const auto& s : stored) {
            const Timestamp at = s.snapshot.takenAt();
            const Evaluation step = evaluateStep(s.snapshot, m_catalog, m_catalog.policies,
                                                 {at, s.evaluation.mode.currentModeId}, state);
            const std::string a = evaluationToJsonText(s.evaluation);
            const std::string b = evaluationToJsonText(step);
            QVERIFY2(a == b,
                     qPrintable(QStringLiteral("at %1:\nengine %2\nstep   %3")
                                    .arg(QString::fromStdString(formatIso(at)),
                                         QString::fromStdString(a), QString::fromStdString(b))));
            for (const auto& r : step.recommendations) {
                typesSeen.insert(r.type);
            }
        }
        // The series really went through the policy paths (else the comparison proves little).
        for (const char* type :
             {"scale_sustained_cpu", "scale_database_connections", "scale_response_time"}) {
            QVERIFY2(typesSeen.contains(type), type);
        }
    }

    void sustainedCpuNeedsFiveMinutesOfFedSnapshots() {
        // Independent of the engine: 0.93 CPU from minute 4; the run spans five minutes at 9.
        StepState state;
        std::vector<std::pair<int, bool>> raised;
        for (int minute = 0; minute <= 11; ++minute) {
            Snapshot s(kT0 + std::chrono::minutes(minute));
            const Timestamp at = s.takenAt();
            QVERIFY(s.set(MetricId::CpuUtilization, {minute >= 4 ? 0.93 : 0.5, at, "t"}));
            QVERIFY(s.set(MetricId::ActiveClients, {20, at, "t"}));
            const Evaluation e = evaluateStep(s, m_catalog, m_catalog.policies, {at, {}}, state);
            raised.emplace_back(minute, hasType(e, "scale_sustained_cpu"));
        }
        for (const auto& [minute, on] : raised) {
            QCOMPARE(on, minute >= 9);
        }
    }

    void noActivePolicyIsEvaluateAlone() {
        PolicySettings none = m_catalog.policies;
        none.activeId = "no_such_template";
        StepState state;
        Snapshot s(kT0);
        QVERIFY(s.set(MetricId::CpuUtilization, {0.97, kT0, "t"}));
        const Evaluation step = evaluateStep(s, m_catalog, none, {kT0, {}}, state);
        const Evaluation plain = evaluate(s, m_catalog, {kT0, {}});
        QVERIFY(evaluationToJsonText(step) == evaluationToJsonText(plain));
        QVERIFY(state.lookback.points().empty());
    }
};

QTEST_GUILESS_MAIN(TestEvaluationStep)
#include "tst_evaluation_step.moc"
