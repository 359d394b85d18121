// The bundle container's header: written and read back field for field, the streamed SHA-256
// against the standard's test vectors however the input is split, and every way a file
// can fail to be a bundle this build reads (not a bundle, a SQLite database, truncated anywhere,
// trailing bytes, a newer format or unknown flags, absurd lengths) refused with its reason.

#include "bundle/BundleFormat.h"
#include "bundle/Sha256Stream.h"

#include <QTest>

using namespace headroom;

namespace {

BundleHeader sample() {
    BundleHeader h;
    h.manifestBytes = 900;
    h.payloadBytes = 8192;
    for (std::size_t i = 0; i < h.sha256.size(); ++i) {
        h.sha256[i] = std::uint8_t(i * 7 + 1);
    }
    return h;
}

std::vector<std::byte> bytesOf(std::string_view text) {
    std::vector<std::byte> out;
    for (char c : text) {
        out.push_back(std::byte(static_cast<unsigned char>(c)));
    }
    return out;
}

std::string errorOf(std::span<const std::byte> bytes, std::uint64_t size) {
    auto h = decodeBundleHeader(bytes, size);
    if (h) {
        return "accepted";
    }
    return (h.error().code == ErrorCode::ParseError ? "" : "[not ParseError] ") + h.error().message;
}

} // namespace

class TestBundleFormat : public QObject {
    Q_OBJECT
private slots:
    void roundTrip() {
        const BundleHeader h = sample();
        const auto bytes = encodeBundleHeader(h);
        QCOMPARE(std::string_view(reinterpret_cast<const char*>(bytes.data()), 16), kBundleMagic);
        // Little-endian lengths at their offsets.
        QCOMPARE(std::to_integer<int>(bytes[24]), 900 % 256);
        QCOMPARE(std::to_integer<int>(bytes[25]), 900 / 256);
        QCOMPARE(std::to_integer<int>(bytes[29]), 8192 / 256);
        auto back = decodeBundleHeader(bytes, h.fileBytes());
        QVERIFY2(back, back ? "" : back.error().message.c_str());
        QCOMPARE(back->version, kBundleContainerVersion);
        QCOMPARE(back->flags, 0u);
        QCOMPARE(back->manifestBytes, 900u);
        QCOMPARE(back->payloadBytes, std::uint64_t{8192});
        QVERIFY(back->sha256 == h.sha256);
        QCOMPARE(h.fileBytes(), std::uint64_t{68 + 900 + 8192});
    }

    void refusals_data() {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<qulonglong>("size");
        QTest::addColumn<QString>("message");
        const BundleHeader h = sample();
        const auto good = encodeBundleHeader(h);
        const QByteArray header(reinterpret_cast<const char*>(good.data()), int(good.size()));
        const auto with = [&](int at, char value) {
            QByteArray b = header;
            b[at] = value;
            return b;
        };
        QTest::newRow("empty") << QByteArray() << 0ull << "not a Headroom bundle";
        QTest::newRow("text file")
            << QByteArray("hello, world\n") << 13ull << "not a Headroom bundle";
        QTest::newRow("sqlite database") << QByteArray("SQLite format 3\0 and the rest", 30)
                                         << 8192ull << "this is a SQLite database";
        QTest::newRow("cut in the magic") << header.left(9) << 9ull << "truncated bundle: 9 bytes";
        QTest::newRow("cut in the header")
            << header.left(40) << 40ull << "truncated bundle: 40 bytes";
        QTest::newRow("cut in the payload")
            << header << qulonglong(h.fileBytes() - 100) << "(100 missing)";
        QTest::newRow("trailing bytes")
            << header << qulonglong(h.fileBytes() + 3) << "3 unexpected bytes after the payload";
        QTest::newRow("newer version") << with(16, 2) << qulonglong(h.fileBytes())
                                       << "written by a newer Headroom: bundle format 2";
        QTest::newRow("unknown flag")
            << with(20, 1) << qulonglong(h.fileBytes()) << "with features this build lacks";
        QTest::newRow("version 0")
            << with(16, 0) << qulonglong(h.fileBytes()) << "format version 0";
        QTest::newRow("flipped magic byte")
            << with(3, 'X') << qulonglong(h.fileBytes()) << "not a Headroom bundle";
        // A manifest length of 16 MiB (byte 27 = 1): refused before anything is read.
        QTest::newRow("huge manifest")
            << with(27, 1) << qulonglong(h.fileBytes()) << "manifest length 16778116";
        QTest::newRow("tiny payload")
            << with(29, 0) << qulonglong(h.fileBytes()) << "payload length 0";
    }

    void refusals() {
        QFETCH(QByteArray, head);
        QFETCH(qulonglong, size);
        QFETCH(QString, message);
        const std::span<const std::byte> bytes(reinterpret_cast<const std::byte*>(head.data()),
                                               std::size_t(head.size()));
        const std::string error = errorOf(bytes, size);
        QVERIFY2(error.find(message.toStdString()) != std::string::npos, error.c_str());
    }

    // FIPS 180-2 test vectors; the digest must not depend on how the stream is cut.
    void sha256Stream() {
        Sha256Stream empty;
        QCOMPARE(toHex(*empty.finish()),
                 std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        Sha256Stream abc;
        abc.update(std::string_view("abc"));
        QCOMPARE(toHex(*abc.finish()),
                 std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        const std::string text = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
        for (std::size_t cut : {std::size_t{0}, std::size_t{1}, std::size_t{20}, text.size()}) {
            Sha256Stream s;
            s.update(std::string_view(text).substr(0, cut));
            s.update(std::string_view(text).substr(cut));
            QCOMPARE(
                toHex(*s.finish()),
                std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
        }
        Sha256Stream once;
        QVERIFY(once.finish());
        QVERIFY(!once.finish()); // finished: a second digest would be of nothing
    }

    void magicAloneIsNotEnough() {
        const auto magic = bytesOf(kBundleMagic);
        QVERIFY(errorOf(magic, magic.size()).find("truncated bundle") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestBundleFormat)
#include "tst_bundle_format.moc"
