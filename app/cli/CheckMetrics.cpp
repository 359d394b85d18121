#include "CheckMetrics.h"

#include "cli/ArgParser.h"
#include "cli/Commands.h"
#include "model/Text.h"
#include "net/HttpClient.h"
#include "sources/exposition/ExpositionDocument.h"

#include <fstream>
#include <ostream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace headroom::cli {
namespace {

using namespace exposition;

const std::vector<OptionSpec> kOptions = {
    {"format", true, "text|openmetrics",
     "format of a file (default: from the URL's Content-Type, or by the file's '# EOF')"},
    {"json", false, "", "print the families and problems as JSON"},
};

struct Input {
    std::string text;
    std::optional<ExpositionFormat> format; // known from the HTTP Content-Type
};

bool isUrl(const std::string& target) {
    return target.rfind("http://", 0) == 0 || target.rfind("https://", 0) == 0;
}

Result<Input> fetch(const std::string& url) {
    HttpRequest request;
    request.url = url;
    request.headers.emplace_back(
        "Accept", "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5");
    request.requireText = BodyText::Utf8;
    HttpClient client;
    auto response = client.perform(request);
    if (!response) {
        return std::unexpected(static_cast<const Error&>(response.error()));
    }
    return Input{std::move(response->body), detectFormat(response->contentType)};
}

Result<Input> readFile(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        return fail(ErrorCode::IoError, cat(path, ": cannot be opened"));
    }
    std::ostringstream content;
    content << file.rdbuf();
    return Input{content.str(), std::nullopt};
}

// OpenMetrics documents end with "# EOF"; the text format has no such line.
ExpositionFormat guessFormat(std::string_view text) {
    std::string_view trimmed = text;
    while (!trimmed.empty() && (trimmed.back() == '\n' || trimmed.back() == '\r')) {
        trimmed.remove_suffix(1);
    }
    return trimmed.ends_with("# EOF") ? ExpositionFormat::OpenMetrics : ExpositionFormat::Text004;
}

void printText(const ExpositionDocument& doc, std::ostream& out) {
    out << "format " << keyOf(doc.format) << ": " << doc.summary.families << " families, "
        << doc.summary.samples << " samples, " << doc.summary.errors << " errors, "
        << doc.summary.warnings << " warnings\n";
    for (const Family& family : doc.families) {
        out << "  " << family.name << " (" << keyOf(family.type) << ", " << family.samples.size()
            << (family.samples.size() == 1 ? " sample" : " samples") << ")\n";
    }
    for (const ParseProblem& p : doc.problems) {
        out << "line " << p.line << ":" << p.column << ": " << keyOf(p.severity) << ": "
            << p.message;
        if (!p.family.empty()) {
            out << " [" << p.family << "]";
        }
        out << "\n";
    }
}

void printJson(const ExpositionDocument& doc, std::ostream& out) {
    nlohmann::json families = nlohmann::json::array();
    for (const Family& family : doc.families) {
        families.push_back({{"name", family.name},
                            {"type", keyOf(family.type)},
                            {"help", family.help},
                            {"unit", family.unit},
                            {"samples", family.samples.size()}});
    }
    nlohmann::json problems = nlohmann::json::array();
    for (const ParseProblem& p : doc.problems) {
        problems.push_back({{"line", p.line},
                            {"column", p.column},
                            {"severity", keyOf(p.severity)},
                            {"message", p.message},
                            {"family", p.family}});
    }
    const nlohmann::json document = {
        {"format", keyOf(doc.format)},      {"families", families},
        {"samples", doc.summary.samples},   {"errors", doc.summary.errors},
        {"warnings", doc.summary.warnings}, {"problems", problems}};
    out << document.dump(2) << "\n";
}

} // namespace

int runCheckMetrics(const std::vector<std::string>& rest, std::ostream& out, std::ostream& err) {
    auto args = parseArgs(rest, kOptions, 1);
    if (!args) {
        err << "headroom check-metrics: " << args.error().message << "\n";
        return kExitUsage;
    }
    if (args->positionals.empty()) {
        err << "headroom check-metrics: name a FILE or an http(s) URL\n";
        return kExitUsage;
    }
    std::optional<ExpositionFormat> forced;
    if (auto format = args->value("format")) {
        if (*format == "text") {
            forced = ExpositionFormat::Text004;
        } else if (*format == "openmetrics") {
            forced = ExpositionFormat::OpenMetrics;
        } else {
            err << "headroom check-metrics: --format is 'text' or 'openmetrics', not '" << *format
                << "'\n";
            return kExitUsage;
        }
    }
    const std::string& target = args->positionals.front();
    auto input = isUrl(target) ? fetch(target) : readFile(target);
    if (!input) {
        err << "headroom check-metrics: " << input.error().message << "\n";
        return kExitBadInput;
    }
    const ExpositionFormat format =
        forced ? *forced : input->format.value_or(guessFormat(input->text));
    const ExpositionDocument document = parseExpositionDocument(input->text, format);
    if (args->flag("json")) {
        printJson(document, out);
    } else {
        printText(document, out);
    }
    return document.summary.errors == 0 ? kExitOk : kExitFailure;
}

} // namespace headroom::cli
