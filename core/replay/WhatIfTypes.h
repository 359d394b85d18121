#pragma once
// The value types of a what-if run (issue 6): what one re-evaluation of a history produced (a
// ReplayTrace), and the difference between two of them (a WhatIfReport). Plain data, no I/O;
// WhatIf.h makes traces, WhatIfDiff.h compares them, WhatIfJson.h writes the report.
//
// Times are the snapshot times of the history re-evaluated (UTC). An episode or a change is
// stamped with the snapshot at which it happened; between two snapshots nothing is known, so a
// shift is always a whole number of snapshot intervals.

#include "model/Evaluation.h"
#include "model/Time.h"

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace headroom {

// One recommendation as the founder would have seen it: opened at a snapshot, closed at the first
// snapshot whose evaluation no longer raised it (resolved, or its decided condition cleared).
// nullopt = still open at the end of the range.
struct RecommendationEpisode {
    std::string type;
    Timestamp openedAt{};
    std::optional<Timestamp> closedAt;
    Status severity = Status::Warning; // the highest seen during the episode
};

// The mode advice changed at `at` (as the store's ModeAdviceChanged event): from the previous
// snapshot's action to this one. The first snapshot of the range is the starting point, no change.
struct AdviceChange {
    Timestamp at{};
    ModeAction from = ModeAction::Hold;
    ModeAction action = ModeAction::Hold;
    std::optional<std::string> nextModeId;
};

// The tier the capacity evaluation placed the workspace in changed at `at`.
struct TierChange {
    Timestamp at{};
    std::string from;
    std::string to;
};

struct ReplayTrace {
    std::vector<RecommendationEpisode> episodes; // in opening order
    std::vector<AdviceChange> advice;            // in time order
    std::vector<TierChange> tiers;               // in time order
    std::optional<Timestamp> first;              // the first and last snapshot fed
    std::optional<Timestamp> last;
    std::size_t snapshots = 0;
    // Recorded decisions replayed by recommendation type: applied to the pipeline's open (or
    // deferred) recommendation of that type, or unmatched when it had none at that time.
    std::size_t decisionsApplied = 0;
    std::size_t decisionsUnmatched = 0;
};

enum class WhatIfSubject { Recommendation, Advice, Tier };
enum class WhatIfChange { Earlier, Later, Same, NotAtAll, New };

// One difference. `key`: the recommendation type, the advice ("increase_mode" or
// "increase_mode:growth" with the next mode) or the tier reached. `was` is the baseline's time,
// `wouldBe` the edited one's; shift = wouldBe - was (negative = earlier) when both exist.
struct WhatIfRow {
    WhatIfSubject subject = WhatIfSubject::Recommendation;
    std::string key;
    WhatIfChange change = WhatIfChange::Same;
    std::optional<Timestamp> was;
    std::optional<Timestamp> wouldBe;
    std::chrono::seconds shift{0};
};

struct WhatIfCounts {
    std::size_t earlier = 0;
    std::size_t later = 0;
    std::size_t same = 0;
    std::size_t notAtAll = 0;
    std::size_t added = 0; // WhatIfChange::New
};

// How far the baseline re-evaluation reproduces what was stored: per snapshot, the same tier, the
// same mode action and the same set of recommendation types. An honest figure: a history stored
// by another evaluation path (the demo is generated with evaluate() alone, without the policy
// findings the engine adds) does not match everywhere, and the report says how often it does.
struct FidelityMismatch {
    Timestamp at{};
    std::string field; // "tier", "mode_action", "recommendations"
    std::string stored;
    std::string replayed;
};

struct WhatIfFidelity {
    std::size_t compared = 0;
    std::size_t matched = 0; // all three agree
    std::size_t tierMatched = 0;
    std::size_t modeMatched = 0;
    std::size_t recommendationsMatched = 0;
    std::vector<FidelityMismatch> firstMismatches; // at most kMaxFidelityExamples
};

inline constexpr std::size_t kMaxFidelityExamples = 5;

struct WhatIfReport {
    std::vector<WhatIfRow> rows; // the differences only (Same rows are counted, not listed)
    WhatIfCounts counts;
    // Per recommendation type, its first opening in the range: "when would the founder first
    // have been told". A stricter limit can make a type appear days before the baseline's first
    // episode without overlapping it; `rows` then shows a New and a Same, this list one Earlier.
    // Differences only, by type.
    std::vector<WhatIfRow> firstOpenings;
    WhatIfFidelity fidelity;
    ReplayTrace baseline;
    ReplayTrace edited;
};

std::string_view keyOf(WhatIfSubject subject);
std::string_view keyOf(WhatIfChange change);

} // namespace headroom
