#pragma once
// NotificationWorker: one thread that runs delivery attempts (webhook POSTs, SMTP sends) so that
// the engine's thread never waits on the network. The engine submits an attempt and gets its
// outcome through the callback, called on the worker's thread (the engine re-posts it to its
// own thread to record it). Attempts run one at a time, in submission order. The destructor
// aborts the attempt in flight (through its stop token), drops the queue and joins.

#include "model/Records.h"
#include "notify/Delivery.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace headroom {

class NotificationWorker {
public:
    using Attempt = std::function<AttemptOutcome(HttpClient& client, std::stop_token stop)>;
    using Done = std::function<void(RowId deliveryId, const AttemptOutcome& outcome)>;

    explicit NotificationWorker(Done done);
    ~NotificationWorker();
    NotificationWorker(const NotificationWorker&) = delete;
    NotificationWorker& operator=(const NotificationWorker&) = delete;

    void submit(RowId deliveryId, Attempt attempt);

private:
    void run(std::stop_token stop);

    Done m_done;
    std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::deque<std::pair<RowId, Attempt>> m_queue;
    std::jthread m_thread; // last: started after the members it uses
};

} // namespace headroom
