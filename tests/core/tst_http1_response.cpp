// Http1ResponseParser (core/net) against captured nginx 1.22 answers and hand-made responses: every
// row is parsed in one piece, byte by byte, in random splits and twice back to back in one
// buffer, the way the load generator's fast path feeds it (keep what was not consumed, reset,
// feed the rest). Covers status lines, case-insensitive framing headers, 1xx interim answers,
// bodiless answers (HEAD, 204, 304), chunked bodies with extensions and trailers, close-delimited
// bodies, line folding, bare LF, the 64 KiB header limit and every error kind. A generator of
// random valid responses checks that any split gives the one-piece result.

#include "core/support/Http1ResponseStream.h"
#include "net/Http1Response.h"

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <QTest>

using namespace headroom::load;
using namespace std::literals;

using namespace headroom::test;

Q_DECLARE_METATYPE(Outcome)

class TestHttp1Response : public QObject {
    Q_OBJECT

private slots:
    void responses_data();
    void responses();
    void backToBack_data();
    void backToBack();
    void stopsAtTheEndOfEachResponse();
    void headerLimit();
    void trailerLimit();
    void chunkLineLimit();
    void stickyUntilReset();
    void runningCounters();
    void closedBeforeResponse();
    void describesEveryError();
    void randomSplitsOfRandomResponses();
};

