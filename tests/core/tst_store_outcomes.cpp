// Outcomes and checklist ticks in the store (Store::recordOutcome, recordChecklistTick): only an
// accepted recommendation of the workspace gets an outcome, a later one supersedes, bad input is
// refused with a message naming it, and both are history events read back oldest first.
#include "policy/DecisionMetrics.h"
#include "store/Store.h"

#include <QTest>

using namespace headroom;

namespace {

constexpr std::int64_t kT0 = 1'764'000'000;
constexpr std::int64_t kHour = 3600;

Timestamp t(std::int64_t seconds) {
    return Timestamp{std::chrono::seconds{seconds}};
}

ReadinessSettings readiness() {
    ReadinessSettings r;
    r.checklists.push_back({"hard_launch",
                            {{"supabase_pooler", "Enable Supabase connection pooler",
                              ChecklistItemKind::Infrastructure, false}}});
    return r;
}

struct Fixture {
    std::unique_ptr<Store> store;
    RowId workspace = 0;
    RowId accepted = 0;
    RowId open = 0;
};

Fixture makeFixture() {
    Fixture f;
    auto store = Store::open(":memory:");
    if (!store) {
        qFatal("%s", store.error().message.c_str());
    }
    f.store = std::move(*store);
    Workspace w;
    w.name = "w";
    w.title = "W";
    w.createdAt = t(kT0);
    f.workspace = f.store->createWorkspace(w)->id;
    Snapshot s(t(kT0));
    (void)s.set(MetricId::CpuUtilization, {0.9, t(kT0), "test"});
    Evaluation ev;
    ev.capacity.tierId = "soft_launch";
    for (const char* type : {"add_redis_cache", "enable_cdn_for_assets"}) {
        ev.recommendations.push_back({type,
                                      {{MetricId::CpuUtilization, 0.9, 0.8, Comparison::AtLeast}},
                                      Status::Warning,
                                      60});
    }
    auto ingested = f.store->ingest(f.workspace, s, ev);
    if (!ingested || ingested->opened.size() != 2) {
        qFatal("ingest failed");
    }
    f.accepted = ingested->opened[0].id;
    f.open = ingested->opened[1].id;
    DecisionRequest d;
    d.workspaceId = f.workspace;
    d.recommendationId = f.accepted;
    d.verdict = Verdict::Accept;
    d.decidedAt = t(kT0 + kHour);
    if (!f.store->recordDecision(d)) {
        qFatal("decision failed");
    }
    return f;
}

OutcomeRequest request(const Fixture& f, OutcomeStatus status, std::int64_t at) {
    OutcomeRequest r;
    r.workspaceId = f.workspace;
    r.recommendationId = f.accepted;
    r.status = status;
    r.at = t(at);
    return r;
}

} // namespace

class TestStoreOutcomes : public QObject {
    Q_OBJECT
private slots:
    void recordsAndSupersedes() {
        auto f = makeFixture();
        auto r = request(f, OutcomeStatus::Implemented, kT0 + 2 * kHour);
        r.actualMonthlyCost = MicroUsd::fromDollars(120);
        r.note = "Upstash, 256 MB";
        auto first = f.store->recordOutcome(r);
        QVERIFY2(first.has_value(), first ? "" : first.error().message.c_str());
        QCOMPARE(first->recommendationType, std::string("add_redis_cache"));
        auto later = request(f, OutcomeStatus::RolledBack, kT0 + 5 * kHour);
        later.note = "latency got worse";
        QVERIFY(f.store->recordOutcome(later).has_value());

        auto all = f.store->outcomes(f.workspace);
        QVERIFY(all.has_value());
        QCOMPARE(all->size(), std::size_t(2));
        QCOMPARE((*all)[0].status, OutcomeStatus::Implemented);
        QCOMPARE((*all)[0].actualMonthlyCost->value, MicroUsd::fromDollars(120).value);
        QCOMPARE((*all)[0].note, std::string("Upstash, 256 MB"));
        QCOMPARE((*all)[0].actor, std::string("founder"));
        QCOMPARE((*all)[1].status, OutcomeStatus::RolledBack);
        QVERIFY(!(*all)[1].actualMonthlyCost);
        const auto current = currentOutcomes(*all);
        QCOMPARE(current.size(), std::size_t(1));
        QCOMPARE(current[0].status, OutcomeStatus::RolledBack);

        // They are history events of the workspace.
        HistoryFilter filter;
        filter.kinds = {EventKind::OutcomeRecorded};
        auto events = f.store->events(f.workspace, filter);
        QCOMPARE(events->size(), std::size_t(2));
        QCOMPARE(events->front().subject, std::to_string(f.accepted));
    }

