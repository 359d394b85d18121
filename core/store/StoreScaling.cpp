// Store: scaling configuration and health snapshots (scaling stream, schema v6).
#include "Store.h"
#include "StoreImpl.h"
#include "StoreRows.h"
#include "model/ScalingConfigJson.h"
#include "model/Text.h"
#include "policy/ScalingConfigCheck.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace headroom {

using namespace store;
using nlohmann::json;

namespace {

bool blank(std::string_view text) {
    return std::ranges::all_of(text, [](char c) { return c == ' ' || c == '\t' || c == '\n'; });
}

Result<std::optional<ScalingConfig>> selectConfig(sql::Database& db, RowId workspaceId) {
    auto stmt = db.prepare("SELECT config_json FROM scaling_config WHERE workspace_id = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<ScalingConfig>{};
    }
    auto config = scalingConfigFromJsonText(stmt->columnText(0));
    if (!config) {
        return fail(ErrorCode::StorageError,
                    cat(db.path(), ": the scaling configuration of workspace ", workspaceId,
                        " is damaged: ", config.error().message));
    }
    return std::optional<ScalingConfig>{std::move(*config)};
}

Result<void> upsertConfig(sql::Database& db, RowId workspaceId, const ScalingConfig& config,
                          Timestamp at) {
    auto stmt = db.prepare("INSERT INTO scaling_config(workspace_id, config_json, updated_at) "
                           "VALUES(?1, ?2, ?3) ON CONFLICT(workspace_id) DO UPDATE SET "
                           "config_json = excluded.config_json, updated_at = excluded.updated_at");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId).bind(2, scalingConfigToJson(config).dump()).bind(3, at);
    return stmt->run();
}

