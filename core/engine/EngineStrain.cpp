// Engine: strain tests (issue 8). The load runs on a job thread of its own (JobRunner), so the
// engine keeps polling and answering while it sends; the sample callback reports progress from
// that thread. The run's end is settled back on the engine thread, with the engine's own
// connection: the memory figure from the workspace's snapshots, the verdict, the baseline
// comparison and the stored record with its history event (engine/StrainJob.h).
#include "EngineImpl.h"
#include "catalog/CatalogLoader.h"
#include "engine/StrainJob.h"
#include "model/Text.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace headroom {

namespace {

// What a scenario edit changed, for its history event: scenario names added, removed and
// changed (matched by id, which a rename keeps), and whether the pass criteria moved.
nlohmann::json strainEditDetail(const StrainSettings& before, const StrainSettings& after,
                                const std::string& actor) {
    nlohmann::json added = nlohmann::json::array();
    nlohmann::json removed = nlohmann::json::array();
    nlohmann::json changed = nlohmann::json::array();
    for (const StrainScenario& scenario : after.scenarios) {
        const StrainScenario* old = before.findScenario(scenario.id);
        if (old == nullptr) {
            added.push_back(scenario.name);
        } else if (!(*old == scenario)) {
            changed.push_back(scenario.name);
        }
    }
    for (const StrainScenario& scenario : before.scenarios) {
        if (after.findScenario(scenario.id) == nullptr) {
            removed.push_back(scenario.name);
        }
    }
    return {{"actor", actor},
            {"added", std::move(added)},
            {"removed", std::move(removed)},
            {"changed", std::move(changed)},
            {"criteria", !(before.criteria == after.criteria) ||
                             before.regressionTolerance != after.regressionTolerance ||
                             before.readinessPassRate != after.readinessPassRate}};
}

} // namespace

Catalog Engine::Impl::liveCatalog() const {
    Catalog catalog = options.catalog;
    if (strainSettings) {
        catalog.strain = *strainSettings;
    }
    return catalog;
}

void Engine::Impl::sendStrainView(RequestId id, const std::string& workspace) {
    auto ws = writableWorkspace(workspace);
    if (!ws) {
        notifyError(id, ws.error());
        return;
    }
    auto runs = store->strainRuns(ws->name, "", kStrainViewRuns);
    if (!runs) {
        notifyError(id, runs.error());
        return;
    }
    StrainView view;
    view.workspace = ws->name;
    view.settings = catalogFor(*ws).strain;
    view.runs = std::move(*runs);
    // A baseline older than the newest runs is still what later runs are compared with: it
    // joins the view (after them, being older) so the comparison never says "no baseline".
    for (const StrainScenario& scenario : view.settings.scenarios) {
        const bool shown = std::ranges::any_of(view.runs, [&](const StrainRunRecord& run) {
            return run.baseline && run.result.scenarioId == scenario.id;
        });
        if (shown) {
            continue;
        }
        auto baseline = store->strainBaseline(ws->name, scenario.id);
        if (!baseline) {
            notifyError(id, baseline.error());
            return;
        }
        if (*baseline) {
            view.runs.push_back(std::move(**baseline));
        }
    }
    notify([&](EngineListener& l) { l.onStrainView(id, view); });
}

RequestId Engine::requestStrainView(const std::string& workspace) {
    return m_impl->post(
        [impl = m_impl.get(), workspace](RequestId id) { impl->sendStrainView(id, workspace); });
}

RequestId Engine::startStrainRun(StrainRunRequest request) {
    const RequestId id = m_impl->nextRequest++;
    Impl* impl = m_impl.get();
    impl->post([impl, id, request = std::move(request)](RequestId) mutable {
        auto ws = impl->writableWorkspace(request.workspace);
        if (!ws) {
            impl->notifyError(id, ws.error());
            return;
        }
        const StrainSettings settings = impl->catalogFor(*ws).strain;
        const StrainScenario* scenario = settings.findScenario(request.scenarioId);
        if (scenario == nullptr) {
            impl->notifyError(id, Error{ErrorCode::NotFound,
                                        cat("no strain scenario '", request.scenarioId, "'")});
            return;
        }
        auto plan = planRun(*scenario, settings.limits, request.overrides);
        if (!plan) {
            impl->notifyError(id, plan.error());
            return;
        }
        if (!plan->allTargetsLocal && !request.remoteConfirmed) {
            impl->notifyError(id,
                              Error{ErrorCode::Conflict,
                                    cat("the target is not this computer: confirm that ",
                                        plan->urls.front(), " may receive the test's traffic")});
            return;
        }
        auto job = std::make_shared<StrainJobRequest>();
        job->workspace = ws->name;
        job->scenarioName = scenario->name;
        job->plan = std::move(*plan);
        job->options = request.options;
        job->settings = settings;
        // The clock is read on the engine thread only: the run's start time is taken here.
        const Timestamp startedAt = impl->options.clock();
        impl->jobRunner->start(id, [impl, id, job, startedAt](std::stop_token stop) {
            auto progress = [impl, id](const LoadProgress& p) {
                impl->notify([&](EngineListener& l) { l.onStrainProgress(id, p); });
            };
            auto result = runLoad(
                job->plan, job->options, stop, [startedAt] { return startedAt; }, progress);
            impl->postInternal([impl, id, job, result = std::move(result)]() mutable {
                if (!result) {
                    impl->notifyError(id, result.error());
                    return;
                }
                auto outcome = completeStrainRun(*impl->store, *job, std::move(*result));
                if (!outcome) {
                    impl->notifyError(id, outcome.error());
                    return;
                }
                impl->notify([&](EngineListener& l) { l.onStrainFinished(id, *outcome); });
                impl->sendStrainView(0, job->workspace);
            });
        });
    });
    return id;
}

RequestId Engine::setStrainBaseline(const std::string& workspace, RowId runId) {
    return m_impl->post([impl = m_impl.get(), workspace, runId](RequestId id) {
        auto ws = impl->writableWorkspace(workspace);
        if (!ws) {
            impl->notifyError(id, ws.error());
            return;
        }
        if (auto set =
                impl->store->setStrainBaseline(ws->name, runId, "founder", impl->options.clock());
            !set) {
            impl->notifyError(id, set.error());
            return;
        }
        impl->sendStrainView(id, workspace);
    });
}

RequestId Engine::replaceStrainSettings(const std::string& workspace, StrainSettings settings,
                                        std::string actor) {
    return m_impl->post([impl = m_impl.get(), workspace, settings = std::move(settings),
                         actor = std::move(actor)](RequestId id) mutable {
        auto ws = impl->writableWorkspace(workspace);
        if (!ws) {
            impl->notifyError(id, ws.error());
            return;
        }
        // The loader's rules, over the catalog they will sit in (suites name its tiers): what
        // is accepted here loads again from the saved file at the next start.
        Catalog candidate = impl->liveCatalog();
        candidate.strain = settings;
        if (auto ok = validateCatalog(candidate); !ok) {
            impl->notifyError(id, Error{ErrorCode::ValidationError, ok.error().message});
            return;
        }
        const nlohmann::json detail = strainEditDetail(impl->liveCatalog().strain, settings, actor);
        Event event{0,        ws->id,       impl->options.clock(), EventKind::StrainSettingsChanged,
                    "strain", detail.dump()};
        if (auto stored = impl->store->appendEvent(event); !stored) {
            impl->notifyError(id, stored.error());
            return;
        }
        impl->strainSettings = std::move(settings);
        impl->sendStrainView(id, workspace);
    });
}

} // namespace headroom
