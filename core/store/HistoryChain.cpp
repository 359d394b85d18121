#include "HistoryChain.h"

namespace headroom::store {

Result<void> backfillHistoryChain(sql::Database& /*db*/) {
    return {};
}

} // namespace headroom::store
