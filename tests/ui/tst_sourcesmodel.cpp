// SourcesModel and SourceWording: the status indicator of each SourceHealth (state line, colour,
// dot, the tooltip's last error / failing since / next retry / stale since / TLS warning / mapped
// metrics), and the wording of binding expressions and probe outcomes.

#include "SourceWording.h"
#include "SourcesModel.h"
#include "UiRoles.h"
#include "sources/prometheus/MappingJson.h"

#include <QIcon>
#include <QTest>

using namespace headroom;
using namespace headroom::ui;

namespace {

Timestamp at(int minutes) {
    return Timestamp{std::chrono::seconds{1'700'000'000}} + std::chrono::minutes{minutes};
}

SourceStatus endpoint(const char* name) {
    SourceStatus s;
    s.sourceId = endpointSourceId(name);
    s.displayName = name;
    s.kind = "exposition";
    s.url = "http://10.0.0.5:9100/metrics";
    s.interval = std::chrono::seconds{15};
    return s;
}

SourceStatus withHealth(SourceHealth health) {
    SourceStatus s = endpoint("web");
    switch (health) {
    case SourceHealth::Ok:
        s.lastPollAt = s.lastSuccessAt = at(-1);
        s.nextPollAt = at(0);
        s.mappedMetrics = 4;
        break;
    case SourceHealth::Waiting:
        break;
    case SourceHealth::Stale:
        s.lastPollAt = at(-2);
        s.lastSuccessAt = at(-30);
        s.stale = true;
        break;
    case SourceHealth::Failing:
        s.lastPollAt = at(-1);
        s.lastSuccessAt = at(-20);
        s.failingSince = at(-10);
        s.nextPollAt = at(3);
        s.consecutiveFailures = 3;
        s.lastError = Error{ErrorCode::NetworkError,
                            "source 'web': connection refused by http://10.0.0.5:9100/metrics"};
        break;
    case SourceHealth::MissingCredentials:
        s.missingCredentials = true;
        break;
    case SourceHealth::Disabled:
        s.enabled = false;
        break;
    }
    return s;
}

} // namespace

class TestSourcesModel : public QObject {
    Q_OBJECT

private slots:
    void indicatorPerHealth_data() {
        QTest::addColumn<int>("health");
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("status");
        QTest::newRow("ok") << int(SourceHealth::Ok) << QStringLiteral("OK — 4 metric(s)")
                            << int(Status::Healthy);
        QTest::newRow("waiting") << int(SourceHealth::Waiting)
                                 << QStringLiteral("Waiting for the first poll")
                                 << int(Status::Unknown);
        QTest::newRow("stale") << int(SourceHealth::Stale)
                               << QStringLiteral("Stale — last success 30 min ago")
                               << int(Status::Warning);
        QTest::newRow("failing")
            << int(SourceHealth::Failing)
            << QStringLiteral("Failing — Network error (3 in a row), next retry %1")
                   .arg(QLocale().toString(Wording::toDateTime(at(3)).time(), QLocale::ShortFormat))
            << int(Status::Critical);
        QTest::newRow("missing credentials")
            << int(SourceHealth::MissingCredentials) << QStringLiteral("Credentials missing")
            << int(Status::Warning);
        QTest::newRow("disabled") << int(SourceHealth::Disabled) << QStringLiteral("Disabled")
                                  << int(Status::Unknown);
    }

    void indicatorPerHealth() {
        QFETCH(int, health);
        QFETCH(QString, state);
        QFETCH(int, status);
        const SourceStatus s = withHealth(static_cast<SourceHealth>(health));
        QCOMPARE(int(s.health()), health); // the case builds the health it names
        SourcesModel model;
        model.setSources({s}, at(0));
        QCOMPARE(model.index(0, SourcesModel::StateColumn).data().toString(), state);
        QCOMPARE(model.index(0, 0).data(SourcesModel::HealthRole).toInt(), health);
        QCOMPARE(model.index(0, 0).data(StatusRole).toInt(), status);
        QCOMPARE(model.index(0, 0).data(KeyRole).toString(), QStringLiteral("endpoint:web"));
        // The dot: an icon on the name, its colour the health's.
        const QIcon icon =
            model.index(0, SourcesModel::NameColumn).data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!icon.isNull());
        const QImage image = icon.pixmap(16, 16).toImage();
        const QColor centre = image.pixelColor(8, 8);
        const QColor expected = SourceWording::healthColor(static_cast<SourceHealth>(health));
        if (health == int(SourceHealth::Waiting) || health == int(SourceHealth::Disabled)) {
            QCOMPARE(centre.alpha(), 0); // hollow ring: nothing measured
        } else {
            QCOMPARE(centre.rgb(), expected.rgb());
        }
        // Screen readers hear the health, not a colour.
        QVERIFY(model.index(0, 0)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .endsWith(SourceWording::healthName(static_cast<SourceHealth>(health))));
        QCOMPARE(model.index(0, SourcesModel::KindColumn).data().toString(),
                 QStringLiteral("Exporter /metrics"));
    }

    void tooltipTellsWhatTheDotMeans() {
        const Wording wording;
        SourcesModel model;
        SourceStatus failing = withHealth(SourceHealth::Failing);
        failing.tlsUnverified = true;
        model.setSources({withHealth(SourceHealth::Stale), failing}, at(0));
        const QString stale =
            model.index(0, SourcesModel::StateColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(stale.contains(QStringLiteral("Stale since %1").arg(wording.dateTime(at(-30)))),
                 qPrintable(stale));

        const QString tip =
            model.index(1, SourcesModel::NameColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Last error: Network error — source 'web': "
                                             "connection refused")),
                 qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("Failing since %1 (3 failure(s) in a row)")
                                 .arg(wording.dateTime(at(-10)))));
        QVERIFY(tip.contains(QStringLiteral("Next retry %1").arg(wording.dateTime(at(3)))));
        QVERIFY(tip.contains(QLatin1String("TLS certificate verification is switched off")));
        QVERIFY(tip.contains(QLatin1String("Metrics mapped by the last successful poll: 0")));
        QVERIFY(model.index(1, SourcesModel::StateColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("⚠ TLS not verified")));