// Each row: the bytes, whether they answer a HEAD, whether the peer closes after them, and the
// expected outcome of the (first) response.
namespace {

enum class Rows { All, Followable };

// Followable rows are complete responses that leave the connection open, so that a second
// response can follow them in the same buffer.
void addResponseRows(Rows which) {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("head");
    QTest::addColumn<bool>("peerCloses");
    QTest::addColumn<Outcome>("expected");

    const auto row = [which](const char* name, std::string_view bytes, bool head, bool peerCloses,
                             Outcome expected) {
        if (which == Rows::Followable && (peerCloses || expected.state != Http1State::Complete)) {
            return;
        }
        QTest::newRow(name) << QByteArray(bytes.data(), qsizetype(bytes.size())) << head
                            << peerCloses << expected;
    };

    // nginx 1.22.1, captured.
    row("nginx GET 200", kNginxget_index, false, false, complete(200, false, 236, 41, 277));
    row("nginx HEAD 200 with Content-Length", kNginxhead_index, true, false,
        complete(200, false, 236, 0, 236));
    row("nginx 404", kNginxnot_found, false, false, complete(404, false, 155, 153, 308));
    row("nginx gzip chunked", kNginxgzip_small, false, false, complete(200, false, 248, 55, 314));
    row("nginx HEAD without framing", kNginxhead_chunked, true, false,
        complete(200, false, 220, 0, 220));
    row("nginx 204", kNginxno_content, false, false, complete(204, false, 110, 0, 110));
    row("nginx 304", kNginxnot_modified2, false, false, complete(304, false, 179, 0, 179));
    row("nginx answer to HTTP/1.0", kNginxhttp10, false, false, complete(200, true, 142, 6, 148));
    row("nginx Connection: close", kNginxclose, false, false, complete(200, true, 142, 4, 146));
    row("nginx 100 Continue then 200", kNginxcontinue, false, false,
        complete(200, false, 172, 3, 175));

    // Status lines and versions.
    row("no reason phrase", "HTTP/1.1 200\r\nContent-Length: 2\r\n\r\nok", false, false,
        complete(200, false, 35, 2, 37));
    row("empty reason phrase", "HTTP/1.1 200 \r\nContent-Length: 2\r\n\r\nok", false, false,
        complete(200, false, 36, 2, 38));
    row("HTTP/1.0 closes by default", "HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok", false,
        false, complete(200, true, 38, 2, 40));
    row("HTTP/1.0 keep-alive",
        "HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 2\r\n\r\nok", false, false,
        complete(200, false, 62, 2, 64));
    row("HTTP/1.2 speaks 1.1", "HTTP/1.2 503 Busy\r\nContent-Length: 0\r\n\r\n", false, false,
        complete(503, false, 40, 0, 40));
    row("stray empty line before the status line",
        "\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", false, false,
        complete(200, false, 40, 0, 40));

    // Framing headers, case-insensitive names and tokens.
    row("lower-case names", "HTTP/1.1 200 OK\r\ncontent-length: 3\r\nconnection: CLOSE\r\n\r\nabc",
        false, false, complete(200, true, 57, 3, 60));
    row("Connection list",
        "HTTP/1.1 200 OK\r\nConnection: Upgrade , close\r\nContent-Length: 0\r\n\r\n", false, false,
        complete(200, true, 67, 0, 67));
    row("Content-Length with OWS", "HTTP/1.1 200 OK\r\nContent-Length:   3  \r\n\r\nabc", false,
        false, complete(200, false, 42, 3, 45));
    row("Content-Length list of equal values", "HTTP/1.1 200 OK\r\nContent-Length: 3, 3\r\n\r\nabc",
        false, false, complete(200, false, 41, 3, 44));
    row("Content-Length twice, equal",
        "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 003\r\n\r\nabc", false, false,
        complete(200, false, 59, 3, 62));
    row("space before the colon", "HTTP/1.1 200 OK\r\nContent-Length : 3\r\n\r\nabc", false, false,
        complete(200, false, 39, 3, 42));
    row("folded ignored header tolerated",
        "HTTP/1.1 200 OK\r\nX-Long: a\r\n  b\r\nContent-Length: 1\r\n\r\nx", false, false,
        complete(200, false, 54, 1, 55));
    row("bare LF line ends", "HTTP/1.1 200 OK\nContent-Length: 2\nX: y\n\nok", false, false,
        complete(200, false, 40, 2, 42));

    // Chunked bodies.
    row("chunked with extensions and trailers",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        "1a;name=val\r\nabcdefghijklmnopqrstuvwxyz\r\n"
        "5 ; a=\"b;c\"\r\nhello\r\n"
        "0\r\nX-Checksum: abc\r\nX-Other: d\r\n\r\n",
        false, false, complete(200, false, 47, 31, 142));
    row("chunked, upper-case hex and leading zeros",
        "HTTP/1.1 200 OK\r\nTRANSFER-ENCODING: CHUNKED\r\n\r\n1A\r\nabcdefghijklmnopqrstuvwxyz\r\n"
        "0005\r\nhello\r\n0\r\n\r\n",
        false, false, complete(200, false, 47, 31, 47 + 4 + 28 + 6 + 7 + 5));
    row("gzip, chunked",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n", false,
        false, complete(200, false, 53, 3, 66));
    row("codings over two fields",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"
        "3\r\nabc\r\n0\r\n\r\n",
        false, false, complete(200, false, 72, 3, 85));
    row("chunked with bare LF", "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n3\nabc\n0\n\n",
        false, false, complete(200, false, 44, 3, 53));
    row("chunked wins over Content-Length and closes",
        "HTTP/1.1 200 OK\r\nContent-Length: 100\r\nTransfer-Encoding: chunked\r\n\r\n"
        "3\r\nabc\r\n0\r\n\r\n",
        false, false, complete(200, true, 68, 3, 81));
    row("largest chunk size fits, then truncated",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffff\r\nabc", false, true,
        failed(Http1Error::Truncated));

    // Interim responses.
    row("103 Early Hints then 200",
        "HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n"
        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok",
        false, false, complete(200, false, 61 + 38, 2, 61 + 38 + 2));
    row("100 and 103 then 204, interim Content-Length ignored",
        "HTTP/1.1 100 Continue\r\nContent-Length: 99\r\n\r\nHTTP/1.1 103 Early Hints\r\n\r\n"
        "HTTP/1.1 204 No Content\r\n\r\n",
        false, false, complete(204, false, 45 + 28 + 27, 0, 45 + 28 + 27));

    // Answers without a body.
    row("204 with Content-Length", "HTTP/1.1 204 No Content\r\nContent-Length: 10\r\n\r\n", false,
        false, complete(204, false, 47, 0, 47));
    row("304 with Content-Length", "HTTP/1.1 304 Not Modified\r\nContent-Length: 41\r\n\r\n", false,
        false, complete(304, false, 49, 0, 49));
    row("HEAD with chunked", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", true, false,
        complete(200, false, 47, 0, 47));

    // Bodies delimited by close.
    row("no framing, peer closes", "HTTP/1.1 200 OK\r\nServer: x\r\n\r\nhello world", false, true,
        complete(200, true, 30, 11, 41));
    row("HTTP/1.0 no framing", "HTTP/1.0 200 OK\r\n\r\nabc", false, true,
        complete(200, true, 19, 3, 22));
    row("chunked not last, peer closes",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, gzip\r\n\r\nraw", false, true,
        complete(200, true, 53, 3, 56));
    row("empty close-delimited body", "HTTP/1.1 500 Oops\r\n\r\n", false, true,
        complete(500, true, 21, 0, 21));
    row("open close-delimited body waits", "HTTP/1.1 200 OK\r\n\r\nabc", false, false, [] {
        Outcome o = needMore();
        o.headerBytes = 19;
        o.bodyBytes = 3;
        o.consumed = 22;
        return o;
    }());

    // Errors.
    const auto error = [&row](const char* name, std::string_view bytes, Http1Error kind) {
        row(name, bytes, false, true, failed(kind));
    };
    error("status not numeric", "HTTP/1.1 abc OK\r\n\r\n", Http1Error::BadStatusLine);
    error("status two digits", "HTTP/1.1 20 OK\r\n\r\n", Http1Error::BadStatusLine);
    error("status four digits", "HTTP/1.1 2000 OK\r\n\r\n", Http1Error::BadStatusLine);
    error("status below 100", "HTTP/1.1 099 Low\r\n\r\n", Http1Error::BadStatusLine);
    error("not HTTP", "ICY 200 OK\r\n\r\n", Http1Error::BadStatusLine);
    error("lower-case protocol", "http/1.1 200 OK\r\n\r\n", Http1Error::BadStatusLine);
    error("two spaces", "HTTP/1.1  200 OK\r\n\r\n", Http1Error::BadStatusLine);
    error("HTTP/2.0", "HTTP/2.0 200 OK\r\n\r\n", Http1Error::UnsupportedVersion);
    error("HTTP/0.9", "HTTP/0.9 200 OK\r\n\r\n", Http1Error::UnsupportedVersion);
    error("101", "HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n",
          Http1Error::SwitchingProtocols);
    error("header without colon", "HTTP/1.1 200 OK\r\nContent-Length 3\r\n\r\nabc",
          Http1Error::BadHeaderLine);
    error("empty header name", "HTTP/1.1 200 OK\r\n: 3\r\n\r\n", Http1Error::BadHeaderLine);
    error("space in header name", "HTTP/1.1 200 OK\r\nContent Length: 3\r\n\r\n",
          Http1Error::BadHeaderLine);
    error("bare CR in header name", "HTTP/1.1 200 OK\r\nX\rY: 3\r\n\r\n",
          Http1Error::BadHeaderLine);
    error("folded Content-Length", "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n 2\r\n\r\n",
          Http1Error::ObsoleteLineFolding);
    error("folded Connection", "HTTP/1.1 200 OK\r\nConnection: keep-alive,\r\n\tclose\r\n\r\n",
          Http1Error::ObsoleteLineFolding);
    error("fold right after the status line", "HTTP/1.1 200 OK\r\n X: y\r\n\r\n",
          Http1Error::ObsoleteLineFolding);
    error("negative Content-Length", "HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n",
          Http1Error::BadContentLength);
    error("non-numeric Content-Length", "HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\n",
          Http1Error::BadContentLength);
    error("signed Content-Length", "HTTP/1.1 200 OK\r\nContent-Length: +5\r\n\r\n",
          Http1Error::BadContentLength);
    error("hex Content-Length", "HTTP/1.1 200 OK\r\nContent-Length: 0x10\r\n\r\n",
          Http1Error::BadContentLength);
    error("empty Content-Length", "HTTP/1.1 200 OK\r\nContent-Length:\r\n\r\n",
          Http1Error::BadContentLength);
    error("Content-Length with inner space", "HTTP/1.1 200 OK\r\nContent-Length: 1 2\r\n\r\n",
          Http1Error::BadContentLength);
    error("Content-Length list with an empty element",
          "HTTP/1.1 200 OK\r\nContent-Length: 3,\r\n\r\n", Http1Error::BadContentLength);
    error("huge Content-Length",
          "HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999999\r\n\r\n",
          Http1Error::BadContentLength);
    error("conflicting Content-Length list", "HTTP/1.1 200 OK\r\nContent-Length: 3, 4\r\n\r\n",
          Http1Error::ConflictingContentLength);
    error("conflicting Content-Length fields",
          "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",
          Http1Error::ConflictingContentLength);
    error("chunked twice", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, chunked\r\n\r\n",
          Http1Error::BadTransferEncoding);
    error("empty Transfer-Encoding", "HTTP/1.1 200 OK\r\nTransfer-Encoding: \r\n\r\n",
          Http1Error::BadTransferEncoding);
    error("Transfer-Encoding on HTTP/1.0",
          "HTTP/1.0 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
          Http1Error::BadTransferEncoding);
    error("chunk size not hex", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
          Http1Error::BadChunkSize);
    error("chunk size missing", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n\r\n",
          Http1Error::BadChunkSize);
    error("chunk size with junk", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5x\r\n",
          Http1Error::BadChunkSize);
    error("chunk size overflow",
          "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10000000000000000\r\n",
          Http1Error::ChunkSizeOverflow);
    error("chunk data too long",
          "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloXX\r\n0\r\n\r\n",
          Http1Error::BadChunkEnd);
    error("truncated in the status line", "HTTP/1.1 20", Http1Error::Truncated);
    error("truncated in the headers", "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n",
          Http1Error::Truncated);
    error("truncated body", "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello",
          Http1Error::Truncated);
    error("truncated chunk", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel",
          Http1Error::Truncated);
    error("truncated trailers",
          "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX: y\r\n",
          Http1Error::Truncated);
    error("closed after a stray empty line", "\r\n", Http1Error::Truncated);
}

} // namespace

