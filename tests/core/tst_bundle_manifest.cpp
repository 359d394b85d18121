// A bundle's manifest: written and read back equal, and every malformed, inconsistent or newer
// manifest refused with the key that is wrong.

#include "bundle/BundleManifest.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using namespace std::chrono_literals;

namespace {

const Timestamp kFrom = Timestamp{std::chrono::sys_days{std::chrono::year{2026} / 9 / 1}};

BundleManifest sample() {
    BundleManifest m;
    m.createdAt = kFrom + 24h * 91;
    m.createdBy = "Headroom 0.1.0";
    m.schemaVersion = 7;
    m.workspaceName = "demo";
    m.workspaceTitle = "Demo data — Acme Analytics";
    m.workspaceKind = "demo";
    m.from = kFrom;
    m.to = kFrom + 24h * 90;
    m.counts = {2160, 14, 6, 120, 90, 12936, 606};
    m.stretches = {{kFrom, kFrom + 24h * 89, 3600s, true}, {kFrom + 24h * 89, m.to, 30s, false}};
    m.events = {120, std::string(64, 'a')};
    m.decisions = {6, std::string(64, '0')};
    m.catalogJson = R"({"tiers":[{"id":"lab"}]})";
    return m;
}

} // namespace

class TestBundleManifest : public QObject {
    Q_OBJECT
private slots:
    void roundTrip() {
        const BundleManifest m = sample();
        const std::string text = bundleManifestToJson(m);
        auto back = bundleManifestFromJson(text);
        QVERIFY2(back, back ? "" : back.error().message.c_str());
        QVERIFY(*back == m);
        // The demo stays labelled as demo, in words a person reading the file understands.
        QVERIFY(text.find("\"kind\": \"demo\"") != std::string::npos);
    }

    void refusals_data() {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value"); // JSON; empty removes the key
        QTest::addColumn<QString>("message");
        QTest::newRow("format") << "/format"
                                << R"("zip")"
                                << "manifest.format: expected";
        QTest::newRow("newer") << "/format_version"
                               << "2"
                               << "written by a newer Headroom: manifest version 2";
        QTest::newRow("missing counts.events") << "/counts/events"
                                               << ""
                                               << "manifest.counts.events: missing";
        QTest::newRow("negative count") << "/counts/snapshots"
                                        << "-1"
                                        << "manifest.counts.snapshots: expected a whole number";
        QTest::newRow("fractional count") << "/counts/decisions"
                                          << "1.5"
                                          << "manifest.counts.decisions: expected a whole";
        QTest::newRow("bad head") << "/history/events/head"
                                  << R"("xyz")"
                                  << "manifest.history.events.head: expected 64 lowercase hex";
        QTest::newRow("bad time") << "/range/from"
                                  << R"("yesterday")"
                                  << "manifest.range.from: 'yesterday' is not an ISO 8601";
        QTest::newRow("reversed range") << "/range/to"
                                        << R"("2026-08-01T00:00:00Z")"
                                        << "manifest.range: 'to' is before 'from'";
        QTest::newRow("kind") << "/workspace/kind"
                              << R"("bundle")"
                              << "manifest.workspace.kind: expected 'live' or 'demo'";
        QTest::newRow("empty name") << "/workspace/name"
                                    << R"("")"
                                    << "manifest.workspace.name: must not be empty";
        QTest::newRow("stretch kind") << "/stretches/1/kind"
                                      << R"("guess")"
                                      << "manifest.stretches[1].kind";
        QTest::newRow("catalog") << "/catalog"
                                 << "[]"
                                 << "manifest.catalog: expected an object";
        QTest::newRow("schema") << "/schema_version"
                                << "0"
                                << "manifest.schema_version: expected 1 or more";
    }

    void refusals() {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, message);
        auto j = nlohmann::json::parse(bundleManifestToJson(sample()));
        const nlohmann::json::json_pointer at(pointer.toStdString());
        if (value.isEmpty()) {
            j[at.parent_pointer()].erase(at.back());
        } else {
            j[at] = nlohmann::json::parse(value.toStdString());
        }
        auto m = bundleManifestFromJson(j.dump());
        QVERIFY(!m);
        QCOMPARE(m.error().code, ErrorCode::ParseError);
        QVERIFY2(m.error().message.find(message.toStdString()) != std::string::npos,
                 m.error().message.c_str());
    }

    void notJson() {
        auto m = bundleManifestFromJson("{\"format\": ");
        QVERIFY(!m);
        QCOMPARE(m.error().message, std::string("manifest: not valid JSON"));
    }
};

QTEST_GUILESS_MAIN(TestBundleManifest)
#include "tst_bundle_manifest.moc"
