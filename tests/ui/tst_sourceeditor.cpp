// SourceEditor without an engine: the form <-> SourceConfig round trip, problems shown before
// saving (each marking its field), bindings JSON errors inline, the ready-made mapping pre-fill,
// the TLS-off warning, and the secret kept out of the config.

#include "SourceEditor.h"
#include "sources/prometheus/MappingJson.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace headroom;
using namespace headroom::ui;

Q_DECLARE_METATYPE(headroom::SourceConfig)

namespace {

SourceConfig nodeConfig() {
    SourceConfig c = sourceFromReadyMapping(ReadyMapping::NodeExporter, "node-web-1");
    c.url = "http://10.0.0.5:9100/metrics";
    return c;
}

QString dump(const SourceConfig& c) {
    return QString::fromStdString(sourceConfigToJson(c).dump());
}

template <class W>
W* child(const QWidget& parent, const char* name) {
    auto* w = parent.findChild<W*>(QLatin1String(name));
    if (!w) {
        qFatal("no child %s", name);
    }
    return w;
}

} // namespace

class TestSourceEditor : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data() {
        QTest::addColumn<SourceConfig>("config");
        QTest::newRow("node_exporter ready mapping") << nodeConfig();

        SourceConfig prom = sourceFromReadyMapping(ReadyMapping::PrometheusNodeExporter, "prom");
        prom.auth = AuthKind::Bearer;
        prom.tls = TlsVerification::Off;
        prom.caFile = "/etc/ssl/private-ca.pem";
        prom.interval = std::chrono::seconds{45};
        prom.timeout = std::chrono::milliseconds{2500};
        prom.headers = {{"X-Scope-OrgID", "tenant-1"}, {"Accept-Language", "en"}};
        prom.maxResponseBytes = 1536 * 1024 + 7; // not whole KiB: kept exactly
        prom.enabled = false;
        QTest::newRow("prometheus, bearer, TLS off, headers") << prom;

        SourceConfig basic = nodeConfig();
        basic.name = "basic.auth";
        basic.auth = AuthKind::Basic;
        basic.username = "scraper";
        basic.readyMapping.reset(); // same bindings, but stored as a custom mapping
        QTest::newRow("basic auth, custom mapping") << basic;

