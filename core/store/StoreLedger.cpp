// Store's cost ledger methods (schema v4); the queries are in LedgerRows.cpp.
#include "Store.h"
#include "StoreImpl.h"
#include "StoreRows.h"

#include <algorithm>

namespace headroom {

using namespace store;

namespace {

template <class Row>
void widen(std::optional<DayRange>& days, std::span<const Row> rows) {
    for (const Row& row : rows) {
        if (!days) {
            days = DayRange{row.day, row.day};
        } else {
            days->from = std::min(days->from, row.day);
            days->to = std::max(days->to, row.day);
        }
    }
}

} // namespace

Result<LedgerImportResult> Store::importLedger(const LedgerImportRequest& request) {
    auto& db = m_impl->db;
    if (auto ok = validateLedgerImport(request); !ok) {
        return std::unexpected(ok.error());
    }
    auto tx = sql::Transaction::begin(db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    if (auto ok = requireWorkspace(db, request.workspaceId); !ok) {
        return std::unexpected(ok.error());
    }
    auto before = countLedgerRows(db, request.workspaceId);
    if (!before) {
        return std::unexpected(before.error());
    }
    if (auto ok = upsertUsage(db, request.workspaceId, request.usage); !ok) {
        return std::unexpected(ok.error());
    }
    if (auto ok = upsertServiceCosts(db, request.workspaceId, request.serviceCosts); !ok) {
        return std::unexpected(ok.error());
    }
    auto after = countLedgerRows(db, request.workspaceId);
    if (!after) {
        return std::unexpected(after.error());
    }
    LedgerImportResult result;
    result.usageRows = request.usage.size();
    result.serviceCostRows = request.serviceCosts.size();
    result.newRows = *after - *before;
    result.replacedRows = result.usageRows + result.serviceCostRows - result.newRows;
    std::optional<DayRange> days;
    widen(days, request.usage);
    widen(days, request.serviceCosts);
    result.days = *days; // validation refused an empty request
    auto event =
        insertEvent(db, Event{0, request.workspaceId, request.at, EventKind::LedgerImported,
                              request.origin, ledgerImportedDetail(request, result)});
    if (!event) {
        return std::unexpected(event.error());
    }
    result.event = std::move(*event);
    if (auto ok = tx->commit(); !ok) {
        return std::unexpected(ok.error());
    }
    return result;
}

Result<std::vector<UsageRow>> Store::usageRows(RowId workspaceId, DayRange range) {
    return selectUsage(m_impl->db, workspaceId, range);
}

Result<std::vector<ServiceCostRow>> Store::serviceCostRows(RowId workspaceId, DayRange range) {
    return selectServiceCosts(m_impl->db, workspaceId, range);
}

Result<std::optional<DayRange>> Store::ledgerSpan(RowId workspaceId) {
    return selectLedgerSpan(m_impl->db, workspaceId);
}

} // namespace headroom
