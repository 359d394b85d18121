#include "integration/support/StallServer.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace headroom::test {

QString StallServer::script() {
    const QString source = qEnvironmentVariable("HEADROOM_SOURCE_DIR");
    if (source.isEmpty())
        return {};
    return source + QStringLiteral("/tests/integration/support/stall_server.py");
}

QString StallServer::python() {
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

QString StallServer::unavailableReason() {
    if (python().isEmpty())
        return QStringLiteral("python3 is not on PATH");
    if (script().isEmpty())
        return QStringLiteral("HEADROOM_SOURCE_DIR is not set (run the test through ctest)");
    if (!QFileInfo::exists(script()))
        return QStringLiteral("%1 does not exist").arg(script());
    return {};
}

std::string StallServer::url(const QString& path) const {
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path).toStdString();
}

QString StallServer::start(const StallConfig& config) {
    if (const QString why = unavailableReason(); !why.isEmpty())
        return why;
    if (!m_dir.isValid())
        return QStringLiteral("could not create a temporary folder");
    m_port = freeLocalPort();
    // -u: unbuffered, so a traceback reaches the log even when the process is killed.
    return m_process.start(python(),
                           {QStringLiteral("-u"), script(), QStringLiteral("--port"),
                            QString::number(m_port), QStringLiteral("--every"),
                            QString::number(config.every), QStringLiteral("--stall-ms"),
                            QString::number(config.stall.count())},
                           m_dir.path() + QStringLiteral("/stall_server.log"), {m_port});
}

} // namespace headroom::test
