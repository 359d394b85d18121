#include "sources/prometheus/ReadyMappings.h"

#include "sources/prometheus/MappingJson.h"

#include <array>

namespace headroom {

namespace {

constexpr std::array kAll{ReadyMapping::NodeExporter, ReadyMapping::PrometheusNodeExporter};

// node_exporter scraped directly. CPU is the share of non-idle CPU time over all CPUs between two
// scrapes: 1 - sum(rate(idle)) / sum(rate(all modes)); "steal" and "iowait" count as busy, as in
// most node_exporter dashboards. Memory uses MemAvailable (what the kernel can hand out without
// swapping), not MemFree. Disk is the root filesystem's used share of the space a normal user
// can use (avail, not free, so root's reserved blocks count as used).
constexpr std::string_view kNodeExporter = R"json([
  {"metric": "cpu_utilization",
   "expression": {"kind": "counter_ratio", "one_minus": true,
                  "numerator": {"name": "node_cpu_seconds_total",
                                "matchers": [{"label": "mode", "op": "=", "value": "idle"}]},
                  "denominator": {"name": "node_cpu_seconds_total"}}},
  {"metric": "memory_utilization",
   "expression": {"kind": "gauge_ratio", "one_minus": true,
                  "numerator": {"name": "node_memory_MemAvailable_bytes"},
                  "denominator": {"name": "node_memory_MemTotal_bytes"}}},
  {"metric": "disk_utilization",
   "expression": {"kind": "gauge_ratio", "one_minus": true,
                  "numerator": {"name": "node_filesystem_avail_bytes",
                                "matchers": [{"label": "mountpoint", "op": "=", "value": "/"}]},
                  "denominator": {"name": "node_filesystem_size_bytes",
                                  "matchers": [{"label": "mountpoint", "op": "=", "value": "/"}]}}},
  {"metric": "load_average_1m",
   "expression": {"kind": "series", "selector": {"name": "node_load1"}, "aggregation": "max"}}
])json";

// The same through a Prometheus server. Sums and averages fold a fleet of nodes into one figure
// (one node gives the same as the direct scrape); [1m] needs a scrape interval under 30 s.
constexpr std::string_view kPrometheusNodeExporter = R"json([
  {"metric": "cpu_utilization",
   "expression": {"kind": "promql",
                  "query": "1 - avg(rate(node_cpu_seconds_total{mode=\"idle\"}[1m]))"}},
  {"metric": "memory_utilization",
   "expression": {"kind": "promql",
                  "query": "1 - sum(node_memory_MemAvailable_bytes) / sum(node_memory_MemTotal_bytes)"}},
  {"metric": "disk_utilization",
   "expression": {"kind": "promql",
                  "query": "1 - sum(node_filesystem_avail_bytes{mountpoint=\"/\"}) / sum(node_filesystem_size_bytes{mountpoint=\"/\"})"}},
  {"metric": "load_average_1m",
   "expression": {"kind": "promql", "query": "max(node_load1)"}}
])json";

} // namespace

std::string_view keyOf(ReadyMapping mapping) {
    switch (mapping) {
    case ReadyMapping::NodeExporter:
        return "node_exporter";
    case ReadyMapping::PrometheusNodeExporter:
        return "prometheus_node_exporter";
    }
    return "?";
}

std::optional<ReadyMapping> readyMappingFromKey(std::string_view key) {
    for (ReadyMapping m : kAll)
        if (keyOf(m) == key)
            return m;
    return std::nullopt;
}

std::span<const ReadyMapping> allReadyMappings() {
    return kAll;
}

std::string_view readyMappingJson(ReadyMapping mapping) {
    return mapping == ReadyMapping::NodeExporter ? kNodeExporter : kPrometheusNodeExporter;
}

Result<std::vector<MetricBinding>> readyMappingBindings(ReadyMapping mapping) {
    return bindingsFromJsonText(readyMappingJson(mapping), keyOf(mapping));
}

} // namespace headroom
