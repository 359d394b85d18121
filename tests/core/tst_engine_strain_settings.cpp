// Engine::replaceStrainSettings: the scenario editor's save. Accepted settings are what the
// strain view reports from then on and what a new run plans from; settings the catalog's own
// rules refuse (the rules strain.json is loaded with) are refused as ValidationError naming the
// field, and nothing changes. An opened bundle or an unknown workspace is refused too.

#include "catalog/CatalogLoader.h"
#include "engine/Engine.h"
#include "engine/StrainJob.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using namespace std::chrono_literals;

namespace {

// Records the strain views and errors by request id.
class StrainListener final : public EngineListener {
public:
    void onStrainView(RequestId id, const StrainView& view) override {
        std::lock_guard lock(mutex);
        views[id] = view;
        changed.notify_all();
    }
    void onHistory(RequestId id, const HistoryPage& page) override {
        std::lock_guard lock(mutex);
        histories[id] = page;
        changed.notify_all();
    }
    void onError(RequestId id, const Error& error) override {
        std::lock_guard lock(mutex);
        errors[id] = error;
        changed.notify_all();
    }
    // Waits for the answer to `id`: its view, or its error.
    bool waitFor(RequestId id) {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, 60s, [&] {
            return views.contains(id) || histories.contains(id) || errors.contains(id);
        });
    }

    std::mutex mutex;
    std::condition_variable changed;
    std::map<RequestId, StrainView> views;
    std::map<RequestId, HistoryPage> histories;
    std::map<RequestId, Error> errors;
};

StrainScenario* findScenario(StrainSettings& settings, std::string_view id) {
    for (auto& s : settings.scenarios) {
        if (s.id == id) {
            return &s;
        }
    }
    return nullptr;
}

} // namespace

