// Every damaged, foreign, newer or hostile bundle is refused with its reason, as bad input
// (ParseError / ValidationError, exit 3; a missing file NotFound), and changes nothing: the
// bundle file's bytes are the same after, and nothing is left in the bundle folder or its
// staging folder. Hostile payloads carry a VALID checksum: the checks behind it must hold alone.

#include "bundle/BundleExport.h"
#include "bundle/BundleFormat.h"
#include "bundle/BundleImport.h"
#include "store/Database.h"
#include "tst_bundle_support.h"

#include <random>

#include <QTemporaryDir>
#include <QTest>

using namespace headroom;
using namespace headroom::test;
using namespace std::chrono_literals;

namespace {

// The bundle as its three parts, to take apart and put back together with a valid checksum.
struct Parts {
    BundleHeader header;
    std::string manifest;
    std::string payload;
};

std::string assemble(Parts parts, bool recomputeLengths = true) {
    if (recomputeLengths) {
        parts.header.manifestBytes = static_cast<std::uint32_t>(parts.manifest.size());
        parts.header.payloadBytes = parts.payload.size();
    }
    auto encoded = encodeBundleHeader(parts.header);
    Sha256Stream hash;
    hash.update(std::span<const std::byte>(encoded.data(), kBundleHashOffset));
    hash.update(parts.manifest);
    hash.update(parts.payload);
    parts.header.sha256 = *hash.finish();
    encoded = encodeBundleHeader(parts.header);
    return std::string(reinterpret_cast<const char*>(encoded.data()), encoded.size()) +
           parts.manifest + parts.payload;
}

} // namespace

