// Strain runs in the store (issue 8, schema v9): the JSON forms of a run's result and criteria,
// runs stored with their event in one transaction, listed newest first, the baseline of each
// scenario and its refusals, the history chain still verifying, and the migration from v8.
#include "bundle/BundleExport.h"
#include "bundle/BundleImport.h"
#include "model/StrainRunJson.h"
#include "model/Text.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Store.h"
#include "store/StoreRows.h"
#include "support/TempDatabases.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

using namespace headroom;
using nlohmann::json;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(headroom::ErrorCode)

namespace {

constexpr std::int64_t kT0 = 1796083200; // 2026-12-01T00:00:00Z

Timestamp t(std::int64_t seconds) {
    return Timestamp{std::chrono::seconds{seconds}};
}

std::vector<std::string> rawRows(const QString& path, const std::string& sql) {
    sqlite3* db = nullptr;
    std::vector<std::string> rows;
    if (sqlite3_open(path.toStdString().c_str(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return {"cannot open"};
    }
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
        rows.push_back(std::string("error: ") + sqlite3_errmsg(db));
    }
    while (stmt && sqlite3_step(stmt) == SQLITE_ROW) {
        std::string row;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
            row += (c ? "|" : "") + (text ? std::string(text) : std::string("∅"));
        }
        rows.push_back(std::move(row));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return rows;
}

std::string rawExec(const QString& path, const std::string& sql) {
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toStdString().c_str(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return "cannot open";
    }
    char* message = nullptr;
    std::string out;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        out = message ? message : "error";
    }
    sqlite3_free(message);
    sqlite3_close(db);
    return out;
}

std::int64_t rawInt(const QString& path, const std::string& sql) {
    const auto rows = rawRows(path, sql);
    return rows.size() == 1 && !rows.front().starts_with("error") ? std::stoll(rows.front()) : -1;
}

// Every field away from its default, so a field the JSON forgets shows in the comparison.
StrainRunResult fullResult() {
    StrainRunResult r;
    r.scenarioId = "peak_traffic";
    r.scenarioName = "Peak Traffic";
    r.kind = StrainKind::Spike;
    r.model = LoadModel::Open;
    r.users = 12;
    r.arrivalRatePerSecond = 37.25;
    r.plannedDuration = 90s;
    r.method = "POST";
    r.urls = {"http://127.0.0.1:8080/api/health", "/api/items?page=2"};
    r.httpVersion = "HTTP/2";
    r.startedAt = t(kT0 + 3600);
    r.elapsed = 91'234ms;
    r.stop = LoadStop::MaxTime;
    r.measurement.p50 = 1'500us;
    r.measurement.p90 = 4'100us;
    r.measurement.p95 = 7'250us;
    r.measurement.p99 = 15'003us;
    r.measurement.p999 = 40'001us;
    r.measurement.max = 120'777us;
    r.measurement.throughputPerSecond = 36.871234567891234;
    r.measurement.errorRate = 0.0123;
    r.measurement.memoryUtilisation = 0.61;
    r.measurement.requests = 3360;
    r.measurement.errors = 41;
    r.measurement.dropped = 7;
    r.measurement.generatorSaturated = true;
    r.completed = 3330;
    r.errors = {11, 20, 6, 4};
    r.statusCounts = {{200, 3319}, {503, 11}};
    r.bytesReceived = 9'876'543'210;
    r.bytesSent = 1'234'567;
    r.generator = {GeneratorSaturation::LateSends, 0.93, 7, 2'500us};
    r.timeline = {{1000ms, 30, 1, 0, 5, 30.0, 1'400us, 6'000us, 9'000us, 11'000us},
                  {2000ms, 37, 0, 2, 6, 37.5, 1'600us, 7'500us, 14'000us, 20'000us}};
    return r;
}

StrainCriteria fullCriteria() {
    return {1500ms, 0.02, 25.5, 0.7};
}

// A plain run of `scenario` that started at kT0 + offset seconds.
StrainRunRecord run(std::string scenario, std::int64_t offset, std::string verdict = "passed",
                    std::string workspace = "local") {
    StrainRunRecord r;
    r.workspace = std::move(workspace);
    r.result.scenarioId = std::move(scenario);
    r.result.scenarioName = "Scenario " + r.result.scenarioId;
    r.result.startedAt = t(kT0 + offset);
    r.result.elapsed = 60'500ms;
    r.result.plannedDuration = 60s;
    r.result.users = 10;
    r.result.method = "GET";
    r.result.urls = {"/"};
    r.result.measurement.p95 = std::chrono::microseconds{1000 + offset};
    r.result.measurement.throughputPerSecond = 50.0;
    r.result.measurement.requests = 3000;
    r.result.completed = 3000;
    r.criteria = StrainCriteria{};
    r.verdict = std::move(verdict);
    return r;
}

// The error code of a failed result; none when it succeeded (so a success never matches).
template <class T>
std::optional<ErrorCode> codeOf(const Result<T>& result) {
    return result ? std::nullopt : std::optional<ErrorCode>(result.error().code);
}

template <class T>
std::string messageOf(const Result<T>& result) {
    return result ? std::string("(succeeded)") : result.error().message;
}

std::vector<RowId> idsOf(const std::vector<StrainRunRecord>& runs) {
    std::vector<RowId> out;
    for (const auto& r : runs) {
        out.push_back(r.id);
    }
    return out;
}

std::vector<Event> eventsOf(Store& store, RowId ws, EventKind kind) {
    HistoryFilter filter;
    filter.kinds = {kind};
    return store.events(ws, filter).value_or(std::vector<Event>{});
}

} // namespace

class TestStrainStore : public QObject {
    Q_OBJECT

