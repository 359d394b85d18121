#pragma once
// LoopbackNginx: Debian's nginx (nginx-light) as a load target for the benchmarks on 127.0.0.1,
// without Qt: one process (master_process off) started with posix_spawn on a free port, a config
// and logs in a folder the caller owns, stopped (SIGTERM, then SIGKILL) by the destructor. Its
// access log records every request's completion time, status, body bytes and whether the whole
// response went out, so a bench can count what was served in a window (countAccess).
//
// The one location it serves, /node/<n>/metrics, answers with html/gen/<unix second>.prom: the
// file of the current second, so that a bench can make counters move with the clock. A bench that
// needs more (a static file, no access log) passes its own locations to start(); other files under
// html/ are served as they are.

#include <arpa/inet.h>
#include <chrono>
#include <cstdint>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sstream>
#include <string>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace headroom::bench {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

inline int freeLocalPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 0;
    if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    if (fd >= 0)
        ::close(fd);
    return port;
}

inline bool acceptsConnections(int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return ok;
}

inline std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return std::move(text).str();
}

inline void writeFile(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

// Debian's nginx as one process (master_process off) on 127.0.0.1, with an access log of every
// request's completion time, status, body bytes and whether the whole response was sent.
class LoopbackNginx {
public:
    ~LoopbackNginx() { stop(); }

    // How nginx runs. OneProcess (master_process off, one worker) is the lean default: the
    // benches measure the client, and one process leaves the other core to it. PerCore is the
    // process model Debian's /etc/nginx/nginx.conf ships (a master and worker_processes auto).
    enum class Processes { OneProcess, PerCore };

    // Empty on success, else why not. extraLocations go inside the server block, after the
    // metrics location.
    std::string start(const fs::path& dir, int connections, const std::string& extraLocations = {},
                      Processes processes = Processes::OneProcess) {
        const char* program = "/usr/sbin/nginx";
        if (::access(program, X_OK) != 0)
            return "nginx is not installed (Debian: apt-get install nginx-light)";
        m_port = freeLocalPort();
        m_accessLog = dir / "access.log";
        fs::create_directories(dir / "temp");
        const std::string d = dir.string();
        std::ostringstream conf;
        conf << "daemon off;\n"
             << (processes == Processes::OneProcess ? "master_process off;\nworker_processes 1;\n"
                                                    : "worker_processes auto;\n")
             // A master started as root hands its workers to "nobody", who cannot read the
             // caller's private folder; the workers stay whoever started the bench.
             << (processes == Processes::PerCore && ::geteuid() == 0 ? "user root;\n" : "")
             << "pid " << d << "/nginx.pid;\nerror_log " << d << "/error.log warn;\n"
             << "worker_rlimit_nofile " << connections * 2 << ";\n"
             << "events { worker_connections " << connections << "; }\n"
             << "http {\n"
             << "    log_format bench '$msec $status $body_bytes_sent $request_completion';\n"
             << "    access_log " << m_accessLog.string() << " bench;\n"
             << "    client_body_temp_path " << d << "/temp/body;\n"
             << "    proxy_temp_path " << d << "/temp/proxy;\n"
             << "    fastcgi_temp_path " << d << "/temp/fastcgi;\n"
             << "    uwsgi_temp_path " << d << "/temp/uwsgi;\n"
             << "    scgi_temp_path " << d << "/temp/scgi;\n"
             << "    map $msec $bench_second { \"~^(\\d+)\\.\" $1; }\n"
             << "    server {\n"
             << "        listen 127.0.0.1:" << m_port << ";\n"
             << "        root " << d << "/html;\n"
             << "        location ~ ^/node/\\d+/metrics$ {\n"
             << "            default_type \"text/plain; version=0.0.4; charset=utf-8\";\n"
             << "            try_files /gen/$bench_second.prom =404;\n"
             << "        }\n"
             << extraLocations << "\n"
             << "    }\n"
             << "}\n";
        writeFile(dir / "nginx.conf", conf.str());

        const std::string confPath = (dir / "nginx.conf").string();
        const std::string prefix = d + "/";
        const std::string errorLog = d + "/error.log";
        std::vector<std::string> args{program, "-p", prefix, "-c", confPath, "-e", errorLog};
        std::vector<char*> argv;
        for (std::string& a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        const std::string out = d + "/nginx.out";
        posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_APPEND,
                                         0644);
        posix_spawn_file_actions_adddup2(&actions, 1, 2);
        const int spawned = posix_spawn(&m_pid, program, &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        if (spawned != 0) {
            m_pid = 0;
            return "could not start nginx";
        }
        for (int i = 0; i < 500; ++i) {
            if (acceptsConnections(m_port))
                return {};
            int status = 0;
            if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
                m_pid = 0;
                return "nginx exited at start:\n" + readFile(dir / "nginx.out") +
                       readFile(dir / "error.log");
            }
            std::this_thread::sleep_for(20ms);
        }
        stop();
        return "nginx did not accept connections within 10 s";
    }

    void stop() {
        if (m_pid <= 0)
            return;
        ::kill(m_pid, SIGTERM);
        for (int i = 0; i < 150; ++i) {
            if (::waitpid(m_pid, nullptr, WNOHANG) == m_pid) {
                m_pid = 0;
                return;
            }
            std::this_thread::sleep_for(20ms);
        }
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, nullptr, 0);
        m_pid = 0;
    }

    int port() const { return m_port; }
    pid_t pid() const { return m_pid; }
    const fs::path& accessLog() const { return m_accessLog; }

private:
    pid_t m_pid = 0;
    int m_port = 0;
    fs::path m_accessLog;
};

struct AccessCounts {
    long completed = 0; // 200 with the whole body sent
    long failed = 0;    // any other status, or the response was cut short
    long long bytes = 0;
};

// The access-log lines between two byte offsets (requests that completed in between).
inline AccessCounts countAccess(const fs::path& log, std::uintmax_t from, std::uintmax_t to) {
    AccessCounts counts;
    std::ifstream in(log, std::ios::binary);
    in.seekg(static_cast<std::streamoff>(from));
    std::string line;
    std::uintmax_t at = from;
    while (at < to && std::getline(in, line)) {
        at += line.size() + 1;
        std::istringstream fields(line);
        std::string msec;
        int status = 0;
        long long bytes = 0;
        std::string completion;
        fields >> msec >> status >> bytes >> completion;
        if (status == 200 && completion == "OK") {
            ++counts.completed;
            counts.bytes += bytes;
        } else {
            ++counts.failed;
        }
    }
    return counts;
}

inline std::uintmax_t fileSize(const fs::path& path) {
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    return ec ? 0 : size;
}

} // namespace headroom::bench
