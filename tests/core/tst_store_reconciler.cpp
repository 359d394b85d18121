// The recommendation lifecycle rule (core/store/RecommendationReconciler.h), case by case.
#include "store/RecommendationReconciler.h"
#include "support/CorePrinters.h"

#include <QTest>

using namespace headroom;

namespace {

Timestamp t(std::int64_t seconds) {
    return Timestamp{std::chrono::seconds{seconds}};
}

TrackedRecommendation stored(RowId id, const std::string& type, RecommendationState state,
                             bool conditionActive = true,
                             std::optional<Timestamp> revisitAt = std::nullopt) {
    TrackedRecommendation tracked;
    tracked.recommendation.id = id;
    tracked.recommendation.workspaceId = 7;
    tracked.recommendation.type = type;
    tracked.recommendation.state = state;
    tracked.recommendation.severity = Status::Warning;
    tracked.recommendation.evidence = {{MetricId::CpuUtilization, 0.5, 0.4, Comparison::AtLeast}};
    tracked.recommendation.firstSeen = t(100);
    tracked.recommendation.lastSeen = t(200);
    tracked.recommendation.revisitAt = revisitAt;
    tracked.conditionActive = conditionActive;
    return tracked;
}

RecommendationDraft draft(const std::string& type, Status severity = Status::Critical) {
    return {type, {{MetricId::CpuUtilization, 0.9, 0.4, Comparison::AtLeast}}, severity, 70};
}

} // namespace

Q_DECLARE_METATYPE(ReconcileAction)

class TestStoreReconciler : public QObject {
    Q_OBJECT
private slots:
    // One stored recommendation of type "a" (or none) and one draft of "a" at t=1000.
    void draftAgainstNewest_data() {
        QTest::addColumn<int>("state"); // -1 = nothing stored
        QTest::addColumn<bool>("conditionActive");
        QTest::addColumn<qint64>("revisitAt"); // 0 = none
        QTest::addColumn<ReconcileAction>("action");
        QTest::addColumn<int>("stateAfter");

        const int open = int(RecommendationState::Open);
        const int deferred = int(RecommendationState::Deferred);
        const int accepted = int(RecommendationState::Accepted);
        const int rejected = int(RecommendationState::Rejected);
        const int resolved = int(RecommendationState::Resolved);
        QTest::newRow("none -> open") << -1 << true << qint64(0) << ReconcileAction::Open << open;
        QTest::newRow("open -> refresh")
            << open << true << qint64(0) << ReconcileAction::Refresh << open;
        QTest::newRow("resolved -> new open")
            << resolved << false << qint64(0) << ReconcileAction::Open << open;
        QTest::newRow("deferred, revisit passed -> reopen")
            << deferred << true << qint64(900) << ReconcileAction::Reopen << open;
        QTest::newRow("deferred, revisit now -> reopen")
            << deferred << false << qint64(1000) << ReconcileAction::Reopen << open;
        QTest::newRow("deferred, before revisit -> stays")
            << deferred << true << qint64(1001) << ReconcileAction::Touch << deferred;
        QTest::newRow("rejected, still present -> stays")
            << rejected << true << qint64(0) << ReconcileAction::Touch << rejected;
        QTest::newRow("accepted, still present -> stays")
            << accepted << true << qint64(0) << ReconcileAction::Touch << accepted;
        QTest::newRow("rejected, cleared earlier -> new open")
            << rejected << false << qint64(0) << ReconcileAction::Open << open;
        QTest::newRow("accepted, cleared earlier -> new open")
            << accepted << false << qint64(0) << ReconcileAction::Open << open;
    }

    void draftAgainstNewest() {
        QFETCH(int, state);
        QFETCH(bool, conditionActive);
        QFETCH(qint64, revisitAt);
        QFETCH(ReconcileAction, action);
        QFETCH(int, stateAfter);

        std::vector<TrackedRecommendation> existing;
        if (state >= 0) {
            existing.push_back(stored(5, "a", RecommendationState(state), conditionActive,
                                      revisitAt ? std::optional(t(revisitAt)) : std::nullopt));
        }
        const std::vector<RecommendationDraft> drafts{draft("a")};
        const auto changes = reconcileRecommendations(existing, drafts, 7, t(1000));
        QCOMPARE(changes.size(), std::size_t{1});
        const auto& change = changes.front();
        QCOMPARE(keyOf(change.action), keyOf(action));
        const auto& rec = change.after.recommendation;
        QCOMPARE(rec.state, RecommendationState(stateAfter));
        QCOMPARE(rec.type, std::string("a"));
        QCOMPARE(rec.workspaceId, RowId{7});
        QVERIFY(change.after.conditionActive);
        QCOMPARE(rec.lastSeen, t(1000));
        QCOMPARE(rec.severity, Status::Critical); // from the draft
        QCOMPARE(rec.evidence.front().value, 0.9);
        if (action == ReconcileAction::Open) {
            QCOMPARE(rec.id, RowId{0});
            QCOMPARE(rec.firstSeen, t(1000));
            QVERIFY(!rec.revisitAt.has_value());
        } else {
            QCOMPARE(rec.id, RowId{5});
            QCOMPARE(rec.firstSeen, t(100)); // the same recommendation continues
        }
        if (action == ReconcileAction::Reopen) {
            QVERIFY(!rec.revisitAt.has_value());
        }
    }

