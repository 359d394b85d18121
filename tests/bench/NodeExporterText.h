#pragma once
// A deterministic stand-in for one prometheus-node-exporter's /metrics, for bench_polling.
//
// Shaped after Debian 12's node_exporter 1.5.0 (`--no-collector.systemd`) as captured on this kind
// of machine (1 067 lines, 57 KB): the same 282 families in the same order with HELP and TYPE
// lines; the same label sets (2 CPUs, 4 network devices, 2 disks, node_os_info's 12 labels,
// node_network_info's 6), 3 mounted filesystems where the capture's container had 1; the
// go_gc_duration_seconds summary, untyped netstat counters; numbers printed as Go's strconv 'g'
// does (exponent form from 1e6 on: 8.330326016e+09). 523 samples, 1 087 lines, 60.6 KB. Values
// come from a fixed splitmix64 stream: same cpus, same bytes.
//
// advanceCpuCounters() moves node_cpu_seconds_total forward by a number of wall-clock seconds
// (each CPU spends 1 s per second across its modes, 78 % idle), so that the ready-made mapping's
// CPU rate has something to measure between two scrapes. It works on any exposition text, a real
// capture too.

#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

namespace headroom::bench {

// Go's strconv.FormatFloat(v, 'g', -1, 64), which the Prometheus client library prints with.
inline void appendGoFloat(std::string& out, double value) {
    char buffer[64];
    const double magnitude = value < 0 ? -value : value;
    const bool scientific = magnitude != 0 && (magnitude >= 1e6 || magnitude < 1e-4);
    auto [end, ec] =
        scientific
            ? std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific)
            : std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    out.append(buffer, ec == std::errc{} ? end : buffer);
}

class NodeExporterText {
public:
    explicit NodeExporterText(int cpus = 2)
        : m_cpus(cpus) {}

