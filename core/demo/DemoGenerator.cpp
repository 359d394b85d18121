#include "demo/DemoGenerator.h"

#include "DemoRandom.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace headroom {
namespace {

using demo_detail::Random;

// Incidents, placed as a share of the history so shorter demos keep them.
struct Incident {
    double at;    // share of the history where it starts
    double hours; // how long it lasts
};
constexpr Incident kErrorSpike{0.335, 5};
constexpr Incident kLatencyEpisode{0.58, 8};
constexpr Incident kQueueBacklog{0.78, 6};

// Sized to the default catalog's monthly allowances (seed 000's 180 000 tokens at 28 clients):
// a full month at 45 clients stays near 60 % of the hard-launch tier's 500 000 tokens, so the
// seed's "token usage > 50 000" budget advice opens mid-month and clears when the month resets.
constexpr double kTokensPerClientPerDay = 220;
constexpr double kDemoCpuCores = 8;
constexpr double kDemoMemoryGb = 32;
constexpr double kCharactersPerClientPerDay = 25; // ElevenLabs voice-overs
constexpr double kAiUsdPerClientPerDay = 0.55;    // what the providers bill, all models together

struct ProviderShare {
    const char* id;
    double share; // of AI tokens; ElevenLabs counts characters instead
};
constexpr std::array<ProviderShare, 4> kTokenProviders{{
    {"claude", 0.55},
    {"openai", 0.20},
    {"gemini", 0.20},
    {"perplexity", 0.05},
}};

// Business-hours activity: low at night, a peak in the early afternoon (UTC), quieter weekends.
double activity(Timestamp t) {
    const auto day = std::chrono::floor<std::chrono::days>(t);
    const double hour = std::chrono::duration<double, std::ratio<3600>>(t - day).count();
    const double peak = std::exp(-((hour - 14.0) * (hour - 14.0)) / (2.0 * 4.0 * 4.0));
    const unsigned weekday = std::chrono::weekday{day}.c_encoding(); // 0 = Sunday
    const double weekend = (weekday == 0 || weekday == 6) ? 0.6 : 1.0;
    return (0.3 + 0.7 * peak) * weekend;
}

double monthStartShare(Timestamp t) {
    // Days since the first of the month, for the month-to-date counters of the first snapshot.
    const auto day = std::chrono::floor<std::chrono::days>(t);
    const std::chrono::year_month_day ymd{day};
    const auto first = std::chrono::sys_days{ymd.year() / ymd.month() / 1};
    return std::chrono::duration<double, std::ratio<86400>>(t - first).count();
}

bool sameMonth(Timestamp a, Timestamp b) {
    const std::chrono::year_month_day x{std::chrono::floor<std::chrono::days>(a)};
    const std::chrono::year_month_day y{std::chrono::floor<std::chrono::days>(b)};
    return x.year() == y.year() && x.month() == y.month();
}

// 0 outside the incident, otherwise its intensity 0..1 (rises, holds, eases off).
double incidentLevel(const Incident& incident, double hour, double totalHours) {
    const double start = std::floor(incident.at * totalHours);
    const double into = hour - start;
    if (into < 0.0 || into >= incident.hours) {
        return 0.0;
    }
    const double edge = std::min(into + 1.0, incident.hours - into);
    return std::min(1.0, edge / 2.0);
}

class Writer {
public:
    Writer(Snapshot& snapshot)
        : m_snapshot(snapshot) {}
    void put(MetricId metric, double value) {
        const MetricInfo& info = metricInfo(metric);
        value = std::clamp(value, info.minimum, info.maximum);
        if (info.integral) {
            value = std::round(value);
        }
        // Values are clamped to the metric's range above, so set() cannot refuse them.
        (void)m_snapshot.set(metric,
                             MetricSample{value, m_snapshot.takenAt(), std::string(kDemoSource)});
    }
    void usage(const char* provider, double used) {
        (void)m_snapshot.setAiUsage(ProviderUsage{provider, std::max(0.0, std::round(used)),
                                                  m_snapshot.takenAt(), std::string(kDemoSource)});
    }

private:
    Snapshot& m_snapshot;
};

} // namespace

DemoIncidentWindow demoErrorSpike(const DemoOptions& options) {
    const auto count = options.interval.count() > 0
                           ? std::int64_t{options.days} * 86400 / options.interval.count()
                           : 0;
    const double stepHours = static_cast<double>(options.interval.count()) / 3600.0;
    const double totalHours = static_cast<double>(count) * stepHours;
    const double startHour = std::floor(kErrorSpike.at * totalHours);
    const auto at = [&](double hour) {
        return options.start + std::chrono::seconds(static_cast<std::int64_t>(hour * 3600.0));
    };
    return {at(startHour), at(startHour + kErrorSpike.hours)};
}