    test::TempDatabases m_files{QStringLiteral("strain")};

    struct Fixture {
        QString path;
        std::unique_ptr<Store> store;
        RowId local = 0;
        RowId other = 0;
    };

    Fixture open() {
        Fixture f;
        f.path = m_files.freshPath();
        f.store = m_files.open(f.path);
        if (!f.store) {
            qFatal("cannot open %s", qPrintable(f.path));
        }
        for (const char* name : {"local", "other"}) {
            Workspace w;
            w.name = name;
            w.title = name;
            w.createdAt = t(kT0);
            auto created = f.store->createWorkspace(w);
            if (!created) {
                qFatal("%s", created.error().message.c_str());
            }
            (std::string_view(name) == "local" ? f.local : f.other) = created->id;
        }
        return f;
    }

    static RowId add(Store& store, const StrainRunRecord& record) {
        auto id = store.addStrainRun(record);
        if (!id) {
            qWarning("%s", id.error().message.c_str());
            return 0;
        }
        return *id;
    }

private slots:
    void initTestCase() { QVERIFY(m_files.isValid()); }

    void resultJsonRoundTrips() {
        const StrainRunResult r = fullResult();
        QVERIFY(!(r == StrainRunResult{}));
        const json written = toJson(r);
        // Units in the key names, enums by key, the start as ISO text.
        QCOMPARE(written.at("measurement").at("p95_us").get<std::int64_t>(), std::int64_t{7250});
        QCOMPARE(written.at("elapsed_ms").get<std::int64_t>(), std::int64_t{91234});
        QCOMPARE(written.at("planned_duration_s").get<std::int64_t>(), std::int64_t{90});
        QCOMPARE(written.at("started_at").get<std::string>(), std::string("2026-12-01T01:00:00Z"));
        QCOMPARE(written.at("stop").get<std::string>(), std::string("max_time"));
        QCOMPARE(written.at("generator").at("saturation").get<std::string>(),
                 std::string("late_sends"));
        // Through text, as the store keeps it.
        auto read = strainRunResultFromJson(json::parse(written.dump()));
        QVERIFY2(read, read ? "" : read.error().message.c_str());
        QVERIFY(*read == r);
        QVERIFY(toJson(*read) == written);

        // No memory source: null, and back to none.
        StrainRunResult noMemory = r;
        noMemory.measurement.memoryUtilisation.reset();
        QVERIFY(toJson(noMemory).at("measurement").at("memory_utilisation").is_null());
        auto back = strainRunResultFromJson(json::parse(toJson(noMemory).dump()));
        QVERIFY(back.has_value());
        QVERIFY(!back->measurement.memoryUtilisation);
        QVERIFY(*back == noMemory);
    }

