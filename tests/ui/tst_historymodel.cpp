// HistoryModel over a hand-made page: decisions and events merged newest first, the store's
// DecisionRecorded events folded into the decisions, and the kind filter.

#include "HistoryModel.h"
#include "support/CorePrinters.h"

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
};

QTEST_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
