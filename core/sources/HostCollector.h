#pragma once
// HostCollector: the built-in source "host" that measures the computer Headroom runs on, from
// Linux's /proc and statvfs(). It reports only what a machine can know about itself (CPU, memory,
// disk, load); business metrics such as active_clients stay absent, never invented.
//
// CPU utilisation is the share of non-idle time between two readings of /proc/stat, so the
// collector keeps the previous reading between polls; the very first poll takes two readings
// `firstSampleGap` apart so that the first snapshot already has CPU. A poll either writes every
// metric it measured or, when any file is missing or malformed, writes nothing and returns an
// error naming the file (and line).

#include "sources/Source.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string_view>

namespace headroom {

struct HostCollectorOptions {
    std::filesystem::path procRoot = "/proc";   // tests point this at fixture files
    std::filesystem::path filesystemPath = "/"; // the filesystem whose usage is reported
    std::chrono::milliseconds firstSampleGap{250};
};

// Aggregate CPU time from the "cpu" line of /proc/stat, in clock ticks.
struct CpuTimes {
    std::uint64_t idle = 0;  // idle + iowait
    std::uint64_t total = 0; // user + nice + system + idle + iowait + irq + softirq + steal
    int cpus = 0;            // the "cpuN" lines: logical CPUs online
};

struct MemoryInfo {
    double totalKb = 0.0;
    double availableKb = 0.0;
};

struct DiskUsage {
    double usedBytes = 0.0;
    double availableBytes = 0.0; // to unprivileged users, as df reports
};

// Parsers of the /proc files, exposed for tests; `fileName` is used in error messages.
Result<CpuTimes> parseProcStat(std::string_view text, std::string_view fileName);
Result<MemoryInfo> parseMeminfo(std::string_view text, std::string_view fileName);
Result<double> parseLoadavg(std::string_view text, std::string_view fileName);
// Busy share between two readings, 0..1; nullopt when no time passed between them.
std::optional<double> cpuUtilisationBetween(const CpuTimes& before, const CpuTimes& after);
Result<DiskUsage> readDiskUsage(const std::filesystem::path& path);

class HostCollector final : public Source {
public:
    explicit HostCollector(HostCollectorOptions options = {});

    std::string id() const override { return "host"; }
    std::string displayName() const override { return "This computer"; }
    Result<void> poll(Timestamp now, Snapshot& into) override;

private:
    Result<CpuTimes> readCpu() const;

    HostCollectorOptions m_options;
    std::optional<CpuTimes> m_previousCpu;
};

} // namespace headroom