class TestEngineStrainSettings : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Catalog m_catalog;
    StrainListener m_listener; // declared before the engine, so it outlives the engine's thread
    std::unique_ptr<Engine> m_engine;

    StrainView viewOf(RequestId id) {
        if (!m_listener.waitFor(id)) {
            qFatal("no answer to request %llu", static_cast<unsigned long long>(id));
        }
        std::lock_guard lock(m_listener.mutex);
        if (auto it = m_listener.errors.find(id); it != m_listener.errors.end()) {
            qFatal("request %llu failed: %s", static_cast<unsigned long long>(id),
                   it->second.message.c_str());
        }
        return m_listener.views.at(id);
    }

    std::optional<Error> errorOf(RequestId id) {
        if (!m_listener.waitFor(id)) {
            qFatal("no answer to request %llu", static_cast<unsigned long long>(id));
        }
        std::lock_guard lock(m_listener.mutex);
        auto it = m_listener.errors.find(id);
        return it == m_listener.errors.end() ? std::nullopt : std::optional(it->second);
    }

    StrainSettings inForce() { return viewOf(m_engine->requestStrainView("local")).settings; }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        auto catalog = loadDefaultCatalog();
        QVERIFY(catalog);
        m_catalog = *catalog;
        EngineOptions options;
        options.databasePath = (m_dir.path() + "/h.db").toStdString();
        options.catalog = m_catalog;
        options.pollInterval = 1h;
        options.createDemoWorkspace = false;
        options.loadConfiguredSources = false;
        options.scheduleHealthSnapshots = false;
        m_engine =
            std::make_unique<Engine>(std::move(options), std::vector<std::unique_ptr<Source>>{});
        m_engine->addListener(&m_listener);
        QVERIFY(m_engine->start());
    }

    void cleanupTestCase() { m_engine->stop(); }

    void viewStartsWithTheCatalogsSettings() { QVERIFY(inForce() == m_catalog.strain); }

    void replacedSettingsAreInForce() {
        StrainSettings edited = m_catalog.strain;
        StrainScenario* s = findScenario(edited, "growth_stress");
        QVERIFY(s);
        s->name = "Checkout under load";
        s->method = "POST";
        s->urls = {"/api/checkout", "http://127.0.0.1:9/cart"};
        s->headers = {{"Content-Type", "application/json"}, {"X-Run", "strain"}};
        s->body = R"({"items":3})";
        edited.criteria.maxP95 = 1500ms;
        edited.criteria.maxErrorRate = 0.02;
        edited.regressionTolerance = 0.15;

        const RequestId id = m_engine->replaceStrainSettings("local", edited);
        const StrainView answer = viewOf(id); // the answer is the view with the new settings
        QCOMPARE(answer.workspace, std::string("local"));
        QVERIFY(answer.settings == edited);
        QVERIFY(inForce() == edited); // and so is every later view
        QVERIFY(!(inForce() == m_catalog.strain));
    }

    void invalidSettingsAreRefused_data() {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("expected");
        QTest::newRow("duplicate name") << 0 << QStringLiteral("strain.scenarios[1].name");
        QTest::newRow("bad url") << 1 << QStringLiteral("strain.scenarios[0].urls[0]");
        QTest::newRow("body on GET") << 2 << QStringLiteral("strain.scenarios[0].body");
        QTest::newRow("users over the limit")
            << 3 << QStringLiteral("must be at most limits.max_users");
        QTest::newRow("header without a name") << 4 << QStringLiteral("is not a valid header name");
        QTest::newRow("error rate over 100 %")
            << 5 << QStringLiteral("strain.criteria.max_error_rate");
        QTest::newRow("scenario a suite runs removed")
            << 6 << QStringLiteral("unknown scenario 'ai_load'");
        QTest::newRow("duplicate id") << 7 << QStringLiteral("'baseline' is listed twice");
    }

    void invalidSettingsAreRefused() {
        QFETCH(int, change);
        QFETCH(QString, expected);
        const StrainSettings before = inForce();
        StrainSettings bad = before;
        auto& first = bad.scenarios[0];
        switch (change) {
        case 0:
            bad.scenarios[1].name = first.name;
            break;
        case 1:
            first.urls = {"ftp://example.com/"};
            break;
        case 2:
            first.method = "GET";
            first.body = "x";
            break;
        case 3:
            first.model = LoadModel::Closed;
            first.users = bad.limits.maxUsers + 1;
            break;
        case 4:
            first.headers = {{"", "value"}};
            break;
        case 5:
            bad.criteria.maxErrorRate = 1.5;
            break;
        case 6:
            std::erase_if(bad.scenarios, [](const StrainScenario& s) { return s.id == "ai_load"; });
            break;
        case 7:
            bad.scenarios[1].id = first.id;
            break;
        default:
            QFAIL("unknown change");
        }
        const auto error = errorOf(m_engine->replaceStrainSettings("local", bad));
        QVERIFY2(error.has_value(), "invalid settings were accepted");
        QCOMPARE(error->code, ErrorCode::ValidationError);
        QVERIFY2(QString::fromStdString(error->message).contains(expected), error->message.c_str());
        QVERIFY(inForce() == before); // nothing changed
    }

    void unknownWorkspaceIsRefused() {
        const StrainSettings before = inForce();
        StrainSettings edited = before;
        edited.criteria.maxP95 = 999ms;
        const auto error = errorOf(m_engine->replaceStrainSettings("no_such_workspace", edited));
        QVERIFY(error.has_value());
        QCOMPARE(error->code, ErrorCode::NotFound);
        QVERIFY(inForce() == before);
    }

    // A run plans from the settings in force: a scenario only the replaced settings have is
    // found (and then stopped, before any traffic, by the unconfirmed remote target).
    void newRunsUseTheReplacedScenarios() {
        StrainRunRequest request;
        request.workspace = "local";
        request.scenarioId = "editor_added";
        request.overrides.target = "http://192.0.2.1:8080"; // TEST-NET-1, never reached
        const auto missing = errorOf(m_engine->startStrainRun(request));
        QVERIFY(missing.has_value());
        QCOMPARE(missing->code, ErrorCode::NotFound);

        StrainSettings edited = inForce();
        StrainScenario added = edited.scenarios[0];
        added.id = "editor_added";
        added.name = "Added in the editor";
        added.urls = {"/api/added"};
        edited.scenarios.push_back(added);
        QVERIFY(viewOf(m_engine->replaceStrainSettings("local", edited)).settings == edited);

        const auto remote = errorOf(m_engine->startStrainRun(request));
        QVERIFY(remote.has_value());
        QCOMPARE(remote->code, ErrorCode::Conflict);
        QVERIFY2(remote->message.find("192.0.2.1") != std::string::npos, remote->message.c_str());
    }

    // Each accepted edit leaves one StrainSettingsChanged event saying what it changed; the
    // refused ones leave none. Runs in order after the cases above.
    void acceptedEditsAreInTheHistory() {
        HistoryQuery query;
        query.workspace = "local";
        query.filter.kinds = {EventKind::StrainSettingsChanged};
        const RequestId id = m_engine->requestHistory(query);
        QVERIFY(m_listener.waitFor(id));
        std::vector<Event> events;
        {
            std::lock_guard lock(m_listener.mutex);
            QVERIFY(m_listener.histories.contains(id));
            events = m_listener.histories.at(id).events;
        }
        QCOMPARE(events.size(), std::size_t{2});
        std::ranges::sort(events, {}, &Event::id);
        const auto first = nlohmann::json::parse(events[0].detailJson);
        QCOMPARE(events[0].subject, std::string("strain"));
        QVERIFY(first.at("changed") == nlohmann::json::array({"Checkout under load"}));
        QVERIFY(first.at("added") == nlohmann::json::array());
        QVERIFY(first.at("criteria") == nlohmann::json(true));
        QVERIFY(first.at("actor") == nlohmann::json("founder"));
        const auto second = nlohmann::json::parse(events[1].detailJson);
        QVERIFY(second.at("added") == nlohmann::json::array({"Added in the editor"}));
        QVERIFY(second.at("changed") == nlohmann::json::array());
        QVERIFY(second.at("removed") == nlohmann::json::array());
        QVERIFY(second.at("criteria") == nlohmann::json(false));
    }
};

QTEST_GUILESS_MAIN(TestEngineStrainSettings)
#include "tst_engine_strain_settings.moc"
