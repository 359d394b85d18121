// The rows a bundle may not take verbatim: recommendations and the scaling configuration as they
// stood at the end of the range, and sources with their credentials redacted.
#include "bundle/PayloadRewrites.h"

#include "bundle/SecretScan.h"
#include "model/EvaluationJson.h"
#include "model/ScalingConfigJson.h"
#include "model/Text.h"
#include "replay/RecommendationHistory.h"
#include "replay/ScalingTimeline.h"
#include "store/StoreRows.h"

#include <algorithm>
#include <limits>
#include <map>

#include <nlohmann/json.hpp>

namespace headroom::bundle_detail {

namespace {

Result<std::vector<Event>> readEvents(sql::Database& db, std::string_view schema, RowId ws) {
    auto stmt = db.prepare(cat("SELECT id, workspace_id, at, kind, subject, detail_json FROM ",
                               schema, ".events WHERE workspace_id = ?1 ORDER BY id"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, ws);
    std::vector<Event> out;
    auto ok = stmt->forEachRow([&](const sql::Statement& s) -> Result<void> {
        auto kind = eventKindFromString(s.columnText(3));
        if (!kind) {
            return fail(ErrorCode::StorageError,
                        cat(db.path(), ": event ", s.columnInt(0), " has an unknown kind '",
                            s.columnText(3), "'"));
        }
        out.push_back(Event{s.columnInt(0), s.columnInt(1), s.columnTime(2), *kind, s.columnText(4),
                            s.columnText(5)});
        return {};
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return out;
}

} // namespace

Result<void> recommendationsAsOf(sql::Database& db, RowId ws, Timestamp to) {
    auto recs = store::selectRecommendations(db, ws, {});
    auto events = recs ? readEvents(db, "main", ws) : Result<std::vector<Event>>{};
    HistoryFilter all;
    all.limit = std::numeric_limits<std::size_t>::max();
    auto decisions = events ? store::selectDecisions(db, ws, all) : Result<std::vector<Decision>>{};
    if (!recs || !events || !decisions) {
        return std::unexpected(!recs ? recs.error() : !events ? events.error() : decisions.error());
    }
    Timestamp horizon = to;
    for (const auto& e : *events) {
        horizon = std::max(horizon, e.at);
    }
    for (const auto& d : *decisions) {
        horizon = std::max(horizon, d.decidedAt);
    }
    auto atTo = recommendationsAt(*recs, *events, *decisions, to);
    if (!atTo) {
        return std::unexpected(atTo.error());
    }
    std::map<RowId, StoredRecommendation> states;
    for (auto& r : *atTo) {
        states.emplace(r.id, std::move(r));
    }
    if (horizon > to) {
        auto late = recommendationsAt(*recs, *events, *decisions, horizon);
        if (!late) {
            return std::unexpected(late.error());
        }
        for (auto& r : *late) {
            states.emplace(r.id, std::move(r)); // keeps the as-of-`to` state where there is one
        }
    }
    auto update = db.prepare("UPDATE main.recommendations SET state = ?2, severity = ?3, "
                             "evidence_json = ?4, last_seen = ?5, revisit_at = ?6, "
                             "condition_active = ?7 WHERE id = ?1");
    if (!update) {
        return std::unexpected(update.error());
    }
    for (const auto& rec : *recs) {
        const auto it = states.find(rec.id);
        if (it == states.end()) {
            return fail(ErrorCode::ValidationError, cat("recommendation ", rec.id, " (", rec.type,
                                                        ") has no state at the end of the range"));
        }
        const StoredRecommendation& r = it->second;
        update->reset();
        update->bind(1, r.id)
            .bind(2, keyOf(r.state))
            .bind(3, keyOf(r.severity))
            .bind(4, evidenceToJson(r.evidence).dump())
            .bind(5, r.lastSeen)
            .bind(6, r.revisitAt)
            .bind(7, r.state == RecommendationState::Resolved ? 0 : 1);
        if (auto ok = update->run(); !ok) {
            return ok;
        }
    }
    return {};
}

// scaling_config and the workspace's configured mode as of `to`: today's configuration with the
// source's later scaling events undone (they are not in the payload, so they are read there).
Result<void> scalingAsOf(sql::Database& db, RowId ws, Timestamp to) {
    auto stmt = db.prepare("SELECT config_json FROM main.scaling_config WHERE workspace_id = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, ws);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return {};
    }
    auto current = scalingConfigFromJsonText(stmt->columnText(0));
    if (!current) {
        return fail(ErrorCode::ValidationError, cat("scaling configuration of workspace ", ws,
                                                    " cannot be read: ", current.error().message));
    }
    auto events = readEvents(db, "src", ws);
    if (!events) {
        return std::unexpected(events.error());
    }
    auto then = scalingConfigAt(*current, *events, to);
    if (!then) {
        return std::unexpected(then.error());
    }
    auto update = db.prepare("UPDATE main.scaling_config SET config_json = ?2, "
                             "updated_at = min(updated_at, ?3) WHERE workspace_id = ?1");
    if (!update) {
        return std::unexpected(update.error());
    }
    update->bind(1, ws).bind(2, scalingConfigToJson(*then).dump()).bind(3, to);
    if (auto ok = update->run(); !ok) {
        return ok;
    }
    auto mode = db.prepare("UPDATE main.workspaces SET current_mode = ?2 WHERE id = ?1");
    if (!mode) {
        return std::unexpected(mode.error());
    }
    mode->bind(1, ws).bind(2, then->modeId);
    return mode->run();
}

Result<void> redactSources(sql::Database& db) {
    auto select = db.prepare("SELECT id, config_json FROM main.sources ORDER BY id");
    auto update = db.prepare("UPDATE main.sources SET config_json = ?2 WHERE id = ?1");
    if (!select || !update) {
        return std::unexpected(!select ? select.error() : update.error());
    }
    std::vector<std::pair<RowId, std::string>> rows;
    auto ok = select->forEachRow([&](const sql::Statement& s) -> Result<void> {
        rows.emplace_back(s.columnInt(0), s.columnText(1));
        return {};
    });
    if (!ok) {
        return ok;
    }
    for (const auto& [id, text] : rows) {
        auto json = nlohmann::json::parse(text, nullptr, false);
        if (json.is_discarded()) {
            return fail(ErrorCode::ValidationError,
                        cat("source ", id, " has a configuration that is not JSON"));
        }
        update->reset();
        update->bind(1, id).bind(2, redactJsonSecrets(json).dump());
        if (auto done = update->run(); !done) {
            return done;
        }
    }
    return {};
}

} // namespace headroom::bundle_detail
