// HistoryModel over a hand-made page: decisions and events merged newest first, the store's
// DecisionRecorded events folded into the decisions, the kind filter, and runs of mode-advice
// changes folded into one row.

#include "HistoryModel.h"
#include "UiRoles.h"
#include "support/CorePrinters.h"

#include <algorithm>

#include <QTest>

using namespace headroom;
using namespace headroom::ui;

class TestHistoryModel : public QObject {
    Q_OBJECT

private:
    static Timestamp at(int hours) {
        return Timestamp{std::chrono::seconds{1'700'000'000}} + std::chrono::hours{hours};
    }

    static HistoryPage page() {
        HistoryPage p;
        p.workspace = "demo";
        Decision accept;
        accept.id = 1;
        accept.recommendationType = "enable_supabase_pooler";
        accept.verdict = Verdict::Accept;
        accept.reason = "cheap fix";
        accept.decidedAt = at(5);
        Decision defer;
        defer.id = 2;
        defer.recommendationType = "other";
        defer.verdict = Verdict::Defer;
        defer.reason = "after launch";
        defer.decidedAt = at(1);
        defer.revisitAt = at(24 * 7);
        p.decisions = {accept, defer};
        Event opened{10, 1, at(3), EventKind::RecommendationOpened, "enable_supabase_pooler", "{}"};
        Event decided{11, 1, at(5), EventKind::DecisionRecorded, "enable_supabase_pooler", "{}"};
        Event tier{12,
                   1,
                   at(7),
                   EventKind::TierChanged,
                   "hard_launch",
                   R"({"from":"soft_launch","to":"hard_launch"})"};
        p.events = {opened, decided, tier};
        return p;
    }

    static Catalog catalog() {
        Catalog c;
        RecommendationTemplate t;
        t.type = "enable_supabase_pooler";
        t.title = "Enable the connection pooler";
        c.recommendations.push_back(t);
        return c;
    }

    static Event advice(RowId id, int hours, const char* from, const char* to) {
        return Event{id,        1,
                     at(hours), EventKind::ModeAdviceChanged,
                     to,        "{\"from\":\"" + std::string(from) + "\",\"to\":\"" + to + "\"}"};
    }

    // Advice flapping at 10..13h, a tier change at 14h, one more change at 20h and a failure
    // of a source at 30h: newest first that is failure, lone change, tier, run of four.
    static HistoryPage flappingPage() {
        HistoryPage p;
        p.workspace = "demo";
        p.events = {advice(1, 10, "hold", "increase_mode"),
                    advice(2, 11, "increase_mode", "hold"),
                    advice(3, 12, "hold", "increase_mode"),
                    advice(4, 13, "increase_mode", "hold"),
                    Event{5, 1, at(14), EventKind::TierChanged, "hard_launch", "{}"},
                    advice(6, 20, "hold", "increase_mode"),
                    Event{7, 1, at(30), EventKind::SourceFailed, "host", "{}"},
                    Event{8, 1, at(31), EventKind::SourceRecovered, "host", "{}"}};
        return p;
    }

private slots:
    void mergesNewestFirstAndFoldsDecisionEvents() {
        const Catalog c = catalog();
        HistoryModel model(c);
        model.setPage(page());
        // tier (7h), accept (5h), opened (3h), defer (1h); the DecisionRecorded event is folded.
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.kindAt(0), EventKind::TierChanged);
        QCOMPARE(model.kindAt(1), EventKind::DecisionRecorded);
        QCOMPARE(model.decisionAt(1)->id, RowId{1});
        QCOMPARE(model.kindAt(2), EventKind::RecommendationOpened);
        QCOMPARE(model.decisionAt(3)->id, RowId{2});
        QVERIFY(model.decisionAt(0) == nullptr);
    }

    void wordsDecisionsAndEvents() {
        const Catalog c = catalog();
        HistoryModel model(c);
        model.setPage(page());
        QCOMPARE(model.index(1, HistoryModel::SubjectColumn).data().toString(),
                 QStringLiteral("Enable the connection pooler"));
        QCOMPARE(model.index(1, HistoryModel::KindColumn).data().toString(),
                 QStringLiteral("Decision: Accepted"));
        QVERIFY(model.index(1, HistoryModel::DetailColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("cheap fix")));
        QVERIFY(model.index(3, HistoryModel::DetailColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("revisit")));
        QCOMPARE(model.index(0, HistoryModel::DetailColumn).data().toString(),
                 QStringLiteral("From soft_launch to hard_launch"));
    }

    void filtersByKind_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("rows");
        QTest::newRow("all") << -1 << 4;
        QTest::newRow("decisions") << int(EventKind::DecisionRecorded) << 2;
        QTest::newRow("opened") << int(EventKind::RecommendationOpened) << 1;
        QTest::newRow("source failed") << int(EventKind::SourceFailed) << 0;
    }

    void filtersByKind() {
        QFETCH(int, kind);
        QFETCH(int, rows);
        const Catalog c = catalog();
        HistoryModel model(c);
        model.setPage(page());
        model.setKindFilter(kind < 0 ? std::nullopt : std::optional(static_cast<EventKind>(kind)));
        QCOMPARE(model.rowCount(), rows);
    }

