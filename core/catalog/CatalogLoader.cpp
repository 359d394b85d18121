#include "CatalogLoader.h"

#include "CatalogJson.h"
#include "CatalogSections.h"
#include "EmbeddedCatalogs.h"
#include "model/Text.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace headroom {
namespace {

using namespace catalog_detail;

// A catalog being assembled from documents, with where each section came from.
struct Assembly {
    Catalog catalog;
    SectionLabels labels;
    std::array<bool, kSectionCount> present{};
};

enum class SectionScope { OwnFileOnly, Any };

// Reads every section of one JSON document into `into`, replacing what was there.
// With OwnFileOnly the document may only hold the sections its default file holds.
Result<void> applyDocument(Assembly& into, std::string_view text, const std::string& label,
                           std::string_view fileName, SectionScope scope) {
    Json document;
    try {
        document = Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error& e) {
        return fail(ErrorCode::ParseError,
                    cat(label, ": malformed JSON at byte ", e.byte, ": ", e.what()));
    } catch (const Json::exception& e) {
        // Numbers too large for a double (1e999) are refused by the parser itself.
        return fail(ErrorCode::ParseError, cat(label, ": malformed JSON: ", e.what()));
    }
    if (!document.is_object()) {
        return fail(ErrorCode::ParseError, cat(label, ": the top level must be a JSON object"));
    }
    for (const auto& [key, value] : document.items()) {
        if (key.starts_with('_')) {
            continue;
        }
        const auto section = sectionFromKey(key);
        if (!section) {
            return fail(ErrorCode::ValidationError, cat(label, ": ", key, ": unknown section"));
        }
        if (scope == SectionScope::OwnFileOnly && defaultFileOf(*section) != fileName) {
            return fail(
                ErrorCode::ValidationError,
                cat(label, ": ", key, ": this section belongs in ", defaultFileOf(*section)));
        }
        try {
            readSection(*section, value, into.catalog);
        } catch (const ReadProblem& problem) {
            return fail(ErrorCode::ValidationError,
                        cat(label, ": ", problem.path, ": ", problem.message));
        } catch (const Json::exception& e) {
            // The reader checks types before converting; this is a safety net, not a path.
            return fail(ErrorCode::ValidationError, cat(label, ": ", key, ": ", e.what()));
        }
        into.labels[sectionIndex(*section)] = label;
        into.present[sectionIndex(*section)] = true;
    }
    return {};
}

Result<Assembly> assembleDefaults() {
    Assembly assembly;
    assembly.labels = defaultSectionLabels();
    for (const auto& file : embeddedCatalogFiles()) {
        const std::string label(file.name);
        if (auto ok =
                applyDocument(assembly, file.text, label, file.name, SectionScope::OwnFileOnly);
            !ok) {
            return std::unexpected(ok.error());
        }
    }
    for (const auto& info : kSections) {
        if (!assembly.present[sectionIndex(info.section)]) {
            return fail(ErrorCode::ValidationError,
                        cat(info.defaultFile, ": ", info.key, ": missing section"));
        }
    }
    return assembly;
}

Result<Catalog> finish(Assembly&& assembly) {
    const auto problems = findProblems(assembly.catalog);
    if (!problems.empty()) {
        return fail(ErrorCode::ValidationError, formatProblems(problems, assembly.labels));
    }
    return std::move(assembly.catalog);
}

Result<std::string> readFile(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        return fail(ErrorCode::NotFound, cat(path.string(), ": catalog file does not exist"));
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) {
        return fail(ErrorCode::IoError, cat(path.string(), ": could not read the catalog file"));
    }
    return text.str();
}

} // namespace

Result<Catalog> loadDefaultCatalog() {
    auto assembly = assembleDefaults();
    if (!assembly) {
        return std::unexpected(assembly.error());
    }
    return finish(std::move(*assembly));
}

