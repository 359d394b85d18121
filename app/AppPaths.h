#pragma once
// Where Headroom keeps its files when the user names none. The console and the command line use
// the same functions so `headroom evaluate` and the window see the same workspaces and catalogs.

#include "model/Catalog.h"
#include "model/Error.h"

#include <filesystem>
#include <optional>

namespace headroom {

// $XDG_DATA_HOME/headroom/headroom.db, or ~/.local/share/headroom/headroom.db.
std::filesystem::path defaultDatabasePath();

// $XDG_CONFIG_HOME/headroom/catalogs (or ~/.config/...): files here override the defaults.
std::filesystem::path userCatalogDir();

// The catalog in force: the embedded defaults, overridden by the user's catalog folder when it
// exists, then by `file` (a what-if catalog) when given.
Result<Catalog> loadEffectiveCatalog(const std::optional<std::filesystem::path>& file);

} // namespace headroom
