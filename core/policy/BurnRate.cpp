#include "policy/BurnRate.h"

#include <algorithm>

namespace headroom {

BurnWindow burnRateOver(std::span<const ErrorRateSample> samples, Timestamp now,
                        std::chrono::seconds length, double objective,
                        const BurnRateSettings& settings) {
    BurnWindow out{length, 0.0, std::nullopt};
    if (length <= std::chrono::seconds{0} || !(objective > 0.0 && objective < 1.0)) {
        return out;
    }
    const Timestamp from = now - length;
    double covered = 0.0;  // seconds
    double weighted = 0.0; // error rate x seconds
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const auto& s = samples[i];
        if (s.at > now) {
            break;
        }
        // A sample stands for the time since the one before it (the error rate measured over
        // that interval), at most sampleValidity back; the first for one typical interval.
        std::chrono::seconds back = settings.sampleValidity;
        if (i > 0) {
            back = std::min(back, s.at - samples[i - 1].at);
        } else if (i + 1 < samples.size()) {
            back = std::min(back, samples[i + 1].at - s.at);
        } else {
            back = std::chrono::seconds{0};
        }
        const Timestamp start = std::max(s.at - back, from);
        if (s.at <= start) {
            continue;
        }
        const double span = static_cast<double>((s.at - start).count());
        covered += span;
        weighted += span * std::clamp(s.errorRate, 0.0, 1.0);
    }
    out.coverage = covered / static_cast<double>(length.count());
    if (out.coverage + 1e-12 < settings.minCoverage || covered <= 0.0) {
        return out;
    }
    out.burn = (weighted / covered) / (1.0 - objective);
    return out;
}

BurnPairResult evaluateBurnPair(std::span<const ErrorRateSample> samples, Timestamp now,
                                const BurnRatePair& pair, double objective,
                                const BurnRateSettings& settings) {
    BurnPairResult r;
    r.pair = &pair;
    r.longWindow = burnRateOver(samples, now, pair.longWindow, objective, settings);
    r.shortWindow = burnRateOver(samples, now, pair.shortWindow, objective, settings);
    const bool longBurns = r.longWindow.burn && *r.longWindow.burn >= pair.factor;
    const bool shortBurns = r.shortWindow.burn && *r.shortWindow.burn >= pair.factor;
    if (longBurns && shortBurns) {
        r.verdict = BurnVerdict::Burning;
    } else if ((r.longWindow.burn && !longBurns) || (r.shortWindow.burn && !shortBurns)) {
        // One evaluated window below the factor is enough to say "not burning".
        r.verdict = BurnVerdict::Clear;
    } else {
        r.verdict = BurnVerdict::Unknown;
    }
    return r;
}

} // namespace headroom
