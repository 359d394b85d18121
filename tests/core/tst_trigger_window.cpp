// TriggerWindow (core/policy/TriggerWindow): the incremental triggers give exactly the findings of
// evaluatePolicyTriggers over the same window, bit for bit, on random and adversarial sequences:
// gaps around maxSampleGap, values exactly at the thresholds, duplicate snapshot times, missing
// metrics, samples observed before or after their snapshot, stale samples, evaluation times
// that differ from the snapshot's, lookback expiry, settings changes, state resets and
// out-of-order snapshots. A second test runs whole steps: evaluateStep against the engine's path
// (applyPolicyStep over a span of points), compared as JSON.

#include "catalog/CatalogLoader.h"
#include "model/EvaluationJson.h"
#include "policy/EvaluationStep.h"
#include "policy/PolicyDrafts.h"
#include "policy/TriggerWindow.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <map>

#include <QTest>

using namespace headroom;
using namespace std::chrono_literals;

namespace {

const Timestamp kT0 = Timestamp{std::chrono::sys_days{std::chrono::year{2026} / 3 / 1}};

class Rng {
public:
    explicit Rng(std::uint64_t seed)
        : m_state(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) / double(1ULL << 53); }
    bool chance(double p) { return uniform() < p; }
    template <typename T, std::size_t N>
    T pick(const std::array<T, N>& items) {
        return items[next() % N];
    }

private:
    std::uint64_t m_state;
};

// The window the engine's path sees (the former LookbackWindow): points oldest first, the
// prefix older than the lookback dropped.
struct ReferenceWindow {
    std::vector<MetricPoint> points;
    void dropBefore(Timestamp oldest) {
        const auto it =
            std::ranges::find_if(points, [&](const MetricPoint& p) { return p.at >= oldest; });
        points.erase(points.begin(), it);
    }
    void add(const Snapshot& s, std::span<const MetricId> metrics) {
        for (MetricId m : metrics) {
            if (const auto& sample = s.get(m)) {
                points.push_back({s.takenAt(), m, sample->value});
            }
        }
    }
};

std::string hex(double v) {
    std::array<char, 64> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%a", v);
    return buffer.data();
}

// Every field of the findings, doubles in hexadecimal (so -0 and the last bit count).
std::string describe(const std::vector<PolicyTriggerFinding>& findings) {
    std::string out;
    for (const auto& f : findings) {
        out += "[kind " + std::to_string(int(f.kind));
        for (const auto& e : f.evidence) {
            const auto* metric = std::get_if<MetricId>(&e.subject);
            out += " ev(" + std::to_string(metric ? int(metricIndex(*metric)) : -1) + " " +
                   hex(e.value) + " " + std::to_string(int(e.comparison)) + " " + hex(e.threshold) +
                   ")";
        }
        if (f.run) {
            out += " run(" + formatIso(f.run->since) + " " + formatIso(f.run->until) + " " +
                   hex(f.run->minimum) + " " + std::to_string(f.run->samples) + ")";
        }
        if (f.rightSizeFraction) {
            out += " fraction " + hex(*f.rightSizeFraction);
        }
        out += " samples " + std::to_string(f.samples) + "]";
    }
    return out;
}

struct Variant {
    std::chrono::seconds lookback{1800};
    std::chrono::seconds maxGap{120};
    std::chrono::seconds sustainedFor{300};
    double percentile = 0.95;
    int minSamples = 5;
    std::vector<MetricId> underMetrics{MetricId::CpuUtilization, MetricId::MemoryUtilization};
    double disorder = 0.0;      // chance a snapshot is older than the one before
    double nowJitter = 0.05;    // chance the evaluation time differs from the snapshot's
    double lagging = 0.1;       // chance a sample was observed before its snapshot
    double settingsFlip = 0.0;  // chance the thresholds change before a step
    double reset = 0.002;       // chance the state starts over (a policy change)
    double regimeChange = 0.02; // chance the load switches between busy, quiet and mixed
    double noise = 0.1;         // chance a value is uniform in [0, 1) whatever the regime
    bool steady = false;        // 30-second snapshots (a few exceptions) rather than any gap
    bool ramps = false;         // a fourth regime: values rising steadily, then falling
    int steps = 4000;
};

} // namespace

Q_DECLARE_METATYPE(Variant)

class TestTriggerWindow : public QObject {
    Q_OBJECT

    std::map<PolicyTriggerKind, int> m_fired;

