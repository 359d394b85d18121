// Every kind of bad catalog is refused with a message naming the file, the key path and the
// problem. Each case edits one value of a default file, writes it to an override directory and
// loads that directory.

#include "catalog/CatalogLoader.h"
#include "support/CorePrinters.h"

#include <fstream>
#include <limits>

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;

namespace {

void writeText(const QString& path, const std::string& text) {
    std::ofstream out(path.toStdString(), std::ios::binary);
    out << text;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

const char* kRemove = "<remove>";

} // namespace

class TestCatalogValidation : public QObject {
    Q_OBJECT
private slots:
    void rejectsBadValues_data() {
        QTest::addColumn<QString>("file");       // default file to edit
        QTest::addColumn<QString>("pointer");    // JSON pointer of the value to set or remove
        QTest::addColumn<QString>("value");      // JSON text, or <remove>
        QTest::addColumn<QString>("reportedIn"); // file named in the error; empty = the edited one
        QTest::addColumn<QString>("key");        // key path the error must name
        QTest::addColumn<QString>("problem");    // part of the problem text

        auto row = [](const char* name, const char* file, const char* pointer, const char* value,
                      const char* key, const char* problem, const char* reportedIn = "") {
            QTest::newRow(name) << file << pointer << value << reportedIn << key << problem;
        };
        // Shape and types.
        row("negative limit", "tiers.json", "/tiers/1/limits/cpu_utilization", "-0.7",
            "tiers[1].limits.cpu_utilization", "greater than 0");
        row("fraction limit above 1", "tiers.json", "/tiers/0/limits/error_rate", "2",
            "tiers[0].limits.error_rate", "between 0 and 1");
        row("wrong type", "tiers.json", "/tiers/1/limits/cpu_utilization", "\"high\"",
            "tiers[1].limits.cpu_utilization", "expected a number, got a string");
        row("unknown metric key", "tiers.json", "/tiers/0/limits/cpu_utilisation", "0.5",
            "tiers[0].limits.cpu_utilisation", "unknown metric");
        row("missing field", "tiers.json", "/tiers/2/max_clients", kRemove, "tiers[2].max_clients",
            "missing field");
        row("unknown key", "tiers.json", "/tiers/0/colour", "\"red\"", "tiers[0].colour",
            "unknown key");
        row("array expected", "tiers.json", "/tiers/0/infrastructure", "\"Vercel\"",
            "tiers[0].infrastructure", "expected an array, got a string");
        row("fractional client count", "tiers.json", "/tiers/0/max_clients", "5.5",
            "tiers[0].max_clients", "whole number");
        // Client ranges.
        row("tier gap", "tiers.json", "/tiers/1/min_clients", "7", "tiers[1].min_clients",
            "must be 6");
        row("tier overlap", "tiers.json", "/tiers/2/min_clients", "40", "tiers[2].min_clients",
            "must be 51");
        row("tiers unsorted", "tiers.json", "/tiers/0/min_clients", "60", "tiers[0].max_clients",
            "at least min_clients");
        row("warning above critical", "tiers.json", "/tiers/1/client_warning_at", "46",
            "tiers[1].client_warning_at", "between min_clients");
        row("duplicate tier id", "tiers.json", "/tiers/1/id", "\"soft_launch\"", "tiers[1].id",
            "duplicate id");
        row("zero cadence", "tiers.json", "/tiers/2/evaluation_cadence_seconds", "0",
            "tiers[2].evaluation_cadence_seconds", "greater than 0");
        // Upgrade paths.
        row("unknown tier in upgrade path", "tiers.json", "/upgrade_paths/0/to_tier", "\"hard\"",
            "upgrade_paths[0].to_tier", "unknown tier id 'hard'");
        row("relative trigger without limit", "tiers.json", "/upgrade_paths/0/triggers/0",
            R"({"subject": "memory_utilization", "comparison": "at_least", "threshold": 0.8,
                "relative_to_tier_limit": true})",
            "upgrade_paths[0].triggers[0].subject", "has no limit for memory_utilization");
        row("upgrade cost reversed", "tiers.json", "/upgrade_paths/1/monthly_cost_min_usd", "700",
            "upgrade_paths[1].monthly_cost_max_usd", "at least monthly_cost_min_usd");
        row("strain pass rate", "tiers.json", "/upgrade_paths/1/strain_pass_rate_required", "80",
            "upgrade_paths[1].strain_pass_rate_required", "between 0 and 1");
        // Modes, guardrails, health, weights.
        row("mode overlap", "modes.json", "/modes/1/min_clients", "5", "modes[1].min_clients",
            "must be 6");
        row("weights do not sum to 1", "modes.json", "/weights/churn_risk", "0.3", "weights",
            "must sum to 1");
        row("weight zero", "modes.json", "/weights/churn_risk", "0", "weights.churn_risk",
            "greater than 0");
        row("guardrail fraction", "modes.json", "/guardrails/max_churn_risk", "1.5",
            "guardrails.max_churn_risk", "between 0 and 1");
        row("freeze above increase", "modes.json", "/guardrails/freeze_below_health", "90",
            "guardrails.freeze_below_health", "must not exceed min_health_for_increase");
        row("penalty steps unsorted", "modes.json", "/health/infra_penalties/0/steps/1/above",
            "0.9", "health.infra_penalties[0].steps[1].above", "sorted");
        row("penalty unknown metric", "modes.json", "/health/infra_penalties/1/metric",
            "\"latency\"", "health.infra_penalties[1].metric", "unknown metric 'latency'");
        row("safe capacity floor", "modes.json", "/health/safe_capacity_floor", "-0.5",
            "health.safe_capacity_floor", "between 0 and 1");
        row("section in wrong file", "modes.json", "/tiers", "[]", "tiers",
            "belongs in tiers.json");
        row("unknown section", "modes.json", "/mode", "[]", "mode", "unknown section");
        // Thresholds.
        row("headroom warning not below critical", "thresholds.json", "/headroom/warning", "0.95",
            "headroom.warning", "must be below critical");
        row("headroom critical above 1", "thresholds.json", "/headroom/critical", "1.5",
            "headroom.critical", "between 0 and 1");
        row("band reversed", "thresholds.json", "/performance/0/warning_at", "3000",
            "performance[0].warning_at", "must be below critical_at");
        row("band fraction above 1", "thresholds.json", "/performance/1/critical_at", "5",
            "performance[1].critical_at", "between 0 and 1");
        row("truth unknown metric", "thresholds.json", "/truth/required_metrics/0", "\"cpu\"",
            "truth.required_metrics[0]", "unknown metric 'cpu'");
        row("truth duplicate metric", "thresholds.json", "/truth/required_metrics/1",
            "\"cpu_utilization\"", "truth.required_metrics[1]", "duplicate metric");
        row("stale negative", "thresholds.json", "/truth/stale_after_seconds", "-5",
            "truth.stale_after_seconds", "greater than 0");
        // Retention (roll-up of snapshots).
        row("retention raw below an hour", "thresholds.json", "/retention/raw_seconds", "600",
            "retention.raw_seconds", "must be at least 3600");
        row("retention 5-minute shorter than raw", "thresholds.json", "/retention/raw_seconds",
            "8640000", "retention.five_minute_days", "at least as long as raw_seconds");
        row("retention hourly shorter than 5-minute", "thresholds.json", "/retention/hourly_days",
            "30", "retention.hourly_days",
            "must be null (forever) or at least five_minute_days (90)");
        row("retention hourly not a number", "thresholds.json", "/retention/hourly_days",
            "\"forever\"", "retention.hourly_days", "expected a number, got a string");
        row("retention fractional seconds", "thresholds.json", "/retention/raw_seconds", "3600.5",
            "retention.raw_seconds", "whole number");
        row("retention missing field", "thresholds.json", "/retention/five_minute_days", kRemove,
            "retention.five_minute_days", "missing field");
        row("retention unknown key", "thresholds.json", "/retention/daily_days", "400",
            "retention.daily_days", "unknown key");
        // Recommendations.
        row("unknown trigger subject", "recommendations.json",
            "/recommendations/0/triggers/0/subject", "\"cpu\"",
            "recommendations[0].triggers[0].subject", "unknown subject 'cpu'");
        row("unknown comparison", "recommendations.json",
            "/recommendations/0/triggers/0/comparison", "\"greater\"",
            "recommendations[0].triggers[0].comparison", "unknown value 'greater'");
        row("relative derived value", "recommendations.json",
            "/recommendations/8/triggers/0/relative_to_tier_limit", "true",
            "recommendations[8].triggers[0].relative_to_tier_limit", "derived value");
        row("relative trigger needs every tier", "recommendations.json",
            "/recommendations/2/triggers/0/relative_to_tier_limit", "true",
            "recommendations[2].triggers[0].subject",
            "tier 'soft_launch' has no limit for bandwidth_usage_mb");
        row("headroom trigger above 100", "recommendations.json",
            "/recommendations/8/triggers/0/threshold", "150",
            "recommendations[8].triggers[0].threshold", "between 0 and 100");
        row("duplicate type", "recommendations.json", "/recommendations/1/type",
            "\"enable_supabase_pooler\"", "recommendations[1].type", "duplicate type");
        row("confidence range", "recommendations.json", "/recommendations/0/confidence", "150",
            "recommendations[0].confidence", "between 0 and 100");
        row("unknown level", "recommendations.json", "/recommendations/0/impact", "\"huge\"",
            "recommendations[0].impact", "unknown value 'huge'");
        row("cost reversed", "recommendations.json", "/recommendations/1/monthly_cost_min_usd",
            "50", "recommendations[1].monthly_cost_max_usd", "at least monthly_cost_min_usd");
        row("no steps", "recommendations.json", "/recommendations/4/steps", "[]",
            "recommendations[4].steps", "at least one step");
        // AI providers.
        row("provider unknown tier", "ai_providers.json",
            "/ai_providers/0/monthly_allocation/enterprise", "10",
            "ai_providers[0].monthly_allocation.enterprise", "unknown tier id 'enterprise'");
        row("provider duplicate id", "ai_providers.json", "/ai_providers/1/id", "\"claude\"",
            "ai_providers[1].id", "duplicate id");
        row("provider unit", "ai_providers.json", "/ai_providers/0/unit", "\"words\"",
            "ai_providers[0].unit", "unknown value 'words'");
        row("negative allocation", "ai_providers.json",
            "/ai_providers/3/monthly_allocation/soft_launch", "-1",
            "ai_providers[3].monthly_allocation.soft_launch", "at least 0");
        // Costs: rates.
        row("rate unknown provider", "costs.json", "/rates/0/provider", "\"anthropic\"",
            "rates[0].provider", "unknown provider 'anthropic'");
        row("rate duplicate provider and day", "costs.json", "/rates/1/provider", "\"claude\"",
            "rates[1].effective_from",
            "duplicate rate: rates[0] already sets claude from 2025-11-23");
        row("rate negative price", "costs.json", "/rates/2/per_million_output_tokens_usd", "-30",
            "rates[2].per_million_output_tokens_usd", "must not be negative, got -30");
        row("rate bad day", "costs.json", "/rates/3/effective_from", "\"2025-02-30\"",
            "rates[3].effective_from", "expected a day as YYYY-MM-DD, got '2025-02-30'");
        row("rate price typo", "costs.json", "/rates/4/per_thousand_chars_usd", "0.3",
            "rates[4].per_thousand_chars_usd", "unknown key");
        row("rate without provider", "costs.json", "/rates/5/provider", kRemove,
            "rates[5].provider", "missing field");
        // Costs: the Cost Shield.
        row("shield zero daily limit", "costs.json", "/cost_shield/daily_limit_usd", "0",
            "cost_shield.daily_limit_usd", "greater than 0");
        row("shield negative per-client limit", "costs.json",
            "/cost_shield/per_client_daily_limit_usd", "-5",
            "cost_shield.per_client_daily_limit_usd", "greater than 0");
        row("shield threshold as percent", "costs.json", "/cost_shield/alert_threshold", "80",
            "cost_shield.alert_threshold", "greater than 0 and at most 1, got 80");
        row("shield threshold zero", "costs.json", "/cost_shield/alert_threshold", "0",
            "cost_shield.alert_threshold", "greater than 0 and at most 1");
        row("shield levels not ascending", "costs.json", "/cost_shield/budget_alert_levels/2",
            "0.7", "cost_shield.budget_alert_levels[2]", "ascending order; 0.7 follows 0.75");
        row("shield level above 1", "costs.json", "/cost_shield/budget_alert_levels/3", "1.2",
            "cost_shield.budget_alert_levels[3]", "at most 1, got 1.2");
        row("shield level zero", "costs.json", "/cost_shield/budget_alert_levels/0", "0",
            "cost_shield.budget_alert_levels[0]", "greater than 0");
        row("shield runaway ratio", "costs.json", "/cost_shield/runaway_ratio", "1",
            "cost_shield.runaway_ratio", "greater than 1");
        // Costs: infrastructure and efficiency.
        row("infra negative price", "costs.json", "/infra_prices/per_core_hour_usd", "-0.05",
            "infra_prices.per_core_hour_usd", "must not be negative");
        row("efficiency low above high", "costs.json", "/efficiency/target_utilisation_low", "0.9",
            "efficiency.target_utilisation_low", "must not exceed target_utilisation_high (0.8)");
        row("efficiency percentile as percent", "costs.json", "/efficiency/right_size_percentile",
            "95", "efficiency.right_size_percentile", "at most 1, got 95");
        row("efficiency zero lookback", "costs.json", "/efficiency/lookback_days", "0",
            "efficiency.lookback_days", "at least 1, got 0");
        row("efficiency lookback in seconds", "costs.json", "/efficiency/lookback_seconds", "600",
            "efficiency.lookback_seconds", "unknown key");
        // Costs: anomalies, projections, forecasts.
        row("anomaly window zero", "costs.json", "/anomalies/trailing_days", "0",
            "anomalies.trailing_days", "at least 1, got 0");
        row("anomaly spike ratio 1", "costs.json", "/anomalies/cost_spike_ratio", "1",
            "anomalies.cost_spike_ratio", "greater than 1");
        row("anomaly robust window negative", "costs.json", "/anomalies/robust_window_days", "-28",
            "anomalies.robust_window_days", "at least 1");
        row("anomaly history beyond window", "costs.json", "/anomalies/min_history_days", "8",
            "anomalies.min_history_days", "must not exceed trailing_days (7)");
        row("anomaly impact negative", "costs.json", "/anomalies/min_impact_usd", "-1",
            "anomalies.min_impact_usd", "must not be negative");
        row("projection interval 1", "costs.json", "/projections/interval_level", "1",
            "projections.interval_level", "between 0 and 1 (both excluded)");
        row("projection growth below -100 %", "costs.json", "/projections/fallback_monthly_growth",
            "-1", "projections.fallback_monthly_growth", "greater than -1");
        row("projection one month", "costs.json", "/projections/min_months_for_growth", "1",
            "projections.min_months_for_growth", "at least 2");
        row("forecast too few points", "costs.json", "/forecasts/min_points", "2",
            "forecasts.min_points", "at least 3, got 2");
        row("forecast zero horizon", "costs.json", "/forecasts/horizon_days", "0",
            "forecasts.horizon_days", "at least 1");
        row("forecast fractional origins", "costs.json", "/forecasts/backtest_origins", "2.5",
            "forecasts.backtest_origins", "whole number");
        row("cost section in wrong file", "ai_providers.json", "/rates", "[]", "rates",
            "belongs in costs.json");
        // A provider removed while a rate still names it.
        row("provider removed under rates", "ai_providers.json", "/ai_providers/5", kRemove,
            "rates[3].provider", "unknown provider 'openrouter'", "costs.json");
        // A reference into another file: the error names the file holding the dangling reference.
        row("tier removed under providers", "tiers.json", "/tiers/2", kRemove,
            "ai_providers[0].monthly_allocation.growth_phase", "unknown tier id 'growth_phase'",
            "ai_providers.json");
    }

    void rejectsBadValues() {
        QFETCH(QString, file);
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, reportedIn);
        QFETCH(QString, key);
        QFETCH(QString, problem);

        auto document = nlohmann::ordered_json::parse(defaultCatalogText(file.toStdString()));
        const nlohmann::ordered_json::json_pointer at(pointer.toStdString());
        if (value == kRemove) {
            auto& parent = document.at(at.parent_pointer());
            if (parent.is_array()) {
                parent.erase(std::stoul(at.back()));
            } else {
                parent.erase(at.back());
            }
        } else {
            // Written as text so that values JSON can hold but a double cannot (1e999) stay intact.
            document[at] = "__placeholder__";
        }
        std::string text = document.dump(2);
        if (value != kRemove) {
            const std::string placeholder = "\"__placeholder__\"";
            text.replace(text.find(placeholder), placeholder.size(), value.toStdString());
        }

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeText(dir.filePath(file), text);
        auto loaded = loadCatalog(dir.path().toStdString());
        QVERIFY2(!loaded.has_value(), "the catalog was accepted");
        const std::string& message = loaded.error().message;
        const std::string label =
            reportedIn.isEmpty() ? dir.filePath(file).toStdString() : reportedIn.toStdString();
        const std::string where = label + ": " + key.toStdString() + ":";
        QVERIFY2(contains(message, where),
                 qPrintable(QString::fromStdString("expected '" + where + "' in: " + message)));
        QVERIFY2(contains(message, problem.toStdString()),
                 qPrintable(QString::fromStdString("expected '" + problem.toStdString() +
                                                   "' in: " + message)));
    }

    void malformedJsonNamesFileAndByte() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The lexer fails on the 14th byte, the '}' that cannot start an array element.
        writeText(dir.filePath("tiers.json"), R"({ "tiers": [ })");
        auto loaded = loadCatalog(dir.path().toStdString());
        QVERIFY(!loaded.has_value());
        QCOMPARE(loaded.error().code, ErrorCode::ParseError);
        const std::string expected =
            dir.filePath("tiers.json").toStdString() + ": malformed JSON at byte 14";
        QVERIFY2(contains(loaded.error().message, expected), loaded.error().message.c_str());

        const QString whatIf = dir.filePath("whatif.json");
        writeText(whatIf, "{\"weights\": {\"infra_health\": 0.3,}}");
        auto single = loadCatalogFile(whatIf.toStdString());
        QVERIFY(!single.has_value());
        QVERIFY2(
            contains(single.error().message, whatIf.toStdString() + ": malformed JSON at byte 34"),
            single.error().message.c_str());
    }

    void numberTooLargeForADouble() {
        auto loaded = loadCatalogText(R"({"headroom": {"warning": 1e999}})", "huge.json");
        QVERIFY(!loaded.has_value());
        QCOMPARE(loaded.error().code, ErrorCode::ParseError);
        QVERIFY2(contains(loaded.error().message, "huge.json: malformed JSON"),
                 loaded.error().message.c_str());
        QVERIFY2(contains(loaded.error().message, "1e999"), loaded.error().message.c_str());
    }

    void topLevelMustBeAnObject() {
        auto loaded = loadCatalogText("[1, 2]", "list.json");
        QVERIFY(!loaded.has_value());
        QVERIFY(contains(loaded.error().message, "list.json: the top level must be a JSON object"));
    }

    void unknownFileInOverrideDir() {
        QTemporaryDir dir;
        writeText(dir.filePath("tier.json"), "{}");
        auto loaded = loadCatalog(dir.path().toStdString());
        QVERIFY(!loaded.has_value());
        QVERIFY2(contains(loaded.error().message,
                          dir.filePath("tier.json").toStdString() + ": not a catalog file"),
                 loaded.error().message.c_str());
    }

    void whatIfFileErrorsNameTheFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath("whatif.json");
        writeText(path, R"({"weights": {"infra_health": 0.5, "ai_cost_pressure": 0.25,
                           "warning_density": 0.25, "churn_risk": 0.2}})");
        auto loaded = loadCatalogFile(path.toStdString());
        QVERIFY(!loaded.has_value());
        QVERIFY2(contains(loaded.error().message, path.toStdString() + ": weights: must sum to 1"),
                 loaded.error().message.c_str());
    }

    // Catalogs built in code get the same rules, named by the section's default file.
    void validateCatalogOnStructs() {
        auto base = loadDefaultCatalog();
        QVERIFY(base.has_value());

        Catalog nanLimit = *base;
        nanLimit.tiers[0].limits[0].limit = std::numeric_limits<double>::quiet_NaN();
        auto r1 = validateCatalog(nanLimit);
        QVERIFY(!r1.has_value());
        QCOMPARE(r1.error().code, ErrorCode::ValidationError);
        QVERIFY2(contains(r1.error().message,
                          "tiers.json: tiers[0].limits.cpu_utilization: must be a finite number"),
                 r1.error().message.c_str());

        Catalog equalThresholds = *base;
        equalThresholds.headroom.warning = equalThresholds.headroom.critical;
        auto r2 = validateCatalog(equalThresholds);
        QVERIFY(!r2.has_value());
        QVERIFY2(contains(r2.error().message,
                          "thresholds.json: headroom.warning: must be below critical"),
                 r2.error().message.c_str());

        // Two problems in two files are both reported.
        Catalog two = *base;
        two.modes[2].minClients = 17;
        two.aiProviders[0].monthlyAllocationByTier["enterprise"] = 1;
        auto r3 = validateCatalog(two);
        QVERIFY(!r3.has_value());
        QVERIFY(contains(r3.error().message, "modes.json: modes[2].min_clients: must be 16"));
        QVERIFY(contains(r3.error().message,
                         "ai_providers.json: ai_providers[0].monthly_allocation.enterprise"));
    }

    // Every problem of the cost settings is listed at once, each naming costs.json and its key.
    void everyCostProblemAtOnce() {
        auto base = loadDefaultCatalog();
        QVERIFY(base.has_value());
        Catalog c = *base;
        c.costs.rates[0].perRequest = MicroUsd{-1};
        c.costs.rates.push_back(c.costs.rates[2]); // openai again, same day
        c.costs.rates.push_back(
            ProviderRate{"mistral", c.costs.rates[0].effectiveFrom, {}, {}, {}, {}});
        c.costs.shield.budgetAlertLevels = {0.9, 0.5};
        c.costs.efficiency.targetUtilisationLow = 0.9;
        c.costs.efficiency.targetUtilisationHigh = 0.6;
        c.costs.forecast.intervalLevel = std::numeric_limits<double>::quiet_NaN();
        auto result = validateCatalog(c);
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code, ErrorCode::ValidationError);
        const std::string& m = result.error().message;
        const char* expected[] = {
            "costs.json: rates[0].per_request_usd: must not be negative, got -1e-06",
            "costs.json: rates[6].effective_from: duplicate rate: rates[2] already sets openai "
            "from 2025-11-23",
            "costs.json: rates[7].provider: unknown provider 'mistral' (not in ai_providers)",
            "costs.json: cost_shield.budget_alert_levels[1]: levels must be in ascending order; "
            "0.5 follows 0.9",
            "costs.json: efficiency.target_utilisation_low: must not exceed "
            "target_utilisation_high (0.6), got 0.9",
            "costs.json: forecasts.interval_level: must be between 0 and 1 (both excluded), got "
            "nan",
        };
        for (const char* line : expected) {
            QVERIFY2(
                contains(m, line),
                qPrintable(QString("expected '%1' in:\n%2").arg(line, QString::fromStdString(m))));
        }
        QCOMPARE(std::count(m.begin(), m.end(), '\n'), std::ptrdiff_t{5}); // six lines
    }
};

QTEST_GUILESS_MAIN(TestCatalogValidation)
#include "tst_catalog_validation.moc"
