#include "integration/support/PlainHttpGet.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace headroom::test {

namespace {

class Fd {
public:
    explicit Fd(int fd)
        : m_fd(fd) {}
    ~Fd() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

PlainHttpResponse failed(std::string why) {
    PlainHttpResponse r;
    r.error = std::move(why);
    return r;
}

using Clock = std::chrono::steady_clock;

int remainingMs(Clock::time_point deadline) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    return left > 0 ? static_cast<int>(left) : 0;
}

bool waitFor(int fd, short events, Clock::time_point deadline) {
    pollfd p{fd, events, 0};
    return ::poll(&p, 1, remainingMs(deadline)) == 1;
}

} // namespace

PlainHttpResponse plainHttpGet(std::string_view url, std::chrono::milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    constexpr std::string_view kScheme = "http://";
    if (!url.starts_with(kScheme))
        return failed("only http:// URLs");
    url.remove_prefix(kScheme.size());
    const auto slash = url.find('/');
    const std::string_view authority = url.substr(0, slash);
    const std::string target(slash == std::string_view::npos ? "/" : url.substr(slash));
    const auto colon = authority.rfind(':');
    if (colon == std::string_view::npos)
        return failed("URL without a port");
    const std::string host(authority.substr(0, colon));
    const int port = std::atoi(std::string(authority.substr(colon + 1)).c_str());

    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    if (::inet_pton(AF_INET, host.c_str(), &address.sin_addr) != 1)
        return failed("host is not an IPv4 literal: " + host);

    Fd fd(::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
    if (fd.get() < 0)
        return failed(std::string("socket: ") + std::strerror(errno));
    if (::connect(fd.get(), reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        if (errno != EINPROGRESS)
            return failed(std::string("connect: ") + std::strerror(errno));
        if (!waitFor(fd.get(), POLLOUT, deadline))
            return failed("connect timed out");
        int error = 0;
        socklen_t length = sizeof error;
        ::getsockopt(fd.get(), SOL_SOCKET, SO_ERROR, &error, &length);
        if (error != 0)
            return failed(std::string("connect: ") + std::strerror(error));
    }

    const std::string request = "GET " + target + " HTTP/1.0\r\nHost: " + std::string(authority) +
                                "\r\nAccept: application/json\r\nConnection: close\r\n\r\n";
    std::size_t sent = 0;
    while (sent < request.size()) {
        if (!waitFor(fd.get(), POLLOUT, deadline))
            return failed("send timed out");
        const ssize_t n =
            ::send(fd.get(), request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
        if (n < 0 && errno != EAGAIN && errno != EINTR)
            return failed(std::string("send: ") + std::strerror(errno));
        if (n > 0)
            sent += static_cast<std::size_t>(n);
    }

    std::string raw;
    char buffer[16384];
    for (;;) {
        if (!waitFor(fd.get(), POLLIN, deadline))
            return failed("response timed out");
        const ssize_t n = ::recv(fd.get(), buffer, sizeof buffer, 0);
        if (n == 0)
            break;
        if (n < 0) {
            if (errno == EAGAIN || errno == EINTR)
                continue;
            return failed(std::string("recv: ") + std::strerror(errno));
        }
        raw.append(buffer, static_cast<std::size_t>(n));
    }

    // "HTTP/1.x 200 OK\r\n...headers...\r\n\r\nbody"
    const auto headerEnd = raw.find("\r\n\r\n");
    if (!raw.starts_with("HTTP/1.") || headerEnd == std::string::npos)
        return failed("not an HTTP response: " + raw.substr(0, 80));
    PlainHttpResponse response;
    response.status = std::atol(raw.c_str() + raw.find(' ') + 1);
    response.body = raw.substr(headerEnd + 4);
    return response;
}

} // namespace headroom::test
