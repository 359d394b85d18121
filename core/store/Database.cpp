#include "Database.h"

#include "model/Text.h"

#include <utility>

#include <sqlite3.h>

namespace headroom::sql {

Statement::Statement(sqlite3_stmt* stmt, const std::string* path)
    : m_stmt(stmt)
    , m_path(path) {}

Statement::~Statement() {
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
    }
}

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_path(other.m_path) {}

// Bind failures only come from programming errors (wrong index); step() reports them.
Statement& Statement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, Timestamp value) {
    return bind(index, static_cast<std::int64_t>(value.time_since_epoch().count()));
}

Statement& Statement::bind(int index, const std::optional<Timestamp>& value) {
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bind(int index, const std::optional<double>& value) {
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bind(int index, const std::optional<std::string>& value) {
    return value ? bind(index, std::string_view(*value)) : bindNull(index);
}

Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    sqlite3* db = sqlite3_db_handle(m_stmt);
    const char* sqlText = sqlite3_sql(m_stmt);
    return fail(ErrorCode::StorageError,
                cat(m_path ? *m_path : std::string("database"), ": ", sqlite3_errmsg(db), " (in \"",
                    sqlText ? std::string_view(sqlText).substr(0, 60) : "", "\")"));
}

Result<void> Statement::run() {
    for (;;) {
        auto row = step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return {};
        }
    }
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::columnInt(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::columnText(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return text ? std::string(text, static_cast<std::size_t>(size)) : std::string();
}

Timestamp Statement::columnTime(int column) const {
    return Timestamp{std::chrono::seconds{columnInt(column)}};
}

std::optional<Timestamp> Statement::columnOptionalTime(int column) const {
    if (isNull(column)) {
        return std::nullopt;
    }
    return columnTime(column);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Database::Database(sqlite3* db, std::string path)
    : m_db(db)
    , m_path(std::move(path)) {}

Database::~Database() {
    if (m_db) {
        sqlite3_close_v2(m_db);
    }
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path)) {}

Result<Database> Database::open(const std::string& path, Create create) {
    sqlite3* db = nullptr;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (create == Create::IfMissing) {
        flags |= SQLITE_OPEN_CREATE;
    }
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
        sqlite3_close_v2(db);
        return fail(ErrorCode::StorageError, cat(path, ": cannot open the database: ", message));
    }
    sqlite3_extended_result_codes(db, 1);
    return Database(db, path);
}

Error Database::error(std::string_view context) const {
    return Error{ErrorCode::StorageError, cat(m_path, ": ", context, ": ", sqlite3_errmsg(m_db))};
}

Result<void> Database::exec(std::string_view sql, std::string_view context) {
    const std::string text(sql);
    if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        return std::unexpected(error(context));
    }
    return {};
}

Result<Statement> Database::prepare(std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) !=
        SQLITE_OK) {
        return std::unexpected(error(cat("preparing \"", sql.substr(0, 60), "\"")));
    }
    return Statement(stmt, &m_path);
}

Result<std::int64_t> Database::queryInt(std::string_view sql) {
    auto stmt = prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return *row ? stmt->columnInt(0) : 0;
}

std::int64_t Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_db);
}

bool Database::inTransaction() const {
    return sqlite3_get_autocommit(m_db) == 0;
}

Transaction::Transaction(Database* db, bool nested)
    : m_db(db)
    , m_nested(nested) {}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(other.m_db)
    , m_nested(other.m_nested)
    , m_done(std::exchange(other.m_done, true)) {}

Result<Transaction> Transaction::begin(Database& db) {
    const bool nested = db.inTransaction();
    // IMMEDIATE takes the write lock up front, so a second connection waits on busy_timeout
    // instead of failing when it upgrades a read transaction.
    if (auto ok =
            db.exec(nested ? "SAVEPOINT headroom_tx" : "BEGIN IMMEDIATE", "starting a transaction");
        !ok) {
        return std::unexpected(ok.error());
    }
    return Transaction(&db, nested);
}

Transaction::~Transaction() {
    if (m_done || !m_db) {
        return;
    }
    if (m_nested) {
        (void)m_db->exec("ROLLBACK TO headroom_tx; RELEASE headroom_tx", "rolling back");
    } else {
        (void)m_db->exec("ROLLBACK", "rolling back");
    }
}

Result<void> Transaction::commit() {
    m_done = true;
    auto ok = m_db->exec(m_nested ? "RELEASE headroom_tx" : "COMMIT", "committing");
    if (!ok && !m_nested) {
        (void)m_db->exec("ROLLBACK", "rolling back");
    }
    return ok;
}

} // namespace headroom::sql
