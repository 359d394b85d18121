#pragma once
// tst_http1_response's material: nginx 1.22 answers captured on 127.0.0.1, what a response
// amounted to (Outcome), and stream(), which feeds Http1ResponseParser the way the load
// generator's exchange does: bytes in pieces, the unconsumed rest kept for the next response,
// a reset() between responses.

#include "net/Http1Response.h"

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <QTest>

namespace headroom::test {

using namespace headroom::load;
using namespace std::literals;

// Captured with python sockets from nginx 1.22.1 on 127.0.0.1 (see the row names for the request).
// get_index
inline constexpr std::string_view kNginxget_index =
    "HTTP/1.1 200 OK\r\n"
    "Server: nginx/1.22.1\r\n"
    "Date: Mon, 30 Nov 2026 21:46:27 GMT\r\n"
    "Content-Type: text/html\r\n"
    "Content-Length: 41\r\n"
    "Last-Modified: Mon, 30 Nov 2026 21:46:14 GMT\r\n"
    "Connection: keep-alive\r\n"
    "ETag: \"6b0deea6-29\"\r\n"
    "Accept-Ranges: bytes\r\n"
    "\r\n"
    "<html><body>hello headroom</body></html>\n"sv;
// head_index
inline constexpr std::string_view kNginxhead_index =
    "HTTP/1.1 200 OK\r\n"
    "Server: nginx/1.22.1\r\n"
    "Date: Mon, 30 Nov 2026 21:46:28 GMT\r\n"
    "Content-Type: text/html\r\n"
    "Content-Length: 41\r\n"
    "Last-Modified: Mon, 30 Nov 2026 21:46:14 GMT\r\n"
    "Connection: keep-alive\r\n"
    "ETag: \"6b0deea6-29\"\r\n"
    "Accept-Ranges: bytes\r\n"
    "\r\n"sv;
// not_found
inline constexpr std::string_view kNginxnot_found = "HTTP/1.1 404 Not Found\r\n"
                                                    "Server: nginx/1.22.1\r\n"
                                                    "Date: Mon, 30 Nov 2026 21:46:28 GMT\r\n"
                                                    "Content-Type: text/html\r\n"
                                                    "Content-Length: 153\r\n"
                                                    "Connection: keep-alive\r\n"
                                                    "\r\n"
                                                    "<html>\r\n"
                                                    "<head><title>404 Not Found</title></head>\r\n"
                                                    "<body>\r\n"
                                                    "<center><h1>404 Not Found</h1></center>\r\n"
                                                    "<hr><center>nginx/1.22.1</center>\r\n"
                                                    "</body>\r\n"
                                                    "</html>\r\n"sv;
// gzip_small
inline constexpr std::string_view kNginxgzip_small =
    "HTTP/1.1 200 OK\r\n"
    "Server: nginx/1.22.1\r\n"
    "Date: Mon, 30 Nov 2026 21:46:31 GMT\r\n"
    "Content-Type: text/html\r\n"
    "Last-Modified: Mon, 30 Nov 2026 21:46:14 GMT\r\n"
    "Transfer-Encoding: chunked\r\n"
    "Connection: keep-alive\r\n"
    "ETag: W/\"6b0deea6-29\"\r\n"
    "Content-Encoding: gzip\r\n"
    "\r\n"
    "37\r\n"
    "\x1f\x8b\x08\x00\x00\x00\x00\x00\x04\x03\xb3\xc9(\xc9\xcd\xb1\xb3I\xcaO\xa9\xb4\xcb"
    "H\xcd\xc9\xc9W\xc8HML)\xca\xcf\xcf\xb5\xd1\x07\x0b\xda\xe8\x83Up\x01\x00\xc2\xe2\x1f"
    "\xf7)\x00\x00\x00\r\n"
    "0\r\n"
    "\r\n"sv;
// head_chunked
inline constexpr std::string_view kNginxhead_chunked =
    "HTTP/1.1 200 OK\r\n"
    "Server: nginx/1.22.1\r\n"
    "Date: Mon, 30 Nov 2026 21:46:38 GMT\r\n"
    "Content-Type: text/html\r\n"
    "Last-Modified: Mon, 30 Nov 2026 21:46:14 GMT\r\n"
    "Connection: keep-alive\r\n"
    "ETag: W/\"6b0deea6-29\"\r\n"
    "Content-Encoding: gzip\r\n"
    "\r\n"sv;
// no_content
inline constexpr std::string_view kNginxno_content = "HTTP/1.1 204 No Content\r\n"
                                                     "Server: nginx/1.22.1\r\n"
                                                     "Date: Mon, 30 Nov 2026 21:46:29 GMT\r\n"
                                                     "Connection: keep-alive\r\n"
                                                     "\r\n"sv;
// not_modified2
inline constexpr std::string_view kNginxnot_modified2 =
    "HTTP/1.1 304 Not Modified\r\n"
    "Server: nginx/1.22.1\r\n"
    "Date: Mon, 30 Nov 2026 21:46:31 GMT\r\n"
    "Last-Modified: Mon, 30 Nov 2026 21:46:14 GMT\r\n"
    "Connection: keep-alive\r\n"
    "ETag: \"6b0deea6-29\"\r\n"
    "\r\n"sv;
// http10
inline constexpr std::string_view kNginxhttp10 = "HTTP/1.1 200 OK\r\n"
                                                 "Server: nginx/1.22.1\r\n"
                                                 "Date: Mon, 30 Nov 2026 21:46:30 GMT\r\n"
                                                 "Content-Type: text/plain\r\n"
                                                 "Content-Length: 6\r\n"
                                                 "Connection: close\r\n"
                                                 "\r\n"
                                                 "hello\n"sv;
// close
inline constexpr std::string_view kNginxclose = "HTTP/1.1 200 OK\r\n"
                                                "Server: nginx/1.22.1\r\n"
                                                "Date: Mon, 30 Nov 2026 21:46:30 GMT\r\n"
                                                "Content-Type: text/plain\r\n"
                                                "Content-Length: 4\r\n"
                                                "Connection: close\r\n"
                                                "\r\n"
                                                "bye\n"sv;
// continue
inline constexpr std::string_view kNginxcontinue = "HTTP/1.1 100 Continue\r\n"
                                                   "\r\n"
                                                   "HTTP/1.1 200 OK\r\n"
                                                   "Server: nginx/1.22.1\r\n"
                                                   "Date: Mon, 30 Nov 2026 21:46:30 GMT\r\n"
                                                   "Content-Type: text/plain\r\n"
                                                   "Content-Length: 3\r\n"
                                                   "Connection: keep-alive\r\n"
                                                   "\r\n"
                                                   "ok\n"sv;

// What a response amounted to. On Error only state and error are kept: how far the parser got
// before it noticed may differ between splits, the verdict may not.
struct Outcome {
    Http1State state = Http1State::NeedMore;
    Http1Error error = Http1Error::None;
    int status = 0;
    bool close = false;
    std::uint64_t headerBytes = 0;
    std::uint64_t bodyBytes = 0;
    std::size_t consumed = 0; // bytes of the stream this response took