    // Drives a TriggerWindow and the reference window through the same sequence, as
    // evaluateStep does (drop, evaluate the fresh part, add the snapshot), comparing each step.
    void runSequence(const Variant& v, std::uint64_t seed) {
        Rng rng(seed);
        PolicyTriggerSettings settings;
        settings.lookback = v.lookback;
        settings.maxSampleGap = v.maxGap;
        settings.cpuSustainedFor = v.sustainedFor;
        settings.rightSizePercentile = v.percentile;
        settings.minLookbackSamples = v.minSamples;
        settings.underUtilisationMetrics = v.underMetrics;
        const std::vector<MetricId> stored{MetricId::CpuUtilization, MetricId::MemoryUtilization,
                                           MetricId::RequestsPerMinute};
        constexpr auto kStaleAfter = 900s;
        // Values on and around the thresholds (0.8 CPU, 0.3 under-utilisation), zero and one.
        constexpr std::array<double, 10> kHigh{0.8,  0.8, 0.81,      0.85, 0.9,
                                               0.95, 1.0, 0.8000001, 0.99, 0.81};
        constexpr std::array<double, 9> kLow{0.0, 0.0, 0.05, 0.1, 0.2, 0.29, 0.3, 0.3, 0.2999999};
        constexpr std::array<int, 14> kDeltas{0,  1,   15,  30,  30,  30,  30,
                                              60, 119, 120, 121, 240, 600, 3600};
        constexpr std::array<int, 7> kLags{1, 15, 30, 60, 121, 400, 1000};
        ReferenceWindow reference;
        TriggerWindow window;
        Timestamp t = kT0;
        int regime = 0; // 0 busy, 1 quiet, 2 mixed
        for (int step = 0; step < v.steps; ++step) {
            if (rng.chance(v.regimeChange)) {
                regime = int(rng.next() % (v.ramps ? 4 : 3));
            }
            t += v.steady && !rng.chance(0.01) ? 30s : std::chrono::seconds(rng.pick(kDeltas));
            if (rng.chance(v.disorder)) {
                t -= std::chrono::seconds(rng.pick(kDeltas)) * 2;
            }
            if (rng.chance(v.settingsFlip)) {
                settings.cpuSustainedAbove = rng.chance(0.5) ? 0.8 : 0.9;
                settings.maxSampleGap = rng.chance(0.5) ? v.maxGap : v.maxGap * 2;
                settings.rightSizePercentile = rng.chance(0.5) ? v.percentile : 0.5;
            }
            if (rng.chance(v.reset)) {
                reference = {};
                window.clear();
            }
            Snapshot s(t);
            const auto value = [&] {
                if (regime == 3) {
                    // Up for 1000 steps, then down: the percentile's rank drifts through the
                    // values all the way.
                    const int phase = step % 2000;
                    return 0.45 * double(phase < 1000 ? phase : 2000 - phase) / 1000.0;
                }
                const int r = regime == 2 ? int(rng.next() % 2) : regime;
                return rng.chance(v.noise) ? rng.uniform()
                       : r == 0            ? rng.pick(kHigh)
                                           : rng.pick(kLow);
            };
            for (MetricId m : {MetricId::CpuUtilization, MetricId::MemoryUtilization,
                               MetricId::RequestsPerMinute}) {
                if (rng.chance(0.1)) {
                    continue; // missing
                }
                Timestamp observed = t;
                if (rng.chance(v.lagging)) {
                    observed -= std::chrono::seconds(rng.pick(kLags));
                } else if (rng.chance(0.02)) {
                    observed += 30s; // a source clock ahead
                }
                const double x = m == MetricId::RequestsPerMinute ? 100.0 * rng.uniform() : value();
                QVERIFY(s.set(m, {x, observed, "t"}));
            }
            Timestamp now = t;
            if (rng.chance(v.nowJitter)) {
                now += std::chrono::seconds(int(rng.next() % 400) - 100);
            }
            const Snapshot fresh = freshPart(s, kStaleAfter, now);
            reference.dropBefore(now - settings.lookback);
            window.dropBefore(now - settings.lookback);
            QVERIFY(std::ranges::equal(
                reference.points, window.points(), [](const MetricPoint& a, const MetricPoint& b) {
                    return a.at == b.at && a.metric == b.metric && a.value == b.value;
                }));
            const auto expected = evaluatePolicyTriggers(settings, fresh, reference.points, now);
            const auto actual = window.evaluate(settings, fresh, now);
            const std::string a = describe(expected);
            const std::string b = describe(actual);
            QVERIFY2(a == b,
                     qPrintable(QStringLiteral("seed %1 step %2 at %3:\nbatch       %4\n"
                                               "incremental %5")
                                    .arg(seed)
                                    .arg(step)
                                    .arg(QString::fromStdString(formatIso(t)),
                                         QString::fromStdString(a), QString::fromStdString(b))));
            for (const auto& f : expected) {
                ++m_fired[f.kind];
            }
            reference.add(s, stored);
            window.add(s, stored);
        }
    }

private slots:
    void matchesTheBatch_data() {
        QTest::addColumn<Variant>("variant");
        QTest::addColumn<bool>("expectsRightSizing");
        QTest::newRow("defaults, half-hour window") << Variant{} << true;
        Variant median;
        median.percentile = 0.5;
        median.underMetrics = {MetricId::MemoryUtilization, MetricId::CpuUtilization};
        QTest::newRow("median, memory first") << median << true;
        Variant lowest;
        lowest.percentile = 0.0;
        lowest.minSamples = 1;
        QTest::newRow("0th percentile, one sample") << lowest << true;
        Variant highest;
        highest.percentile = 1.0;
        QTest::newRow("100th percentile") << highest << true;
        Variant oneMetric;
        oneMetric.underMetrics = {MetricId::MemoryUtilization};
        oneMetric.percentile = 0.37;
        QTest::newRow("memory only, odd percentile") << oneMetric << true;
        Variant none;
        none.underMetrics = {};
        QTest::newRow("no under-utilisation metrics") << none << false;
        Variant unstored;
        unstored.underMetrics = {MetricId::DiskUtilization, MetricId::CpuUtilization};
        QTest::newRow("a metric never stored") << unstored << true;
        Variant longWindow;
        longWindow.lookback = 6h;
        longWindow.minSamples = 20;
        longWindow.lagging = 0.02;
        longWindow.steps = 6000;
        longWindow.regimeChange = 0.003;
        longWindow.noise = 0.02;
        QTest::newRow("six-hour window") << longWindow << true;
        Variant dayWindow;
        dayWindow.lookback = 24h;
        dayWindow.minSamples = 20;
        dayWindow.steady = true;
        dayWindow.ramps = true;
        dayWindow.regimeChange = 0.001;
        dayWindow.noise = 0.01;
        dayWindow.lagging = 0.01;
        dayWindow.steps = 8000;
        QTest::newRow("day window, 30 s, ramps") << dayWindow << true;
        Variant lagging;
        lagging.lagging = 0.5;
        QTest::newRow("lagging sources") << lagging << true;
        Variant jitter;
        jitter.nowJitter = 0.5;
        QTest::newRow("evaluation times off the snapshot's") << jitter << true;
        Variant disorder;
        disorder.disorder = 0.01;
        disorder.reset = 0.01;
        QTest::newRow("out of order, then reset") << disorder << true;
        Variant flips;
        flips.settingsFlip = 0.02;
        QTest::newRow("settings changing") << flips << true;
        Variant wideGap;
        wideGap.maxGap = 600s;
        wideGap.sustainedFor = 1200s;
        QTest::newRow("wide gaps") << wideGap << true;
    }

