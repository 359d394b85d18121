#pragma once
// Internal to the store: RAII wrappers over sqlite3* and sqlite3_stmt*, and a transaction guard
// that nests (BEGIN IMMEDIATE at the outside, SAVEPOINT inside), so Store::transaction() can wrap
// ingest() calls that open their own transaction. Every error is a StorageError whose message
// names the database path and what was being done.

#include "model/Error.h"
#include "model/Time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace headroom::sql {

class Statement {
public:
    Statement(sqlite3_stmt* stmt, const std::string* path);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, std::int64_t{value}); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value) {
        return bind(index, std::string_view(value));
    }
    Statement& bind(int index, Timestamp value);
    Statement& bind(int index, const std::optional<Timestamp>& value);
    Statement& bind(int index, const std::optional<double>& value);
    Statement& bind(int index, const std::optional<std::string>& value);
    Statement& bindNull(int index);

    // true while there is a row; false when done.
    Result<bool> step();
    // Steps to the end (for INSERT/UPDATE/DELETE).
    Result<void> run();
    // Calls fn(const Statement&) -> Result<void> for each row; stops at the first error, from
    // step() or from fn.
    template <class Fn>
    Result<void> forEachRow(Fn&& fn) {
        for (;;) {
            auto row = step();
            if (!row) {
                return std::unexpected(row.error());
            }
            if (!*row) {
                return {};
            }
            if (auto ok = fn(static_cast<const Statement&>(*this)); !ok) {
                return ok;
            }
        }
    }
    void reset();

    std::int64_t columnInt(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    Timestamp columnTime(int column) const;
    std::optional<Timestamp> columnOptionalTime(int column) const;
    bool isNull(int column) const;

private:
    sqlite3_stmt* m_stmt = nullptr;
    const std::string* m_path = nullptr;
};

class Database {
public:
    enum class Create { IfMissing, Never };

    static Result<Database> open(const std::string& path, Create create);
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&&) = delete;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const std::string& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    Result<void> exec(std::string_view sql, std::string_view context);
    Result<Statement> prepare(std::string_view sql);
    // A PRAGMA or query returning one integer.
    Result<std::int64_t> queryInt(std::string_view sql);
    std::int64_t lastInsertId() const;
    bool inTransaction() const;

    Error error(std::string_view context) const;

private:
    Database(sqlite3* db, std::string path);
    sqlite3* m_db = nullptr;
    std::string m_path;
};

// Commits on commit(); rolls back in the destructor otherwise.
class Transaction {
public:
    static Result<Transaction> begin(Database& db);
    ~Transaction();
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Result<void> commit();
    bool outermost() const { return !m_nested; }

private:
    Transaction(Database* db, bool nested);
    Database* m_db = nullptr;
    bool m_nested = false;
    bool m_done = false;
};

} // namespace headroom::sql
