#pragma once
// Ready-made mappings a founder picks instead of writing expressions: node_exporter scraped
// directly (/metrics), and a Prometheus server (or Thanos, Mimir, VictoriaMetrics) that scrapes
// node_exporter, queried with PromQL. Both give the same four host metrics: cpu_utilization,
// memory_utilization, disk_utilization (the "/" filesystem) and load_average_1m. They ship as the
// JSON text of MappingJson.h, so they read exactly like a mapping a person stored.

#include "model/Error.h"
#include "sources/prometheus/Mapping.h"

#include <span>
#include <string_view>
#include <vector>

namespace headroom {

enum class ReadyMapping {
    NodeExporter,           // a node_exporter's /metrics, scraped by the console
    PrometheusNodeExporter, // PromQL against a Prometheus that scrapes node_exporter
};

std::string_view keyOf(ReadyMapping mapping); // "node_exporter", "prometheus_node_exporter"
std::optional<ReadyMapping> readyMappingFromKey(std::string_view key);
std::span<const ReadyMapping> allReadyMappings();

// The mapping's stored form (a JSON array of bindings).
std::string_view readyMappingJson(ReadyMapping mapping);
// The parsed bindings (a test keeps the texts valid).
Result<std::vector<MetricBinding>> readyMappingBindings(ReadyMapping mapping);

} // namespace headroom
