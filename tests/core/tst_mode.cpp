#include "policy/Health.h"
#include "policy/Mode.h"
#include "support/CorePrinters.h"
#include "support/PolicyFixtures.h"

#include <QTest>

using namespace headroom;
using namespace headroom::test;

namespace {

DataQuality quality(double confidence) {
    DataQuality q;
    q.completeness = confidence;
    q.freshness = 1.0;
    q.confidence = confidence;
    return q;
}

HealthScores scores(double overall, double infra = 100, double pressure = 0, double density = 0,
                    double churn = 0) {
    return HealthScores{infra, pressure, density, churn, overall};
}

std::vector<ModeReasonCode> codes(const ModeDecision& d) {
    std::vector<ModeReasonCode> out;
    for (const ModeReason& r : d.reasons) {
        out.push_back(r.code);
    }
    return out;
}

} // namespace

namespace QTest {
template <>
inline char* toString(const std::vector<ModeReasonCode>& list) {
    std::string text;
    for (ModeReasonCode code : list) {
        text += std::string(headroom::keyOf(code)) + " ";
    }
    return qstrdup(text.c_str());
}
} // namespace QTest

class TestMode : public QObject {
    Q_OBJECT
private slots:
    void fittingMode_data() {
        QTest::addColumn<int>("clients");
        QTest::addColumn<QString>("mode");
        QTest::newRow("unknown") << -1 << "lab";
        QTest::newRow("0") << 0 << "lab";
        QTest::newRow("5") << 5 << "lab";
        QTest::newRow("6") << 6 << "pilot";
        QTest::newRow("15") << 15 << "pilot";
        QTest::newRow("16") << 16 << "growth";
        QTest::newRow("28") << 28 << "growth";
        QTest::newRow("50") << 50 << "growth";
        QTest::newRow("51") << 51 << "scale";
        QTest::newRow("above last") << 5000 << "scale";
    }
    void fittingMode() {
        QFETCH(int, clients);
        QFETCH(QString, mode);
        const Catalog c = seedCatalog();
        const auto count = clients < 0 ? std::nullopt : std::optional<int>(clients);
        QCOMPARE(modeForClients(c, count).id, mode.toStdString());
    }

    void neighbours() {
        const Catalog c = seedCatalog();
        QCOMPARE(nextMode(c, *c.findMode("lab"))->id, std::string("pilot"));
        QVERIFY(nextMode(c, *c.findMode("scale")) == nullptr);
        QVERIFY(previousMode(c, *c.findMode("lab")) == nullptr);
        QCOMPARE(previousMode(c, *c.findMode("growth"))->id, std::string("pilot"));
    }

    // max(floor(max x 0.5), floor(max x overall / 100)).
    void safeCapacity_data() {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<double>("overall");
        QTest::addColumn<int>("safe");
        QTest::newRow("lab 61.5") << "lab" << 61.5 << 3; // max(2, floor(3.075))
        QTest::newRow("lab 30") << "lab" << 30.0 << 2;   // floor(2.5) wins
        QTest::newRow("pilot 100") << "pilot" << 100.0 << 15;
        QTest::newRow("growth 95") << "growth" << 95.0 << 47;
        QTest::newRow("scale 10") << "scale" << 10.0 << 250;
    }
    void safeCapacity() {
        QFETCH(QString, mode);
        QFETCH(double, overall);
        QFETCH(int, safe);
        const Catalog c = seedCatalog();
        QCOMPARE(headroom::safeCapacity(*c.findMode(mode.toStdString()), c.health, overall),
                 std::optional<int>(safe));
        QVERIFY(!headroom::safeCapacity(*c.findMode("lab"), c.health, std::nullopt));
    }

    void increaseConfidence_data() {
        QTest::addColumn<double>("health");
        QTest::addColumn<double>("confidence");
        QTest::newRow("69.99") << 69.99 << 0.7;
        QTest::newRow("70") << 70.0 << 0.75;
        QTest::newRow("80") << 80.0 << 0.85;
        QTest::newRow("89.99") << 89.99 << 0.85;
        QTest::newRow("90") << 90.0 << 0.95;
    }
    void increaseConfidence() {
        QFETCH(double, health);
        QFETCH(double, confidence);
        QCOMPARE(headroom::increaseConfidence(health), confidence);
    }

