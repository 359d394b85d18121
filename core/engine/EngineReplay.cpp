// Engine: offline replay (issue 6). Opened bundles sit on a shelf (label -> read-only copy,
// opened lazily on the engine thread) and answer every read request made for "bundle:<label>";
// long work (export, import, what-if) runs on the JobRunner's threads with progress and cancel,
// each job with its own database connection, and hands its result back to the engine thread.
#include "EngineImpl.h"
#include "bundle/BundleImport.h"
#include "catalog/CatalogLoader.h"
#include "engine/ReplayQuery.h"
#include "model/Day.h"
#include "model/Text.h"
#include "replay/WhatIf.h"

#include <algorithm>
#include <map>

namespace headroom {

bool isBundleWorkspace(std::string_view workspace) {
    return workspace.starts_with(kBundleWorkspacePrefix);
}

struct Engine::Impl::BundleShelf {
    struct Entry {
        StoredBundleInfo info;
        std::unique_ptr<Store> store; // opened on first use
        Workspace workspace;          // the bundle's one workspace, as stored in it
    };
    std::map<std::string, Entry, std::less<>> entries; // by label
};

namespace {

std::string bundleWorkspaceName(std::string_view label) {
    return cat(kBundleWorkspacePrefix, label);
}

Error readOnly(std::string_view workspace) {
    return Error{ErrorCode::Conflict,
                 cat("'", workspace, "' is an opened bundle and read-only: nothing in it changes")};
}

// "demo-2026-11-29", then "-2", "-3", ... while taken.
std::string freeLabel(const BundleManifest& manifest,
                      const std::function<bool(const std::string&)>& taken) {
    const std::string base = cat(manifest.workspaceName, "-", formatDay(dayOf(manifest.to)));
    std::string label = base;
    for (int n = 2; taken(label); ++n) {
        label = cat(base, "-", n);
    }
    return label;
}

// Progress at most every 50 ms, and always at the end of a phase.
std::function<void(const JobProgress&)> throttled(std::function<void(const JobProgress&)> report) {
    struct Last {
        std::chrono::steady_clock::time_point at{};
        std::string phase;
    };
    auto last = std::make_shared<Last>();
    return [report = std::move(report), last](const JobProgress& p) {
        const auto now = std::chrono::steady_clock::now();
        const bool phaseEnd = p.total != 0 && p.done >= p.total;
        if (!phaseEnd && p.phase == last->phase && now - last->at < std::chrono::milliseconds(50)) {
            return;
        }
        last->at = now;
        last->phase = p.phase;
        report(p);
    };
}

} // namespace

Result<Catalog> catalogInForce(const Catalog& engineCatalog, const StoredBundleInfo* bundle) {
    if (!bundle) {
        return engineCatalog;
    }
    auto manifest = bundleManifestFromJson(bundle->manifestJson);
    if (!manifest) {
        return std::unexpected(manifest.error());
    }
    return loadCatalogText(manifest->catalogJson, "the bundle's catalog");
}

std::filesystem::path Engine::Impl::bundleDir() const {
    if (!options.bundleDir.empty()) {
        return options.bundleDir;
    }
    if (options.databasePath.empty() || options.databasePath == ":memory:") {
        return {};
    }
    return std::filesystem::path(options.databasePath).parent_path() / "bundles";
}

void Engine::Impl::openShelf() {
    shelf = std::make_shared<BundleShelf>();
    auto registered = store->bundles();
    if (!registered) {
        notifyError(0, registered.error());
        return;
    }
    const auto dir = bundleDir();
    for (auto& info : *registered) {
        BundleShelf::Entry entry;
        entry.info = std::move(info);
        const std::string label = entry.info.label;
        shelf->entries.emplace(label, std::move(entry));
    }
    if (dir.empty()) {
        return;
    }
    // A crash during an import leaves its partial copy, and an engine stopped between staging
    // and registering leaves an unregistered copy: neither is anyone's bundle.
    (void)removeStalePartials(dir);
    std::error_code ec;
    for (const auto& file : std::filesystem::directory_iterator(dir, ec)) {
        const std::string name = file.path().filename().string();
        const bool known = std::ranges::any_of(
            shelf->entries, [&](const auto& e) { return e.second.info.fileName == name; });
        if (file.is_regular_file() && file.path().extension() == ".db" && !known) {
            std::filesystem::remove(file.path(), ec);
        }
    }
}

const StoredBundleInfo* Engine::Impl::bundleInfo(std::string_view name) const {
    if (!shelf || !isBundleWorkspace(name)) {
        return nullptr;
    }
    const auto it = shelf->entries.find(name.substr(kBundleWorkspacePrefix.size()));
    return it == shelf->entries.end() ? nullptr : &it->second.info;
}

Result<Engine::Impl::Target> Engine::Impl::resolve(const std::string& name) {
    if (!isBundleWorkspace(name)) {
        auto ws = store->workspace(name);
        if (!ws) {
            return std::unexpected(ws.error());
        }
        return Target{store.get(), std::move(*ws), false, {}};
    }
    const std::string_view label = std::string_view(name).substr(kBundleWorkspacePrefix.size());
    const auto it = shelf ? shelf->entries.find(label) : decltype(shelf->entries)::iterator{};
    if (!shelf || it == shelf->entries.end()) {
        return fail(ErrorCode::NotFound, cat("no bundle is open as '", name, "'"));
    }
    BundleShelf::Entry& entry = it->second;
    if (!entry.store) {
        const auto file = bundleDir() / entry.info.fileName;
        auto opened = Store::openForReading(file.string());
        if (!opened) {
            return fail(ErrorCode::NotFound,
                        cat("the working copy of ", name, " cannot be read (", file.string(),
                            "): ", opened.error().message, "; close it and open the bundle again"));
        }
        auto workspaces = (*opened)->workspaces();
        if (!workspaces || workspaces->size() != 1) {
            return fail(ErrorCode::ValidationError,
                        cat("the working copy of ", name, " does not hold one workspace"));
        }
        entry.workspace = workspaces->front();
        entry.store = std::move(*opened);
    }
    Workspace shown = entry.workspace;
    shown.name = name;
    return Target{entry.store.get(), std::move(shown), true, entry.workspace.name};
}

std::function<void(const JobProgress&)> Engine::Impl::progressReporter(RequestId id) {
    return throttled([this, id](const JobProgress& p) {
        notify([&](EngineListener& l) { l.onJobProgress(id, p); });
    });
}

Result<Workspace> Engine::Impl::writableWorkspace(const std::string& name) {
    if (isBundleWorkspace(name)) {
        return std::unexpected(readOnly(name));
    }
    return store->workspace(name);
}

void Engine::Impl::appendBundleWorkspaces(std::vector<Workspace>& list) {
    if (!shelf) {
        return;
    }
    for (const auto& [label, entry] : shelf->entries) {
        Workspace ws;
        ws.name = bundleWorkspaceName(label);
        ws.title = entry.info.workspaceTitle;
        ws.kind = entry.info.workspaceKind == "demo" ? WorkspaceKind::Demo : WorkspaceKind::Live;
        ws.createdAt = entry.info.importedAt;
        list.push_back(std::move(ws));
    }
}

RequestId Engine::exportBundle(BundleExportRequest request) {
    const RequestId id = m_impl->nextRequest++;
    Impl* impl = m_impl.get();
    if (isBundleWorkspace(request.workspace)) {
        impl->post([impl, id, name = request.workspace](RequestId) {
            impl->notifyError(id, Error{ErrorCode::InvalidArgument,
                                        cat("'", name, "' is already a bundle: copy its file")});
        });
        return id;
    }
    // Started from the engine thread, so it reads what requests queued before it have written
    // (the demo workspace a new database is being given, say).
    impl->post([impl, id, request = std::move(request)](RequestId) mutable {
        impl->jobRunner->start(id, [impl, id, request = std::move(request)](std::stop_token stop) {
            JobControl control{stop, impl->progressReporter(id)};
            auto result = headroom::exportBundle(impl->options.databasePath, request,
                                                 impl->options.catalog, control);
            impl->postInternal([impl, id, result = std::move(result)] {
                if (impl->jobFailed(id, result)) {
                    return;
                }
                impl->notify([&](EngineListener& l) { l.onBundleExported(id, *result); });
            });
        });
    });
    return id;
}

RequestId Engine::importBundle(std::filesystem::path file) {
    const RequestId id = m_impl->nextRequest++;
    Impl* impl = m_impl.get();
    const auto dir = impl->bundleDir();
    if (dir.empty()) {
        impl->post([impl, id](RequestId) {
            impl->notifyError(id, Error{ErrorCode::InvalidArgument,
                                        "a workspace database in memory cannot open bundles"});
        });
        return id;
    }
    impl->jobRunner->start(id, [impl, id, dir, file = std::move(file)](std::stop_token stop) {
        JobControl control{stop, impl->progressReporter(id)};
        std::error_code ec;
        std::filesystem::create_directories(dir, ec);
        auto staged = ec ? Result<StagedBundle>(
                               fail(ErrorCode::IoError, cat(dir.string(), ": ", ec.message())))
                         : stageBundle(file, dir, control);
        impl->postInternal([impl, id, file, staged = std::move(staged)]() mutable {
            impl->finishImport(id, file, std::move(staged));
        });
    });
    return id;
}

void Engine::Impl::finishImport(RequestId id, const std::filesystem::path& source,
                                Result<StagedBundle> staged) {
    if (jobFailed(id, staged)) {
        return;
    }
    const std::string fileName = staged->file.filename().string();
    for (const auto& [label, entry] : shelf->entries) {
        if (entry.info.sha256 == staged->sha256) {
            // The same bundle again: its copy was just rewritten with the same content.
            BundleSummary summary{bundleWorkspaceName(label), entry.info, staged->migrated, true};
            notify([&](EngineListener& l) { l.onBundleImported(id, summary); });
            return;
        }
    }
    const BundleManifest& m = staged->manifest;
    StoredBundleInfo info;
    info.label =
        freeLabel(m, [&](const std::string& label) { return shelf->entries.contains(label); });
    info.fileName = fileName;
    info.sha256 = staged->sha256;
    info.sourcePath = std::filesystem::absolute(source).string();
    info.formatVersion = m.formatVersion;
    info.schemaVersion = staged->payloadSchemaVersion;
    info.workspaceName = m.workspaceName;
    info.workspaceTitle = m.workspaceTitle;
    info.workspaceKind = m.workspaceKind;
    info.rangeFrom = m.from;
    info.rangeTo = m.to;
    info.exportedAt = m.createdAt;
    info.importedAt = options.clock();
    info.manifestJson = bundleManifestToJson(m);
    auto added = store->addBundle(info);
    if (!added) {
        std::error_code ignored;
        std::filesystem::remove(staged->file, ignored);
        notifyError(id, added.error());
        return;
    }
    BundleShelf::Entry entry;
    entry.info = *added;
    shelf->entries.emplace(added->label, std::move(entry));
    const BundleSummary summary{bundleWorkspaceName(added->label), *added, staged->migrated, false};
    notify([&](EngineListener& l) { l.onBundleImported(id, summary); });
}

RequestId Engine::closeBundle(const std::string& workspace) {
    return m_impl->post([impl = m_impl.get(), workspace](RequestId id) {
        const std::string_view label =
            isBundleWorkspace(workspace)
                ? std::string_view(workspace).substr(kBundleWorkspacePrefix.size())
                : std::string_view();
        const auto it = impl->shelf ? impl->shelf->entries.find(label)
                                    : decltype(impl->shelf->entries)::iterator{};
        if (!impl->shelf || it == impl->shelf->entries.end()) {
            impl->notifyError(
                id, Error{ErrorCode::NotFound, cat("no bundle is open as '", workspace, "'")});
            return;
        }
        if (auto removed = impl->store->removeBundle(label); !removed) {
            impl->notifyError(id, removed.error());
            return;
        }
        const auto file = impl->bundleDir() / it->second.info.fileName;
        impl->shelf->entries.erase(it); // closes its connection first
        std::error_code ignored;
        std::filesystem::remove(file, ignored);
        impl->notify([&](EngineListener& l) { l.onBundleClosed(id, workspace); });
    });
}

RequestId Engine::requestReplaySpan(const std::string& workspace) {
    return m_impl->post([impl = m_impl.get(), workspace](RequestId id) {
        auto target = impl->resolve(workspace);
        if (!target) {
            impl->notifyError(id, target.error());
            return;
        }
        auto span = queryReplaySpan(*target->store, target->storedWorkspace());
        auto catalog = catalogInForce(impl->options.catalog, impl->bundleInfo(workspace));
        if (!span || !catalog) {
            impl->notifyError(id, !span ? span.error() : catalog.error());
            return;
        }
        span->workspace = workspace;
        span->catalog = std::move(*catalog);
        impl->notify([&](EngineListener& l) { l.onReplaySpan(id, *span); });
    });
}

RequestId Engine::requestReplayView(const std::string& workspace, Timestamp at, TimeRange chart) {
    return m_impl->post([impl = m_impl.get(), workspace, at, chart](RequestId id) {
        auto target = impl->resolve(workspace);
        if (!target) {
            impl->notifyError(id, target.error());
            return;
        }
        auto catalog = catalogInForce(impl->options.catalog, impl->bundleInfo(workspace));
        if (!catalog) {
            impl->notifyError(id, catalog.error());
            return;
        }
        auto view = queryReplayView(*target->store, *catalog, target->storedWorkspace(), at, chart);
        if (!view) {
            impl->notifyError(id, view.error());
            return;
        }
        view->view.workspace.name = workspace;
        impl->notify([&](EngineListener& l) { l.onReplayView(id, *view); });
    });
}

Result<Engine::Impl::JobSource> Engine::Impl::jobSource(const std::string& name) {
    auto target = resolve(name);
    if (!target) {
        return std::unexpected(target.error());
    }
    const StoredBundleInfo* info = bundleInfo(name);
    auto catalog = catalogInForce(liveCatalog(), info);
    if (!catalog) {
        return std::unexpected(catalog.error());
    }
    return JobSource{info ? (bundleDir() / info->fileName).string() : options.databasePath,
                     target->storedWorkspace().name, std::move(*catalog)};
}

RequestId Engine::runWhatIf(WhatIfRequest request) {
    const RequestId id = m_impl->nextRequest++;
    Impl* impl = m_impl.get();
    // Which file to read is settled on the engine thread (the shelf lives there); the run itself
    // opens its own read-only connection on the job's thread.
    impl->post([impl, id, request = std::move(request)](RequestId) mutable {
        auto source = impl->jobSource(request.workspace);
        if (!source) {
            impl->notifyError(id, source.error());
            return;
        }
        const std::string file = source->file;
        const std::string storedName = source->storedName;
        Catalog baseline = std::move(source->catalog);
        impl->jobRunner->start(id, [impl, id, file, storedName, baseline = std::move(baseline),
                                    request = std::move(request)](std::stop_token stop) {
            JobControl control{stop, impl->progressReporter(id)};
            auto report = [&]() -> Result<WhatIfReport> {
                auto store = Store::openForReading(file);
                if (!store) {
                    return std::unexpected(store.error());
                }
                auto ws = (*store)->workspace(storedName);
                if (!ws) {
                    return std::unexpected(ws.error());
                }
                WhatIfInput input;
                input.baseline = baseline;
                input.edited = request.edited ? *request.edited : baseline;
                input.editedSections = request.editedSections;
                input.range = request.range;
                return headroom::runWhatIf(**store, *ws, input, control);
            }();
            impl->postInternal([impl, id, report = std::move(report)] {
                if (impl->jobFailed(id, report)) {
                    return;
                }
                impl->notify([&](EngineListener& l) { l.onWhatIf(id, *report); });
            });
        });
    });
    return id;
}

bool Engine::cancelJob(RequestId job) {
    return m_impl->jobRunner->cancel(job);
}

} // namespace headroom