void TestHttp1Response::responses_data() {
    addResponseRows(Rows::All);
}

void TestHttp1Response::responses() {
    QFETCH(QByteArray, bytes);
    QFETCH(bool, head);
    QFETCH(bool, peerCloses);
    QFETCH(Outcome, expected);
    const std::string_view view(bytes.constData(), std::size_t(bytes.size()));
    const auto request =
        head ? Http1ResponseParser::Request::Head : Http1ResponseParser::Request::Other;
    const End end = peerCloses ? End::PeerCloses : End::Open;

    const std::vector<Outcome> onePiece = stream(view, {}, request, end);
    QCOMPARE(onePiece.size(), std::size_t(1));
    QCOMPARE(onePiece.front(), expected);

    const std::vector<Outcome> bytewise = stream(view, byteByByte(view.size()), request, end);
    QCOMPARE(bytewise.size(), std::size_t(1));
    QCOMPARE(bytewise.front(), expected);

    std::mt19937 random(std::uint32_t(qHash(bytes)));
    for (int round = 0; round < 50; ++round) {
        const std::vector<Outcome> split =
            stream(view, randomPieces(view.size(), random), request, end);
        QCOMPARE(split.size(), std::size_t(1));
        QCOMPARE(split.front(), expected);
    }

    // A malformed response stops the stream: what follows it is never parsed as a response.
    // (A truncation depends on where the bytes end, so a second copy would change it.)
    if (expected.state == Http1State::Error && expected.error != Http1Error::Truncated) {
        const std::string twice = bytes.toStdString() + bytes.toStdString();
        const std::vector<Outcome> outcomes = stream(twice, byteByByte(twice.size()), request, end);
        QCOMPARE(outcomes.size(), std::size_t(1));
        QCOMPARE(outcomes.front(), expected);
    }
}

