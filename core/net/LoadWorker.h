#pragma once
// Internal to the load generator (net/LoadGenerator): one worker's event loop. Each worker owns a
// curl multi handle on an epoll queue (curl's socket interface), a pool of reused easy handles
// and its share of the plan's users or arrivals; the workers of a run share a LoadBoard (the
// tally, the timeline, the request budget). Not included outside core/net.

#include "model/StrainRun.h"
#include "net/Http1Response.h"
#include "net/LoadGenerator.h"
#include "net/LoadTally.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include <queue>

#include <curl/curl.h>

namespace headroom::load {

using Steady = std::chrono::steady_clock;

struct SlistFree {
    void operator()(curl_slist* list) const noexcept { curl_slist_free_all(list); }
};
struct MultiFree {
    void operator()(CURLM* multi) const noexcept { curl_multi_cleanup(multi); }
};
struct EasyFree {
    void operator()(CURL* easy) const noexcept { curl_easy_cleanup(easy); }
};

// One reusable request slot: an easy handle and where its current request's latency starts.
struct Slot {
    std::unique_ptr<CURL, EasyFree> easy;
    Steady::time_point origin;
    int user = -1; // closed model: the virtual user it serves
    bool busy = false;
    bool inMulti = false; // its easy handle is in the multi (a transfer, or a connect)

    // Cleartext HTTP/1.1 exchange (LoadExchange.cpp): libcurl connects, the worker then owns the
    // socket and writes and reads it itself.
    curl_socket_t socket = CURL_SOCKET_BAD; // connected and owned by the worker
    bool connecting = false;
    std::size_t request = 0;     // index into the worker's pre-built requests
    std::size_t written = 0;     // bytes of it sent
    bool reused = false;         // sent on a connection that had answered before
    bool retried = false;        // already resent once after a keep-alive connection died
    bool answering = false;      // a byte of the answer arrived
    Steady::time_point deadline; // the request times out then (libcurl's transfers time out
                                 // by CURLOPT_TIMEOUT_MS)
    Http1ResponseParser parser;
};

struct Due {
    Steady::time_point at;
    int user = 0;
    bool operator>(const Due& other) const { return at > other.at; }
};

// What the workers of one run share. The tally and the sample timeline are guarded by the mutex
// (a lock per finished request costs far less than the request); the budget of requests left
// and the counters are atomics.
struct LoadBoard {
    std::mutex mutex;
    load::LoadTally tally;                 // guarded
    std::int64_t lateSends = 0;            // guarded
    std::chrono::microseconds worstLag{0}; // guarded
    std::vector<LoadSample> timeline;      // guarded
    Steady::time_point lastSample;         // guarded
    std::atomic<std::int64_t> budget{0};
    std::atomic<int> inFlight{0};
    std::atomic<std::int64_t> bytesReceived{0};
    std::atomic<std::int64_t> bytesSent{0};
    Steady::time_point start;
    Steady::time_point end;      // no new request from here on (the duration)
    Steady::time_point deadline; // the hard bound (maxTime)
};

// How one worker's loop ended, and the CPU its thread used.
struct WorkerEnd {
    LoadStop stop = LoadStop::Finished;
    double cpuSeconds = 0.0;
};

// One worker: its own curl multi handle, epoll queue and slots, on its own thread. Worker k of n
// runs users k, k + n, ... (closed) or arrivals k + 1, k + 1 + n, ... (open), so the plan's
// schedule is kept exactly whatever the number of workers; worker 0 also takes the samples.
class LoadWorker {
public:
    LoadWorker(const StrainPlan& plan, const LoadOptions& options, std::stop_token stop,
               const LoadProgressCallback& progress, LoadBoard& board, int worker, int workers)
        : m_plan(plan)
        , m_options(options)
        , m_stop(std::move(stop))
        , m_progress(progress)
        , m_board(board)
        , m_worker(worker)
        , m_workers(workers) {}

    ~LoadWorker() {
        // Transfers leave the multi before it is cleaned up, so no callback reaches a dead epoll.
        abandonInFlight(false);
        m_multi.reset();
        if (m_epoll >= 0) {
            ::close(m_epoll);
        }
    }
    LoadWorker(const LoadWorker&) = delete;
    LoadWorker& operator=(const LoadWorker&) = delete;

