#pragma once
// The truth layer: how much of the data an evaluation needs is actually there and recent. A
// required metric that is absent lowers completeness; one observed longer than
// catalog.truth.staleAfter before `now` is stale and lowers freshness. Confidence is
// completeness x freshness, in 0..1; the mode decision refuses to recommend a change below
// catalog.guardrails.minConfidenceForChange. The clock is a parameter, never read.

#include "model/Catalog.h"
#include "model/Evaluation.h"
#include "model/Snapshot.h"

namespace headroom {

// completeness = present required / required; freshness = fresh / present (0 when none is
// present); with no required metrics in the catalog both are 1 (nothing is lacking).
// `missing` and `stale` follow the order of catalog.truth.required.
DataQuality assessQuality(const Snapshot& snapshot, const Catalog& catalog, Timestamp now);

} // namespace headroom
