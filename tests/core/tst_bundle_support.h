#pragma once
// Shared by the tst_bundle_* tests: a demo database on disk (populated once per test class at a
// fixed moment), file hashing and listing, and comparable text forms of the stored records (the
// records have no operator== of their own).

#include "bundle/Sha256Stream.h"
#include "catalog/CatalogLoader.h"
#include "demo/DemoGenerator.h"
#include "model/EvaluationJson.h"
#include "model/JobProgress.h"
#include "model/ScalingConfigJson.h"
#include "model/SnapshotJson.h"
#include "model/Text.h"
#include "store/Store.h"

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <QtGlobal>

#include <nlohmann/json.hpp>

namespace headroom::test {

inline const Timestamp kDemoNow =
    std::chrono::sys_days{std::chrono::year{2026} / 11 / 25} + std::chrono::hours{7};

// Writes the demo workspace (90 days, hourly) into a new database file at `path`.
inline bool writeDemoDatabase(const std::string& path) {
    auto catalog = loadDefaultCatalog();
    if (!catalog) {
        qWarning("%s", catalog.error().message.c_str());
        return false;
    }
    auto store = Store::open(path);
    if (!store) {
        qWarning("%s", store.error().message.c_str());
        return false;
    }
    auto ok = populateDemoWorkspace(**store, *catalog, kDemoNow);
    if (!ok) {
        qWarning("%s", ok.error().message.c_str());
        return false;
    }
    return true;
}

inline std::string readFile(const std::filesystem::path& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        return {};
    }
    std::string bytes(size, '\0');
    std::ifstream in(path, std::ios::binary);
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    return bytes;
}

inline void writeFile(const std::filesystem::path& path, std::string_view bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

inline std::string fileSha256(const std::filesystem::path& path) {
    Sha256Stream hash;
    hash.update(readFile(path));
    auto digest = hash.finish();
    return digest ? toHex(*digest) : std::string("?");
}

// Every file and folder under dir, relative, sorted; empty when dir does not exist.
inline std::vector<std::string> listTree(const std::filesystem::path& dir) {
    std::vector<std::string> out;
    std::error_code ec;
    if (!std::filesystem::exists(dir, ec)) {
        return out;
    }
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir, ec)) {
        out.push_back(std::filesystem::relative(entry.path(), dir).string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

inline std::string textOf(const StoredRecommendation& r) {
    return cat(r.id, "|", r.workspaceId, "|", r.type, "|", keyOf(r.state), "|", keyOf(r.severity),
               "|", evidenceToJson(r.evidence).dump(), "|", r.firstSeen.time_since_epoch().count(),
               "|", r.lastSeen.time_since_epoch().count(), "|",
               r.revisitAt ? r.revisitAt->time_since_epoch().count() : -1);
}

inline std::string textOf(const Event& e) {
    return cat(e.id, "|", e.workspaceId, "|", e.at.time_since_epoch().count(), "|", keyOf(e.kind),
               "|", e.subject, "|", e.detailJson);
}

inline std::string textOf(const Decision& d) {
    return cat(d.id, "|", d.workspaceId, "|", d.recommendationId, "|", d.recommendationType, "|",
               keyOf(d.verdict), "|", d.reason, "|", d.actor, "|",
               d.decidedAt.time_since_epoch().count(), "|",
               d.revisitAt ? d.revisitAt->time_since_epoch().count() : -1);
}

inline std::string textOf(const StoredSnapshot& s) {
    return cat(s.id, "|", snapshotToJsonText(s.snapshot), "|", evaluationToJsonText(s.evaluation));
}

inline std::string textOf(const HealthSnapshotRecord& h) {
    return healthSnapshotToJson(h).dump();
}

template <class T>
std::vector<std::string> textsOf(const std::vector<T>& rows) {
    std::vector<std::string> out;
    out.reserve(rows.size());
    for (const auto& row : rows) {
        out.push_back(textOf(row));
    }
    return out;
}

inline HistoryFilter everything() {
    HistoryFilter f;
    f.limit = 10'000'000;
    return f;
}

// Oldest first, by id (the history queries answer newest first).
template <class T>
std::vector<T> byId(std::vector<T> rows) {
    std::sort(rows.begin(), rows.end(), [](const T& a, const T& b) { return a.id < b.id; });
    return rows;
}

inline JobControl noControl() {
    return JobControl{};
}

} // namespace headroom::test
