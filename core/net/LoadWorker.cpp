#include "net/LoadWorker.h"

#include "model/Text.h"
#include "net/HttpClient.h"

#include <algorithm>
#include <array>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
#include <utility>

namespace headroom::load {

using std::chrono::duration_cast;
using std::chrono::microseconds;
using std::chrono::milliseconds;

namespace {

// The loop wakes at least this often, so a cancel or a sample is never later than this.
constexpr milliseconds kMaxWait{50};
// Sockets the process keeps for itself (files, the database, the console) beside the load's.
constexpr rlim_t kReservedFiles = 64;

double threadCpuSeconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// A run of N users (or N connections) needs N sockets. Raises the soft open-files limit to the
// hard one, once per process (a run of 1000 users would fail against the usual soft 1024, and the
// failures would look like the server's). Returns the limit in force.
rlim_t raiseOpenFilesLimit() {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0) {
        return 1024;
    }
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0) {
            return raised.rlim_cur;
        }
    }
    return limit.rlim_cur;
}

// The body is counted, never kept: a load run can move gigabytes.
std::size_t countBytes(char*, std::size_t size, std::size_t count, void* user) {
    *static_cast<std::int64_t*>(user) += static_cast<std::int64_t>(size * count);
    return size * count;
}

} // namespace

int LoadWorker::slotCap() const {
    if (m_plan.model == LoadModel::Closed) {
        // Users m_worker, m_worker + m_workers, ... below plan.users.
        return (m_plan.users - m_worker + m_workers - 1) / m_workers;
    }
    return std::max(1, m_options.maxConnections / m_workers);
}

Result<void> LoadWorker::setUp() {
    ensureCurlGlobalInit();
    m_multi.reset(curl_multi_init());
    if (!m_multi) {
        return fail(ErrorCode::NetworkError, "the load generator could not create a curl handle");
    }
    const int slots = slotCap();
    const int allSlots =
        m_plan.model == LoadModel::Closed ? m_plan.users : m_options.maxConnections;
    const rlim_t files = raiseOpenFilesLimit();
    if (static_cast<rlim_t>(allSlots) + kReservedFiles > files) {
        return fail(ErrorCode::InvalidArgument,
                    cat(allSlots,
                        " simultaneous connections need as many open files; this system "
                        "allows ",
                        static_cast<long long>(files), " (ulimit -n)"));
    }
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll < 0) {
        return fail(ErrorCode::NetworkError, "the load generator could not create its event queue");
    }
    curl_multi_setopt(m_multi.get(), CURLMOPT_SOCKETFUNCTION, &LoadWorker::onSocket);
    curl_multi_setopt(m_multi.get(), CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi.get(), CURLMOPT_TIMERFUNCTION, &LoadWorker::onTimer);
    curl_multi_setopt(m_multi.get(), CURLMOPT_TIMERDATA, this);
    curl_multi_setopt(m_multi.get(), CURLMOPT_PIPELINING, CURLPIPE_MULTIPLEX);
    // Keep as many idle connections as there are slots, so every request finds a warm one.
    curl_multi_setopt(m_multi.get(), CURLMOPT_MAXCONNECTS, static_cast<long>(slots));
    for (const HttpHeader& header : m_plan.headers) {
        const std::string line = header.name + ": " + header.value;
        curl_slist* appended = curl_slist_append(m_headers.get(), line.c_str());
        if (appended == nullptr) {
            return fail(ErrorCode::NetworkError, "out of memory building the request headers");
        }
        (void)m_headers.release();
        m_headers.reset(appended);
    }
    setUpExchange();
    if (!m_plan.body.empty()) {
        // A request body would otherwise wait a second for "100 Continue" on HTTP/1.1.
        curl_slist* appended = curl_slist_append(m_headers.get(), "Expect:");
        if (appended == nullptr) {
            return fail(ErrorCode::NetworkError, "out of memory building the request headers");
        }
        (void)m_headers.release();
        m_headers.reset(appended);
    }
    return {};
}

