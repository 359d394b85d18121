// alerts.json: the defaults hold seed 002's numbers; bad values are refused with the key path;
// rules observe the right value (metric, tier utilisation, visual job risk) and severity.

#include "catalog/CatalogLoader.h"
#include "policy/AlertEvaluation.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using namespace std::chrono_literals;

namespace {

const Timestamp kNow = Timestamp{std::chrono::sys_days{std::chrono::year{2026} / 11 / 10}};

Catalog defaults() {
    auto c = loadDefaultCatalog();
    if (!c) {
        qFatal("%s", c.error().message.c_str());
    }
    return *c;
}

Snapshot snapshotWith(std::initializer_list<std::pair<MetricId, double>> values,
                      Timestamp observed = kNow) {
    Snapshot s(kNow);
    for (const auto& [m, v] : values) {
        (void)s.set(m, {v, observed, "test"});
    }
    return s;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

class TestAlertRules : public QObject {
    Q_OBJECT
private slots:
    void defaultsFollowSeed002() {
        const auto c = defaults();
        const auto* rt = c.alerts.findRule("response_time");
        QVERIFY(rt);
        QCOMPARE(rt->warningAt, std::optional<double>(500.0));
        QCOMPARE(rt->criticalAt, std::optional<double>(2000.0));
        QVERIFY(rt->pendingFor > 0s);
        QCOMPARE(c.alerts.findRule("error_rate")->criticalAt, std::optional<double>(0.05));
        QCOMPARE(c.alerts.findRule("queue_depth")->warningAt, std::optional<double>(50.0));
        QCOMPARE(c.alerts.findRule("ai_token_usage")->subject, AlertSubjectKind::TierUtilisation);
        QCOMPARE(c.alerts.findRule("visual_job_risk")->criticalAt, std::optional<double>(0.8));
        QCOMPARE(c.alerts.burnRate.pairs.size(), std::size_t{3});
        QCOMPARE(c.alerts.burnRate.pairs[0].factor, 14.4);
        QCOMPARE(c.alerts.burnRate.pairs[0].longWindow, 3600s);
        QCOMPARE(c.alerts.burnRate.pairs[0].shortWindow, 300s);
        QCOMPARE(c.alerts.burnRate.pairs[1].factor, 6.0);
        QCOMPARE(c.alerts.burnRate.pairs[2].longWindow, std::chrono::seconds(3 * 86400));
        QCOMPARE(c.alerts.burnRate.pairs[2].severity, AlertSeverity::Warning);
        QVERIFY(c.alerts.burnRate.objectiveFor("soft_launch"));
        const auto info = c.alerts.routing.channelsFor(AlertSeverity::Info);
        QCOMPARE(info, std::vector<AlertChannel>{AlertChannel::Console});
        const auto critical = c.alerts.routing.channelsFor(AlertSeverity::Critical);
        QVERIFY(std::ranges::find(critical, AlertChannel::Webhook) != critical.end());
        const auto warning = c.alerts.routing.channelsFor(AlertSeverity::Warning);
        QVERIFY(std::ranges::find(warning, AlertChannel::Email) != warning.end());
        QVERIFY(std::ranges::find(warning, AlertChannel::Webhook) == warning.end());
    }

    void roundTripsThroughJson() {
        const auto c = defaults();
        auto again = loadCatalogText(catalogToJson(c), "round trip");
        QVERIFY2(again.has_value(), again ? "" : again.error().message.c_str());
        QCOMPARE(again->alerts.rules.size(), c.alerts.rules.size());
        QCOMPARE(again->alerts.rules.back().id, c.alerts.rules.back().id);
        QCOMPARE(again->alerts.burnRate.pairs[1].shortWindow,
                 c.alerts.burnRate.pairs[1].shortWindow);
        QCOMPARE(again->alerts.routing.delivery.maxAttempts, c.alerts.routing.delivery.maxAttempts);
    }

    void refusesBadValues_data() {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("expected");
        const auto rule = [](const char* extra) {
            return QString(R"({"alert_rules": [{"id": "q", "subject": "metric", "metric": )"
                           R"("queue_depth", %1}]})")
                .arg(extra);
        };
        QTest::newRow("zero pending") << rule(R"("warning": 50, "for_seconds": 0)")
                                      << "alert_rules[0].for_seconds: must be greater than 0";
        QTest::newRow("unordered") << rule(R"("warning": 200, "critical": 50, "for_seconds": 60)")
                                   << "alert_rules[0].critical: must be above the warning";
        QTest::newRow("no threshold")
            << rule(R"("for_seconds": 60)") << "needs at least one of info, warning, critical";
        QTest::newRow("unknown metric")
            << QString(R"({"alert_rules": [{"id": "q", "subject": "metric", "metric": "nope", )"
                       R"("warning": 1, "for_seconds": 60}]})")
            << "alert_rules[0].metric: unknown metric 'nope'";
        QTest::newRow("unknown key") << rule(R"("warning": 1, "for_seconds": 60, "fro": 1)")
                                     << "alert_rules[0].fro: unknown key";
        QTest::newRow("duplicate id")
            << QString(
                   R"({"alert_rules": [)"
                   R"({"id": "q", "subject": "metric", "metric": "queue_depth", "warning": 1, "for_seconds": 60},)"
                   R"({"id": "q", "subject": "metric", "metric": "queue_depth", "warning": 1, "for_seconds": 60}]})")
            << "duplicate rule id 'q'";
        QTest::newRow("tier limit missing")
            << QString(R"({"alert_rules": [{"id": "q", "subject": "tier_utilisation", )"
                       R"("metric": "response_time_p99_ms", "warning": 0.7, "for_seconds": 60}]})")
            << "has no limit for 'response_time_p99_ms'";
        const auto burn = [](const char* objectives, const char* pair) {
            return QString(R"({"burn_rate": {"objectives": [%1], "pairs": [%2]}})")
                .arg(objectives, pair);
        };
        const char* okPair =
            R"({"id": "f", "long_window_seconds": 3600, )"
            R"("short_window_seconds": 300, "factor": 14.4, "severity": "critical"})";
        QTest::newRow("objective 1")
            << burn(R"({"tier": "soft_launch", "objective": 1})", okPair)
            << "burn_rate.objectives[0].objective: must be between 0 and 1";
        QTest::newRow("unknown tier")
            << burn(R"({"tier": "mars", "objective": 0.99})", okPair) << "unknown tier 'mars'";
        QTest::newRow("windows reversed")
            << burn(R"({"tier": "soft_launch", "objective": 0.99})",
                    R"({"id": "f", "long_window_seconds": 300, "short_window_seconds": 3600, )"
                    R"("factor": 14.4, "severity": "critical"})")
            << "burn_rate.pairs[0].long_window_seconds: must be longer than the short window";
        QTest::newRow("bad severity")
            << burn(R"({"tier": "soft_launch", "objective": 0.99})",
                    R"({"id": "f", "long_window_seconds": 3600, "short_window_seconds": 300, )"
                    R"("factor": 14.4, "severity": "page"})")
            << "burn_rate.pairs[0].severity: unknown value 'page'";
        QTest::newRow("routing channel")
            << QString(R"({"alert_routing": {"severities": {"info": ["sms"]}}})")
            << "alert_routing.severities.info[0]: unknown value 'sms'";
        QTest::newRow("attempts")
            << QString(R"({"alert_routing": {"severities": {}, "delivery": {"max_attempts": 0}}})")
            << "alert_routing.delivery.max_attempts: must be between 1 and 20";
    }
    void refusesBadValues() {
        QFETCH(QString, document);
        QFETCH(QString, expected);
        const auto loaded = loadCatalogText(document.toStdString(), "test.json");
        QVERIFY(!loaded);
        QVERIFY2(contains(loaded.error().message, expected.toStdString()),
                 loaded.error().message.c_str());
    }

    void observesTheHighestSeverityReached_data() {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("severity"); // -1: clear
        QTest::newRow("below warning") << 499.0 << -1;
        QTest::newRow("at warning") << 500.0 << int(AlertSeverity::Warning);
        QTest::newRow("between") << 1999.0 << int(AlertSeverity::Warning);
        QTest::newRow("at critical") << 2000.0 << int(AlertSeverity::Critical);
    }
    void observesTheHighestSeverityReached() {
        QFETCH(double, value);
        QFETCH(int, severity);
        const auto c = defaults();
        const auto o = observeRule(*c.alerts.findRule("response_time"), value, kNow);
        QCOMPARE(o.breach.has_value(), severity >= 0);
        if (severity >= 0) {
            QCOMPARE(int(*o.breach), severity);
        }
    }

    void subjectValues() {
        const auto c = defaults();
        const Tier* soft = c.findTier("soft_launch");
        const auto s = snapshotWith({{MetricId::AiTokensPerDay, 400000.0},
                                     {MetricId::VisualJobsPending, 25.0},
                                     {MetricId::VisualJobsFailedRecently, 5.0},
                                     {MetricId::VisualJobAvgProcessingS, 30.0}});
        const auto tokens =
            alertSubjectValue(*c.alerts.findRule("ai_token_usage"), s, soft, kNow, 900s);
        QVERIFY(tokens);
        QVERIFY(qFuzzyCompare(*tokens, 0.8)); // of 500 000 a day
        const auto risk =
            alertSubjectValue(*c.alerts.findRule("visual_job_risk"), s, soft, kNow, 900s);
        QVERIFY(risk);
        QVERIFY(qFuzzyCompare(*risk, 0.5));
        // Missing metric and stale metric are missing, not zero.
        QVERIFY(!alertSubjectValue(*c.alerts.findRule("queue_depth"), s, soft, kNow, 900s));
        const auto old = snapshotWith({{MetricId::QueueDepth, 500.0}}, kNow - 3600s);
        QVERIFY(!alertSubjectValue(*c.alerts.findRule("queue_depth"), old, soft, kNow, 900s));
    }

    void runFiresAfterThePendingPeriodOnly() {
        const auto c = defaults();
        const Tier* soft = c.findTier("soft_launch");
        std::vector<AlertState> states;
        int fired = 0;
        for (int i = 0; i <= 30; ++i) { // every 10 s for 300 s
            const Timestamp at = kNow + std::chrono::seconds{i * 10};
            Snapshot s(at);
            (void)s.set(MetricId::QueueDepth, {250.0, at, "test"});
            AlertInputs in{&s, soft, at, 900s, std::nullopt};
            const auto steps = runAlertRules(c.alerts, states, in);
            states.clear();
            for (const auto& step : steps) {
                states.push_back(step.step.state);
                if (step.ruleId == "queue_depth" &&
                    step.step.transition == AlertTransition::Fired) {
                    ++fired;
                    QCOMPARE(at, kNow + c.alerts.findRule("queue_depth")->pendingFor);
                    QCOMPARE(step.step.state.severity, AlertSeverity::Critical);
                }
            }
        }
        QCOMPARE(fired, 1);
    }
};

QTEST_GUILESS_MAIN(TestAlertRules)
#include "tst_alert_rules.moc"