// Two responses in one buffer: the first must stop at its own end, the second parse the same.
void TestHttp1Response::backToBack_data() {
    addResponseRows(Rows::Followable);
}

void TestHttp1Response::backToBack() {
    QFETCH(QByteArray, bytes);
    QFETCH(bool, head);
    QFETCH(bool, peerCloses);
    QFETCH(Outcome, expected);
    QVERIFY(!peerCloses);
    const std::string twice = bytes.toStdString() + bytes.toStdString();
    const auto request =
        head ? Http1ResponseParser::Request::Head : Http1ResponseParser::Request::Other;
    std::mt19937 random(7);
    const std::vector<std::vector<std::size_t>> splits{{},
                                                       byteByByte(twice.size()),
                                                       randomPieces(twice.size(), random),
                                                       randomPieces(twice.size(), random)};
    for (const auto& pieces : splits) {
        const std::vector<Outcome> outcomes = stream(twice, pieces, request, End::Open);
        QCOMPARE(outcomes.size(), std::size_t(2));
        QCOMPARE(outcomes[0], expected);
        QCOMPARE(outcomes[1], expected);
    }
}

// The caller's contract, spelled out on one buffer holding a response and the start of the next.
void TestHttp1Response::stopsAtTheEndOfEachResponse() {
    const std::string first = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello";
    const std::string second =
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n";
    const std::string buffer = first + second + "HTTP/1.1 2";
    Http1ResponseParser parser;
    parser.reset(false);
    Http1Feed feed = parser.feed(buffer);
    QCOMPARE(feed.state, Http1State::Complete);
    QCOMPARE(feed.consumed, first.size());
    QCOMPARE(feed.bodyBytes, std::uint64_t(5));
    parser.reset(false);
    feed = parser.feed(std::string_view(buffer).substr(first.size()));
    QCOMPARE(feed.state, Http1State::Complete);
    QCOMPARE(feed.consumed, second.size());
    QCOMPARE(feed.bodyBytes, std::uint64_t(2));
    parser.reset(false);
    feed = parser.feed(std::string_view(buffer).substr(first.size() + second.size()));
    QCOMPARE(feed.state, Http1State::NeedMore);
    QCOMPARE(feed.consumed, std::size_t(10));
    feed = parser.feed("00 OK\r\n\r\n");
    QCOMPARE(feed.state, Http1State::NeedMore); // no framing: delimited by close
    feed = parser.finishOnClose();
    QCOMPARE(feed.state, Http1State::Complete);
    QCOMPARE(feed.status, 200);
    QVERIFY(feed.closeConnection);
}

