// `headroom mode`, `headroom health-snapshot` and `headroom health-snapshots`, in-process on a
// temporary database: showing the configuration, each change with its event, the refusals and
// their exit codes, on-demand snapshots, and the demo's mode history and daily snapshots.

#include "cli/Commands.h"
#include "store/Store.h"
#include "support/CliRun.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using nlohmann::json;
using Run = test::CliRun;

class TestCliScaling : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    std::string m_db;

    Run run(std::vector<std::string> args) {
        args.push_back("--db");
        args.push_back(m_db);
        return test::runCli(args);
    }
    bool contains(const std::string& text, const std::string& part) {
        return text.find(part) != std::string::npos;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath("config").toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath("data").toUtf8());
        m_db = m_home.filePath("headroom.db").toStdString();
    }

    void showsTheDefaults() {
        const Run r = run({"mode"});
        QCOMPARE(r.code, 0);
        QVERIFY2(contains(r.out, "Environment       production"), r.out.c_str());
        QVERIFY(contains(r.out, "Configured mode   Lab (lab)"));
        QVERIFY(contains(r.out, "Advice            none"));
        QVERIFY(contains(r.out, "Onboarding        open"));
        QVERIFY(contains(r.out, "min_health_for_increase"));
        const Run j = run({"mode", "--json"});
        QCOMPARE(j.code, 0);
        const json view = json::parse(j.out);
        QVERIFY2((view["config"]["mode"]) == (json("lab")),
                 (view["config"]["mode"]).dump().c_str());
        QVERIFY2((view["config_stored"]) == (json(false)), (view["config_stored"]).dump().c_str());
        QCOMPARE(view["config"]["modes"].size(), std::size_t(4));
    }

    void changesAndRefusals() {
        // No data, so no advice: setting a mode is an override and needs a reason.
        Run r = run({"mode", "set", "pilot"});
        QCOMPARE(r.code, 3);
        QVERIFY2(contains(r.err, "needs a reason"), r.err.c_str());
        r = run({"mode", "set", "pilot", "--reason", "first pilots signed", "--json"});
        QCOMPARE(r.code, 0);
        const json done = json::parse(r.out);
        QVERIFY2((done["event"]["kind"]) == (json("mode_set")),
                 (done["event"]["kind"]).dump().c_str());
        QVERIFY2((done["event"]["detail"]["old"]) == (json("lab")),
                 (done["event"]["detail"]["old"]).dump().c_str());
        QVERIFY2((done["event"]["detail"]["new"]) == (json("pilot")),
                 (done["event"]["detail"]["new"]).dump().c_str());
        QVERIFY2((done["event"]["detail"]["reason"]) == (json("first pilots signed")),
                 (done["event"]["detail"]["reason"]).dump().c_str());
        QVERIFY2((done["event"]["detail"]["against_advice"]) == (json(true)),
                 (done["event"]["detail"]["against_advice"]).dump().c_str());

        r = run({"mode", "set", "pilot", "--reason", "again"});
        QCOMPARE(r.code, 3);
        QVERIFY(contains(r.err, "already in mode 'pilot'"));
        r = run({"mode", "set", "enormous", "--reason", "x"});
        QCOMPARE(r.code, 3);
        QVERIFY(contains(r.err, "mode 'enormous' is not one of"));

        r = run({"mode", "freeze"});
        QCOMPARE(r.code, 3);
        QVERIFY(contains(r.err, "freezing onboarding needs a reason"));
        r = run({"mode", "freeze", "--reason", "database migration tonight"});
        QCOMPARE(r.code, 0);
        QVERIFY(contains(r.out, "Recorded scaling_frozen"));
        r = run({"mode"});
        QVERIFY(contains(r.out, "FROZEN since"));
        QVERIFY(contains(r.out, "database migration tonight"));
        r = run({"mode", "unfreeze", "--reason", "migration done"});
        QCOMPARE(r.code, 0);
        r = run({"mode", "unfreeze"});
        QCOMPARE(r.code, 3);
        QVERIFY(contains(r.err, "is not frozen"));

        r = run({"mode", "auto", "on"});
        QCOMPARE(r.code, 0);
        QVERIFY(contains(run({"mode"}).out, "Auto-mode         on"));
        QCOMPARE(run({"mode", "auto", "on"}).code, 3);

        // Bad command lines.
        QCOMPARE(run({"mode", "auto", "maybe"}).code, 2);
        QCOMPARE(run({"mode", "launch"}).code, 2);
        QCOMPARE(run({"mode", "set"}).code, 2);
        QCOMPARE(run({"mode", "--workspace", "nope"}).code, 2);

        // Every change is in the history.
        auto store = Store::open(m_db);
        QVERIFY(store.has_value());
        auto ws = (*store)->workspace("local");
        HistoryFilter filter;
        filter.kinds = {EventKind::ModeSet, EventKind::ScalingFrozen, EventKind::ScalingUnfrozen,
                        EventKind::AutoModeChanged};
        QCOMPARE((*store)->events(ws->id, filter)->size(), std::size_t(4));
        QCOMPARE(ws->currentModeId, std::string("pilot"));
    }

    void healthSnapshots() {
        Run r = run({"health-snapshot", "--json"});
        QCOMPARE(r.code, 0);
        const json taken = json::parse(r.out);
        QVERIFY2((taken["trigger"]) == (json("manual")), (taken["trigger"]).dump().c_str());
        QVERIFY2((taken["health"]["overall"]) == (json(nullptr)),
                 (taken["health"]["overall"]).dump().c_str()); // no data: no score, not a guess
        QVERIFY2((taken["mode"]["action"]) == (json("hold")),
                 (taken["mode"]["action"]).dump().c_str());
        r = run({"health-snapshot"});
        QCOMPARE(r.code, 0);
        QVERIFY2(contains(r.out, "Recommendation  hold"), r.out.c_str());
        r = run({"health-snapshots", "--json"});
        QCOMPARE(r.code, 0);
        QCOMPARE(json::parse(r.out).size(), std::size_t(2));
        r = run({"health-snapshots", "--to", "2000-01-01"});
        QCOMPARE(r.code, 0);
        QVERIFY(contains(r.out, "0 health snapshot(s)"));
        QCOMPARE(run({"health-snapshots", "--from", "yesterday"}).code, 2);
        QCOMPARE(run({"health-snapshots", "--from", "2026-02-02", "--to", "2026-01-01"}).code, 2);
    }

    void demoHasModeHistoryAndDailySnapshots() {
        Run r = run({"health-snapshots", "--workspace", "demo", "--json"});
        QCOMPARE(r.code, 0);
        const json list = json::parse(r.out);
        QVERIFY2(list.size() >= 89 && list.size() <= 90, r.out.substr(0, 200).c_str());
        for (const json& s : list) {
            QVERIFY2((s["trigger"]) == (json("scheduled")), (s["trigger"]).dump().c_str());
        }
        r = run({"mode", "--workspace", "demo", "--json"});
        QCOMPARE(r.code, 0);
        const json view = json::parse(r.out);
        QVERIFY2((view["demo"]) == (json(true)), (view["demo"]).dump().c_str());
        QVERIFY2((view["config_stored"]) == (json(true)), (view["config_stored"]).dump().c_str());
        QVERIFY(view["config"]["freeze"].is_null()); // frozen during the incident, then reopened

        auto store = Store::open(m_db);
        auto ws = (*store)->workspace("demo");
        QVERIFY2((view["config"]["mode"]) == (json(ws->currentModeId)),
                 (view["config"]["mode"]).dump().c_str());
        HistoryFilter filter;
        filter.kinds = {EventKind::ModeSet};
        const auto modes = *(*store)->events(ws->id, filter);
        QVERIFY(modes.size() >= 2); // lab -> pilot -> growth
        for (const Event& e : modes) {
            QVERIFY(!json::parse(e.detailJson)["reason"].get<std::string>().empty());
        }
        filter.kinds = {EventKind::ScalingFrozen, EventKind::ScalingUnfrozen};
        QCOMPARE((*store)->events(ws->id, filter)->size(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestCliScaling)
#include "tst_cli_scaling.moc"