        SourceConfig json;
        json.name = "billing";
        json.kind = EndpointKind::JsonDocument;
        json.url = "https://app.example.com/health.json";
        json.auth = AuthKind::ApiKeyHeader;
        json.authHeader = "X-API-Key";
        json.bindings = {
            MetricBinding{MetricId::ActiveClients,
                          JsonPointer{"/clients/active", StringNumbers::Accept}, 1.0},
            MetricBinding{MetricId::AiLatencyMs, JsonPointer{"/ai/latency_s"}, 1000.0}};
        QTest::newRow("json document, api key") << json;
    }

    void roundTrip() {
        QFETCH(SourceConfig, config);
        QVERIFY2(validateSourceConfig(config).has_value(), "the case itself is valid");
        SourceEditor editor;
        editor.setConfig(config);
        QVERIFY(!editor.isModified());
        const Result<SourceConfig> back = editor.config();
        QVERIFY2(back.has_value(), back ? "" : back.error().message.c_str());
        QVERIFY2(*back == config, qPrintable(dump(*back) + QStringLiteral("\n") + dump(config)));
    }

    void validationProblemsAreShownAndMarkTheirFields() {
        SourceEditor editor;
        editor.show();
        SourceConfig bad = nodeConfig();
        bad.name = "Bad Name";
        bad.url = "ftp://example.com/metrics";
        editor.setConfig(bad);
        QVERIFY(!editor.validate().has_value());
        auto* problems = child<QLabel>(editor, "problems");
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(QLatin1String("name:")), qPrintable(problems->text()));
        QVERIFY2(problems->text().contains(QLatin1String("url:")), qPrintable(problems->text()));
        QCOMPARE(editor.problems().size(), 2);
        // The labels of the fields named turn red; the others do not.
        const auto labelStyle = [&](const char* field) {
            const QWidget* w = child<QWidget>(editor, field);
            for (QLabel* l : editor.findChildren<QLabel*>()) {
                if (l->buddy() == w) {
                    return l->styleSheet();
                }
            }
            return QStringLiteral("<no label>");
        };
        QVERIFY(labelStyle("nameEdit").contains(QLatin1String("color")));
        QVERIFY(labelStyle("urlEdit").contains(QLatin1String("color")));
        QVERIFY(labelStyle("intervalSpin").isEmpty());

        // Fixing them clears the list.
        child<QLineEdit>(editor, "nameEdit")->setText(QStringLiteral("good-name"));
        child<QLineEdit>(editor, "urlEdit")
            ->setText(QStringLiteral("http://10.0.0.5:9100/metrics"));
        QVERIFY(editor.validate().has_value());
        QVERIFY(!problems->isVisible());
        QVERIFY(labelStyle("nameEdit").isEmpty());
    }

    void typingRevalidatesOnItsOwn() {
        SourceEditor editor;
        editor.show();
        editor.setConfig(nodeConfig());
        auto* url = child<QLineEdit>(editor, "urlEdit");
        url->selectAll();
        QTest::keyClicks(url, QStringLiteral("not a url"));
        QVERIFY(editor.isModified());
        QTRY_VERIFY(child<QLabel>(editor, "problems")->isVisible());
        QVERIFY(editor.problems().join(QLatin1Char('\n')).contains(QLatin1String("url")));
    }

    void bindingsJsonErrorsShowInline() {
        SourceEditor editor;
        editor.show();
        editor.setConfig(nodeConfig());
        editor.pages()->setCurrentIndex(1);
        auto* table = child<QTableView>(editor, "bindingsView");
        QCOMPARE(table->model()->rowCount(), 4);
        QCOMPARE(table->model()->index(1, 0).data().toString(),
                 Wording::metricName(MetricId::MemoryUtilization));
        QCOMPARE(
            table->model()->index(1, 2).data().toString(),
            QStringLiteral("1 - (node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes)"));
        QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("Counter ratio"));

        auto* text = child<QPlainTextEdit>(editor, "bindingsEdit");
        text->setPlainText(QStringLiteral("[{\"metric\": \"cpu_utilization\", \"expression\": "));
        auto* error = child<QLabel>(editor, "bindingsError");
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(table->model()->rowCount(), 4); // the last bindings that parsed stay listed
        const Result<SourceConfig> c = editor.config();
        QVERIFY(!c.has_value());
        QVERIFY(QString::fromStdString(c.error().message).startsWith(QLatin1String("bindings")));

        // A well-formed but invalid binding (q out of range) is reported with its field.
        text->setPlainText(QStringLiteral(
            R"([{"metric": "response_time_p95_ms", "scale": 1000,
                 "expression": {"kind": "histogram_quantile", "q": 1.5,
                                "selector": {"name": "http_request_duration_seconds"}}}])"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("q")), qPrintable(error->text()));

        text->setPlainText(QStringLiteral(
            R"([{"metric": "response_time_p95_ms", "scale": 1000,
                 "expression": {"kind": "histogram_quantile", "q": 0.95,
                                "selector": {"name": "http_request_duration_seconds"}}}])"));
        QVERIFY(!error->isVisible());
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 3).data().toString(), QStringLiteral("1,000"));
        // Hand-edited bindings are a custom mapping now.
        QCOMPARE(child<QComboBox>(editor, "readyMappingCombo")->currentIndex(), 0);
        QVERIFY(!editor.config()->readyMapping.has_value());
    }

    void readyMappingPrefillsKindUrlAndBindings_data() {
        QTest::addColumn<int>("mapping");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("url");
        QTest::newRow("node_exporter")
            << int(ReadyMapping::NodeExporter) << int(EndpointKind::Exposition)
            << QStringLiteral("http://127.0.0.1:9100/metrics");
        QTest::newRow("prometheus")
            << int(ReadyMapping::PrometheusNodeExporter) << int(EndpointKind::PrometheusApi)
            << QStringLiteral("http://127.0.0.1:9090");
    }

    void readyMappingPrefillsKindUrlAndBindings() {
        QFETCH(int, mapping);
        QFETCH(int, kind);
        QFETCH(QString, url);
        SourceEditor editor;
        editor.show();
        editor.setConfig(SourceConfig{});
        auto* combo = child<QComboBox>(editor, "readyMappingCombo");
        const int index =
            combo->findData(Wording::fromKey(keyOf(static_cast<ReadyMapping>(mapping))));
        QVERIFY(index > 0);
        // As the founder does it: the keyboard on the combo box.
        combo->setFocus();
        for (int i = 0; i < index; ++i) {
            QTest::keyClick(combo, Qt::Key_Down);
        }
        QCOMPARE(combo->currentIndex(), index);
        QVERIFY(editor.isModified());
        const Result<SourceConfig> c = editor.config();
        QVERIFY2(c.has_value(), c ? "" : c.error().message.c_str());
        QCOMPARE(int(c->kind), kind);
        QCOMPARE(QString::fromStdString(c->url), url);
        QVERIFY(!c->name.empty());
        QCOMPARE(c->readyMapping, std::optional(static_cast<ReadyMapping>(mapping)));
        QCOMPARE(c->bindings, *readyMappingBindings(static_cast<ReadyMapping>(mapping)));
        QVERIFY(child<QLabel>(editor, "readyMappingNote")->isVisible());
        QVERIFY2(editor.validate().has_value(), qPrintable(editor.problems().join('\n')));
    }

    void tlsOffShowsAWarning() {
        SourceEditor editor;
        editor.show();
        editor.setConfig(nodeConfig());
        auto* tls = child<QCheckBox>(editor, "tlsCheck");
        auto* warning = child<QLabel>(editor, "tlsWarning");
        QVERIFY(tls->isChecked());
        QVERIFY(!warning->isVisible());
        tls->click();
        QVERIFY(warning->isVisible());
        QVERIFY(editor.isTlsWarningShown());
        QVERIFY(warning->text().contains(QLatin1String("TLS verification is off")));
        QCOMPARE(editor.config()->tls, TlsVerification::Off);
        tls->click();
        QVERIFY(!warning->isVisible());

        // A stored config with TLS off shows it when loaded.
        SourceConfig off = nodeConfig();
        off.tls = TlsVerification::Off;
        editor.setConfig(off);
        QVERIFY(warning->isVisible());
    }

    void secretStaysOutOfTheConfig() {
        SourceEditor editor;
        editor.show();
        SourceConfig c = nodeConfig();
        c.auth = AuthKind::Bearer;
        editor.setConfig(c);
        editor.setStoredSecret(false, QStringLiteral("Required"));
        auto* secret = child<QLineEdit>(editor, "secretEdit");
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QVERIFY(secret->isVisible());
        // No secret typed and none stored: a problem before saving.
        QVERIFY(!editor.validate().has_value());
        QVERIFY(editor.problems().join('\n').contains(QLatin1String("secret")));

        QTest::keyClicks(secret, QStringLiteral("tok-Very-Secret-42"));
        const std::optional<SourceConfig> valid = editor.validate();
        QVERIFY2(valid.has_value(), qPrintable(editor.problems().join('\n')));
        QCOMPARE(editor.typedSecret(), std::optional(QStringLiteral("tok-Very-Secret-42")));
        const std::string json = sourceConfigToJson(*valid).dump();
        QVERIFY(json.find("tok-Very-Secret-42") == std::string::npos);

        // Loading a config forgets what was typed; a stored secret makes an empty field valid.
        editor.setConfig(c);
        QVERIFY(!editor.typedSecret().has_value());
        editor.setStoredSecret(true, QStringLiteral("Unchanged"));
        QVERIFY(editor.validate().has_value());
    }

    void authKindShowsItsFields() {
        SourceEditor editor;
        editor.show();
        editor.setConfig(nodeConfig());
        auto* auth = child<QComboBox>(editor, "authCombo");
        auto* user = child<QLineEdit>(editor, "usernameEdit");
        auto* header = child<QLineEdit>(editor, "authHeaderEdit");
        auto* secret = child<QLineEdit>(editor, "secretEdit");
        QVERIFY(!user->isVisible() && !header->isVisible() && !secret->isVisible());
        auth->setCurrentIndex(auth->findData(int(AuthKind::Basic)));
        QVERIFY(user->isVisible() && !header->isVisible() && secret->isVisible());
        QCOMPARE(secret->accessibleName(), QStringLiteral("Password"));
        auth->setCurrentIndex(auth->findData(int(AuthKind::ApiKeyHeader)));
        QVERIFY(!user->isVisible() && header->isVisible() && secret->isVisible());
        // Fields of another auth kind never leak into the config.
        user->setText(QStringLiteral("left-over"));
        QVERIFY(editor.config()->username.empty());
    }

    void headerLinesNeedAColon() {
        SourceEditor editor;
        editor.setConfig(nodeConfig());
        child<QPlainTextEdit>(editor, "headersEdit")
            ->setPlainText(QStringLiteral("X-Scope-OrgID: a\nbroken line\n"));
        const Result<SourceConfig> c = editor.config();
        QVERIFY(!c.has_value());
        QVERIFY(QString::fromStdString(c.error().message).contains(QLatin1String("line 2")));
        // A credential-carrying header is refused by validation, naming the field.
        child<QPlainTextEdit>(editor, "headersEdit")
            ->setPlainText(QStringLiteral("Authorization: Bearer x"));
        QVERIFY(!editor.validate().has_value());
        QVERIFY(editor.problems().join('\n').contains(QLatin1String("headers[0]")));
    }
};

QTEST_MAIN(TestSourceEditor)
#include "tst_sourceeditor.moc"
