#pragma once
// A deterministic year of ledger rows for the cost benchmarks: every day of 2025, for each of
// 5 providers x 500 clients one usage row (912 500 rows), plus 4 service cost rows a day.
// Counts come from a fixed linear congruential generator, so every run costs the same rows.

#include "model/CostSettings.h"
#include "model/Ledger.h"

#include <array>
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace headroom::bench {

struct GeneratedLedger {
    std::vector<UsageRow> usage;
    std::vector<ServiceCostRow> services;
    CostSettings settings;
};

inline GeneratedLedger generateLedgerYear(int clients = 500) {
    using namespace std::chrono;
    GeneratedLedger out;
    const Day first = Day{year{2025} / January / 1};
    const Day last = Day{year{2025} / December / 31};
    // Seed 002's rates; claude's price drops mid-year so that the rate lookup is exercised.
    const auto rate = [](std::string id, Day from, double in, double outp, double chars,
                         double req) {
        return ProviderRate{std::move(id),
                            from,
                            MicroUsd::fromDollars(in),
                            MicroUsd::fromDollars(outp),
                            MicroUsd::fromDollars(chars),
                            MicroUsd::fromDollars(req)};
    };
    out.settings.rates = {rate("claude", first, 3.0, 15.0, 0, 0),
                          rate("claude", Day{year{2025} / July / 1}, 2.5, 12.0, 0, 0),
                          rate("gemini", first, 1.25, 5.0, 0, 0),
                          rate("openai", first, 10.0, 30.0, 0, 0),
                          rate("elevenlabs", first, 0, 0, 0.30, 0),
                          rate("perplexity", first, 0, 0, 0, 0.005)};
    const std::array<std::string, 5> providers{"claude", "gemini", "openai", "elevenlabs",
                                               "perplexity"};
    const std::array<std::string, 4> features{"reports", "voice", "search", "chat"};
    std::vector<std::string> names;
    for (int c = 0; c < clients; ++c) {
        names.push_back("client-" + std::to_string(c));
    }
    std::uint64_t state = 0x2545F4914F6CDD1DULL;
    const auto next = [&state](std::uint64_t range) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::int64_t>((state >> 33) % range);
    };
    const auto dayCount = static_cast<std::size_t>((last - first).count() + 1);
    out.usage.reserve(dayCount * providers.size() * static_cast<std::size_t>(clients));
    for (Day day = first; day <= last; day += std::chrono::days{1}) {
        for (std::size_t p = 0; p < providers.size(); ++p) {
            for (int c = 0; c < clients; ++c) {
                UsageRow row;
                row.day = day;
                row.providerId = providers[p];
                row.tags.client = names[static_cast<std::size_t>(c)];
                row.tags.feature = features[static_cast<std::size_t>(c) % features.size()];
                row.tags.team = c % 2 == 0 ? "growth" : "core";
                if (p < 3) {
                    row.inputTokens = next(20'000);
                    row.outputTokens = next(5'000);
                } else if (p == 3) {
                    row.characters = next(3'000);
                } else {
                    row.requests = next(40);
                }
                row.source = "bench";
                out.usage.push_back(std::move(row));
            }
        }
        const std::array<std::pair<const char*, ServiceCategory>, 4> services{
            {{"supabase", ServiceCategory::Database},
             {"vercel", ServiceCategory::Hosting},
             {"twilio", ServiceCategory::Messaging},
             {"upstash", ServiceCategory::Other}}};
        for (const auto& [name, category] : services) {
            ServiceCostRow row;
            row.day = day;
            row.service = name;
            row.category = category;
            row.cost = MicroUsd{1'000'000 + next(50'000'000)};
            row.tags.team = "platform";
            out.services.push_back(std::move(row));
        }
    }
    return out;
}

} // namespace headroom::bench