    void criteriaJsonRoundTrips() {
        const StrainCriteria c = fullCriteria();
        QVERIFY(!(c == StrainCriteria{}));
        const json written = toJson(c);
        QCOMPARE(written.at("max_p95_ms").get<std::int64_t>(), std::int64_t{1500});
        auto read = strainCriteriaFromJson(json::parse(written.dump()));
        QVERIFY2(read, read ? "" : read.error().message.c_str());
        QVERIFY(*read == c);
    }

    void parseErrorsNameTheKey_data() {
        QTest::addColumn<bool>("criteria");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value"); // JSON text; empty: remove the key
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing p95") << false << "/measurement/p95_us"
                                     << ""
                                     << "strain_run.measurement.p95_us: missing";
        QTest::newRow("elapsed as text") << false << "/elapsed_ms"
                                         << "\"91s\""
                                         << "strain_run.elapsed_ms: expected a whole number";
        QTest::newRow("duration as fraction") << false << "/planned_duration_s"
                                              << "1.5"
                                              << "strain_run.planned_duration_s";
        QTest::newRow("unknown kind") << false << "/kind"
                                      << "\"marathon\""
                                      << "strain_run.kind: unknown value 'marathon'";
        QTest::newRow("unknown stop") << false << "/stop"
                                      << "\"crashed\""
                                      << "strain_run.stop: unknown value";
        QTest::newRow("bad start") << false << "/started_at"
                                   << "\"yesterday\""
                                   << "strain_run.started_at";
        QTest::newRow("negative requests") << false << "/measurement/requests"
                                           << "-1"
                                           << "strain_run.measurement.requests";
        QTest::newRow("memory missing") << false << "/measurement/memory_utilisation"
                                        << ""
                                        << "strain_run.measurement.memory_utilisation: missing";
        QTest::newRow("url not text") << false << "/urls/1"
                                      << "5"
                                      << "strain_run.urls[1]";
        QTest::newRow("sample p95 missing") << false << "/timeline/1/p95_us"
                                            << ""
                                            << "strain_run.timeline[1].p95_us: missing";
        QTest::newRow("status count missing") << false << "/status_counts/0/count"
                                              << ""
                                              << "strain_run.status_counts[0].count: missing";
        QTest::newRow("errors not an object") << false << "/errors"
                                              << "3"
                                              << "strain_run.errors: expected an object";
        QTest::newRow("saturation unknown") << false << "/generator/saturation"
                                            << "\"tired\""
                                            << "strain_run.generator.saturation: unknown value";
        QTest::newRow("criteria p95 missing") << true << "/max_p95_ms"
                                              << ""
                                              << "strain_criteria.max_p95_ms: missing";
        QTest::newRow("criteria rate as text")
            << true << "/max_error_rate"
            << "\"5%\""
            << "strain_criteria.max_error_rate: expected a number";
    }

    void parseErrorsNameTheKey() {
        QFETCH(bool, criteria);
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        json j = criteria ? toJson(fullCriteria()) : toJson(fullResult());
        const json::json_pointer ptr(pointer.toStdString());
        QVERIFY(j.contains(ptr));
        if (value.isEmpty()) {
            j[ptr.parent_pointer()].erase(ptr.back());
        } else {
            j[ptr] = json::parse(value.toStdString());
        }
        const auto code =
            criteria ? codeOf(strainCriteriaFromJson(j)) : codeOf(strainRunResultFromJson(j));
        const std::string message =
            criteria ? messageOf(strainCriteriaFromJson(j)) : messageOf(strainRunResultFromJson(j));
        QCOMPARE(code, std::optional(ErrorCode::ParseError));
        QVERIFY2(message.find(expected.toStdString()) != std::string::npos, message.c_str());
    }

    void notAnObjectIsAParseError() {
        QCOMPARE(codeOf(strainRunResultFromJson(json::array())),
                 std::optional(ErrorCode::ParseError));
        QCOMPARE(codeOf(strainCriteriaFromJson(json("fast"))),
                 std::optional(ErrorCode::ParseError));
    }

