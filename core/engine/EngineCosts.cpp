// The engine's cost requests: the cost report of a period and importing a billing export, both
// on the engine thread (the GUI thread never touches SQLite).
#include "engine/CostQuery.h"
#include "engine/Engine.h"
#include "engine/EngineImpl.h"
#include "engine/LedgerFile.h"

namespace headroom {

RequestId Engine::requestCosts(const std::string& workspace, DayRange range,
                               std::optional<CostSettings> costs) {
    return m_impl->post(
        [impl = m_impl.get(), workspace, range, costs = std::move(costs)](RequestId id) {
            const Catalog* catalog = &impl->options.catalog;
            Catalog edited;
            if (costs) {
                edited = impl->options.catalog;
                edited.costs = *costs;
                catalog = &edited;
            }
            auto target = impl->resolve(workspace);
            if (!target) {
                impl->notifyError(id, target.error());
                return;
            }
            auto report =
                queryCostReport(*target->store, *catalog, target->storedWorkspace().name, range);
            if (!report) {
                impl->notifyError(id, report.error());
                return;
            }
            report->workspace = workspace;
            impl->notify([&](EngineListener& l) { l.onCostReport(id, *report); });
        });
}

RequestId Engine::importLedger(const std::string& workspace, std::string path) {
    return m_impl->post([impl = m_impl.get(), workspace, path = std::move(path)](RequestId id) {
        if (isBundleWorkspace(workspace)) {
            impl->notifyError(id, impl->writableWorkspace(workspace).error());
            return;
        }
        auto imported = importLedgerFile(*impl->store, workspace, path, impl->options.clock());
        if (!imported) {
            impl->notifyError(id, imported.error());
            return;
        }
        LedgerImportSummary summary;
        summary.workspace = workspace;
        summary.origin = imported->event.subject;
        summary.usageRows = imported->usageRows;
        summary.serviceRows = imported->serviceCostRows;
        summary.days = imported->days;
        impl->notify([&](EngineListener& l) { l.onLedgerImported(id, summary); });
    });
}

} // namespace headroom
