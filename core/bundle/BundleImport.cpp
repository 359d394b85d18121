#include "bundle/BundleImport.h"

#include "bundle/PayloadChecks.h"
#include "bundle/Sha256Stream.h"
#include "model/Text.h"
#include "store/Schema.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace headroom {

namespace {

constexpr std::size_t kChunk = 1u << 20;

Error parseError(const std::filesystem::path& file, std::string_view message) {
    return Error{ErrorCode::ParseError, cat(file.string(), ": ", message)};
}

Error ioError(const std::filesystem::path& path, std::string_view what) {
    return Error{ErrorCode::IoError, cat(path.string(), ": ", what, ": ", std::strerror(errno))};
}

class ReadOnlyFile {
public:
    ~ReadOnlyFile() {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    // NotFound when missing; ParseError for a directory or anything but a regular file.
    Result<std::uint64_t> open(const std::filesystem::path& file) {
        m_fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
        if (m_fd < 0) {
            if (errno == ENOENT) {
                return fail(ErrorCode::NotFound, cat(file.string(), ": no such bundle file"));
            }
            return std::unexpected(ioError(file, "cannot open the bundle"));
        }
        struct stat st {};
        if (::fstat(m_fd, &st) != 0) {
            return std::unexpected(ioError(file, "cannot read the bundle"));
        }
        if (S_ISDIR(st.st_mode)) {
            return std::unexpected(parseError(file, "not a Headroom bundle: it is a directory"));
        }
        if (!S_ISREG(st.st_mode)) {
            return std::unexpected(parseError(file, "not a Headroom bundle: not a regular file"));
        }
        return static_cast<std::uint64_t>(st.st_size);
    }
    // Reads exactly size bytes unless the file ends first; returns how many were read.
    Result<std::size_t> read(void* data, std::size_t size, const std::filesystem::path& file) {
        auto* out = static_cast<char*>(data);
        std::size_t got = 0;
        while (got < size) {
            const ssize_t n = ::read(m_fd, out + got, size - got);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n < 0) {
                return std::unexpected(ioError(file, "cannot read the bundle"));
            }
            if (n == 0) {
                break;
            }
            got += static_cast<std::size_t>(n);
        }
        return got;
    }

private:
    int m_fd = -1;
};

struct Opened {
    ReadOnlyFile file;
    std::uint64_t size = 0;
    BundleHeader header;
    std::array<std::byte, kBundleHeaderSize> headerBytes{};
    std::string manifestText;
};

Result<void> openHeader(const std::filesystem::path& path, Opened& opened) {
    auto size = opened.file.open(path);
    if (!size) {
        return std::unexpected(size.error());
    }
    opened.size = *size;
    auto got = opened.file.read(opened.headerBytes.data(), opened.headerBytes.size(), path);
    if (!got) {
        return std::unexpected(got.error());
    }
    auto header = decodeBundleHeader(std::span<const std::byte>(opened.headerBytes.data(), *got),
                                     opened.size);
    if (!header) {
        return std::unexpected(parseError(path, header.error().message));
    }
    opened.header = *header;
    // Bounded by the header's check (at most 1 MiB).
    opened.manifestText.resize(header->manifestBytes);
    auto manifest = opened.file.read(opened.manifestText.data(), opened.manifestText.size(), path);
    if (!manifest) {
        return std::unexpected(manifest.error());
    }
    if (*manifest != header->manifestBytes) {
        return std::unexpected(parseError(path, "truncated bundle: the file shrank while read"));
    }
    return {};
}

Result<BundleManifest> parseManifest(const std::filesystem::path& path, std::string_view text) {
    auto manifest = bundleManifestFromJson(text);
    if (!manifest) {
        return std::unexpected(parseError(path, manifest.error().message));
    }
    if (manifest->schemaVersion > store::kLatestSchemaVersion) {
        return std::unexpected(
            parseError(path, cat("written by a newer Headroom: its payload has schema version ",
                                 manifest->schemaVersion, ", this build reads up to ",
                                 store::kLatestSchemaVersion)));
    }
    if (manifest->schemaVersion < 1) {
        return std::unexpected(
            parseError(path, cat("not a valid bundle: schema version ", manifest->schemaVersion)));
    }
    return manifest;
}

std::string randomName() {
    std::random_device device;
    std::uniform_int_distribution<unsigned> hex(0, 15);
    std::string name;
    for (int i = 0; i < 16; ++i) {
        name.push_back("0123456789abcdef"[hex(device)]);
    }
    return name + ".partial";
}

// The staged copy: removed with its journal unless renamed into place; .staging is removed
// when that leaves it empty.
class StagingFile {
public:
    StagingFile(std::filesystem::path dir, std::filesystem::path path)
        : m_dir(std::move(dir))
        , m_path(std::move(path)) {}
    ~StagingFile() {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
        std::error_code ec;
        if (!m_kept) {
            std::filesystem::remove(m_path, ec);
        }
        for (const char* suffix : {"-journal", "-wal", "-shm"}) {
            std::filesystem::remove(m_path.string() + suffix, ec);
        }
        std::filesystem::remove(m_dir, ec); // only if empty
    }
    StagingFile(const StagingFile&) = delete;
    StagingFile& operator=(const StagingFile&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    Result<void> create() {
        m_fd = ::open(m_path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (m_fd < 0) {
            return std::unexpected(ioError(m_path, "cannot create the staging copy"));
        }
        return {};
    }
    Result<void> write(const std::byte* data, std::size_t size) {
        while (size > 0) {
            const ssize_t n = ::write(m_fd, data, size);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n < 0) {
                return std::unexpected(ioError(m_path, "cannot write the staging copy"));
            }
            data += n;
            size -= static_cast<std::size_t>(n);
        }
        return {};
    }
    Result<void> close() {
        const int fd = m_fd;
        m_fd = -1;
        if (::close(fd) != 0) {
            return std::unexpected(ioError(m_path, "cannot write the staging copy"));
        }
        return {};
    }
    Result<void> syncAndRename(const std::filesystem::path& target) {
        const int fd = ::open(m_path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0 || ::fsync(fd) != 0) {
            if (fd >= 0) {
                ::close(fd);
            }
            return std::unexpected(ioError(m_path, "cannot flush the staged bundle"));
        }
        ::close(fd);
        if (::rename(m_path.c_str(), target.c_str()) != 0) {
            return std::unexpected(ioError(target, "cannot move the staged bundle into place"));
        }
        m_kept = true;
        const int dfd = ::open(target.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dfd >= 0) {
            (void)::fsync(dfd);
            ::close(dfd);
        }
        return {};
    }

private:
    std::filesystem::path m_dir;
    std::filesystem::path m_path;
    int m_fd = -1;
    bool m_kept = false;
};

} // namespace

Result<BundleCheck> checkBundle(const std::filesystem::path& file) {
    Opened opened;
    if (auto ok = openHeader(file, opened); !ok) {
        return std::unexpected(ok.error());
    }
    auto manifest = parseManifest(file, opened.manifestText);
    if (!manifest) {
        return std::unexpected(manifest.error());
    }
    return BundleCheck{opened.header, std::move(*manifest), opened.size};
}

Result<StagedBundle> stageBundle(const std::filesystem::path& file,
                                 const std::filesystem::path& bundleDir,
                                 const JobControl& control) {
    Opened opened;
    if (auto ok = openHeader(file, opened); !ok) {
        return std::unexpected(ok.error());
    }
    const std::filesystem::path stagingDir = bundleDir / kBundleStagingDir;
    std::error_code ec;
    std::filesystem::create_directories(stagingDir, ec);
    if (ec) {
        return fail(ErrorCode::IoError,
                    cat(stagingDir.string(), ": cannot create the staging folder: ", ec.message()));
    }
    StagingFile staged(stagingDir, stagingDir / randomName());
    const auto space = std::filesystem::space(stagingDir, ec);
    const std::uint64_t payloadBytes = opened.header.payloadBytes;
    if (!ec && space.available < payloadBytes + payloadBytes / 10) {
        return fail(ErrorCode::IoError,
                    cat(stagingDir.string(), ": not enough free space to open the bundle (",
                        space.available, " bytes free, ", payloadBytes + payloadBytes / 10,
                        " needed)"));
    }
    if (auto ok = staged.create(); !ok) {
        return std::unexpected(ok.error());
    }

    Sha256Stream hash;
    hash.update(std::span<const std::byte>(opened.headerBytes.data(), kBundleHashOffset));
    hash.update(opened.manifestText);
    std::vector<std::byte> buffer(kChunk);
    std::uint64_t copied = 0;
    while (copied < payloadBytes) {
        if (control.stop.stop_requested()) {
            return fail(ErrorCode::Cancelled, "bundle import cancelled");
        }
        const auto want =
            static_cast<std::size_t>(std::min<std::uint64_t>(kChunk, payloadBytes - copied));
        auto got = opened.file.read(buffer.data(), want, file);
        if (!got) {
            return std::unexpected(got.error());
        }
        if (*got != want) {
            return std::unexpected(
                parseError(file, "truncated bundle: the file shrank while read"));
        }
        hash.update(std::span<const std::byte>(buffer.data(), want));
        if (auto ok = staged.write(buffer.data(), want); !ok) {
            return std::unexpected(ok.error());
        }
        copied += want;
        if (control.progress) {
            control.progress(JobProgress{"reading", copied, payloadBytes});
        }
    }
    if (auto ok = staged.close(); !ok) {
        return std::unexpected(ok.error());
    }
    auto digest = hash.finish();
    if (!digest) {
        return std::unexpected(digest.error());
    }
    if (*digest != opened.header.sha256) {
        return std::unexpected(
            parseError(file, cat("checksum mismatch: the bundle is damaged (stored ",
                                 toHex(opened.header.sha256), ", computed ", toHex(*digest), ")")));
    }
    auto manifest = parseManifest(file, opened.manifestText);
    if (!manifest) {
        return std::unexpected(manifest.error());
    }
    auto facts = checkStagedPayload(staged.path(), *manifest, control);
    if (!facts) {
        Error error = facts.error();
        if (error.code != ErrorCode::Cancelled) {
            error.message = cat(file.string(), ": ", error.message);
        }
        return std::unexpected(error);
    }
    // Cancel is honoured up to the rename, not after.
    if (control.stop.stop_requested()) {
        return fail(ErrorCode::Cancelled, "bundle import cancelled");
    }
    const std::string sha = toHex(*digest);
    const std::filesystem::path target = bundleDir / cat(sha.substr(0, 16), ".db");
    if (auto ok = staged.syncAndRename(target); !ok) {
        return std::unexpected(ok.error());
    }
    StagedBundle result;
    result.file = target;
    result.sha256 = sha;
    result.bytes = opened.size;
    result.manifest = std::move(*manifest);
    result.payloadSchemaVersion = facts->schemaVersion;
    result.migrated = facts->migrated;
    result.workspaceId = facts->workspaceId;
    return result;
}

Result<std::size_t> removeStalePartials(const std::filesystem::path& bundleDir) {
    const std::filesystem::path stagingDir = bundleDir / kBundleStagingDir;
    std::error_code ec;
    if (!std::filesystem::is_directory(stagingDir, ec)) {
        return std::size_t{0};
    }
    std::size_t removed = 0;
    for (const auto& entry : std::filesystem::directory_iterator(stagingDir, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.ends_with(".partial") || name.ends_with(".partial-journal") ||
            name.ends_with(".partial-wal") || name.ends_with(".partial-shm")) {
            std::error_code removeError;
            if (std::filesystem::remove(entry.path(), removeError)) {
                ++removed;
            } else if (removeError) {
                return fail(ErrorCode::IoError,
                            cat(entry.path().string(), ": cannot remove: ", removeError.message()));
            }
        }
    }
    if (ec) {
        return fail(ErrorCode::IoError, cat(stagingDir.string(), ": ", ec.message()));
    }
    std::filesystem::remove(stagingDir, ec); // only if empty
    return removed;
}

} // namespace headroom