// 64 KiB of header sections pass, one byte more does not; interim sections count too.
void TestHttp1Response::headerLimit() {
    const std::string start = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nX-Pad: ";
    const std::string end = "\r\n\r\n";
    std::string exact =
        start + std::string(kHttp1MaxHeaderBytes - start.size() - end.size(), 'a') + end;
    QCOMPARE(exact.size(), kHttp1MaxHeaderBytes);
    for (const std::size_t piece : {std::size_t(1), std::size_t(1000), exact.size()}) {
        const auto outcomes =
            stream(exact, std::vector<std::size_t>(exact.size() / piece + 1, piece),
                   Http1ResponseParser::Request::Other, End::Open);
        QCOMPARE(outcomes.size(), std::size_t(1));
        QCOMPARE(outcomes[0], complete(200, false, exact.size(), 0, exact.size()));
    }
    const std::string over =
        start + std::string(exact.size() - start.size() - end.size() + 1, 'a') + end;
    for (const std::size_t piece : {std::size_t(1), std::size_t(1000), over.size()}) {
        const auto outcomes = stream(over, std::vector<std::size_t>(over.size() / piece + 1, piece),
                                     Http1ResponseParser::Request::Other, End::Open);
        QCOMPARE(outcomes.size(), std::size_t(1));
        QCOMPARE(outcomes[0], failed(Http1Error::HeaderTooLarge));
    }
    // A line that never ends is refused as soon as it passes the limit, not buffered forever.
    Http1ResponseParser parser;
    const std::string endless(1024, 'x');
    Http1Feed feed = parser.feed("HTTP/1.1 200 OK\r\nX: ");
    for (int i = 0; i < 100 && feed.state == Http1State::NeedMore; ++i) {
        feed = parser.feed(endless);
    }
    QCOMPARE(feed.state, Http1State::Error);
    QCOMPARE(feed.error, Http1Error::HeaderTooLarge);
    // Interim answers share the budget: 40 KiB of 103 plus 40 KiB of 200 is too much.
    const std::string pad(40 * 1024, 'p');
    const std::string interim = "HTTP/1.1 103 Early Hints\r\nX: " + pad + "\r\n\r\n";
    const std::string final = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nX: " + pad + "\r\n\r\n";
    const auto outcomes =
        stream(interim + final, {}, Http1ResponseParser::Request::Other, End::Open);
    QCOMPARE(outcomes.size(), std::size_t(1));
    QCOMPARE(outcomes[0], failed(Http1Error::HeaderTooLarge));
}