    void refusesWhatIsNotAnOutcome_data() {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("open recommendation") << 0 << int(ErrorCode::Conflict) << "only an accepted";
        QTest::newRow("unknown recommendation")
            << 1 << int(ErrorCode::NotFound) << "does not exist in this workspace";
        QTest::newRow("absurd cost")
            << 2 << int(ErrorCode::InvalidArgument) << "actual monthly cost";
        QTest::newRow("long note") << 3 << int(ErrorCode::InvalidArgument) << "note: at most";
        QTest::newRow("before the latest outcome")
            << 4 << int(ErrorCode::InvalidArgument) << "before this recommendation's latest";
        QTest::newRow("other workspace") << 5 << int(ErrorCode::NotFound) << "does not exist";
    }
    void refusesWhatIsNotAnOutcome() {
        QFETCH(int, which);
        QFETCH(int, code);
        QFETCH(QString, message);
        auto f = makeFixture();
        auto r = request(f, OutcomeStatus::Implemented, kT0 + 3 * kHour);
        switch (which) {
        case 0:
            r.recommendationId = f.open;
            break;
        case 1:
            r.recommendationId = 9999;
            break;
        case 2:
            r.actualMonthlyCost = MicroUsd::fromDollars(2e7);
            break;
        case 3:
            r.note = std::string(2001, 'x');
            break;
        case 4: {
            QVERIFY(f.store->recordOutcome(r).has_value());
            r.at = t(kT0 + 2 * kHour);
            break;
        }
        case 5: {
            Workspace other;
            other.name = "other";
            other.title = "Other";
            r.workspaceId = f.store->createWorkspace(other)->id;
            break;
        }
        default:
            break;
        }
        auto result = f.store->recordOutcome(r);
        QVERIFY(!result.has_value());
        QCOMPARE(int(result.error().code), code);
        QVERIFY2(result.error().message.find(message.toStdString()) != std::string::npos,
                 result.error().message.c_str());
        auto all = f.store->outcomes(f.workspace);
        QCOMPARE(all->size(), std::size_t(which == 4 ? 1 : 0)); // nothing stored by a refusal
    }

    void checklistTicks() {
        auto f = makeFixture();
        ChecklistTickRequest r;
        r.workspaceId = f.workspace;
        r.tierId = "hard_launch";
        r.itemId = "supabase_pooler";
        r.reason = "pooler on in the dashboard";
        r.at = t(kT0);
        QVERIFY(f.store->recordChecklistTick(r, readiness()).has_value());
        r.mark = ChecklistMark::Unchecked;
        r.reason.clear();
        r.at = t(kT0 + kHour);
        QVERIFY(f.store->recordChecklistTick(r, readiness()).has_value());
        auto ticks = f.store->checklistTicks(f.workspace);
        QCOMPARE(ticks->size(), std::size_t(2));
        QCOMPARE((*ticks)[0].mark, ChecklistMark::Checked);
        QCOMPARE((*ticks)[0].reason, std::string("pooler on in the dashboard"));
        QCOMPARE((*ticks)[0].tierId, std::string("hard_launch"));
        QCOMPARE((*ticks)[1].mark, ChecklistMark::Unchecked);
        HistoryFilter filter;
        filter.kinds = {EventKind::ChecklistItemChecked};
        auto events = f.store->events(f.workspace, filter);
        QCOMPARE(events->front().subject, std::string("hard_launch/supabase_pooler"));

        r.itemId = "no_such_item";
        auto bad = f.store->recordChecklistTick(r, readiness());
        QVERIFY(!bad);
        QVERIFY(bad.error().message.find("no item 'no_such_item'") != std::string::npos);
        r.tierId = "moon";
        bad = f.store->recordChecklistTick(r, readiness());
        QVERIFY(!bad);
        QVERIFY(bad.error().message.find("tier 'moon' has no checklist") != std::string::npos);
        QCOMPARE(f.store->checklistTicks(f.workspace)->size(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestStoreOutcomes)
#include "tst_store_outcomes.moc"