    void matchesTheBatch() {
        QFETCH(Variant, variant);
        QFETCH(bool, expectsRightSizing);
        m_fired.clear();
        for (std::uint64_t seed = 1; seed <= 4; ++seed) {
            runSequence(variant, seed);
            if (QTest::currentTestFailed()) {
                return;
            }
        }
        // The sequences really reach the paths compared (else equality proves little).
        QVERIFY(m_fired[PolicyTriggerKind::CpuSustained] > 0);
        QCOMPARE(m_fired[PolicyTriggerKind::UnderUtilised] > 0, expectsRightSizing);
    }

    void longRunsExpireAtTheFront() {
        // CPU above the threshold for longer than the window: the run is cut at the window's
        // oldest point, its minimum leaves with the point that held it.
        PolicyTriggerSettings settings;
        settings.lookback = 600s;
        TriggerWindow window;
        std::vector<MetricPoint> reference;
        const std::array<MetricId, 1> metrics{MetricId::CpuUtilization};
        for (int i = 0; i < 200; ++i) {
            const Timestamp t = kT0 + 30s * i;
            const double cpu = i == 3 ? 0.81 : 0.9 + 0.0001 * i;
            Snapshot s(t);
            QVERIFY(s.set(MetricId::CpuUtilization, {cpu, t, "t"}));
            window.dropBefore(t - settings.lookback);
            std::erase_if(reference,
                          [&](const MetricPoint& p) { return p.at < t - settings.lookback; });
            const auto expected = evaluatePolicyTriggers(settings, s, reference, t);
            QCOMPARE(describe(window.evaluate(settings, s, t)), describe(expected));
            if (i >= 10) {
                QVERIFY(!expected.empty() && expected.front().run);
            }
            window.add(s, metrics);
            reference.push_back({t, MetricId::CpuUtilization, cpu});
        }
    }

