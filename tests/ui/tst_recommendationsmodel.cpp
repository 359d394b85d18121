// RecommendationsModel over hand-made recommendations: the state filter, read-only flags, titles
// from the catalog (with the type key as the fallback) and row lookup.

#include "RecommendationsModel.h"
#include "UiRoles.h"
#include "support/CorePrinters.h"

#include <QTest>

using namespace headroom;
using namespace headroom::ui;

class TestRecommendationsModel : public QObject {
    Q_OBJECT

private:
    static Catalog catalog() {
        Catalog c;
        RecommendationTemplate t;
        t.type = "enable_supabase_pooler";
        t.title = "Enable the connection pooler";
        t.impact = Level::High;
        t.risk = Level::Low;
        t.effort = Level::Medium;
        t.confidence = 85;
        c.recommendations.push_back(t);
        return c;
    }

    static StoredRecommendation rec(RowId id, RecommendationState state,
                                    std::string type = "enable_supabase_pooler") {
        StoredRecommendation r;
        r.id = id;
        r.workspaceId = 1;
        r.type = std::move(type);
        r.state = state;
        r.severity = Status::Warning;
        r.firstSeen = Timestamp{std::chrono::seconds{1'700'000'000}};
        r.lastSeen = r.firstSeen + std::chrono::hours{2};
        return r;
    }

    static std::vector<StoredRecommendation> sample() {
        return {rec(1, RecommendationState::Open),
                rec(2, RecommendationState::Accepted),
                rec(3, RecommendationState::Deferred),
                rec(4, RecommendationState::Rejected),
                rec(5, RecommendationState::Resolved),
                rec(6, RecommendationState::Open, "unknown_type")};
    }

private slots:
    void defaultFilterShowsOnlyDecidable() {
        const Catalog c = catalog();
        RecommendationsModel model(c);
        model.setRecommendations(sample());
        // Open (1, 6) and deferred (3) can still be decided.
        QCOMPARE(model.filter(), StateFilter::Actionable);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.recommendationAt(0)->id, RowId{1});
        QCOMPARE(model.recommendationAt(1)->id, RowId{3});
        QCOMPARE(model.recommendationAt(2)->id, RowId{6});
        QVERIFY(model.recommendationAt(3) == nullptr);
        QVERIFY(model.recommendationAt(-1) == nullptr);
    }

    void allFilterShowsEveryState() {
        const Catalog c = catalog();
        RecommendationsModel model(c);
        model.setRecommendations(sample());
        model.setFilter(StateFilter::All);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.rowOf(5), 4);
        model.setFilter(StateFilter::Actionable);
        QCOMPARE(model.rowOf(5), -1);
        QCOMPARE(model.rowOf(6), 2);
    }

    void cellsAreReadOnly() {
        const Catalog c = catalog();
        RecommendationsModel model(c);
        model.setRecommendations(sample());
        const Qt::ItemFlags flags = model.flags(model.index(0, RecommendationsModel::TitleColumn));
        QVERIFY(flags.testFlag(Qt::ItemIsSelectable));
        QVERIFY(flags.testFlag(Qt::ItemIsEnabled));
        QVERIFY(!flags.testFlag(Qt::ItemIsEditable));
        QCOMPARE(model.flags(QModelIndex()), Qt::ItemFlags(Qt::NoItemFlags));
        QCOMPARE(model.columnCount(), int(RecommendationsModel::ColumnCount));
    }

    void wordsFromCatalog_data() {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");
        QTest::newRow("title") << int(RecommendationsModel::TitleColumn)
                               << "Enable the connection pooler";
        QTest::newRow("state") << int(RecommendationsModel::StateColumn) << "Open";
        QTest::newRow("severity") << int(RecommendationsModel::SeverityColumn) << "Warning";
        QTest::newRow("impact") << int(RecommendationsModel::ImpactColumn) << "High";
        QTest::newRow("risk") << int(RecommendationsModel::RiskColumn) << "Low";
        QTest::newRow("effort") << int(RecommendationsModel::EffortColumn) << "Medium";
        QTest::newRow("confidence") << int(RecommendationsModel::ConfidenceColumn) << "85 %";
    }

    void wordsFromCatalog() {
        QFETCH(int, column);
        QFETCH(QString, expected);
        const Catalog c = catalog();
        RecommendationsModel model(c);
        model.setRecommendations(sample());
        QCOMPARE(model.index(0, column).data().toString(), expected);
    }

    void unknownTypeFallsBackToItsKey() {
        const Catalog c = catalog();
        RecommendationsModel model(c);
        model.setRecommendations(sample());
        QCOMPARE(model.index(2, RecommendationsModel::TitleColumn).data().toString(),
                 QStringLiteral("unknown_type"));
        QCOMPARE(model.index(2, RecommendationsModel::ImpactColumn).data().toString(),
                 QStringLiteral("—"));
        QCOMPARE(model.index(2, 0).data(KeyRole).toLongLong(), 6LL);
    }

    void resetKeepsFilter() {
        const Catalog c = catalog();
        RecommendationsModel model(c);
        model.setFilter(StateFilter::All);
        model.setRecommendations({rec(9, RecommendationState::Accepted)});
        QCOMPARE(model.rowCount(), 1);
        model.setFilter(StateFilter::Actionable);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestRecommendationsModel)
#include "tst_recommendationsmodel.moc"
