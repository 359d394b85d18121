// Store: alert states, notification channels and deliveries (alerts stream, schema v7).
#include "Database.h"
#include "Store.h"
#include "StoreImpl.h"
#include "StoreRows.h"
#include "model/Text.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

namespace headroom {

using namespace store;

namespace {

template <class T>
std::unexpected<Error> failed(const Result<T>& r) {
    return std::unexpected(r.error());
}

std::optional<double> optionalDouble(const sql::Statement& s, int column) {
    return s.isNull(column) ? std::nullopt : std::optional<double>(s.columnDouble(column));
}

constexpr std::string_view kStateColumns =
    "rule_id, phase, severity, pending_since, firing_since, resolved_at, evaluated_at, value, "
    "threshold, data_missing";

AlertState readState(const sql::Statement& s) {
    AlertState a;
    a.ruleId = s.columnText(0);
    a.phase = alertPhaseFromString(s.columnText(1)).value_or(AlertPhase::Normal);
    a.severity = alertSeverityFromString(s.columnText(2)).value_or(AlertSeverity::Info);
    a.pendingSince = s.columnOptionalTime(3);
    a.firingSince = s.columnOptionalTime(4);
    a.resolvedAt = s.columnOptionalTime(5);
    a.evaluatedAt = s.columnOptionalTime(6);
    a.value = optionalDouble(s, 7);
    a.threshold = optionalDouble(s, 8);
    a.dataMissing = s.columnInt(9) != 0;
    return a;
}

constexpr std::string_view kChannelColumns =
    "id, name, kind, purpose, config_json, enabled, created_at, updated_at";

NotificationChannel readChannel(const sql::Statement& s) {
    NotificationChannel c;
    c.id = s.columnInt(0);
    c.name = s.columnText(1);
    c.kind = notificationKindFromString(s.columnText(2)).value_or(NotificationKind::Json);
    c.purpose =
        notificationPurposeFromString(s.columnText(3)).value_or(NotificationPurpose::Alerts);
    c.configJson = s.columnText(4);
    c.enabled = s.columnInt(5) != 0;
    c.createdAt = s.columnTime(6);
    c.updatedAt = s.columnTime(7);
    return c;
}

constexpr std::string_view kDeliveryColumns =
    "id, workspace_id, channel, summary, payload, state, attempts, max_attempts, last_error, "
    "created_at, next_attempt_at, finished_at";

Delivery readDelivery(const sql::Statement& s) {
    Delivery d;
    d.id = s.columnInt(0);
    d.workspaceId = s.columnInt(1);
    d.channel = s.columnText(2);
    d.summary = s.columnText(3);
    d.payload = s.columnText(4);
    d.state = deliveryStateFromString(s.columnText(5)).value_or(DeliveryState::Failed);
    d.attempts = static_cast<int>(s.columnInt(6));
    d.maxAttempts = static_cast<int>(s.columnInt(7));
    d.lastError = s.columnText(8);
    d.createdAt = s.columnTime(9);
    d.nextAttemptAt = s.columnOptionalTime(10);
    d.finishedAt = s.columnOptionalTime(11);
    return d;
}

template <class T, class Read>
Result<std::vector<T>> collect(sql::Statement& stmt, Read read) {
    std::vector<T> out;
    if (auto ok = stmt.forEachRow([&](const sql::Statement& row) -> Result<void> {
            out.push_back(read(row));
            return {};
        });
        !ok) {
        return std::unexpected(ok.error());
    }
    return out;
}

Result<std::optional<NotificationChannel>> selectChannel(sql::Database& db, std::string_view name) {
    auto stmt =
        db.prepare(cat("SELECT ", kChannelColumns, " FROM notification_channels WHERE name = ?1"));
    if (!stmt) {
        return failed(stmt);
    }
    stmt->bind(1, name);
    auto rows = collect<NotificationChannel>(*stmt, readChannel);
    if (!rows) {
        return failed(rows);
    }
    if (rows->empty()) {
        return std::optional<NotificationChannel>{};
    }
    return std::optional<NotificationChannel>(rows->front());
}

Result<void> validateChannel(const NotificationChannel& c) {
    if (c.name.empty() || c.name.find_first_not_of(" \t") == std::string::npos) {
        return fail(ErrorCode::InvalidArgument, "notification channel: the name is empty");
    }
    const auto config = nlohmann::json::parse(c.configJson, nullptr, false);
    if (config.is_discarded() || !config.is_object()) {
        return fail(ErrorCode::InvalidArgument, cat("notification channel '", c.name,
                                                    "': the configuration is not a JSON object"));
    }
    return {};
}

} // namespace

Result<std::vector<AlertState>> Store::alertStates(RowId workspaceId) {
    auto& db = m_impl->db;
    if (auto ok = requireWorkspace(db, workspaceId); !ok) {
        return failed(ok);
    }
    auto stmt = db.prepare(cat("SELECT ", kStateColumns,
                               " FROM alert_states WHERE workspace_id = ?1 ORDER BY rule_id"));
    if (!stmt) {
        return failed(stmt);
    }
    stmt->bind(1, workspaceId);
    return collect<AlertState>(*stmt, readState);
}

Result<std::vector<Event>> Store::saveAlertStates(RowId workspaceId,
                                                  std::span<const AlertState> states,
                                                  std::span<const Event> events) {
    auto& db = m_impl->db;
    auto tx = sql::Transaction::begin(db);
    if (!tx) {
        return failed(tx);
    }
    if (auto ok = requireWorkspace(db, workspaceId); !ok) {
        return failed(ok);
    }
    auto stmt = db.prepare(cat("INSERT OR REPLACE INTO alert_states(workspace_id, ", kStateColumns,
                               ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
    if (!stmt) {
        return failed(stmt);
    }
    for (const auto& a : states) {
        stmt->reset();
        stmt->bind(1, workspaceId)
            .bind(2, a.ruleId)
            .bind(3, keyOf(a.phase))
            .bind(4, keyOf(a.severity))
            .bind(5, a.pendingSince)
            .bind(6, a.firingSince)
            .bind(7, a.resolvedAt)
            .bind(8, a.evaluatedAt)
            .bind(9, a.value)
            .bind(10, a.threshold)
            .bind(11, a.dataMissing ? 1 : 0);
        if (auto ok = stmt->run(); !ok) {
            return failed(ok);
        }
    }
    std::vector<Event> stored;
    for (Event e : events) {
        e.workspaceId = workspaceId;
        auto inserted = insertEvent(db, e);
        if (!inserted) {
            return failed(inserted);
        }
        stored.push_back(*inserted);
    }
    if (auto ok = tx->commit(); !ok) {
        return failed(ok);
    }
    return stored;
}

Result<std::vector<NotificationChannel>> Store::notificationChannels() {
    auto stmt = m_impl->db.prepare(
        cat("SELECT ", kChannelColumns, " FROM notification_channels ORDER BY name"));
    if (!stmt) {
        return failed(stmt);
    }
    return collect<NotificationChannel>(*stmt, readChannel);
}

Result<NotificationChannel>
Store::saveNotificationChannel(const NotificationChannel& channel,
                               const std::optional<std::string>& previousName, Timestamp at) {
    auto& db = m_impl->db;
    if (auto ok = validateChannel(channel); !ok) {
        return failed(ok);
    }
    auto tx = sql::Transaction::begin(db);
    if (!tx) {
        return failed(tx);
    }
    auto clash = selectChannel(db, channel.name);
    if (!clash) {
        return failed(clash);
    }
    NotificationChannel saved = channel;
    saved.updatedAt = at;
    if (previousName) {
        auto before = selectChannel(db, *previousName);
        if (!before) {
            return failed(before);
        }
        if (!*before) {
            return fail(ErrorCode::NotFound,
                        cat("notification channel '", *previousName, "' does not exist"));
        }
        if (*clash && (*clash)->id != (*before)->id) {
            return fail(ErrorCode::Conflict,
                        cat("a notification channel named '", channel.name, "' already exists"));
        }
        saved.id = (*before)->id;
        saved.createdAt = (*before)->createdAt;
        auto stmt = db.prepare("UPDATE notification_channels SET name = ?2, kind = ?3, "
                               "purpose = ?4, config_json = ?5, enabled = ?6, updated_at = ?7 "
                               "WHERE id = ?1");
        if (!stmt) {
            return failed(stmt);
        }
        stmt->bind(1, saved.id)
            .bind(2, saved.name)
            .bind(3, keyOf(saved.kind))
            .bind(4, keyOf(saved.purpose))
            .bind(5, saved.configJson)
            .bind(6, saved.enabled ? 1 : 0)
            .bind(7, at);
        if (auto ok = stmt->run(); !ok) {
            return failed(ok);
        }
    } else {
        if (*clash) {
            return fail(ErrorCode::Conflict,
                        cat("a notification channel named '", channel.name, "' already exists"));
        }
        saved.createdAt = at;
        auto stmt = db.prepare("INSERT INTO notification_channels(name, kind, purpose, "
                               "config_json, enabled, created_at, updated_at) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)");
        if (!stmt) {
            return failed(stmt);
        }
        stmt->bind(1, saved.name)
            .bind(2, keyOf(saved.kind))
            .bind(3, keyOf(saved.purpose))
            .bind(4, saved.configJson)
            .bind(5, saved.enabled ? 1 : 0)
            .bind(6, at);
        if (auto ok = stmt->run(); !ok) {
            return failed(ok);
        }
        saved.id = db.lastInsertId();
    }
    if (auto ok = tx->commit(); !ok) {
        return failed(ok);
    }
    return saved;
}

Result<void> Store::removeNotificationChannel(std::string_view name) {
    auto& db = m_impl->db;
    auto stmt = db.prepare("DELETE FROM notification_channels WHERE name = ?1");
    if (!stmt) {
        return failed(stmt);
    }
    stmt->bind(1, name);
    if (auto ok = stmt->run(); !ok) {
        return ok;
    }
    if (sqlite3_changes(db.handle()) == 0) {
        return fail(ErrorCode::NotFound, cat("notification channel '", name, "' does not exist"));
    }
    return {};
}

Result<Delivery> Store::enqueueDelivery(const Delivery& delivery) {
    auto& db = m_impl->db;
    if (auto ok = requireWorkspace(db, delivery.workspaceId); !ok) {
        return failed(ok);
    }
    if (delivery.channel.empty()) {
        return fail(ErrorCode::InvalidArgument, "delivery: the channel is empty");
    }
    Delivery d = delivery;
    d.state = DeliveryState::Pending;
    d.attempts = 0;
    d.maxAttempts = std::max(1, d.maxAttempts);
    d.nextAttemptAt = d.nextAttemptAt.value_or(d.createdAt);
    d.finishedAt.reset();
    auto stmt =
        db.prepare("INSERT INTO notification_deliveries(workspace_id, channel, summary, "
                   "payload, state, attempts, max_attempts, last_error, created_at, "
                   "next_attempt_at) VALUES (?1, ?2, ?3, ?4, 'pending', 0, ?5, '', ?6, ?7)");
    if (!stmt) {
        return failed(stmt);
    }
    stmt->bind(1, d.workspaceId)
        .bind(2, d.channel)
        .bind(3, d.summary)
        .bind(4, d.payload)
        .bind(5, d.maxAttempts)
        .bind(6, d.createdAt)
        .bind(7, d.nextAttemptAt);
    if (auto ok = stmt->run(); !ok) {
        return failed(ok);
    }
    d.id = db.lastInsertId();
    return d;
}

Result<std::vector<Delivery>> Store::dueDeliveries(Timestamp now, std::size_t limit) {
    auto stmt = m_impl->db.prepare(
        cat("SELECT ", kDeliveryColumns,
            " FROM notification_deliveries WHERE state = 'pending' AND next_attempt_at <= ?1 "
            "ORDER BY next_attempt_at, id LIMIT ?2"));
    if (!stmt) {
        return failed(stmt);
    }
    stmt->bind(1, now).bind(2, static_cast<std::int64_t>(limit));
    return collect<Delivery>(*stmt, readDelivery);
}

Result<std::vector<Delivery>> Store::deliveries(std::size_t limit) {
    auto stmt = m_impl->db.prepare(cat("SELECT ", kDeliveryColumns,
                                       " FROM notification_deliveries ORDER BY id DESC LIMIT ?1"));
    if (!stmt) {
        return failed(stmt);
    }
    stmt->bind(1, static_cast<std::int64_t>(limit));
    return collect<Delivery>(*stmt, readDelivery);
}

Result<Delivery> Store::delivery(RowId id) {
    auto stmt = m_impl->db.prepare(
        cat("SELECT ", kDeliveryColumns, " FROM notification_deliveries WHERE id = ?1"));
    if (!stmt) {
        return failed(stmt);
    }
    stmt->bind(1, id);
    auto rows = collect<Delivery>(*stmt, readDelivery);
    if (!rows) {
        return failed(rows);
    }
    if (rows->empty()) {
        return fail(ErrorCode::NotFound, cat("no notification delivery with id ", id));
    }
    return rows->front();
}

Result<std::optional<Event>> Store::recordDeliveryAttempt(const DeliveryAttempt& attempt) {
    auto& db = m_impl->db;
    auto tx = sql::Transaction::begin(db);
    if (!tx) {
        return failed(tx);
    }
    auto current = delivery(attempt.deliveryId);
    if (!current) {
        return failed(current);
    }
    if (current->state != DeliveryState::Pending) {
        return fail(ErrorCode::Conflict, cat("notification delivery ", attempt.deliveryId,
                                             " is already ", keyOf(current->state)));
    }
    Delivery d = *current;
    d.attempts += 1;
    if (attempt.succeeded) {
        d.state = DeliveryState::Sent;
        d.lastError.clear();
    } else {
        d.lastError = attempt.error;
        d.state = attempt.retryAt && d.attempts < d.maxAttempts ? DeliveryState::Pending
                                                                : DeliveryState::Failed;
    }
    d.nextAttemptAt =
        d.state == DeliveryState::Pending ? attempt.retryAt : std::optional<Timestamp>{};
    d.finishedAt = d.state == DeliveryState::Pending ? std::optional<Timestamp>{} : attempt.at;
    auto stmt = db.prepare("UPDATE notification_deliveries SET state = ?2, attempts = ?3, "
                           "last_error = ?4, next_attempt_at = ?5, finished_at = ?6 WHERE id = ?1");
    if (!stmt) {
        return failed(stmt);
    }
    stmt->bind(1, d.id)
        .bind(2, keyOf(d.state))
        .bind(3, d.attempts)
        .bind(4, d.lastError)
        .bind(5, d.nextAttemptAt)
        .bind(6, d.finishedAt);
    if (auto ok = stmt->run(); !ok) {
        return failed(ok);
    }
    std::optional<Event> event;
    if (d.state != DeliveryState::Pending) {
        nlohmann::json detail{{"delivery", d.id}, {"attempts", d.attempts}, {"summary", d.summary}};
        if (d.state == DeliveryState::Failed) {
            detail["error"] = d.lastError;
        }
        auto inserted = insertEvent(
            db, Event{0, d.workspaceId, attempt.at,
                      d.state == DeliveryState::Sent ? EventKind::NotificationSent
                                                     : EventKind::NotificationFailed,
                      d.channel,
                      detail.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)});
        if (!inserted) {
            return failed(inserted);
        }
        event = *inserted;
    }
    if (auto ok = tx->commit(); !ok) {
        return failed(ok);
    }
    return event;
}

} // namespace headroom
