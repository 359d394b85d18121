// The limit forecasts of the cost report: for each tier, mode and Cost Shield limit with a daily
// history behind it, when the trend reaches it (core/forecast/LimitForecast.h), nearest first.
#include "AiBudget.h" // unitsOf
#include "CostReportBuild.h"

#include <algorithm>

namespace headroom::costreport {
namespace {

// The daily sum over the trailing month window ending on each day, for a monthly limit. A day
// whose window has fewer than three quarters of its days with data gets no point: a sum over a
// half-empty window would read as a drop.
std::vector<DailyReading> trailingMonthSums(const std::vector<std::optional<double>>& values,
                                            Day from) {
    constexpr std::size_t kWindow = 30;
    constexpr std::size_t kMinPresent = 23;
    std::vector<DailyReading> out;
    double sum = 0.0;
    std::size_t present = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i]) {
            sum += *values[i];
            ++present;
        }
        if (i >= kWindow && values[i - kWindow]) {
            sum -= *values[i - kWindow];
            --present;
        }
        if (i + 1 >= kWindow && present >= kMinPresent) {
            out.push_back(DailyReading{from + std::chrono::days{i}, sum});
        }
    }
    return out;
}

std::vector<DailyReading> present(const std::vector<std::optional<double>>& values, Day from) {
    std::vector<DailyReading> out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i]) {
            out.push_back(DailyReading{from + std::chrono::days{i}, *values[i]});
        }
    }
    return out;
}

std::vector<std::optional<double>> dollars(const DailyCosts& daily) {
    std::vector<std::optional<double>> out;
    out.reserve(daily.values.size());
    for (const auto& v : daily.values) {
        out.push_back(v ? std::optional(v->dollars()) : std::nullopt);
    }
    return out;
}

// A provider's daily usage in its catalog unit (tokens, characters or requests).
std::vector<std::optional<double>> unitsPerDay(const DailyUnits& units, AiUnit unit) {
    std::vector<std::optional<double>> out;
    out.reserve(units.values.size());
    for (const auto& u : units.values) {
        out.push_back(u ? std::optional(double(unitsOf(*u, unit))) : std::nullopt);
    }
    return out;
}

const std::vector<DailyReading>* historyOf(const CostReportInputs& in, MetricId metric) {
    for (const MetricHistory& h : in.metrics) {
        if (h.metric == metric) {
            return &h.days;
        }
    }
    return nullptr;
}

int rank(ForecastStatus status) {
    switch (status) {
    case ForecastStatus::AlreadyReached:
        return 0;
    case ForecastStatus::WithinHorizon:
        return 1;
    case ForecastStatus::BeyondHorizon:
        return 2;
    case ForecastStatus::NotRising:
        return 3;
    case ForecastStatus::NoSkill:
        return 4;
    case ForecastStatus::TooLittleData:
        return 5;
    }
    return 6;
}

} // namespace

ForecastBacktest backtestView(const std::optional<BacktestResult>& result) {
    ForecastBacktest view;
    if (result) {
        view.folds = result->foldsRun;
        view.mape = result->mape;
        view.coverage = result->coverage;
        view.skill = result->skill;
    }
    return view;
}

