#pragma once
// Progress and cancellation of one long piece of core work (importing a bundle, re-evaluating a
// history for a what-if). The work calls `progress` on its own thread, synchronously, and checks
// `stop` between bounded steps; a stop ends the work with ErrorCode::Cancelled and leaves nothing
// half-done. Throttling the reports for a UI is the caller's business.

#include <cstdint>
#include <functional>
#include <stop_token>
#include <string>

namespace headroom {

struct JobProgress {
    std::string phase; // a code ("reading", "evaluating"), worded by the UI or CLI
    std::uint64_t done = 0;
    std::uint64_t total = 0; // 0 = not known
};

struct JobControl {
    std::stop_token stop;
    std::function<void(const JobProgress&)> progress; // may be empty

    void report(const JobProgress& p) const {
        if (progress) {
            progress(p);
        }
    }
    bool cancelled() const { return stop.stop_requested(); }
};

} // namespace headroom