    void freeze() {
        const Catalog c = seedCatalog();
        const ModeDecision d =
            decideMode(c, scores(39.99, 20, 100, 100, 100), 10, *c.findMode("pilot"), quality(1.0));
        QCOMPARE(d.action, ModeAction::Freeze);
        QCOMPARE(d.confidence, 0.9);
        QCOMPARE(codes(d), std::vector<ModeReasonCode>{ModeReasonCode::HealthBelowFreeze});
        QCOMPARE(d.reasons[0].value, 39.99);
        QCOMPARE(d.reasons[0].threshold, 40.0);
        QVERIFY(!d.nextModeId);
    }

    // Each guardrail on its own, strictly above (below for infra) its threshold.
    void decreaseReasons_data() {
        QTest::addColumn<double>("infra");
        QTest::addColumn<double>("pressure");
        QTest::addColumn<double>("density");
        QTest::addColumn<double>("churn");
        QTest::addColumn<int>("code"); // -1: no decrease
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("threshold");
        using C = ModeReasonCode;
        QTest::newRow("density 31")
            << 100.0 << 0.0 << 31.0 << 0.0 << int(C::WarningDensityHigh) << 31.0 << 30.0;
        QTest::newRow("density 30") << 100.0 << 0.0 << 30.0 << 0.0 << -1 << 0.0 << 0.0;
        QTest::newRow("churn 21") << 100.0 << 0.0 << 0.0 << 21.0 << int(C::ChurnRiskHigh) << 21.0
                                  << 20.0;
        QTest::newRow("churn 20") << 100.0 << 0.0 << 0.0 << 20.0 << -1 << 0.0 << 0.0;
        QTest::newRow("pressure 81")
            << 100.0 << 81.0 << 0.0 << 0.0 << int(C::AiCostPressureHigh) << 81.0 << 80.0;
        QTest::newRow("pressure 80") << 100.0 << 80.0 << 0.0 << 0.0 << -1 << 0.0 << 0.0;
        QTest::newRow("infra 49") << 49.0 << 0.0 << 0.0 << 0.0 << int(C::InfraHealthLow) << 49.0
                                  << 50.0;
        QTest::newRow("infra 50") << 50.0 << 0.0 << 0.0 << 0.0 << -1 << 0.0 << 0.0;
    }
    void decreaseReasons() {
        QFETCH(double, infra);
        QFETCH(double, pressure);
        QFETCH(double, density);
        QFETCH(double, churn);
        QFETCH(int, code);
        QFETCH(double, value);
        QFETCH(double, threshold);
        const Catalog c = seedCatalog();
        const ModeDecision d = decideMode(c, scores(70, infra, pressure, density, churn), 8,
                                          *c.findMode("pilot"), quality(1.0));
        if (code < 0) {
            QCOMPARE(d.action, ModeAction::Hold); // 70 is below the increase threshold
            return;
        }
        QCOMPARE(d.action, ModeAction::DecreaseMode);
        QCOMPARE(d.confidence, 0.8);
        QCOMPARE(d.nextModeId, std::optional<std::string>("lab"));
        QCOMPARE(d.reasons.size(), std::size_t{1});
        QCOMPARE(int(d.reasons[0].code), code);
        QCOMPARE(d.reasons[0].value, value);
        QCOMPARE(d.reasons[0].threshold, threshold);
    }

    void decreaseListsEveryReasonAndStaysAtFirstMode() {
        const Catalog c = seedCatalog();
        const ModeDecision d =
            decideMode(c, scores(45, 10, 90, 50, 30), 3, *c.findMode("lab"), quality(1.0));
        QCOMPARE(d.action, ModeAction::DecreaseMode);
        using C = ModeReasonCode;
        QCOMPARE(codes(d), (std::vector<C>{C::WarningDensityHigh, C::ChurnRiskHigh,
                                           C::AiCostPressureHigh, C::InfraHealthLow}));
        QCOMPARE(d.nextModeId, std::optional<std::string>("lab")); // no mode below lab
    }