Result<void> updateWorkspaceMode(sql::Database& db, RowId workspaceId, const std::string& modeId) {
    auto stmt = db.prepare("UPDATE workspaces SET current_mode = ?2 WHERE id = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId).bind(2, modeId);
    return stmt->run();
}

// The new configuration and its event for a request, or why it is refused.
struct PlannedChange {
    ScalingConfig config;
    EventKind kind = EventKind::ModeSet;
    json detail;
};

Result<PlannedChange> plan(const ScalingChangeRequest& r, const ScalingConfig& current) {
    PlannedChange p{current, EventKind::ModeSet, json{{"actor", r.actor}, {"reason", r.reason}}};
    switch (r.kind) {
    case ScalingChangeKind::SetMode: {
        if (r.modeId == current.modeId) {
            return fail(ErrorCode::Conflict, cat("mode: the environment '", current.environment,
                                                 "' is already in mode '", r.modeId, "'"));
        }
        const bool againstAdvice = !r.advisedModeId || *r.advisedModeId != r.modeId;
        if (againstAdvice && blank(r.reason)) {
            return fail(ErrorCode::ValidationError,
                        cat("reason: setting mode '", r.modeId,
                            "' goes against the current advice (",
                            r.advisedModeId ? "'" + *r.advisedModeId + "'" : std::string("none"),
                            "): a manual override needs a reason"));
        }
        p.config.modeId = r.modeId;
        p.kind = EventKind::ModeSet;
        p.detail["old"] = current.modeId;
        p.detail["new"] = r.modeId;
        p.detail["against_advice"] = againstAdvice;
        p.detail["advised"] = r.advisedModeId ? json(*r.advisedModeId) : json(nullptr);
        break;
    }
    case ScalingChangeKind::Freeze:
        if (current.freeze) {
            return fail(ErrorCode::Conflict,
                        cat("freeze: onboarding in '", current.environment,
                            "' is already frozen since ", formatIso(current.freeze->since)));
        }
        if (blank(r.reason)) {
            return fail(ErrorCode::ValidationError, "reason: freezing onboarding needs a reason");
        }
        p.config.freeze = ScalingFreeze{r.reason, r.at, r.actor};
        p.kind = EventKind::ScalingFrozen;
        p.detail["old"] = false;
        p.detail["new"] = true;
        break;
    case ScalingChangeKind::Unfreeze:
        if (!current.freeze) {
            return fail(ErrorCode::Conflict,
                        cat("unfreeze: onboarding in '", current.environment, "' is not frozen"));
        }
        p.config.freeze.reset();
        p.kind = EventKind::ScalingUnfrozen;
        p.detail["old"] = true;
        p.detail["new"] = false;
        p.detail["frozen_since"] = formatIso(current.freeze->since);
        break;
    case ScalingChangeKind::SetAutoMode:
        if (r.autoMode == current.autoMode) {
            return fail(ErrorCode::Conflict,
                        cat("auto_mode: auto-mode is already ", keyOf(r.autoMode)));
        }
        p.config.autoMode = r.autoMode;
        p.kind = EventKind::AutoModeChanged;
        p.detail["old"] = std::string(keyOf(current.autoMode));
        p.detail["new"] = std::string(keyOf(r.autoMode));
        break;
    case ScalingChangeKind::UpdateConfig:
        // Mode, auto-mode and the freeze have their own events; an update keeps them.
        p.config.environment = r.config.environment;
        p.config.modes = r.config.modes;
        p.config.guardrails = r.config.guardrails;
        p.config.cadence = r.config.cadence;
        if (scalingConfigToJson(p.config) == scalingConfigToJson(current)) {
            return fail(ErrorCode::Conflict, "scaling configuration: nothing changed");
        }
        p.kind = EventKind::ScalingConfigChanged;
        p.detail["old"] = scalingConfigToJson(current);
        p.detail["new"] = scalingConfigToJson(p.config);
        break;
    }
    if (auto ok = validateScalingConfig(p.config); !ok) {
        return std::unexpected(ok.error());
    }
    return p;
}

Result<HealthSnapshotRecord> readRecord(sql::Database& db, const sql::Statement& stmt) {
    HealthSnapshotRecord r;
    r.id = stmt.columnInt(0);
    r.workspaceId = stmt.columnInt(1);
    r.takenAt = stmt.columnTime(2);
    auto trigger = healthSnapshotTriggerFromString(stmt.columnText(3));
    if (!trigger) {
        return fail(ErrorCode::StorageError,
                    cat(db.path(), ": health snapshot ", r.id, " has an unknown trigger '",
                        stmt.columnText(3), "'"));
    }
    r.trigger = *trigger;
    r.slot = stmt.columnOptionalTime(4);
    auto body = json::parse(stmt.columnText(5), nullptr, false);
    if (body.is_discarded()) {
        return fail(ErrorCode::StorageError,
                    cat(db.path(), ": health snapshot ", r.id, " is not valid JSON"));
    }
    if (auto ok = healthSnapshotBodyFromJson(body, r); !ok) {
        return fail(ErrorCode::StorageError,
                    cat(db.path(), ": health snapshot ", r.id, ": ", ok.error().message));
    }
    return r;
}

json snapshotEventDetail(const HealthSnapshotRecord& r) {
    const auto opt = [](const std::optional<double>& v) {
        return v ? json(*v) : json(nullptr);
    };
    return json{{"actor", r.trigger == HealthSnapshotTrigger::Manual ? "founder" : "schedule"},
                {"reason", ""},
                {"environment", r.environment},
                {"mode", r.configuredModeId},
                {"action", std::string(keyOf(r.mode.action))},
                {"next_mode", r.mode.nextModeId ? json(*r.mode.nextModeId) : json(nullptr)},
                {"confidence", r.mode.confidence},
                {"data_confidence", r.quality.confidence},
                {"overall", opt(r.health.overall)},
                {"infra_health", opt(r.health.infraHealth)},
                {"ai_cost_pressure", opt(r.health.aiCostPressure)},
                {"warning_density", opt(r.health.warningDensity)},
                {"churn_risk", opt(r.health.churnRisk)},
                {"utilisation", opt(r.mode.utilisation)},
                {"slot", r.slot ? json(formatIso(*r.slot)) : json(nullptr)}};
}

} // namespace

Result<std::optional<ScalingConfig>> Store::scalingConfig(RowId workspaceId) {
    auto& db = m_impl->db;
    if (auto ok = requireWorkspace(db, workspaceId); !ok) {
        return std::unexpected(ok.error());
    }
    return selectConfig(db, workspaceId);
}

