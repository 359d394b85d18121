// UtilisationModel and BudgetModel over hand-made evaluations: measured limits carry their
// fraction and status; unmeasured limits and providers without usage say so and never show 0.

#include "BudgetModel.h"
#include "UiRoles.h"
#include "UtilisationModel.h"
#include "support/CorePrinters.h"

#include <QTest>

using namespace headroom;
using namespace headroom::ui;

class TestCapacityModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // Fixed locale so that grouping and decimals are the same on every machine.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void utilisationRowsMeasuredThenUnmeasured() {
        Tier tier;
        tier.id = "soft_launch";
        tier.limits = {{MetricId::CpuUtilization, 0.5}, {MetricId::AiLatencyMs, 2000.0}};
        CapacityStatus capacity;
        capacity.tierId = "soft_launch";
        // 0.45 of a 0.5 limit is 90 %: critical by seed 000's thresholds.
        capacity.utilisation = {{MetricId::CpuUtilization, 0.45, 0.5, 0.9, Status::Critical}};
        capacity.unmeasured = {MetricId::AiLatencyMs};

        UtilisationModel model;
        model.setCapacity(capacity, &tier);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex bar = model.index(0, UtilisationModel::BarColumn);
        QCOMPARE(bar.data(FractionRole).toDouble(), 0.9);
        QCOMPARE(static_cast<Status>(bar.data(StatusRole).toInt()), Status::Critical);
        QCOMPARE(model.index(0, UtilisationModel::ValueColumn).data().toString(),
                 QStringLiteral("45 %"));
        QCOMPARE(model.index(0, UtilisationModel::LimitColumn).data().toString(),
                 QStringLiteral("50 %"));
        QCOMPARE(model.index(0, UtilisationModel::StatusColumn).data().toString(),
                 QStringLiteral("Critical"));

        // Not measured: no fraction (the delegate says "not measured"), the tier's limit still
        // shown.
        QVERIFY(!model.index(1, UtilisationModel::BarColumn).data(FractionRole).isValid());
        QCOMPARE(model.index(1, UtilisationModel::ValueColumn).data().toString(),
                 QStringLiteral("not measured"));
        QCOMPARE(model.index(1, UtilisationModel::LimitColumn).data().toString(),
                 QStringLiteral("2,000 ms"));
        QCOMPARE(model.index(1, 0).data(KeyRole).toString(), QStringLiteral("ai_latency_ms"));
    }

    void budgetRowsUseProviderNamesAndUnits() {
        Catalog catalog;
        catalog.aiProviders = {AiProvider{"claude", "Anthropic Claude", AiUnit::Tokens, {}},
                               AiProvider{"elevenlabs", "ElevenLabs", AiUnit::Characters, {}}};
        std::vector<AiProviderUsageStatus> usage(2);
        usage[0] = {"claude", 40000.0, 50000.0, 0.8, Status::Warning};
        usage[1] = {"elevenlabs", std::nullopt, 10000.0, std::nullopt, Status::Unknown};

        BudgetModel model;
        model.setUsage(usage, catalog);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, BudgetModel::ProviderColumn).data().toString(),
                 QStringLiteral("Anthropic Claude"));
        QCOMPARE(model.index(0, BudgetModel::BarColumn).data(FractionRole).toDouble(), 0.8);
        QCOMPARE(model.index(0, BudgetModel::UsedColumn).data().toString(),
                 QStringLiteral("40,000 tokens"));
        QCOMPARE(model.index(1, BudgetModel::ProviderColumn).data().toString(),
                 QStringLiteral("ElevenLabs"));
        QVERIFY(!model.index(1, BudgetModel::BarColumn).data(FractionRole).isValid());
        QCOMPARE(model.index(1, BudgetModel::UsedColumn).data().toString(),
                 QStringLiteral("no usage data"));
        QCOMPARE(model.index(1, BudgetModel::AllocationColumn).data().toString(),
                 QStringLiteral("10,000 characters per month"));
    }
};

QTEST_MAIN(TestCapacityModels)
#include "tst_capacitymodels.moc"