    // Seed 001's worked example decided in lab mode: density 40 > 30 and pressure 100 > 80.
    void seed001ExampleDecision() {
        const Catalog c = seedCatalog();
        const Snapshot s = snapshotOf({{MetricId::ActiveClients, 10},
                                       {MetricId::EarlyWarningEvents, 2},
                                       {MetricId::AtRiskClients, 1},
                                       {MetricId::AiSpendPerDayUsd, 15},
                                       {MetricId::CpuUtilization, 0.45},
                                       {MetricId::ResponseTimeP50Ms, 120},
                                       {MetricId::ErrorRate, 0.02}});
        const Mode& lab = *c.findMode("lab");
        const ModeDecision d = decideMode(c, healthScores(s, c, lab), 10, lab, quality(1.0));
        QCOMPARE(d.currentModeId, std::string("lab"));
        QCOMPARE(d.fittingModeId, std::string("pilot"));
        QCOMPARE(d.safeCapacity, std::optional<int>(3));
        QCOMPARE(d.utilisation, std::optional<double>(10.0 / 3.0));
        QCOMPARE(d.action, ModeAction::DecreaseMode);
        using C = ModeReasonCode;
        QCOMPARE(codes(d), (std::vector<C>{C::WarningDensityHigh, C::AiCostPressureHigh,
                                           C::ClientsOutsideMode}));
        QCOMPARE(d.reasons[0].value, 40.0);
        QCOMPARE(d.reasons[1].value, 100.0);
        QCOMPARE(d.reasons[2].value, 10.0);
        QCOMPARE(d.reasons[2].threshold, 5.0);
    }

    // lab, health 90: safe = max(2, floor(4.5)) = 4, 2 clients -> 0.5 <= 0.7.
    void increase() {
        const Catalog c = seedCatalog();
        const ModeDecision d = decideMode(c, scores(90), 2, *c.findMode("lab"), quality(1.0));
        QCOMPARE(d.action, ModeAction::IncreaseMode);
        QCOMPARE(d.nextModeId, std::optional<std::string>("pilot"));
        QCOMPARE(d.confidence, 0.95);
        QCOMPARE(d.safeCapacity, std::optional<int>(4));
        QCOMPARE(codes(d), std::vector<ModeReasonCode>{ModeReasonCode::IncreaseSupported});
        QCOMPARE(d.reasons[0].value, 90.0);
        QCOMPARE(d.reasons[0].threshold, 0.5);
        QVERIFY(!d.blockedByTruthLayer);
    }

    // growth at health 100: safe 50; 35 clients is exactly 0.7 (allowed), 36 is 0.72.
    void utilisationBoundary() {
        const Catalog c = seedCatalog();
        const Mode& growth = *c.findMode("growth");
        const ModeDecision at = decideMode(c, scores(100), 35, growth, quality(1.0));
        QCOMPARE(at.action, ModeAction::IncreaseMode);
        QCOMPARE(at.nextModeId, std::optional<std::string>("scale"));
        const ModeDecision over = decideMode(c, scores(100), 36, growth, quality(1.0));
        QCOMPARE(over.action, ModeAction::Hold);
        QCOMPARE(over.confidence, 0.85);
        using C = ModeReasonCode;
        QCOMPARE(codes(over), (std::vector<C>{C::UtilisationTooHigh, C::ModeAppropriate}));
        QCOMPARE(over.reasons[0].value, 0.72);
        QCOMPARE(over.reasons[0].threshold, 0.7);
    }

    void healthBelowIncrease() {
        const Catalog c = seedCatalog();
        const ModeDecision d = decideMode(c, scores(79.99), 2, *c.findMode("pilot"), quality(1.0));
        QCOMPARE(d.action, ModeAction::Hold);
        using C = ModeReasonCode;
        QCOMPARE(codes(d), (std::vector<C>{C::HealthBelowIncrease, C::ModeAppropriate}));
        QCOMPARE(d.reasons[0].threshold, 80.0);
        const ModeDecision at = decideMode(c, scores(80), 2, *c.findMode("pilot"), quality(1.0));
        QCOMPARE(at.action, ModeAction::IncreaseMode);
        QCOMPARE(at.confidence, 0.85);
    }

