#include "sources/MetricsFile.h"

#include "model/Text.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace headroom {
namespace {

std::string_view typeName(const nlohmann::json& value) {
    return value.type_name(); // "string", "boolean", "array", "object", "number", "null"
}

Result<Snapshot> parse(std::string_view text, std::string_view errorName, std::string_view source,
                       Timestamp now) {
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error& e) {
        return fail(ErrorCode::ParseError, cat(errorName, ": malformed JSON at byte ", e.byte));
    } catch (const std::exception& e) {
        return fail(ErrorCode::ParseError, cat(errorName, ": malformed JSON: ", e.what()));
    }
    if (!root.is_object()) {
        return fail(ErrorCode::ParseError, cat(errorName, ": the top level is a ", typeName(root),
                                               ", expected an object of metric values"));
    }

    Timestamp takenAt = now;
    if (auto it = root.find("taken_at"); it != root.end() && !it->is_null()) {
        const auto parsed = it->is_string() ? parseIso(it->get<std::string>()) : std::nullopt;
        if (!parsed) {
            return fail(ErrorCode::ValidationError,
                        cat(errorName,
                            ": key 'taken_at': expected an ISO 8601 UTC time such as "
                            "\"2026-11-25T07:00:00Z\", got ",
                            it->dump()));
        }
        takenAt = *parsed;
    }

    Snapshot snapshot(takenAt);
    const std::string sourceId(source);
    for (const auto& [key, value] : root.items()) {
        if (key == "taken_at") {
            continue;
        }
        if (key == "ai_usage") {
            if (value.is_null()) {
                continue;
            }
            if (!value.is_object()) {
                return fail(ErrorCode::ValidationError,
                            cat(errorName,
                                ": key 'ai_usage': expected an object of provider -> "
                                "units, got a ",
                                typeName(value)));
            }
            for (const auto& [provider, used] : value.items()) {
                if (used.is_null()) {
                    continue;
                }
                if (!used.is_number()) {
                    return fail(ErrorCode::ValidationError,
                                cat(errorName, ": key 'ai_usage.", provider,
                                    "': expected a number, got a ", typeName(used)));
                }
                auto ok = snapshot.setAiUsage(
                    ProviderUsage{provider, used.get<double>(), takenAt, sourceId});
                if (!ok) {
                    return fail(
                        ErrorCode::ValidationError,
                        cat(errorName, ": key 'ai_usage.", provider, "': ", ok.error().message));
                }
            }
            continue;
        }
        const auto metric = metricFromKey(key);
        if (!metric) {
            return fail(ErrorCode::ValidationError,
                        cat(errorName, ": key '", key, "' is not a known metric"));
        }
        if (value.is_null()) {
            continue; // explicitly not measured
        }
        if (!value.is_number()) {
            return fail(
                ErrorCode::ValidationError,
                cat(errorName, ": key '", key, "': expected a number, got a ", typeName(value)));
        }
        auto ok = snapshot.set(*metric, MetricSample{value.get<double>(), takenAt, sourceId});
        if (!ok) {
            return fail(ErrorCode::ValidationError,
                        cat(errorName, ": key '", key, "': ", ok.error().message));
        }
    }
    return snapshot;
}

} // namespace

Result<Snapshot> parseMetricsJson(std::string_view text, std::string_view sourceName,
                                  Timestamp now) {
    return parse(text, sourceName, sourceName, now);
}

Result<Snapshot> readMetricsFile(const std::filesystem::path& path, Timestamp now) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return fail(ErrorCode::NotFound, cat(path.string(), ": cannot be read"));
    }
    std::ostringstream text;
    text << in.rdbuf();
    const std::string content = text.str();
    return parse(content, path.string(), cat("file:", path.filename().string()), now);
}

} // namespace headroom
