#include "Probe.h"

#include "AppPaths.h"
#include "cli/ArgParser.h"
#include "cli/Commands.h"
#include "cli/EvaluationText.h"
#include "model/Text.h"
#include "net/UrlRedaction.h"
#include "sources/endpoint/EndpointSource.h"
#include "store/Store.h"

#include <cstdlib>
#include <filesystem>
#include <ostream>

#include <nlohmann/json.hpp>

namespace headroom::cli {
namespace {

const std::vector<OptionSpec> kOptions = {
    {"source", true, "NAME", "the configured source to probe (required)"},
    {"workspace", true, "NAME", "workspace the source belongs to (default: local)"},
    {"db", true, "PATH", "workspace database (default: ~/.local/share/headroom/headroom.db)"},
    {"json", false, "", "print the report as JSON"},
};

constexpr std::string_view kDefaultWorkspace = "local";

int failWith(std::ostream& err, std::string_view message, int code) {
    err << "headroom probe: " << message << "\n";
    return code;
}

std::string_view unitKey(MetricUnit unit) {
    switch (unit) {
    case MetricUnit::Fraction:
        return "fraction";
    case MetricUnit::Milliseconds:
        return "ms";
    case MetricUnit::Seconds:
        return "s";
    case MetricUnit::Count:
        return "count";
    case MetricUnit::Tokens:
        return "tokens";
    case MetricUnit::Gigabytes:
        return "GB";
    case MetricUnit::Megabytes:
        return "MB";
    case MetricUnit::PerMinute:
        return "per_minute";
    case MetricUnit::PerDay:
        return "per_day";
    case MetricUnit::Usd:
        return "usd";
    case MetricUnit::Load:
        return "load";
    }
    return "?";
}

double milliseconds(std::chrono::microseconds elapsed) {
    return static_cast<double>(elapsed.count()) / 1000.0;
}

// The source's stored configuration, or the exit code and message for why there is none.
struct Located {
    std::optional<SourceConfig> config;
    int code = kExitOk;
    std::string message;
};

Located locateSource(const std::string& dbPath, const std::string& workspaceName,
                     const std::string& sourceName) {
    // A read-only question: do not create a database just to say the source is not in it.
    if (dbPath != ":memory:" && !std::filesystem::exists(dbPath))
        return {std::nullopt, kExitBadInput,
                cat("unknown source '", sourceName, "': there is no workspace database at ", dbPath,
                    " (add sources in the console first)")};
    auto store = Store::open(dbPath);
    if (!store)
        return {std::nullopt, kExitStorage, store.error().message};
    auto workspace = (*store)->workspace(workspaceName);
    if (!workspace) {
        if (workspace.error().code == ErrorCode::NotFound)
            return {std::nullopt, kExitBadInput, cat("unknown workspace '", workspaceName, "'")};
        return {std::nullopt, kExitStorage, workspace.error().message};
    }
    auto sources = (*store)->sources(workspace->id);
    if (!sources)
        return {std::nullopt, kExitStorage, sources.error().message};
    std::string names;
    for (const StoredSource& stored : *sources) {
        if (stored.name != sourceName) {
            names += cat(names.empty() ? "" : ", ", stored.name);
            continue;
        }
        const std::string where = cat("source '", sourceName, "'");
        nlohmann::json json;
        try {
            json = nlohmann::json::parse(stored.configJson);
        } catch (const nlohmann::json::parse_error& e) {
            return {std::nullopt, kExitBadInput,
                    cat(where, ": the stored configuration is not JSON (byte ", e.byte, ")")};
        }
        auto config = sourceConfigFromJson(json, where);
        if (!config)
            return {std::nullopt, kExitBadInput, config.error().message};
        config->enabled = stored.enabled;
        return {std::move(*config), kExitOk, {}};
    }
    return {std::nullopt, kExitBadInput,
            cat("unknown source '", sourceName, "' in workspace '", workspaceName, "' (",
                names.empty() ? std::string("it has no sources") : "it has: " + names, ")")};
}

void printText(const SourceConfig& config, const ProbeReport& report,
               const std::optional<Error>& error, std::ostream& out) {
    out << "source " << config.name << " (" << keyOf(config.kind) << ") " << redactUrl(config.url)
        << (config.enabled ? "" : "  [disabled]") << "\n";
    if (report.requests > 0) {
        out << "fetched: HTTP " << report.httpStatus << ", " << report.bytes << " bytes in "
            << fixedNumber(milliseconds(report.elapsed), 1) << " ms";
        if (report.requests > 1)
            out << " (" << report.requests << " requests)";
        if (!report.contentType.empty())
            out << ", " << report.contentType;
        out << "\n";
    }
    if (report.format) {
        out << "format " << exposition::keyOf(*report.format) << ": " << report.families
            << " families, " << report.samples << " samples, " << report.parseErrors << " errors, "
            << report.parseWarnings << " warnings\n";
        for (const auto& p : report.problems) {
            out << "  line " << p.line << ":" << p.column << ": " << exposition::keyOf(p.severity)
                << ": " << p.message;
            if (!p.family.empty())
                out << " [" << p.family << "]";
            out << "\n";
        }
        const std::size_t total = report.parseErrors + report.parseWarnings;
        if (total > report.problems.size())
            out << "  ... and " << total - report.problems.size() << " more\n";
    }
    for (const auto& warning : report.warnings)
        out << "warning: " << warning << "\n";
    if (!report.outcomes.empty()) {
        out << "metrics: " << report.mappedCount() << " of " << report.outcomes.size()
            << " mapped\n";
        for (const auto& outcome : report.outcomes) {
            std::string key(metricKey(outcome.metric));
            key.resize(std::max<std::size_t>(key.size() + 2, 28), ' ');
            out << "  " << key;
            if (outcome.value)
                out << shortestNumber(*outcome.value) << " "
                    << unitKey(metricInfo(outcome.metric).unit) << "  ("
                    << formatMetricValue(outcome.metric, *outcome.value) << ")";
            else if (outcome.error)
                out << "error: " << outcome.error->message;
            else if (outcome.warmingUp)
                out << "warming up (needs another reading)";
            out << "\n";
        }
    }
    if (error)
        out << "failed: " << error->message << "\n";
}

nlohmann::json toJson(const std::string& workspace, const SourceConfig& config,
                      const ProbeReport& report, const std::optional<Error>& error) {
    using nlohmann::json;
    json out = {{"source", config.name},
                {"workspace", workspace},
                {"kind", keyOf(config.kind)},
                {"url", redactUrl(config.url)},
                {"enabled", config.enabled},
                {"ok", !error && report.mappedCount() > 0},
                {"error", nullptr}};
    if (error)
        out["error"] = {{"code", keyOf(error->code)}, {"message", error->message}};
    out["http"] = {{"requests", report.requests},
                   {"status", report.httpStatus},
                   {"bytes", report.bytes},
                   {"elapsed_ms", milliseconds(report.elapsed)},
                   {"content_type", report.contentType},
                   {"effective_url", report.effectiveUrl}};
    if (report.format) {
        json problems = json::array();
        for (const auto& p : report.problems)
            problems.push_back({{"line", p.line},
                                {"column", p.column},
                                {"severity", exposition::keyOf(p.severity)},
                                {"message", p.message},
                                {"family", p.family}});
        out["exposition"] = {{"format", exposition::keyOf(*report.format)},
                             {"families", report.families},
                             {"samples", report.samples},
                             {"errors", report.parseErrors},
                             {"warnings", report.parseWarnings},
                             {"problems", std::move(problems)}};
    } else {
        out["exposition"] = nullptr;
    }
    out["warnings"] = report.warnings;
    json metrics = json::array();
    for (const auto& outcome : report.outcomes) {
        json item = {{"metric", metricKey(outcome.metric)},
                     {"unit", unitKey(metricInfo(outcome.metric).unit)},
                     {"value", nullptr},
                     {"warming_up", outcome.warmingUp},
                     {"error", nullptr}};
        if (outcome.value)
            item["value"] = *outcome.value;
        if (outcome.error)
            item["error"] = outcome.error->message;
        metrics.push_back(std::move(item));
    }
    out["metrics"] = std::move(metrics);
    return out;
}

} // namespace

std::string secretVariableName(std::string_view sourceName) {
    std::string name = "HEADROOM_SECRET_";
    for (char c : sourceName) {
        if (c >= 'a' && c <= 'z')
            name.push_back(static_cast<char>(c - 'a' + 'A'));
        else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            name.push_back(c);
        else
            name.push_back('_');
    }
    return name;
}

int runProbe(const std::vector<std::string>& rest, std::ostream& out, std::ostream& err) {
    auto args = parseArgs(rest, kOptions);
    if (!args)
        return failWith(err, args.error().message, kExitUsage);
    const auto sourceName = args->value("source");
    if (!sourceName)
        return failWith(err, "--source NAME is required", kExitUsage);
    const std::string workspace = args->value("workspace").value_or(std::string(kDefaultWorkspace));
    const std::string dbPath = args->value("db").value_or(defaultDatabasePath().string());

    Located located = locateSource(dbPath, workspace, *sourceName);
    if (!located.config)
        return failWith(err, located.message, located.code);
    const SourceConfig& config = *located.config;

    std::optional<std::string> secret;
    const std::string variable = secretVariableName(config.name);
    if (config.needsSecret()) {
        if (const char* value = std::getenv(variable.c_str()); value && *value)
            secret = value;
    }

    EndpointSource source(config, secret);
    Snapshot snapshot;
    const auto result = source.probe(systemClock()(), snapshot);
    const ProbeReport& report = source.lastReport();
    std::optional<Error> error;
    if (!result)
        error = result.error();
    const bool mapped = !error && report.mappedCount() > 0;

    if (args->flag("json")) {
        out << toJson(workspace, config, report, error).dump(2) << "\n";
    } else {
        printText(config, report, error, out);
        if (error && config.needsSecret() && !secret)
            err << "headroom probe: set the " << keyOf(config.auth) << " secret of source '"
                << config.name << "' in the environment variable " << variable << "\n";
    }
    return mapped ? kExitOk : kExitFailure;
}

} // namespace headroom::cli