Result<void> LoadWorker::configure(CURL* easy) {
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_CLOSESOCKETFUNCTION, &LoadWorker::onClose);
    curl_easy_setopt(easy, CURLOPT_CLOSESOCKETDATA, this);
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_USERAGENT, httpUserAgent().data());
    // Straight to the target, never through a proxy named in the environment: a proxy in between
    // would be what the run measures (and loads). Saying so also spares libcurl reading five
    // environment variables for every request, several percent of its time on loopback.
    curl_easy_setopt(easy, CURLOPT_PROXY, "");
    curl_easy_setopt(easy, CURLOPT_NOPROXY, "*");
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, countBytes);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &m_bytesReceived);
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, countBytes);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, &m_bytesReceived);
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS,
                     static_cast<long>(duration_cast<milliseconds>(m_plan.requestTimeout).count()));
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, m_options.verifyTls ? 1L : 0L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, m_options.verifyTls ? 2L : 0L);
    switch (m_options.httpVersion) {
    case LoadHttpVersion::Auto:
        curl_easy_setopt(easy, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS));
        break;
    case LoadHttpVersion::Http1:
        curl_easy_setopt(easy, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_1_1));
        break;
    case LoadHttpVersion::Http2:
        break; // depends on the URL's scheme: see setUrl
    }
    if (m_headers) {
        curl_easy_setopt(easy, CURLOPT_HTTPHEADER, m_headers.get());
    }
    if (m_plan.method == "HEAD") {
        curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
    } else if (m_plan.method != "GET") {
        curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, m_plan.method.c_str());
    }
    if (!m_plan.body.empty()) {
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE,
                         static_cast<curl_off_t>(m_plan.body.size()));
        curl_easy_setopt(easy, CURLOPT_POSTFIELDS, m_plan.body.data());
    }
    if (m_exchange) {
        // Resolve and connect only; the worker writes and reads (LoadExchange.cpp). Every URL
        // is on the first one's origin.
        curl_easy_setopt(easy, CURLOPT_CONNECT_ONLY, 1L);
        curl_easy_setopt(easy, CURLOPT_URL, m_plan.urls.front().c_str());
    } else if (m_plan.urls.size() == 1) {
        setUrl(easy, m_plan.urls.front());
    }
    return {};
}

void LoadWorker::setUrl(CURL* easy, const std::string& url) {
    curl_easy_setopt(easy, CURLOPT_URL, url.c_str());
    if (m_options.httpVersion != LoadHttpVersion::Http2) {
        return;
    }
    if (url.starts_with("https://")) {
        curl_easy_setopt(easy, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS));
        // Wait for the first connection and multiplex on it rather than open one per request.
        curl_easy_setopt(easy, CURLOPT_PIPEWAIT, 1L);
        curl_easy_setopt(easy, CURLOPT_FRESH_CONNECT, 0L);
        curl_easy_setopt(easy, CURLOPT_FORBID_REUSE, 0L);
    } else {
        // Cleartext HTTP/2 needs prior knowledge (h2c). libcurl 7.88 (Debian 12) fails every
        // request after the first on such a connection ("Error in the HTTP2 framing layer",
        // the curl tool too), so each request gets a connection of its own: slower than
        // multiplexing, but every answer is the server's, never a client bug counted as an error.
        curl_easy_setopt(easy, CURLOPT_HTTP_VERSION,
                         static_cast<long>(CURL_HTTP_VERSION_2_PRIOR_KNOWLEDGE));
        curl_easy_setopt(easy, CURLOPT_PIPEWAIT, 0L);
        curl_easy_setopt(easy, CURLOPT_FRESH_CONNECT, 1L);
        curl_easy_setopt(easy, CURLOPT_FORBID_REUSE, 1L);
    }
}

Slot* LoadWorker::freeSlot() {
    if (!m_idle.empty()) {
        Slot* slot = m_idle.back();
        m_idle.pop_back();
        return slot;
    }
    if (static_cast<int>(m_slots.size()) >= slotCap()) {
        return nullptr;
    }
    auto slot = std::make_unique<Slot>();
    slot->easy.reset(curl_easy_init());
    if (!slot->easy || !configure(slot->easy.get())) {
        return nullptr;
    }
    curl_easy_setopt(slot->easy.get(), CURLOPT_PRIVATE, slot.get());
    m_slots.push_back(std::move(slot));
    return m_slots.back().get();
}