Result<ScalingChangeResult> Store::changeScaling(const ScalingChangeRequest& request,
                                                 const ScalingConfig& current) {
    auto& db = m_impl->db;
    auto tx = sql::Transaction::begin(db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    if (auto ok = requireWorkspace(db, request.workspaceId); !ok) {
        return std::unexpected(ok.error());
    }
    auto stored = selectConfig(db, request.workspaceId);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    const ScalingConfig& before = *stored ? **stored : current;
    auto planned = plan(request, before);
    if (!planned) {
        return std::unexpected(planned.error());
    }
    if (auto ok = upsertConfig(db, request.workspaceId, planned->config, request.at); !ok) {
        return std::unexpected(ok.error());
    }
    // The evaluator reads the workspace's mode: keep it in step with the configuration.
    if (auto ok = updateWorkspaceMode(db, request.workspaceId, planned->config.modeId); !ok) {
        return std::unexpected(ok.error());
    }
    auto event = insertEvent(db, Event{0, request.workspaceId, request.at, planned->kind,
                                       planned->config.environment, planned->detail.dump()});
    if (!event) {
        return std::unexpected(event.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return std::unexpected(ok.error());
    }
    return ScalingChangeResult{std::move(planned->config), std::move(*event)};
}

Result<HealthSnapshotRecord> Store::appendHealthSnapshot(const HealthSnapshotRecord& record) {
    auto& db = m_impl->db;
    auto tx = sql::Transaction::begin(db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    if (auto ok = requireWorkspace(db, record.workspaceId); !ok) {
        return std::unexpected(ok.error());
    }
    auto stmt = db.prepare("INSERT INTO health_snapshots(workspace_id, taken_at, trigger, slot_at, "
                           "record_json) VALUES(?1, ?2, ?3, ?4, ?5)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, record.workspaceId)
        .bind(2, record.takenAt)
        .bind(3, keyOf(record.trigger))
        .bind(4, record.slot)
        .bind(5, healthSnapshotBodyToJson(record).dump());
    if (auto ok = stmt->run(); !ok) {
        return std::unexpected(ok.error());
    }
    HealthSnapshotRecord stored = record;
    stored.id = db.lastInsertId();
    auto event = insertEvent(
        db, Event{0, record.workspaceId, record.takenAt, EventKind::HealthSnapshotTaken,
                  std::string(keyOf(record.trigger)), snapshotEventDetail(stored).dump()});
    if (!event) {
        return std::unexpected(event.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return std::unexpected(ok.error());
    }
    return stored;
}

Result<std::vector<HealthSnapshotRecord>> Store::healthSnapshots(RowId workspaceId, TimeRange range,
                                                                 std::size_t limit) {
    auto& db = m_impl->db;
    auto stmt = db.prepare("SELECT id, workspace_id, taken_at, trigger, slot_at, record_json "
                           "FROM health_snapshots WHERE workspace_id = ?1 AND taken_at BETWEEN "
                           "?2 AND ?3 ORDER BY taken_at DESC, id DESC LIMIT ?4");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId);
    bindRange(*stmt, 2, range);
    stmt->bind(4, static_cast<std::int64_t>(
                      std::min<std::size_t>(limit, std::numeric_limits<std::int64_t>::max())));
    std::vector<HealthSnapshotRecord> out;
    auto ok = stmt->forEachRow([&](const sql::Statement& row) -> Result<void> {
        auto r = readRecord(db, row);
        if (!r) {
            return std::unexpected(r.error());
        }
        out.push_back(std::move(*r));
        return {};
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    std::ranges::reverse(out);
    return out;
}

Result<std::optional<Timestamp>> Store::lastScheduledHealthSlot(RowId workspaceId) {
    auto& db = m_impl->db;
    auto stmt = db.prepare("SELECT MAX(slot_at) FROM health_snapshots WHERE workspace_id = ?1 "
                           "AND slot_at IS NOT NULL");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return stmt->columnOptionalTime(0);
}

} // namespace headroom