    void addsAndReadsARun() {
        Fixture f = open();
        StrainRunRecord record;
        record.workspace = "local";
        record.result = fullResult();
        record.criteria = fullCriteria();
        record.verdict = "failed";
        record.id = 777;        // ignored
        record.baseline = true; // ignored: setStrainBaseline decides
        const RowId id = add(*f.store, record);
        QVERIFY(id > 0);
        QVERIFY(id != 777);
        auto stored = f.store->strainRun(id);
        QVERIFY2(stored, stored ? "" : stored.error().message.c_str());
        StrainRunRecord expected = record;
        expected.id = id;
        expected.baseline = false;
        QVERIFY(*stored == expected);
        // The listing columns are copies of the result's figures.
        QCOMPARE(rawRows(f.path, cat("SELECT scenario_id, started_at, finished_at, stop, verdict, "
                                     "p95_us, requests FROM strain_runs WHERE id = ",
                                     id)),
                 std::vector<std::string>{cat("peak_traffic|", kT0 + 3600, "|", kT0 + 3600 + 92,
                                              "|max_time|failed|7250|3360")});
        auto listed = f.store->strainRuns("local", "", 10);
        QVERIFY(listed.has_value());
        QCOMPARE(listed->size(), std::size_t{1});
        QVERIFY(listed->front() == expected);
        QCOMPARE(f.store->strainRuns("other", "", 10).value().size(), std::size_t{0});

        const auto missing = f.store->strainRun(id + 100);
        QCOMPARE(codeOf(missing), std::optional(ErrorCode::NotFound));
        record.workspace = "nowhere";
        const auto unknown = f.store->addStrainRun(record);
        QCOMPARE(codeOf(unknown), std::optional(ErrorCode::NotFound));
        QVERIFY(messageOf(unknown).find("'nowhere'") != std::string::npos);
        QCOMPARE(codeOf(f.store->strainRuns("nowhere", "", 10)),
                 std::optional(ErrorCode::NotFound));
        QCOMPARE(rawInt(f.path, "SELECT count(*) FROM strain_runs"), std::int64_t{1});
    }

    void listsNewestFirstAndFilters() {
        Fixture f = open();
        // Added out of order; two share a start (the later id comes first).
        const RowId a1 = add(*f.store, run("baseline", 300));
        const RowId b1 = add(*f.store, run("stress", 100));
        const RowId a2 = add(*f.store, run("baseline", 900));
        const RowId a0 = add(*f.store, run("baseline", 50));
        const RowId b2 = add(*f.store, run("stress", 300));
        const RowId x = add(*f.store, run("baseline", 1000, "passed", "other"));
        QVERIFY(a1 && b1 && a2 && a0 && b2 && x);

        QCOMPARE(idsOf(f.store->strainRuns("local", "", 100).value()),
                 (std::vector<RowId>{a2, b2, a1, b1, a0}));
        QCOMPARE(idsOf(f.store->strainRuns("local", "baseline", 100).value()),
                 (std::vector<RowId>{a2, a1, a0}));
        QCOMPARE(idsOf(f.store->strainRuns("local", "stress", 100).value()),
                 (std::vector<RowId>{b2, b1}));
        QCOMPARE(idsOf(f.store->strainRuns("local", "", 2).value()), (std::vector<RowId>{a2, b2}));
        QCOMPARE(idsOf(f.store->strainRuns("other", "", 100).value()), (std::vector<RowId>{x}));
        QCOMPARE(f.store->strainRuns("local", "spike", 100).value().size(), std::size_t{0});
        QCOMPARE(codeOf(f.store->strainRuns("local", "", 0)),
                 std::optional(ErrorCode::InvalidArgument));
    }

    void refusesInvalidRuns_data() {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown verdict") << 0 << "verdict 'maybe'";
        QTest::newRow("empty verdict") << 1 << "verdict ''";
        QTest::newRow("empty scenario") << 2 << "strain_run.scenario_id";
        QTest::newRow("negative completed") << 3 << "strain_run.completed";
        QTest::newRow("negative timeouts") << 4 << "strain_run.errors.timeout";
        QTest::newRow("negative status count") << 5 << "strain_run.status_counts[1].count";
        QTest::newRow("negative sample") << 6 << "strain_run.timeline[0].errors";
        QTest::newRow("negative p95") << 7 << "strain_run.measurement.p95_us";
        QTest::newRow("negative bytes") << 8 << "strain_run.bytes_sent";
    }

