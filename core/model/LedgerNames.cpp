#include "KeyTable.h"
#include "Ledger.h"

#include <array>
#include <utility>

namespace headroom {

// Stored in databases and CSV files: renaming one is a schema change.
namespace {
constexpr std::array<std::pair<ServiceCategory, std::string_view>, 5> kServiceCategoryNames{{
    {ServiceCategory::Database, "database"},
    {ServiceCategory::Hosting, "hosting"},
    {ServiceCategory::Ai, "ai"},
    {ServiceCategory::Messaging, "messaging"},
    {ServiceCategory::Other, "other"},
}};
} // namespace

std::string_view keyOf(ServiceCategory category) {
    return keyIn(kServiceCategoryNames, category);
}

std::optional<ServiceCategory> serviceCategoryFromString(std::string_view text) {
    return valueIn(kServiceCategoryNames, text);
}

} // namespace headroom