    void atMaximumMode() {
        const Catalog c = seedCatalog();
        const ModeDecision d = decideMode(c, scores(95), 60, *c.findMode("scale"), quality(1.0));
        QCOMPARE(d.action, ModeAction::Hold);
        QCOMPARE(d.confidence, 0.85);
        using C = ModeReasonCode;
        QCOMPARE(codes(d), (std::vector<C>{C::AtMaximumMode, C::ModeAppropriate}));
        QVERIFY(!d.nextModeId);
    }

    // Freeze boundary: exactly 40 is not below the freeze threshold.
    void freezeBoundaryHolds() {
        const Catalog c = seedCatalog();
        const ModeDecision d = decideMode(c, scores(40), 2, *c.findMode("lab"), quality(1.0));
        QCOMPARE(d.action, ModeAction::Hold);
        QCOMPARE(d.reasons.back().code, ModeReasonCode::ModeAppropriate);
    }

    // The truth layer vetoes a change below min confidence (0.7); exactly 0.7 passes.
    void truthLayerBlocks_data() {
        QTest::addColumn<double>("overall");
        QTest::addColumn<double>("confidence");
        QTest::addColumn<ModeAction>("wanted");
        QTest::addColumn<bool>("blocked");
        QTest::newRow("increase 0.69") << 90.0 << 0.69 << ModeAction::IncreaseMode << true;
        QTest::newRow("increase 0.7") << 90.0 << 0.7 << ModeAction::IncreaseMode << false;
        QTest::newRow("freeze 0.5") << 30.0 << 0.5 << ModeAction::Freeze << true;
        QTest::newRow("hold 0.1") << 75.0 << 0.1 << ModeAction::Hold << false;
    }
    void truthLayerBlocks() {
        QFETCH(double, overall);
        QFETCH(double, confidence);
        QFETCH(ModeAction, wanted);
        QFETCH(bool, blocked);
        const Catalog c = seedCatalog();
        const ModeDecision d =
            decideMode(c, scores(overall), 2, *c.findMode("lab"), quality(confidence));
        QCOMPARE(d.blockedByTruthLayer, blocked);
        if (!blocked) {
            QCOMPARE(d.action, wanted);
            QVERIFY(!d.blockedAction);
            return;
        }
        QCOMPARE(d.action, ModeAction::Hold);
        QCOMPARE(d.blockedAction, std::optional<ModeAction>(wanted));
        QVERIFY(!d.nextModeId);
        QCOMPARE(d.reasons.front().code, ModeReasonCode::ConfidenceTooLow);
        QCOMPARE(d.reasons.front().value, confidence);
        QCOMPARE(d.reasons.front().threshold, 0.7);
        QVERIFY(d.reasons.size() >= 2); // the reason for the vetoed change is kept
    }

    void missingOverallHolds() {
        const Catalog c = seedCatalog();
        HealthScores none;
        const ModeDecision d = decideMode(c, none, 3, *c.findMode("lab"), quality(0.4));
        QCOMPARE(d.action, ModeAction::Hold);
        QVERIFY(!d.blockedByTruthLayer);
        QVERIFY(!d.safeCapacity);
        QVERIFY(!d.utilisation);
        QCOMPARE(codes(d), std::vector<ModeReasonCode>{ModeReasonCode::ConfidenceTooLow});
        QCOMPARE(d.reasons[0].value, 0.4);
    }

    void unknownClientsCannotIncrease() {
        const Catalog c = seedCatalog();
        const ModeDecision d =
            decideMode(c, scores(95), std::nullopt, *c.findMode("lab"), quality(1.0));
        QCOMPARE(d.action, ModeAction::Hold);
        QVERIFY(d.fittingModeId.empty());
        QVERIFY(!d.utilisation);
        QCOMPARE(d.safeCapacity, std::optional<int>(4));
    }
};

QTEST_GUILESS_MAIN(TestMode)
#include "tst_mode.moc"
