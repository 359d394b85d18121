#pragma once
// The engine the console tests drive: a real Engine on a database at `path` with the default
// catalog and the demo workspace, polling hourly (the tests ask for what they need). With
// HostSource::Yes the local workspace reads this computer, as in the console.

#include "catalog/CatalogLoader.h"
#include "engine/Engine.h"
#include "sources/HostCollector.h"

#include <memory>

#include <QString>
#include <QtGlobal>

namespace headroom::test {

enum class HostSource { No, Yes };

inline std::unique_ptr<Engine> makeConsoleEngine(const QString& path,
                                                 HostSource host = HostSource::No) {
    auto catalog = loadDefaultCatalog();
    if (!catalog) {
        qFatal("catalog: %s", catalog.error().message.c_str());
    }
    EngineOptions options;
    options.databasePath = path.toStdString();
    options.catalog = *catalog;
    options.clock = systemClock();
    options.pollInterval = std::chrono::hours{1};
    options.createDemoWorkspace = true;
    std::vector<std::unique_ptr<Source>> sources;
    if (host == HostSource::Yes) {
        sources.push_back(std::make_unique<HostCollector>());
    }
    return std::make_unique<Engine>(std::move(options), std::move(sources));
}

} // namespace headroom::test