bool LoadWorker::send(Slot& slot, Steady::time_point origin, Steady::time_point now, int user) {
    // The plan's request bound, shared by the workers: taken before sending, given back if gone.
    if (m_board.budget.fetch_sub(1, std::memory_order_relaxed) <= 0) {
        m_board.budget.fetch_add(1, std::memory_order_relaxed);
        m_idle.push_back(&slot);
        return false;
    }
    slot.origin = origin;
    slot.user = user;
    slot.busy = true;
    ++m_inFlight;
    m_board.inFlight.fetch_add(1, std::memory_order_relaxed);
    ++m_sentPending; // tallied with the next answer: one lock of the shared board a request
    if (m_exchange) {
        startExchange(slot);
        return true;
    }
    CURL* easy = slot.easy.get();
    if (m_plan.urls.size() > 1) {
        setUrl(easy, m_plan.urls[m_nextUrl]);
        m_nextUrl = (m_nextUrl + 1) % m_plan.urls.size();
    }
    // The timeout runs from the origin: an open-model arrival that waited for a connection has
    // less of it left, as a real client would.
    const auto left = duration_cast<milliseconds>(m_plan.requestTimeout - (now - origin));
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS,
                     static_cast<long>(std::max<long long>(1, left.count())));
    curl_multi_add_handle(m_multi.get(), easy);
    slot.inMulti = true;
    return true;
}

void LoadWorker::finish(CURLMsg* message) {
    CURL* easy = message->easy_handle;
    Slot* slot = nullptr;
    curl_easy_getinfo(easy, CURLINFO_PRIVATE, &slot);
    if (slot->connecting) {
        exchangeConnected(*slot, message->data.result);
        return;
    }
    const auto now = Steady::now();
    const load::Outcome outcome = load::classify(message->data.result);
    if (outcome == load::Outcome::Answered) {
        long status = 0;
        curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
        long version = 0;
        curl_easy_getinfo(easy, CURLINFO_HTTP_VERSION, &version);
        const std::lock_guard lock(m_board.mutex);
        m_board.tally.sent(std::exchange(m_sentPending, 0));
        m_board.tally.httpVersionSeen(version == CURL_HTTP_VERSION_2_0);
        m_board.tally.answered(duration_cast<microseconds>(now - slot->origin),
                               static_cast<int>(status));
    } else {
        const std::lock_guard lock(m_board.mutex);
        m_board.tally.sent(std::exchange(m_sentPending, 0));
        m_board.tally.failed(outcome);
    }
    long requestSize = 0;
    curl_easy_getinfo(easy, CURLINFO_REQUEST_SIZE, &requestSize);
    m_bytesSent += requestSize + static_cast<std::int64_t>(m_plan.body.size());
    curl_multi_remove_handle(m_multi.get(), easy);
    slot->inMulti = false;
    releaseSlot(*slot, now);
}

void LoadWorker::flushSent() {
    if (m_sentPending != 0) {
        const std::lock_guard lock(m_board.mutex);
        m_board.tally.sent(std::exchange(m_sentPending, 0));
    }
}

void LoadWorker::releaseSlot(Slot& slot, Steady::time_point now) {
    slot.busy = false;
    --m_inFlight;
    m_board.inFlight.fetch_sub(1, std::memory_order_relaxed);
    m_idle.push_back(&slot);
    if (m_plan.model == LoadModel::Closed && slot.user >= 0) {
        m_waiting.push({now + m_plan.thinkTime, slot.user});
    }
}

void LoadWorker::issueClosed(Steady::time_point now) {
    while (!m_waiting.empty() && m_waiting.top().at <= now && issuing(now)) {
        const Due due = m_waiting.top();
        m_waiting.pop();
        Slot* slot = freeSlot();
        if (slot == nullptr) { // cannot happen: one slot per user; keep the user waiting
            m_waiting.push({now + milliseconds{1}, due.user});
            return;
        }
        if (!send(*slot, now, now, due.user)) {
            m_waiting.push(due);
            return;
        }
    }
}

