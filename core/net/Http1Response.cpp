#include "net/Http1Response.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace headroom::load {

namespace {

constexpr std::uint64_t kMaxContentLength = std::uint64_t(1) << 62;

bool isSpace(char c) {
    return c == ' ' || c == '\t';
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// RFC 9110 tchar: what a field name or a transfer coding may be made of. A table, since every
// header name of every answer goes through it (a strchr per character showed in the profile).
constexpr std::array<bool, 256> kTokenChars = [] {
    std::array<bool, 256> table{};
    for (int c = 'a'; c <= 'z'; ++c) {
        table[static_cast<std::size_t>(c)] = true;
    }
    for (int c = 'A'; c <= 'Z'; ++c) {
        table[static_cast<std::size_t>(c)] = true;
    }
    for (int c = '0'; c <= '9'; ++c) {
        table[static_cast<std::size_t>(c)] = true;
    }
    for (const char c : std::string_view("!#$%&'*+-.^_`|~")) {
        table[static_cast<unsigned char>(c)] = true;
    }
    return table;
}();

bool isTokenChar(char c) {
    return kTokenChars[static_cast<unsigned char>(c)];
}

bool isToken(std::string_view text) {
    for (const char c : text) {
        if (!isTokenChar(c)) {
            return false;
        }
    }
    return true;
}

char lower(char c) {
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

// ASCII case-insensitive equality against a lower-case literal.
bool equalsLower(std::string_view text, std::string_view lowerLiteral) {
    if (text.size() != lowerLiteral.size()) {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (lower(text[i]) != lowerLiteral[i]) {
            return false;
        }
    }
    return true;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && isSpace(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && isSpace(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

// Calls onElement(trimmed element) for each comma-separated element, empty ones skipped (the
// list rule of RFC 9110 5.6.1 asks recipients to accept them). Stops when onElement says false.
template <class F>
bool forEachElement(std::string_view list, F&& onElement) {
    while (true) {
        const std::size_t comma = list.find(',');
        const std::string_view element = trim(list.substr(0, comma));
        if (!element.empty() && !onElement(element)) {
            return false;
        }
        if (comma == std::string_view::npos) {
            return true;
        }
        list.remove_prefix(comma + 1);
    }
}

int hexValue(char c) {
    if (isDigit(c)) {
        return c - '0';
    }
    const char l = lower(c);
    if (l >= 'a' && l <= 'f') {
        return l - 'a' + 10;
    }
    return -1;
}

} // namespace

Http1ResponseParser::Http1ResponseParser() {
    m_line.reserve(256);
    reset(Request::Other);
}

void Http1ResponseParser::reset(Request request) {
    m_line.clear(); // keeps its capacity
    m_lineTaken = false;
    m_phase = Phase::StatusLine;
    m_error = Http1Error::None;
    m_head = request == Request::Head;
    m_anyByte = false;
    m_close = false;
    m_remaining = 0;
    m_headerBytes = 0;
    m_trailerBytes = 0;
    m_bodyBytes = 0;
    startSection();
}

void Http1ResponseParser::startSection() {
    m_status = 0;
    m_http10 = false;
    m_contentLengthSeen = false;
    m_contentLength = 0;
    m_transferEncodingSeen = false;
    m_codings = 0;
    m_chunkedSeen = false;
    m_chunkedLast = false;
    m_closeToken = false;
    m_keepAliveToken = false;
    m_lastField = Field::Other;
    m_afterStatusLine = false;
}

void Http1ResponseParser::fail(Http1Error error) {
    m_phase = Phase::Failed;
    m_error = error;
}

Http1Feed Http1ResponseParser::result(std::size_t consumed) const {
    Http1Feed feed;
    feed.consumed = consumed;
    feed.headerBytes = m_headerBytes;
    feed.bodyBytes = m_bodyBytes;
    if (m_phase == Phase::Done) {
        feed.state = Http1State::Complete;
        feed.status = m_status;
        feed.closeConnection = m_close;
    } else if (m_phase == Phase::Failed) {
        feed.state = Http1State::Error;
        feed.error = m_error;
    }
    return feed;
}

Http1Feed Http1ResponseParser::feed(std::string_view bytes) {
    std::size_t pos = 0;
    if (!bytes.empty() && m_phase != Phase::Done && m_phase != Phase::Failed) {
        m_anyByte = true;
    }
    while (pos < bytes.size() && m_phase != Phase::Done && m_phase != Phase::Failed) {
        const std::size_t available = bytes.size() - pos;
        switch (m_phase) {
        case Phase::LengthBody:
        case Phase::ChunkData: {
            const auto take = std::size_t(std::min<std::uint64_t>(m_remaining, available));
            pos += take;
            m_bodyBytes += take;
            m_remaining -= take;
            if (m_remaining == 0) {
                m_phase = m_phase == Phase::LengthBody ? Phase::Done : Phase::ChunkEnd;
            }
            break;
        }
        case Phase::CloseBody:
            pos += available;
            m_bodyBytes += available;
            break;
        default: {
            std::string_view line;
            if (takeLine(bytes, pos, line)) {
                onLine(line);
            }
            break;
        }
        }
    }
    return result(pos);
}

// Takes the next line (without its LF and an optional CR before it) from bytes at pos, or keeps a
// partial one in m_line and says false. Lines that arrive whole are not copied.
bool Http1ResponseParser::takeLine(std::string_view bytes, std::size_t& pos,
                                   std::string_view& line) {
    if (m_lineTaken) {
        m_line.clear();
        m_lineTaken = false;
    }
    const std::string_view rest = bytes.substr(pos);
    const std::size_t lf = rest.find('\n');
    if (lf == std::string_view::npos) {
        if (charge(rest.size())) {
            m_line.append(rest);
            pos = bytes.size();
        }
        return false;
    }
    if (!charge(lf + 1)) {
        return false;
    }
    pos += lf + 1;
    if (m_line.empty()) {
        line = rest.substr(0, lf);
    } else {
        m_line.append(rest.substr(0, lf));
        line = m_line;
        m_lineTaken = true;
    }
    if (!line.empty() && line.back() == '\r') {
        line.remove_suffix(1);
    }
    return true;
}

// Counts lineBytes more of the current line against the limit of its section; false (and Error)
// when the limit is exceeded.
bool Http1ResponseParser::charge(std::size_t lineBytes) {
    switch (m_phase) {
    case Phase::StatusLine:
    case Phase::HeaderLine:
        m_headerBytes += lineBytes;
        if (m_headerBytes > kHttp1MaxHeaderBytes) {
            fail(Http1Error::HeaderTooLarge);
            return false;
        }
        return true;
    case Phase::Trailer:
        m_trailerBytes += lineBytes;
        if (m_trailerBytes > kHttp1MaxHeaderBytes) {
            fail(Http1Error::HeaderTooLarge);
            return false;
        }
        return true;
    default: // chunk-size line or the CRLF after chunk data
        if (m_line.size() + lineBytes > kHttp1MaxChunkLineBytes) {
            fail(m_phase == Phase::ChunkSize ? Http1Error::BadChunkSize : Http1Error::BadChunkEnd);
            return false;
        }
        return true;
    }
}

void Http1ResponseParser::onLine(std::string_view line) {
    switch (m_phase) {
    case Phase::StatusLine:
        onStatusLine(line);
        break;
    case Phase::HeaderLine:
        onHeaderLine(line);
        break;
    case Phase::ChunkSize:
        onChunkSize(line);
        break;
    case Phase::ChunkEnd:
        if (!line.empty()) {
            fail(Http1Error::BadChunkEnd);
        } else {
            m_phase = Phase::ChunkSize;
        }
        break;
    case Phase::Trailer:
        // Trailer fields are not needed for framing; the empty line ends the response.
        if (line.empty()) {
            m_phase = Phase::Done;
        }
        break;
    default:
        break;
    }
}

void Http1ResponseParser::onStatusLine(std::string_view line) {
    // Empty lines before a status line are skipped: some servers send a stray CRLF after a body.
    if (line.empty()) {
        return;
    }
    // "HTTP/" DIGIT "." DIGIT SP 3DIGIT [SP reason]
    if (line.size() < 12 || line.substr(0, 5) != "HTTP/" || !isDigit(line[5]) || line[6] != '.' ||
        !isDigit(line[7]) || line[8] != ' ') {
        fail(Http1Error::BadStatusLine);
        return;
    }
    if (line[5] != '1') {
        fail(Http1Error::UnsupportedVersion);
        return;
    }
    // Any HTTP/1.x with x >= 1 speaks 1.1's framing (minor versions are compatible).
    m_http10 = line[7] == '0';
    if (!isDigit(line[9]) || !isDigit(line[10]) || !isDigit(line[11]) ||
        (line.size() > 12 && line[12] != ' ')) {
        fail(Http1Error::BadStatusLine);
        return;
    }
    const int status = (line[9] - '0') * 100 + (line[10] - '0') * 10 + (line[11] - '0');
    if (status < 100) {
        fail(Http1Error::BadStatusLine);
        return;
    }
    if (status == 101) {
        fail(Http1Error::SwitchingProtocols);
        return;
    }
    const bool http10 = m_http10;
    startSection();
    m_http10 = http10;
    m_status = status;
    m_afterStatusLine = true;
    m_phase = Phase::HeaderLine;
}

void Http1ResponseParser::onHeaderLine(std::string_view line) {
    if (line.empty()) {
        onHeaderEnd();
        return;
    }
    if (isSpace(line.front())) {
        // Obsolete line folding: a continuation of the previous field's value. Harmless on a
        // field the parser ignores; on a framing field it would change the meaning, so refuse.
        if (m_afterStatusLine || m_lastField != Field::Other) {
            fail(Http1Error::ObsoleteLineFolding);
        }
        return;
    }
    m_afterStatusLine = false;
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
        fail(Http1Error::BadHeaderLine);
        return;
    }
    // Whitespace between name and colon is removed (RFC 9112 5.1 for responses).
    std::string_view name = line.substr(0, colon);
    while (!name.empty() && isSpace(name.back())) {
        name.remove_suffix(1);
    }
    if (name.empty() || !isToken(name)) {
        fail(Http1Error::BadHeaderLine);
        return;
    }
    Field field = Field::Other;
    if (name.size() == 10 && equalsLower(name, "connection")) {
        field = Field::Connection;
    } else if (name.size() == 14 && equalsLower(name, "content-length")) {
        field = Field::ContentLength;
    } else if (name.size() == 17 && equalsLower(name, "transfer-encoding")) {
        field = Field::TransferEncoding;
    }
    m_lastField = field;
    if (field != Field::Other) {
        onHeaderValue(field, trim(line.substr(colon + 1)));
    }
}

void Http1ResponseParser::onHeaderValue(Field field, std::string_view value) {
    switch (field) {
    case Field::ContentLength:
        onContentLength(value);
        break;
    case Field::TransferEncoding:
        onTransferEncoding(value);
        break;
    case Field::Connection:
        onConnection(value);
        break;
    case Field::Other:
        break;
    }
}

// 1*DIGIT; "42, 42" (a list of identical values) is accepted as 42, as RFC 9110 8.6 allows.
void Http1ResponseParser::onContentLength(std::string_view value) {
    if (value.empty()) {
        fail(Http1Error::BadContentLength);
        return;
    }
    std::size_t start = 0;
    while (start <= value.size()) {
        std::size_t end = value.find(',', start);
        if (end == std::string_view::npos) {
            end = value.size();
        }
        const std::string_view element = trim(value.substr(start, end - start));
        if (element.empty()) {
            fail(Http1Error::BadContentLength);
            return;
        }
        std::uint64_t length = 0;
        for (const char c : element) {
            if (!isDigit(c)) {
                fail(Http1Error::BadContentLength);
                return;
            }
            length = length * 10 + std::uint64_t(c - '0');
            if (length > kMaxContentLength) {
                fail(Http1Error::BadContentLength);
                return;
            }
        }
        if (m_contentLengthSeen && length != m_contentLength) {
            fail(Http1Error::ConflictingContentLength);
            return;
        }
        m_contentLengthSeen = true;
        m_contentLength = length;
        start = end + 1;
    }
}

// A list of transfer codings, each with optional parameters ("gzip, chunked"); several fields
// form one list. Only whether chunked is the last coding matters for framing.
void Http1ResponseParser::onTransferEncoding(std::string_view value) {
    m_transferEncodingSeen = true;
    forEachElement(value, [this](std::string_view element) {
        const std::string_view coding = trim(element.substr(0, element.find(';')));
        if (coding.empty() || !isToken(coding)) {
            fail(Http1Error::BadTransferEncoding);
            return false;
        }
        ++m_codings;
        const bool chunked = equalsLower(coding, "chunked");
        if (chunked && m_chunkedSeen) {
            fail(Http1Error::BadTransferEncoding); // chunked may be applied only once
            return false;
        }
        m_chunkedSeen = m_chunkedSeen || chunked;
        m_chunkedLast = chunked;
        return true;
    });
}

void Http1ResponseParser::onConnection(std::string_view value) {
    forEachElement(value, [this](std::string_view token) {
        if (equalsLower(token, "close")) {
            m_closeToken = true;
        } else if (equalsLower(token, "keep-alive")) {
            m_keepAliveToken = true;
        }
        return true;
    });
}

void Http1ResponseParser::onHeaderEnd() {
    if (m_status < 200) {
        // Interim response: its fields say nothing about the final one.
        startSection();
        m_phase = Phase::StatusLine;
        return;
    }
    m_close = m_http10 ? !m_keepAliveToken || m_closeToken : m_closeToken;
    if (m_head || m_status == 204 || m_status == 304) {
        m_phase = Phase::Done;
        return;
    }
    if (m_transferEncodingSeen) {
        if (m_http10 || m_codings == 0) {
            fail(Http1Error::BadTransferEncoding);
            return;
        }
        if (m_chunkedLast) {
            // Both headers may signal smuggling; the chunked framing is read, then the connection
            // is not trusted with another request.
            m_close = m_close || m_contentLengthSeen;
            m_phase = Phase::ChunkSize;
        } else {
            m_close = true;
            m_phase = Phase::CloseBody;
        }
        return;
    }
    if (m_contentLengthSeen) {
        m_remaining = m_contentLength;
        m_phase = m_remaining == 0 ? Phase::Done : Phase::LengthBody;
        return;
    }
    m_close = true;
    m_phase = Phase::CloseBody;
}

// chunk-size [ BWS ";" chunk-ext ] — extensions are skipped unread.
void Http1ResponseParser::onChunkSize(std::string_view line) {
    std::uint64_t size = 0;
    std::size_t i = 0;
    for (; i < line.size(); ++i) {
        const int digit = hexValue(line[i]);
        if (digit < 0) {
            break;
        }
        if (size > (UINT64_MAX >> 4)) {
            fail(Http1Error::ChunkSizeOverflow);
            return;
        }
        size = (size << 4) | std::uint64_t(digit);
    }
    if (i == 0) {
        fail(Http1Error::BadChunkSize);
        return;
    }
    while (i < line.size() && isSpace(line[i])) {
        ++i;
    }
    if (i < line.size() && line[i] != ';') {
        fail(Http1Error::BadChunkSize);
        return;
    }
    if (size == 0) {
        m_phase = Phase::Trailer;
    } else {
        m_remaining = size;
        m_phase = Phase::ChunkData;
    }
}

Http1Feed Http1ResponseParser::finishOnClose() {
    switch (m_phase) {
    case Phase::CloseBody:
        m_phase = Phase::Done;
        m_close = true;
        break;
    case Phase::Done:
    case Phase::Failed:
        break;
    default:
        fail(m_anyByte ? Http1Error::Truncated : Http1Error::ClosedBeforeResponse);
        break;
    }
    return result(0);
}

std::string_view describe(Http1Error error) {
    switch (error) {
    case Http1Error::None:
        return "no error";
    case Http1Error::BadStatusLine:
        return "malformed HTTP status line";
    case Http1Error::UnsupportedVersion:
        return "unsupported HTTP version (not HTTP/1.x)";
    case Http1Error::SwitchingProtocols:
        return "unexpected 101 Switching Protocols";
    case Http1Error::BadHeaderLine:
        return "malformed HTTP header line";
    case Http1Error::ObsoleteLineFolding:
        return "folded Content-Length, Transfer-Encoding or Connection header";
    case Http1Error::HeaderTooLarge:
        return "HTTP header section larger than 64 KiB";
    case Http1Error::BadContentLength:
        return "invalid Content-Length";
    case Http1Error::ConflictingContentLength:
        return "conflicting Content-Length values";
    case Http1Error::BadTransferEncoding:
        return "invalid Transfer-Encoding";
    case Http1Error::BadChunkSize:
        return "malformed chunk size line";
    case Http1Error::ChunkSizeOverflow:
        return "chunk size too large";
    case Http1Error::BadChunkEnd:
        return "chunk data not followed by CRLF";
    case Http1Error::Truncated:
        return "connection closed before the response was complete";
    case Http1Error::ClosedBeforeResponse:
        return "connection closed before any response byte";
    }
    return "unknown HTTP/1.1 parse error";
}

} // namespace headroom::load