    void foldsRunsOfModeAdviceChanges() {
        const Catalog c = catalog();
        HistoryModel model(c);
        model.setPage(flappingPage());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.kindAt(0), EventKind::SourceRecovered);
        QCOMPARE(model.kindAt(1), EventKind::SourceFailed);
        QCOMPARE(model.kindAt(2), EventKind::ModeAdviceChanged);
        QCOMPARE(model.foldedCountAt(2), 1); // a lone change stays a plain row
        QCOMPARE(model.kindAt(3), EventKind::TierChanged);
        QCOMPARE(model.kindAt(4), EventKind::ModeAdviceChanged);
        QCOMPARE(model.foldedCountAt(4), 4);
        const QString kind = model.index(4, HistoryModel::KindColumn).data().toString();
        QVERIFY2(kind.contains(QLatin1String("4")), qPrintable(kind));
        // The row is dated by its newest change and its tooltip lists all four.
        QCOMPARE(model.index(4, HistoryModel::TimeColumn).data().toString(),
                 Wording().dateTime(at(13)));
        const QString tip =
            model.index(4, HistoryModel::DetailColumn).data(Qt::ToolTipRole).toString();
        QCOMPARE(tip.count(QLatin1Char('\n')), 3);
    }

    void keyEventsLeaveOutAdviceAndRecoveries() {
        const Catalog c = catalog();
        HistoryModel model(c);
        model.setPage(flappingPage());
        model.setKindFilter(HistoryModel::keyEventKinds());
        QCOMPARE(model.rowCount(), 2); // the source failure and the tier change
        QCOMPARE(model.kindAt(0), EventKind::SourceFailed);
        QCOMPARE(model.kindAt(1), EventKind::TierChanged);
        model.setPage(page());
        QCOMPARE(model.rowCount(), 4); // decisions count as key events
    }

    void keyEventsIncludeTheFoundersGovernance() {
        const auto kinds = HistoryModel::keyEventKinds();
        const auto has = [&](EventKind k) {
            return std::ranges::find(kinds, k) != kinds.end();
        };
        for (EventKind k :
             {EventKind::ModeSet, EventKind::ScalingFrozen, EventKind::ScalingUnfrozen,
              EventKind::PolicyChanged, EventKind::OutcomeRecorded, EventKind::ChecklistItemChecked,
              EventKind::AlertFired}) {
            QVERIFY2(has(k), keyOf(k).data());
        }
        // Routine entries stay under "All kinds".
        QVERIFY(!has(EventKind::HealthSnapshotTaken));
        QVERIFY(!has(EventKind::NotificationSent));
        QVERIFY(!has(EventKind::ModeAdviceChanged));
    }

    void wordsSourceEvents() {
        const Catalog c = catalog();
        HistoryModel model(c);
        HistoryPage p;
        p.workspace = "local";
        const std::string before =
            R"({"name":"node","kind":"exposition","url":"http://10.0.0.5:9100/metrics",)"
            R"("enabled":true,"interval_s":15,"timeout_ms":5000,"tls_verify":true,)"
            R"("bindings":[{},{}]})";
        const std::string after =
            R"({"name":"node-web","kind":"exposition","url":"http://10.0.0.5:9100/metrics",)"
            R"("enabled":false,"interval_s":30,"timeout_ms":5000,"tls_verify":false,)"
            R"("bindings":[{},{}]})";
        p.events = {
            Event{1, 1, at(1), EventKind::SourceAdded, "node", R"({"config":)" + before + "}"},
            Event{2, 1, at(2), EventKind::SourceChanged, "node-web",
                  R"({"old":)" + before + R"(,"new":)" + after + R"(,"renamed_from":"node"})"},
            Event{3, 1, at(3), EventKind::SourceRemoved, "node-web", R"({"config":)" + after + "}"},
        };
        model.setPage(p);
        QCOMPARE(model.rowCount(), 3);
        const auto cell = [&](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(cell(2, HistoryModel::KindColumn), QStringLiteral("Source added"));
        QCOMPARE(cell(2, HistoryModel::SubjectColumn), QStringLiteral("node"));
        QCOMPARE(cell(2, HistoryModel::DetailColumn),
                 QStringLiteral("Added: Exporter /metrics at http://10.0.0.5:9100/metrics, every "
                                "15 s, 2 metric(s)"));
        QCOMPARE(cell(1, HistoryModel::KindColumn), QStringLiteral("Source changed"));
        QCOMPARE(cell(1, HistoryModel::DetailColumn),
                 QStringLiteral("renamed from node; disabled; interval 15 s → 30 s; ⚠ TLS "
                                "verification off"));
        QCOMPARE(cell(0, HistoryModel::KindColumn), QStringLiteral("Source removed"));
        QVERIFY(cell(0, HistoryModel::DetailColumn)
                    .startsWith(QLatin1String("Removed: Exporter /metrics at")));
        QVERIFY(cell(0, HistoryModel::DetailColumn).contains(QLatin1String("disabled")));
        // A failure as the engine records it: the source's name and the error in words.
        HistoryPage failed;
        failed.workspace = "local";
        failed.events = {Event{4, 1, at(4), EventKind::SourceFailed, "endpoint:node-web",
                               R"({"code":"network-error","error":"connection refused"})"},
                         Event{5, 1, at(5), EventKind::SourceRecovered, "host", "{}"}};
        model.setPage(failed);
        QCOMPARE(cell(1, HistoryModel::SubjectColumn), QStringLiteral("node-web"));
        QCOMPARE(cell(1, HistoryModel::DetailColumn),
                 QStringLiteral("Network error: connection refused"));
        QCOMPARE(cell(0, HistoryModel::SubjectColumn), QStringLiteral("This computer"));
        QCOMPARE(cell(0, HistoryModel::DetailColumn), QStringLiteral("Read successfully again"));
        model.setPage(p);
        // Adding, changing and removing sources are key events: the default view keeps them.
        model.setKindFilter(HistoryModel::keyEventKinds());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data(KeyRole).toString(), QStringLiteral("source_removed"));
    }
};

QTEST_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
