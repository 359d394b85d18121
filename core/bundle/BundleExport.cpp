#include "bundle/BundleExport.h"

#include "bundle/BundleWriter.h"
#include "bundle/PayloadBuilder.h"
#include "bundle/SecretScan.h"
#include "catalog/CatalogLoader.h"
#include "model/Text.h"
#include "store/Database.h"

#include <chrono>

#include <nlohmann/json.hpp>

namespace headroom {

namespace {

// Removes the payload under construction (and its rollback journal) whatever happens.
class ScratchFiles {
public:
    explicit ScratchFiles(std::filesystem::path payload)
        : m_payload(std::move(payload)) {
        clear();
    }
    ~ScratchFiles() { clear(); }
    ScratchFiles(const ScratchFiles&) = delete;
    ScratchFiles& operator=(const ScratchFiles&) = delete;
    const std::filesystem::path& payload() const { return m_payload; }

private:
    void clear() {
        std::error_code ec;
        std::filesystem::remove(m_payload, ec);
        std::filesystem::remove(m_payload.string() + "-journal", ec);
    }
    std::filesystem::path m_payload;
};

} // namespace

Result<BundleExportResult> exportBundle(const std::string& dbPath,
                                        const BundleExportRequest& request,
                                        const Catalog& catalogInForce, const JobControl& control) {
    if (request.out.empty()) {
        return fail(ErrorCode::InvalidArgument, "no bundle file to write (--out)");
    }
    if (request.range.from && request.range.to && *request.range.from > *request.range.to) {
        return fail(ErrorCode::InvalidArgument,
                    cat("the range starts (", formatIso(*request.range.from), ") after it ends (",
                        formatIso(*request.range.to), ")"));
    }
    const auto dir =
        request.out.has_parent_path() ? request.out.parent_path() : std::filesystem::path(".");
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        return fail(ErrorCode::IoError,
                    cat(request.out.string(), ": the directory ", dir.string(), " does not exist"));
    }
    ScratchFiles scratch(std::filesystem::path(request.out.string() + ".payload.partial"));
    BundleManifest manifest;
    {
        auto db = sql::Database::open(scratch.payload().string(), sql::Database::Create::IfMissing);
        if (!db) {
            return fail(ErrorCode::IoError, db.error().message);
        }
        auto summary =
            buildPayload(*db, PayloadRequest{dbPath, request.workspace, request.range}, control);
        if (!summary) {
            return std::unexpected(summary.error());
        }
        if (auto ok = scanPayloadForSecrets(*db, control); !ok) {
            return std::unexpected(ok.error());
        }
        if (control.stop.stop_requested()) {
            return fail(ErrorCode::Cancelled, "bundle export cancelled");
        }
        if (control.progress) {
            control.progress(JobProgress{"compacting", 0, 1});
        }
        if (auto ok = db->exec("VACUUM", "compacting the bundle payload"); !ok) {
            return std::unexpected(ok.error());
        }
        manifest.createdAt = request.now.value_or(
            std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
        manifest.createdBy = cat("Headroom ", HEADROOM_VERSION);
        manifest.schemaVersion = summary->schemaVersion;
        manifest.workspaceName = summary->workspace.name;
        manifest.workspaceTitle = summary->workspace.title;
        manifest.workspaceKind = std::string(keyOf(summary->workspace.kind));
        manifest.from = summary->from;
        manifest.to = summary->to;
        manifest.counts = summary->counts;
        manifest.stretches = summary->stretches;
        manifest.events = summary->events;
        manifest.decisions = summary->decisions;
        // Compact, as the manifest reader gives it back, so the staged manifest equals this one.
        manifest.catalogJson = nlohmann::json::parse(catalogToJson(catalogInForce)).dump();
    }
    if (auto findings = scanTextForSecrets(manifest.catalogJson); !findings.empty()) {
        return fail(ErrorCode::ValidationError,
                    cat("secret in the catalog in force (", findings.front().where, ": ",
                        findings.front().what,
                        "); secrets never go into a bundle, so it was not written"));
    }
    auto written = writeBundleFile(scratch.payload(), manifest, request.out, control);
    if (!written) {
        return std::unexpected(written.error());
    }
    return BundleExportResult{request.out, written->sha256, written->bytes, std::move(manifest)};
}

} // namespace headroom