    friend bool operator==(const Outcome&, const Outcome&) = default;
};

inline char* toString(const Outcome& o) {
    const std::string text =
        "state=" + std::to_string(int(o.state)) + " error=" + std::string(describe(o.error)) +
        " status=" + std::to_string(o.status) + " close=" + std::to_string(int(o.close)) +
        " header=" + std::to_string(o.headerBytes) + " body=" + std::to_string(o.bodyBytes) +
        " consumed=" + std::to_string(o.consumed);
    return qstrdup(text.c_str());
}

inline Outcome complete(int status, bool close, std::uint64_t header, std::uint64_t body,
                        std::size_t consumed) {
    return {Http1State::Complete, Http1Error::None, status, close, header, body, consumed};
}

inline Outcome failed(Http1Error error) {
    return {Http1State::Error, error, 0, false, 0, 0, 0};
}

inline Outcome needMore() {
    return {};
}

enum class End { Open, PeerCloses };

// Simulates the caller: bytes arrive in pieces of the given sizes (the last piece takes the
// rest); what a response did not consume stays for the next one, each response after a reset().
// Returns the outcome of every response, the last one possibly unfinished.
inline std::vector<Outcome> stream(std::string_view bytes, const std::vector<std::size_t>& pieces,
                                   Http1ResponseParser::Request request, End end) {
    Http1ResponseParser parser;
    parser.reset(request);
    std::vector<Outcome> outcomes;
    Outcome current;
    std::string pending;
    std::size_t offset = 0;
    std::size_t piece = 0;
    const auto record = [&](const Http1Feed& feed) {
        current.consumed += feed.consumed;
        current.state = feed.state;
        current.error = feed.error;
        current.status = feed.status;
        current.close = feed.closeConnection;
        current.headerBytes = feed.headerBytes;
        current.bodyBytes = feed.bodyBytes;
        if (feed.state == Http1State::Error) {
            current = failed(feed.error);
        }
    };
    while (offset < bytes.size()) {
        std::size_t size = piece < pieces.size() ? pieces[piece++] : bytes.size() - offset;
        size = std::min(size, bytes.size() - offset);
        pending.append(bytes.substr(offset, size));
        offset += size;
        while (!pending.empty()) {
            const Http1Feed feed = parser.feed(pending);
            if (feed.state == Http1State::NeedMore && feed.consumed != pending.size()) {
                qWarning("NeedMore left %zu bytes unconsumed", pending.size() - feed.consumed);
                return {};
            }
            record(feed);
            pending.erase(0, feed.consumed);
            if (feed.state == Http1State::Error) {
                outcomes.push_back(current);
                return outcomes;
            }
            if (feed.state != Http1State::Complete) {
                break;
            }
            outcomes.push_back(current);
            current = Outcome{};
            parser.reset(request);
        }
    }
    if (end == End::PeerCloses && (outcomes.empty() || current.consumed > 0)) {
        record(parser.finishOnClose());
        outcomes.push_back(current);
    } else if (current.consumed > 0) {
        outcomes.push_back(current);
    }
    return outcomes;
}

inline std::vector<std::size_t> byteByByte(std::size_t size) {
    return std::vector<std::size_t>(size, 1);
}

inline std::vector<std::size_t> randomPieces(std::size_t size, std::mt19937& random) {
    std::vector<std::size_t> pieces;
    std::size_t total = 0;
    while (total < size) {
        // Mostly small pieces (splits inside lines and CRLFs), sometimes large ones.
        const std::size_t piece = (random() % 4 == 0) ? 1 + random() % 512 : 1 + random() % 7;
        pieces.push_back(piece);
        total += piece;
    }
    return pieces;
}

} // namespace headroom::test
