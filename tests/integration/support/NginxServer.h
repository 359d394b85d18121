#pragma once
// Debian's real nginx as a test HTTP server on 127.0.0.1: a config, document root, temp paths and
// log inside a QTemporaryDir; one process (master_process off) so that stopping it can never
// leave a worker behind holding the port. The caller writes files under root() and passes the
// server block's locations; TLS is served on a second port when a certificate is given.

#include "integration/support/TestServerProcess.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace headroom::test {

struct NginxConfig {
    QString locations;      // directives inside the server { } block (locations, limit_rate, ...)
    QString httpExtra;      // directives at http { } level
    QString tlsCertificate; // PEM paths; when both are set, https is served on tlsPort()
    QString tlsKey;
};

class NginxServer {
public:
    static QString program(); // /usr/sbin/nginx
    static bool available();

    NginxServer();

    // Empty string when the server is up and accepting connections, else why not (with its log).
    QString start(const NginxConfig& config);
    void stop();

    QString dir() const;  // the temporary folder (config, logs, temp paths)
    QString root() const; // document root, dir()/html
    // Writes content to root()/relativePath (creating folders); returns the full path.
    QString writeFile(const QString& relativePath, const QByteArray& content) const;

    int port() const { return m_port; }
    int tlsPort() const { return m_tlsPort; }
    std::string url(const QString& path) const;    // http://127.0.0.1:PORT + path
    std::string tlsUrl(const QString& path) const; // https://127.0.0.1:TLSPORT + path
    QString log() const { return m_process.log(); }

private:
    QTemporaryDir m_dir;
    TestServerProcess m_process;
    int m_port = 0;
    int m_tlsPort = 0;
};

} // namespace headroom::test
