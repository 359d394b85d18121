#pragma once
// The stalling HTTP server (stall_server.py beside this file) as a test server on 127.0.0.1: a
// python3 ThreadingHTTPServer with keep-alive that answers "ok\n" at once, except every Nth
// request, which it holds for a fixed time. Load-generator tests use it to show what coordinated
// omission hides; nginx cannot stall on a request count. Started on a free port, stopped by its
// destructor like every TestServerProcess.

#include "integration/support/TestServerProcess.h"

#include <chrono>
#include <string>

#include <QString>
#include <QTemporaryDir>

namespace headroom::test {

struct StallConfig {
    int every = 0;                      // stall every Nth request (0: never)
    std::chrono::milliseconds stall{0}; // how long that request waits before its answer
};

class StallServer {
public:
    // The script, from HEADROOM_SOURCE_DIR (CTest sets it); empty when the variable is unset.
    static QString script();
    static QString python(); // python3 on PATH, empty when there is none
    // Why the server cannot run here (no python3, no script), or empty when it can.
    static QString unavailableReason();

    // Empty string when it is up and accepting connections, else why not (with its log).
    QString start(const StallConfig& config);
    void stop() { m_process.stop(); }
    bool isRunning() const { return m_process.isRunning(); }

    int port() const { return m_port; }
    std::string url(const QString& path) const; // http://127.0.0.1:PORT + path
    QString log() const { return m_process.log(); }

private:
    QTemporaryDir m_dir; // the log
    TestServerProcess m_process;
    int m_port = 0;
};

} // namespace headroom::test
