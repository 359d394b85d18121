// Notification delivery through the engine against real servers on 127.0.0.1: Debian's nginx as
// the webhook (503 until a file exists, then 204; it logs every body it received) and Python's
// smtpd DebuggingServer as the mail server. Covers the retry that succeeds once the server
// recovers, the failed state after the last attempt (with its NotificationFailed event), the
// decision webhook called on Accept with its documented body, and an e-mail's RFC 5322 headers.

#include "catalog/CatalogLoader.h"
#include "engine/Engine.h"
#include "integration/support/NginxServer.h"
#include "integration/support/TestServerProcess.h"
#include "model/Text.h"

#include <condition_variable>
#include <mutex>

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using namespace std::chrono_literals;

namespace {

constexpr auto kWait = 60s;

class Recorder final : public EngineListener {
public:
    void onNotificationChannelSaved(RequestId id, const NotificationChannel&) override {
        push([&] { saved.push_back(id); });
    }
    void onDeliveryQueued(RequestId, const Delivery& d) override {
        push([&] { queued.push_back(d); });
    }
    void onDeliveryFinished(const Delivery& d) override {
        push([&] { finished.push_back(d); });
    }
    void onDecisionRecorded(RequestId, const Decision& d) override {
        push([&] { decisions.push_back(d); });
    }
    void onError(RequestId id, const Error& e) override {
        push([&] { errors.push_back(cat(id, ": ", e.message)); });
    }

    template <class Pred>
    bool waitFor(Pred pred, std::chrono::seconds timeout = kWait) {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, timeout, [&] { return pred(); });
    }

    std::mutex mutex;
    std::condition_variable changed;
    std::vector<RequestId> saved;
    std::vector<Delivery> queued;
    std::vector<Delivery> finished;
    std::vector<Decision> decisions;
    std::vector<std::string> errors;

private:
    template <class Fn>
    void push(Fn fn) {
        {
            std::lock_guard lock(mutex);
            fn();
        }
        changed.notify_all();
    }
};

QString readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// nginx: /hook proxies to /gate (so that $request_body is read and logged), /gate answers 503
// until root/ok exists.
test::NginxConfig hookConfig(const QString& logPath, const QString& okPath) {
    test::NginxConfig config;
    config.httpExtra = QStringLiteral("log_format bodies '$status $request_body';");
    config.locations =
        QStringLiteral("location = /hook { access_log %1 bodies; "
                       "proxy_pass http://127.0.0.1:$server_port/gate; }\n"
                       "location = /gate { if (-f %2) { return 204; } return 503; }\n")
            .arg(logPath, okPath);
    return config;
}

// Members go in reverse order of destruction: the engine (whose thread notifies the recorder)
// stops before the recorder goes, and both before the folder holding the database.
struct Setup {
    QTemporaryDir dir;
    Recorder recorder;
    std::unique_ptr<Engine> engine;
};

void startEngine(Setup& s, int maxAttempts) {
    auto catalog = loadDefaultCatalog();
    QVERIFY(catalog);
    EngineOptions options;
    options.databasePath = (s.dir.path() + "/h.db").toStdString();
    options.catalog = *catalog;
    options.pollInterval = 1s; // the loop turns, and so retries are looked at, every second
    options.createDemoWorkspace = false;
    options.loadConfiguredSources = false;
    options.deliveryPolicy = DeliveryPolicy{maxAttempts, 1s, 2s, 5s};
    s.engine = std::make_unique<Engine>(std::move(options), std::vector<std::unique_ptr<Source>>{});
    s.engine->addListener(&s.recorder);
    auto ok = s.engine->start();
    QVERIFY2(ok.has_value(), ok ? "" : ok.error().message.c_str());
}

void saveChannel(Setup& s, std::string name, NotificationKind kind, NotificationPurpose purpose,
                 std::string config) {
    NotificationChannel c;
    c.name = std::move(name);
    c.kind = kind;
    c.purpose = purpose;
    c.configJson = std::move(config);
    const RequestId id = s.engine->saveNotificationChannel(c);
    QVERIFY2(s.recorder.waitFor([&] {
        return std::ranges::count(s.recorder.saved, id) > 0 || !s.recorder.errors.empty();
    }),
             "channel not saved");
    QVERIFY2(s.recorder.errors.empty(),
             s.recorder.errors.empty() ? "" : s.recorder.errors.front().c_str());
}

