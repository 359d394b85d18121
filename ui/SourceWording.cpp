#include "SourceWording.h"

#include <cmath>
#include <variant>

#include <QJsonArray>
#include <QPainter>
#include <QPixmap>

namespace headroom::ui {

SourceWording::SourceWording(QLocale locale)
    : m_wording(std::move(locale)) {}

QString SourceWording::displayName(const SourceStatus& status) {
    if (status.kind == "host" && status.displayName == "This computer") {
        return tr("This computer"); // core/sources/HostCollector's name
    }
    return QString::fromStdString(status.displayName);
}

QString SourceWording::healthName(SourceHealth health) {
    switch (health) {
    case SourceHealth::Ok:
        return tr("OK");
    case SourceHealth::Waiting:
        return tr("Waiting for the first poll");
    case SourceHealth::Stale:
        return tr("Stale");
    case SourceHealth::Failing:
        return tr("Failing");
    case SourceHealth::MissingCredentials:
        return tr("Credentials missing");
    case SourceHealth::Disabled:
        return tr("Disabled");
    }
    return {};
}

QColor SourceWording::healthColor(SourceHealth health) {
    switch (health) {
    case SourceHealth::Ok:
        return Wording::statusColor(Status::Healthy);
    case SourceHealth::Stale:
    case SourceHealth::MissingCredentials:
        return Wording::statusColor(Status::Warning);
    case SourceHealth::Failing:
        return Wording::statusColor(Status::Critical);
    case SourceHealth::Waiting:
    case SourceHealth::Disabled:
        return Wording::statusColor(Status::Unknown);
    }
    return Wording::statusColor(Status::Unknown);
}

QIcon SourceWording::healthIcon(SourceHealth health) {
    QIcon icon;
    for (const int size : {12, 16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor colour = healthColor(health);
        const qreal inset = size * 0.15;
        const QRectF dot(inset, inset, size - 2 * inset, size - 2 * inset);
        if (health == SourceHealth::Disabled || health == SourceHealth::Waiting) {
            // Hollow: nothing measured (yet).
            painter.setPen(QPen(colour, std::max(1.5, size / 8.0)));
            painter.setBrush(Qt::NoBrush);
        } else {
            painter.setPen(QPen(colour.darker(130), 1));
            painter.setBrush(colour);
        }
        painter.drawEllipse(dot);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString SourceWording::stateText(const SourceStatus& s, Timestamp now) const {
    const SourceHealth health = s.health();
    QString text;
    switch (health) {
    case SourceHealth::Failing:
        // Compact, so a table cell keeps it whole: the kind of error and when it is retried;
        // the message itself is in the tooltip and the Sources dialog.
        text = s.lastError ? tr("Failing — %1").arg(Wording::errorCodeName(s.lastError->code))
                           : healthName(health);
        if (s.consecutiveFailures > 1) {
            text += tr(" (%n in a row)", nullptr, s.consecutiveFailures);
        }
        if (s.nextPollAt) {
            text += tr(", next retry %1")
                        .arg(m_wording.locale().toString(Wording::toDateTime(*s.nextPollAt).time(),
                                                         QLocale::ShortFormat));
        }
        break;
    case SourceHealth::Stale:
        text = s.lastSuccessAt
                   ? tr("Stale — last success %1").arg(m_wording.age(*s.lastSuccessAt, now))
                   : tr("Stale — never read successfully");
        break;
    case SourceHealth::Ok:
        text = s.mappedMetrics > 0 ? tr("OK — %n metric(s)", nullptr, int(s.mappedMetrics))
                                   : healthName(health);
        break;
    default:
        text = healthName(health);
        break;
    }
    if (s.tlsUnverified) {
        text += tr(" — ⚠ TLS not verified");
    }
    return text;
}

QString SourceWording::statusLine(const SourceStatus& s, Timestamp now) const {
    if (s.health() == SourceHealth::Failing && s.lastError) {
        return tr("Failing since %1 — %2: %3")
            .arg(s.failingSince ? m_wording.dateTime(*s.failingSince) : tr("the last poll"),
                 Wording::errorCodeName(s.lastError->code),
                 QString::fromStdString(s.lastError->message));
    }
    return stateText(s, now);
}

QString SourceWording::statusToolTip(const SourceStatus& s, Timestamp now) const {
    QStringList lines;
    const SourceHealth health = s.health();
    lines << tr("%1: %2").arg(displayName(s), healthName(health));
    if (!s.url.empty()) {
        lines << tr("URL: %1").arg(QString::fromStdString(s.url));
    }
    if (s.lastError) {
        lines << tr("Last error: %1 — %2")
                     .arg(Wording::errorCodeName(s.lastError->code),
                          QString::fromStdString(s.lastError->message));
    }
    if (s.failingSince) {
        lines << tr("Failing since %1 (%n failure(s) in a row)", nullptr, s.consecutiveFailures)
                     .arg(m_wording.dateTime(*s.failingSince));
    }
    if (s.nextPollAt && health != SourceHealth::Disabled) {
        lines << (health == SourceHealth::Failing
                      ? tr("Next retry %1").arg(m_wording.dateTime(*s.nextPollAt))
                      : tr("Next poll %1").arg(m_wording.dateTime(*s.nextPollAt)));
    }
    if (s.stale) {
        lines << (s.lastSuccessAt ? tr("Stale since %1 (last success %2)")
                                        .arg(m_wording.dateTime(*s.lastSuccessAt),
                                             m_wording.age(*s.lastSuccessAt, now))
                                  : tr("Stale: no successful poll yet"));
    } else if (s.lastSuccessAt) {
        lines << tr("Last success %1").arg(m_wording.dateTime(*s.lastSuccessAt));
    }
    if (s.missingCredentials) {
        lines << tr("Needs its secret: enter it in the Sources dialog (Ctrl+Shift+S).");
    }
    if (s.tlsUnverified) {
        lines << tr("⚠ TLS certificate verification is switched off for this source.");
    }
    if (s.interval.count() > 0) {
        lines << tr("Polled every %n s", nullptr, int(s.interval.count()));
    }
    lines << tr("Metrics mapped by the last successful poll: %1").arg(s.mappedMetrics);
    for (const std::string& warning : s.warnings) {
        lines << tr("Warning: %1").arg(QString::fromStdString(warning));
    }
    return lines.join(QLatin1Char('\n'));
}

QString SourceWording::kindName(EndpointKind kind) {
    switch (kind) {
    case EndpointKind::Exposition:
        return tr("Exporter /metrics");
    case EndpointKind::PrometheusApi:
        return tr("Prometheus query API");
    case EndpointKind::JsonDocument:
        return tr("JSON document");
    }
    return {};
}

QString SourceWording::kindNameFromKey(const std::string& key) {
    if (key == "host") {
        return tr("Host collector");
    }
    if (const auto kind = endpointKindFromKey(key)) {
        return kindName(*kind);
    }
    return QString::fromStdString(key);
}

QString SourceWording::authName(AuthKind kind) {
    switch (kind) {
    case AuthKind::None:
        return tr("None");
    case AuthKind::Bearer:
        return tr("Bearer token");
    case AuthKind::Basic:
        return tr("User name and password");
    case AuthKind::ApiKeyHeader:
        return tr("API key header");
    }
    return {};
}

QString SourceWording::readyMappingName(ReadyMapping mapping) {
    switch (mapping) {
    case ReadyMapping::NodeExporter:
        return tr("node_exporter (/metrics)");
    case ReadyMapping::PrometheusNodeExporter:
        return tr("Prometheus scraping node_exporter (PromQL)");
    }
    return {};
}

QString SourceWording::readyMappingDescription(ReadyMapping mapping) {
    switch (mapping) {
    case ReadyMapping::NodeExporter:
        return tr("Scrapes a node_exporter directly:\nCPU, memory, disk (/) and load average.");
    case ReadyMapping::PrometheusNodeExporter:
        return tr("Asks a Prometheus (or Thanos, Mimir, VictoriaMetrics) that scrapes "
                  "node_exporter:\nCPU, memory, disk (/) and load average.");
    }
    return {};
}

QString SourceWording::formatName(exposition::ExpositionFormat format) {
    switch (format) {
    case exposition::ExpositionFormat::Text004:
        return tr("Prometheus text 0.0.4");
    case exposition::ExpositionFormat::OpenMetrics:
        return tr("OpenMetrics 1.0");
    }
    return {};
}

namespace {

QString selectorText(const Selector& selector) {
    QStringList matchers;
    for (const LabelMatcher& m : selector.matchers) {
        matchers << QStringLiteral("%1%2\"%3\"")
                        .arg(QString::fromStdString(m.label), Wording::fromKey(keyOf(m.op)),
                             QString::fromStdString(m.value));
    }
    const QString name = QString::fromStdString(selector.name);
    return matchers.isEmpty() ? name
                              : QStringLiteral("%1{%2}").arg(name, matchers.join(QLatin1Char(',')));
}

QString ratioText(const QString& numerator, const QString& denominator, RatioForm form) {
    const QString ratio = QStringLiteral("%1 / %2").arg(numerator, denominator);
    return form == RatioForm::OneMinus ? QStringLiteral("1 - (%1)").arg(ratio) : ratio;
}

} // namespace

QString SourceWording::expressionSummary(const SourceExpression& expression) {
    return std::visit(
        [](const auto& e) -> QString {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, SeriesSelect>) {
                return QStringLiteral("%1(%2)").arg(Wording::fromKey(keyOf(e.aggregation)),
                                                    selectorText(e.selector));
            } else if constexpr (std::is_same_v<T, CounterRate>) {
                return QStringLiteral("%1(rate(%2))")
                    .arg(Wording::fromKey(keyOf(e.aggregation)), selectorText(e.selector));
            } else if constexpr (std::is_same_v<T, CounterRatio>) {
                return ratioText(QStringLiteral("rate(%1)").arg(selectorText(e.numerator)),
                                 QStringLiteral("rate(%1)").arg(selectorText(e.denominator)),
                                 e.form);
            } else if constexpr (std::is_same_v<T, GaugeRatio>) {
                return ratioText(selectorText(e.numerator), selectorText(e.denominator), e.form);
            } else if constexpr (std::is_same_v<T, HistogramQuantile>) {
                return QStringLiteral("histogram_quantile(%1, %2)%3")
                    .arg(QString::number(e.q), selectorText(e.selector),
                         e.window == HistogramWindow::Lifetime ? tr(" over the process lifetime")
                                                               : QString());
            } else if constexpr (std::is_same_v<T, PromQl>) {
                return QString::fromStdString(e.expression);
            } else {
                return e.strings == StringNumbers::Reject
                           ? QString::fromStdString(e.pointer)
                           : tr("%1 (numbers in strings accepted)")
                                 .arg(QString::fromStdString(e.pointer));
            }
        },
        expression);
}

QString SourceWording::expressionKindName(const SourceExpression& expression) {
    switch (expression.index()) {
    case 0:
        return tr("Series");
    case 1:
        return tr("Counter rate");
    case 2:
        return tr("Counter ratio");
    case 3:
        return tr("Gauge ratio");
    case 4:
        return tr("Histogram quantile");
    case 5:
        return tr("PromQL");
    case 6:
        return tr("JSON Pointer");
    default:
        return Wording::fromKey(expressionKind(expression));
    }
}

QString SourceWording::outcomeValue(const BindingOutcome& outcome) const {
    if (outcome.error) {
        return tr("Error: %1").arg(QString::fromStdString(outcome.error->message));
    }
    if (outcome.value) {
        return m_wording.metricValue(outcome.metric, *outcome.value);
    }
    if (outcome.warmingUp) {
        return tr("Warming up: a rate needs a second reading");
    }
    return tr("No value");
}

QString SourceWording::configSummary(const QJsonObject& config) const {
    const QString kind =
        kindNameFromKey(config.value(QLatin1String("kind")).toString().toStdString());
    const QString url = config.value(QLatin1String("url")).toString();
    const int interval = config.value(QLatin1String("interval_s")).toInt(15);
    const int bindings = int(config.value(QLatin1String("bindings")).toArray().size());
    QString text =
        tr("%1 at %2, every %3 s, %n metric(s)", nullptr, bindings).arg(kind, url).arg(interval);
    if (!config.value(QLatin1String("enabled")).toBool(true)) {
        text += tr(", disabled");
    }
    if (!config.value(QLatin1String("tls_verify")).toBool(true)) {
        text += tr(", TLS not verified");
    }
    return text;
}

QString SourceWording::configChanges(const QJsonObject& before, const QJsonObject& after) const {
    QStringList changes;
    const auto value = [](const QJsonObject& o, const char* key) {
        return o.value(QLatin1String(key));
    };
    const auto changed = [&](const char* key) {
        return value(before, key) != value(after, key);
    };
    if (changed("name")) {
        changes << tr("renamed from %1").arg(value(before, "name").toString());
    }
    if (changed("enabled")) {
        changes << (value(after, "enabled").toBool(true) ? tr("enabled") : tr("disabled"));
    }
    if (changed("kind")) {
        changes << tr("kind %1 → %2")
                       .arg(kindNameFromKey(value(before, "kind").toString().toStdString()),
                            kindNameFromKey(value(after, "kind").toString().toStdString()));
    }
    if (changed("url")) {
        changes << tr("URL %1 → %2")
                       .arg(value(before, "url").toString(), value(after, "url").toString());
    }
    if (changed("interval_s")) {
        changes << tr("interval %1 s → %2 s")
                       .arg(value(before, "interval_s").toInt())
                       .arg(value(after, "interval_s").toInt());
    }
    if (changed("timeout_ms")) {
        changes << tr("timeout %1 ms → %2 ms")
                       .arg(value(before, "timeout_ms").toInt())
                       .arg(value(after, "timeout_ms").toInt());
    }
    if (changed("tls_verify")) {
        changes << (value(after, "tls_verify").toBool(true) ? tr("TLS verification on")
                                                            : tr("⚠ TLS verification off"));
    }
    if (changed("ca_file")) {
        changes << tr("CA file changed");
    }
    if (changed("auth") || changed("username") || changed("auth_header")) {
        changes << tr("authentication changed");
    }
    if (changed("headers")) {
        changes << tr("headers changed");
    }
    if (changed("max_response_bytes")) {
        changes << tr("size cap changed");
    }
    if (changed("bindings") || changed("ready_mapping")) {
        changes << tr("metric mapping changed");
    }
    return changes.isEmpty() ? tr("Saved without changes") : changes.join(QStringLiteral("; "));
}

} // namespace headroom::ui
