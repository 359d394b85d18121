#pragma once
// Internal to headroom_catalog: reading one catalog section from JSON into a Catalog and writing
// it back. Field names are the snake_case forms of the struct members in model/Catalog.h; money
// is in dollars ("_usd" keys) and durations in seconds ("_seconds" keys). Keys starting with "_"
// are comments and are ignored; any other unknown key is an error, so typos do not pass silently.
// The reader checks shape and types (missing fields, wrong types, unknown metric or enum names);
// value rules (ranges, order, references) belong to findProblems().

#include "CatalogSections.h"
#include "model/Catalog.h"

#include <string>

#include <nlohmann/json.hpp>

namespace headroom::catalog_detail {

// Ordered so that a written catalog lists fields in the order a person reads them.
using Json = nlohmann::ordered_json;

// Thrown by the reader only inside the catalog library; the loader turns it into an Error.
struct ReadProblem {
    std::string path;
    std::string message;
};

// Replaces `section` of `into` with the value read from `value`. Throws ReadProblem.
void readSection(Section section, const Json& value, Catalog& into);

Json writeSection(Section section, const Catalog& catalog);

} // namespace headroom::catalog_detail