    void refusesInvalidRuns() {
        QFETCH(int, which);
        QFETCH(QString, expected);
        Fixture f = open();
        StrainRunRecord r = run("baseline", 0);
        r.result.statusCounts = {{200, 2990}, {500, 10}};
        r.result.timeline = {LoadSample{}};
        switch (which) {
        case 0:
            r.verdict = "maybe";
            break;
        case 1:
            r.verdict = "";
            break;
        case 2:
            r.result.scenarioId.clear();
            break;
        case 3:
            r.result.completed = -1;
            break;
        case 4:
            r.result.errors.timeout = -2;
            break;
        case 5:
            r.result.statusCounts[1].count = -10;
            break;
        case 6:
            r.result.timeline[0].errors = -1;
            break;
        case 7:
            r.result.measurement.p95 = -1us;
            break;
        case 8:
            r.result.bytesSent = -5;
            break;
        }
        const auto events = rawInt(f.path, "SELECT count(*) FROM events");
        const auto refused = f.store->addStrainRun(r);
        QCOMPARE(codeOf(refused), std::optional(ErrorCode::ValidationError));
        QVERIFY2(messageOf(refused).find(expected.toStdString()) != std::string::npos,
                 messageOf(refused).c_str());
        QCOMPARE(rawInt(f.path, "SELECT count(*) FROM strain_runs"), std::int64_t{0});
        QCOMPARE(rawInt(f.path, "SELECT count(*) FROM events"), events);
        // The same run without the fault is stored: the refusal was about that field.
        QVERIFY(add(*f.store, run("baseline", 0)) > 0);
    }

    void runsAreAppendOnly() {
        Fixture f = open();
        const RowId id = add(*f.store, run("baseline", 0));
        QVERIFY(id > 0);
        QVERIFY(rawExec(f.path, "UPDATE strain_runs SET verdict = 'failed'").find("append-only") !=
                std::string::npos);
        QVERIFY(rawExec(f.path, "DELETE FROM strain_runs").find("append-only") !=
                std::string::npos);
        QCOMPARE(f.store->strainRun(id).value().verdict, std::string("passed"));
    }

    void runEventsKeepTheChain() {
        Fixture f = open();
        StrainRunRecord record = run("baseline", 0);
        record.result.measurement.throughputPerSecond = 48.5;
        record.result.measurement.errorRate = 0.02;
        const RowId first = add(*f.store, record);
        const RowId second = add(*f.store, run("stress", 120, "not_judged"));
        QVERIFY(first && second);
        const auto events = eventsOf(*f.store, f.local, EventKind::StrainRun);
        QCOMPARE(events.size(), std::size_t{2});
        const Event& e = events.back(); // newest first: the first run's is last
        QCOMPARE(e.subject, std::string("baseline"));
        QCOMPARE(e.at, t(kT0 + 61)); // finished: 60.5 s after the start, rounded up
        const json detail = json::parse(e.detailJson);
        QCOMPARE(detail.at("run_id").get<RowId>(), first);
        QCOMPARE(detail.at("verdict").get<std::string>(), std::string("passed"));
        QCOMPARE(detail.at("p95_us").get<std::int64_t>(), std::int64_t{1000});
        QCOMPARE(detail.at("throughput_per_s").get<double>(), 48.5);
        QCOMPARE(detail.at("error_rate").get<double>(), 0.02);
        QCOMPARE(detail.at("requests").get<std::int64_t>(), std::int64_t{3000});
        QCOMPARE(json::parse(events.front().detailJson).at("verdict").get<std::string>(),
                 std::string("not_judged"));
        QVERIFY(eventsOf(*f.store, f.other, EventKind::StrainRun).empty());

        QVERIFY(f.store->setStrainBaseline("local", first, "founder", t(kT0 + 7200)).has_value());
        auto verified = f.store->verifyHistory(f.local);
        QVERIFY2(verified, verified ? "" : verified.error().message.c_str());
        QVERIFY(verified->intact());
        // workspace_created, two runs, one baseline.
        QCOMPARE(verified->events.checked, std::size_t{4});
        QCOMPARE(verified->events.headCount, std::int64_t{4});
        // The chain does cover these rows: altering one is found.
        QCOMPARE(rawExec(f.path, "DROP TRIGGER events_append_only_update; UPDATE events SET "
                                 "detail_json = '{}' WHERE kind = 'strain_run'"),
                 std::string());
        const auto tampered = f.store->verifyHistory(f.local);
        QVERIFY(tampered.has_value());
        QVERIFY(tampered->events.firstBreak.has_value());
        QCOMPARE(tampered->events.firstBreak->kind, HistoryBreakKind::Altered);
        QCOMPARE(tampered->events.firstBreak->row.value().kind, std::string("strain_run"));
    }

