#include "bundle/BundleWriter.h"

#include "bundle/BundleFormat.h"
#include "bundle/Sha256Stream.h"
#include "model/Text.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <vector>

namespace headroom {

namespace {

constexpr std::size_t kChunk = 1u << 20;

Error ioError(const std::filesystem::path& path, std::string_view what) {
    return Error{ErrorCode::IoError, cat(path.string(), ": ", what, ": ", std::strerror(errno))};
}

// Closes the descriptor and removes the file unless released.
class PartialFile {
public:
    explicit PartialFile(std::filesystem::path path)
        : m_path(std::move(path)) {}
    ~PartialFile() {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
        if (!m_kept) {
            std::error_code ec;
            std::filesystem::remove(m_path, ec);
        }
    }
    PartialFile(const PartialFile&) = delete;
    PartialFile& operator=(const PartialFile&) = delete;

    Result<void> create() {
        m_fd = ::open(m_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (m_fd < 0) {
            return std::unexpected(ioError(m_path, "cannot create"));
        }
        return {};
    }
    Result<void> write(const void* data, std::size_t size) {
        const auto* bytes = static_cast<const char*>(data);
        while (size > 0) {
            const ssize_t n = ::write(m_fd, bytes, size);
            if (n < 0) {
                if (errno == EINTR) {
                    continue;
                }
                return std::unexpected(ioError(m_path, "cannot write"));
            }
            bytes += n;
            size -= static_cast<std::size_t>(n);
        }
        return {};
    }
    Result<void> writeAt(const void* data, std::size_t size, off_t offset) {
        if (::pwrite(m_fd, data, size, offset) != static_cast<ssize_t>(size)) {
            return std::unexpected(ioError(m_path, "cannot write the header"));
        }
        return {};
    }
    Result<void> syncAndClose() {
        if (::fsync(m_fd) != 0) {
            return std::unexpected(ioError(m_path, "cannot flush to disk"));
        }
        const int fd = m_fd;
        m_fd = -1;
        if (::close(fd) != 0) {
            return std::unexpected(ioError(m_path, "cannot close"));
        }
        return {};
    }
    Result<void> renameOnto(const std::filesystem::path& out) {
        if (::rename(m_path.c_str(), out.c_str()) != 0) {
            return std::unexpected(ioError(out, "cannot move the finished bundle into place"));
        }
        m_kept = true;
        // The rename itself is made durable by syncing the directory (best effort).
        const auto dir = out.has_parent_path() ? out.parent_path() : std::filesystem::path(".");
        const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dfd >= 0) {
            (void)::fsync(dfd);
            ::close(dfd);
        }
        return {};
    }

private:
    std::filesystem::path m_path;
    int m_fd = -1;
    bool m_kept = false;
};

} // namespace

Result<BundleWritten> writeBundleFileRaw(const std::filesystem::path& payload,
                                         std::string_view manifestJson,
                                         const std::filesystem::path& out,
                                         const JobControl& control) {
    std::error_code ec;
    const auto payloadBytes = std::filesystem::file_size(payload, ec);
    if (ec) {
        return fail(ErrorCode::IoError, cat(payload.string(), ": ", ec.message()));
    }
    if (manifestJson.empty() || manifestJson.size() > kBundleMaxManifest) {
        return fail(ErrorCode::ValidationError, cat("bundle manifest of ", manifestJson.size(),
                                                    " bytes is outside 1 to ", kBundleMaxManifest));
    }
    if (payloadBytes < kBundleMinPayload || payloadBytes > kBundleMaxPayload) {
        return fail(ErrorCode::ValidationError, cat(payload.string(), ": payload of ", payloadBytes,
                                                    " bytes is outside what a bundle holds"));
    }
    BundleHeader header;
    header.manifestBytes = static_cast<std::uint32_t>(manifestJson.size());
    header.payloadBytes = payloadBytes;
    auto encoded = encodeBundleHeader(header);

    const int in = ::open(payload.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0) {
        return std::unexpected(ioError(payload, "cannot open"));
    }
    struct CloseIn {
        int fd;
        ~CloseIn() { ::close(fd); }
    } closeIn{in};

    PartialFile partial(std::filesystem::path(out.string() + ".partial"));
    if (auto ok = partial.create(); !ok) {
        return std::unexpected(ok.error());
    }
    Sha256Stream hash;
    hash.update(std::span<const std::byte>(encoded.data(), kBundleHashOffset));
    hash.update(manifestJson);
    if (auto ok = partial.write(encoded.data(), encoded.size()); !ok) {
        return std::unexpected(ok.error());
    }
    if (auto ok = partial.write(manifestJson.data(), manifestJson.size()); !ok) {
        return std::unexpected(ok.error());
    }
    std::vector<std::byte> buffer(kChunk);
    std::uint64_t copied = 0;
    while (copied < payloadBytes) {
        if (control.stop.stop_requested()) {
            return fail(ErrorCode::Cancelled, "bundle export cancelled");
        }
        const ssize_t n = ::read(in, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return std::unexpected(ioError(payload, "cannot read the payload"));
        }
        const auto size = static_cast<std::size_t>(n);
        hash.update(std::span<const std::byte>(buffer.data(), size));
        if (auto ok = partial.write(buffer.data(), size); !ok) {
            return std::unexpected(ok.error());
        }
        copied += size;
        if (control.progress) {
            control.progress(JobProgress{"writing", copied, payloadBytes});
        }
    }
    if (copied != payloadBytes) {
        return fail(ErrorCode::IoError, cat(payload.string(), ": changed while it was written"));
    }
    auto digest = hash.finish();
    if (!digest) {
        return std::unexpected(digest.error());
    }
    header.sha256 = *digest;
    encoded = encodeBundleHeader(header);
    if (auto ok = partial.writeAt(encoded.data(), encoded.size(), 0); !ok) {
        return std::unexpected(ok.error());
    }
    if (auto ok = partial.syncAndClose(); !ok) {
        return std::unexpected(ok.error());
    }
    if (auto ok = partial.renameOnto(out); !ok) {
        return std::unexpected(ok.error());
    }
    return BundleWritten{toHex(*digest), header.fileBytes()};
}

Result<BundleWritten> writeBundleFile(const std::filesystem::path& payload,
                                      const BundleManifest& manifest,
                                      const std::filesystem::path& out, const JobControl& control) {
    return writeBundleFileRaw(payload, bundleManifestToJson(manifest), out, control);
}

} // namespace headroom
