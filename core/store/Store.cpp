#include "Store.h"

#include "Database.h"
#include "RecommendationReconciler.h"
#include "Schema.h"
#include "StoreImpl.h"
#include "StoreRows.h"
#include "model/Text.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

namespace headroom {

using namespace store;

Result<void> store::requireWorkspace(sql::Database& db, RowId workspaceId) {
    auto stmt = db.prepare("SELECT 1 FROM workspaces WHERE id = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, cat(db.path(), ": no workspace with id ", workspaceId));
    }
    return {};
}

namespace {

Result<Workspace> readWorkspace(sql::Database& db, sql::Statement& stmt) {
    Workspace w;
    w.id = stmt.columnInt(0);
    w.name = stmt.columnText(1);
    w.title = stmt.columnText(2);
    auto kind = workspaceKindFromString(stmt.columnText(3));
    if (!kind) {
        return fail(ErrorCode::StorageError,
                    cat(db.path(), ": workspace '", w.name, "' has an unknown kind '",
                        stmt.columnText(3), "'"));
    }
    w.kind = *kind;
    w.currentModeId = stmt.columnText(4);
    w.createdAt = stmt.columnTime(5);
    return w;
}

constexpr std::string_view kWorkspaceColumns = "id, name, title, kind, current_mode, created_at";

std::string recommendationDetail(const StoredRecommendation& rec) {
    return nlohmann::json{{"recommendation_id", rec.id},
                          {"severity", std::string(keyOf(rec.severity))}}
        .dump();
}

// Restores synchronous=NORMAL after a decision was written with FULL, whatever happened.
class SynchronousFull {
public:
    explicit SynchronousFull(sql::Database& db)
        : m_db(db.inTransaction() ? nullptr : &db) {
        // Inside an outer transaction the pragma cannot change the commit that matters.
        if (m_db) {
            (void)m_db->exec("PRAGMA synchronous = FULL", "making the decision durable");
        }
    }
    ~SynchronousFull() {
        if (m_db) {
            (void)m_db->exec("PRAGMA synchronous = NORMAL", "restoring synchronous mode");
        }
    }
    SynchronousFull(const SynchronousFull&) = delete;
    SynchronousFull& operator=(const SynchronousFull&) = delete;

private:
    sql::Database* m_db;
};

} // namespace

Store::Store(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const std::string& path) {
    auto db = sql::Database::open(path, sql::Database::Create::IfMissing);
    if (!db) {
        return std::unexpected(db.error());
    }
    if (auto ok = prepareDatabase(*db); !ok) {
        return std::unexpected(ok.error());
    }
    return std::unique_ptr<Store>(new Store(std::make_unique<Impl>(std::move(*db))));
}

int Store::latestSchemaVersion() {
    return kLatestSchemaVersion;
}

Result<int> Store::schemaVersion() {
    auto version = m_impl->db.queryInt("PRAGMA user_version");
    if (!version) {
        return std::unexpected(version.error());
    }
    return static_cast<int>(*version);
}

Result<std::vector<Workspace>> Store::workspaces() {
    auto& db = m_impl->db;
    auto stmt = db.prepare(cat("SELECT ", kWorkspaceColumns, " FROM workspaces ORDER BY id"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::vector<Workspace> out;
    for (;;) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return out;
        }
        auto w = readWorkspace(db, *stmt);
        if (!w) {
            return std::unexpected(w.error());
        }
        out.push_back(std::move(*w));
    }
}

Result<Workspace> Store::workspace(std::string_view name) {
    auto& db = m_impl->db;
    auto stmt = db.prepare(cat("SELECT ", kWorkspaceColumns, " FROM workspaces WHERE name = ?1"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, name);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, cat(db.path(), ": no workspace named '", name, "'"));
    }
    return readWorkspace(db, *stmt);
}

