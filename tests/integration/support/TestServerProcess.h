#pragma once
// Starting real Debian servers (nginx, node_exporter, prometheus) for integration tests on
// 127.0.0.1: a free port, a child process whose output goes to a log file (never a pipe that
// could fill and stall it), a readiness wait on the TCP port, and an always-stop destructor
// (SIGTERM, then SIGKILL) so that a failing test never leaves a server behind.

#include <chrono>
#include <memory>

#include <QString>
#include <QStringList>

class QProcess;

namespace headroom::test {

// A TCP port on 127.0.0.1 that nobody listened on a moment ago (bind to port 0, read, close).
// Another process could take it before the caller does; tests accept that small race.
int freeLocalPort();

// Polls until a TCP connect to 127.0.0.1:port succeeds or the timeout passes.
bool waitForTcpPort(int port, std::chrono::milliseconds timeout);

class TestServerProcess {
public:
    TestServerProcess();
    ~TestServerProcess();
    TestServerProcess(const TestServerProcess&) = delete;
    TestServerProcess& operator=(const TestServerProcess&) = delete;

    // Starts program with its output appended to logFile and waits until each port accepts
    // connections. Returns an empty string on success, else what went wrong with the log's tail.
    QString start(const QString& program, const QStringList& arguments, const QString& logFile,
                  const QList<int>& readyPorts,
                  std::chrono::milliseconds timeout = std::chrono::seconds(10));
    void stop();
    bool isRunning() const;
    QString log() const;

private:
    std::unique_ptr<QProcess> m_process;
    QString m_logFile;
};

} // namespace headroom::test
