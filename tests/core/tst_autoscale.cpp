// Seed 003's autoscaling decision (core/policy/Autoscale): the weighted score, and each of the
// six shipped templates on rising, falling and oscillating series generated here, with the
// hysteresis band and the cooldowns at their exact boundaries.

#include "catalog/CatalogLoader.h"
#include "policy/Autoscale.h"

#include <cmath>

#include <QTest>

using namespace headroom;
using namespace std::chrono_literals;

namespace {

const Timestamp kStart = Timestamp{std::chrono::days{20000}};

const Catalog& defaults() {
    static const Catalog catalog = *loadDefaultCatalog();
    return catalog;
}

// A snapshot whose every normalised metric equals `score`, so the policy score is `score`.
Snapshot uniform(double score, Timestamp at) {
    Snapshot s(at);
    const auto put = [&](MetricId id, double value) {
        auto ok = s.set(id, {value, at, "test"});
        Q_ASSERT(ok.has_value());
    };
    put(MetricId::CpuUtilization, score);
    put(MetricId::MemoryUtilization, score);
    put(MetricId::ResponseTimeP95Ms, score * 5000.0);
    put(MetricId::ErrorRate, score * 0.1);
    put(MetricId::RequestsPerMinute, score * 60000.0);
    return s;
}

struct Action {
    Timestamp at;
    ScaleAction action;
    int instancesAfter;
    friend bool operator==(const Action&, const Action&) = default;
};

std::vector<Action> actionsOf(const std::vector<AutoscaleDecision>& decisions) {
    std::vector<Action> out;
    for (const auto& d : decisions) {
        if (d.action != ScaleAction::None) {
            out.push_back({d.at, d.action, d.instancesAfter});
        }
    }
    return out;
}

QString describe(const std::vector<Action>& actions) {
    QStringList parts;
    for (const auto& a : actions) {
        parts << QStringLiteral("%1%2@%3")
                     .arg(a.action == ScaleAction::ScaleUp ? "+" : "-")
                     .arg(a.instancesAfter)
                     .arg((a.at - kStart).count() / 60);
    }
    return parts.join(' ');
}

std::chrono::seconds cooldownAfter(const ScalingPolicy& p, ScaleAction a) {
    return a == ScaleAction::ScaleUp ? p.scaleUpCooldown : p.scaleDownCooldown;
}

// No action inside the cooldown of the one before it: the anti-flapping property.
void verifyNoActionInsideCooldown(const ScalingPolicy& p, const std::vector<Action>& actions) {
    for (std::size_t i = 1; i < actions.size(); ++i) {
        QVERIFY2(actions[i].at - actions[i - 1].at >= cooldownAfter(p, actions[i - 1].action),
                 qPrintable(describe(actions)));
    }
}

void addTemplateRows() {
    QTest::addColumn<QString>("id");
    for (const auto& p : defaults().policies.templates) {
        QTest::newRow(p.id.c_str()) << QString::fromStdString(p.id);
    }
}

} // namespace

class TestAutoscale : public QObject {
    Q_OBJECT
private slots:
    void scoreFollowsSeed003Formula() {
        const auto& s = defaults().policies;
        const auto& p = *s.find("web_app_balanced");
        Snapshot snap(kStart);
        QVERIFY(snap.set(MetricId::CpuUtilization, {0.8, kStart, "t"}).has_value());
        QVERIFY(snap.set(MetricId::MemoryUtilization, {0.5, kStart, "t"}).has_value());
        QVERIFY(snap.set(MetricId::ResponseTimeP95Ms, {1000, kStart, "t"}).has_value());
        QVERIFY(snap.set(MetricId::ErrorRate, {0.02, kStart, "t"}).has_value());
        QVERIFY(snap.set(MetricId::RequestsPerMinute, {30000, kStart, "t"}).has_value());
        auto score = policyScore(p, s, snap);
        QVERIFY(score);
        // (0.8 x 0.3 + 0.5 x 0.25 + 0.2 x 0.2 + 0.2 x 0.15 + 0.5 x 0.1) / 1.0
        QCOMPARE(score->score, 0.485);
        QCOMPARE(score->coverage, 1.0);
        QVERIFY(score->missing.empty());

        // Missing metrics leave the sums: the score uses the weights present, coverage drops.
        snap.clear(MetricId::MemoryUtilization);
        snap.clear(MetricId::RequestsPerMinute);
        score = policyScore(p, s, snap);
        QVERIFY(score);
        QVERIFY(std::abs(score->score - 0.31 / 0.65) < 1e-12);
        QVERIFY(std::abs(score->coverage - 0.65) < 1e-12);
        QCOMPARE(score->missing.size(), std::size_t(2));

        // Nothing present: no score, and the stepper makes no decision.
        const Snapshot empty(kStart);
        QVERIFY(!policyScore(p, s, empty));
        const auto d = decideScaling(p, {3, ScaleAction::None, {}}, std::nullopt, kStart);
        QCOMPARE(d.action, ScaleAction::None);
        QCOMPARE(d.reason, AutoscaleReason::NoData);
    }