    void baselineIsSetAndReplaced() {
        Fixture f = open();
        const RowId a1 = add(*f.store, run("baseline", 0));
        const RowId a2 = add(*f.store, run("baseline", 600, "failed"));
        const RowId b1 = add(*f.store, run("stress", 300));
        QVERIFY(a1 && a2 && b1);
        QVERIFY(!f.store->strainBaseline("local", "baseline").value().has_value());

        auto set = f.store->setStrainBaseline("local", a1, "ada", t(kT0 + 1000));
        QVERIFY2(set, set ? "" : set.error().message.c_str());
        auto baseline = f.store->strainBaseline("local", "baseline");
        QVERIFY(baseline.has_value() && baseline->has_value());
        QCOMPARE((*baseline)->id, a1);
        QVERIFY((*baseline)->baseline);
        QVERIFY(!f.store->strainBaseline("local", "stress").value().has_value());
        QVERIFY(f.store->strainRun(a1).value().baseline);
        QVERIFY(!f.store->strainRun(a2).value().baseline);
        QVERIFY(!f.store->strainRun(b1).value().baseline);

        // A failed run may be the baseline (it measured the server); it replaces the first.
        QVERIFY(f.store->setStrainBaseline("local", a2, "ada", t(kT0 + 2000)).has_value());
        QCOMPARE(f.store->strainBaseline("local", "baseline").value()->id, a2);
        const auto listed = f.store->strainRuns("local", "", 10).value();
        QCOMPARE(listed.size(), std::size_t{3});
        for (const auto& r : listed) {
            QCOMPARE(r.baseline, r.id == a2);
        }
        QCOMPARE(rawRows(f.path, "SELECT scenario_id, run_id, set_at FROM strain_baselines"),
                 std::vector<std::string>{cat("baseline|", a2, "|", kT0 + 2000)});
        // Another scenario's baseline is its own.
        QVERIFY(f.store->setStrainBaseline("local", b1, "ada", t(kT0 + 3000)).has_value());
        QCOMPARE(f.store->strainBaseline("local", "baseline").value()->id, a2);
        QCOMPARE(f.store->strainBaseline("local", "stress").value()->id, b1);

        const auto events = eventsOf(*f.store, f.local, EventKind::StrainBaseline);
        QCOMPARE(events.size(), std::size_t{3});
        const Event& replaced = events[1]; // newest first
        QCOMPARE(replaced.subject, std::string("baseline"));
        QCOMPARE(replaced.at, t(kT0 + 2000));
        const json detail = json::parse(replaced.detailJson);
        QCOMPARE(detail.at("old").get<RowId>(), a1);
        QCOMPARE(detail.at("new").get<RowId>(), a2);
        QCOMPARE(detail.at("actor").get<std::string>(), std::string("ada"));
        QVERIFY(json::parse(events[2].detailJson).at("old").is_null());
        QVERIFY(f.store->verifyHistory(f.local).value().intact());

        // The same run again changes nothing and says so.
        QCOMPARE(codeOf(f.store->setStrainBaseline("local", a2, "ada", t(kT0 + 4000))),
                 std::optional(ErrorCode::Conflict));
        QCOMPARE(codeOf(f.store->strainBaseline("nowhere", "baseline")),
                 std::optional(ErrorCode::NotFound));
    }