    void stepMatchesTheEnginePath() {
        // Whole steps: evaluateStep (incremental) against applyPolicyStep over a span of points
        // (the engine's path), with stale samples and changes of the active policy.
        auto catalog = loadDefaultCatalog();
        QVERIFY(catalog);
        PolicySettings settings = catalog->policies;
        settings.triggers.lookback = 2h;
        settings.triggers.minLookbackSamples = 10;
        std::vector<std::string> templates;
        for (const auto& p : settings.templates) {
            templates.push_back(p.id);
        }
        Rng rng(42);
        StepState state;
        ReferenceWindow reference;
        AutoscaleState autoscale{0, ScaleAction::None, {}};
        std::string referencePolicy;
        std::vector<MetricId> referenceMetrics;
        std::map<std::string, int> types;
        Timestamp t = kT0;
        int regime = 0;
        for (int step = 0; step < 3000; ++step) {
            t += std::chrono::seconds(rng.pick(std::array<int, 6>{30, 30, 30, 60, 0, 200}));
            if (rng.chance(0.03)) {
                regime = int(rng.next() % 2);
            }
            if (rng.chance(0.002)) {
                settings.activeId = templates[rng.next() % templates.size()];
            }
            Snapshot s(t);
            const auto put = [&](MetricId m, double x) {
                const Timestamp observed =
                    rng.chance(0.03) ? t - std::chrono::seconds(rng.next() % 2000) : t;
                QVERIFY(s.set(m, {x, observed, "t"}));
            };
            const bool busy = regime == 0;
            put(MetricId::CpuUtilization, busy ? 0.78 + 0.2 * rng.uniform() : 0.1 * rng.uniform());
            put(MetricId::MemoryUtilization, busy ? 0.6 : 0.1 + 0.25 * rng.uniform());
            put(MetricId::ResponseTimeP95Ms, busy ? 1500 + 1000 * rng.uniform() : 200);
            put(MetricId::ResponseTimeP99Ms, busy ? 4000 + 2000 * rng.uniform() : 400);
            put(MetricId::DbConnections, busy ? 40 + 20 * rng.uniform() : 5);
            put(MetricId::DbConnectionsMax, 60);
            put(MetricId::ActiveClients, 20);
            put(MetricId::RequestsPerMinute, busy ? 900 : 100);
            put(MetricId::ErrorRate, 0.004);
            const EvaluationContext context{t, {}};
            const Evaluation stepped = evaluateStep(s, *catalog, settings, context, state);

            Evaluation expected = evaluate(s, *catalog, context);
            if (const ScalingPolicy* policy = settings.active()) {
                if (referencePolicy != policy->id) {
                    reference = {};
                    autoscale = AutoscaleState{0, ScaleAction::None, {}};
                    referencePolicy = policy->id;
                    referenceMetrics = policyMetrics(settings, *policy);
                }
                reference.dropBefore(t - settings.triggers.lookback);
                applyPolicyStep(*catalog, settings, *policy, s, reference.points, autoscale,
                                expected);
                reference.add(s, referenceMetrics);
            }
            const std::string a = evaluationToJsonText(expected);
            const std::string b = evaluationToJsonText(stepped);
            QVERIFY2(a == b,
                     qPrintable(QStringLiteral("step %1:\nengine path %2\nstep        %3")
                                    .arg(step)
                                    .arg(QString::fromStdString(a), QString::fromStdString(b))));
            for (const auto& r : stepped.recommendations) {
                ++types[r.type];
            }
        }
        for (const char* type : {"scale_sustained_cpu", "scale_database_connections",
                                 "scale_response_time", "right_size_underutilised"}) {
            QVERIFY2(types[type] > 0, type);
        }
    }
};

QTEST_GUILESS_MAIN(TestTriggerWindow)
#include "tst_trigger_window.moc"
