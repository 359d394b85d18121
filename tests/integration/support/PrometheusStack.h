#pragma once
// Debian's prometheus-node-exporter and prometheus as test servers on 127.0.0.1: each on a free
// port (or a given one), its log in the caller's folder, stopped by its destructor. Prometheus
// scrapes the jobs it is given every second, so rates have points within a few seconds.

#include "integration/support/TestServerProcess.h"

#include <string>

#include <QList>
#include <QString>

namespace headroom::test {

class NodeExporterServer {
public:
    static QString program(); // /usr/bin/prometheus-node-exporter
    static bool available();
    // Empty when it is up; else why not, with its log. port 0 picks a free one.
    QString start(const QString& logDir, int port = 0);
    void stop() { m_process.stop(); }
    bool isRunning() const { return m_process.isRunning(); }
    int port() const { return m_port; }
    std::string metricsUrl() const; // http://127.0.0.1:PORT/metrics

private:
    TestServerProcess m_process;
    int m_port = 0;
};

struct ScrapeJob {
    QString name;
    int port = 0; // a target on 127.0.0.1; 0 = the Prometheus server itself
};

class PrometheusServer {
public:
    static QString program(); // /usr/bin/prometheus
    static bool available();
    // Writes prometheus.yml and the TSDB under dir; empty when up (port accepting).
    QString start(const QString& dir, const QList<ScrapeJob>& jobs);
    void stop() { m_process.stop(); }
    int port() const { return m_port; }
    std::string baseUrl() const; // http://127.0.0.1:PORT

private:
    TestServerProcess m_process;
    int m_port = 0;
};

} // namespace headroom::test
