#pragma once
// Http1ResponseParser: an incremental HTTP/1.1 (and 1.0) response parser for the load generator's
// fast path, where libcurl only opens the connection and the generator reads the answer itself.
// Bytes go in as they arrive, in any split; the parser never reads past the end of the current
// response (Http1Feed::consumed says how much it took, the caller keeps the rest for the next
// response). Body bytes are counted, never stored; the only buffer holds one partial line (a
// status, header, chunk-size or trailer line), bounded by the limits below, and keeps its capacity
// across reset() so that a warm parser does not allocate.
//
// Invariants and choices (RFC 9112):
// - 1xx interim responses (100 Continue, 103 Early Hints) are skipped; 101 is an error (the
//   generator never asks to upgrade). HEAD answers, 204 and 304 have no body.
// - Framing: Transfer-Encoding with chunked last wins over Content-Length (and then the connection
//   closes after the response); Transfer-Encoding without chunked last, or no framing header at
//   all, means a body delimited by close (finishOnClose()). Transfer-Encoding on HTTP/1.0 is an
//   error (faulty framing).
// - Obsolete line folding is tolerated on headers the parser ignores and rejected on the ones that
//   decide framing or persistence (Content-Length, Transfer-Encoding, Connection).
// - Bare LF line endings are accepted; whitespace between a header name and its colon is removed
//   (what RFC 9112 asks of a client).
// - The header sections of one response (interim ones included) may hold at most 64 KiB, the
//   trailer section as much again, a chunk-size line 4 KiB.
// After Complete or Error the state is sticky: feed() consumes nothing and repeats the result until
// the next reset().

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace headroom::load {

enum class Http1State { NeedMore, Complete, Error };

enum class Http1Error {
    None,
    BadStatusLine,            // not "HTTP/1.x NNN [reason]"
    UnsupportedVersion,       // HTTP/2.0, HTTP/0.9, ...
    SwitchingProtocols,       // 101: the generator never asks to upgrade
    BadHeaderLine,            // no colon, or an empty or invalid field name
    ObsoleteLineFolding,      // a folded Content-Length, Transfer-Encoding or Connection
    HeaderTooLarge,           // header sections (or the trailer section) over 64 KiB
    BadContentLength,         // empty, negative, non-numeric or absurdly large
    ConflictingContentLength, // two different values
    BadTransferEncoding,      // chunked twice, no coding, or on HTTP/1.0
    BadChunkSize,             // not hex, bad extension syntax, or a line over 4 KiB
    ChunkSizeOverflow,        // more hex digits than 64 bits hold
    BadChunkEnd,              // chunk data not followed by CRLF
    Truncated,                // the peer closed in the middle of the response
    ClosedBeforeResponse,     // the peer closed before the first byte (a dropped idle connection)
};

inline constexpr std::size_t kHttp1MaxHeaderBytes = std::size_t{64} * 1024;
inline constexpr std::size_t kHttp1MaxChunkLineBytes = std::size_t{4} * 1024;

// What one feed() did. The counters are running totals since reset(), so they are meaningful on
// every state; status and closeConnection are set on Complete.
struct Http1Feed {
    std::size_t consumed = 0; // of the bytes passed to this call
    Http1State state = Http1State::NeedMore;
    Http1Error error = Http1Error::None;
    int status = 0;                // the final status (interim 1xx skipped)
    bool closeConnection = false;  // the connection must not carry another request
    std::uint64_t headerBytes = 0; // status lines and header sections, interim ones included
    std::uint64_t bodyBytes = 0;   // the content: chunk data without chunk framing or trailers
};

class Http1ResponseParser {
public:
    Http1ResponseParser();

    // Before each response. Request::Head (or true): the answer has no body whatever its
    // Content-Length or Transfer-Encoding say.
    enum class Request { Other, Head };
    void reset(Request request);
    void reset(bool headRequest) { reset(headRequest ? Request::Head : Request::Other); }

    Http1Feed feed(std::string_view bytes);

    // The peer closed the connection: completes a body delimited by close, anything else
    // unfinished is an error (ClosedBeforeResponse when not a byte of this response arrived).
    Http1Feed finishOnClose();

private:
    enum class Phase {
        StatusLine,
        HeaderLine,
        LengthBody,
        CloseBody,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailer,
        Done,
        Failed
    };
    enum class Field { Other, ContentLength, TransferEncoding, Connection };

    bool takeLine(std::string_view bytes, std::size_t& pos, std::string_view& line);
    bool charge(std::size_t lineBytes);
    void onLine(std::string_view line);
    void onStatusLine(std::string_view line);
    void onHeaderLine(std::string_view line);
    void onHeaderValue(Field field, std::string_view value);
    void onContentLength(std::string_view value);
    void onTransferEncoding(std::string_view value);
    void onConnection(std::string_view value);
    void onHeaderEnd();
    void onChunkSize(std::string_view line);
    void startSection();
    void fail(Http1Error error);
    Http1Feed result(std::size_t consumed) const;

    std::string m_line; // a partial line carried over between feeds
    bool m_lineTaken = false;
    Phase m_phase = Phase::StatusLine;
    Http1Error m_error = Http1Error::None;
    bool m_head = false;
    bool m_anyByte = false;

    // The current header section.
    int m_status = 0;
    bool m_http10 = false;
    bool m_contentLengthSeen = false;
    std::uint64_t m_contentLength = 0;
    bool m_transferEncodingSeen = false;
    int m_codings = 0;
    bool m_chunkedSeen = false;
    bool m_chunkedLast = false;
    bool m_closeToken = false;
    bool m_keepAliveToken = false;
    Field m_lastField = Field::Other;
    bool m_afterStatusLine = false;

    bool m_close = false;
    std::uint64_t m_remaining = 0; // of the Content-Length body or the current chunk
    std::uint64_t m_headerBytes = 0;
    std::uint64_t m_trailerBytes = 0;
    std::uint64_t m_bodyBytes = 0;
};

std::string_view describe(Http1Error error);

} // namespace headroom::load
