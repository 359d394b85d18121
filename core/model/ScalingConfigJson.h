#pragma once
// JSON forms of the scaling configuration and of a health-snapshot record: the store keeps them as
// JSON text, history events hold the configuration's old and new values, and the CLI's --json
// prints them. Enums as their stable keys, money as micro-dollars, times as ISO 8601 UTC. Readers
// report the JSON path of a missing or mistyped field.

#include "Error.h"
#include "ScalingConfig.h"

#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace headroom {

nlohmann::json modeToJson(const Mode& mode);
nlohmann::json guardrailsToJson(const Guardrails& guardrails);
nlohmann::json scalingConfigToJson(const ScalingConfig& config);
Result<ScalingConfig> scalingConfigFromJson(const nlohmann::json& json);
Result<ScalingConfig> scalingConfigFromJsonText(std::string_view text);

// The record without its id, workspace, time, trigger and slot (the store's columns).
nlohmann::json healthSnapshotBodyToJson(const HealthSnapshotRecord& record);
// Fills the body fields of `record` from JSON written by healthSnapshotBodyToJson.
Result<void> healthSnapshotBodyFromJson(const nlohmann::json& json, HealthSnapshotRecord& record);
// The whole record, for the CLI and the UI.
nlohmann::json healthSnapshotToJson(const HealthSnapshotRecord& record);

} // namespace headroom
