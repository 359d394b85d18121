// `headroom verify`: checks the tamper-evident history of each workspace (Store::verifyHistory)
// without writing to the database, and names the first row that was altered or removed.
#include "cli/CommandSupport.h"
#include "cli/SubCommand.h"
#include "model/Text.h"

#include <array>
#include <chrono>
#include <cstdio>
#include <ostream>

#include <nlohmann/json.hpp>

namespace headroom::cli {

namespace {

const std::vector<OptionSpec>& verifyOptions() {
    static const std::vector<OptionSpec> options =
        withCommon({{"json", false, "", "print the result as JSON"}});
    return options;
}

std::string_view rowNoun(HistoryChainKind chain) {
    return chain == HistoryChainKind::Events ? "event" : "decision";
}

std::string rowText(HistoryChainKind chain, const HistoryRowRef& row) {
    return cat(rowNoun(chain), " ", row.id, " (", row.kind, ", ", minuteText(row.at),
               row.subject.empty() ? std::string() : cat(", subject ", row.subject), ")");
}

std::string breakText(const HistoryBreak& b) {
    const auto noun = rowNoun(b.chain);
    const std::string row = b.row ? rowText(b.chain, *b.row) : std::string();
    switch (b.kind) {
    case HistoryBreakKind::Altered:
        return cat(row, " was altered: its content no longer matches its hash");
    case HistoryBreakKind::Moved:
        return cat(row, " holds the content written as ", noun, " ", b.otherId.value_or(0),
                   ": rows were swapped or moved");
    case HistoryBreakKind::Removed:
        return b.previousId
                   ? cat(row, " does not continue the chain: a row between ", noun, " ",
                         *b.previousId, " and it was removed")
                   : cat(row, " does not continue the chain: the first row(s) before it were "
                              "removed");
    case HistoryBreakKind::Reordered:
        return cat(row, " continues ", noun, " ", b.otherId.value_or(0),
                   " instead of the row before it: rows were reordered");
    case HistoryBreakKind::NewestRemoved:
        return b.previousId ? cat("the newest ", b.missingRows, " ", noun, " row(s) after ", noun,
                                  " ", *b.previousId, " were removed")
                            : cat("all ", b.missingRows, " ", noun, " row(s) were removed");
    case HistoryBreakKind::HeadMismatch:
        return b.row ? cat("the newest ", row,
                           " does not match the recorded head: the newest rows were replaced or "
                           "the head was altered")
                     : cat("the recorded ", noun, " head does not match the rows");
    case HistoryBreakKind::HeadMissing:
        return cat("the head of the ", noun, " chain was removed");
    }
    return "unknown finding";
}

nlohmann::json breakJson(const HistoryBreak& b) {
    nlohmann::json j{{"kind", keyOf(b.kind)}, {"table", keyOf(b.chain)}, {"message", breakText(b)},
                     {"row", nullptr},        {"previous_id", nullptr},  {"other_id", nullptr}};
    if (b.row) {
        j["row"] = {{"id", b.row->id},
                    {"kind", b.row->kind},
                    {"subject", b.row->subject},
                    {"at", formatIso(b.row->at)}};
    }
    if (b.previousId) {
        j["previous_id"] = *b.previousId;
    }
    if (b.otherId) {
        j["other_id"] = *b.otherId;
    }
    if (b.kind == HistoryBreakKind::NewestRemoved) {
        j["missing_rows"] = b.missingRows;
    }
    return j;
}

nlohmann::json chainJson(const HistoryChainStatus& status) {
    return {{"checked", status.checked},
            {"head_count", status.headCount},
            {"head_hash", status.headHash},
            {"first_break", status.firstBreak ? breakJson(*status.firstBreak) : nullptr}};
}

void printText(std::ostream& out, const HistoryVerification& v) {
    if (v.intact()) {
        out << v.workspaceName << ": ok: " << v.events.checked << " events, " << v.decisions.checked
            << " decisions, head " << v.events.headHash << " (decisions " << v.decisions.headHash
            << ")\n";
        return;
    }
    out << v.workspaceName << ": TAMPERED:";
    bool first = true;
    for (const auto* status : {&v.events, &v.decisions}) {
        if (status->firstBreak) {
            out << (first ? " " : "; ") << breakText(*status->firstBreak);
            first = false;
        }
    }
    if (!v.missingTriggers.empty()) {
        out << (first ? " " : "; ") << "the append-only trigger(s) ";
        for (std::size_t i = 0; i < v.missingTriggers.size(); ++i) {
            out << (i ? ", " : "") << v.missingTriggers[i];
        }
        out << " are missing from the schema";
    }
    out << "\n";
}

int runVerify(const std::vector<std::string>& rest, std::ostream& out, std::ostream& err) {
    auto args = parseArgs(rest, verifyOptions());
    if (!args) {
        return reportError(err, "verify", args.error(), kExitUsage);
    }
    const std::string path = databasePath(*args);
    // Read-only: verifying never creates, migrates or adds workspaces to the file it checks.
    auto store = Store::openForReading(path);
    if (!store) {
        return reportError(err, "verify", store.error(), kExitStorage);
    }
    std::vector<Workspace> workspaces;
    if (auto name = args->value("workspace")) {
        auto one = (*store)->workspace(*name);
        if (!one) {
            return reportError(err, "verify", one.error(), exitCodeFor(one.error()));
        }
        workspaces.push_back(std::move(*one));
    } else {
        auto all = (*store)->workspaces();
        if (!all) {
            return reportError(err, "verify", all.error(), kExitStorage);
        }
        workspaces = std::move(*all);
    }
    bool intact = true;
    nlohmann::json list = nlohmann::json::array();
    for (const auto& w : workspaces) {
        auto v = (*store)->verifyHistory(w.id);
        if (!v) {
            return reportError(err, "verify", v.error(), kExitStorage);
        }
        intact = intact && v->intact();
        if (args->flag("json")) {
            list.push_back({{"workspace", v->workspaceName},
                            {"intact", v->intact()},
                            {"events", chainJson(v->events)},
                            {"decisions", chainJson(v->decisions)},
                            {"missing_triggers", v->missingTriggers}});
        } else {
            printText(out, *v);
        }
    }
    if (args->flag("json")) {
        out << nlohmann::json{{"database", path}, {"intact", intact}, {"workspaces", list}}.dump(2)
            << "\n";
    }
    return intact ? kExitOk : kExitFailure;
}

constexpr std::array<SubCommand, 1> kHistoryCommands{{
    {"verify",
     "  verify [--workspace NAME] [--json]\n"
     "              check the tamper-evident history (hash chain over events and\n"
     "              decisions) of every workspace, or one, without writing; exit 1 names\n"
     "              the first altered or removed row\n",
     &runVerify},
}};

} // namespace

std::span<const SubCommand> historyCommands() {
    return kHistoryCommands;
}

} // namespace headroom::cli