    std::string generate() {
        m_out.clear();
        m_out.reserve(64 * 1024);
        m_state = 0x9e0de5eedULL;
        goRuntime();
        nodeBasics();
        disks();
        filesystems();
        memory();
        netstat();
        network();
        rest();
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

    void header(std::string_view name, std::string_view type, std::string_view help) {
        m_out += "# HELP ";
        m_out += name;
        m_out += ' ';
        m_out += help;
        m_out += "\n# TYPE ";
        m_out += name;
        m_out += ' ';
        m_out += type;
        m_out += '\n';
    }
    // One sample; labels is the text between the braces (may be empty).
    void sample(std::string_view name, std::string_view labels, double value) {
        m_out += name;
        if (!labels.empty()) {
            m_out += '{';
            m_out += labels;
            m_out += '}';
        }
        m_out += ' ';
        appendGoFloat(m_out, value);
        m_out += '\n';
    }
    void family(std::string_view name, std::string_view type, std::string_view help, double value) {
        header(name, type, help);
        sample(name, {}, value);
    }
    // A value of the given magnitude: a whole number for counts, a decimal for the rest.
    double whole(double scale) {
        return static_cast<double>(next() % (static_cast<std::uint64_t>(scale) + 1));
    }
    // Three decimals at most, as most /proc-derived figures have.
    double decimal(double scale) { return std::round(uniform() * scale * 1000) / 1000; }

    void goRuntime() {
        header("go_gc_duration_seconds", "summary",
               "A summary of the pause duration of garbage collection cycles.");
        for (const char* q : {"0", "0.25", "0.5", "0.75", "1"})
            sample("go_gc_duration_seconds", std::string("quantile=\"") + q + "\"", decimal(1e-4));
        sample("go_gc_duration_seconds_sum", {}, decimal(0.01));
        sample("go_gc_duration_seconds_count", {}, whole(200));
        family("go_goroutines", "gauge", "Number of goroutines that currently exist.", 8);
        header("go_info", "gauge", "Information about the Go environment.");
        sample("go_info", "version=\"go1.19.8\"", 1);
        static constexpr const char* kMemstats[][3] = {
            {"alloc_bytes", "gauge", "Number of bytes allocated and still in use."},
            {"alloc_bytes_total", "counter", "Total number of bytes allocated, even if freed."},
            {"buck_hash_sys_bytes", "gauge",
             "Number of bytes used by the profiling bucket hash table."},
            {"frees_total", "counter", "Total number of frees."},
            {"gc_sys_bytes", "gauge",
             "Number of bytes used for garbage collection system metadata."},
            {"heap_alloc_bytes", "gauge", "Number of heap bytes allocated and still in use."},
            {"heap_idle_bytes", "gauge", "Number of heap bytes waiting to be used."},
            {"heap_inuse_bytes", "gauge", "Number of heap bytes that are in use."},
            {"heap_objects", "gauge", "Number of allocated objects."},
            {"heap_released_bytes", "gauge", "Number of heap bytes released to OS."},
            {"heap_sys_bytes", "gauge", "Number of heap bytes obtained from system."},
            {"last_gc_time_seconds", "gauge",
             "Number of seconds since 1970 of last garbage collection."},
            {"lookups_total", "counter", "Total number of pointer lookups."},
            {"mallocs_total", "counter", "Total number of mallocs."},
            {"mcache_inuse_bytes", "gauge", "Number of bytes in use by mcache structures."},
            {"mcache_sys_bytes", "gauge",
             "Number of bytes used for mcache structures obtained from system."},
            {"mspan_inuse_bytes", "gauge", "Number of bytes in use by mspan structures."},
            {"mspan_sys_bytes", "gauge",
             "Number of bytes used for mspan structures obtained from system."},
            {"next_gc_bytes", "gauge",
             "Number of heap bytes when next garbage collection will take place."},
            {"other_sys_bytes", "gauge", "Number of bytes used for other system allocations."},
            {"stack_inuse_bytes", "gauge", "Number of bytes in use by the stack allocator."},
            {"stack_sys_bytes", "gauge",
             "Number of bytes obtained from system for stack allocator."},
            {"sys_bytes", "gauge", "Number of bytes obtained from system."}};
        for (const auto& m : kMemstats)
            family(std::string("go_memstats_") + m[0], m[1], m[2], whole(3e7));
        family("go_threads", "gauge", "Number of OS threads created.", 7);
    }

    void nodeBasics() {
        header("node_arp_entries", "gauge", "ARP entries by device");
        sample("node_arp_entries", "device=\"eth0\"", 2);
        family("node_boot_time_seconds", "gauge", "Node boot time, in unixtime.", 1.732899e9);
        family("node_context_switches_total", "counter", "Total number of context switches.",
               whole(1e8));
        header("node_cpu_guest_seconds_total", "counter",
               "Seconds the CPUs spent in guests (VMs) for each mode.");
        for (int c = 0; c < m_cpus; ++c)
            for (const char* mode : {"nice", "user"})
                sample("node_cpu_guest_seconds_total",
                       "cpu=\"" + std::to_string(c) + "\",mode=\"" + mode + "\"", 0);
        header("node_cpu_seconds_total", "counter", "Seconds the CPUs spent in each mode.");
        for (int c = 0; c < m_cpus; ++c)
            for (const char* mode :
                 {"idle", "iowait", "irq", "nice", "softirq", "steal", "system", "user"})
                sample("node_cpu_seconds_total",
                       "cpu=\"" + std::to_string(c) + "\",mode=\"" + mode + "\"",
                       std::string_view(mode) == "idle" ? 1e5 + decimal(1e3) : decimal(2e3));
    }

    void disks() {
        static constexpr const char* kDisk[][3] = {
            {"discard_time_seconds_total", "counter",
             "This is the total number of seconds spent by all discards."},
            {"discarded_sectors_total", "counter",
             "The total number of sectors discarded successfully."},
            {"discards_completed_total", "counter",
             "The total number of discards completed successfully."},
            {"discards_merged_total", "counter", "The total number of discards merged."},
            {"flush_requests_time_seconds_total", "counter",
             "This is the total number of seconds spent by all flush requests."},
            {"flush_requests_total", "counter",
             "The total number of flush requests completed successfully"},
            {"info", "gauge", "Info of /sys/block/<block_device>."},
            {"io_now", "gauge", "The number of I/Os currently in progress."},
            {"io_time_seconds_total", "counter", "Total seconds spent doing I/Os."},
            {"io_time_weighted_seconds_total", "counter",
             "The weighted # of seconds spent doing I/Os."},
            {"read_bytes_total", "counter", "The total number of bytes read successfully."},
            {"read_time_seconds_total", "counter",
             "The total number of seconds spent by all reads."},
            {"reads_completed_total", "counter",
             "The total number of reads completed successfully."},
            {"reads_merged_total", "counter", "The total number of reads merged."},
            {"write_time_seconds_total", "counter",
             "This is the total number of seconds spent by all writes."},
            {"writes_completed_total", "counter",
             "The total number of writes completed successfully."},
            {"writes_merged_total", "counter", "The number of writes merged."},
            {"written_bytes_total", "counter", "The total number of bytes written successfully."}};
        static constexpr const char* kDevices[][3] = {{"vda", "254", "0"}, {"zram0", "253", "0"}};
        for (const auto& d : kDisk) {
            const std::string name = std::string("node_disk_") + d[0];
            header(name, d[1], d[2]);
            for (const auto& device : kDevices) {
                std::string labels = std::string("device=\"") + device[0] + "\"";
                if (std::string_view(d[0]) == "info")
                    labels += std::string(",major=\"") + device[1] + "\",minor=\"" + device[2] +
                              "\",model=\"\",path=\"\",revision=\"\",serial=\"\",wwn=\"\"";
                sample(name, labels, std::string_view(d[0]) == "info" ? 1 : whole(5e9));
            }
        }
        family("node_entropy_available_bits", "gauge", "Bits of available entropy.", 256);
        family("node_entropy_pool_size_bits", "gauge", "Bits of entropy pool.", 256);
        header("node_exporter_build_info", "gauge",
               "A metric with a constant '1' value labeled by version, revision, branch, and "
               "goversion from which node_exporter was built.");
        sample("node_exporter_build_info",
               "branch=\"debian/sid\",goversion=\"go1.19.8\",revision=\"1.5.0-1+b6\","
               "version=\"1.5.0\"",
               1);
        family("node_filefd_allocated", "gauge", "File descriptor statistics: allocated.", 1184);
        family("node_filefd_maximum", "gauge", "File descriptor statistics: maximum.",
               9.223372036854776e18);
    }

    void filesystems() {
        static constexpr const char* kFs[][3] = {
            {"avail_bytes", "gauge", "Filesystem space available to non-root users in bytes."},
            {"device_error", "gauge",
             "Whether an error occurred while getting statistics for the given device."},
            {"files", "gauge", "Filesystem total file nodes."},
            {"files_free", "gauge", "Filesystem total free file nodes."},
            {"free_bytes", "gauge", "Filesystem free space in bytes."},
            {"readonly", "gauge", "Filesystem read-only status."},
            {"size_bytes", "gauge", "Filesystem size in bytes."}};
        static constexpr const char* kMounts[][3] = {
            {"/dev/vda", "ext4", "/"}, {"tmpfs", "tmpfs", "/run"}, {"tmpfs", "tmpfs", "/run/lock"}};
        for (const auto& f : kFs) {
            const std::string name = std::string("node_filesystem_") + f[0];
            header(name, f[1], f[2]);
            const bool flag =
                std::string_view(f[0]) == "device_error" || std::string_view(f[0]) == "readonly";
            for (const auto& mount : kMounts)
                sample(name,
                       std::string("device=\"") + mount[0] + "\",fstype=\"" + mount[1] +
                           "\",mountpoint=\"" + mount[2] + "\"",
                       flag ? 0 : whole(1e11));
        }
        family("node_forks_total", "counter", "Total number of forks.", whole(1e6));
        family("node_intr_total", "counter", "Total number of interrupts serviced.", whole(1e8));
        family("node_load1", "gauge", "1m load average.", decimal(2));
        family("node_load15", "gauge", "15m load average.", decimal(2));
        family("node_load5", "gauge", "5m load average.", decimal(2));
    }

    void memory() {
        static constexpr const char* kFields[] = {
            "Active_anon",    "Active",         "Active_file",    "AnonHugePages",
            "AnonPages",      "Balloon",        "Bounce",         "Buffers",
            "Cached",         "CommitLimit",    "Committed_AS",   "DirectMap2M",
            "DirectMap4k",    "Dirty",          "FileHugePages",  "FilePmdMapped",
            "HugePages_Free", "HugePages_Rsvd", "HugePages_Surp", "HugePages_Total",
            "Hugepagesize",   "Hugetlb",        "Inactive_anon",  "Inactive",
            "Inactive_file",  "KReclaimable",   "KernelStack",    "Mapped",
            "MemAvailable",   "MemFree",        "MemTotal",       "Mlocked",
            "NFS_Unstable",   "PageTables",     "Percpu",         "SReclaimable",
            "SUnreclaim",     "SecPageTables",  "ShmemHugePages", "ShmemPmdMapped",
            "Shmem",          "Slab",           "SwapCached",     "SwapFree",
            "SwapTotal",      "Unevictable",    "VmallocChunk",   "VmallocTotal",
            "VmallocUsed",    "WritebackTmp",   "Writeback",      "Zswap",
            "Zswapped"};
        for (const char* field : kFields) {
            const std::string_view f(field);
            const bool count = f.starts_with("HugePages_");
            const std::string key = count ? std::string(f) : std::string(f) + "_bytes";
            header("node_memory_" + key, "gauge", "Memory information field " + key + ".");
            double value = whole(8.3e9);
            if (f == "MemTotal")
                value = 8330326016;
            else if (f == "MemAvailable")
                value = 5.9e9 + whole(1e8);
            sample("node_memory_" + key, {}, value);
        }
    }

    void netstat() {
        static constexpr const char* kStats[] = {"Icmp6_InErrors",
                                                 "Icmp6_InMsgs",
                                                 "Icmp6_OutMsgs",
                                                 "Icmp_InErrors",
                                                 "Icmp_InMsgs",
                                                 "Icmp_OutMsgs",
                                                 "Ip6_InOctets",
                                                 "Ip6_OutOctets",
                                                 "IpExt_InOctets",
                                                 "IpExt_OutOctets",
                                                 "Ip_Forwarding",
                                                 "TcpExt_ListenDrops",
                                                 "TcpExt_ListenOverflows",
                                                 "TcpExt_SyncookiesFailed",
                                                 "TcpExt_SyncookiesRecv",
                                                 "TcpExt_SyncookiesSent",
                                                 "TcpExt_TCPSynRetrans",
                                                 "TcpExt_TCPTimeouts",
                                                 "Tcp_ActiveOpens",
                                                 "Tcp_CurrEstab",
                                                 "Tcp_InErrs",
                                                 "Tcp_InSegs",
                                                 "Tcp_OutRsts",
                                                 "Tcp_OutSegs",
                                                 "Tcp_PassiveOpens",
                                                 "Tcp_RetransSegs",
                                                 "Udp6_InDatagrams",
                                                 "Udp6_InErrors",
                                                 "Udp6_NoPorts",
                                                 "Udp6_OutDatagrams",
                                                 "Udp6_RcvbufErrors",
                                                 "Udp6_SndbufErrors",
                                                 "UdpLite6_InErrors",
                                                 "UdpLite_InErrors",
                                                 "Udp_InDatagrams",
                                                 "Udp_InErrors",
                                                 "Udp_NoPorts",
                                                 "Udp_OutDatagrams",
                                                 "Udp_RcvbufErrors",
                                                 "Udp_SndbufErrors"};
        for (const char* stat : kStats) {
            std::string help = std::string("Statistic ") + stat + ".";
            if (const auto underscore = help.find('_'); underscore != std::string::npos)
                help[underscore] = ' '; // "Statistic Tcp InSegs." as node_exporter
            header(std::string("node_netstat_") + stat, "untyped", help);
            sample(std::string("node_netstat_") + stat, {}, whole(2e7));
        }
    }

    void network() {
        static constexpr const char* kDevices[] = {"eth0", "ifb0", "ifb1", "lo"};
        static constexpr const char* kGauges[][2] = {
            {"address_assign_type", "address_assign_type value of /sys/class/net/<iface>."},
            {"carrier", "carrier value of /sys/class/net/<iface>."},
            {"carrier_changes_total", "carrier_changes_total value of /sys/class/net/<iface>."},
            {"carrier_down_changes_total",
             "carrier_down_changes_total value of /sys/class/net/<iface>."},
            {"carrier_up_changes_total",
             "carrier_up_changes_total value of /sys/class/net/<iface>."},
            {"device_id", "device_id value of /sys/class/net/<iface>."},
            {"dormant", "dormant value of /sys/class/net/<iface>."},
            {"flags", "flags value of /sys/class/net/<iface>."},
            {"iface_id", "iface_id value of /sys/class/net/<iface>."},
            {"iface_link", "iface_link value of /sys/class/net/<iface>."},
            {"iface_link_mode", "iface_link_mode value of /sys/class/net/<iface>."},
            {"info", "Non-numeric data from /sys/class/net/<iface>, value is always 1."},
            {"mtu_bytes", "mtu_bytes value of /sys/class/net/<iface>."},
            {"name_assign_type", "name_assign_type value of /sys/class/net/<iface>."},
            {"net_dev_group", "net_dev_group value of /sys/class/net/<iface>."},
            {"protocol_type", "protocol_type value of /sys/class/net/<iface>."}};
        for (const auto& g : kGauges) {
            const std::string name = std::string("node_network_") + g[0];
            const std::string_view key(g[0]);
            header(name, key.ends_with("_total") ? "counter" : "gauge", g[1]);
            for (const char* device : kDevices) {
                std::string labels = std::string("device=\"") + device + "\"";
                if (key == "info")
                    labels = std::string("address=\"02:fc:00:00:00:0") +
                             std::to_string(next() % 10) +
                             "\",broadcast=\"ff:ff:ff:ff:ff:ff\",device=\"" + device +
                             "\",duplex=\"unknown\",ifalias=\"\",operstate=\"up\"";
                sample(name, labels, key == "info" ? 1 : whole(key == "mtu_bytes" ? 65536 : 4));
            }
        }
        for (const char* direction : {"receive", "transmit"}) {
            const bool receive = std::string_view(direction) == "receive";
            for (const char* stat :
                 {"bytes", "compressed", "drop", "errs", "fifo", receive ? "frame" : "carrier",
                  receive ? "multicast" : "colls", receive ? "nohandler" : nullptr, "packets"}) {
                if (stat == nullptr)
                    continue;
                const std::string name =
                    std::string("node_network_") + direction + "_" + stat + "_total";
                header(name, "counter",
                       std::string("Network device statistic ") + direction + "_" + stat + ".");
                const bool volume =
                    std::string_view(stat) == "bytes" || std::string_view(stat) == "packets";
                for (const char* device : {"eth0", "ifb0", "lo"}) // ifb1 is down: no stats
                    sample(name, std::string("device=\"") + device + "\"",
                           volume ? whole(5e10) : 0);
            }
            if (receive) {
                header("node_network_speed_bytes", "gauge",
                       "speed_bytes value of /sys/class/net/<iface>.");
                sample("node_network_speed_bytes", "device=\"eth0\"", 1.25e9);
            }
        }
        header("node_network_transmit_queue_length", "gauge",
               "transmit_queue_length value of /sys/class/net/<iface>.");
        for (const char* device : kDevices)
            sample("node_network_transmit_queue_length", std::string("device=\"") + device + "\"",
                   1000);
        header("node_network_up", "gauge", "Value is 1 if operstate is 'up', 0 otherwise.");
        for (const char* device : kDevices)
            sample("node_network_up", std::string("device=\"") + device + "\"", 1);
    }

    void rest() {
        static constexpr const char* kConntrack[] = {
            "entries",      "entries_limit",      "stat_drop",   "stat_early_drop",
            "stat_found",   "stat_ignore",        "stat_insert", "stat_insert_failed",
            "stat_invalid", "stat_search_restart"};
        for (const char* c : kConntrack)
            family(std::string("node_nf_conntrack_") + c, "gauge",
                   std::string("Number of conntrack ") + c + " (from /proc/sys/net/netfilter).",
                   whole(262144));
        header("node_os_info", "gauge",
               "A metric with a constant '1' value labeled by build_id, id, id_like, image_id, "
               "image_version, name, pretty_name, variant, variant_id, version, version_codename, "
               "version_id.");
        sample("node_os_info",
               "build_id=\"\",id=\"debian\",id_like=\"\",image_id=\"\",image_version=\"\","
               "name=\"Debian GNU/Linux\",pretty_name=\"Debian GNU/Linux 12 (bookworm)\","
               "variant=\"\",variant_id=\"\",version=\"12 (bookworm)\","
               "version_codename=\"bookworm\",version_id=\"12\"",
               1);
        header("node_os_version", "gauge",
               "Metric containing the major.minor part of the OS version.");
        sample("node_os_version", "id=\"debian\",id_like=\"\",name=\"Debian GNU/Linux\"", 12);
        for (const char* p :
             {"cpu_waiting", "io_stalled", "io_waiting", "memory_stalled", "memory_waiting"})
            family(std::string("node_pressure_") + p + "_seconds_total", "counter",
                   std::string("Total time in seconds that processes have ") + p +
                       " (pressure stall information).",
                   decimal(1e3));
        family("node_procs_blocked", "gauge",
               "Number of processes blocked waiting for I/O to complete.", 0);
        family("node_procs_running", "gauge", "Number of processes in runnable state.", 3);
        static constexpr const char* kCollectors[] = {
            "arp",        "bcache",       "bonding",          "btrfs",      "conntrack",
            "cpu",        "cpufreq",      "diskstats",        "dmi",        "edac",
            "entropy",    "fibrechannel", "filefd",           "filesystem", "hwmon",
            "infiniband", "ipvs",         "loadavg",          "mdadm",      "meminfo",
            "netclass",   "netdev",       "netstat",          "nfs",        "nfsd",
            "nvme",       "os",           "powersupplyclass", "pressure",   "rapl",
            "schedstat",  "selinux",      "sockstat",         "softnet",    "stat",
            "tapestats",  "textfile",     "thermal_zone",     "time",       "timex",
            "udp_queues", "uname",        "vmstat",           "xfs",        "zfs"};
        header("node_scrape_collector_duration_seconds", "gauge",
               "node_exporter: Duration of a collector scrape.");
        for (const char* c : kCollectors)
            sample("node_scrape_collector_duration_seconds", std::string("collector=\"") + c + "\"",
                   decimal(0.01));
        header("node_scrape_collector_success", "gauge",
               "node_exporter: Whether a collector succeeded.");
        for (const char* c : kCollectors)
            sample("node_scrape_collector_success", std::string("collector=\"") + c + "\"",
                   next() % 5 == 0 ? 0 : 1);
        family("node_selinux_enabled", "gauge", "SELinux is enabled, 1 is true, 0 is false", 0);
        static constexpr const char* kSockstat[] = {
            "FRAG6_inuse",   "FRAG6_memory", "FRAG_inuse", "FRAG_memory",   "RAW6_inuse",
            "RAW_inuse",     "TCP6_inuse",   "TCP_alloc",  "TCP_inuse",     "TCP_mem",
            "TCP_mem_bytes", "TCP_orphan",   "TCP_tw",     "UDP6_inuse",    "UDPLITE6_inuse",
            "UDPLITE_inuse", "UDP_inuse",    "UDP_mem",    "UDP_mem_bytes", "sockets_used"};
        for (const char* s : kSockstat)
            family(std::string("node_sockstat_") + s, "gauge",
                   std::string("Number of ") + s + " sockets in state inuse.", whole(300));
        for (const char* s : {"dropped", "processed", "times_squeezed"}) {
            const std::string name = std::string("node_softnet_") + s + "_total";
            header(name, "counter", std::string("Number of ") + s + " packets");
            for (int c = 0; c < m_cpus; ++c)
                sample(name, "cpu=\"" + std::to_string(c) + "\"", whole(1e6));
        }
        family("node_textfile_scrape_error", "gauge",
               "1 if there was an error opening or reading a file, 0 otherwise", 0);
        header("node_time_clocksource_available_info", "gauge",
               "Available clocksources read from '/sys/devices/system/clocksource'.");
        sample("node_time_clocksource_available_info", "clocksource=\"kvm-clock\",device=\"0\"", 1);
        header("node_time_clocksource_current_info", "gauge",
               "Current clocksource read from '/sys/devices/system/clocksource'.");
        sample("node_time_clocksource_current_info", "clocksource=\"kvm-clock\",device=\"0\"", 1);
        family("node_time_seconds", "gauge", "System time in seconds since epoch (1970).",
               1.7329e9 + decimal(1e5));
        header("node_time_zone_offset_seconds", "gauge", "System time zone offset in seconds.");
        sample("node_time_zone_offset_seconds", "time_zone=\"UTC\"", 0);
        static constexpr const char* kTimex[][2] = {{"estimated_error_seconds", "gauge"},
                                                    {"frequency_adjustment_ratio", "gauge"},
                                                    {"loop_time_constant", "gauge"},
                                                    {"maxerror_seconds", "gauge"},
                                                    {"offset_seconds", "gauge"},
                                                    {"pps_calibration_total", "counter"},
                                                    {"pps_error_total", "counter"},
                                                    {"pps_frequency_hertz", "gauge"},
                                                    {"pps_jitter_seconds", "gauge"},
                                                    {"pps_jitter_total", "counter"},
                                                    {"pps_shift_seconds", "gauge"},
                                                    {"pps_stability_exceeded_total", "counter"},
                                                    {"pps_stability_hertz", "gauge"},
                                                    {"status", "gauge"},
                                                    {"sync_status", "gauge"},
                                                    {"tai_offset_seconds", "gauge"},
                                                    {"tick_seconds", "gauge"}};
        for (const auto& t : kTimex)
            family(std::string("node_timex_") + t[0], t[1],
                   std::string("Kernel clock ") + t[0] + " (adjtimex(2)).", decimal(1e-3));
        header("node_udp_queues", "gauge",
               "Number of allocated memory in the kernel for UDP datagrams in bytes.");
        for (const char* ip : {"v4", "v6"})
            for (const char* queue : {"rx", "tx"})
                sample("node_udp_queues", std::string("ip=\"") + ip + "\",queue=\"" + queue + "\"",
                       0);
        header("node_uname_info", "gauge",
               "Labeled system information as provided by the uname system call.");
        sample("node_uname_info",
               "domainname=\"(none)\",machine=\"x86_64\",nodename=\"bench-host\","
               "release=\"6.1.0-27-amd64\",sysname=\"Linux\","
               "version=\"#1 SMP PREEMPT_DYNAMIC Debian 6.1.115-1 (2024-11-01)\"",
               1);
        for (const char* v :
             {"oom_kill", "pgfault", "pgmajfault", "pgpgin", "pgpgout", "pswpin", "pswpout"})
            family(std::string("node_vmstat_") + v, "untyped",
                   std::string("/proc/vmstat information field ") + v + ".", whole(1e8));
        family("process_cpu_seconds_total", "counter",
               "Total user and system CPU time spent in seconds.", decimal(100));
        family("process_max_fds", "gauge", "Maximum number of open file descriptors.", 1048576);
        family("process_open_fds", "gauge", "Number of open file descriptors.", 9);
        family("process_resident_memory_bytes", "gauge", "Resident memory size in bytes.",
               whole(3e7));
        family("process_start_time_seconds", "gauge",
               "Start time of the process since unix epoch in seconds.", 1.73289e9);
        family("process_virtual_memory_bytes", "gauge", "Virtual memory size in bytes.",
               whole(1e9));
        family("process_virtual_memory_max_bytes", "gauge",
               "Maximum amount of virtual memory available in bytes.", 1.8446744073709552e19);
        header("promhttp_metric_handler_errors_total", "counter",
               "Total number of internal errors encountered by the promhttp metric handler.");
        sample("promhttp_metric_handler_errors_total", "cause=\"encoding\"", 0);
        sample("promhttp_metric_handler_errors_total", "cause=\"gathering\"", 0);
        family("promhttp_metric_handler_requests_in_flight", "gauge",
               "Current number of scrapes being served.", 1);
        header("promhttp_metric_handler_requests_total", "counter",
               "Total number of scrapes by HTTP status code.");
        for (const char* code : {"200", "500", "503"})
            sample("promhttp_metric_handler_requests_total", std::string("code=\"") + code + "\"",
                   code[0] == '2' ? whole(1e4) : 0);
    }

    int m_cpus;
    std::string m_out;
    std::uint64_t m_state = 0;
};

// Every node_cpu_seconds_total sample moved forward by `seconds` of wall-clock time: each CPU
// spends one second per second across its modes (idle 78 %, user 12 %, system 5 %, iowait 2 %,
// the four others 0.75 % each), so the ready-made mapping measures 22 % CPU. Other lines are
// copied unchanged.
inline std::string advanceCpuCounters(std::string_view text, double seconds) {
    static constexpr std::string_view kName = "node_cpu_seconds_total{";
    std::string out;
    out.reserve(text.size() + 256);
    while (!text.empty()) {
        const auto eol = text.find('\n');
        const std::string_view line =
            text.substr(0, eol == std::string_view::npos ? text.size() : eol + 1);
        text.remove_prefix(line.size());
        const auto close = line.rfind('}');
        if (!line.starts_with(kName) || close == std::string_view::npos) {
            out += line;
            continue;
        }
        double share = 0.0075;
        const auto at = line.find("mode=\"");
        const std::string_view mode = at == std::string_view::npos
                                          ? std::string_view{}
                                          : line.substr(at + 6, line.find('"', at + 6) - at - 6);
        if (mode == "idle")
            share = 0.78;
        else if (mode == "user")
            share = 0.12;
        else if (mode == "system")
            share = 0.05;
        else if (mode == "iowait")
            share = 0.02;
        std::string_view rest = line.substr(close + 1); // " value [timestamp]\n"
        while (!rest.empty() && rest.front() == ' ')
            rest.remove_prefix(1);
        double value = 0;
        const auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), value);
        if (ec != std::errc{}) {
            out += line;
            continue;
        }
        out += line.substr(0, close + 1);
        out += ' ';
        appendGoFloat(out, value + share * seconds);
        out.append(end, static_cast<std::size_t>(line.data() + line.size() - end));
    }
    return out;
}

} // namespace headroom::bench
