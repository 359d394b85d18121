#pragma once
// Deterministic generator of a large, realistic Prometheus exposition, for the parser benchmarks
// and for make_exposition (which writes the same bytes to a file for other parsers to read).
//
// What it writes: the node_exporter families a Prometheus `/federate` endpoint returns for a
// fleet of `hosts` machines, grouped by family as exporters do (HELP, TYPE, then one series per
// host and label combination), every series with `instance` and `job` labels:
//   node_cpu_seconds_total       counter, 8 cpus x 8 modes per host
//   node_memory_*_bytes          16 gauges, one series per host
//   node_network_{receive,transmit}_{bytes,packets}_total  counters, 4 devices per host
//   node_filesystem_{avail,size,free}_bytes  gauges, 3 mount points per host (5 labels)
//   node_load1/5/15, node_boot_time_seconds  gauges
//   http_request_duration_seconds  histogram, 5 handlers x 2 methods, 11 buckets + _sum + _count,
//                                  with millisecond timestamps as federation writes them
//   node_textfile_mtime_seconds    gauge with an escaped label value (\" and \\)
// Values come from a fixed splitmix64 stream: integers, decimals, exponent notation, a few NaN,
// so number parsing sees the shapes real exporters print. Same `hosts` and format, same bytes.
// About 32 KB and 240 samples per host: 1 600 hosts make ~52 MB (384 000 samples).

#include <charconv>
#include <cstdint>
#include <string>

namespace headroom::bench {

enum class GeneratedFormat { Text004, OpenMetrics };

class ExpositionGenerator {
public:
    explicit ExpositionGenerator(int hosts, GeneratedFormat format = GeneratedFormat::Text004)
        : m_hosts(hosts)
        , m_om(format == GeneratedFormat::OpenMetrics) {}

    std::string generate() {
        m_out.clear();
        m_out.reserve(static_cast<std::size_t>(m_hosts) * 33000);
        m_state = 0x5eed5eed5eedULL;
        cpu();
        memory();
        network();
        filesystem();
        load();
        histogram();
        textfile();
        if (m_om)
            m_out += "# EOF\n";
        return std::move(m_out);
    }

private:
    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    void number(double value) {
        char buffer[64];
        auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
        m_out.append(buffer, ec == std::errc{} ? end : buffer);
    }
    void integer(std::uint64_t value) {
        char buffer[32];
        auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
        m_out.append(buffer, ec == std::errc{} ? end : buffer);
    }
    // A value as exporters print them: mostly decimals, some exponents, rare NaN.
    void value(double scale) {
        const std::uint64_t pick = next() % 100;
        if (pick == 0)
            m_out += "NaN";
        else if (pick < 30)
            integer(next() % static_cast<std::uint64_t>(scale + 1));
        else
            number(uniform() * scale);
    }

    // HELP and TYPE; in OpenMetrics a counter family drops the _total its samples carry.
    void header(std::string_view name, std::string_view type, std::string_view help) {
        std::string_view family = name;
        if (m_om && type == "counter" && family.ends_with("_total"))
            family.remove_suffix(6);
        m_out += "# HELP ";
        m_out += family;
        m_out += ' ';
        m_out += help;
        m_out += "\n# TYPE ";
        m_out += family;
        m_out += ' ';
        m_out += type;
        m_out += '\n';
    }
    void instance(int host) {
        m_out += "instance=\"host-";
        integer(static_cast<std::uint64_t>(host));
        m_out += ".prod.example.com:9100\",job=\"node\"";
    }

    void cpu() {
        static constexpr const char* kModes[] = {"guest", "idle",    "iowait", "irq",
                                                 "nice",  "softirq", "steal",  "user"};
        header("node_cpu_seconds_total", "counter", "Seconds the CPUs spent in each mode.");
        for (int h = 0; h < m_hosts; ++h)
            for (int c = 0; c < 8; ++c)
                for (const char* mode : kModes) {
                    m_out += "node_cpu_seconds_total{cpu=\"";
                    integer(static_cast<std::uint64_t>(c));
                    m_out += "\",";
                    instance(h);
                    m_out += ",mode=\"";
                    m_out += mode;
                    m_out += "\"} ";
                    value(2.5e6);
                    m_out += '\n';
                }
    }

    void memory() {
        static constexpr const char* kFields[] = {
            "Active",   "Active_anon", "Buffers",      "Cached",   "Committed_AS", "Dirty",
            "Inactive", "Mapped",      "MemAvailable", "MemFree",  "MemTotal",     "Shmem",
            "Slab",     "SwapCached",  "SwapFree",     "SwapTotal"};
        for (const char* field : kFields) {
            const std::string name = std::string("node_memory_") + field + "_bytes";
            header(name, "gauge", std::string("Memory information field ") + field + "_bytes.");
            for (int h = 0; h < m_hosts; ++h) {
                m_out += name;
                m_out += '{';
                instance(h);
                m_out += "} ";
                number(static_cast<double>(next() % 68719476736ULL)); // up to 64 GiB, e+10 form
                m_out += '\n';
            }
        }
    }

