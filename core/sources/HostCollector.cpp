#include "sources/HostCollector.h"

#include "model/Text.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <fstream>
#include <sstream>
#include <sys/statvfs.h>
#include <thread>

namespace headroom {
namespace {

Result<std::string> readWholeFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return fail(ErrorCode::IoError, cat(path.string(), ": cannot be read"));
    }
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// Splits on runs of spaces and tabs.
std::vector<std::string_view> fields(std::string_view line) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) {
            ++i;
        }
        const std::size_t start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t') {
            ++i;
        }
        if (i > start) {
            out.push_back(line.substr(start, i - start));
        }
    }
    return out;
}

template <class T>
std::optional<T> parseNumber(std::string_view text) {
    T value{};
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

// Calls fn(line, lineNumber) for each line; stops at the first error fn returns.
template <class Fn>
Result<void> forEachLine(std::string_view text, Fn&& fn) {
    int number = 0;
    while (!text.empty()) {
        const std::size_t eol = text.find('\n');
        const std::string_view line = text.substr(0, eol);
        text = eol == std::string_view::npos ? std::string_view{} : text.substr(eol + 1);
        ++number;
        if (auto ok = fn(line, number); !ok) {
            return ok;
        }
    }
    return {};
}

} // namespace

Result<CpuTimes> parseProcStat(std::string_view text, std::string_view fileName) {
    std::optional<CpuTimes> times;
    int cpus = 0;
    auto ok = forEachLine(text, [&](std::string_view line, int number) -> Result<void> {
        const auto parts = fields(line);
        if (!parts.empty() && parts[0].size() > 3 && parts[0].starts_with("cpu") &&
            parts[0][3] >= '0' && parts[0][3] <= '9') {
            ++cpus;
            return {};
        }
        if (times || parts.empty() || parts[0] != "cpu") {
            return {};
        }
        // user nice system idle iowait irq softirq steal [guest guest_nice]; guest time is
        // already counted in user, so it is left out of the total.
        if (parts.size() < 5) {
            return fail(ErrorCode::ParseError,
                        cat(fileName, " line ", number, ": the cpu line has ", parts.size() - 1,
                            " fields, expected at least 4"));
        }
        std::array<std::uint64_t, 8> values{};
        for (std::size_t i = 1; i < parts.size() && i <= values.size(); ++i) {
            auto v = parseNumber<std::uint64_t>(parts[i]);
            if (!v) {
                return fail(ErrorCode::ParseError, cat(fileName, " line ", number, ": field ", i,
                                                       " '", parts[i], "' is not a tick count"));
            }
            values[i - 1] = *v;
        }
        CpuTimes t;
        t.idle = values[3] + values[4];
        for (auto v : values) {
            t.total += v;
        }
        times = t;
        return {};
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    if (!times) {
        return fail(ErrorCode::ParseError, cat(fileName, ": no aggregate 'cpu' line"));
    }
    times->cpus = cpus;
    return *times;
}

Result<MemoryInfo> parseMeminfo(std::string_view text, std::string_view fileName) {
    std::optional<double> total;
    std::optional<double> available;
    auto ok = forEachLine(text, [&](std::string_view line, int number) -> Result<void> {
        const auto parts = fields(line);
        if (parts.empty()) {
            return {};
        }
        std::optional<double>* target = parts[0] == "MemTotal:"       ? &total
                                        : parts[0] == "MemAvailable:" ? &available
                                                                      : nullptr;
        if (!target) {
            return {};
        }
        auto kb = parts.size() >= 2 ? parseNumber<std::uint64_t>(parts[1]) : std::nullopt;
        if (!kb || (parts.size() >= 3 && parts[2] != "kB")) {
            return fail(ErrorCode::ParseError, cat(fileName, " line ", number, ": '", line,
                                                   "' is not '<name>: <number> kB'"));
        }
        *target = static_cast<double>(*kb);
        return {};
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    if (!total || *total <= 0.0) {
        return fail(ErrorCode::ParseError, cat(fileName, ": no positive MemTotal line"));
    }
    if (!available) {
        return fail(ErrorCode::ParseError, cat(fileName, ": no MemAvailable line"));
    }
    if (*available > *total) {
        return fail(ErrorCode::ValidationError, cat(fileName, ": MemAvailable exceeds MemTotal"));
    }
    return MemoryInfo{*total, *available};
}

Result<double> parseLoadavg(std::string_view text, std::string_view fileName) {
    const std::string_view line = text.substr(0, text.find('\n'));
    const auto parts = fields(line);
    auto load = parts.empty() ? std::nullopt : parseNumber<double>(parts[0]);
    if (!load || *load < 0.0) {
        return fail(ErrorCode::ParseError,
                    cat(fileName, " line 1: '", line, "' does not start with a load average"));
    }
    return *load;
}

std::optional<double> cpuUtilisationBetween(const CpuTimes& before, const CpuTimes& after) {
    if (after.total <= before.total || after.idle < before.idle) {
        return std::nullopt; // no ticks passed, or the counters went backwards (a reset)
    }
    const double total = static_cast<double>(after.total - before.total);
    const double idle = static_cast<double>(after.idle - before.idle);
    return std::clamp(1.0 - idle / total, 0.0, 1.0);
}

Result<DiskUsage> readDiskUsage(const std::filesystem::path& path) {
    struct statvfs info {};
    if (::statvfs(path.c_str(), &info) != 0) {
        return fail(ErrorCode::IoError, cat(path.string(), ": statvfs failed"));
    }
    const double block = static_cast<double>(info.f_frsize);
    const double total = static_cast<double>(info.f_blocks) * block;
    const double free = static_cast<double>(info.f_bfree) * block;
    const double available = static_cast<double>(info.f_bavail) * block;
    return DiskUsage{std::max(0.0, total - free), available};
}

HostCollector::HostCollector(HostCollectorOptions options)
    : m_options(std::move(options)) {}

Result<CpuTimes> HostCollector::readCpu() const {
    const auto path = m_options.procRoot / "stat";
    auto text = readWholeFile(path);
    if (!text) {
        return std::unexpected(text.error());
    }
    return parseProcStat(*text, path.string());
}

Result<void> HostCollector::poll(Timestamp now, Snapshot& into) {
    auto cpu = readCpu();
    if (!cpu) {
        return std::unexpected(cpu.error());
    }
    if (!m_previousCpu) {
        m_previousCpu = *cpu;
        std::this_thread::sleep_for(m_options.firstSampleGap);
        cpu = readCpu();
        if (!cpu) {
            return std::unexpected(cpu.error());
        }
    }
    const auto cpuShare = cpuUtilisationBetween(*m_previousCpu, *cpu);
    m_previousCpu = *cpu;

    const auto meminfoPath = m_options.procRoot / "meminfo";
    auto meminfoText = readWholeFile(meminfoPath);
    if (!meminfoText) {
        return std::unexpected(meminfoText.error());
    }
    auto memory = parseMeminfo(*meminfoText, meminfoPath.string());
    if (!memory) {
        return std::unexpected(memory.error());
    }

    const auto loadPath = m_options.procRoot / "loadavg";
    auto loadText = readWholeFile(loadPath);
    if (!loadText) {
        return std::unexpected(loadText.error());
    }
    auto load = parseLoadavg(*loadText, loadPath.string());
    if (!load) {
        return std::unexpected(load.error());
    }

    auto disk = readDiskUsage(m_options.filesystemPath);
    if (!disk) {
        return std::unexpected(disk.error());
    }

    // Everything was read; build the values in a copy so a refused value leaves `into` alone.
    Snapshot out = into;
    const std::string source = id();
    auto put = [&](MetricId metric, double value) {
        return out.set(metric, MetricSample{value, now, source});
    };
    std::vector<Result<void>> results;
    if (cpuShare) {
        results.push_back(put(MetricId::CpuUtilization, *cpuShare));
    }
    results.push_back(
        put(MetricId::MemoryUtilization, 1.0 - memory->availableKb / memory->totalKb));
    const double diskCapacity = disk->usedBytes + disk->availableBytes;
    if (diskCapacity > 0.0) {
        results.push_back(
            put(MetricId::DiskUtilization, std::clamp(disk->usedBytes / diskCapacity, 0.0, 1.0)));
    }
    results.push_back(put(MetricId::LoadAverage1m, *load));
    if (cpu->cpus > 0) {
        results.push_back(put(MetricId::CpuCores, cpu->cpus));
    }
    results.push_back(put(MetricId::MemoryTotalGb, memory->totalKb / (1024.0 * 1024.0)));
    for (auto& r : results) {
        if (!r) {
            return r;
        }
    }
    into = std::move(out);
    return {};
}

} // namespace headroom
