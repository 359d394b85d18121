// A strain run's memory figure (issue 8, engine/StrainJob.h): the workspace's stored snapshots of
// the run's window when there are any, else the peak a memory probe of this computer saw while the
// run ran, but only when every target is this computer; a probe that reads nothing leaves memory
// not measured. Also the sampler itself (the highest reading, non-finite readings ignored) and
// the probe over a Source. The runs through runStrainJob aim at a port nobody listens on: the
// load's figures do not matter here, only whether and how the probe was sampled.
#include "engine/StrainJob.h"
#include "model/Evaluation.h"
#include "sources/HostCollector.h"
#include "support/TempDatabases.h"

#include <atomic>
#include <cmath>
#include <limits>
#include <mutex>

#include <QTest>

using namespace headroom;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(headroom::CriterionOutcome)
Q_DECLARE_METATYPE(headroom::MemoryFigureSource)

namespace {

constexpr std::int64_t kT0 = 1796083200; // 2026-12-01T00:00:00Z

Timestamp t(std::int64_t seconds) {
    return Timestamp{std::chrono::seconds{seconds}};
}

enum class Target { Local, Remote };

// A run of `baseline` against a port nobody listens on; `target` says what the plan believes.
StrainJobRequest requestFor(Target target) {
    StrainJobRequest r;
    r.workspace = "local";
    r.scenarioName = "Baseline";
    r.store = false;
    r.plan.scenarioId = "baseline";
    r.plan.model = LoadModel::Closed;
    r.plan.users = 1;
    r.plan.duration = 1s;
    r.plan.requestTimeout = 1s;
    r.plan.maxTime = 2s;
    r.plan.maxRequests = 1000;
    r.plan.thinkTime = 100ms;
    r.plan.method = "GET";
    r.plan.urls = {"http://127.0.0.1:1/"};
    r.plan.allTargetsLocal = target == Target::Local;
    r.memoryProbeInterval = 100ms;
    return r;
}

// What the load generator might have measured: judged figures within every other criterion.
StrainRunResult resultAt(std::int64_t offset) {
    StrainRunResult r;
    r.scenarioId = "baseline";
    r.startedAt = t(kT0 + offset);
    r.elapsed = 2'000ms;
    r.plannedDuration = 2s;
    r.users = 1;
    r.method = "GET";
    r.urls = {"http://127.0.0.1:8080/"};
    r.measurement.p95 = 2'000us;
    r.measurement.throughputPerSecond = 100.0;
    r.measurement.requests = 200;
    r.completed = 200;
    return r;
}

const CriterionResult* memoryCriterion(const StrainJudgement& judgement) {
    for (const CriterionResult& c : judgement.criteria) {
        if (c.criterion == StrainCriterion::Memory) {
            return &c;
        }
    }
    return nullptr;
}

// A probe that answers `reading` and counts its calls.
MemoryProbe countingProbe(std::optional<double> reading, std::shared_ptr<std::atomic<int>> calls) {
    return MemoryProbe{"host", [reading, calls] {
                           ++*calls;
                           return reading;
                       }};
}

// A source that reports one memory figure, or fails.
class FixedSource final : public Source {
public:
    explicit FixedSource(std::optional<double> memory)
        : m_memory(memory) {}
    std::string id() const override { return "fixed"; }
    std::string displayName() const override { return "Fixed"; }
    Result<void> poll(Timestamp now, Snapshot& into) override {
        if (!m_memory) {
            return fail(ErrorCode::IoError, "fixed: nothing to read");
        }
        return into.set(MetricId::MemoryUtilization, MetricSample{*m_memory, now, id()});
    }

private:
    std::optional<double> m_memory;
};

} // namespace

class TestStrainMemoryProbe : public QObject {
    Q_OBJECT

    test::TempDatabases m_files{QStringLiteral("memory")};
    std::unique_ptr<Store> m_store;
    RowId m_local = 0;