        SourceStatus ok = withHealth(SourceHealth::Ok);
        ok.warnings = {"bindings[0]: cpu_utilization is warming up"};
        model.setSources({ok}, at(0));
        const QString okTip = model.index(0, 0).data(Qt::ToolTipRole).toString();
        QVERIFY(okTip.contains(QLatin1String("Metrics mapped by the last successful poll: 4")));
        QVERIFY(
            okTip.contains(QLatin1String("Warning: bindings[0]: cpu_utilization is warming up")));
        QVERIFY(!okTip.contains(QLatin1String("TLS")));
    }

    void statusLineKeepsTheWholeError() {
        const SourceWording wording;
        const QString line = wording.statusLine(withHealth(SourceHealth::Failing), at(0));
        QCOMPARE(line, QStringLiteral("Failing since %1 — Network error: source 'web': connection "
                                      "refused by http://10.0.0.5:9100/metrics")
                           .arg(Wording().dateTime(at(-10))));
        QCOMPARE(wording.statusLine(withHealth(SourceHealth::Disabled), at(0)),
                 QStringLiteral("Disabled"));
    }

    void hostCollectorIsWordedAsSuch() {
        SourceStatus host;
        host.sourceId = "host";
        host.displayName = "host";
        host.kind = "host";
        host.lastPollAt = host.lastSuccessAt = at(0);
        SourcesModel model;
        model.setSources({host, withHealth(SourceHealth::Ok)}, at(0));
        QCOMPARE(model.index(0, SourcesModel::KindColumn).data().toString(),
                 QStringLiteral("Host collector"));
        QCOMPARE(model.rowOf(QStringLiteral("endpoint:web")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("nothing")), -1);
    }

    void expressionsReadLikePromQl_data() {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("summary");
        QTest::newRow("series") << R"({"kind":"series","selector":{"name":"node_load1"},
                                       "aggregation":"max"})"
                                << "max(node_load1)";
        QTest::newRow("rate") << R"({"kind":"counter_rate","selector":{"name":"http_requests_total",
                                     "matchers":[{"label":"code","op":"=~","value":"5.."}]}})"
                              << R"(sum(rate(http_requests_total{code=~"5.."})))";
        QTest::newRow("quantile")
            << R"({"kind":"histogram_quantile","q":0.95,"selector":{"name":"http_duration_seconds"}})"
            << "histogram_quantile(0.95, http_duration_seconds)";
        QTest::newRow("promql") << R"j({"kind":"promql","query":"max(node_load1)"})j"
                                << "max(node_load1)";
        QTest::newRow("pointer") << R"({"kind":"json_pointer","pointer":"/a/b"})"
                                 << "/a/b";
    }

    void expressionsReadLikePromQl() {
        QFETCH(QString, json);
        QFETCH(QString, summary);
        const auto bindings = bindingsFromJsonText(
            QStringLiteral(R"([{"metric":"queue_depth","expression":%1}])").arg(json).toStdString(),
            "test");
        QVERIFY2(bindings.has_value(), bindings ? "" : bindings.error().message.c_str());
        QCOMPARE(SourceWording::expressionSummary(bindings->front().expression), summary);
    }

    void outcomesAreWordedInTheirUnits() {
        const SourceWording wording;
        QCOMPARE(wording.outcomeValue(BindingOutcome{MetricId::MemoryUtilization, 0.75, false, {}}),
                 QStringLiteral("75 %"));
        QCOMPARE(
            wording.outcomeValue(BindingOutcome{MetricId::ResponseTimeP95Ms, 182.4, false, {}}),
            QStringLiteral("182 ms"));
        QVERIFY(wording.outcomeValue(BindingOutcome{MetricId::CpuUtilization, {}, true, {}})
                    .startsWith(QLatin1String("Warming up")));
        QCOMPARE(wording.outcomeValue(BindingOutcome{
                     MetricId::CpuUtilization,
                     {},
                     false,
                     Error{ErrorCode::NotFound, "no series matched node_cpu_seconds_total"}}),
                 QStringLiteral("Error: no series matched node_cpu_seconds_total"));
    }
};

QTEST_MAIN(TestSourcesModel)
#include "tst_sourcesmodel.moc"