    void risingSeries_data() { addTemplateRows(); }
    void risingSeries() {
        QFETCH(QString, id);
        const auto& s = defaults().policies;
        const auto& p = *s.find(id.toStdString());
        std::vector<Snapshot> series;
        for (int i = 0; i <= 120; ++i) {
            series.push_back(uniform((i + 0.5) / 121.0, kStart + std::chrono::minutes(i)));
        }
        const auto actions =
            actionsOf(runAutoscale(p, s, series, {p.minInstances, ScaleAction::None, {}}));
        // Expected: the first sample above the threshold, then one step per cooldown until the
        // maximum; never a scale-down.
        int first = 0;
        while ((first + 0.5) / 121.0 <= p.scaleUpThreshold) {
            ++first;
        }
        std::vector<Action> expected;
        int instances = p.minInstances;
        for (Timestamp t = kStart + std::chrono::minutes(first);
             t <= kStart + 120min && instances < p.maxInstances; t += p.scaleUpCooldown) {
            instances = std::min(p.maxInstances, instances + p.step);
            expected.push_back({t, ScaleAction::ScaleUp, instances});
        }
        QVERIFY(!expected.empty());
        QVERIFY2(actions == expected, qPrintable(describe(actions) + " vs " + describe(expected)));
        verifyNoActionInsideCooldown(p, actions);
    }

    void fallingSeries_data() { addTemplateRows(); }
    void fallingSeries() {
        QFETCH(QString, id);
        const auto& s = defaults().policies;
        const auto& p = *s.find(id.toStdString());
        std::vector<Snapshot> series;
        for (int i = 0; i <= 120; ++i) {
            series.push_back(uniform((120 - i + 0.5) / 121.0, kStart + std::chrono::minutes(i)));
        }
        const auto actions =
            actionsOf(runAutoscale(p, s, series, {p.maxInstances, ScaleAction::None, {}}));
        int first = 0;
        while ((120 - first + 0.5) / 121.0 >= p.scaleDownThreshold) {
            ++first;
        }
        std::vector<Action> expected;
        int instances = p.maxInstances;
        for (Timestamp t = kStart + std::chrono::minutes(first);
             t <= kStart + 120min && instances > p.minInstances; t += p.scaleDownCooldown) {
            instances = std::max(p.minInstances, instances - p.step);
            expected.push_back({t, ScaleAction::ScaleDown, instances});
        }
        QVERIFY(!expected.empty());
        QVERIFY2(actions == expected, qPrintable(describe(actions) + " vs " + describe(expected)));
        verifyNoActionInsideCooldown(p, actions);
    }