std::vector<Event> eventsOf(const QString& db, EventKind kind) {
    auto store = Store::open(db.toStdString());
    if (!store) {
        return {};
    }
    auto ws = (*store)->workspace("local");
    HistoryFilter filter;
    filter.kinds = {kind};
    auto events = ws ? (*store)->events(ws->id, filter) : Result<std::vector<Event>>{};
    return events ? *events : std::vector<Event>{};
}

} // namespace

class TestNotifyDelivery : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        if (!test::NginxServer::available()) {
            QFAIL("nginx is not installed (package nginx-light)");
        }
    }

    void webhookRetriesUntilTheServerRecovers() {
        test::NginxServer nginx;
        const QString log = nginx.dir() + "/bodies.log";
        const QString ok = nginx.root() + "/ok";
        QCOMPARE(nginx.start(hookConfig(log, ok)), QString());
        Setup s;
        startEngine(s, 5);
        saveChannel(s, "ops", NotificationKind::Json, NotificationPurpose::Alerts,
                    nlohmann::json{{"url", nginx.url("/hook")}}.dump());
        s.engine->testNotification("ops");
        QVERIFY(s.recorder.waitFor([&] { return !s.recorder.queued.empty(); }));
        // The first attempt reaches the server and gets 503.
        QTRY_VERIFY_WITH_TIMEOUT(readAll(log).contains("503 "), 30000);
        QVERIFY(s.recorder.finished.empty());
        nginx.writeFile("ok", "yes");
        QVERIFY(s.recorder.waitFor([&] { return !s.recorder.finished.empty(); }));
        const Delivery d = s.recorder.finished.front();
        QCOMPARE(d.state, DeliveryState::Sent);
        QVERIFY2(d.attempts >= 2, cat("attempts: ", d.attempts).c_str());
        QVERIFY(d.lastError.empty());
        QTRY_VERIFY_WITH_TIMEOUT(readAll(log).contains("204 "), 10000);
        const QString bodies = readAll(log);
        QVERIFY2(bodies.contains("\\x22type\\x22:\\x22alert\\x22"), qPrintable(bodies));
        s.engine->stop();
        const auto sent = eventsOf(s.dir.path() + "/h.db", EventKind::NotificationSent);
        QCOMPARE(sent.size(), std::size_t{1});
        QCOMPARE(sent.front().subject, std::string("ops"));
    }

    void webhookFailsAfterTheLastAttempt() {
        test::NginxServer nginx;
        const QString log = nginx.dir() + "/bodies.log";
        QCOMPARE(nginx.start(hookConfig(log, nginx.root() + "/never")), QString());
        Setup s;
        startEngine(s, 3);
        saveChannel(s, "ops", NotificationKind::Slack, NotificationPurpose::Alerts,
                    nlohmann::json{{"url", nginx.url("/hook")}}.dump());
        s.engine->testNotification("ops");
        QVERIFY(s.recorder.waitFor([&] { return !s.recorder.finished.empty(); }));
        const Delivery d = s.recorder.finished.front();
        QCOMPARE(d.state, DeliveryState::Failed);
        QCOMPARE(d.attempts, 3);
        QVERIFY2(QString::fromStdString(d.lastError).contains("503"), d.lastError.c_str());
        // nginx writes its log line after it answered: the delivery may end first.
        QTRY_COMPARE_WITH_TIMEOUT(readAll(log).count("503 "), 3, 10000);
        QVERIFY(readAll(log).contains("\\x22text\\x22")); // Slack-compatible body
        s.engine->stop();
        const auto failed = eventsOf(s.dir.path() + "/h.db", EventKind::NotificationFailed);
        QCOMPARE(failed.size(), std::size_t{1});
        const auto detail = nlohmann::json::parse(failed.front().detailJson);
        QCOMPARE(detail["attempts"].get<int>(), 3);
        QVERIFY(detail["error"].get<std::string>().find("503") != std::string::npos);
    }

    void decisionWebhookOnAccept() {
        test::NginxServer nginx;
        const QString log = nginx.dir() + "/bodies.log";
        nginx.writeFile("ok", "yes");
        QCOMPARE(nginx.start(hookConfig(log, nginx.root() + "/ok")), QString());
        Setup s;
        // An open recommendation in the live workspace before the engine starts.
        RowId recommendationId = 0;
        {
            auto store = Store::open((s.dir.path() + "/h.db").toStdString());
            QVERIFY(store);
            Workspace w;
            w.name = "local";
            w.title = "This computer";
            w.kind = WorkspaceKind::Live;
            w.currentModeId = "lab";
            auto ws = (*store)->createWorkspace(w);
            QVERIFY(ws);
            const Timestamp now = systemClock()();
            Snapshot snap(now);
            QVERIFY(snap.set(MetricId::CpuUtilization, {0.9, now, "test"}));
            Evaluation e;
            e.evaluatedAt = now;
            e.recommendations.push_back({"enable_supabase_pooler",
                                         {{MetricId::CpuUtilization, 0.9, 0.8}},
                                         Status::Warning,
                                         80});
            auto ingested = (*store)->ingest(ws->id, snap, e);
            QVERIFY2(ingested, ingested ? "" : ingested.error().message.c_str());
            QCOMPARE(ingested->opened.size(), std::size_t{1});
            recommendationId = ingested->opened.front().id;
        }
        startEngine(s, 3);
        saveChannel(s, "automation", NotificationKind::Json, NotificationPurpose::Decisions,
                    nlohmann::json{{"url", nginx.url("/hook")}}.dump());
        DecisionRequest request;
        request.recommendationId = recommendationId;
        request.verdict = Verdict::Accept;
        request.reason = "pooler now";
        s.engine->decide("local", request);
        QVERIFY(s.recorder.waitFor([&] { return !s.recorder.finished.empty(); }));
        QCOMPARE(s.recorder.finished.front().state, DeliveryState::Sent);
        QCOMPARE(s.recorder.finished.front().channel, std::string("automation"));
        QTRY_VERIFY_WITH_TIMEOUT(readAll(log).contains("pooler now"), 10000);
        const QString bodies = readAll(log);
        QVERIFY2(bodies.contains("\\x22decision\\x22:\\x22accept\\x22") &&
                     bodies.contains("pooler now") && bodies.contains("enable_supabase_pooler"),
                 qPrintable(bodies));
    }

    void emailThroughSmtp() {
        const int port = test::freeLocalPort();
        QTemporaryDir dir;
        test::TestServerProcess smtp;
        const QString started =
            smtp.start("python3",
                       {"-u", "-W", "ignore", "-m", "smtpd", "-n", "-c", "DebuggingServer",
                        QStringLiteral("127.0.0.1:%1").arg(port)},
                       dir.path() + "/smtp.log", {port});
        if (!started.isEmpty()) {
            QFAIL(qPrintable("python3 -m smtpd did not start: " + started));
        }
        Setup s;
        startEngine(s, 3);
        saveChannel(s, "mail", NotificationKind::Email, NotificationPurpose::Alerts,
                    nlohmann::json{{"url", cat("smtp://127.0.0.1:", port)},
                                   {"from", "headroom@example.com"},
                                   {"to", {"founder@example.com"}}}
                        .dump());
        s.engine->testNotification("mail");
        QVERIFY(s.recorder.waitFor([&] { return !s.recorder.finished.empty(); }));
        QCOMPARE(s.recorder.finished.front().state, DeliveryState::Sent);
        QTRY_VERIFY_WITH_TIMEOUT(smtp.log().contains("Message-ID: <headroom."), 10000);
        const QString mail = smtp.log();
        QVERIFY2(mail.contains("Subject: Headroom: Headroom test notification"), qPrintable(mail));
        QVERIFY(mail.contains("Date: "));
        QVERIFY(mail.contains("From: headroom@example.com"));
        QVERIFY(mail.contains("To: founder@example.com"));
    }

    void badChannelConfigurationIsRefused() {
        Setup s;
        startEngine(s, 3);
        NotificationChannel c;
        c.name = "bad";
        c.kind = NotificationKind::Email;
        c.configJson = R"({"url": "http://mail", "from": "a@b.c", "to": ["d@e.f"]})";
        s.engine->saveNotificationChannel(c);
        QVERIFY(s.recorder.waitFor([&] { return !s.recorder.errors.empty(); }));
        QVERIFY2(s.recorder.errors.front().find("channel 'bad': url: must start with smtp://") !=
                     std::string::npos,
                 s.recorder.errors.front().c_str());
    }
};

QTEST_GUILESS_MAIN(TestNotifyDelivery)
#include "tst_notify_delivery.moc"
