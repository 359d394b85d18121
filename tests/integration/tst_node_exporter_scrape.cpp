// The exposition parser against real exporters started on 127.0.0.1: Debian's
// prometheus-node-exporter (text format 0.0.4, ~1 000 samples, counters and gauges) and, when
// installed, Prometheus's own /metrics (histograms and summaries; OpenMetrics when asked for it).
// The programs are started on free ports and always stopped (RAII), also when a check fails.
// HTTP is a tiny blocking HTTP/1.0 GET over POSIX sockets so the test does not depend on core/net.
#include "sources/exposition/ExpositionDocument.h"
#include "support/CorePrinters.h"

#include <arpa/inet.h>
#include <chrono>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <thread>
#include <unistd.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace headroom::exposition;

namespace {

constexpr const char* kNodeExporter = "/usr/bin/prometheus-node-exporter";
constexpr const char* kPrometheus = "/usr/bin/prometheus";

class Socket {
public:
    Socket()
        : m_fd(::socket(AF_INET, SOCK_STREAM, 0)) {}
    ~Socket() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;
    int fd() const { return m_fd; }

private:
    int m_fd;
};

sockaddr_in loopback(quint16 port) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

// A port the kernel just handed out; free again once the socket closes.
quint16 freePort() {
    Socket socket;
    sockaddr_in address = loopback(0);
    if (::bind(socket.fd(), reinterpret_cast<sockaddr*>(&address), sizeof address) != 0)
        return 0;
    socklen_t length = sizeof address;
    if (::getsockname(socket.fd(), reinterpret_cast<sockaddr*>(&address), &length) != 0)
        return 0;
    return ntohs(address.sin_port);
}

struct HttpResponse {
    int status = 0;
    std::string contentType;
    std::string body;
};

// Blocking HTTP/1.0 GET; status 0 when the server could not be reached.
HttpResponse httpGet(quint16 port, const std::string& path, const std::string& accept = {}) {
    HttpResponse response;
    Socket socket;
    timeval timeout{5, 0};
    ::setsockopt(socket.fd(), SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    sockaddr_in address = loopback(port);
    if (::connect(socket.fd(), reinterpret_cast<sockaddr*>(&address), sizeof address) != 0)
        return response;
    std::string request = "GET " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\n";
    if (!accept.empty())
        request += "Accept: " + accept + "\r\n";
    request += "\r\n";
    if (::send(socket.fd(), request.data(), request.size(), MSG_NOSIGNAL) !=
        static_cast<ssize_t>(request.size()))
        return response;
    std::string raw;
    char buffer[65536];
    for (ssize_t n; (n = ::recv(socket.fd(), buffer, sizeof buffer, 0)) > 0;)
        raw.append(buffer, static_cast<std::size_t>(n));
    const std::size_t headerEnd = raw.find("\r\n\r\n");
    if (headerEnd == std::string::npos || !raw.starts_with("HTTP/"))
        return response;
    const std::size_t space = raw.find(' ');
    response.status = std::atoi(raw.c_str() + space + 1);
    const std::string headers = raw.substr(0, headerEnd);
    for (std::size_t at = 0; at < headers.size();) {
        std::size_t end = headers.find("\r\n", at);
        if (end == std::string::npos)
            end = headers.size();
        const QString line = QString::fromStdString(headers.substr(at, end - at));
        if (line.startsWith("content-type:", Qt::CaseInsensitive))
            response.contentType = line.mid(13).trimmed().toStdString();
        at = end + 2;
    }
    response.body = raw.substr(headerEnd + 4);
    return response;
}

// Starts a program and stops it (SIGTERM, then SIGKILL) whatever happens to the test.
class ProcessGuard {
public:
    ProcessGuard(const QString& program, const QStringList& arguments) {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(program, arguments);
        m_process.waitForStarted(5000);
    }
    ~ProcessGuard() {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
    ProcessGuard(const ProcessGuard&) = delete;
    ProcessGuard& operator=(const ProcessGuard&) = delete;

    bool running() const { return m_process.state() == QProcess::Running; }
    QString output() { return QString::fromUtf8(m_process.readAll()); }

private:
    QProcess m_process;
};

// Polls until the server answers 200 on `path` (or 10 s pass).
HttpResponse waitForServer(ProcessGuard& process, quint16 port, const std::string& path,
                           const std::string& accept = {}) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (std::chrono::steady_clock::now() < deadline && process.running()) {
        HttpResponse response = httpGet(port, path, accept);
        if (response.status == 200)
            return response;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return {};
}

QString describeProblems(const ExpositionDocument& document) {
    QString text;
    int shown = 0;
    for (const ParseProblem& problem : document.problems) {
        if (++shown > 20)
            break;
        text += QString("\n  %1 line %2:%3 %4 [%5]")
                    .arg(QString::fromStdString(std::string(keyOf(problem.severity))))
                    .arg(problem.line)
                    .arg(problem.column)
                    .arg(QString::fromStdString(problem.message))
                    .arg(QString::fromStdString(problem.skipped));
    }
    return text;
}

} // namespace

class TestNodeExporterScrape : public QObject {
    Q_OBJECT

private slots:
    void nodeExporterMetricsParseCleanly();
    void prometheusMetricsParseCleanly_data();
    void prometheusMetricsParseCleanly();
};

void TestNodeExporterScrape::nodeExporterMetricsParseCleanly() {
    if (!QFile::exists(kNodeExporter))
        QSKIP(
            "prometheus-node-exporter is not installed (apt-get install prometheus-node-exporter)");
    const quint16 port = freePort();
    QVERIFY(port != 0);
    ProcessGuard exporter(kNodeExporter, {QString("--web.listen-address=127.0.0.1:%1").arg(port),
                                          "--no-collector.systemd"});
    const HttpResponse response = waitForServer(exporter, port, "/metrics");
    QVERIFY2(response.status == 200,
             qPrintable("node_exporter did not answer: " + exporter.output()));

    const ExpositionFormat format = detectFormat(response.contentType);
    QCOMPARE(format, ExpositionFormat::Text004);
    const ExpositionDocument document = parseExpositionDocument(response.body, format);
    QVERIFY2(document.count(Severity::Error) == 0, qPrintable(describeProblems(document)));
    // A real node_exporter exposes hundreds of samples (503 on a 2-core CI machine with
    // --no-collector.systemd); 300 leaves room for hosts with fewer devices.
    QVERIFY2(document.summary.samples > 300,
             qPrintable(QString("only %1 samples").arg(document.summary.samples)));

    const Family* cpu = document.find("node_cpu_seconds_total");
    QVERIFY(cpu);
    QCOMPARE(cpu->type, MetricType::Counter);
    QVERIFY(!cpu->samples.empty());
    for (const Sample& sample : cpu->samples) {
        QVERIFY(sample.label("cpu"));
        QVERIFY(sample.label("mode"));
        QVERIFY(sample.value >= 0);
    }
    const Family* memory = document.find("node_memory_MemTotal_bytes");
    QVERIFY(memory);
    QCOMPARE(memory->type, MetricType::Gauge);
    QCOMPARE(memory->samples.size(), std::size_t{1});
    QVERIFY(memory->samples[0].value > 0);
    QVERIFY(!memory->help.empty());
}

void TestNodeExporterScrape::prometheusMetricsParseCleanly_data() {
    QTest::addColumn<QString>("accept");
    QTest::newRow("text 0.0.4") << "text/plain;version=0.0.4";
    QTest::newRow("openmetrics") << "application/openmetrics-text;version=1.0.0";
}

void TestNodeExporterScrape::prometheusMetricsParseCleanly() {
    QFETCH(QString, accept);
    if (!QFile::exists(kPrometheus))
        QSKIP("prometheus is not installed (apt-get install prometheus)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const quint16 port = freePort();
    QVERIFY(port != 0);
    QFile config(dir.filePath("prometheus.yml"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("global:\n  scrape_interval: 1s\nscrape_configs: []\n");
    config.close();
    ProcessGuard prometheus(kPrometheus, {"--config.file=" + config.fileName(),
                                          "--storage.tsdb.path=" + dir.filePath("data"),
                                          QString("--web.listen-address=127.0.0.1:%1").arg(port)});
    QVERIFY2(waitForServer(prometheus, port, "/-/ready").status == 200,
             qPrintable("prometheus did not become ready: " + prometheus.output()));
    const HttpResponse response = httpGet(port, "/metrics", accept.toStdString());
    QCOMPARE(response.status, 200);

    const ExpositionFormat format = detectFormat(response.contentType);
    if (accept.startsWith("application/openmetrics") && format != ExpositionFormat::OpenMetrics)
        QSKIP("this Prometheus does not offer OpenMetrics on /metrics");
    const ExpositionDocument document = parseExpositionDocument(response.body, format);
    QVERIFY2(document.count(Severity::Error) == 0, qPrintable(describeProblems(document)));
    // Buckets sorted, +Inf present, _count equal to +Inf: no histogram lint either.
    for (const ParseProblem& problem : document.problems)
        QVERIFY2(!QString::fromStdString(problem.message).contains("histogram"),
                 qPrintable(describeProblems(document)));

    int histograms = 0;
    int summaries = 0;
    for (const Family& family : document.families) {
        if (family.type == MetricType::Histogram && !family.samples.empty()) {
            ++histograms;
            bool infinite = false;
            for (const Sample& sample : family.samples)
                infinite = infinite || (sample.label("le") && *sample.label("le") == "+Inf");
            QVERIFY2(infinite, family.name.c_str());
        }
        if (family.type == MetricType::Summary && !family.samples.empty())
            ++summaries;
    }
    QVERIFY2(histograms > 0, "Prometheus's /metrics should expose histograms");
    QVERIFY2(summaries > 0, "Prometheus's /metrics should expose summaries (go_gc_duration)");
    if (format == ExpositionFormat::OpenMetrics)
        QVERIFY(document.summary.sawEof);
}

QTEST_GUILESS_MAIN(TestNodeExporterScrape)
#include "tst_node_exporter_scrape.moc"