void LoadWorker::issueOpen(Steady::time_point now) {
    // Arrivals that waited for a connection go first, in order; their latency runs from when they
    // were due. One that waited longer than the request timeout would have timed out by now.
    while (!m_backlog.empty()) {
        if (now - m_backlog.front() >= m_plan.requestTimeout) {
            const std::lock_guard lock(m_board.mutex);
            m_board.tally.sent();
            m_board.tally.failed(load::Outcome::Timeout);
            m_backlog.pop_front();
            continue;
        }
        if (!issuing(now)) {
            break;
        }
        Slot* slot = freeSlot();
        if (slot == nullptr) {
            break;
        }
        // Every connection was busy when it was due: the generator's connection limit, not the
        // schedule, held it back. Its latency runs from the due time; beyond the tolerance it
        // also counts as a late send, since a real crowd of clients would not have waited.
        const auto lag = duration_cast<microseconds>(now - m_backlog.front());
        if (!send(*slot, m_backlog.front(), now, -1)) {
            break;
        }
        m_backlog.pop_front();
        noteLag(lag, lag > m_options.lateSendTolerance);
    }
    while (m_nextArrivalAt && *m_nextArrivalAt <= now && issuing(now)) {
        const Steady::time_point due = *m_nextArrivalAt;
        ++m_nextArrival;
        m_nextArrival += m_workers - 1; // this worker's arrivals: every m_workers-th
        const auto next = m_plan.arrivalDueAt(m_nextArrival);
        m_nextArrivalAt = next ? std::optional(m_board.start + *next) : std::nullopt;
        if (!m_backlog.empty()) {
            m_backlog.push_back(due); // connections are all busy: wait in order
            continue;
        }
        const auto lag = duration_cast<microseconds>(now - due);
        if (lag > m_options.lateSendTolerance) {
            // The generator's own loop came too late: sending now would be a burst the schedule
            // never asked for, and its latency would be the generator's.
            noteLag(lag, true);
            const std::lock_guard lock(m_board.mutex);
            m_board.tally.dropped();
            continue;
        }
        noteLag(lag, false);
        if (Slot* slot = freeSlot()) {
            if (!send(*slot, due, now, -1)) {
                return;
            }
        } else {
            m_backlog.push_back(due);
        }
    }
}

void LoadWorker::sample(Steady::time_point now, bool last) {
    const auto elapsed = duration_cast<milliseconds>(now - m_board.start);
    const int active = m_plan.model == LoadModel::Closed
                           ? std::min(m_plan.users, m_plan.usersAt(elapsed))
                           : m_board.inFlight.load(std::memory_order_relaxed);
    LoadProgress progress;
    {
        const std::lock_guard lock(m_board.mutex);
        // Samples stay in strictly increasing milliseconds: a last window shorter than a
        // millisecond joins the next one, or is stamped a millisecond later when it is the end.
        if (last && !m_board.tally.windowHasAnything()) {
            return; // the drain after the last sample: nothing to plot
        }
        milliseconds at = elapsed;
        if (!m_board.timeline.empty() && at <= m_board.timeline.back().at) {
            if (!m_board.tally.windowHasAnything()) {
                return;
            }
            at = m_board.timeline.back().at + milliseconds{1};
        }
        progress.sample = m_board.tally.takeSample(
            at, duration_cast<milliseconds>(now - m_board.lastSample), active);
        m_board.lastSample = now;
        m_board.timeline.push_back(progress.sample);
        progress.sent = m_board.tally.sentCount();
        progress.completed = m_board.tally.completed();
        progress.errors = m_board.tally.errorCount();
        progress.dropped = m_board.tally.droppedCount();
    }
    if (m_progress) {
        const double done = std::chrono::duration<double>(elapsed).count() /
                            std::chrono::duration<double>(m_plan.duration).count();
        progress.fractionDone = std::clamp(done, 0.0, 1.0);
        m_progress(progress);
    }
}