void TestHttp1Response::trailerLimit() {
    const std::string head = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n";
    const std::string fits = head + "X: " + std::string(kHttp1MaxHeaderBytes - 7, 't') + "\r\n\r\n";
    auto outcomes = stream(fits, {}, Http1ResponseParser::Request::Other, End::Open);
    QCOMPARE(outcomes.size(), std::size_t(1));
    QCOMPARE(outcomes[0].state, Http1State::Complete);
    QCOMPARE(outcomes[0].consumed, fits.size());
    const std::string over = head + "X: " + std::string(kHttp1MaxHeaderBytes - 6, 't') + "\r\n\r\n";
    outcomes = stream(over, {}, Http1ResponseParser::Request::Other, End::Open);
    QCOMPARE(outcomes.size(), std::size_t(1));
    QCOMPARE(outcomes[0], failed(Http1Error::HeaderTooLarge));
}

void TestHttp1Response::chunkLineLimit() {
    const std::string head = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
    // "1;" + extension + "\r\n" is exactly the limit: accepted.
    const std::string fits =
        head + "1;" + std::string(kHttp1MaxChunkLineBytes - 4, 'e') + "\r\nx\r\n0\r\n\r\n";
    auto outcomes =
        stream(fits, byteByByte(fits.size()), Http1ResponseParser::Request::Other, End::Open);
    QCOMPARE(outcomes.size(), std::size_t(1));
    QCOMPARE(outcomes[0].state, Http1State::Complete);
    QCOMPARE(outcomes[0].bodyBytes, std::uint64_t(1));
    const std::string over =
        head + "1;" + std::string(kHttp1MaxChunkLineBytes - 3, 'e') + "\r\nx\r\n0\r\n\r\n";
    outcomes = stream(over, {}, Http1ResponseParser::Request::Other, End::Open);
    QCOMPARE(outcomes.size(), std::size_t(1));
    QCOMPARE(outcomes[0], failed(Http1Error::BadChunkSize));
}