    // Nothing drafted for "a" at t=1000.
    void conditionGone_data() {
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("conditionActive");
        QTest::addColumn<int>("changeCount");
        QTest::addColumn<ReconcileAction>("action");
        QTest::addColumn<int>("stateAfter");
        QTest::newRow("open -> resolved")
            << int(RecommendationState::Open) << true << 1 << ReconcileAction::Resolve
            << int(RecommendationState::Resolved);
        QTest::newRow("rejected -> closed")
            << int(RecommendationState::Rejected) << true << 1 << ReconcileAction::Close
            << int(RecommendationState::Rejected);
        QTest::newRow("accepted -> closed")
            << int(RecommendationState::Accepted) << true << 1 << ReconcileAction::Close
            << int(RecommendationState::Accepted);
        QTest::newRow("deferred -> closed")
            << int(RecommendationState::Deferred) << true << 1 << ReconcileAction::Close
            << int(RecommendationState::Deferred);
        QTest::newRow("already closed -> nothing")
            << int(RecommendationState::Rejected) << false << 0 << ReconcileAction::Close << 0;
        QTest::newRow("resolved -> nothing")
            << int(RecommendationState::Resolved) << false << 0 << ReconcileAction::Close << 0;
    }

    void conditionGone() {
        QFETCH(int, state);
        QFETCH(bool, conditionActive);
        QFETCH(int, changeCount);
        QFETCH(ReconcileAction, action);
        QFETCH(int, stateAfter);
        const std::vector<TrackedRecommendation> existing{
            stored(5, "a", RecommendationState(state), conditionActive)};
        const auto changes = reconcileRecommendations(existing, {}, 7, t(1000));
        QCOMPARE(int(changes.size()), changeCount);
        if (changeCount == 1) {
            QCOMPARE(keyOf(changes[0].action), keyOf(action));
            QCOMPARE(changes[0].after.recommendation.state, RecommendationState(stateAfter));
            QVERIFY(!changes[0].after.conditionActive);
            QCOMPARE(changes[0].after.recommendation.lastSeen, t(200)); // not seen again
        }
    }

    void newestOfTypeDecides() {
        // An old resolved "a" and a newer rejected "a" still present: the rejection holds.
        const std::vector<TrackedRecommendation> existing{
            stored(1, "a", RecommendationState::Resolved, false),
            stored(9, "a", RecommendationState::Rejected, true)};
        const std::vector<RecommendationDraft> drafts{draft("a")};
        const auto changes = reconcileRecommendations(existing, drafts, 7, t(1000));
        QCOMPARE(changes.size(), std::size_t{1});
        QCOMPARE(keyOf(changes[0].action), keyOf(ReconcileAction::Touch));
        QCOMPARE(changes[0].after.recommendation.id, RowId{9});
    }

    void duplicateDraftsRaiseOne() {
        const std::vector<RecommendationDraft> drafts{draft("a", Status::Warning),
                                                      draft("a", Status::Critical), draft("b")};
        const auto changes = reconcileRecommendations({}, drafts, 7, t(1000));
        QCOMPARE(changes.size(), std::size_t{2});
        QCOMPARE(changes[0].after.recommendation.type, std::string("a"));
        QCOMPARE(changes[0].after.recommendation.severity, Status::Warning); // the first wins
        QCOMPARE(changes[1].after.recommendation.type, std::string("b"));
    }

    void mixedTypes() {
        // "a" open and still drafted, "b" open and gone, "c" new.
        const std::vector<TrackedRecommendation> existing{
            stored(1, "a", RecommendationState::Open), stored(2, "b", RecommendationState::Open)};
        const std::vector<RecommendationDraft> drafts{draft("c"), draft("a")};
        const auto changes = reconcileRecommendations(existing, drafts, 7, t(1000));
        QCOMPARE(changes.size(), std::size_t{3});
        QCOMPARE(keyOf(changes[0].action), keyOf(ReconcileAction::Open));
        QCOMPARE(changes[0].after.recommendation.type, std::string("c"));
        QCOMPARE(keyOf(changes[1].action), keyOf(ReconcileAction::Refresh));
        QCOMPARE(changes[1].after.recommendation.id, RowId{1});
        QCOMPARE(keyOf(changes[2].action), keyOf(ReconcileAction::Resolve));
        QCOMPARE(changes[2].after.recommendation.id, RowId{2});
    }
};

QTEST_GUILESS_MAIN(TestStoreReconciler)
#include "tst_store_reconciler.moc"
