#include "engine/JobRunner.h"

#include <algorithm>
#include <atomic>

namespace headroom {

JobRunner::~JobRunner() {
    stopAll();
}

void JobRunner::start(JobId id, Work work) {
    joinFinished();
    auto finished = std::make_shared<std::atomic<bool>>(false);
    std::lock_guard lock(m_mutex);
    m_jobs.push_back(Job{id, finished, {}});
    // The thread starts after the job is listed, so a cancel() from its first progress report
    // finds it.
    m_jobs.back().thread = std::jthread([work = std::move(work), finished](std::stop_token stop) {
        work(stop);
        finished->store(true);
    });
}

bool JobRunner::cancel(JobId id) {
    std::lock_guard lock(m_mutex);
    const auto it = std::ranges::find(m_jobs, id, &Job::id);
    if (it == m_jobs.end() || it->finished->load()) {
        return false;
    }
    return it->thread.request_stop();
}

std::size_t JobRunner::active() const {
    std::lock_guard lock(m_mutex);
    return static_cast<std::size_t>(
        std::ranges::count_if(m_jobs, [](const Job& job) { return !job.finished->load(); }));
}

void JobRunner::stopAll() {
    std::list<Job> jobs;
    {
        // Joined outside the lock: a job that calls cancel() while it winds down must not wait
        // for the lock this thread holds.
        std::lock_guard lock(m_mutex);
        jobs.swap(m_jobs);
    }
    for (Job& job : jobs) {
        job.thread.request_stop();
    }
    for (Job& job : jobs) {
        if (job.thread.joinable()) {
            job.thread.join();
        }
    }
}

void JobRunner::joinFinished() {
    std::list<Job> done;
    {
        std::lock_guard lock(m_mutex);
        for (auto it = m_jobs.begin(); it != m_jobs.end();) {
            const auto next = std::next(it);
            if (it->finished->load()) {
                done.splice(done.end(), m_jobs, it);
            }
            it = next;
        }
    }
    for (Job& job : done) {
        job.thread.join();
    }
}

} // namespace headroom