void TestHttp1Response::stickyUntilReset() {
    Http1ResponseParser parser;
    parser.reset(false);
    Http1Feed feed = parser.feed("HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\nHTTP");
    QCOMPARE(feed.state, Http1State::Complete);
    QCOMPARE(feed.consumed, std::size_t(43));
    feed = parser.feed("more bytes");
    QCOMPARE(feed.state, Http1State::Complete);
    QCOMPARE(feed.consumed, std::size_t(0));
    QCOMPARE(feed.status, 201);
    feed = parser.finishOnClose();
    QCOMPARE(feed.state, Http1State::Complete);

    parser.reset(false);
    feed = parser.feed("garbage\r\n");
    QCOMPARE(feed.state, Http1State::Error);
    QCOMPARE(feed.error, Http1Error::BadStatusLine);
    feed = parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
    QCOMPARE(feed.state, Http1State::Error);
    QCOMPARE(feed.consumed, std::size_t(0));
    feed = parser.finishOnClose();
    QCOMPARE(feed.error, Http1Error::BadStatusLine);

    // reset() forgets everything, HEAD included, and a partial line kept from before.
    parser.reset(true);
    feed = parser.feed("HTTP/1.1 200 OK\r\nContent-Len");
    parser.reset(false);
    feed = parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    QCOMPARE(feed.state, Http1State::Complete);
    QCOMPARE(feed.bodyBytes, std::uint64_t(2));
    QCOMPARE(feed.headerBytes, std::uint64_t(38));
}

// The counters are running totals, so a caller can watch a slow body progress.
void TestHttp1Response::runningCounters() {
    Http1ResponseParser parser;
    parser.reset(false);
    Http1Feed feed = parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc");
    QCOMPARE(feed.state, Http1State::NeedMore);
    QCOMPARE(feed.headerBytes, std::uint64_t(39));
    QCOMPARE(feed.bodyBytes, std::uint64_t(3));
    feed = parser.feed("defg");
    QCOMPARE(feed.bodyBytes, std::uint64_t(7));
    feed = parser.feed("hijXYZ");
    QCOMPARE(feed.state, Http1State::Complete);
    QCOMPARE(feed.consumed, std::size_t(3));
    QCOMPARE(feed.bodyBytes, std::uint64_t(10));
    // An empty feed changes nothing.
    parser.reset(false);
    feed = parser.feed({});
    QCOMPARE(feed.state, Http1State::NeedMore);
    QCOMPARE(feed.consumed, std::size_t(0));
}

// A keep-alive connection the server dropped while idle is told apart from a cut response: the
// first is safe to retry on a new connection, the second is an error of the server.
void TestHttp1Response::closedBeforeResponse() {
    Http1ResponseParser parser;
    parser.reset(false);
    QCOMPARE(parser.feed({}).state, Http1State::NeedMore);
    Http1Feed feed = parser.finishOnClose();
    QCOMPARE(feed.state, Http1State::Error);
    QCOMPARE(feed.error, Http1Error::ClosedBeforeResponse);
    parser.reset(false);
    parser.feed("H");
    QCOMPARE(parser.finishOnClose().error, Http1Error::Truncated);
}

void TestHttp1Response::describesEveryError() {
    std::vector<std::string_view> seen;
    for (int kind = int(Http1Error::None); kind <= int(Http1Error::ClosedBeforeResponse); ++kind) {
        const std::string_view text = describe(Http1Error(kind));
        QVERIFY(!text.empty());
        QVERIFY(text != describe(Http1Error(999)));
        QVERIFY2(std::find(seen.begin(), seen.end(), text) == seen.end(), text.data());
        seen.push_back(text);
    }
}