    void network() {
        static constexpr const char* kDevices[] = {"eth0", "eth1", "lo", "docker0"};
        static constexpr const char* kNames[] = {
            "node_network_receive_bytes_total", "node_network_transmit_bytes_total",
            "node_network_receive_packets_total", "node_network_transmit_packets_total"};
        for (const char* name : kNames) {
            header(name, "counter", "Network device statistic.");
            for (int h = 0; h < m_hosts; ++h)
                for (const char* device : kDevices) {
                    m_out += name;
                    m_out += "{device=\"";
                    m_out += device;
                    m_out += "\",";
                    instance(h);
                    m_out += "} ";
                    value(1e12);
                    m_out += '\n';
                }
        }
    }

    void filesystem() {
        static constexpr const char* kMounts[][3] = {{"/dev/nvme0n1p2", "ext4", "/"},
                                                     {"/dev/nvme0n1p1", "vfat", "/boot/efi"},
                                                     {"tmpfs", "tmpfs", "/run"}};
        for (const char* name : {"node_filesystem_avail_bytes", "node_filesystem_size_bytes",
                                 "node_filesystem_free_bytes"}) {
            header(name, "gauge", "Filesystem space in bytes.");
            for (int h = 0; h < m_hosts; ++h)
                for (const auto& mount : kMounts) {
                    m_out += name;
                    m_out += "{device=\"";
                    m_out += mount[0];
                    m_out += "\",fstype=\"";
                    m_out += mount[1];
                    m_out += "\",";
                    instance(h);
                    m_out += ",mountpoint=\"";
                    m_out += mount[2];
                    m_out += "\"} ";
                    number(static_cast<double>(next() % 1000000000000ULL));
                    m_out += '\n';
                }
        }
    }

    void load() {
        for (const char* name :
             {"node_load1", "node_load5", "node_load15", "node_boot_time_seconds"}) {
            header(name, "gauge", "System load or boot time.");
            for (int h = 0; h < m_hosts; ++h) {
                m_out += name;
                m_out += '{';
                instance(h);
                m_out += "} ";
                value(16);
                m_out += '\n';
            }
        }
    }

    void histogram() {
        static constexpr const char* kLe[] = {"0.005", "0.01", "0.025", "0.05", "0.1", "0.25",
                                              "0.5",   "1",    "2.5",   "5",    "+Inf"};
        static constexpr const char* kHandlers[] = {"/api/v1/users", "/api/v1/orders", "/login",
                                                    "/healthz", "/metrics"};
        header("http_request_duration_seconds", "histogram", "Request latency by handler.");
        const std::uint64_t timestampMs = 1700000000000ULL;
        for (int h = 0; h < m_hosts; ++h)
            for (const char* handler : kHandlers)
                for (const char* method : {"GET", "POST"}) {
                    std::uint64_t cumulative = 0;
                    auto labels = [&] {
                        m_out += "handler=\"";
                        m_out += handler;
                        m_out += "\",";
                        instance(h);
                        m_out += ",method=\"";
                        m_out += method;
                        m_out += '"';
                    };
                    for (const char* le : kLe) {
                        cumulative += next() % 5000;
                        m_out += "http_request_duration_seconds_bucket{";
                        labels();
                        m_out += ",le=\"";
                        m_out += le;
                        m_out += "\"} ";
                        integer(cumulative);
                        timestamp(timestampMs);
                        m_out += '\n';
                    }
                    m_out += "http_request_duration_seconds_sum{";
                    labels();
                    m_out += "} ";
                    number(uniform() * 1e5);
                    timestamp(timestampMs);
                    m_out += "\nhttp_request_duration_seconds_count{";
                    labels();
                    m_out += "} ";
                    integer(cumulative);
                    timestamp(timestampMs);
                    m_out += '\n';
                }
    }

    void timestamp(std::uint64_t ms) {
        m_out += ' ';
        if (m_om) { // seconds with milliseconds
            integer(ms / 1000);
            m_out += '.';
            const std::uint64_t rest = ms % 1000;
            m_out += static_cast<char>('0' + rest / 100);
            m_out += static_cast<char>('0' + rest / 10 % 10);
            m_out += static_cast<char>('0' + rest % 10);
        } else {
            integer(ms);
        }
    }

    void textfile() {
        header("node_textfile_mtime_seconds", "gauge", "Unixtime mtime of textfiles read.");
        for (int h = 0; h < m_hosts; ++h) {
            m_out += "node_textfile_mtime_seconds{file=\"C:\\\\exports\\\\\\\"quoted\\\".prom\",";
            instance(h);
            m_out += "} ";
            number(1.7e9 + uniform() * 1e6);
            m_out += '\n';
        }
    }

    int m_hosts;
    bool m_om;
    std::uint64_t m_state = 0;
    std::string m_out;
};

} // namespace headroom::bench