milliseconds LoadWorker::waitFor(Steady::time_point now) const {
    Steady::time_point wake = std::min({now + kMaxWait, m_board.deadline});
    if (m_worker == 0) {
        wake = std::min(wake, m_nextSample);
    }
    if (issuing(now)) {
        if (!m_waiting.empty()) {
            wake = std::min(wake, m_waiting.top().at);
        }
        if (m_nextArrivalAt) {
            wake = std::min(wake, *m_nextArrivalAt);
        }
        if (!m_backlog.empty()) {
            // The oldest waiting arrival times out then.
            wake = std::min(wake, m_backlog.front() + m_plan.requestTimeout);
        }
    } else if (now < m_board.end) {
        wake = std::min(wake, m_board.end);
    }
    if (m_curlTimer) {
        wake = std::min(wake, *m_curlTimer);
    }
    if (m_exchange && m_inFlight > 0) {
        wake = std::min(wake, m_nextExpiry); // the next check for timed-out exchanges
    }
    // Rounded up: epoll_wait counts in milliseconds, and waking early would spin. Open-model
    // sends are therefore up to 1 ms late, and that lateness is in their latency.
    const auto wait = std::chrono::ceil<milliseconds>(wake - now);
    return std::max(milliseconds{0}, wait);
}

void LoadWorker::abandonInFlight(bool countAsTimeouts) {
    for (auto& slot : m_slots) {
        if (slot->inMulti) {
            curl_multi_remove_handle(m_multi.get(), slot->easy.get());
            slot->inMulti = false;
            slot->connecting = false;
        }
        closeExchangeSocket(*slot); // idle keep-alive connections too: the run is over
        if (slot->busy) {
            slot->busy = false;
            m_board.inFlight.fetch_sub(1, std::memory_order_relaxed);
            if (countAsTimeouts) {
                const std::lock_guard lock(m_board.mutex);
                m_board.tally.failed(load::Outcome::Timeout);
            }
        }
    }
    m_inFlight = 0;
}

// curl stops watching a keep-alive socket after every answer and watches it again for the next
// request on it, microseconds later. Leaving it in epoll in between (and taking it out only if it
// signals while curl is not watching, or when curl closes it) saves two system calls a request.
LoadWorker::Watch& LoadWorker::watchOf(curl_socket_t socket) {
    const auto index = static_cast<std::size_t>(socket);
    if (index >= m_watches.size()) {
        m_watches.resize(index + 1);
    }
    return m_watches[index];
}

void LoadWorker::unwatch(curl_socket_t socket) {
    Watch& watch = watchOf(socket);
    if (watch.inEpoll != 0) {
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, socket, nullptr);
    }
    watch = Watch{};
}

int LoadWorker::onSocket(CURL*, curl_socket_t socket, int what, void* self, void*) {
    auto* run = static_cast<LoadWorker*>(self);
    Watch& watch = run->watchOf(socket);
    if (what == CURL_POLL_REMOVE) {
        watch.curlWants = false; // stays in epoll until it signals or is closed
        return 0;
    }
    watch.curlWants = true;
    const std::uint32_t mask =
        (what & CURL_POLL_IN ? EPOLLIN : 0u) | (what & CURL_POLL_OUT ? EPOLLOUT : 0u);
    run->setEpollMask(socket, mask);
    return 0;
}

void LoadWorker::setEpollMask(curl_socket_t socket, std::uint32_t mask) {
    Watch& watch = watchOf(socket);
    if (watch.inEpoll == mask) {
        return;
    }
    epoll_event event{};
    event.events = mask;
    event.data.fd = socket;
    const int op = watch.inEpoll != 0 ? EPOLL_CTL_MOD : EPOLL_CTL_ADD;
    if (epoll_ctl(m_epoll, op, socket, &event) != 0) {
        // The kernel's view differs from ours (a socket number reused behind our back): say it
        // the other way.
        epoll_ctl(m_epoll, op == EPOLL_CTL_MOD ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, socket, &event);
    }
    watch.inEpoll = mask;
}

int LoadWorker::onClose(void* self, curl_socket_t socket) {
    auto* run = static_cast<LoadWorker*>(self);
    if (Watch& watch = run->watchOf(socket); watch.exchange != nullptr) {
        // A connected socket the worker adopted (LoadExchange.cpp): libcurl lets go of it, the
        // worker keeps it open and closes it itself.
        watch.curlWants = false;
        return 0;
    }
    run->unwatch(socket);
    return ::close(socket);
}