namespace {

// A random valid response and what parsing it must give.
struct Generated {
    std::string bytes;
    Outcome expected;
    bool head = false;
    bool peerCloses = false;
};

Generated generate(std::mt19937& random) {
    const auto pick = [&random](int n) {
        return int(random() % std::uint32_t(n));
    };
    const std::string eol = pick(4) == 0 ? "\n" : "\r\n";
    const auto caseMix = [&](std::string name) {
        for (char& c : name) {
            if (pick(2) == 0 && c >= 'a' && c <= 'z') {
                c = char(c - 'a' + 'A');
            } else if (pick(2) == 0 && c >= 'A' && c <= 'Z') {
                c = char(c - 'A' + 'a');
            }
        }
        return name;
    };
    Generated g;
    std::string header;
    for (int interim = pick(3); interim > 0; --interim) {
        header += (pick(2) ? "HTTP/1.1 100 Continue" : "HTTP/1.1 103 Early Hints") + eol;
        if (pick(2)) {
            header += "Link: </a.css>; rel=preload" + eol;
        }
        header += eol;
    }
    const int statuses[] = {200, 201, 204, 301, 304, 404, 500, 503};
    const int status = statuses[pick(8)];
    const bool http10 = pick(5) == 0;
    header += (http10 ? "HTTP/1.0 " : "HTTP/1.1 ") + std::to_string(status) +
              (pick(3) ? " Reason" : "") + eol;
    for (int filler = pick(4); filler > 0; --filler) {
        header += caseMix("X-Filler-" + std::to_string(filler)) + ": " +
                  std::string(std::size_t(pick(200)), 'v') + eol;
    }
    g.head = pick(6) == 0;
    const bool bodiless = g.head || status == 204 || status == 304;
    const int framing = http10 ? pick(2) : pick(3); // 0 length, 1 close, 2 chunked
    bool close = http10;
    if (http10 && pick(2)) {
        header += caseMix("Connection") + ": " + caseMix("keep-alive") + eol;
        close = false;
    } else if (!http10 && pick(5) == 0) {
        header += caseMix("Connection") + ": " + caseMix("close") + eol;
        close = true;
    }
    std::string body;
    const std::size_t size = pick(4) == 0 ? std::size_t(pick(70000)) : std::size_t(pick(300));
    std::uint64_t bodyBytes = 0;
    if (framing == 0) {
        header += caseMix("Content-Length") + ": " + std::to_string(size) + eol;
        if (!bodiless) {
            body.assign(size, 'b');
            bodyBytes = size;
        }
    } else if (framing == 2) {
        header += caseMix("Transfer-Encoding") + ": " + (pick(2) ? "gzip, " : "") +
                  caseMix("chunked") + eol;
        if (!bodiless) {
            std::size_t left = size;
            while (left > 0) {
                const std::size_t chunk = std::min<std::size_t>(left, 1 + std::size_t(pick(5000)));
                char hex[32];
                std::snprintf(hex, sizeof hex, pick(2) ? "%zx" : "%zX", chunk);
                body += hex + std::string(pick(3) == 0 ? ";ext=1" : "") + eol +
                        std::string(chunk, 'c') + eol;
                left -= chunk;
            }
            body += "0" + eol + (pick(2) ? "X-Trailer: t" + eol : "") + eol;
            bodyBytes = size;
        }
    } else if (!bodiless) {
        body.assign(size, 'r');
        bodyBytes = size;
        close = true;
        g.peerCloses = true;
    }
    header += eol;
    g.bytes = header + body;
    g.expected = complete(status, close, header.size(), bodyBytes, g.bytes.size());
    return g;
}

} // namespace

void TestHttp1Response::randomSplitsOfRandomResponses() {
    std::mt19937 random(20260401);
    for (int round = 0; round < 400; ++round) {
        const Generated g = generate(random);
        const auto request =
            g.head ? Http1ResponseParser::Request::Head : Http1ResponseParser::Request::Other;
        const End end = g.peerCloses ? End::PeerCloses : End::Open;
        const auto whole = stream(g.bytes, {}, request, end);
        QCOMPARE(whole.size(), std::size_t(1));
        QCOMPARE(whole[0], g.expected);
        for (int split = 0; split < 5; ++split) {
            const auto pieces = stream(g.bytes, randomPieces(g.bytes.size(), random), request, end);
            QCOMPARE(pieces.size(), std::size_t(1));
            QCOMPARE(pieces[0], whole[0]);
        }
        if (!g.peerCloses) {
            const auto twice =
                stream(g.bytes + g.bytes, randomPieces(2 * g.bytes.size(), random), request, end);
            QCOMPARE(twice.size(), std::size_t(2));
            QCOMPARE(twice[1], g.expected);
        }
    }
}

QTEST_GUILESS_MAIN(TestHttp1Response)
#include "tst_http1_response.moc"
