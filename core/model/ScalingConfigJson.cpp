// Names and JSON forms of the scaling configuration and health-snapshot records.
#include "ScalingConfigJson.h"

#include "EvaluationJson.h"
#include "JsonRead.h"
#include "KeyTable.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace headroom {

namespace {

using nlohmann::json;
using namespace jsonread;

constexpr KeyTable<AutoMode, 2> kAutoModeNames{{{AutoMode::Off, "off"}, {AutoMode::On, "on"}}};
constexpr KeyTable<HealthCadence, 2> kCadenceNames{
    {{HealthCadence::Daily, "daily"}, {HealthCadence::TierCadence, "tier"}}};
constexpr KeyTable<HealthSnapshotTrigger, 3> kTriggerNames{
    {{HealthSnapshotTrigger::Manual, "manual"},
     {HealthSnapshotTrigger::Scheduled, "scheduled"},
     {HealthSnapshotTrigger::CatchUp, "catch_up"}}};

double dbl(const json& object, const std::string& path, const char* name) {
    return asDouble(field(object, path, name), path + "." + name);
}

template <class E, class Fn>
E asKey(const json& value, const std::string& path, Fn&& parse) {
    const std::string text = asString(value, path);
    auto parsed = parse(text);
    if (!parsed) {
        failAt(path, "unknown value '" + text + "'");
    }
    return *parsed;
}

Mode readMode(const json& m, const std::string& path) {
    Mode mode;
    mode.id = asString(field(m, path, "id"), path + ".id");
    mode.name = asString(field(m, path, "name"), path + ".name");
    mode.minClients = asInt(field(m, path, "min_clients"), path + ".min_clients");
    mode.maxClients = asInt(field(m, path, "max_clients"), path + ".max_clients");
    mode.maxPostsPerDay = dbl(m, path, "max_posts_per_day");
    const json& spend = field(m, path, "max_ai_spend_per_day_micro_usd");
    if (!spend.is_number_integer()) {
        failAt(path + ".max_ai_spend_per_day_micro_usd", "expected a whole number");
    }
    mode.maxAiSpendPerDay = MicroUsd{spend.get<std::int64_t>()};
    return mode;
}

Guardrails readGuardrails(const json& g, const std::string& p) {
    Guardrails out;
    out.minHealthForIncrease = dbl(g, p, "min_health_for_increase");
    out.maxUtilisationForIncrease = dbl(g, p, "max_utilisation_for_increase");
    out.freezeBelowHealth = dbl(g, p, "freeze_below_health");
    out.maxWarningDensity = dbl(g, p, "max_warning_density");
    out.maxChurnRisk = dbl(g, p, "max_churn_risk");
    out.maxAiCostPressure = dbl(g, p, "max_ai_cost_pressure");
    out.minConfidenceForChange = dbl(g, p, "min_confidence_for_change");
    out.minInfraHealth = dbl(g, p, "min_infra_health");
    return out;
}

ScalingConfig readConfig(const json& j) {
    const std::string root = "scaling_config";
    ScalingConfig c;
    c.environment = asString(field(j, root, "environment"), root + ".environment");
    c.modeId = asString(field(j, root, "mode"), root + ".mode");
    c.autoMode = asKey<AutoMode>(field(j, root, "auto_mode"), root + ".auto_mode",
                                 [](std::string_view t) { return autoModeFromString(t); });
    if (const json* f = optionalField(j, root, "freeze")) {
        const std::string fp = root + ".freeze";
        ScalingFreeze freeze;
        freeze.reason = asString(field(*f, fp, "reason"), fp + ".reason");
        freeze.since = asTime(field(*f, fp, "since"), fp + ".since");
        freeze.actor = asString(field(*f, fp, "actor"), fp + ".actor");
        c.freeze = freeze;
    }
    const json& modes = asArray(field(j, root, "modes"), root + ".modes");
    for (std::size_t i = 0; i < modes.size(); ++i) {
        c.modes.push_back(readMode(modes[i], indexPath(root + ".modes", i)));
    }
    c.guardrails = readGuardrails(field(j, root, "guardrails"), root + ".guardrails");
    c.cadence = asKey<HealthCadence>(field(j, root, "cadence"), root + ".cadence",
                                     [](std::string_view t) { return healthCadenceFromString(t); });
    return c;
}

} // namespace

std::string_view keyOf(AutoMode mode) {
    return keyIn(kAutoModeNames, mode);
}
std::optional<AutoMode> autoModeFromString(std::string_view text) {
    return valueIn(kAutoModeNames, text);
}
std::string_view keyOf(HealthCadence cadence) {
    return keyIn(kCadenceNames, cadence);
}
std::optional<HealthCadence> healthCadenceFromString(std::string_view text) {
    return valueIn(kCadenceNames, text);
}
std::string_view keyOf(HealthSnapshotTrigger trigger) {
    return keyIn(kTriggerNames, trigger);
}
std::optional<HealthSnapshotTrigger> healthSnapshotTriggerFromString(std::string_view text) {
    return valueIn(kTriggerNames, text);
}

bool sameModes(const std::vector<Mode>& a, const std::vector<Mode>& b) {
    return std::ranges::equal(a, b, [](const Mode& x, const Mode& y) {
        return x.id == y.id && x.name == y.name && x.minClients == y.minClients &&
               x.maxClients == y.maxClients && x.maxPostsPerDay == y.maxPostsPerDay &&
               x.maxAiSpendPerDay.value == y.maxAiSpendPerDay.value;
    });
}

bool sameGuardrails(const Guardrails& a, const Guardrails& b) {
    return guardrailsToJson(a) == guardrailsToJson(b);
}