    // A snapshot of the workspace with the given memory utilisation at kT0 + offset.
    void storeMemory(std::int64_t offset, double memory) {
        const Timestamp at = t(kT0 + offset);
        Snapshot s(at);
        QVERIFY(s.set(MetricId::MemoryUtilization, MetricSample{memory, at, "host"}).has_value());
        Evaluation e;
        e.evaluatedAt = at;
        auto stored = m_store->ingest(m_local, s, e);
        QVERIFY2(stored.has_value(), stored ? "" : stored.error().message.c_str());
    }

private slots:
    void initTestCase() {
        m_store = m_files.open(m_files.freshPath());
        QVERIFY(m_store != nullptr);
        Workspace w;
        w.name = "local";
        w.title = "local";
        w.createdAt = t(kT0);
        auto created = m_store->createWorkspace(w);
        QVERIFY2(created.has_value(), created ? "" : created.error().message.c_str());
        m_local = created->id;
        // Snapshots around the window of the run at kT0 + 1000 (its 2 s), none in the others'.
        storeMemory(990, 0.99);
        storeMemory(1001, 0.61);
        storeMemory(1010, 0.98);
    }

    void probePeakUsedWithoutSnapshots_data() {
        QTest::addColumn<double>("peak");
        QTest::addColumn<CriterionOutcome>("outcome");
        QTest::newRow("within the criterion") << 0.42 << CriterionOutcome::Passed;
        QTest::newRow("over 85 %") << 0.93 << CriterionOutcome::Failed;
    }

    void probePeakUsedWithoutSnapshots() {
        QFETCH(double, peak);
        QFETCH(CriterionOutcome, outcome);
        StrainJobRequest request = requestFor(Target::Local);
        request.memoryProbe = MemoryProbe{"host", [] {
                                              return std::optional<double>(0.1);
                                          }};
        auto done = completeStrainRun(*m_store, request, resultAt(0), peak);
        QVERIFY2(done.has_value(), done ? "" : done.error().message.c_str());
        QCOMPARE(done->record.result.measurement.memoryUtilisation, std::optional<double>(peak));
        QCOMPARE(done->memorySource, MemoryFigureSource::Probe);
        QCOMPARE(done->memoryProbeSource, std::string("host"));
        const CriterionResult* memory = memoryCriterion(done->judgement);
        QVERIFY(memory != nullptr);
        QCOMPARE(memory->outcome, outcome);
        QCOMPARE(memory->measured, std::optional<double>(peak));
    }

    void snapshotsPreferredWhenPresent() {
        auto done = completeStrainRun(*m_store, requestFor(Target::Local), resultAt(1000), 0.30);
        QVERIFY(done.has_value());
        // 0.61 inside the window; 0.99 and 0.98 outside it; the probe's 0.30 unused.
        QCOMPARE(done->record.result.measurement.memoryUtilisation, std::optional<double>(0.61));
        QCOMPARE(done->memorySource, MemoryFigureSource::Snapshots);
        QVERIFY(done->memoryProbeSource.empty());
        // For a remote target the workspace's own memory source still counts.
        auto remote = completeStrainRun(*m_store, requestFor(Target::Remote), resultAt(1000), 0.3);
        QVERIFY(remote.has_value());
        QCOMPARE(remote->record.result.measurement.memoryUtilisation, std::optional<double>(0.61));
        QCOMPARE(remote->memorySource, MemoryFigureSource::Snapshots);
    }

    void remoteTargetNeverUsesTheProbe() {
        auto done = completeStrainRun(*m_store, requestFor(Target::Remote), resultAt(0), 0.42);
        QVERIFY(done.has_value());
        QCOMPARE(done->record.result.measurement.memoryUtilisation, std::optional<double>());
        QCOMPARE(done->memorySource, MemoryFigureSource::NotMeasured);
        const CriterionResult* memory = memoryCriterion(done->judgement);
        QVERIFY(memory != nullptr);
        QCOMPARE(memory->outcome, CriterionOutcome::NotMeasured);

        // Nor is it sampled: the run never starts the sampler.
        auto calls = std::make_shared<std::atomic<int>>(0);
        StrainJobRequest request = requestFor(Target::Remote);
        request.memoryProbe = countingProbe(0.5, calls);
        auto run = runStrainJob(*m_store, request, {}, [] { return t(kT0 + 50); });
        QVERIFY2(run.has_value(), run ? "" : run.error().message.c_str());
        QCOMPARE(calls->load(), 0);
        QCOMPARE(run->record.result.measurement.memoryUtilisation, std::optional<double>());
        QCOMPARE(run->memorySource, MemoryFigureSource::NotMeasured);
    }