Result<Catalog> loadCatalog(const std::filesystem::path& overrideDir) {
    std::error_code ec;
    if (!std::filesystem::is_directory(overrideDir, ec)) {
        return fail(ErrorCode::NotFound,
                    cat(overrideDir.string(), ": catalog override directory does not exist"));
    }
    auto assembly = assembleDefaults();
    if (!assembly) {
        return std::unexpected(assembly.error());
    }
    const auto names = defaultCatalogFileNames();
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(overrideDir, ec)) {
        if (entry.path().extension() == ".json") {
            files.push_back(entry.path());
        }
    }
    if (ec) {
        return fail(ErrorCode::IoError, cat(overrideDir.string(), ": ", ec.message()));
    }
    std::ranges::sort(files); // deterministic: the first error is always the same one
    for (const auto& path : files) {
        const std::string name = path.filename().string();
        if (std::ranges::find(names, name) == names.end()) {
            std::string expected;
            for (const auto& n : names) {
                expected += (expected.empty() ? "" : ", ") + n;
            }
            return fail(
                ErrorCode::InvalidArgument,
                cat(path.string(), ": not a catalog file (expected one of ", expected, ")"));
        }
        auto text = readFile(path);
        if (!text) {
            return std::unexpected(text.error());
        }
        if (auto ok =
                applyDocument(*assembly, *text, path.string(), name, SectionScope::OwnFileOnly);
            !ok) {
            return std::unexpected(ok.error());
        }
    }
    return finish(std::move(*assembly));
}

Result<Catalog> loadCatalogText(std::string_view text, std::string_view label) {
    auto assembly = assembleDefaults();
    if (!assembly) {
        return std::unexpected(assembly.error());
    }
    if (auto ok = applyDocument(*assembly, text, std::string(label), {}, SectionScope::Any); !ok) {
        return std::unexpected(ok.error());
    }
    return finish(std::move(*assembly));
}

Result<Catalog> loadCatalogOver(const Catalog& base, std::string_view text,
                                std::string_view label) {
    Assembly assembly;
    assembly.catalog = base;
    assembly.labels = defaultSectionLabels();
    assembly.present.fill(true);
    if (auto ok = applyDocument(assembly, text, std::string(label), {}, SectionScope::Any); !ok) {
        return std::unexpected(ok.error());
    }
    return finish(std::move(assembly));
}

std::vector<std::string> catalogSectionsIn(std::string_view text) {
    std::vector<std::string> sections;
    const auto document = Json::parse(text.begin(), text.end(), nullptr, false);
    if (document.is_object()) {
        for (const auto& [key, value] : document.items()) {
            if (!key.starts_with("_")) {
                sections.push_back(key);
            }
        }
    }
    return sections;
}

Result<Catalog> loadCatalogFile(const std::filesystem::path& file) {
    auto text = readFile(file);
    if (!text) {
        return std::unexpected(text.error());
    }
    return loadCatalogText(*text, file.string());
}

Result<void> validateCatalog(const Catalog& catalog) {
    const auto problems = findProblems(catalog);
    if (!problems.empty()) {
        return fail(ErrorCode::ValidationError, formatProblems(problems, defaultSectionLabels()));
    }
    return {};
}

std::string catalogToJson(const Catalog& catalog) {
    Json document = Json::object();
    for (const auto& info : kSections) {
        document[std::string(info.key)] = writeSection(info.section, catalog);
    }
    return document.dump(2) + "\n";
}

Result<std::string> catalogFileToJson(const Catalog& catalog, std::string_view fileName) {
    Json document = Json::object();
    for (const auto& info : kSections) {
        if (info.defaultFile == fileName) {
            document[std::string(info.key)] = writeSection(info.section, catalog);
        }
    }
    if (document.empty()) {
        std::string expected;
        for (const auto& n : defaultCatalogFileNames()) {
            expected += (expected.empty() ? "" : ", ") + n;
        }
        return fail(ErrorCode::InvalidArgument,
                    cat(fileName, ": not a catalog file (expected one of ", expected, ")"));
    }
    return document.dump(2) + "\n";
}

std::vector<std::string> defaultCatalogFileNames() {
    std::vector<std::string> names;
    for (const auto& file : embeddedCatalogFiles()) {
        names.emplace_back(file.name);
    }
    return names;
}

std::string_view defaultCatalogText(std::string_view fileName) {
    for (const auto& file : embeddedCatalogFiles()) {
        if (file.name == fileName) {
            return file.text;
        }
    }
    return {};
}

} // namespace headroom
