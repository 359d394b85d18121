#include "SnapshotJson.h"

#include "JsonRead.h"

#include <nlohmann/json.hpp>

namespace headroom {

using namespace jsonread;

nlohmann::json snapshotToJson(const Snapshot& snapshot) {
    nlohmann::json metrics = nlohmann::json::object();
    for (const MetricInfo& info : allMetrics()) {
        const auto& sample = snapshot.get(info.id);
        if (!sample) {
            continue;
        }
        metrics[std::string(info.key)] = {
            {"value", sample->value},
            {"observed_at", formatIso(sample->observedAt)},
            {"source", sample->source},
        };
    }
    nlohmann::json ai = nlohmann::json::array();
    for (const ProviderUsage& usage : snapshot.aiUsage()) {
        ai.push_back({
            {"provider", usage.providerId},
            {"used", usage.used},
            {"observed_at", formatIso(usage.observedAt)},
            {"source", usage.source},
        });
    }
    return {{"taken_at", formatIso(snapshot.takenAt())}, {"metrics", metrics}, {"ai_usage", ai}};
}

Result<Snapshot> snapshotFromJson(const nlohmann::json& json) {
    try {
        Snapshot snapshot(asTime(field(json, "snapshot", "taken_at"), "snapshot.taken_at"));
        if (const auto* metrics = optionalField(json, "snapshot", "metrics")) {
            if (!metrics->is_object()) {
                failAt("snapshot.metrics", "expected an object");
            }
            for (const auto& [key, entry] : metrics->items()) {
                const std::string path = "snapshot.metrics." + key;
                auto id = metricFromKey(key);
                if (!id) {
                    failAt(path, "unknown metric");
                }
                MetricSample sample{
                    asDouble(field(entry, path, "value"), path + ".value"),
                    asTime(field(entry, path, "observed_at"), path + ".observed_at"),
                    asString(field(entry, path, "source"), path + ".source"),
                };
                if (auto ok = snapshot.set(*id, std::move(sample)); !ok) {
                    failAt(path, ok.error().message);
                }
            }
        }
        if (const auto* ai = optionalField(json, "snapshot", "ai_usage")) {
            asArray(*ai, "snapshot.ai_usage");
            for (std::size_t i = 0; i < ai->size(); ++i) {
                const std::string path = indexPath("snapshot.ai_usage", i);
                const auto& entry = (*ai)[i];
                ProviderUsage usage{
                    asString(field(entry, path, "provider"), path + ".provider"),
                    asDouble(field(entry, path, "used"), path + ".used"),
                    asTime(field(entry, path, "observed_at"), path + ".observed_at"),
                    asString(field(entry, path, "source"), path + ".source"),
                };
                if (auto ok = snapshot.setAiUsage(std::move(usage)); !ok) {
                    failAt(path, ok.error().message);
                }
            }
        }
        return snapshot;
    } catch (const JsonReadError& e) {
        return fail(ErrorCode::ParseError, e.what());
    } catch (const nlohmann::json::exception& e) {
        return fail(ErrorCode::ParseError, std::string("snapshot: ") + e.what());
    }
}

std::string snapshotToJsonText(const Snapshot& snapshot) {
    return snapshotToJson(snapshot).dump();
}

Result<Snapshot> snapshotFromJsonText(std::string_view text) {
    auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded()) {
        return fail(ErrorCode::ParseError, "snapshot: the text is not valid JSON");
    }
    return snapshotFromJson(json);
}

} // namespace headroom
