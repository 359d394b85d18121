// The AI Capacity tab on a real Engine with the demo workspace: its figures are the ones
// `headroom costs --json` prints for the same period (the "must show"), the period
// picker asks for a new report, the Overview lists the nearest limits, and the budgets and rates
// dialog refuses an invalid catalog.

#include "AiCapacityTab.h"
#include "BudgetModel.h"
#include "CostCharts.h"
#include "CostSettingsDialog.h"
#include "CostTableModels.h"
#include "EngineBridge.h"
#include "MainWindow.h"
#include "OverviewTab.h"
#include "UiRoles.h"
#include "catalog/CatalogLoader.h"
#include "cli/Commands.h"

#include <memory>
#include <sstream>

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using namespace headroom::ui;
using nlohmann::json;

namespace {

double valueAt(const QAbstractItemModel* model, int row, int column) {
    return model->index(row, column).data(ValueRole).toDouble();
}

} // namespace

class TestAiCapacity : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto catalog = loadDefaultCatalog();
        QVERIFY2(catalog.has_value(), catalog ? "" : catalog.error().message.c_str());
        m_catalog = *catalog;
        EngineOptions options;
        options.databasePath = dbPath().toStdString();
        options.catalog = *catalog;
        options.clock = systemClock();
        options.pollInterval = std::chrono::hours{1};
        m_engine =
            std::make_unique<Engine>(std::move(options), std::vector<std::unique_ptr<Source>>{});
        ConsoleOptions console;
        console.initialWorkspace = QStringLiteral("demo");
        console.settingsPath = m_dir.path() + QStringLiteral("/console.ini");
        m_window = std::make_unique<MainWindow>(*m_engine, console);
        auto started = m_engine->start();
        QVERIFY2(started.has_value(), started ? "" : started.error().message.c_str());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->aiCapacityTab()->report().has_value(), 20000);
    }

    void cleanupTestCase() {
        m_window.reset();
        m_engine.reset();
    }

    void figuresMatchTheCommandLine() {
        AiCapacityTab* tab = m_window->aiCapacityTab();
        const CostReport& report = *tab->report();
        QVERIFY(report.demo);
        QVERIFY(report.ledgerSpan.has_value());
        const json cli = runCosts(report.range);

        // Cost Shield cards.
        const Wording wording;
        QCOMPARE(tab->todayLabel()->text(),
                 wording.money(MicroUsd::fromDollars(cli.at("spent_today_usd").get<double>())));
        QCOMPARE(tab->monthLabel()->text(), wording.money(MicroUsd::fromDollars(
                                                cli.at("spent_this_month_usd").get<double>())));

        // Provider budgets: units and cost this month, row by row.
        const json& providers = cli.at("providers");
        QCOMPARE(tab->model()->rowCount(), int(providers.size()));
        for (int row = 0; row < tab->model()->rowCount(); ++row) {
            const json& p = providers.at(std::size_t(row));
            QCOMPARE(tab->model()->index(row, 0).data(KeyRole).toString().toStdString(),
                     p.at("provider").get<std::string>());
            if (!p.at("used_this_month").is_null()) {
                QCOMPARE(valueAt(tab->model(), row, BudgetModel::UsedColumn),
                         p.at("used_this_month").get<double>());
                QCOMPARE(valueAt(tab->model(), row, BudgetModel::CostColumn),
                         p.at("cost_this_month_usd").get<double>());
            }
        }

        // The projection card and its interval (the chart draws it as a band).
        const json& month = cli.at("projection").at("horizons").at(0);
        QCOMPARE(tab->projectionLabel()->text(),
                 wording.money(MicroUsd::fromDollars(month.at("expected_usd").get<double>())));
        QCOMPARE(tab->projectionChart()->hasInterval(),
                 cli.at("projection").at("interval_known").get<bool>());

        // Breakdown by provider.
        const json& byProvider = cli.at("period").at("by_provider");
        QCOMPARE(tab->providerModel()->rowCount(), int(byProvider.size()));
        for (int row = 0; row < tab->providerModel()->rowCount(); ++row) {
            QCOMPARE(valueAt(tab->providerModel(), row, CostShareModel::CostColumn),
                     byProvider.at(std::size_t(row)).at("usd").get<double>());
        }

        // Anomalies: the same list in the same order.
        const json& anomalies = cli.at("anomalies");
        QVERIFY2(!anomalies.empty(), "the demo's incidents should show as anomalies");
        QCOMPARE(tab->anomalyModel()->rowCount(), int(anomalies.size()));
        for (int row = 0; row < tab->anomalyModel()->rowCount(); ++row) {
            QCOMPARE(valueAt(tab->anomalyModel(), row, AnomalyModel::ActualColumn),
                     anomalies.at(std::size_t(row)).at("actual").get<double>());
            QCOMPARE(valueAt(tab->anomalyModel(), row, AnomalyModel::ImpactColumn),
                     anomalies.at(std::size_t(row)).at("impact").get<double>());
        }

        // Infrastructure (seed 003): the same hourly cost.
        const json& infra = cli.at("infrastructure");
        QVERIFY2(!infra.at("hourly_usd").is_null(), "the demo reports its provisioned size");
        QVERIFY2(tab->infrastructureLabel()->text().contains(
                     wording.money(MicroUsd::fromDollars(infra.at("hourly_usd").get<double>()))),
                 qPrintable(tab->infrastructureLabel()->text()));

        // Limit forecasts: same limits, same days.
        const json& limits = cli.at("limit_forecasts");
        QCOMPARE(tab->forecastModel()->rowCount(), int(limits.size()));
        for (int row = 0; row < tab->forecastModel()->rowCount(); ++row) {
            const json& f = limits.at(std::size_t(row));
            QCOMPARE(tab->forecastModel()
                         ->index(row, LimitForecastModel::LimitColumn)
                         .data(KeyRole)
                         .toString()
                         .toStdString(),
                     f.at("limit").get<std::string>() + "/" + f.at("scope").get<std::string>());
            const QVariant days =
                tab->forecastModel()->index(row, LimitForecastModel::OutcomeColumn).data(ValueRole);
            QCOMPARE(days.isValid(), !f.at("days_until").is_null());
            if (days.isValid()) {
                QCOMPARE(days.toInt(), f.at("days_until").get<int>());
            }
        }
    }

    void overviewListsTheNearestLimits() {
        QLabel* label = m_window->overviewTab()->nearestLimitsLabel();
        QTRY_VERIFY_WITH_TIMEOUT(!label->text().contains(QStringLiteral("Forecasting")), 10000);
        const CostReport& report = *m_window->aiCapacityTab()->report();
        const auto dated = std::ranges::find_if(report.limits, [](const LimitForecastView& f) {
            return f.status == ForecastStatus::WithinHorizon ||
                   f.status == ForecastStatus::AlreadyReached;
        });
        QVERIFY2(dated != report.limits.end(), "the demo should have a dated limit");
        const CostWording words(Wording(), m_catalog);
        QVERIFY2(label->text().contains(words.limitName(*dated).toHtmlEscaped()),
                 qPrintable(label->text()));
    }

    void choosingAPeriodAsksForItsReport() {
        AiCapacityTab* tab = m_window->aiCapacityTab();
        QSignalSpy reports(m_window->bridge(), &EngineBridge::costReportReady);
        auto* period = tab->findChild<QComboBox*>(QStringLiteral("costPeriod"));
        QVERIFY(period);
        period->setCurrentIndex(period->findText(QStringLiteral("Last 90 days")));
        QTRY_VERIFY_WITH_TIMEOUT(reports.count() >= 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(tab->report()->range.length(), 90, 15000);
        const json cli = runCosts(tab->report()->range);
        QCOMPARE(tab->report()->period.total.dollars(),
                 cli.at("period").at("total_usd").get<double>());
        period->setCurrentIndex(0);
    }

    void importThroughTheEngine() {
        // A bad export reaches the console as an error naming its line; a good one as a summary,
        // and the live workspace's report then holds its cost.
        QSignalSpy errors(m_window->bridge(), &EngineBridge::errorOccurred);
        QSignalSpy imported(m_window->bridge(), &EngineBridge::ledgerImported);
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        const QString good = m_dir.filePath(QStringLiteral("good.csv"));
        writeFile(bad, "date,service,cost_usd\n2026-03-02,supabase,-1\n");
        writeFile(good, "date,service,category,cost_usd\n2026-03-02,supabase,database,45.67\n");
        const RequestId badId = m_engine->importLedger("local", bad.toStdString());
        QTRY_VERIFY_WITH_TIMEOUT(errors.count() >= 1, 10000);
        QCOMPARE(errors.last().at(0).toULongLong(), badId);
        const auto error = errors.last().at(1).value<Error>();
        QCOMPARE(error.code, ErrorCode::ParseError);
        QVERIFY2(error.message.find("line 2") != std::string::npos, error.message.c_str());
        m_engine->importLedger("local", good.toStdString());
        QTRY_VERIFY_WITH_TIMEOUT(imported.count() == 1, 10000);
        QCOMPARE(imported.last().at(1).value<LedgerImportSummary>().serviceRows, std::size_t(1));
        QSignalSpy reports(m_window->bridge(), &EngineBridge::costReportReady);
        const RequestId id = m_engine->requestCosts(
            "local", {parseDay("2026-03-01").value(), parseDay("2026-03-31").value()});
        QTRY_VERIFY_WITH_TIMEOUT(reports.count() >= 1, 10000);
        const auto it = std::ranges::find_if(
            reports, [id](const QList<QVariant>& args) { return args.at(0).toULongLong() == id; });
        QVERIFY(it != reports.end());
        QCOMPARE(it->at(1).value<CostReport>().period.services, MicroUsd::fromDollars(45.67));
    }

    void oneDayChartShowsItsPoint() {
        // "This month" on the 1st: one day of spend. A one-point line draws nothing by itself and
        // a range from the day to the same day has no width, so the point is marked and the axis
        // spans the day's neighbours; the daily limit spans the same range.
        DailySpendChart chart;
        const Day day = parseDay("2026-12-01").value();
        chart.setDaily({DailyCost{day, MicroUsd::fromDollars(38.88)}}, MicroUsd::fromDollars(50));
        QCOMPARE(chart.segmentCount(), 1);
        auto* view = chart.findChild<QChartView*>();
        QVERIFY(view);
        auto* x = qobject_cast<QDateTimeAxis*>(view->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(x);
        QVERIFY(x->min() < x->max());
        QVERIFY(x->min() < Wording::toDateTime(Timestamp{day} + std::chrono::hours{12}));
        QVERIFY(x->max() > Wording::toDateTime(Timestamp{day} + std::chrono::hours{12}));
        int spend = 0;
        int limit = 0;
        for (QAbstractSeries* series : view->chart()->series()) {
            auto* line = qobject_cast<QLineSeries*>(series);
            QVERIFY(line);
            if (line->name() == QStringLiteral("Daily limit")) {
                ++limit;
                QCOMPARE(line->count(), 2);
                QVERIFY(line->at(0).x() < line->at(1).x());
                QCOMPARE(line->at(0).y(), 50.0);
            } else {
                ++spend;
                QCOMPARE(line->count(), 1);
                QVERIFY(line->pointsVisible());
                QCOMPARE(line->at(0).y(), 38.88);
            }
        }
        QCOMPARE(spend, 1);
        QCOMPARE(limit, 1);
    }

    void tablesAreAsTallAsTheirRows() {
        // The tab scrolls as a whole: its tables show every row without a scroll bar of their own.
        AiCapacityTab* tab = m_window->aiCapacityTab();
        for (const char* name : {"budgetView", "limitForecastView", "anomalyView"}) {
            auto* view = tab->findChild<QTableView*>(QLatin1String(name));
            QVERIFY2(view, name);
            QCOMPARE(view->verticalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
            QCOMPARE(view->minimumHeight(), view->maximumHeight()); // fixed, from its rows
            int rows = view->horizontalHeader()->sizeHint().height() + 2 * view->frameWidth();
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                rows += view->rowHeight(row);
            }
            QVERIFY2(view->height() >= rows, name);
        }
    }

    void budgetsDialogRefusesAnInvalidCatalog() {
        CostSettingsDialog dialog(m_catalog);
        QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog.problems().isEmpty());
        dialog.levelsEdit()->setText(QStringLiteral("50, 40"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(dialog.problems().join(QLatin1Char(' ')).contains(QStringLiteral("ascending")),
                 qPrintable(dialog.problems().join(QLatin1Char('\n'))));
        dialog.levelsEdit()->setText(QStringLiteral("50, 75, 90, 100"));
        QVERIFY(ok->isEnabled());
        // A rate whose day is not a date is named.
        QTableWidget* rates = dialog.ratesTable();
        QVERIFY(rates->rowCount() > 0);
        rates->item(0, 1)->setText(QStringLiteral("yesterday"));
        QVERIFY(!ok->isEnabled());
        rates->item(0, 1)->setText(QStringLiteral("2025-11-23"));
        QVERIFY(ok->isEnabled());
        dialog.dailyLimitEdit()->setValue(75.5);
        QCOMPARE(dialog.editedCatalog().costs.shield.dailyLimit, MicroUsd::fromDollars(75.5));
        QCOMPARE(dialog.editedCatalog().costs.rates, m_catalog.costs.rates);
    }

    void budgetsDialogShowsProviderNamesAndKeepsIds() {
        CostSettingsDialog dialog(m_catalog);
        QTableWidget* rates = dialog.ratesTable();
        QVERIFY(rates->rowCount() > 0);
        const std::string firstId = m_catalog.costs.rates.front().providerId;
        const AiProvider* first = m_catalog.findProvider(firstId);
        QVERIFY(first);
        QCOMPARE(rates->item(0, 0)->text(), QString::fromStdString(first->name));
        QCOMPARE(rates->item(0, 0)->data(Qt::UserRole).toString(), QString::fromStdString(firstId));
        // Choosing another provider in the row's combo box stores that provider's id.
        auto* combo = qobject_cast<QComboBox*>(rates->cellWidget(0, 0));
        QVERIFY(combo);
        const auto other = std::ranges::find_if(
            m_catalog.aiProviders, [&](const AiProvider& p) { return p.id != firstId; });
        QVERIFY(other != m_catalog.aiProviders.end());
        combo->setCurrentIndex(combo->findData(QString::fromStdString(other->id)));
        QCOMPARE(rates->item(0, 0)->text(), QString::fromStdString(other->name));
        QCOMPARE(dialog.editedCatalog().costs.rates.front().providerId, other->id);
        // The money fields write "$" where the console's amounts do.
        const QString zero = Wording().money(MicroUsd{0});
        QVERIFY(zero.startsWith(dialog.dailyLimitEdit()->prefix()));
        QVERIFY(zero.endsWith(dialog.dailyLimitEdit()->suffix()));
        QVERIFY(!(dialog.dailyLimitEdit()->prefix() + dialog.dailyLimitEdit()->suffix()).isEmpty());
    }

private:
    static void writeFile(const QString& path, const char* text) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

    QString dbPath() const { return m_dir.path() + QStringLiteral("/headroom.db"); }

    json runCosts(DayRange range) {
        std::ostringstream out;
        std::ostringstream err;
        const int code = cli::runCommandLine(
            {"costs", "--db", dbPath().toStdString(), "--workspace", "demo", "--from",
             formatDay(range.from), "--to", formatDay(range.to), "--json"},
            out, err);
        if (code != 0) {
            qFatal("headroom costs failed: %s", err.str().c_str());
        }
        return json::parse(out.str());
    }

    QTemporaryDir m_dir;
    Catalog m_catalog;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestAiCapacity)
#include "tst_aicapacity.moc"