    // The score swings every minute from well above the scale-up band to well below the
    // scale-down band: the worst case for flapping. Only the cooldowns decide; the oracle below
    // is the rule of Autoscale.h stated directly.
    void oscillatingSeries_data() { addTemplateRows(); }
    void oscillatingSeries() {
        QFETCH(QString, id);
        const auto& s = defaults().policies;
        const auto& p = *s.find(id.toStdString());
        const double high = (p.scaleUpThreshold + p.hysteresis + 1.0) / 2.0;
        const double low = (p.scaleDownThreshold - p.hysteresis) / 2.0;
        const int start = (p.minInstances + p.maxInstances) / 2;
        std::vector<Snapshot> series;
        for (int i = 0; i <= 90; ++i) {
            series.push_back(uniform(i % 2 == 0 ? high : low, kStart + std::chrono::minutes(i)));
        }
        const auto actions = actionsOf(runAutoscale(p, s, series, {start, ScaleAction::None, {}}));

        std::vector<Action> expected;
        int instances = start;
        std::optional<Action> last;
        for (int i = 0; i <= 90; ++i) {
            const Timestamp t = kStart + std::chrono::minutes(i);
            const bool up = i % 2 == 0;
            if (last && t - last->at < cooldownAfter(p, last->action)) {
                continue;
            }
            if (up && instances < p.maxInstances) {
                instances = std::min(p.maxInstances, instances + p.step);
                last = Action{t, ScaleAction::ScaleUp, instances};
                expected.push_back(*last);
            } else if (!up && instances > p.minInstances) {
                instances = std::max(p.minInstances, instances - p.step);
                last = Action{t, ScaleAction::ScaleDown, instances};
                expected.push_back(*last);
            }
        }
        QVERIFY2(actions == expected, qPrintable(describe(actions) + " vs " + describe(expected)));
        verifyNoActionInsideCooldown(p, actions);
        // 91 swings, yet at most one action per shortest cooldown.
        const auto shortest = std::min(p.scaleUpCooldown, p.scaleDownCooldown);
        QVERIFY(actions.size() <= std::size_t(90min / shortest + 1));
    }