    void localRunSamplesTheProbe() {
        auto calls = std::make_shared<std::atomic<int>>(0);
        StrainJobRequest request = requestFor(Target::Local);
        request.memoryProbe = countingProbe(0.37, calls);
        auto run = runStrainJob(*m_store, request, {}, [] { return t(kT0 + 100); });
        QVERIFY2(run.has_value(), run ? "" : run.error().message.c_str());
        // At the start, every 100 ms of the 1 s run, and at the end.
        QVERIFY2(calls->load() >= 5, std::to_string(calls->load()).c_str());
        QCOMPARE(run->record.result.measurement.memoryUtilisation, std::optional<double>(0.37));
        QCOMPARE(run->memorySource, MemoryFigureSource::Probe);
        QCOMPARE(run->memoryProbeSource, std::string("host"));
    }

    void probeReadingNothingLeavesMemoryNotMeasured() {
        auto done = completeStrainRun(*m_store, requestFor(Target::Local), resultAt(0));
        QVERIFY(done.has_value());
        QCOMPARE(done->record.result.measurement.memoryUtilisation, std::optional<double>());
        QCOMPARE(done->memorySource, MemoryFigureSource::NotMeasured);

        auto calls = std::make_shared<std::atomic<int>>(0);
        StrainJobRequest request = requestFor(Target::Local);
        request.memoryProbe = countingProbe(std::nullopt, calls);
        auto run = runStrainJob(*m_store, request, {}, [] { return t(kT0 + 200); });
        QVERIFY(run.has_value());
        QVERIFY(calls->load() > 0);
        QCOMPARE(run->record.result.measurement.memoryUtilisation, std::optional<double>());
        QCOMPARE(run->memorySource, MemoryFigureSource::NotMeasured);
        const CriterionResult* memory = memoryCriterion(run->judgement);
        QVERIFY(memory != nullptr);
        QCOMPARE(memory->outcome, CriterionOutcome::NotMeasured);
    }

    void samplerKeepsTheHighestFiniteReading() {
        const std::vector<std::optional<double>> readings{0.2,
                                                          0.7,
                                                          std::nullopt,
                                                          std::numeric_limits<double>::quiet_NaN(),
                                                          std::numeric_limits<double>::infinity(),
                                                          0.4};
        auto next = std::make_shared<std::atomic<std::size_t>>(0);
        MemoryProbe probe{"host", [readings, next] {
                              const std::size_t i = (*next)++;
                              return readings[std::min(i, readings.size() - 1)];
                          }};
        MemoryPeakSampler sampler(probe, 50ms);
        QTRY_VERIFY_WITH_TIMEOUT(next->load() >= readings.size(), 5000);
        QCOMPARE(sampler.peak(), std::optional<double>(0.7));
        const std::size_t calls = next->load();
        QTest::qWait(150);
        QCOMPARE(next->load(), calls); // stopped: no reading after peak()
        QCOMPARE(sampler.peak(), std::optional<double>(0.7));
    }

    void samplerWithoutReadingsHasNoPeak() {
        MemoryPeakSampler sampler(MemoryProbe{"host",
                                              [] {
                                                  return std::optional<double>();
                                              }},
                                  50ms);
        QCOMPARE(sampler.peak(), std::optional<double>());
    }

    void probeOfASourceReadsItsMemory() {
        const MemoryProbe fixed = memoryProbeOf(std::make_shared<FixedSource>(0.33));
        QCOMPARE(fixed.sourceId, std::string("fixed"));
        QCOMPARE(fixed.read(), std::optional<double>(0.33));
        const MemoryProbe failing = memoryProbeOf(std::make_shared<FixedSource>(std::nullopt));
        QCOMPARE(failing.read(), std::optional<double>());

        HostCollectorOptions options;
        options.firstSampleGap = 0ms;
        const MemoryProbe host = memoryProbeOf(std::make_shared<HostCollector>(options));
        QCOMPARE(host.sourceId, std::string("host"));
        const auto memory = host.read();
        QVERIFY(memory.has_value());
        QVERIFY2(*memory > 0.0 && *memory < 1.0, std::to_string(*memory).c_str());
    }
};

QTEST_GUILESS_MAIN(TestStrainMemoryProbe)
#include "tst_strain_memory_probe.moc"
