#include "integration/support/NginxServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace headroom::test {

QString NginxServer::program() {
    return QStringLiteral("/usr/sbin/nginx");
}

bool NginxServer::available() {
    return QFileInfo(program()).isExecutable();
}

NginxServer::NginxServer() {
    QDir(m_dir.path()).mkpath(QStringLiteral("html"));
    QDir(m_dir.path()).mkpath(QStringLiteral("temp"));
}

QString NginxServer::dir() const {
    return m_dir.path();
}

QString NginxServer::root() const {
    return m_dir.path() + QStringLiteral("/html");
}

QString NginxServer::writeFile(const QString& relativePath, const QByteArray& content) const {
    const QString path = root() + QLatin1Char('/') + relativePath;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(content);
    return path;
}

std::string NginxServer::url(const QString& path) const {
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path).toStdString();
}

std::string NginxServer::tlsUrl(const QString& path) const {
    return QStringLiteral("https://127.0.0.1:%1%2").arg(m_tlsPort).arg(path).toStdString();
}

QString NginxServer::start(const NginxConfig& config) {
    if (!m_dir.isValid())
        return QStringLiteral("could not create a temporary folder");
    m_port = freeLocalPort();
    const bool tls = !config.tlsCertificate.isEmpty() && !config.tlsKey.isEmpty();
    m_tlsPort = tls ? freeLocalPort() : 0;
    const QString temp = dir() + QStringLiteral("/temp");
    QString tlsServer;
    if (tls) {
        tlsServer = QStringLiteral("    server {\n"
                                   "        listen 127.0.0.1:%1 ssl;\n"
                                   "        ssl_certificate %2;\n"
                                   "        ssl_certificate_key %3;\n"
                                   "        root %4;\n"
                                   "%5\n"
                                   "    }\n")
                        .arg(m_tlsPort)
                        .arg(config.tlsCertificate, config.tlsKey, root(), config.locations);
    }
    const QString conf = QStringLiteral("worker_processes 1;\n"
                                        "master_process off;\n"
                                        "events { worker_connections 256; }\n"
                                        "http {\n"
                                        "    access_log off;\n"
                                        "    types { text/plain txt; text/html html; "
                                        "application/json json; }\n"
                                        "    default_type application/octet-stream;\n"
                                        "    client_body_temp_path %1/body;\n"
                                        "    proxy_temp_path %1/proxy;\n"
                                        "    fastcgi_temp_path %1/fastcgi;\n"
                                        "    uwsgi_temp_path %1/uwsgi;\n"
                                        "    scgi_temp_path %1/scgi;\n"
                                        "%2\n"
                                        "    server {\n"
                                        "        listen 127.0.0.1:%3;\n"
                                        "        root %4;\n"
                                        "%5\n"
                                        "    }\n"
                                        "%6"
                                        "}\n")
                             .arg(temp, config.httpExtra)
                             .arg(m_port)
                             .arg(root(), config.locations, tlsServer);
    const QString confPath = dir() + QStringLiteral("/nginx.conf");
    QFile file(confPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QStringLiteral("could not write %1").arg(confPath);
    file.write(conf.toUtf8());
    file.close();

    QList<int> ports{m_port};
    if (tls)
        ports.append(m_tlsPort);
    const QString globals =
        QStringLiteral("daemon off; pid %1/nginx.pid; error_log stderr;").arg(dir());
    return m_process.start(program(),
                           {QStringLiteral("-c"), confPath, QStringLiteral("-p"),
                            dir() + QLatin1Char('/'), QStringLiteral("-g"), globals},
                           dir() + QStringLiteral("/nginx.log"), ports);
}

void NginxServer::stop() {
    m_process.stop();
}

} // namespace headroom::test