    Result<void> setUp();
    WorkerEnd work();
    // Worker 0, and the caller after the last worker ended: closes the current sample window.
    void sample(Steady::time_point now, bool last = false);

private:
    Result<void> configure(CURL* easy);
    void setUrl(CURL* easy, const std::string& url);
    Slot* freeSlot();
    // False when the run's request budget is spent (the slot goes back to the idle list).
    bool send(Slot& slot, Steady::time_point origin, Steady::time_point now, int user);
    void finish(CURLMsg* message);
    void issueClosed(Steady::time_point now);
    void issueOpen(Steady::time_point now);
    bool issuing(Steady::time_point now) const {
        return now < m_board.end && m_board.budget.load(std::memory_order_relaxed) > 0;
    }
    int slotCap() const;
    void noteLag(std::chrono::microseconds lag, bool late) {
        const std::lock_guard lock(m_board.mutex);
        m_board.worstLag = std::max(m_board.worstLag, lag);
        m_board.lateSends += late ? 1 : 0;
    }
    std::chrono::milliseconds waitFor(Steady::time_point now) const;
    void abandonInFlight(bool countAsTimeouts);
    // curl's socket interface: it says which sockets to watch and when its timer is due; the
    // loop waits on them with epoll and hands back only the sockets that are ready, so a finished
    // answer's next request goes out at once instead of after a sweep over every transfer.
    static int onSocket(CURL* easy, curl_socket_t socket, int what, void* self, void* known);
    static int onTimer(CURLM* multi, long timeoutMs, void* self);
    static int onClose(void* self, curl_socket_t socket);
    struct Watch {
        std::uint32_t inEpoll = 0; // the events epoll watches for this socket; 0: not in epoll
        bool curlWants = false;
        Slot* exchange = nullptr; // the worker owns this socket (a cleartext HTTP/1.1 exchange)
    };
    Watch& watchOf(curl_socket_t socket);
    void unwatch(curl_socket_t socket);
    void act(curl_socket_t socket, int events);
    void collectFinished();
    void setEpollMask(curl_socket_t socket, std::uint32_t mask);

    // ---- the cleartext HTTP/1.1 exchange (LoadExchange.cpp) ----
    // libcurl's per-transfer work (URL parsing, its state machine, a liveness poll of every
    // reused connection, header parsing) costs several times what the exchange itself does, and
    // on loopback it is the generator, not the server, that sets the pace. So for cleartext
    // HTTP/1.1 to one origin libcurl resolves and connects (CURLOPT_CONNECT_ONLY) and hands over
    // the socket; the worker writes a request built once and reads the answer with its own
    // parser. TLS, HTTP/2 and several origins stay libcurl transfers.
    void setUpExchange();
    void startExchange(Slot& slot);
    void connectExchange(Slot& slot);
    void exchangeConnected(Slot& slot, CURLcode result);
    void writeRequest(Slot& slot);
    void onExchangeEvent(Slot& slot, std::uint32_t events);
    void readAnswer(Slot& slot);
    void exchangeAnswered(Slot& slot, const Http1Feed& answer);
    void exchangeFailed(Slot& slot, load::Outcome outcome);
    void connectionLost(Slot& slot);
    void closeExchangeSocket(Slot& slot);
    void expireExchanges(Steady::time_point now);
    void releaseSlot(Slot& slot, Steady::time_point now);
    void flushSent();

    const StrainPlan& m_plan;
    const LoadOptions& m_options;
    std::stop_token m_stop;
    const LoadProgressCallback& m_progress;
    LoadBoard& m_board;
    const int m_worker;
    const int m_workers;

    std::unique_ptr<CURLM, MultiFree> m_multi;
    int m_epoll = -1;
    std::vector<Watch> m_watches;                  // by socket number
    std::optional<Steady::time_point> m_curlTimer; // when curl wants CURL_SOCKET_TIMEOUT
    std::unique_ptr<curl_slist, SlistFree> m_headers;
    bool m_exchange = false;             // cleartext HTTP/1.1: the worker's own exchange
    std::vector<std::string> m_requests; // the exchange's requests, one per URL, built once
    bool m_headRequest = false;
    std::vector<char> m_readBuffer;
    Steady::time_point m_nextExpiry; // the next sweep for timed-out exchanges
    std::vector<std::unique_ptr<Slot>> m_slots;
    std::vector<Slot*> m_idle;
    int m_inFlight = 0;             // this worker's
    std::int64_t m_sentPending = 0; // sent, not yet in the board's tally
    std::size_t m_nextUrl = 0;
    std::int64_t m_bytesReceived = 0; // added to the board when the worker ends
    std::int64_t m_bytesSent = 0;
    Steady::time_point m_nextSample;

    // Closed model: users waiting to send (their start on the ramp, or the end of a think time).
    std::priority_queue<Due, std::vector<Due>, std::greater<>> m_waiting;
    int m_usersStarted = 0;
    // Open model: the next arrival (1-based) and arrivals waiting for a free connection.
    std::int64_t m_nextArrival = 1;
    std::optional<Steady::time_point> m_nextArrivalAt;
    std::deque<Steady::time_point> m_backlog;
};

} // namespace headroom::load
