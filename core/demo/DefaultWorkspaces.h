#pragma once
// The workspaces every database holds from the start: "local" (fed by the host collector and
// any configured live sources) and "demo" (the labelled, generated history). The engine and the
// command line both call ensureDefaultWorkspaces() right after opening a store, so `headroom
// workspaces --db new.db` and the console see the same two workspaces.

#include "model/Catalog.h"
#include "store/Store.h"

#include <string>
#include <string_view>

namespace headroom {

inline constexpr std::string_view kLiveWorkspaceName = "local";

enum class DemoWorkspacePolicy { Create, Skip };

// Creates the live workspace when missing; a founder starts in the catalog's first mode (seed
// 001's default) until they choose another.
Result<void> ensureLiveWorkspace(Store& store, const Catalog& catalog, const std::string& name,
                                 Timestamp now);

// Creates the live workspace and, with DemoWorkspacePolicy::Create, the demo workspace when
// missing. Existing workspaces are never touched.
Result<void> ensureDefaultWorkspaces(Store& store, const Catalog& catalog, Timestamp now,
                                     DemoWorkspacePolicy demo = DemoWorkspacePolicy::Create);

} // namespace headroom
