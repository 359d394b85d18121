#include "integration/support/TestServerProcess.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QFile>
#include <QProcess>
#include <QThread>

namespace headroom::test {
namespace {

sockaddr_in loopback(int port) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

} // namespace

int freeLocalPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address = loopback(0);
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

bool waitForTcpPort(int port, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd >= 0) {
            sockaddr_in address = loopback(port);
            const bool connected =
                ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
            ::close(fd);
            if (connected)
                return true;
        }
        QThread::msleep(20);
    }
    return false;
}

TestServerProcess::TestServerProcess() = default;

TestServerProcess::~TestServerProcess() {
    stop();
}

QString TestServerProcess::start(const QString& program, const QStringList& arguments,
                                 const QString& logFile, const QList<int>& readyPorts,
                                 std::chrono::milliseconds timeout) {
    stop();
    m_logFile = logFile;
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(program);
    m_process->setArguments(arguments);
    m_process->setStandardOutputFile(logFile, QIODevice::Append);
    m_process->setStandardErrorFile(logFile, QIODevice::Append);
    m_process->start();
    if (!m_process->waitForStarted(5000))
        return QStringLiteral("could not start %1: %2").arg(program, m_process->errorString());
    for (const int port : readyPorts) {
        if (!waitForTcpPort(port, timeout) || !isRunning()) {
            const QString why = isRunning()
                                    ? QStringLiteral("port %1 did not accept connections").arg(port)
                                    : QStringLiteral("it exited");
            stop();
            return QStringLiteral("%1 is not ready: %2; log:\n%3")
                .arg(program, why, log().right(2000));
        }
    }
    if (!isRunning())
        return QStringLiteral("%1 exited at start; log:\n%2").arg(program, log().right(2000));
    return {};
}

void TestServerProcess::stop() {
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(3000);
        }
    }
    m_process.reset();
}

bool TestServerProcess::isRunning() const {
    return m_process && m_process->state() == QProcess::Running;
}

QString TestServerProcess::log() const {
    QFile file(m_logFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace headroom::test
