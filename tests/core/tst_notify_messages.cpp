// Notification building blocks without a network: the retry policy (exponential backoff,
// bounded attempts, Retry-After honoured and capped), channel configuration errors, secrets in
// webhook URLs, the documented decision webhook body and the e-mail's RFC 5322 headers.

#include "notify/Delivery.h"
#include "notify/NotifyMessages.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using namespace std::chrono_literals;

namespace {

const Timestamp kNow = Timestamp{std::chrono::sys_days{std::chrono::year{2026} / 11 / 30}} + 8h;

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

class TestNotifyMessages : public QObject {
    Q_OBJECT
private slots:
    void backoff_data() {
        QTest::addColumn<int>("attemptsMade");
        QTest::addColumn<int>("delaySeconds"); // -1: give up
        QTest::newRow("after 1") << 1 << 5;
        QTest::newRow("after 2") << 2 << 10;
        QTest::newRow("after 3") << 3 << 20;
        QTest::newRow("after 4") << 4 << 40;
        QTest::newRow("after 5: none left") << 5 << -1;
    }
    void backoff() {
        QFETCH(int, attemptsMade);
        QFETCH(int, delaySeconds);
        const DeliveryPolicy policy{5, 5s, 300s, 10s};
        const auto next = nextAttemptAt(policy, attemptsMade, kNow,
                                        {AttemptResult::RetryableFailure, "503", {}, 503});
        if (delaySeconds < 0) {
            QVERIFY(!next);
        } else {
            QCOMPARE(next, std::optional<Timestamp>(kNow + std::chrono::seconds{delaySeconds}));
        }
    }

    void backoffIsCappedAndRetryAfterHonoured() {
        const DeliveryPolicy policy{20, 5s, 60s, 10s};
        AttemptOutcome o{AttemptResult::RetryableFailure, "x", {}, 503};
        QCOMPARE(nextAttemptAt(policy, 10, kNow, o), std::optional<Timestamp>(kNow + 60s));
        o.retryAfter = 30s;
        QCOMPARE(nextAttemptAt(policy, 1, kNow, o), std::optional<Timestamp>(kNow + 30s));
        o.retryAfter = 3600s; // capped at the policy's maximum
        QCOMPARE(nextAttemptAt(policy, 1, kNow, o), std::optional<Timestamp>(kNow + 60s));
        o.result = AttemptResult::PermanentFailure;
        QVERIFY(!nextAttemptAt(policy, 1, kNow, o));
    }

    void parsesRetryAfter() {
        QCOMPARE(parseRetryAfter("120", kNow), std::optional(std::chrono::seconds{120}));
        QCOMPARE(parseRetryAfter(" 7 ", kNow), std::optional(std::chrono::seconds{7}));
        QCOMPARE(parseRetryAfter("Mon, 30 Nov 2026 08:01:00 GMT", kNow),
                 std::optional(std::chrono::seconds{60}));
        QCOMPARE(parseRetryAfter("Mon, 30 Nov 2026 07:00:00 GMT", kNow),
                 std::optional(std::chrono::seconds{0}));
        QVERIFY(!parseRetryAfter("soon", kNow));
        QVERIFY(!parseRetryAfter("-5", kNow));
    }

    void channelConfigurationErrors_data() {
        QTest::addColumn<bool>("email");
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << false << "{"
                                  << "channel 'c': the configuration is not a JSON object";
        QTest::newRow("no url") << false << "{}"
                                << "channel 'c': url: missing";
        QTest::newRow("ftp") << false << R"({"url": "ftp://x"})"
                             << "url: must start with http:// or https://";
        QTest::newRow("mail http")
            << true << R"({"url": "http://x", "from": "a@b.c", "to": ["d@e.f"]})"
            << "url: must start with smtp:// or smtps://";
        QTest::newRow("mail from")
            << true << R"({"url": "smtp://x", "from": "nobody", "to": ["d@e.f"]})"
            << "from: 'nobody' is not an e-mail address";
        QTest::newRow("mail to empty")
            << true << R"({"url": "smtp://x", "from": "a@b.c", "to": []})"
            << "to: expected a list of at least one address";
        QTest::newRow("mail to bad")
            << true << R"({"url": "smtp://x", "from": "a@b.c", "to": ["x y@z"]})"
            << "to: 'x y@z' is not an e-mail address";
        QTest::newRow("starttls")
            << true << R"({"url": "smtp://x", "from": "a@b.c", "to": ["d@e.f"], "starttls": "yes"})"
            << "starttls: expected true or false";
    }
    void channelConfigurationErrors() {
        QFETCH(bool, email);
        QFETCH(QString, json);
        QFETCH(QString, expected);
        const std::string text = json.toStdString();
        const auto error = email ? emailConfigFromJson("c", text).error().message
                                 : webhookConfigFromJson("c", text).error().message;
        QVERIFY2(contains(error, expected.toStdString()), error.c_str());
    }

