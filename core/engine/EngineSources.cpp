// The engine's configured sources: loading them for the live workspace, the requests that list,
// save, remove and test them, the secrets the UI hands over, and the history events of a source
// failing and recovering.
#include "engine/EngineImpl.h"
#include "model/Text.h"

#include <nlohmann/json.hpp>

namespace headroom {

namespace {

// A stored configuration back to a SourceConfig (the row's enabled flag is authoritative).
Result<SourceConfig> configFromRow(const StoredSource& row) {
    nlohmann::json json = nlohmann::json::parse(row.configJson, nullptr, false);
    if (json.is_discarded()) {
        return fail(ErrorCode::ParseError,
                    cat("source '", row.name, "': the stored configuration is not JSON"));
    }
    auto config = sourceConfigFromJson(json, cat("source '", row.name, "'"));
    if (config) {
        config->enabled = row.enabled;
    }
    return config;
}

std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find('\n', start);
        std::string line = text.substr(start, end == std::string::npos ? end : end - start);
        if (!line.empty()) {
            lines.push_back(std::move(line));
        }
        if (end == std::string::npos) {
            break;
        }
        start = end + 1;
    }
    return lines;
}

} // namespace

std::string secretKey(std::string_view workspace, std::string_view source) {
    return cat(workspace, "/", source);
}

std::optional<std::string> Engine::Impl::secretFor(const std::string& workspace,
                                                   const std::string& name) {
    if (auto it = secrets.find(secretKey(workspace, name)); it != secrets.end()) {
        return it->second;
    }
    if (options.secrets) {
        return options.secrets(workspace, name);
    }
    return std::nullopt;
}

void Engine::Impl::startLiveSources() {
    if (!live) {
        LiveSourcesOptions liveOptions;
        liveOptions.clock = options.clock;
        liveOptions.builtinInterval = options.pollInterval;
        liveOptions.maxBackoff = options.maxBackoff;
        liveOptions.staleAfter = options.catalog.truth.staleAfter;
        liveOptions.endpointOptions = options.endpointOptions;
        if (!liveOptions.endpointOptions.rateClock) {
            liveOptions.endpointOptions.rateClock = [] {
                const std::chrono::duration<double> t =
                    std::chrono::steady_clock::now().time_since_epoch();
                return t.count();
            };
        }
        live = std::make_unique<LiveSources>(std::move(liveOptions), [this](const PollOutcome& o) {
            postInternal([this, o] { onPolled(o); });
        });
        for (auto& source : builtinSources) {
            live->addBuiltin(std::move(source));
        }
        builtinSources.clear();
    }
    if (options.loadConfiguredSources) {
        auto ws = store->workspace(options.liveWorkspace);
        auto rows = ws ? store->sources(ws->id) : std::unexpected(ws.error());
        if (!rows) {
            notifyError(0, rows.error());
        } else {
            for (const StoredSource& row : *rows) {
                auto config = configFromRow(row);
                if (!config) {
                    notifyError(0, config.error());
                    continue;
                }
                live->configure(*config, secretFor(options.liveWorkspace, config->name));
            }
        }
    }
    live->start();
}

void Engine::Impl::appendSourceEvent(EventKind kind, const SourceStatus& status, Timestamp at) {
    auto ws = store->workspace(options.liveWorkspace);
    if (!ws) {
        notifyError(0, ws.error());
        return;
    }
    nlohmann::json detail = nlohmann::json::object();
    if (status.lastError) {
        detail["code"] = std::string(keyOf(status.lastError->code));
        detail["error"] = status.lastError->message;
    }
    Event event{0, ws->id, at, kind, status.sourceId, detail.dump()};
    if (auto ok = store->appendEvent(event); !ok) {
        notifyError(0, ok.error());
    }
}

void Engine::Impl::onPolled(const PollOutcome& outcome) {
    statusDirty = true;
    if (pendingRound) {
        pendingRound->waiting.erase(outcome.sourceId);
    }
    const Timestamp at = outcome.status.lastPollAt.value_or(options.clock());
    if (outcome.transition == PollTransition::Failed) {
        appendSourceEvent(EventKind::SourceFailed, outcome.status, at);
        if (outcome.status.lastError) {
            notifyError(0, *outcome.status.lastError);
        }
    } else if (outcome.transition == PollTransition::Recovered) {
        appendSourceEvent(EventKind::SourceRecovered, outcome.status, at);
    }
}

void Engine::Impl::stopTests() {
    std::lock_guard lock(testsMutex);
    for (TestRun& run : tests) {
        run.source->cancel();
    }
    tests.clear(); // joins each (std::jthread)
}

