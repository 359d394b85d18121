// LoadWorker's cleartext HTTP/1.1 exchange: libcurl resolves and connects (CURLOPT_CONNECT_ONLY),
// then the worker owns the socket, writes a request built once per URL and reads the answer
// with its own parser (net/Http1Response). On loopback libcurl's per-transfer work (its state
// machine, URL parsing, a liveness poll of every reused connection, header parsing) cost about
// three times what the exchange itself does, so the generator rather than the server set the
// pace. The rules stay libcurl's: keep-alive, a connection that died while idle is retried once
// on a fresh one, an answer that says "Connection: close" (or is delimited by the close) ends
// its connection, the timeout runs from the request's origin.
#include "net/Http1Request.h"
#include "net/HttpClient.h"
#include "net/LoadWorker.h"

#include <cerrno>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

namespace headroom::load {

using std::chrono::duration_cast;
using std::chrono::microseconds;
using std::chrono::milliseconds;

namespace {

// How often in-flight exchanges are checked against their deadlines: a timeout is reported at
// most this late, and the sweep over the slots costs nothing measurable at this pace.
constexpr milliseconds kExpirySweep{10};
constexpr std::size_t kReadBuffer = 64 * 1024;

bool wouldBlock(int error) {
    return error == EAGAIN || error == EWOULDBLOCK;
}

} // namespace

void LoadWorker::setUpExchange() {
    // Only where the answer is HTTP/1.1 without TLS, to one origin: everything else (https,
    // HTTP/2, URLs on several servers) is what libcurl's transfers are for.
    if (m_options.httpVersion == LoadHttpVersion::Http2) {
        return;
    }
    std::optional<ParsedTarget> origin;
    std::vector<std::string> requests;
    for (const std::string& url : m_plan.urls) {
        auto target = parseTarget(url);
        if (!target || target->scheme != "http") {
            return; // libcurl's transfer reports what is wrong with it, request by request
        }
        if (origin && (origin->host != target->host || origin->port != target->port)) {
            return;
        }
        auto request =
            buildHttp1Request(m_plan.method, *target, m_plan.headers, m_plan.body, httpUserAgent());
        if (!request) {
            return; // a header the builder will not write as given: libcurl sends it as is
        }
        requests.push_back(std::move(*request));
        origin = std::move(*target);
    }
    m_requests = std::move(requests);
    m_headRequest = m_plan.method == "HEAD";
    m_readBuffer.resize(kReadBuffer);
    m_exchange = true;
}

void LoadWorker::startExchange(Slot& slot) {
    slot.request = m_nextUrl;
    m_nextUrl = (m_nextUrl + 1) % m_requests.size();
    slot.deadline = slot.origin + m_plan.requestTimeout;
    slot.retried = false;
    slot.written = 0;
    slot.answering = false;
    slot.parser.reset(m_headRequest);
    if (slot.socket != CURL_SOCKET_BAD) {
        slot.reused = true;
        writeRequest(slot);
    } else {
        connectExchange(slot);
    }
}

void LoadWorker::connectExchange(Slot& slot) {
    slot.reused = false;
    slot.connecting = true;
    const auto left = duration_cast<milliseconds>(slot.deadline - Steady::now());
    curl_easy_setopt(slot.easy.get(), CURLOPT_TIMEOUT_MS,
                     static_cast<long>(std::max<long long>(1, left.count())));
    curl_multi_add_handle(m_multi.get(), slot.easy.get());
    slot.inMulti = true;
}

void LoadWorker::exchangeConnected(Slot& slot, CURLcode result) {
    slot.connecting = false;
    CURL* easy = slot.easy.get();
    curl_socket_t socket = CURL_SOCKET_BAD;
    if (result == CURLE_OK) {
        curl_easy_getinfo(easy, CURLINFO_ACTIVESOCKET, &socket);
    }
    if (socket != CURL_SOCKET_BAD) {
        // Adopted before libcurl lets go of it: onClose then leaves the socket open for us.
        watchOf(socket).exchange = &slot;
    }
    curl_multi_remove_handle(m_multi.get(), easy);
    slot.inMulti = false;
    if (socket == CURL_SOCKET_BAD) {
        exchangeFailed(slot, result == CURLE_OK ? Outcome::Other : classify(result));
        return;
    }
    slot.socket = socket;
    setEpollMask(socket, EPOLLIN);
    writeRequest(slot);
}

void LoadWorker::writeRequest(Slot& slot) {
    const std::string& request = m_requests[slot.request];
    while (slot.written < request.size()) {
        const ssize_t n = ::send(slot.socket, request.data() + slot.written,
                                 request.size() - slot.written, MSG_NOSIGNAL);
        if (n > 0) {
            slot.written += static_cast<std::size_t>(n);
            m_bytesSent += n;
            continue;
        }
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0 && wouldBlock(errno)) {
            setEpollMask(slot.socket, EPOLLIN | EPOLLOUT); // the rest when there is room
            return;
        }
        connectionLost(slot);
        return;
    }
    if (watchOf(slot.socket).inEpoll != EPOLLIN) {
        setEpollMask(slot.socket, EPOLLIN);
    }
}