    void configRoundTrips() {
        const EmailConfig e{"smtps://mail:465", "a@b.c", {"d@e.f", "g@h.i"}, true, "bot"};
        const auto back = emailConfigFromJson("c", emailConfigToJson(e));
        QVERIFY(back);
        QCOMPARE(back->to, e.to);
        QCOMPARE(back->starttls, true);
        QCOMPARE(back->user, std::string("bot"));
    }

    void tokenComesFromTheSecret() {
        const WebhookConfig c{"https://hooks.example/services/{token}"};
        QCOMPARE(*webhookUrlWithSecret("slack", c, std::string("T1/B2/XYZ")),
                 std::string("https://hooks.example/services/T1/B2/XYZ"));
        const auto missing = webhookUrlWithSecret("slack", c, std::nullopt);
        QVERIFY(!missing);
        QVERIFY(contains(missing.error().message, "needs its token"));
        QCOMPARE(*webhookUrlWithSecret("j", WebhookConfig{"http://a/b"}, std::nullopt),
                 std::string("http://a/b"));
    }

    void decisionBodyHasTheDocumentedKeys() {
        DecisionNotice n;
        n.workspace = "demo";
        n.demo = true;
        n.decision.recommendationId = 12;
        n.decision.recommendationType = "enable_supabase_pooler";
        n.decision.verdict = Verdict::Accept;
        n.decision.reason = "pooler \"now\"";
        n.decision.actor = "founder";
        n.decision.decidedAt = kNow;
        n.evidence = {{MetricId::DbConnections, 85.0, 80.0}};
        const auto j = nlohmann::json::parse(decisionWebhookBody(n));
        QVERIFY(j["type"] == "decision");
        QVERIFY(j["workspace"] == "demo");
        QVERIFY(j["demo"] == true);
        QVERIFY(j["recommendation"]["id"] == 12);
        QVERIFY(j["recommendation"]["type"] == "enable_supabase_pooler");
        QVERIFY(j["recommendation"]["evidence"].size() == std::size_t{1});
        QVERIFY(j["decision"] == "accept");
        QVERIFY(j["reason"] == "pooler \"now\"");
        QVERIFY(j["actor"] == "founder");
        QVERIFY(j["decided_at"] == "2026-11-30T08:00:00Z");
    }

    void alertBodies() {
        AlertNotice n;
        n.workspace = "local";
        n.ruleId = "queue_depth";
        n.ruleName = "Queue depth";
        n.severity = AlertSeverity::Critical;
        n.value = 250.0;
        n.threshold = 200.0;
        n.at = kNow;
        const auto slack = nlohmann::json::parse(slackAlertBody(n));
        QVERIFY(slack["text"] == "[CRITICAL] Queue depth firing: 250 (threshold 200)");
        QVERIFY(slack["blocks"].is_array());
        const auto json = nlohmann::json::parse(jsonAlertBody(n));
        QVERIFY(json["severity"] == "critical");
        QVERIFY(json["state"] == "firing");
        n.demo = true;
        n.kind = AlertNoticeKind::Resolved;
        QCOMPARE(alertHeadline(n), std::string("[DEMO] [CRITICAL] Queue depth resolved: 250"));
    }

    void rfc5322() {
        const auto m =
            rfc5322Message({"headroom@acme.example", {"a@b.c", "d@e.f"}},
                           {"Headroom: Größe\r\nBcc: x@y", "line 1\nline 2"}, kNow, "abc.1");
        QVERIFY2(contains(m, "From: headroom@acme.example\r\n"), m.c_str());
        QVERIFY(contains(m, "To: a@b.c, d@e.f\r\n"));
        QVERIFY(contains(m, "Date: Mon, 30 Nov 2026 08:00:00 +0000\r\n"));
        QVERIFY(contains(m, "Message-ID: <abc.1@acme.example>\r\n"));
        QVERIFY(contains(m, "Subject: =?UTF-8?B?"));
        QVERIFY(!contains(m, "\r\nBcc:")); // no header injection through the subject
        QVERIFY(contains(m, "MIME-Version: 1.0\r\n"));
        QVERIFY(contains(m, "\r\n\r\nline 1\r\nline 2\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestNotifyMessages)
#include "tst_notify_messages.moc"
