#pragma once
// Loading the catalog (model/Catalog.h) from JSON. The product defaults (seeds 000-004) are
// embedded in the library at build time from resources/catalogs/*.json, so an installed binary
// needs no data files. A user can override whole sections: per file from a directory holding
// files with the default names, or from one what-if file holding any sections.
//
// Every function returns a Catalog that passed validateCatalog(), or an Error whose message names
// the file, the key path and the problem, e.g.
//   "tiers.json: tiers[1].limits.cpu_utilization: must be a finite number greater than 0, got -1".
// Several validation problems are reported together, one per line.
//
// Sections and the default file holding each:
//   tiers.json           tiers, upgrade_paths
//   modes.json           modes, guardrails, health, weights
//   thresholds.json      headroom, performance, truth
//   recommendations.json recommendations
//   ai_providers.json    ai_providers
//   costs.json           rates, cost_shield, infra_prices, efficiency, anomalies, projections,
//                        forecasts (model/CostSettings.h)
//   policies.json        policies, policy_triggers (model/ScalingPolicy.h)
// Keys starting with "_" are comments; other unknown keys are errors. Money is in dollars ("_usd"
// keys, converted to micro-dollars), durations in seconds ("_seconds") or days ("_days"), days
// as "YYYY-MM-DD". A rate may leave out the prices that do not apply to its provider (zero).

#include "model/Catalog.h"
#include "model/Error.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace headroom {

// The embedded defaults, validated.
Result<Catalog> loadDefaultCatalog();

// The defaults with each file present in overrideDir (same file names as the defaults) replacing
// the sections it contains. A missing directory, or a *.json file with another name, is an error.
Result<Catalog> loadCatalog(const std::filesystem::path& overrideDir);

// The defaults with the sections present in one JSON document replaced (any of "tiers",
// "upgrade_paths", "modes", "guardrails", "health", "weights", "headroom", "performance",
// "truth", "recommendations", "ai_providers", "rates", "cost_shield", "infra_prices",
// "efficiency", "anomalies", "projections", "forecasts"). Used for what-if: `--catalog FILE`.
Result<Catalog> loadCatalogFile(const std::filesystem::path& file);
// The same with the document given as text; `label` names it in error messages.
Result<Catalog> loadCatalogText(std::string_view text, std::string_view label);

// `base` (e.g. a bundle's or workspace's catalog in force) with the sections present in one
// JSON document replaced, validated. Unlike loadCatalogText, sections the document lacks keep
// base's values, not the embedded defaults, so a what-if edit changes only what it names.
Result<Catalog> loadCatalogOver(const Catalog& base, std::string_view text, std::string_view label);
// The sections one such document replaces (its keys, without "_comment"-style keys), in document
// order: what a what-if names as edited. Empty when the text is not a JSON object.
std::vector<std::string> catalogSectionsIn(std::string_view text);

// The consistency rules: client ranges sorted without gaps, thresholds ordered and in range,
// weights positive and summing to 1, ids unique and references resolvable, relative triggers
// only on metrics the tier limits. Errors name the default file of the offending section.
Result<void> validateCatalog(const Catalog& catalog);

// One JSON document holding every section; loadCatalogFile() of it gives an equal catalog.
std::string catalogToJson(const Catalog& catalog);

// The sections one default file holds ("costs.json"), as that file: saved under the same name
// in the override directory, loadCatalog() reads back exactly these values. The budgets and
// rates dialog saves its edits this way. Validate first (validateCatalog): this only writes.
// An unknown file name is InvalidArgument.
Result<std::string> catalogFileToJson(const Catalog& catalog, std::string_view fileName);

// "tiers.json", "modes.json", ... in a fixed order.
std::vector<std::string> defaultCatalogFileNames();
// The embedded text of a default file, empty for an unknown name.
std::string_view defaultCatalogText(std::string_view fileName);

} // namespace headroom