std::vector<Snapshot> generateDemoSnapshots(const DemoOptions& options) {
    std::vector<Snapshot> out;
    if (options.days <= 0 || options.interval.count() <= 0) {
        return out;
    }
    const auto count =
        static_cast<std::size_t>(std::int64_t{options.days} * 86400 / options.interval.count());
    out.reserve(count);
    Random random(options.seed);
    const double stepHours = static_cast<double>(options.interval.count()) / 3600.0;
    const double totalHours = static_cast<double>(count) * stepHours;
    const double growth = options.endClients - options.startClients;

    // Running state: month-to-date counters, a trailing day of tokens, storage, the daily posts.
    const double firstDayShare = monthStartShare(options.start);
    const double startDaily = options.startClients * kTokensPerClientPerDay;
    double tokensMonth = startDaily * firstDayShare;
    std::array<double, kTokenProviders.size()> providerMonth{};
    for (std::size_t p = 0; p < kTokenProviders.size(); ++p) {
        providerMonth[p] = tokensMonth * kTokenProviders[p].share;
    }
    double charactersMonth = options.startClients * kCharactersPerClientPerDay * firstDayShare;
    const std::size_t stepsPerDay =
        std::max<std::size_t>(1, static_cast<std::size_t>(std::lround(24.0 / stepHours)));
    std::vector<double> lastDayTokens(stepsPerDay, startDaily / static_cast<double>(stepsPerDay));
    std::vector<double> lastDayCharacters(stepsPerDay, options.startClients *
                                                           kCharactersPerClientPerDay /
                                                           static_cast<double>(stepsPerDay));
    double storageGb = 1.5;
    double postsToday = 0;
    std::int64_t postsDay = -1;
    Timestamp previous = options.start;

    for (std::size_t i = 0; i < count; ++i) {
        const Timestamp t = options.start + options.interval * static_cast<std::int64_t>(i);
        const double hour = static_cast<double>(i) * stepHours;
        const double progress =
            count > 1 ? static_cast<double>(i) / static_cast<double>(count - 1) : 1.0;
        const int clients = options.startClients +
                            static_cast<int>(std::floor(growth * std::pow(progress, 1.4) + 0.5));
        const double c = clients;
        const double act = activity(t);
        const double errorSpike = incidentLevel(kErrorSpike, hour, totalHours);
        const double latencyEpisode = incidentLevel(kLatencyEpisode, hour, totalHours);
        const double backlog = incidentLevel(kQueueBacklog, hour, totalHours);
        const double trouble = std::max({errorSpike, latencyEpisode, backlog});

        Snapshot snapshot(t);
        Writer w(snapshot);
        w.put(MetricId::ActiveClients, c);

        // Traffic and the machines that serve it.
        // About 4 requests a minute per client at the afternoon peak: well inside the API rate
        // limits of seed 002's tiers (60 and 300 a minute).
        const double requests = c * 4.2 * act * (1.0 + 0.12 * random.bell());
        w.put(MetricId::RequestsPerMinute, requests);
        w.put(MetricId::CpuUtilization,
              0.06 + 0.0085 * c * act + 0.02 * random.bell() + 0.12 * backlog);
        w.put(MetricId::MemoryUtilization,
              0.34 + 0.0042 * c + 0.05 * act + 0.015 * random.bell() + 0.06 * backlog);
        // The app server Acme provisioned at the start and never resized (seed 003's
        // right-sizing has something to say about it).
        w.put(MetricId::CpuCores, kDemoCpuCores);
        w.put(MetricId::MemoryTotalGb, kDemoMemoryGb);
        const double p50 = (70.0 + 0.9 * c * act) * (1.0 + 0.08 * random.bell()) *
                           (1.0 + 0.6 * errorSpike + 0.9 * latencyEpisode);
        w.put(MetricId::ResponseTimeP50Ms, p50);
        w.put(MetricId::ResponseTimeP95Ms, p50 * (2.4 + 0.2 * random.uniform()));
        w.put(MetricId::ResponseTimeP99Ms, p50 * (4.0 + 0.6 * random.uniform()));
        w.put(MetricId::ErrorRate, 0.0035 + 0.0015 * random.bell() + 0.05 * errorSpike);
        w.put(MetricId::AiLatencyMs,
              (1050.0 + 4.0 * c + 140.0 * random.bell()) * (1.0 + 1.4 * latencyEpisode));
        const double dbMax = clients <= 5 ? 20 : 60; // the pooler-backed plan after soft launch
        w.put(MetricId::DbConnectionsMax, dbMax);
        w.put(MetricId::DbConnections,
              std::round(
                  std::min(dbMax, 2.0 + 0.5 * c * act + 1.5 * random.uniform() + 15.0 * backlog)));
        w.put(MetricId::DbCpuUtilization,
              0.05 + 0.006 * c * act + 0.015 * random.bell() + 0.2 * backlog);
        w.put(MetricId::BandwidthUsageMb, requests * 60.0 * stepHours * 0.012);

        // Work queues: a handful of jobs normally, a backlog during the incident.
        w.put(MetricId::QueueDepth,
              std::round(2.0 + 0.25 * c * act + 3.0 * random.uniform() + 140.0 * backlog));
        w.put(MetricId::ConcurrentJobs,
              std::round(std::min(clients <= 5 ? 2.0 : 6.0, 0.5 + 0.12 * c * act) + 3.0 * backlog));
        w.put(MetricId::VisualJobsPerDay, c * 2.8 * (1.0 + 0.1 * random.bell()));
        w.put(MetricId::VisualJobsPending,
              std::floor(0.1 * c * act + 2.0 * random.uniform() + 40.0 * backlog));
        w.put(MetricId::VisualJobsFailedRecently,
              std::floor(1.3 * random.uniform() + 4.0 * backlog + 2.0 * errorSpike));
        w.put(MetricId::VisualJobAvgProcessingS,
              (24.0 + 6.0 * random.bell()) * (1.0 + 0.8 * backlog + 0.5 * latencyEpisode));
        // Seed 002's cron load; no random draw, so the values after it stay as they were.
        w.put(MetricId::CronLoad, std::min(1.0, 0.15 + 0.004 * c * act + 0.6 * backlog));

        // AI usage: per-step tokens feed the trailing day and the month-to-date counters, which
        // start again on the first of each month.
        if (!sameMonth(previous, t)) {
            tokensMonth = 0;
            providerMonth.fill(0);
            charactersMonth = 0;
        }
        previous = t;
        const double tokens = c * kTokensPerClientPerDay * stepHours / 24.0 * (act / 0.6) *
                              (1.0 + 0.15 * random.bell());
        const double characters = c * kCharactersPerClientPerDay * stepHours / 24.0 * (act / 0.6) *
                                  (1.0 + 0.2 * random.bell());
        tokensMonth += tokens;
        charactersMonth += characters;
        for (std::size_t p = 0; p < kTokenProviders.size(); ++p) {
            providerMonth[p] += tokens * kTokenProviders[p].share;
        }
        lastDayTokens[i % stepsPerDay] = tokens;
        lastDayCharacters[i % stepsPerDay] = characters;
        double dayTokens = 0;
        double dayCharacters = 0;
        for (std::size_t k = 0; k < stepsPerDay; ++k) {
            dayTokens += lastDayTokens[k];
            dayCharacters += lastDayCharacters[k];
        }
        w.put(MetricId::TokenUsage, std::round(tokensMonth));
        w.put(MetricId::AiTokensPerDay, std::round(dayTokens));
        // Spend follows the trailing day's usage relative to the clients' usual usage.
        const double usual = c * (kTokensPerClientPerDay + kCharactersPerClientPerDay);
        w.put(MetricId::AiSpendPerDayUsd,
              std::round(c * kAiUsdPerClientPerDay * (dayTokens + dayCharacters) / usual * 100.0) /
                  100.0);
        for (std::size_t p = 0; p < kTokenProviders.size(); ++p) {
            w.usage(kTokenProviders[p].id, providerMonth[p]);
        }
        w.usage("elevenlabs", charactersMonth);

        // Content: posts per day are set once a day (weekends are quieter).
        const auto dayIndex = std::chrono::floor<std::chrono::days>(t).time_since_epoch().count();
        if (dayIndex != postsDay) {
            postsDay = dayIndex;
            const unsigned weekday =
                std::chrono::weekday{std::chrono::floor<std::chrono::days>(t)}.c_encoding();
            const double weekend = (weekday == 0 || weekday == 6) ? 0.5 : 1.0;
            postsToday = std::round(c * 4.5 * weekend * (1.0 + 0.15 * random.bell()));
        }
        w.put(MetricId::PostsPerDay, postsToday);

        // Storage grows with every client's uploads and never shrinks.
        storageGb += c * 0.0006 * stepHours * (0.5 + act);
        w.put(MetricId::StorageUsageGb, std::round(storageGb * 100.0) / 100.0);

        // Early-warning signals and at-risk clients: rare while things are calm.
        w.put(MetricId::EarlyWarningEvents,
              std::floor(c / 18.0 * random.uniform() * random.uniform() * 2.0 + 5.0 * trouble));
        w.put(MetricId::AtRiskClients,
              std::floor(c * 0.035 + random.uniform() * 0.8 + 1.5 * trouble));

        out.push_back(std::move(snapshot));
    }
    return out;
}

} // namespace headroom