    void baselineRefusals_data() {
        QTest::addColumn<int>("which");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not judged") << 0 << ErrorCode::Conflict << "not judged";
        QTest::newRow("cancelled") << 1 << ErrorCode::Conflict << "cancelled";
        QTest::newRow("other workspace") << 2 << ErrorCode::NotFound << "in workspace 'local'";
        QTest::newRow("no such run") << 3 << ErrorCode::NotFound << "no strain run";
        QTest::newRow("no such workspace") << 4 << ErrorCode::NotFound << "'nowhere'";
    }

    void baselineRefusals() {
        QFETCH(int, which);
        QFETCH(ErrorCode, code);
        QFETCH(QString, expected);
        Fixture f = open();
        const RowId good = add(*f.store, run("baseline", 0));
        const RowId notJudged = add(*f.store, run("baseline", 100, "not_judged"));
        StrainRunRecord cancelled = run("baseline", 200);
        cancelled.result.stop = LoadStop::Cancelled;
        const RowId stopped = add(*f.store, cancelled);
        const RowId foreign = add(*f.store, run("baseline", 300, "passed", "other"));
        QVERIFY(good && notJudged && stopped && foreign);
        QVERIFY(f.store->setStrainBaseline("local", good, "ada", t(kT0 + 500)).has_value());
        const auto events = rawInt(f.path, "SELECT count(*) FROM events");

        const RowId ids[] = {notJudged, stopped, foreign, foreign + 100, good};
        const auto refused = f.store->setStrainBaseline(which == 4 ? "nowhere" : "local",
                                                        ids[which], "ada", t(kT0 + 900));
        QCOMPARE(codeOf(refused), std::optional(code));
        QVERIFY2(messageOf(refused).find(expected.toStdString()) != std::string::npos,
                 messageOf(refused).c_str());
        // Nothing changed: the baseline, the events.
        QCOMPARE(f.store->strainBaseline("local", "baseline").value()->id, good);
        QVERIFY(!f.store->strainBaseline("other", "baseline").value().has_value());
        QCOMPARE(rawInt(f.path, "SELECT count(*) FROM events"), events);
        QCOMPARE(rawInt(f.path, "SELECT count(*) FROM strain_baselines"), std::int64_t{1});
    }

    // A bundle replays telemetry: the runs and baselines stay home, their events travel with the
    // history, whose chain still verifies in the staged copy.
    void bundleLeavesStrainRunsOut() {
        Fixture f = open();
        Snapshot snapshot(t(kT0 + 10));
        (void)snapshot.set(MetricId::CpuUtilization, {0.5, t(kT0 + 10), "test"});
        QVERIFY(f.store->ingest(f.local, snapshot, Evaluation{}).has_value());
        const RowId id = add(*f.store, run("baseline", 20));
        QVERIFY(id > 0);
        QVERIFY(f.store->setStrainBaseline("local", id, "founder", t(kT0 + 100)).has_value());
        f.store.reset();

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::filesystem::path out =
            dir.filePath(QStringLiteral("local.hrbundle")).toStdString();
        BundleExportRequest request;
        request.workspace = "local";
        request.out = out;
        request.now = t(kT0 + 200);
        auto exported = exportBundle(f.path.toStdString(), request, Catalog{}, JobControl{});
        QVERIFY2(exported, messageOf(exported).c_str());
        auto staged =
            stageBundle(out, dir.filePath(QStringLiteral("bundles")).toStdString(), JobControl{});
        QVERIFY2(staged, messageOf(staged).c_str());
        auto bundle = Store::openForReading(staged->file.string());
        QVERIFY2(bundle, messageOf(bundle).c_str());
        QCOMPARE((*bundle)->strainRuns("local", "", 10).value().size(), std::size_t{0});
        QVERIFY(!(*bundle)->strainBaseline("local", "baseline").value().has_value());
        QCOMPARE(eventsOf(**bundle, staged->workspaceId, EventKind::StrainRun).size(),
                 std::size_t{1});
        QCOMPARE(eventsOf(**bundle, staged->workspaceId, EventKind::StrainBaseline).size(),
                 std::size_t{1});
        QVERIFY((*bundle)->verifyHistory(staged->workspaceId).value().intact());
    }

