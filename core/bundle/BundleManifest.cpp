#include "bundle/BundleManifest.h"

#include "model/JsonRead.h"
#include "model/Text.h"

#include <nlohmann/json.hpp>

namespace headroom {

using nlohmann::json;
using namespace jsonread;

namespace {

std::int64_t asCount(const json& value, const std::string& path) {
    if (!value.is_number_integer() || value.get<std::int64_t>() < 0) {
        failAt(path, "expected a whole number of at least 0");
    }
    return value.get<std::int64_t>();
}

std::string asHash(const json& value, const std::string& path) {
    std::string text = asString(value, path);
    const bool hex = std::ranges::all_of(
        text, [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
    if (!(text.empty() || (text.size() == 64 && hex))) {
        failAt(path, "expected 64 lowercase hex digits");
    }
    return text;
}

json chainToJson(const BundleChainHead& c) {
    return json{{"count", c.count}, {"head", c.head}};
}

BundleChainHead chainFrom(const json& j, const std::string& path) {
    return {asCount(field(j, path, "count"), path + ".count"),
            asHash(field(j, path, "head"), path + ".head")};
}

} // namespace

std::string bundleManifestToJson(const BundleManifest& m) {
    json stretches = json::array();
    for (const auto& s : m.stretches) {
        stretches.push_back({{"from", formatIso(s.from)},
                             {"to", formatIso(s.to)},
                             {"resolution_seconds", s.resolution.count()},
                             {"kind", s.rolledUp ? "rollup" : "raw"}});
    }
    const auto& c = m.counts;
    json out{
        {"format", kBundleFormatName},
        {"format_version", m.formatVersion},
        {"created_at", formatIso(m.createdAt)},
        {"created_by", m.createdBy},
        {"schema_version", m.schemaVersion},
        {"workspace",
         {{"name", m.workspaceName}, {"title", m.workspaceTitle}, {"kind", m.workspaceKind}}},
        {"range", {{"from", formatIso(m.from)}, {"to", formatIso(m.to)}}},
        {"counts",
         {{"snapshots", c.snapshots},
          {"recommendations", c.recommendations},
          {"decisions", c.decisions},
          {"events", c.events},
          {"health_snapshots", c.healthSnapshots},
          {"usage_rows", c.usageRows},
          {"service_cost_rows", c.serviceCostRows}}},
        {"stretches", std::move(stretches)},
        {"history", {{"events", chainToJson(m.events)}, {"decisions", chainToJson(m.decisions)}}},
        {"catalog", json::parse(m.catalogJson.empty() ? "{}" : m.catalogJson, nullptr, false)},
    };
    return out.dump(2, ' ', false, json::error_handler_t::replace);
}

Result<BundleManifest> bundleManifestFromJson(std::string_view text) {
    const json j = json::parse(text, nullptr, false);
    if (j.is_discarded()) {
        return std::unexpected(Error{ErrorCode::ParseError, "manifest: not valid JSON"});
    }
    try {
        const std::string root = "manifest";
        if (asString(field(j, root, "format"), root + ".format") != kBundleFormatName) {
            failAt(root + ".format", cat("expected '", kBundleFormatName, "'"));
        }
        BundleManifest m;
        m.formatVersion = asInt(field(j, root, "format_version"), root + ".format_version");
        if (m.formatVersion > kBundleManifestVersion) {
            return std::unexpected(
                Error{ErrorCode::ParseError,
                      cat("written by a newer Headroom: manifest version ", m.formatVersion,
                          ", this build reads ", kBundleManifestVersion)});
        }
        if (m.formatVersion < 1) {
            failAt(root + ".format_version", "expected 1 or more");
        }
        m.createdAt = asTime(field(j, root, "created_at"), root + ".created_at");
        m.createdBy = asString(field(j, root, "created_by"), root + ".created_by");
        m.schemaVersion = asInt(field(j, root, "schema_version"), root + ".schema_version");
        if (m.schemaVersion < 1) {
            failAt(root + ".schema_version", "expected 1 or more");
        }
        const std::string wsPath = root + ".workspace";
        const json& ws = field(j, root, "workspace");
        m.workspaceName = asString(field(ws, wsPath, "name"), wsPath + ".name");
        m.workspaceTitle = asString(field(ws, wsPath, "title"), wsPath + ".title");
        m.workspaceKind = asString(field(ws, wsPath, "kind"), wsPath + ".kind");
        if (m.workspaceName.empty()) {
            failAt(wsPath + ".name", "must not be empty");
        }
        if (m.workspaceKind != "live" && m.workspaceKind != "demo") {
            failAt(wsPath + ".kind", "expected 'live' or 'demo'");
        }
        const std::string rangePath = root + ".range";
        const json& range = field(j, root, "range");
        m.from = asTime(field(range, rangePath, "from"), rangePath + ".from");
        m.to = asTime(field(range, rangePath, "to"), rangePath + ".to");
        if (m.to < m.from) {
            failAt(rangePath, "'to' is before 'from'");
        }
        const std::string countsPath = root + ".counts";
        const json& c = field(j, root, "counts");
        const auto count = [&](const char* key) {
            return asCount(field(c, countsPath, key), countsPath + "." + key);
        };
        m.counts = {count("snapshots"),        count("recommendations"),  count("decisions"),
                    count("events"),           count("health_snapshots"), count("usage_rows"),
                    count("service_cost_rows")};
        const std::string stretchesPath = root + ".stretches";
        const json& stretches = asArray(field(j, root, "stretches"), stretchesPath);
        for (std::size_t i = 0; i < stretches.size(); ++i) {
            const std::string at = indexPath(stretchesPath, i);
            const json& s = stretches[i];
            BundleStretch stretch;
            stretch.from = asTime(field(s, at, "from"), at + ".from");
            stretch.to = asTime(field(s, at, "to"), at + ".to");
            stretch.resolution = std::chrono::seconds(
                asCount(field(s, at, "resolution_seconds"), at + ".resolution_seconds"));
            const std::string kind = asString(field(s, at, "kind"), at + ".kind");
            if (kind != "raw" && kind != "rollup") {
                failAt(at + ".kind", "expected 'raw' or 'rollup'");
            }
            stretch.rolledUp = kind == "rollup";
            if (stretch.to < stretch.from) {
                failAt(at, "'to' is before 'from'");
            }
            m.stretches.push_back(stretch);
        }
        const std::string historyPath = root + ".history";
        const json& history = field(j, root, "history");
        m.events = chainFrom(field(history, historyPath, "events"), historyPath + ".events");
        m.decisions =
            chainFrom(field(history, historyPath, "decisions"), historyPath + ".decisions");
        const json& catalog = field(j, root, "catalog");
        if (!catalog.is_object()) {
            failAt(root + ".catalog", "expected an object");
        }
        m.catalogJson = catalog.dump();
        return m;
    } catch (const JsonReadError& e) {
        return std::unexpected(Error{ErrorCode::ParseError, e.what()});
    }
}

} // namespace headroom