RequestId Engine::requestSources(const std::string& workspace) {
    return m_impl->post([impl = m_impl.get(), workspace](RequestId id) {
        auto ws = impl->store->workspace(workspace);
        if (!ws) {
            impl->notifyError(id, ws.error());
            return;
        }
        auto rows = impl->store->sources(ws->id);
        if (!rows) {
            impl->notifyError(id, rows.error());
            return;
        }
        SourcesView view;
        view.workspace = ws->name;
        for (const StoredSource& row : *rows) {
            if (auto config = configFromRow(row)) {
                view.configs.push_back(std::move(*config));
            } else {
                view.loadErrors.push_back(config.error().message);
            }
        }
        if (ws->name == impl->options.liveWorkspace) {
            view.statuses = impl->live->statuses();
        }
        impl->notify([&](EngineListener& l) { l.onSources(id, view); });
    });
}

RequestId Engine::saveSource(const std::string& workspace, SourceConfig config,
                             std::optional<std::string> previousName) {
    return m_impl->post([impl = m_impl.get(), workspace, config = std::move(config),
                         previousName = std::move(previousName)](RequestId id) {
        if (auto valid = validateSourceConfig(config); !valid) {
            impl->notifyError(id, valid.error());
            return;
        }
        auto ws = impl->store->workspace(workspace);
        if (!ws) {
            impl->notifyError(id, ws.error());
            return;
        }
        SaveSourceRequest request;
        request.workspaceId = ws->id;
        request.name = config.name;
        request.configJson = sourceConfigToJson(config).dump();
        request.enabled = config.enabled;
        request.previousName = previousName;
        request.at = impl->options.clock();
        auto saved = impl->store->saveSource(request);
        if (!saved) {
            impl->notifyError(id, saved.error());
            return;
        }
        if (previousName && *previousName != config.name) {
            // The secret follows the source to its new name (the UI re-keys its keychain too).
            auto node = impl->secrets.extract(secretKey(workspace, *previousName));
            if (!node.empty() && !impl->secrets.contains(secretKey(workspace, config.name))) {
                node.key() = secretKey(workspace, config.name);
                impl->secrets.insert(std::move(node));
            }
        }
        if (ws->name == impl->options.liveWorkspace) {
            impl->live->configure(config, impl->secretFor(workspace, config.name), previousName);
            impl->publishStatuses(true);
        }
        impl->notify([&](EngineListener& l) { l.onSourceSaved(id, ws->name, config); });
    });
}

RequestId Engine::removeSource(const std::string& workspace, const std::string& name) {
    return m_impl->post([impl = m_impl.get(), workspace, name](RequestId id) {
        auto ws = impl->store->workspace(workspace);
        if (!ws) {
            impl->notifyError(id, ws.error());
            return;
        }
        if (auto removed = impl->store->removeSource(ws->id, name, impl->options.clock());
            !removed) {
            impl->notifyError(id, removed.error());
            return;
        }
        impl->secrets.erase(secretKey(workspace, name));
        if (ws->name == impl->options.liveWorkspace) {
            impl->live->remove(name);
            impl->publishStatuses(true);
        }
        impl->notify([&](EngineListener& l) { l.onSourceRemoved(id, ws->name, name); });
    });
}

RequestId Engine::testSource(SourceConfig config, std::optional<std::string> secret) {
    return m_impl->post([impl = m_impl.get(), config = std::move(config),
                         secret = std::move(secret)](RequestId id) mutable {
        SourceTestResult result;
        result.name = config.name;
        if (auto valid = validateSourceConfig(config); !valid) {
            result.configProblems = splitLines(valid.error().message);
            result.error = valid.error();
            impl->notify([&](EngineListener& l) { l.onSourceTested(id, result); });
            return;
        }
        auto source = std::make_shared<EndpointSource>(config, std::move(secret),
                                                       impl->options.endpointOptions);
        std::lock_guard lock(impl->testsMutex);
        // Finished runs are joined here, so the list stays as long as the tests in flight.
        std::erase_if(impl->tests,
                      [](const Impl::TestRun& run) { return run.source.use_count() == 1; });
        auto& run = impl->tests.emplace_back();
        run.source = source;
        run.thread = std::jthread([impl, id, source, result]() mutable {
            Snapshot part(impl->options.clock());
            auto probed = source->probe(impl->options.clock(), part);
            if (probed) {
                result.report = std::move(*probed);
            } else {
                result.error = probed.error();
                result.report = source->lastReport();
            }
            impl->notify([&](EngineListener& l) { l.onSourceTested(id, result); });
        });
    });
}

void Engine::provideSecret(const std::string& workspace, const std::string& sourceName,
                           std::optional<std::string> secret) {
    m_impl->postInternal([impl = m_impl.get(), workspace, sourceName, secret = std::move(secret)] {
        const std::string key = secretKey(workspace, sourceName);
        const auto before = impl->secrets.find(key) != impl->secrets.end()
                                ? std::optional<std::string>(impl->secrets[key])
                                : std::nullopt;
        if (secret) {
            impl->secrets[key] = *secret;
        } else {
            impl->secrets.erase(key);
        }
        if (before == secret || workspace != impl->options.liveWorkspace) {
            return;
        }
        if (auto config = impl->live->configured(sourceName); config && config->needsSecret()) {
            impl->live->configure(*config, impl->secretFor(workspace, sourceName));
            impl->publishStatuses(true);
        }
    });
}

} // namespace headroom