    // A score hovering just around the scale-down threshold after a scale-up stays inside the
    // band: no action at all, however long it hovers (and the same mirrored).
    void hoveringAtThresholdDoesNotFlap_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("afterUp");
        for (const auto& p : defaults().policies.templates) {
            QTest::newRow((p.id + " after up").c_str()) << QString::fromStdString(p.id) << true;
            QTest::newRow((p.id + " after down").c_str()) << QString::fromStdString(p.id) << false;
        }
    }
    void hoveringAtThresholdDoesNotFlap() {
        QFETCH(QString, id);
        QFETCH(bool, afterUp);
        const auto& s = defaults().policies;
        const auto& p = *s.find(id.toStdString());
        const double threshold = afterUp ? p.scaleDownThreshold : p.scaleUpThreshold;
        const double wobble = p.hysteresis / 2.0;
        std::vector<Snapshot> series;
        for (int i = 1; i <= 120; ++i) {
            const double score = threshold + (i % 2 == 0 ? wobble : -wobble);
            series.push_back(uniform(score, kStart + std::chrono::minutes(i)));
        }
        const AutoscaleState state{(p.minInstances + p.maxInstances + 1) / 2,
                                   afterUp ? ScaleAction::ScaleUp : ScaleAction::ScaleDown, kStart};
        const auto decisions = runAutoscale(p, s, series, state);
        QVERIFY2(actionsOf(decisions).empty(), qPrintable(describe(actionsOf(decisions))));
        // The samples beyond the raw threshold are reported as held by the band.
        const auto held = std::ranges::count(decisions, AutoscaleReason::HysteresisHold,
                                             &AutoscaleDecision::reason);
        QCOMPARE(held, 60);
    }

    void hysteresisBoundary_data() {
        QTest::addColumn<int>("last"); // 0 none, 1 up, 2 down
        QTest::addColumn<double>("score");
        QTest::addColumn<int>("action"); // 0 none, 1 up, 2 down
        // Web App Balanced: up 0.7, down 0.3, band 0.05.
        QTest::newRow("at up, no history") << 0 << 0.7 << 0;
        QTest::newRow("just above up") << 0 << 0.7001 << 1;
        QTest::newRow("at down, no history") << 0 << 0.3 << 0;
        QTest::newRow("just below down") << 0 << 0.2999 << 2;
        QTest::newRow("after down: above up, inside band") << 2 << 0.74 << 0;
        QTest::newRow("after down: at up + band") << 2 << 0.75 << 0;
        QTest::newRow("after down: beyond band") << 2 << 0.7501 << 1;
        QTest::newRow("after up: below down, inside band") << 1 << 0.26 << 0;
        QTest::newRow("after up: at down - band") << 1 << 0.25 << 0;
        QTest::newRow("after up: beyond band") << 1 << 0.2499 << 2;
        QTest::newRow("after up: up again needs no band") << 1 << 0.7001 << 1;
        QTest::newRow("after down: down again needs no band") << 2 << 0.2999 << 2;
    }
    void hysteresisBoundary() {
        QFETCH(int, last);
        QFETCH(double, score);
        QFETCH(int, action);
        const auto& p = *defaults().policies.find("web_app_balanced");
        const ScaleAction lastAction = last == 0   ? ScaleAction::None
                                       : last == 1 ? ScaleAction::ScaleUp
                                                   : ScaleAction::ScaleDown;
        const AutoscaleState state{5, lastAction,
                                   last == 0 ? std::optional<Timestamp>{} : kStart - 24h};
        const auto d = decideScaling(p, state, PolicyScore{score, 1.0, {}, {}}, kStart);
        const ScaleAction expected = action == 0   ? ScaleAction::None
                                     : action == 1 ? ScaleAction::ScaleUp
                                                   : ScaleAction::ScaleDown;
        QCOMPARE(d.action, expected);
        if (expected == ScaleAction::None && (score > 0.7 || score < 0.3)) {
            QCOMPARE(d.reason, AutoscaleReason::HysteresisHold);
        }
    }

    void cooldownBoundary_data() {
        QTest::addColumn<int>("last");     // 1 up (cooldown 300 s), 2 down (cooldown 600 s)
        QTest::addColumn<double>("score"); // same or opposite direction
        QTest::addColumn<int>("elapsed");
        QTest::addColumn<bool>("acts");
        for (int last : {1, 2}) {
            const int cd = last == 1 ? 300 : 600;
            for (double score : {0.9, 0.1}) {
                const QString name = QStringLiteral("%1 then %2 ")
                                         .arg(last == 1 ? "up" : "down")
                                         .arg(score > 0.5 ? "up" : "down");
                QTest::newRow(qPrintable(name + "1s before")) << last << score << cd - 1 << false;
                QTest::newRow(qPrintable(name + "exactly at")) << last << score << cd << true;
                QTest::newRow(qPrintable(name + "1s after")) << last << score << cd + 1 << true;
            }
        }
    }
    void cooldownBoundary() {
        QFETCH(int, last);
        QFETCH(double, score);
        QFETCH(int, elapsed);
        QFETCH(bool, acts);
        const auto& p = *defaults().policies.find("web_app_balanced");
        const auto lastAction = last == 1 ? ScaleAction::ScaleUp : ScaleAction::ScaleDown;
        const AutoscaleState state{5, lastAction, kStart};
        const Timestamp at = kStart + std::chrono::seconds(elapsed);
        const auto d = decideScaling(p, state, PolicyScore{score, 1.0, {}, {}}, at);
        QCOMPARE(d.action != ScaleAction::None, acts);
        if (!acts) {
            QCOMPARE(d.reason, AutoscaleReason::CooldownActive);
            QCOMPARE(d.cooldownUntil,
                     std::optional<Timestamp>(kStart + cooldownAfter(p, lastAction)));
            QCOMPARE(d.next, state);
        } else {
            QCOMPARE(d.next.lastActionAt, std::optional<Timestamp>(at));
            QCOMPARE(d.next.instances, score > 0.5 ? 6 : 4);
        }
    }

    void boundsAndStep() {
        auto p = *defaults().policies.find("web_app_aggressive"); // step 2, 2..20
        const PolicyScore high{0.9, 1.0, {}, {}};
        const PolicyScore low{0.1, 1.0, {}, {}};
        auto d = decideScaling(p, {20, ScaleAction::None, {}}, high, kStart);
        QCOMPARE(d.action, ScaleAction::None);
        QCOMPARE(d.reason, AutoscaleReason::AtMaximum);
        d = decideScaling(p, {19, ScaleAction::None, {}}, high, kStart);
        QCOMPARE(d.instancesAfter, 20); // capped, not 21
        d = decideScaling(p, {2, ScaleAction::None, {}}, low, kStart);
        QCOMPARE(d.reason, AutoscaleReason::AtMinimum);
        d = decideScaling(p, {3, ScaleAction::None, {}}, low, kStart);
        QCOMPARE(d.instancesAfter, 2);
    }
};

QTEST_GUILESS_MAIN(TestAutoscale)
#include "tst_autoscale.moc"