    // A version-8 file built from the steps that shipped, with a workspace, a chained event, a
    // source and a bundle, migrates to 9 with those rows unchanged, the same schema as a fresh
    // file, and working strain tables.
    void migratesFromVersion8() {
        const QString path = m_files.freshPath();
        const QString fresh = m_files.freshPath();
        {
            auto db = sql::Database::open(path.toStdString(), sql::Database::Create::IfMissing);
            QVERIFY(db.has_value());
            auto created = store::createSchema(*db, 8);
            QVERIFY2(created, created ? "" : created.error().message.c_str());
            QVERIFY(db->exec(cat("INSERT INTO workspaces VALUES(1, 'local', 'This computer', "
                                 "'live', 'lab', ",
                                 kT0,
                                 ");"
                                 "INSERT INTO sources(workspace_id, name, config_json, "
                                 "enabled, created_at, updated_at) VALUES(1, 'node', "
                                 "'{\"kind\":\"exposition\"}', 1, 0, 0);"),
                             "rows of version 8")
                        .has_value());
            auto event = store::insertEvent(*db, Event{0, 1, t(kT0), EventKind::WorkspaceCreated,
                                                       "local", R"({"kind":"live"})"});
            QVERIFY2(event, event ? "" : event.error().message.c_str());
        }
        QCOMPARE(rawInt(path, "PRAGMA user_version"), std::int64_t{8});
        QCOMPARE(rawInt(path, "SELECT count(*) FROM sqlite_master WHERE name = 'strain_runs'"),
                 std::int64_t{0});
        const std::vector<std::string> tables{
            "SELECT * FROM workspaces ORDER BY 1", "SELECT * FROM events ORDER BY 1",
            "SELECT * FROM history_heads ORDER BY 1, 2", "SELECT * FROM sources ORDER BY 1"};
        std::vector<std::vector<std::string>> before;
        for (const auto& sql : tables) {
            before.push_back(rawRows(path, sql));
            QCOMPARE(before.back().size(), std::size_t{1});
        }

        auto store = m_files.open(path);
        QVERIFY(store);
        QCOMPARE(store->schemaVersion().value_or(-1), 9);
        QCOMPARE(rawInt(path, "PRAGMA user_version"), std::int64_t{9});
        for (std::size_t i = 0; i < tables.size(); ++i) {
            QCOMPARE(rawRows(path, tables[i]), before[i]);
        }
        QVERIFY(m_files.open(fresh));
        const std::string schema =
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name";
        QCOMPARE(rawRows(path, schema), rawRows(fresh, schema));

        // The old workspace takes runs and a baseline; its history still verifies.
        const RowId id = add(*store, run("baseline", 0));
        QVERIFY(id > 0);
        QVERIFY(store->setStrainBaseline("local", id, "founder", t(kT0 + 100)).has_value());
        QCOMPARE(store->strainBaseline("local", "baseline").value()->id, id);
        auto verified = store->verifyHistory(1);
        QVERIFY(verified.has_value());
        QVERIFY(verified->intact());
        QCOMPARE(verified->events.checked, std::size_t{3});
        // The new tables' constraints hold.
        const std::string insert =
            "PRAGMA foreign_keys = ON; INSERT INTO strain_runs(workspace_id, "
            "scenario_id, started_at, finished_at, stop, verdict, p95_us, "
            "requests, result_json, criteria_json) VALUES";
        QVERIFY(rawExec(path, insert + "(9, 'a', 0, 0, 'finished', 'passed', 0, 0, '{}', '{}')")
                    .find("FOREIGN KEY") != std::string::npos);
        QVERIFY(rawExec(path, insert + "(1, 'a', 0, 0, 'finished', 'great', 0, 0, '{}', '{}')")
                    .find("CHECK") != std::string::npos);
        QVERIFY(rawExec(path, insert + "(1, 'a', 0, 0, 'finished', 'passed', 0, 0, 'x', '{}')")
                    .find("CHECK") != std::string::npos);
        QVERIFY(rawExec(path, "PRAGMA foreign_keys = ON; INSERT INTO strain_baselines "
                              "VALUES(1, 'stress', 999, 0)")
                    .find("FOREIGN KEY") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestStrainStore)
#include "tst_strain_store.moc"