Result<std::vector<LimitForecastView>>
limitForecasts(const CostReportInputs& in, const LedgerIndex& index, const Catalog& catalog) {
    const Day today = in.range.to;
    const ForecastSettings& settings = catalog.costs.forecast;
    std::vector<LimitForecastView> out;
    std::optional<Error> failure;
    auto add = [&](LimitKind kind, std::string scope, double limit,
                   std::span<const DailyReading> series) {
        if (failure || limit <= 0.0) {
            return; // a limit of 0 is "not set"
        }
        // Only what was known on the report's day: a past period's report does not change.
        const auto end =
            std::ranges::find_if(series, [&](const DailyReading& r) { return r.day > today; });
        const std::span<const DailyReading> known(series.begin(), end);
        auto forecast = forecastLimit(known, limit, today, settings);
        if (!forecast) {
            failure = forecast.error();
            return;
        }
        LimitForecastView view;
        view.kind = kind;
        view.scope = std::move(scope);
        view.current = known.empty() ? std::nullopt : std::optional(known.back().value);
        view.limit = limit;
        view.status = forecast->status;
        if (forecast->status != ForecastStatus::TooLittleData &&
            forecast->status != ForecastStatus::AlreadyReached) {
            view.method = forecast->method;
        }
        view.reachDay = forecast->reachDay;
        view.daysUntil = forecast->daysFromToday;
        view.plusMinusDays = forecast->plusMinusDays;
        view.points = forecast->points;
        view.pointsNeeded = forecast->pointsNeeded;
        view.backtest = backtestView(forecast->backtest);
        out.push_back(std::move(view));
    };

    const Tier* tier = catalog.findTier(in.tierId);
    const Mode* mode = catalog.findMode(in.modeId);
    if (const auto* clients = historyOf(in, MetricId::ActiveClients)) {
        if (tier != nullptr) {
            add(LimitKind::TierClients, tier->id, tier->maxClients, *clients);
        }
        if (mode != nullptr) {
            add(LimitKind::ModeClients, mode->id, mode->maxClients, *clients);
        }
    }
    if (tier != nullptr) {
        for (auto [kind, metric] : {std::pair{LimitKind::StorageGb, MetricId::StorageUsageGb},
                                    std::pair{LimitKind::QueueDepth, MetricId::QueueDepth}}) {
            const auto* history = historyOf(in, metric);
            const auto limit = tier->limitFor(metric);
            if (history != nullptr && limit) {
                add(kind, tier->id, *limit, *history);
            }
        }
    }

    const auto span = index.daysSpanned();
    if (span && span->from <= today) {
        const DayRange history{span->from, today};
        // Daily AI tokens from the ledger; from the snapshots when the ledger has none.
        if (tier != nullptr) {
            if (const auto limit = tier->limitFor(MetricId::AiTokensPerDay)) {
                std::vector<std::optional<double>> total(std::size_t(history.length()));
                for (const AiProvider& provider : catalog.aiProviders) {
                    if (provider.unit != AiUnit::Tokens) {
                        continue;
                    }
                    const auto units =
                        unitsPerDay(index.dailyUnits(provider.id, history), AiUnit::Tokens);
                    for (std::size_t i = 0; i < units.size() && i < total.size(); ++i) {
                        if (units[i]) {
                            total[i] = total[i].value_or(0.0) + *units[i];
                        }
                    }
                }
                add(LimitKind::AiTokensPerDay, tier->id, *limit, present(total, history.from));
            }
            for (const AiProvider& provider : catalog.aiProviders) {
                const auto allocation = provider.monthlyAllocationByTier.find(tier->id);
                if (allocation != provider.monthlyAllocationByTier.end()) {
                    add(LimitKind::MonthlyTokens, provider.id, allocation->second,
                        trailingMonthSums(
                            unitsPerDay(index.dailyUnits(provider.id, history), provider.unit),
                            history.from));
                }
            }
        }
        DailyFilter aiOnly;
        aiOnly.scope = CostScope::Ai; // the Cost Shield's limits are on AI spend
        const auto spend = dollars(index.daily(history, aiOnly));
        add(LimitKind::DailySpend, {}, catalog.costs.shield.dailyLimit.dollars(),
            present(spend, history.from));
        add(LimitKind::MonthlySpend, {}, catalog.costs.shield.monthlyLimit.dollars(),
            trailingMonthSums(spend, history.from));
    } else if (tier != nullptr) {
        const auto* tokensPerDay = historyOf(in, MetricId::AiTokensPerDay);
        const auto limit = tier->limitFor(MetricId::AiTokensPerDay);
        if (tokensPerDay != nullptr && limit) {
            add(LimitKind::AiTokensPerDay, tier->id, *limit, *tokensPerDay);
        }
    }
    if (failure) {
        return std::unexpected(*failure);
    }
    std::ranges::stable_sort(out, [](const LimitForecastView& a, const LimitForecastView& b) {
        if (rank(a.status) != rank(b.status)) {
            return rank(a.status) < rank(b.status);
        }
        return a.daysUntil.value_or(0) < b.daysUntil.value_or(0);
    });
    return out;
}

} // namespace headroom::costreport