int LoadWorker::onTimer(CURLM*, long timeoutMs, void* self) {
    auto* run = static_cast<LoadWorker*>(self);
    if (timeoutMs < 0) {
        run->m_curlTimer.reset();
    } else {
        run->m_curlTimer = Steady::now() + milliseconds{timeoutMs};
    }
    return 0;
}

void LoadWorker::act(curl_socket_t socket, int events) {
    int running = 0;
    curl_multi_socket_action(m_multi.get(), socket, events, &running);
    collectFinished();
}

void LoadWorker::collectFinished() {
    int queued = 0;
    while (CURLMsg* message = curl_multi_info_read(m_multi.get(), &queued)) {
        if (message->msg == CURLMSG_DONE) {
            finish(message);
        }
    }
}

WorkerEnd LoadWorker::work() {
    const double cpuBefore = threadCpuSeconds();
    m_nextSample = m_board.start + m_options.sampleInterval;
    if (m_plan.model == LoadModel::Closed) {
        for (int user = m_worker; user < m_plan.users; user += m_workers) {
            m_waiting.push({m_board.start + m_plan.userStartsAt(user), user});
        }
    } else {
        m_nextArrival = m_worker + 1;
        if (const auto first = m_plan.arrivalDueAt(m_nextArrival)) {
            m_nextArrivalAt = m_board.start + *first;
        }
    }

    WorkerEnd end;
    for (;;) {
        auto now = Steady::now();
        if (m_stop.stop_requested()) {
            abandonInFlight(false);
            end.stop = LoadStop::Cancelled;
            break;
        }
        if (now >= m_board.deadline) {
            abandonInFlight(true);
            end.stop = LoadStop::MaxTime;
            break;
        }
        if (m_exchange) {
            expireExchanges(now);
        }
        if (m_plan.model == LoadModel::Closed) {
            issueClosed(now);
        } else {
            issueOpen(now);
        }
        // New transfers set curl's timer to now: it starts them (connects, or sends on a warm
        // connection) in this call.
        if (m_curlTimer && *m_curlTimer <= Steady::now()) {
            m_curlTimer.reset();
            act(CURL_SOCKET_TIMEOUT, 0);
        }
        now = Steady::now();
        if (m_worker == 0 && now >= m_nextSample) {
            sample(now);
            while (m_nextSample <= now) {
                m_nextSample += m_options.sampleInterval;
            }
        }
        if (!issuing(now) && m_inFlight == 0 && m_backlog.empty()) {
            end.stop = m_board.budget.load() <= 0 ? LoadStop::MaxRequests : LoadStop::Finished;
            break;
        }
        if (!issuing(now) && !m_backlog.empty()) {
            // Arrivals still waiting when the run ends were never sent.
            const std::lock_guard lock(m_board.mutex);
            for (std::size_t i = 0; i < m_backlog.size(); ++i) {
                m_board.tally.dropped();
                ++m_board.lateSends;
            }
            m_backlog.clear();
        }
        flushSent(); // so that a sample taken while this worker waits counts its sends
        std::array<epoll_event, 256> ready{};
        const int count = epoll_wait(m_epoll, ready.data(), static_cast<int>(ready.size()),
                                     static_cast<int>(waitFor(now).count()));
        for (int i = 0; i < count; ++i) {
            const std::uint32_t e = ready[static_cast<std::size_t>(i)].events;
            const int flags = (e & EPOLLIN ? CURL_CSELECT_IN : 0) |
                              (e & EPOLLOUT ? CURL_CSELECT_OUT : 0) |
                              (e & (EPOLLERR | EPOLLHUP) ? CURL_CSELECT_ERR : 0);
            const int fd = ready[static_cast<std::size_t>(i)].data.fd;
            if (Slot* exchange = watchOf(fd).exchange) {
                onExchangeEvent(*exchange, e);
                continue;
            }
            if (!watchOf(fd).curlWants) {
                unwatch(fd); // an idle keep-alive socket signalled: the server closed it
                continue;
            }
            act(fd, flags);
        }
    }
    flushSent();
    m_board.bytesReceived += m_bytesReceived;
    m_board.bytesSent += m_bytesSent;
    end.cpuSeconds = threadCpuSeconds() - cpuBefore;
    return end;
}

} // namespace headroom::load