json modeToJson(const Mode& mode) {
    return json{{"id", mode.id},
                {"name", mode.name},
                {"min_clients", mode.minClients},
                {"max_clients", mode.maxClients},
                {"max_posts_per_day", number(mode.maxPostsPerDay)},
                {"max_ai_spend_per_day_micro_usd", mode.maxAiSpendPerDay.value}};
}

json guardrailsToJson(const Guardrails& g) {
    return json{{"min_health_for_increase", number(g.minHealthForIncrease)},
                {"max_utilisation_for_increase", number(g.maxUtilisationForIncrease)},
                {"freeze_below_health", number(g.freezeBelowHealth)},
                {"max_warning_density", number(g.maxWarningDensity)},
                {"max_churn_risk", number(g.maxChurnRisk)},
                {"max_ai_cost_pressure", number(g.maxAiCostPressure)},
                {"min_confidence_for_change", number(g.minConfidenceForChange)},
                {"min_infra_health", number(g.minInfraHealth)}};
}

json scalingConfigToJson(const ScalingConfig& c) {
    json modes = json::array();
    for (const Mode& mode : c.modes) {
        modes.push_back(modeToJson(mode));
    }
    json freeze = nullptr;
    if (c.freeze) {
        freeze = json{{"reason", c.freeze->reason},
                      {"since", formatIso(c.freeze->since)},
                      {"actor", c.freeze->actor}};
    }
    return json{{"environment", c.environment},
                {"mode", c.modeId},
                {"auto_mode", std::string(keyOf(c.autoMode))},
                {"freeze", freeze},
                {"modes", modes},
                {"guardrails", guardrailsToJson(c.guardrails)},
                {"cadence", std::string(keyOf(c.cadence))}};
}

Result<ScalingConfig> scalingConfigFromJson(const json& j) {
    try {
        return readConfig(j);
    } catch (const JsonReadError& e) {
        return fail(ErrorCode::ParseError, e.what());
    } catch (const json::exception& e) {
        return fail(ErrorCode::ParseError, std::string("scaling_config: ") + e.what());
    }
}

Result<ScalingConfig> scalingConfigFromJsonText(std::string_view text) {
    auto j = json::parse(text, nullptr, false);
    if (j.is_discarded()) {
        return fail(ErrorCode::ParseError, "scaling_config: not valid JSON");
    }
    return scalingConfigFromJson(j);
}

json healthSnapshotBodyToJson(const HealthSnapshotRecord& r) {
    // The scores, decision and quality keep the Evaluation's JSON form, so one reader serves both.
    Evaluation ev;
    ev.evaluatedAt = r.takenAt;
    ev.quality = r.quality;
    ev.capacity.tierId = r.tierId;
    ev.clients.activeClients = r.activeClients;
    ev.health = r.health;
    ev.mode = r.mode;
    return json{
        {"environment", r.environment},
        {"configured_mode", r.configuredModeId},
        {"auto_mode", std::string(keyOf(r.autoMode))},
        {"frozen", r.frozen},
        {"source_snapshot_id", r.sourceSnapshotId},
        {"source_taken_at", r.sourceTakenAt ? json(formatIso(*r.sourceTakenAt)) : json(nullptr)},
        {"evaluation", evaluationToJson(ev)}};
}

Result<void> healthSnapshotBodyFromJson(const json& j, HealthSnapshotRecord& r) {
    try {
        const std::string root = "health_snapshot";
        r.environment = asString(field(j, root, "environment"), root + ".environment");
        r.configuredModeId = asString(field(j, root, "configured_mode"), root + ".configured_mode");
        r.autoMode = asKey<AutoMode>(field(j, root, "auto_mode"), root + ".auto_mode",
                                     [](std::string_view t) { return autoModeFromString(t); });
        r.frozen = asBool(field(j, root, "frozen"), root + ".frozen");
        const json& id = field(j, root, "source_snapshot_id");
        if (!id.is_number_integer()) {
            failAt(root + ".source_snapshot_id", "expected a whole number");
        }
        r.sourceSnapshotId = id.get<RowId>();
        if (const json* t = optionalField(j, root, "source_taken_at")) {
            r.sourceTakenAt = asTime(*t, root + ".source_taken_at");
        }
        auto ev = evaluationFromJson(field(j, root, "evaluation"));
        if (!ev) {
            return std::unexpected(ev.error());
        }
        r.quality = ev->quality;
        r.tierId = ev->capacity.tierId;
        r.activeClients = ev->clients.activeClients;
        r.health = ev->health;
        r.mode = ev->mode;
        return {};
    } catch (const JsonReadError& e) {
        return fail(ErrorCode::ParseError, e.what());
    } catch (const json::exception& e) {
        return fail(ErrorCode::ParseError, std::string("health_snapshot: ") + e.what());
    }
}

json healthSnapshotToJson(const HealthSnapshotRecord& r) {
    json body = healthSnapshotBodyToJson(r);
    json out{{"id", r.id},
             {"taken_at", formatIso(r.takenAt)},
             {"trigger", std::string(keyOf(r.trigger))},
             {"slot", r.slot ? json(formatIso(*r.slot)) : json(nullptr)}};
    const json& ev = body["evaluation"];
    out["environment"] = body["environment"];
    out["configured_mode"] = body["configured_mode"];
    out["auto_mode"] = body["auto_mode"];
    out["frozen"] = body["frozen"];
    out["source_snapshot_id"] = body["source_snapshot_id"];
    out["source_taken_at"] = body["source_taken_at"];
    out["tier"] = r.tierId;
    out["active_clients"] = ev["clients"]["active_clients"];
    out["health"] = ev["health"];
    out["mode"] = ev["mode"];
    out["quality"] = ev["quality"];
    return out;
}

} // namespace headroom
