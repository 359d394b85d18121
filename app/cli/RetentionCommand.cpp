// `headroom retention` (issue 6): rolls raw snapshots older than the catalog's retention up into
// 5-minute and hourly buckets now, as the engine does every ten minutes, pass after pass until
// none is left (engine/RetentionRun.h), and prints what each workspace's run did. Decisions and
// events are never touched; a failing pass leaves the stored data as it was.
#include "AppPaths.h"
#include "cli/CommandSupport.h"
#include "cli/SubCommand.h"
#include "engine/RetentionRun.h"
#include "model/Text.h"

#include <array>
#include <chrono>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace headroom::cli {

namespace {

using nlohmann::json;

const std::vector<OptionSpec>& retentionOptions() {
    static const std::vector<OptionSpec> options =
        withCommon({{"json", false, "", "print the result as JSON"}});
    return options;
}

// "24 h", "90 min"
std::string spanText(std::chrono::seconds span) {
    if (span.count() % 3600 == 0) {
        return cat(span.count() / 3600, " h");
    }
    if (span.count() % 60 == 0) {
        return cat(span.count() / 60, " min");
    }
    return cat(span.count(), " s");
}

std::string daysText(std::chrono::days days) {
    return cat(days.count(), " d");
}

json settingsJson(const RetentionSettings& s) {
    return {{"raw_seconds", s.rawFor.count()},
            {"five_minute_days", s.fiveMinuteFor.count()},
            {"hourly_days", s.hourlyFor ? json(s.hourlyFor->count()) : json(nullptr)}};
}

json runJson(const std::string& workspace, const RetentionRun& run) {
    const RollUpResult& r = run.total;
    return {{"workspace", workspace},
            {"passes", run.passes},
            {"buckets_5m", r.buckets5m},
            {"buckets_1h", r.buckets1h},
            {"raw_deleted", r.rawDeleted},
            {"raw_kept", r.rawKept},
            {"five_minute_dropped", r.fiveMinuteDropped},
            {"hourly_dropped", r.hourlyDropped},
            {"raw_before", formatIso(r.rawBefore)}};
}

void printRun(std::ostream& out, const std::string& workspace, const RetentionRun& run) {
    const RollUpResult& r = run.total;
    out << workspace << ":\n"
        << "  buckets written:  " << r.buckets5m << " 5-minute, " << r.buckets1h << " hourly\n"
        << "  raw rolled away:  " << r.rawDeleted << " snapshots\n"
        << "  raw kept:         " << r.rawKept
        << " snapshots of rolled hours (change points, health snapshot sources)\n"
        << "  dropped:          " << r.fiveMinuteDropped << " 5-minute, " << r.hourlyDropped
        << " hourly buckets past their retention\n"
        << "  retention mark:   raw from " << minuteText(r.rawBefore) << " on\n";
}

int runRetention(const std::vector<std::string>& rest, std::ostream& out, std::ostream& err) {
    const std::string command = "retention";
    auto args = parseArgs(rest, retentionOptions());
    if (!args) {
        return reportError(err, command, args.error(), kExitUsage);
    }
    const auto named = args->value("workspace");
    if (named && named->starts_with("bundle:")) {
        return reportError(
            err, command,
            Error{ErrorCode::Conflict,
                  cat("'", *named, "' is an opened bundle and read-only: nothing in it changes")},
            kExitBadInput);
    }
    auto catalog = loadEffectiveCatalog(std::nullopt);
    if (!catalog) {
        return reportError(err, command, catalog.error(), kExitBadInput);
    }
    auto store = openStore(*args, *catalog);
    if (!store) {
        return reportError(err, command, store.error(), kExitStorage);
    }
    // A named workspace is rolled up whatever its kind (the demo too); without a name, those the
    // engine rolls up on its own.
    std::vector<Workspace> workspaces;
    if (named) {
        auto one = (*store)->workspace(*named);
        if (!one) {
            const int code =
                one.error().code == ErrorCode::NotFound ? kExitUsage : exitCodeFor(one.error());
            return reportError(err, command, one.error(), code);
        }
        workspaces.push_back(std::move(*one));
    } else {
        auto all = (*store)->workspaces();
        if (!all) {
            return reportError(err, command, all.error(), kExitStorage);
        }
        for (Workspace& w : *all) {
            if (retainsAutomatically(w)) {
                workspaces.push_back(std::move(w));
            }
        }
    }
    const RetentionSettings& settings = catalog->retention;
    const Timestamp now = systemClock()();
    const bool asJson = args->flag("json");
    if (!asJson) {
        out << "Retention: raw for " << spanText(settings.rawFor) << ", 5-minute buckets for "
            << daysText(settings.fiveMinuteFor) << ", hourly buckets for "
            << (settings.hourlyFor ? daysText(*settings.hourlyFor) : std::string("ever")) << "\n";
    }
    json list = json::array();
    for (const Workspace& w : workspaces) {
        auto run = rollUpFully(**store, w.id, settings, now);
        if (!run) {
            // The passes before the failing one are kept (each is a transaction): running the
            // command again resumes.
            return reportError(
                err, command,
                Error{run.error().code, cat("workspace '", w.name, "': ", run.error().message)},
                exitCodeFor(run.error()));
        }
        if (asJson) {
            list.push_back(runJson(w.name, *run));
        } else {
            printRun(out, w.name, *run);
        }
    }
    if (asJson) {
        out << json{{"database", databasePath(*args)},
                    {"now", formatIso(now)},
                    {"settings", settingsJson(settings)},
                    {"workspaces", list}}
                   .dump(2)
            << "\n";
    }
    return kExitOk;
}

constexpr std::array<SubCommand, 1> kRetentionCommands{{
    {"retention",
     "  retention [--workspace NAME] [--json]\n"
     "              roll raw snapshots older than the catalog's retention up into 5-minute\n"
     "              and hourly buckets now (the console does so every 10 minutes); every\n"
     "              live and user workspace, or the one named (the demo only when named)\n",
     &runRetention},
}};

} // namespace

std::span<const SubCommand> retentionCommands() {
    return kRetentionCommands;
}

} // namespace headroom::cli
