#include "notify/NotificationWorker.h"

#include "net/HttpClient.h"

namespace headroom {

NotificationWorker::NotificationWorker(Done done)
    : m_done(std::move(done))
    , m_thread([this](std::stop_token stop) { run(stop); }) {}

NotificationWorker::~NotificationWorker() {
    m_thread.request_stop();
    m_wake.notify_all();
}

void NotificationWorker::submit(RowId deliveryId, Attempt attempt) {
    {
        std::lock_guard lock(m_mutex);
        m_queue.emplace_back(deliveryId, std::move(attempt));
    }
    m_wake.notify_one();
}

void NotificationWorker::run(std::stop_token stop) {
    HttpClient client; // one per thread: keeps connections alive between attempts
    while (!stop.stop_requested()) {
        std::pair<RowId, Attempt> job;
        {
            std::unique_lock lock(m_mutex);
            if (!m_wake.wait(lock, stop, [&] { return !m_queue.empty(); })) {
                return;
            }
            job = std::move(m_queue.front());
            m_queue.pop_front();
        }
        AttemptOutcome outcome;
        try {
            outcome = job.second(client, stop);
        } catch (const std::exception& e) {
            outcome.result = AttemptResult::RetryableFailure;
            outcome.error = e.what();
        }
        if (stop.stop_requested()) {
            return; // the engine is going away: the delivery stays pending in the store
        }
        m_done(job.first, outcome);
    }
}

} // namespace headroom