class TestBundleCorruption : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::string m_good;
    Parts m_parts;
    int m_counter = 0;

    std::filesystem::path path(const std::string& name) const {
        return std::filesystem::path(m_dir.path().toStdString()) / name;
    }

    // The payload after running `sql` on a copy of it.
    std::string payloadWith(const std::string& sql) {
        const auto file = path(cat("payload", ++m_counter, ".db"));
        writeFile(file, m_parts.payload);
        {
            auto db = sql::Database::open(file.string(), sql::Database::Create::Never);
            if (!db) {
                qWarning("%s", db.error().message.c_str());
                return {};
            }
            if (auto ok = db->exec(sql, "building a hostile payload"); !ok) {
                qWarning("%s", ok.error().message.c_str());
                return {};
            }
        }
        return readFile(file);
    }

    std::string manifestWith(const std::string& pointer, const nlohmann::json& value) {
        auto json = nlohmann::json::parse(m_parts.manifest);
        json[nlohmann::json::json_pointer(pointer)] = value;
        return json.dump(2);
    }

    std::string flipped(std::size_t at, unsigned char mask = 0xFF) const {
        std::string bytes = m_good;
        bytes[at] = static_cast<char>(static_cast<unsigned char>(bytes[at]) ^ mask);
        return bytes;
    }

    // The bytes of a case (empty optional: the case is not a regular file).
    std::string bytesOf(const QString& name) {
        const std::size_t size = m_good.size();
        const std::size_t m = m_parts.manifest.size();
        const std::string key = name.toStdString();
        if (key == "truncated to 0" || key == "empty") {
            return {};
        }
        if (key.starts_with("truncated at ")) {
            const std::string what = key.substr(13);
            const std::size_t at = what == "mid-manifest"  ? kBundleHeaderSize + m / 2
                                   : what == "mid-payload" ? kBundleHeaderSize + m + (size - m) / 2
                                   : what == "size-1"      ? size - 1
                                                           : std::stoul(what);
            return m_good.substr(0, at);
        }
        if (key == "flip magic") {
            return flipped(3);
        }
        if (key == "flip version") {
            return flipped(16);
        }
        if (key == "flip flags") {
            return flipped(20, 0x04);
        }
        if (key == "flip manifest length") {
            return flipped(27, 0x10);
        }
        if (key == "flip payload length") {
            return flipped(35, 0x01);
        }
        if (key == "flip stored checksum") {
            return flipped(50, 0x01);
        }
        if (key == "flip manifest") {
            return flipped(kBundleHeaderSize + m / 3, 0x01);
        }
        if (key == "flip payload header page") {
            return flipped(kBundleHeaderSize + m + 100, 0x01);
        }
        if (key == "flip last page") {
            return flipped(size - 100, 0x01);
        }
        if (key.starts_with("flip seeded ")) {
            std::mt19937_64 random(std::stoul(key.substr(12)));
            std::uniform_int_distribution<std::size_t> at(kBundleHeaderSize, size - 1);
            std::uniform_int_distribution<int> bit(0, 7);
            return flipped(at(random), static_cast<unsigned char>(1u << bit(random)));
        }
        if (key == "trailing bytes") {
            return m_good + "x";
        }
        if (key == "text") {
            return "Headroom bundle, honestly.\nNot really.\n";
        }
        if (key == "png") {
            return std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + std::string(200, '\0');
        }
        if (key == "headroom database") {
            return readFile(path("source.db"));
        }
        if (key == "manifest_bytes 2^31") {
            Parts parts = m_parts;
            parts.header.manifestBytes = 1u << 31;
            return assemble(parts, false);
        }
        Parts parts = m_parts;
        if (key == "newer container version") {
            parts.header.version = 2;
        } else if (key == "unknown flag") {
            parts.header.flags = 8;
        } else if (key == "newer schema") {
            parts.manifest = manifestWith("/schema_version", 99);
            parts.payload = payloadWith("PRAGMA user_version = 99");
        } else if (key == "newer payload schema") {
            parts.payload = payloadWith("PRAGMA user_version = 99");
        } else if (key == "extra trigger") {
            parts.payload = payloadWith("CREATE TRIGGER evil AFTER INSERT ON snapshots "
                                        "BEGIN DELETE FROM events; END");
        } else if (key == "view") {
            parts.payload = payloadWith("CREATE VIEW peek AS SELECT * FROM sources");
        } else if (key == "extra index") {
            parts.payload = payloadWith("CREATE INDEX sneaky ON events(subject)");
        } else if (key == "changed column") {
            parts.payload = payloadWith("ALTER TABLE sources ADD COLUMN extra TEXT");
        } else if (key == "two workspaces") {
            parts.payload = payloadWith("INSERT INTO workspaces(id, name, title, kind, "
                                        "created_at) VALUES(999, 'other', 'Other', 'live', "
                                        "1767225600)");
        } else if (key == "altered chained event") {
            // Lift the append-only trigger, forge a row, put the same trigger back: the schema
            // is Headroom's again, only the chain can tell.
            parts.payload = payloadWith(
                "DROP TRIGGER events_append_only_update;"
                "UPDATE events SET subject = 'forged' WHERE id = (SELECT min(id) FROM events);"
                "CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events\n"
                "    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;");
        } else if (key == "manifest disagrees") {
            auto json = nlohmann::json::parse(m_parts.manifest);
            parts.manifest =
                manifestWith("/counts/snapshots", json["counts"]["snapshots"].get<int>() + 1);
        } else if (key == "manifest names another workspace") {
            parts.manifest = manifestWith("/workspace/name", "live");
        } else if (key == "notification channel") {
            parts.payload = payloadWith(
                "INSERT INTO notification_channels(name, kind, purpose, config_json, created_at, "
                "updated_at) VALUES('ops', 'slack', 'alerts', '{}', 1767225600, 1767225600)");
        } else if (key == "16 MiB value") {
            parts.payload = payloadWith(
                "UPDATE snapshots SET snapshot_json = '{\"x\":\"' || hex(zeroblob(8500000)) || "
                "'\"}' WHERE id = (SELECT min(id) FROM snapshots)");
        } else if (key == "time out of range") {
            parts.payload = payloadWith(
                "UPDATE snapshots SET taken_at = 99999999999 WHERE id = (SELECT max(id) FROM "
                "snapshots)");
        } else {
            qWarning("unknown case %s", key.c_str());
            return {};
        }
        return assemble(parts);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const std::string source = path("source.db").string();
        QVERIFY(writeDemoDatabase(source));
        auto catalog = loadDefaultCatalog();
        QVERIFY(catalog.has_value());
        // Two days: small enough to stage dozens of times.
        auto exported = exportBundle(
            source, {"demo", path("good.hrbundle"), {kDemoNow - 48h, kDemoNow}, kDemoNow}, *catalog,
            noControl());
        QVERIFY2(exported, exported ? "" : exported.error().message.c_str());
        m_good = readFile(path("good.hrbundle"));
        auto header = decodeBundleHeader(
            std::span<const std::byte>(reinterpret_cast<const std::byte*>(m_good.data()),
                                       kBundleHeaderSize),
            m_good.size());
        QVERIFY(header.has_value());
        m_parts.header = *header;
        m_parts.manifest = m_good.substr(kBundleHeaderSize, header->manifestBytes);
        m_parts.payload = m_good.substr(kBundleHeaderSize + header->manifestBytes);
        // The good bundle itself stages: every refusal below is the case's doing.
        auto staged = stageBundle(path("good.hrbundle"), path("good-bundles"), noControl());
        QVERIFY2(staged, staged ? "" : staged.error().message.c_str());
        QCOMPARE(assemble(m_parts), m_good);
    }

    void refused_data() {
        QTest::addColumn<QString>("message");
        auto row = [](const char* name, const char* message) {
            QTest::newRow(name) << QString::fromUtf8(message);
        };
        row("empty", "not a Headroom bundle");
        row("truncated at 10", "truncated bundle");
        row("truncated at 40", "truncated bundle");
        row("truncated at mid-manifest", "truncated bundle");
        row("truncated at mid-payload", "truncated bundle");
        row("truncated at size-1", "truncated bundle: ");
        row("trailing bytes", "1 unexpected bytes after the payload");
        row("flip magic", "not a Headroom bundle");
        row("flip version", "written by a newer Headroom: bundle format 254");
        row("flip flags", "features this build lacks");
        row("flip manifest length", "manifest length");
        row("flip payload length", "payload length");
        row("flip stored checksum", "checksum mismatch: the bundle is damaged");
        row("flip manifest", "checksum mismatch");
        row("flip payload header page", "checksum mismatch");
        row("flip last page", "checksum mismatch");
        for (int seed = 1; seed <= 64; ++seed) {
            QTest::newRow(cat("flip seeded ", seed).c_str()) << QStringLiteral("checksum mismatch");
        }
        row("newer container version", "written by a newer Headroom: bundle format 2");
        row("unknown flag", "features this build lacks");
        row("manifest_bytes 2^31", "manifest length 2147483648");
        row("newer schema", "newer Headroom: its payload has schema version 99");
        row("newer payload schema", "newer Headroom (schema version 99");
        row("text", "not a Headroom bundle");
        row("png", "not a Headroom bundle");
        row("headroom database", "this is a SQLite database");
        row("directory", "it is a directory");
        row("missing", "no such bundle file");
        row("extra trigger", "unexpected schema object 'trigger evil'");
        row("view", "unexpected schema object 'view peek'");
        row("extra index", "unexpected schema object 'index sneaky'");
        row("changed column", "schema object 'table sources' differs");
        row("two workspaces", "holds 2 workspaces");
        row("altered chained event", "history is not intact: events chain altered");
        row("manifest disagrees", "the manifest counts");
        row("manifest names another workspace", "is not the manifest's 'live'");
        row("notification channel", "notification_channels, which a bundle never carries");
        row("16 MiB value", "too big");
        row("time out of range", "is not a time in 2000-2199");
    }

    void refused() {
        QFETCH(QString, message);
        const QString name = QString::fromUtf8(QTest::currentDataTag());
        const auto file = path(cat("case", ++m_counter, ".hrbundle"));
        const auto bundleDir = path(cat("bundles", m_counter));
        if (name == "directory") {
            std::filesystem::create_directory(file);
        } else if (name != "missing") {
            const std::string bytes = bytesOf(name);
            QVERIFY(name == "empty" || !bytes.empty());
            writeFile(file, bytes);
        }
        const std::string before = std::filesystem::is_regular_file(file) ? fileSha256(file) : "";

        auto staged = stageBundle(file, bundleDir, noControl());
        QVERIFY2(!staged, "a bad bundle was staged");
        const Error& error = staged.error();
        QVERIFY2(error.message.find(message.toStdString()) != std::string::npos,
                 error.message.c_str());
        if (name == "missing") {
            QCOMPARE(error.code, ErrorCode::NotFound);
        } else {
            QVERIFY2(error.code == ErrorCode::ParseError ||
                         error.code == ErrorCode::ValidationError,
                     std::string(keyOf(error.code)).c_str());
        }
        // checkBundle (header and manifest only) refuses what it can see, never crashes.
        (void)checkBundle(file);
        if (!before.empty()) {
            QCOMPARE(fileSha256(file), before);
        }
        const auto left = listTree(bundleDir);
        QVERIFY2(left.empty(), left.empty() ? "" : left.front().c_str());
    }

    void cancelLeavesNothing() {
        const auto bundleDir = path("cancelled");
        std::stop_source stop;
        stop.request_stop();
        auto staged =
            stageBundle(path("good.hrbundle"), bundleDir, JobControl{stop.get_token(), {}});
        QVERIFY(!staged);
        QCOMPARE(staged.error().code, ErrorCode::Cancelled);
        QVERIFY(listTree(bundleDir).empty());
    }

    void stalePartialsAreRemoved() {
        const auto bundleDir = path("stale");
        std::filesystem::create_directories(bundleDir / kBundleStagingDir);
        writeFile(bundleDir / kBundleStagingDir / "abc.partial", "x");
        writeFile(bundleDir / kBundleStagingDir / "abc.partial-journal", "x");
        writeFile(bundleDir / "keep.db", "x");
        auto removed = removeStalePartials(bundleDir);
        QVERIFY(removed.has_value());
        QCOMPARE(*removed, std::size_t{2});
        QCOMPARE(listTree(bundleDir), std::vector<std::string>{"keep.db"});
    }
};

QTEST_GUILESS_MAIN(TestBundleCorruption)
#include "tst_bundle_corruption.moc"