Result<Workspace> Store::createWorkspace(const Workspace& workspace) {
    auto& db = m_impl->db;
    if (workspace.name.empty()) {
        return fail(ErrorCode::InvalidArgument, "workspace: the name is empty");
    }
    auto tx = sql::Transaction::begin(db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto existing = this->workspace(workspace.name);
    if (existing) {
        return fail(ErrorCode::Conflict,
                    cat(db.path(), ": a workspace named '", workspace.name, "' already exists"));
    }
    if (existing.error().code != ErrorCode::NotFound) {
        return std::unexpected(existing.error());
    }
    auto stmt = db.prepare("INSERT INTO workspaces(name, title, kind, current_mode, created_at) "
                           "VALUES(?1, ?2, ?3, ?4, ?5)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspace.name)
        .bind(2, workspace.title)
        .bind(3, keyOf(workspace.kind))
        .bind(4, workspace.currentModeId)
        .bind(5, workspace.createdAt);
    if (auto ok = stmt->run(); !ok) {
        return std::unexpected(ok.error());
    }
    Workspace created = workspace;
    created.id = db.lastInsertId();
    const Event event{0,
                      created.id,
                      created.createdAt,
                      EventKind::WorkspaceCreated,
                      created.name,
                      nlohmann::json{{"kind", std::string(keyOf(created.kind))}}.dump()};
    if (auto ok = insertEvent(db, event); !ok) {
        return std::unexpected(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return std::unexpected(ok.error());
    }
    return created;
}

Result<void> Store::setCurrentMode(RowId workspaceId, const std::string& modeId, Timestamp at) {
    // `at` is part of the contract for a future mode-change event; there is no EventKind for a
    // configured mode change yet, so only the workspace row changes.
    (void)at;
    auto& db = m_impl->db;
    auto stmt = db.prepare("UPDATE workspaces SET current_mode = ?2 WHERE id = ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, workspaceId).bind(2, modeId);
    if (auto ok = stmt->run(); !ok) {
        return ok;
    }
    if (sqlite3_changes(db.handle()) == 0) {
        return fail(ErrorCode::NotFound, cat(db.path(), ": no workspace with id ", workspaceId));
    }
    return {};
}

Result<IngestResult> Store::ingest(RowId workspaceId, const Snapshot& snapshot,
                                   const Evaluation& evaluation) {
    auto& db = m_impl->db;
    auto tx = sql::Transaction::begin(db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    if (auto ok = requireWorkspace(db, workspaceId); !ok) {
        return std::unexpected(ok.error());
    }
    const Timestamp at = snapshot.takenAt();
    auto previous = previousSnapshot(db, workspaceId, at);
    if (!previous) {
        return std::unexpected(previous.error());
    }
    IngestResult result;
    auto snapshotId = insertSnapshot(db, workspaceId, snapshot, evaluation);
    if (!snapshotId) {
        return std::unexpected(snapshotId.error());
    }
    result.snapshotId = *snapshotId;

    auto tracked = selectTracked(db, workspaceId);
    if (!tracked) {
        return std::unexpected(tracked.error());
    }
    auto addEvent = [&](EventKind kind, std::string subject, std::string detail) -> Result<void> {
        auto event =
            insertEvent(db, Event{0, workspaceId, at, kind, std::move(subject), std::move(detail)});
        if (!event) {
            return std::unexpected(event.error());
        }
        result.events.push_back(std::move(*event));
        return {};
    };
    for (auto& change :
         reconcileRecommendations(*tracked, evaluation.recommendations, workspaceId, at)) {
        auto& rec = change.after.recommendation;
        Result<void> written;
        if (change.action == ReconcileAction::Open) {
            auto id = insertRecommendation(db, change.after);
            if (!id) {
                return std::unexpected(id.error());
            }
            rec.id = *id;
        } else {
            written = updateRecommendation(db, change.after);
        }
        if (!written) {
            return std::unexpected(written.error());
        }
        switch (change.action) {
        case ReconcileAction::Open:
            written =
                addEvent(EventKind::RecommendationOpened, rec.type, recommendationDetail(rec));
            result.opened.push_back(rec);
            break;
        case ReconcileAction::Reopen:
            written =
                addEvent(EventKind::RecommendationReopened, rec.type, recommendationDetail(rec));
            result.reopened.push_back(rec);
            break;
        case ReconcileAction::Resolve:
            written =
                addEvent(EventKind::RecommendationResolved, rec.type, recommendationDetail(rec));
            result.resolved.push_back(rec);
            break;
        case ReconcileAction::Refresh:
        case ReconcileAction::Touch:
        case ReconcileAction::Close:
            break;
        }
        if (!written) {
            return std::unexpected(written.error());
        }
    }

    if (*previous) {
        const SnapshotHeader& prev = **previous;
        if (prev.tierId != evaluation.capacity.tierId) {
            if (auto ok = addEvent(
                    EventKind::TierChanged, evaluation.capacity.tierId,
                    nlohmann::json{{"from", prev.tierId}, {"to", evaluation.capacity.tierId}}
                        .dump());
                !ok) {
                return std::unexpected(ok.error());
            }
        }
        if (prev.modeAction != evaluation.mode.action) {
            nlohmann::json detail{{"from", std::string(keyOf(prev.modeAction))},
                                  {"to", std::string(keyOf(evaluation.mode.action))},
                                  {"next_mode_id", nullptr}};
            if (evaluation.mode.nextModeId) {
                detail["next_mode_id"] = *evaluation.mode.nextModeId;
            }
            if (auto ok = addEvent(EventKind::ModeAdviceChanged,
                                   std::string(keyOf(evaluation.mode.action)), detail.dump());
                !ok) {
                return std::unexpected(ok.error());
            }
        }
    }
    if (auto ok = tx->commit(); !ok) {
        return std::unexpected(ok.error());
    }
    return result;
}

Result<std::optional<StoredSnapshot>> Store::latestSnapshot(RowId workspaceId) {
    auto rows = selectSnapshots(m_impl->db, workspaceId, {}, 1, Newest::First);
    if (!rows) {
        return std::unexpected(rows.error());
    }
    if (rows->empty()) {
        return std::optional<StoredSnapshot>{};
    }
    return std::optional<StoredSnapshot>(std::move(rows->front()));
}

// snapshots() and series() are in StoreReplay.cpp: they read roll-ups beside the raw rows.

Result<std::size_t> Store::snapshotCount(RowId workspaceId) {
    return countSnapshots(m_impl->db, workspaceId);
}

Result<std::vector<StoredRecommendation>>
Store::recommendations(RowId workspaceId, std::span<const RecommendationState> states) {
    return selectRecommendations(m_impl->db, workspaceId, states);
}

Result<StoredRecommendation> Store::recommendation(RowId id) {
    auto row = selectRecommendation(m_impl->db, id);
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, cat(m_impl->db.path(), ": no recommendation ", id));
    }
    return std::move((*row)->recommendation);
}

Result<Decision> Store::recordDecision(const DecisionRequest& request) {
    auto& db = m_impl->db;
    SynchronousFull durable(db);
    auto tx = sql::Transaction::begin(db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto current = selectRecommendation(db, request.recommendationId);
    if (!current) {
        return std::unexpected(current.error());
    }
    if (auto ok = validateDecision(request, *current); !ok) {
        return std::unexpected(ok.error());
    }
    TrackedRecommendation after = **current;
    Decision decision{0,
                      request.workspaceId,
                      request.recommendationId,
                      after.recommendation.type,
                      request.verdict,
                      request.reason,
                      request.actor,
                      request.decidedAt,
                      request.revisitAt};
    auto id = insertDecision(db, decision);
    if (!id) {
        return std::unexpected(id.error());
    }
    decision.id = *id;
    switch (request.verdict) {
    case Verdict::Accept:
        after.recommendation.state = RecommendationState::Accepted;
        break;
    case Verdict::Reject:
        after.recommendation.state = RecommendationState::Rejected;
        break;
    case Verdict::Defer:
        after.recommendation.state = RecommendationState::Deferred;
        break;
    }
    after.recommendation.revisitAt = request.revisitAt;
    if (auto ok = updateRecommendation(db, after); !ok) {
        return std::unexpected(ok.error());
    }
    nlohmann::json detail{{"decision_id", decision.id},
                          {"recommendation_id", decision.recommendationId},
                          {"verdict", std::string(keyOf(decision.verdict))},
                          {"reason", decision.reason},
                          {"actor", decision.actor},
                          {"revisit_at", nullptr}};
    if (decision.revisitAt) {
        detail["revisit_at"] = formatIso(*decision.revisitAt);
    }
    auto event = insertEvent(db, Event{0, decision.workspaceId, decision.decidedAt,
                                       EventKind::DecisionRecorded, decision.recommendationType,
                                       detail.dump()});
    if (!event) {
        return std::unexpected(event.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return std::unexpected(ok.error());
    }
    return decision;
}

Result<std::vector<Decision>> Store::decisions(RowId workspaceId, const HistoryFilter& filter) {
    return selectDecisions(m_impl->db, workspaceId, filter);
}

Result<Event> Store::appendEvent(const Event& event) {
    auto& db = m_impl->db;
    if (auto ok = requireWorkspace(db, event.workspaceId); !ok) {
        return std::unexpected(ok.error());
    }
    return insertEvent(db, event);
}

Result<std::vector<Event>> Store::events(RowId workspaceId, const HistoryFilter& filter) {
    return selectEvents(m_impl->db, workspaceId, filter);
}

Result<std::vector<StoredSource>> Store::sources(RowId workspaceId) {
    return selectSources(m_impl->db, workspaceId);
}

Result<StoredSource> Store::saveSource(const SaveSourceRequest& request) {
    auto& db = m_impl->db;
    if (auto ok = validateSource(request); !ok) {
        return std::unexpected(ok.error());
    }
    auto tx = sql::Transaction::begin(db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    if (auto ok = requireWorkspace(db, request.workspaceId); !ok) {
        return std::unexpected(ok.error());
    }
    std::optional<StoredSource> before;
    if (request.previousName) {
        auto found = selectSource(db, request.workspaceId, *request.previousName);
        if (!found) {
            return std::unexpected(found.error());
        }
        if (!*found) {
            return fail(ErrorCode::NotFound,
                        cat(db.path(), ": workspace ", request.workspaceId,
                            " has no source named '", *request.previousName, "'"));
        }
        before = std::move(*found);
    }
    if (!before || before->name != request.name) {
        auto taken = selectSource(db, request.workspaceId, request.name);
        if (!taken) {
            return std::unexpected(taken.error());
        }
        if (*taken) {
            return fail(ErrorCode::Conflict,
                        before ? cat(db.path(), ": cannot rename source '", before->name, "' to '",
                                     request.name, "': workspace ", request.workspaceId,
                                     " already has a source by that name")
                               : cat(db.path(), ": workspace ", request.workspaceId,
                                     " already has a source named '", request.name, "'"));
        }
    }

    StoredSource after;
    after.id = before ? before->id : 0;
    after.workspaceId = request.workspaceId;
    after.name = request.name;
    after.configJson = request.configJson;
    after.enabled = request.enabled;
    after.createdAt = before ? before->createdAt : request.at;
    after.updatedAt = request.at;
    // Saving what is already stored (the dialog's OK without edits) is not a change.
    if (before && sameSource(*before, after)) {
        return std::move(*before);
    }

    EventKind kind = EventKind::SourceAdded;
    std::string detail;
    if (before) {
        if (auto ok = updateSource(db, after); !ok) {
            return std::unexpected(ok.error());
        }
        kind = EventKind::SourceChanged;
        detail = sourceChangedDetail(*before, after, request.actor);
    } else {
        auto id = insertSource(db, after);
        if (!id) {
            return std::unexpected(id.error());
        }
        after.id = *id;
        detail = sourceAddedDetail(after, request.actor);
    }
    if (auto event = insertEvent(
            db, Event{0, request.workspaceId, request.at, kind, after.name, std::move(detail)});
        !event) {
        return std::unexpected(event.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return std::unexpected(ok.error());
    }
    return after;
}

Result<void> Store::removeSource(RowId workspaceId, std::string_view name, Timestamp at,
                                 std::string_view actor) {
    auto& db = m_impl->db;
    auto tx = sql::Transaction::begin(db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto found = selectSource(db, workspaceId, name);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return fail(ErrorCode::NotFound, cat(db.path(), ": workspace ", workspaceId,
                                             " has no source named '", name, "'"));
    }
    const StoredSource& source = **found;
    if (auto ok = deleteSource(db, source.id); !ok) {
        return ok;
    }
    if (auto event = insertEvent(db, Event{0, workspaceId, at, EventKind::SourceRemoved,
                                           source.name, sourceRemovedDetail(source, actor)});
        !event) {
        return std::unexpected(event.error());
    }
    return tx->commit();
}

Result<void> Store::transaction(const std::function<Result<void>()>& fn) {
    auto tx = sql::Transaction::begin(m_impl->db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    if (auto ok = fn(); !ok) {
        return ok;
    }
    return tx->commit();
}

} // namespace headroom
