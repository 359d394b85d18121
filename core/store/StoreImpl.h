#pragma once
// Internal to the store: what a Store holds, shared by the files that implement its methods
// (Store.cpp, StoreLedger.cpp). One connection, owned by the Store's thread.

#include "Database.h"
#include "Store.h"

#include <utility>

namespace headroom {

struct Store::Impl {
    explicit Impl(sql::Database database)
        : db(std::move(database)) {}
    sql::Database db;
};

} // namespace headroom
