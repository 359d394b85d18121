#include "DefaultWorkspaces.h"

#include "demo/DemoGenerator.h"
#include "model/Text.h"

namespace headroom {

Result<void> ensureLiveWorkspace(Store& store, const Catalog& catalog, const std::string& name,
                                 Timestamp now) {
    auto existing = store.workspace(name);
    if (existing) {
        return {};
    }
    if (existing.error().code != ErrorCode::NotFound) {
        return std::unexpected(existing.error());
    }
    Workspace live;
    live.name = name;
    live.title = "This computer";
    live.kind = WorkspaceKind::Live;
    live.currentModeId = catalog.modes.empty() ? "" : catalog.modes.front().id;
    live.createdAt = now;
    auto created = store.createWorkspace(live);
    if (!created) {
        return std::unexpected(created.error());
    }
    return {};
}

Result<void> ensureDefaultWorkspaces(Store& store, const Catalog& catalog, Timestamp now,
                                     DemoWorkspacePolicy demo) {
    if (auto live = ensureLiveWorkspace(store, catalog, std::string(kLiveWorkspaceName), now);
        !live) {
        return live;
    }
    if (demo == DemoWorkspacePolicy::Skip) {
        return {};
    }
    auto existing = store.workspace(kDemoWorkspaceName);
    if (existing) {
        return {};
    }
    if (existing.error().code != ErrorCode::NotFound) {
        return std::unexpected(existing.error());
    }
    if (auto ok = populateDemoWorkspace(store, catalog, now); !ok) {
        return fail(ok.error().code, cat("demo workspace: ", ok.error().message));
    }
    return {};
}

} // namespace headroom
