#pragma once
// The one evaluation path: snapshot + catalog + context -> Evaluation. Pure (no clock, no I/O),
// so the live engine, replay, what-if and the command line all reach the same verdict on the
// same data and tests are exact.

#include "model/Catalog.h"
#include "model/Evaluation.h"
#include "model/Snapshot.h"

#include <string>

namespace headroom {

struct EvaluationContext {
    Timestamp now{};           // freshness is judged against this, not the wall clock
    std::string currentModeId; // the environment's configured mode; empty = the fitting mode
};

Evaluation evaluate(const Snapshot& snapshot, const Catalog& catalog,
                    const EvaluationContext& context);

} // namespace headroom
