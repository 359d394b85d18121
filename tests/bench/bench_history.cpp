// What the tamper-evident history costs (issue 5). Baselines, on the same file and settings:
// - appending: Store::appendEvent (hash of the previous hash and the row, chain head updated, in
//   one transaction) against a plain INSERT of the same columns into a table without chain or
//   triggers, both autocommitted one row at a time as the engine writes them;
// - verifying: Store::verifyHistory over N events against reading the same rows (SELECT of
//   every column, in id order) without hashing.
// Each figure is per item (event); the closing notes give the ratios.
#include "store/Store.h"

#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>

#include <sqlite3.h>

namespace {

using namespace headroom;

constexpr Timestamp kStart{std::chrono::seconds{1'764'000'000}};

struct TempDb {
    std::filesystem::path path;
    TempDb() {
        path = std::filesystem::temp_directory_path() /
               ("headroom-bench-history-" + std::to_string(::getpid()) + ".db");
        remove();
    }
    ~TempDb() { remove(); }
    void remove() const {
        for (const char* suffix : {"", "-wal", "-shm"}) {
            std::filesystem::remove(path.string() + suffix);
        }
    }
};

[[noreturn]] void fail(const std::string& what) {
    std::fprintf(stderr, "bench_history: %s\n", what.c_str());
    std::abort();
}

std::unique_ptr<Store> openStore(const TempDb& db) {
    auto store = Store::open(db.path.string());
    if (!store) {
        fail(store.error().message);
    }
    return std::move(*store);
}

RowId benchWorkspace(Store& store) {
    Workspace ws;
    ws.name = "bench";
    ws.title = "Bench";
    ws.kind = WorkspaceKind::Live;
    ws.currentModeId = "growth";
    ws.createdAt = kStart;
    auto created = store.createWorkspace(ws);
    if (!created) {
        fail(created.error().message);
    }
    return created->id;
}

Event sampleEvent(RowId workspaceId, std::int64_t i) {
    return Event{0,
                 workspaceId,
                 kStart + std::chrono::seconds{i},
                 EventKind::ModeAdviceChanged,
                 "hold",
                 R"({"from":"increase_mode","to":"hold","next_mode_id":null,"n":)" +
                     std::to_string(i) + "}"};
}

void BM_AppendChainedEvent(benchmark::State& state) {
    TempDb db;
    auto store = openStore(db);
    const RowId ws = benchWorkspace(*store);
    std::int64_t i = 0;
    for (auto _ : state) {
        auto stored = store->appendEvent(sampleEvent(ws, ++i));
        if (!stored) {
            state.SkipWithError(stored.error().message.c_str());
            return;
        }
        benchmark::DoNotOptimize(stored->id);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AppendChainedEvent);

// The baseline: the same columns and the same connection settings, no chain, no triggers.
void BM_AppendPlainRow(benchmark::State& state) {
    TempDb db;
    { openStore(db); } // same file format and journal mode (WAL is persistent)
    sqlite3* raw = nullptr;
    if (sqlite3_open(db.path.string().c_str(), &raw) != SQLITE_OK) {
        fail("sqlite3_open");
    }
    sqlite3_exec(raw,
                 "PRAGMA synchronous = NORMAL;"
                 "CREATE TABLE plain_events(id INTEGER PRIMARY KEY, workspace_id INTEGER,"
                 " at INTEGER, kind TEXT, subject TEXT, detail_json TEXT)",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(raw,
                       "INSERT INTO plain_events(workspace_id, at, kind, subject, detail_json)"
                       " VALUES (?, ?, ?, ?, ?)",
                       -1, &insert, nullptr);
    std::int64_t i = 0;
    for (auto _ : state) {
        const Event e = sampleEvent(1, ++i);
        sqlite3_bind_int64(insert, 1, e.workspaceId);
        sqlite3_bind_int64(insert, 2, e.at.time_since_epoch().count());
        sqlite3_bind_text(insert, 3, "mode_advice_changed", -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 4, e.subject.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 5, e.detailJson.c_str(), -1, SQLITE_TRANSIENT);
        if (sqlite3_step(insert) != SQLITE_DONE) {
            state.SkipWithError(sqlite3_errmsg(raw));
            break;
        }
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    sqlite3_close(raw);
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AppendPlainRow);

// A file with `count` chained events, built once per size.
struct FilledDb {
    TempDb db;
    RowId workspace = 0;
    explicit FilledDb(std::int64_t count) {
        auto store = openStore(db);
        workspace = benchWorkspace(*store);
        for (std::int64_t i = 1; i <= count; ++i) {
            if (auto ok = store->appendEvent(sampleEvent(workspace, i)); !ok) {
                fail(ok.error().message);
            }
        }
    }
};

void BM_VerifyHistory(benchmark::State& state) {
    FilledDb filled(state.range(0));
    auto store = Store::openForReading(filled.db.path.string());
    if (!store) {
        state.SkipWithError(store.error().message.c_str());
        return;
    }
    for (auto _ : state) {
        auto verdict = (*store)->verifyHistory(filled.workspace);
        if (!verdict || !verdict->intact()) {
            state.SkipWithError("verification failed");
            return;
        }
        benchmark::DoNotOptimize(verdict->events.checked);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_VerifyHistory)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

// The baseline: reading the same rows without hashing them.
void BM_ReadEventsNoHash(benchmark::State& state) {
    FilledDb filled(state.range(0));
    sqlite3* raw = nullptr;
    sqlite3_open_v2(filled.db.path.string().c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* select = nullptr;
    sqlite3_prepare_v2(raw,
                       "SELECT id, workspace_id, at, kind, subject, detail_json, prev_hash, hash"
                       " FROM events WHERE workspace_id = ? ORDER BY id",
                       -1, &select, nullptr);
    for (auto _ : state) {
        sqlite3_bind_int64(select, 1, filled.workspace);
        std::size_t bytes = 0;
        while (sqlite3_step(select) == SQLITE_ROW) {
            for (int c = 0; c < 8; ++c) {
                bytes += std::size_t(sqlite3_column_bytes(select, c));
            }
        }
        sqlite3_reset(select);
        benchmark::DoNotOptimize(bytes);
    }
    sqlite3_finalize(select);
    sqlite3_close(raw);
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ReadEventsNoHash)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
