// Round trips of Snapshot and Evaluation through their JSON form (core/model/*Json.h): every
// field, present and absent optionals, and errors that name the offending field.
#include "model/EvaluationJson.h"
#include "model/Records.h"
#include "model/SnapshotJson.h"
#include "support/CorePrinters.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;

namespace {

Timestamp t(std::int64_t seconds) {
    return Timestamp{std::chrono::seconds{seconds}};
}

// Field-by-field comparison (Evaluation has no operator==); QCOMPARE stops at the first mismatch.
void compareEvidence(const std::vector<Evidence>& a, const std::vector<Evidence>& b) {
    QCOMPARE(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        QVERIFY(a[i] == b[i]);
    }
}

void compareEvaluations(const Evaluation& a, const Evaluation& b) {
    QCOMPARE(a.evaluatedAt, b.evaluatedAt);
    QCOMPARE(a.quality.completeness, b.quality.completeness);
    QCOMPARE(a.quality.freshness, b.quality.freshness);
    QCOMPARE(a.quality.confidence, b.quality.confidence);
    QVERIFY(a.quality.missing == b.quality.missing);
    QVERIFY(a.quality.stale == b.quality.stale);

    QCOMPARE(a.capacity.tierId, b.capacity.tierId);
    QCOMPARE(a.capacity.utilisation.size(), b.capacity.utilisation.size());
    for (std::size_t i = 0; i < a.capacity.utilisation.size(); ++i) {
        const auto& x = a.capacity.utilisation[i];
        const auto& y = b.capacity.utilisation[i];
        QCOMPARE(x.metric, y.metric);
        QCOMPARE(x.value, y.value);
        QCOMPARE(x.limit, y.limit);
        QCOMPARE(x.utilisation, y.utilisation);
        QCOMPARE(x.status, y.status);
    }
    QVERIFY(a.capacity.unmeasured == b.capacity.unmeasured);
    QCOMPARE(a.capacity.overall, b.capacity.overall);
    QCOMPARE(a.capacity.headroomPercent, b.capacity.headroomPercent);
    QCOMPARE(a.capacity.canAcceptNewClients, b.capacity.canAcceptNewClients);
    QVERIFY(a.capacity.acceptanceNeeds == b.capacity.acceptanceNeeds);

    QCOMPARE(a.clients.activeClients, b.clients.activeClients);
    QCOMPARE(a.clients.tierMaxClients, b.clients.tierMaxClients);
    QCOMPARE(a.clients.utilisation, b.clients.utilisation);
    QCOMPARE(a.clients.headroomClients, b.clients.headroomClients);
    QCOMPARE(a.clients.status, b.clients.status);

    QCOMPARE(a.health.infraHealth, b.health.infraHealth);
    QCOMPARE(a.health.aiCostPressure, b.health.aiCostPressure);
    QCOMPARE(a.health.warningDensity, b.health.warningDensity);
    QCOMPARE(a.health.churnRisk, b.health.churnRisk);
    QCOMPARE(a.health.overall, b.health.overall);

    QCOMPARE(a.mode.currentModeId, b.mode.currentModeId);
    QCOMPARE(a.mode.fittingModeId, b.mode.fittingModeId);
    QCOMPARE(a.mode.safeCapacity, b.mode.safeCapacity);
    QCOMPARE(a.mode.utilisation, b.mode.utilisation);
    QCOMPARE(a.mode.action, b.mode.action);
    QCOMPARE(a.mode.nextModeId, b.mode.nextModeId);
    QCOMPARE(a.mode.confidence, b.mode.confidence);
    QCOMPARE(a.mode.blockedByTruthLayer, b.mode.blockedByTruthLayer);
    QCOMPARE(a.mode.blockedAction.has_value(), b.mode.blockedAction.has_value());
    if (a.mode.blockedAction) {
        QCOMPARE(*a.mode.blockedAction, *b.mode.blockedAction);
    }
    QCOMPARE(a.mode.reasons.size(), b.mode.reasons.size());
    for (std::size_t i = 0; i < a.mode.reasons.size(); ++i) {
        QVERIFY(a.mode.reasons[i].code == b.mode.reasons[i].code);
        QCOMPARE(a.mode.reasons[i].value, b.mode.reasons[i].value);
        QCOMPARE(a.mode.reasons[i].threshold, b.mode.reasons[i].threshold);
    }

    QCOMPARE(a.recommendations.size(), b.recommendations.size());
    for (std::size_t i = 0; i < a.recommendations.size(); ++i) {
        const auto& x = a.recommendations[i];
        const auto& y = b.recommendations[i];
        QCOMPARE(x.type, y.type);
        compareEvidence(x.evidence, y.evidence);
        if (QTest::currentTestFailed()) {
            return;
        }
        QCOMPARE(x.severity, y.severity);
        QCOMPARE(x.confidence, y.confidence);
    }

    QCOMPARE(a.ai.size(), b.ai.size());
    for (std::size_t i = 0; i < a.ai.size(); ++i) {
        QCOMPARE(a.ai[i].providerId, b.ai[i].providerId);
        QCOMPARE(a.ai[i].used, b.ai[i].used);
        QCOMPARE(a.ai[i].allocation, b.ai[i].allocation);
        QCOMPARE(a.ai[i].utilisation, b.ai[i].utilisation);
        QCOMPARE(a.ai[i].status, b.ai[i].status);
    }
    QCOMPARE(a.upgradeTowardsTier, b.upgradeTowardsTier);
}

// Every field away from its default, so a field the writer or reader forgets shows up.
Evaluation fullEvaluation() {
    Evaluation ev;
    ev.evaluatedAt = t(1'764'054'000);
    ev.quality = {
        0.75, 0.5, 0.375, {MetricId::QueueDepth, MetricId::TokenUsage}, {MetricId::ErrorRate}};
    ev.capacity.tierId = "growth";
    ev.capacity.utilisation = {
        {MetricId::CpuUtilization, 0.45, 0.8, 0.5625, Status::Healthy},
        {MetricId::AiLatencyMs, 2900.0, 3000.0, 0.9666666666666667, Status::Critical},
    };
    ev.capacity.unmeasured = {MetricId::AiTokensPerDay};
    ev.capacity.overall = Status::Critical;
    ev.capacity.headroomPercent = 3.3333333333333335;
    ev.capacity.canAcceptNewClients = true;
    ev.capacity.acceptanceNeeds = {MetricId::QueueDepth, MetricId::ErrorRate};
    ev.clients = {42, 50, 0.84, 8, Status::Warning};
    ev.health = {72.5, 31.0, 12.25, 0.1, 61.4};
    ev.mode.currentModeId = "lab";
    ev.mode.fittingModeId = "pilot";
    ev.mode.safeCapacity = 7;
    ev.mode.utilisation = 1.2857142857142858;
    ev.mode.action = ModeAction::Freeze;
    ev.mode.nextModeId = "pilot";
    ev.mode.confidence = 0.65;
    ev.mode.blockedByTruthLayer = true;
    ev.mode.blockedAction = ModeAction::IncreaseMode;
    ev.mode.reasons = {{ModeReasonCode::ConfidenceTooLow, 0.65, 0.7},
                       {ModeReasonCode::ClientsOutsideMode, 9, 5}};
    ev.recommendations = {
        {"enable_supabase_pooler",
         {{MetricId::DbConnections, 18, 16, Comparison::AtLeast},
          {DerivedValue::HeadroomPercent, 3.3, 10, Comparison::Below}},
         Status::Critical,
         85},
        {"add_read_replica", {}, Status::Healthy, 40},
    };
    ev.ai = {{"claude", 1.5e6, 2e6, 0.75, Status::Healthy},
             {"elevenlabs", std::nullopt, 100000, std::nullopt, Status::Unknown}};
    ev.upgradeTowardsTier = "scale";
    return ev;
}

} // namespace

class TestJson : public QObject {
    Q_OBJECT
private slots:
    void snapshotRoundTrip() {
        Snapshot s(t(1'764'054'000));
        QVERIFY(s.set(MetricId::CpuUtilization, {0.45, t(1'764'053'990), "host"}).has_value());
        QVERIFY(s.set(MetricId::ActiveClients, {42, t(1'764'050'000), "file:m.json"}).has_value());
        QVERIFY(s.set(MetricId::AiLatencyMs, {0.1 + 0.2, t(1'764'054'000), "demo"}).has_value());
        QVERIFY(s.setAiUsage({"claude", 123456.5, t(1'764'000'000), "demo"}).has_value());
        QVERIFY(s.setAiUsage({"openai", 0, t(1'764'000'001), "x"}).has_value());

        auto back = snapshotFromJsonText(snapshotToJsonText(s));
        QVERIFY2(back.has_value(), back ? "" : back.error().message.c_str());
        QVERIFY(*back == s);
        QVERIFY(!back->has(MetricId::ErrorRate)); // absent stays absent, not 0
        QCOMPARE(back->presentCount(), std::size_t{3});
    }

    void absentMetricsAreNotWritten() {
        Snapshot s(t(0));
        QVERIFY(s.set(MetricId::QueueDepth, {0, t(0), "host"}).has_value());
        const auto json = snapshotToJson(s);
        QCOMPARE(json["metrics"].size(), std::size_t{1});
        QVERIFY(json["metrics"].contains("queue_depth"));
        QCOMPARE(json["taken_at"].get<std::string>(), std::string("1970-01-01T00:00:00Z"));
    }

    void emptySnapshotRoundTrip() {
        const Snapshot s(t(86400));
        auto back = snapshotFromJson(snapshotToJson(s));
        QVERIFY(back.has_value());
        QVERIFY(*back == s);
    }

    void snapshotErrorsNameTheField_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << "{\"taken_at\":"
                                  << "not valid JSON";
        QTest::newRow("no time") << "{\"metrics\":{}}"
                                 << "snapshot.taken_at";
        QTest::newRow("bad time") << "{\"taken_at\":\"yesterday\"}"
                                  << "snapshot.taken_at";
        QTest::newRow("unknown metric")
            << R"({"taken_at":"2026-01-01T00:00:00Z","metrics":{"cpu_usage":{"value":1,"observed_at":"2026-01-01T00:00:00Z","source":"x"}}})"
            << "snapshot.metrics.cpu_usage";
        QTest::newRow("percentage instead of fraction")
            << R"({"taken_at":"2026-01-01T00:00:00Z","metrics":{"cpu_utilization":{"value":45,"observed_at":"2026-01-01T00:00:00Z","source":"x"}}})"
            << "snapshot.metrics.cpu_utilization";
        QTest::newRow("value is text")
            << R"({"taken_at":"2026-01-01T00:00:00Z","metrics":{"queue_depth":{"value":"3","observed_at":"2026-01-01T00:00:00Z","source":"x"}}})"
            << "snapshot.metrics.queue_depth.value";
        QTest::newRow("ai entry without provider")
            << R"({"taken_at":"2026-01-01T00:00:00Z","ai_usage":[{"used":1,"observed_at":"2026-01-01T00:00:00Z","source":"x"}]})"
            << "snapshot.ai_usage[0].provider";
    }

    void snapshotErrorsNameTheField() {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        auto result = snapshotFromJsonText(text.toStdString());
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code, ErrorCode::ParseError);
        QVERIFY2(QString::fromStdString(result.error().message).contains(mentions),
                 result.error().message.c_str());
    }

    void evaluationRoundTrip() {
        const Evaluation ev = fullEvaluation();
        auto back = evaluationFromJsonText(evaluationToJsonText(ev));
        QVERIFY2(back.has_value(), back ? "" : back.error().message.c_str());
        compareEvaluations(*back, ev);
    }

    void evaluationWithEmptyOptionalsRoundTrip() {
        Evaluation ev; // every optional empty, every list empty
        ev.evaluatedAt = t(42);
        auto back = evaluationFromJson(evaluationToJson(ev));
        QVERIFY2(back.has_value(), back ? "" : back.error().message.c_str());
        compareEvaluations(*back, ev);
        QVERIFY(!back->health.overall.has_value());
        QVERIFY(!back->clients.activeClients.has_value());
        QVERIFY(!back->mode.blockedAction.has_value());
        QVERIFY(!back->upgradeTowardsTier.has_value());
    }

    void evaluationWritesKeysNotNumbers() {
        const auto json = evaluationToJson(fullEvaluation());
        QCOMPARE(json["mode"]["action"].get<std::string>(), std::string("freeze"));
        QCOMPARE(json["mode"]["reasons"][0]["code"].get<std::string>(),
                 std::string("confidence_too_low"));
        QCOMPARE(json["capacity"]["utilisation"][1]["metric"].get<std::string>(),
                 std::string("ai_latency_ms"));
        QCOMPARE(json["recommendations"][0]["evidence"][1]["subject"].get<std::string>(),
                 std::string("headroom_percent"));
        QVERIFY(json["ai"][1]["used"].is_null());
        QCOMPARE(json["evaluated_at"].get<std::string>(), std::string("2025-11-25T07:00:00Z"));
    }

    void evaluationErrorsNameTheField() {
        auto json = evaluationToJson(fullEvaluation());
        json["mode"]["reasons"][1]["code"] = "bored";
        auto result = evaluationFromJson(json);
        QVERIFY(!result.has_value());
        QVERIFY2(QString::fromStdString(result.error().message)
                     .contains("evaluation.mode.reasons[1].code"),
                 result.error().message.c_str());

        json = evaluationToJson(fullEvaluation());
        json["capacity"].erase("tier_id");
        result = evaluationFromJson(json);
        QVERIFY(!result.has_value());
        QVERIFY2(
            QString::fromStdString(result.error().message).contains("evaluation.capacity.tier_id"),
            result.error().message.c_str());
    }

    void evidenceRoundTrip() {
        const std::vector<Evidence> evidence{
            {MetricId::ErrorRate, 0.02, 0.01, Comparison::Above},
            {DerivedValue::ClientUtilisation, 0.95, 0.9, Comparison::AtLeast}};
        auto back = evidenceFromJson(evidenceToJson(evidence));
        QVERIFY(back.has_value());
        QVERIFY(*back == evidence);
    }
};

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