void LoadWorker::onExchangeEvent(Slot& slot, std::uint32_t events) {
    if ((events & EPOLLOUT) != 0 && slot.busy && !slot.connecting &&
        slot.written < m_requests[slot.request].size()) {
        writeRequest(slot);
    }
    if ((events & (EPOLLIN | EPOLLHUP | EPOLLERR)) != 0 && slot.socket != CURL_SOCKET_BAD) {
        readAnswer(slot);
    }
}

void LoadWorker::readAnswer(Slot& slot) {
    for (;;) {
        const ssize_t n = ::recv(slot.socket, m_readBuffer.data(), m_readBuffer.size(), 0);
        if (n > 0) {
            m_bytesReceived += n;
            if (!slot.busy) {
                // Bytes nobody asked for: the connection is not in a state to reuse.
                closeExchangeSocket(slot);
                return;
            }
            slot.answering = true;
            const std::string_view bytes(m_readBuffer.data(), static_cast<std::size_t>(n));
            const Http1Feed fed = slot.parser.feed(bytes);
            if (fed.state == Http1State::Error) {
                closeExchangeSocket(slot);
                exchangeFailed(slot, Outcome::Other);
                return;
            }
            if (fed.state == Http1State::Complete) {
                // More than the answer asked for: a server that answers twice cannot be trusted
                // with the next request on this connection. Nor can one that answered before the
                // whole request was written (a 413 to a large body): the rest of that request
                // would be read as the start of the next.
                const bool extra = fed.consumed < bytes.size();
                const bool unfinished = slot.written < m_requests[slot.request].size();
                if (fed.closeConnection || extra || unfinished) {
                    closeExchangeSocket(slot);
                }
                exchangeAnswered(slot, fed);
                return;
            }
            continue;
        }
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0 && wouldBlock(errno)) {
            return;
        }
        // The peer closed (n == 0) or reset the connection.
        if (!slot.busy) {
            closeExchangeSocket(slot);
            return;
        }
        if (n == 0 && slot.answering) {
            const Http1Feed fed = slot.parser.finishOnClose();
            closeExchangeSocket(slot);
            if (fed.state == Http1State::Complete) {
                exchangeAnswered(slot, fed);
            } else {
                exchangeFailed(slot, Outcome::Connection); // cut short
            }
            return;
        }
        connectionLost(slot);
        return;
    }
}

void LoadWorker::exchangeAnswered(Slot& slot, const Http1Feed& answer) {
    const auto now = Steady::now();
    {
        const std::lock_guard lock(m_board.mutex);
        m_board.tally.sent(std::exchange(m_sentPending, 0));
        m_board.tally.httpVersionSeen(false);
        m_board.tally.answered(duration_cast<microseconds>(now - slot.origin), answer.status);
    }
    releaseSlot(slot, now);
}

void LoadWorker::exchangeFailed(Slot& slot, Outcome outcome) {
    {
        const std::lock_guard lock(m_board.mutex);
        m_board.tally.sent(std::exchange(m_sentPending, 0));
        m_board.tally.failed(outcome);
    }
    releaseSlot(slot, Steady::now());
}

void LoadWorker::connectionLost(Slot& slot) {
    // A keep-alive connection the server closed while it was idle fails the first request sent
    // on it before any answer: libcurl, browsers and this generator resend it once on a fresh
    // connection. A connection that fails its first request is the server's failure.
    const bool retry = slot.busy && slot.reused && !slot.answering && !slot.retried;
    closeExchangeSocket(slot);
    if (!slot.busy) {
        return;
    }
    if (retry) {
        slot.retried = true;
        slot.written = 0;
        slot.parser.reset(m_headRequest);
        connectExchange(slot);
        return;
    }
    exchangeFailed(slot, Outcome::Connection);
}

void LoadWorker::closeExchangeSocket(Slot& slot) {
    if (slot.socket == CURL_SOCKET_BAD) {
        return;
    }
    unwatch(slot.socket);
    ::close(slot.socket);
    slot.socket = CURL_SOCKET_BAD;
}

void LoadWorker::expireExchanges(Steady::time_point now) {
    if (now < m_nextExpiry) {
        return;
    }
    m_nextExpiry = now + kExpirySweep;
    for (auto& owned : m_slots) {
        Slot& slot = *owned;
        if (!slot.busy || slot.deadline > now) {
            continue;
        }
        if (slot.inMulti) {
            curl_multi_remove_handle(m_multi.get(), slot.easy.get());
            slot.inMulti = false;
            slot.connecting = false;
        }
        // A late answer must not be read as the next request's.
        closeExchangeSocket(slot);
        exchangeFailed(slot, Outcome::Timeout);
    }
}

} // namespace headroom::load
