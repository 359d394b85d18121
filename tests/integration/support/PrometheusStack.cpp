#include "integration/support/PrometheusStack.h"

#include <QDir>
#include <QFile>

namespace headroom::test {

QString NodeExporterServer::program() {
    return QStringLiteral("/usr/bin/prometheus-node-exporter");
}

bool NodeExporterServer::available() {
    return QFile::exists(program());
}

QString NodeExporterServer::start(const QString& logDir, int port) {
    m_port = port > 0 ? port : freeLocalPort();
    if (m_port <= 0) {
        return QStringLiteral("no free port on 127.0.0.1");
    }
    // systemd is not running in containers and CI; its collector would only log errors.
    return m_process.start(program(),
                           {QString("--web.listen-address=127.0.0.1:%1").arg(m_port),
                            QStringLiteral("--no-collector.systemd")},
                           QDir(logDir).filePath(QString("node_exporter_%1.log").arg(m_port)),
                           {m_port});
}

std::string NodeExporterServer::metricsUrl() const {
    return "http://127.0.0.1:" + std::to_string(m_port) + "/metrics";
}

QString PrometheusServer::program() {
    return QStringLiteral("/usr/bin/prometheus");
}

bool PrometheusServer::available() {
    return QFile::exists(program());
}

QString PrometheusServer::start(const QString& dir, const QList<ScrapeJob>& jobs) {
    m_port = freeLocalPort();
    if (m_port <= 0) {
        return QStringLiteral("no free port on 127.0.0.1");
    }
    QString config = QStringLiteral("global:\n"
                                    "  scrape_interval: 1s\n"
                                    "  evaluation_interval: 1s\n"
                                    "scrape_configs:\n");
    for (const ScrapeJob& job : jobs) {
        config += QString("  - job_name: %1\n"
                          "    static_configs:\n"
                          "      - targets: ['127.0.0.1:%2']\n")
                      .arg(job.name)
                      .arg(job.port > 0 ? job.port : m_port);
    }
    const QString configPath = QDir(dir).filePath(QStringLiteral("prometheus.yml"));
    QFile file(configPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0) {
        return QStringLiteral("cannot write ") + configPath;
    }
    file.close();
    return m_process.start(program(),
                           {"--config.file=" + configPath,
                            "--storage.tsdb.path=" + QDir(dir).filePath("tsdb"),
                            QString("--web.listen-address=127.0.0.1:%1").arg(m_port)},
                           QDir(dir).filePath(QStringLiteral("prometheus.log")), {m_port});
}

std::string PrometheusServer::baseUrl() const {
    return "http://127.0.0.1:" + std::to_string(m_port);
}

} // namespace headroom::test
