#include "AppPaths.h"

#include "catalog/CatalogLoader.h"

#include <cstdlib>

namespace headroom {
namespace {

std::filesystem::path xdgDir(const char* variable, const char* fallbackBelowHome) {
    if (const char* xdg = std::getenv(variable); xdg != nullptr && *xdg != '\0') {
        return xdg;
    }
    if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
        return std::filesystem::path(home) / fallbackBelowHome;
    }
    return std::filesystem::temp_directory_path();
}

} // namespace

std::filesystem::path defaultDatabasePath() {
    return xdgDir("XDG_DATA_HOME", ".local/share") / "headroom" / "headroom.db";
}

std::filesystem::path userCatalogDir() {
    return xdgDir("XDG_CONFIG_HOME", ".config") / "headroom" / "catalogs";
}

Result<Catalog> loadEffectiveCatalog(const std::optional<std::filesystem::path>& file) {
    if (file) {
        // A what-if file overrides sections of the defaults; the user's folder is not mixed in so
        // that the result depends only on what the command line names.
        return loadCatalogFile(*file);
    }
    std::error_code ec;
    const auto dir = userCatalogDir();
    if (std::filesystem::is_directory(dir, ec)) {
        return loadCatalog(dir);
    }
    return loadDefaultCatalog();
}

} // namespace headroom
