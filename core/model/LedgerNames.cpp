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
    for (const auto& [value, name] : kServiceCategoryNames) {
        if (value == category) {
            return name;
        }
    }
    return "other";
}

std::optional<ServiceCategory> serviceCategoryFromString(std::string_view text) {
    for (const auto& [value, name] : kServiceCategoryNames) {
        if (name == text) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace headroom
