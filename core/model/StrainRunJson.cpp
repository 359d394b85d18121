// JSON forms of a strain run's result and of its pass criteria.
#include "StrainRunJson.h"

#include "JsonRead.h"

#include <limits>

#include <nlohmann/json.hpp>

namespace headroom {

namespace {

using nlohmann::json;
using namespace jsonread;

// ---- reading ----

// Counts and durations are 64-bit; JsonRead's asInt stops at int.
std::int64_t asInt64(const json& value, const std::string& path) {
    if (!value.is_number_integer()) {
        failAt(path, "expected a whole number");
    }
    if (value.is_number_unsigned() &&
        value.get<std::uint64_t>() >
            static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
        failAt(path, "out of range");
    }
    return value.get<std::int64_t>();
}

std::int64_t int64At(const json& object, const std::string& path, const char* name) {
    return asInt64(field(object, path, name), path + "." + name);
}

// StrainMeasurement's counts are size_t: a negative one cannot be represented, so it is a
// parse error here rather than a validation error later.
std::size_t sizeAt(const json& object, const std::string& path, const char* name) {
    const std::int64_t value = int64At(object, path, name);
    if (value < 0) {
        failAt(path + "." + name, "expected a whole number >= 0");
    }
    return static_cast<std::size_t>(value);
}

int intAt(const json& object, const std::string& path, const char* name) {
    return asInt(field(object, path, name), path + "." + name);
}

double doubleAt(const json& object, const std::string& path, const char* name) {
    return asDouble(field(object, path, name), path + "." + name);
}

std::string stringAt(const json& object, const std::string& path, const char* name) {
    return asString(field(object, path, name), path + "." + name);
}

template <class E, std::size_t N>
E keyAt(const json& object, const std::string& path, const char* name,
        const KeyTable<E, N>& table) {
    const std::string text = stringAt(object, path, name);
    auto value = valueIn(table, text);
    if (!value) {
        failAt(path + "." + name, "unknown value '" + text + "'");
    }
    return *value;
}

template <class Duration>
Duration durationAt(const json& object, const std::string& path, const char* name) {
    return Duration{int64At(object, path, name)};
}

StrainMeasurement readMeasurement(const json& m, const std::string& p) {
    StrainMeasurement out;
    out.p50 = durationAt<std::chrono::microseconds>(m, p, "p50_us");
    out.p90 = durationAt<std::chrono::microseconds>(m, p, "p90_us");
    out.p95 = durationAt<std::chrono::microseconds>(m, p, "p95_us");
    out.p99 = durationAt<std::chrono::microseconds>(m, p, "p99_us");
    out.p999 = durationAt<std::chrono::microseconds>(m, p, "p999_us");
    out.max = durationAt<std::chrono::microseconds>(m, p, "max_us");
    out.throughputPerSecond = doubleAt(m, p, "throughput_per_s");
    out.errorRate = doubleAt(m, p, "error_rate");
    // Present but null: no memory source was mapped (a missing key is still an error).
    const json& memory = field(m, p, "memory_utilisation");
    if (!memory.is_null()) {
        out.memoryUtilisation = asDouble(memory, p + ".memory_utilisation");
    }
    out.requests = sizeAt(m, p, "requests");
    out.errors = sizeAt(m, p, "errors");
    out.dropped = sizeAt(m, p, "dropped");
    out.generatorSaturated = asBool(field(m, p, "generator_saturated"), p + ".generator_saturated");
    return out;
}

LoadErrorCounts readErrors(const json& e, const std::string& p) {
    LoadErrorCounts out;
    out.status = int64At(e, p, "status");
    out.timeout = int64At(e, p, "timeout");
    out.connection = int64At(e, p, "connection");
    out.other = int64At(e, p, "other");
    return out;
}

GeneratorHealth readGenerator(const json& g, const std::string& p) {
    GeneratorHealth out;
    out.saturation = keyAt(g, p, "saturation", kGeneratorSaturationKeys);
    out.cpuShare = doubleAt(g, p, "cpu_share");
    out.lateSends = int64At(g, p, "late_sends");
    out.worstSendLag = durationAt<std::chrono::microseconds>(g, p, "worst_send_lag_us");
    return out;
}

LoadSample readSample(const json& s, const std::string& p) {
    LoadSample out;
    out.at = durationAt<std::chrono::milliseconds>(s, p, "at_ms");
    out.completed = int64At(s, p, "completed");
    out.errors = int64At(s, p, "errors");
    out.dropped = int64At(s, p, "dropped");
    out.active = intAt(s, p, "active");
    out.throughputPerSecond = doubleAt(s, p, "throughput_per_s");
    out.p50 = durationAt<std::chrono::microseconds>(s, p, "p50_us");
    out.p95 = durationAt<std::chrono::microseconds>(s, p, "p95_us");
    out.p99 = durationAt<std::chrono::microseconds>(s, p, "p99_us");
    out.max = durationAt<std::chrono::microseconds>(s, p, "max_us");
    return out;
}

StrainRunResult readResult(const json& j) {
    const std::string root = "strain_run";
    StrainRunResult r;
    r.scenarioId = stringAt(j, root, "scenario_id");
    r.scenarioName = stringAt(j, root, "scenario_name");
    r.kind = keyAt(j, root, "kind", kStrainKindKeys);
    r.model = keyAt(j, root, "model", kLoadModelKeys);
    r.users = intAt(j, root, "users");
    r.arrivalRatePerSecond = doubleAt(j, root, "arrival_rate_per_s");
    r.plannedDuration = durationAt<std::chrono::seconds>(j, root, "planned_duration_s");
    r.method = stringAt(j, root, "method");
    const json& urls = asArray(field(j, root, "urls"), root + ".urls");
    for (std::size_t i = 0; i < urls.size(); ++i) {
        r.urls.push_back(asString(urls[i], indexPath(root + ".urls", i)));
    }
    r.httpVersion = stringAt(j, root, "http_version");
    r.startedAt = asTime(field(j, root, "started_at"), root + ".started_at");
    r.elapsed = durationAt<std::chrono::milliseconds>(j, root, "elapsed_ms");
    r.stop = keyAt(j, root, "stop", kLoadStopKeys);
    r.measurement = readMeasurement(field(j, root, "measurement"), root + ".measurement");
    r.completed = int64At(j, root, "completed");
    r.errors = readErrors(field(j, root, "errors"), root + ".errors");
    const json& statuses = asArray(field(j, root, "status_counts"), root + ".status_counts");
    for (std::size_t i = 0; i < statuses.size(); ++i) {
        const std::string p = indexPath(root + ".status_counts", i);
        r.statusCounts.push_back(
            {intAt(statuses[i], p, "status"), int64At(statuses[i], p, "count")});
    }
    r.bytesReceived = int64At(j, root, "bytes_received");
    r.bytesSent = int64At(j, root, "bytes_sent");
    r.generator = readGenerator(field(j, root, "generator"), root + ".generator");
    const json& timeline = asArray(field(j, root, "timeline"), root + ".timeline");
    for (std::size_t i = 0; i < timeline.size(); ++i) {
        r.timeline.push_back(readSample(timeline[i], indexPath(root + ".timeline", i)));
    }
    return r;
}

StrainCriteria readCriteria(const json& j) {
    const std::string root = "strain_criteria";
    StrainCriteria c;
    c.maxP95 = durationAt<std::chrono::milliseconds>(j, root, "max_p95_ms");
    c.maxErrorRate = doubleAt(j, root, "max_error_rate");
    c.minThroughputPerSecond = doubleAt(j, root, "min_throughput_per_s");
    c.maxMemory = doubleAt(j, root, "max_memory");
    return c;
}

// Readers throw inside; the boundary turns that into a Result.
template <class T, class Read>
Result<T> guarded(const json& j, const char* root, Read read) {
    try {
        return read(j);
    } catch (const JsonReadError& e) {
        return fail(ErrorCode::ParseError, e.what());
    } catch (const json::exception& e) {
        return fail(ErrorCode::ParseError, std::string(root) + ": " + e.what());
    }
}

// ---- writing ----

json measurementToJson(const StrainMeasurement& m) {
    return json{
        {"p50_us", m.p50.count()},
        {"p90_us", m.p90.count()},
        {"p95_us", m.p95.count()},
        {"p99_us", m.p99.count()},
        {"p999_us", m.p999.count()},
        {"max_us", m.max.count()},
        {"throughput_per_s", number(m.throughputPerSecond)},
        {"error_rate", number(m.errorRate)},
        {"memory_utilisation", m.memoryUtilisation ? number(*m.memoryUtilisation) : json(nullptr)},
        {"requests", static_cast<std::int64_t>(m.requests)},
        {"errors", static_cast<std::int64_t>(m.errors)},
        {"dropped", static_cast<std::int64_t>(m.dropped)},
        {"generator_saturated", m.generatorSaturated}};
}

json sampleToJson(const LoadSample& s) {
    return json{{"at_ms", s.at.count()},   {"completed", s.completed},
                {"errors", s.errors},      {"dropped", s.dropped},
                {"active", s.active},      {"throughput_per_s", number(s.throughputPerSecond)},
                {"p50_us", s.p50.count()}, {"p95_us", s.p95.count()},
                {"p99_us", s.p99.count()}, {"max_us", s.max.count()}};
}

} // namespace

json toJson(const StrainRunResult& r) {
    json statuses = json::array();
    for (const StatusCount& s : r.statusCounts) {
        statuses.push_back(json{{"status", s.status}, {"count", s.count}});
    }
    json timeline = json::array();
    for (const LoadSample& s : r.timeline) {
        timeline.push_back(sampleToJson(s));
    }
    return json{{"scenario_id", r.scenarioId},
                {"scenario_name", r.scenarioName},
                {"kind", std::string(keyOf(r.kind))},
                {"model", std::string(keyOf(r.model))},
                {"users", r.users},
                {"arrival_rate_per_s", number(r.arrivalRatePerSecond)},
                {"planned_duration_s", r.plannedDuration.count()},
                {"method", r.method},
                {"urls", r.urls},
                {"http_version", r.httpVersion},
                {"started_at", formatIso(r.startedAt)},
                {"elapsed_ms", r.elapsed.count()},
                {"stop", std::string(keyOf(r.stop))},
                {"measurement", measurementToJson(r.measurement)},
                {"completed", r.completed},
                {"errors", json{{"status", r.errors.status},
                                {"timeout", r.errors.timeout},
                                {"connection", r.errors.connection},
                                {"other", r.errors.other}}},
                {"status_counts", statuses},
                {"bytes_received", r.bytesReceived},
                {"bytes_sent", r.bytesSent},
                {"generator", json{{"saturation", std::string(keyOf(r.generator.saturation))},
                                   {"cpu_share", number(r.generator.cpuShare)},
                                   {"late_sends", r.generator.lateSends},
                                   {"worst_send_lag_us", r.generator.worstSendLag.count()}}},
                {"timeline", timeline}};
}

Result<StrainRunResult> strainRunResultFromJson(const json& j) {
    return guarded<StrainRunResult>(j, "strain_run", readResult);
}

json toJson(const StrainCriteria& c) {
    return json{{"max_p95_ms", c.maxP95.count()},
                {"max_error_rate", number(c.maxErrorRate)},
                {"min_throughput_per_s", number(c.minThroughputPerSecond)},
                {"max_memory", number(c.maxMemory)}};
}

Result<StrainCriteria> strainCriteriaFromJson(const json& j) {
    return guarded<StrainCriteria>(j, "strain_criteria", readCriteria);
}

} // namespace headroom
