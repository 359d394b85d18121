#pragma once
// Long one-shot jobs (exporting or importing a bundle, a what-if run) on threads of their own, so
// the engine thread keeps answering the console while a year of snapshots is re-evaluated. Each
// job gets a stop token; cancel() only requests the stop, and the job ends at its next check
// (JobControl in model/JobProgress.h), leaving nothing half-written. Finished threads are joined
// when the next job starts; stopAll() (and the destructor) requests every stop and joins, so no
// job outlives what it works on.
//
// cancel() may be called from any thread, also from a job's own progress callback.

#include <cstdint>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <stop_token>
#include <thread>

namespace headroom {

class JobRunner {
public:
    using JobId = std::uint64_t;
    using Work = std::function<void(std::stop_token)>;

    JobRunner() = default;
    ~JobRunner();
    JobRunner(const JobRunner&) = delete;
    JobRunner& operator=(const JobRunner&) = delete;

    void start(JobId id, Work work);
    // True when the job was running and is now asked to stop.
    bool cancel(JobId id);
    // Jobs started and not yet returned.
    std::size_t active() const;
    void stopAll();

private:
    struct Job {
        JobId id = 0;
        std::shared_ptr<std::atomic<bool>> finished;
        std::jthread thread;
    };
    void joinFinished();

    mutable std::mutex m_mutex;
    std::list<Job> m_jobs;
};

} // namespace headroom
