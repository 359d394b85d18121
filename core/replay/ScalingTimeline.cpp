#include "replay/ScalingTimeline.h"

#include "model/ScalingConfigJson.h"
#include "model/Text.h"

#include <algorithm>
#include <vector>

#include <nlohmann/json.hpp>

namespace headroom {

namespace {

using nlohmann::json;

Error unreadable(const Event& e, std::string_view what) {
    return Error{ErrorCode::ParseError,
                 cat("event ", e.id, " (", keyOf(e.kind), ", ", formatIso(e.at), "): ", what)};
}

std::string text(const json& detail, const char* key) {
    const auto it = detail.find(key);
    return it != detail.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool isScalingEvent(EventKind kind) {
    switch (kind) {
    case EventKind::ModeSet:
    case EventKind::ScalingFrozen:
    case EventKind::ScalingUnfrozen:
    case EventKind::AutoModeChanged:
    case EventKind::ScalingConfigChanged:
        return true;
    default:
        return false;
    }
}

// The freeze an unfreeze ended: the latest ScalingFrozen at or before it.
const Event* freezeEndedBy(const std::vector<const Event*>& events, const Event& unfreeze) {
    const Event* found = nullptr;
    for (const Event* e : events) {
        if (e->kind == EventKind::ScalingFrozen && e->at <= unfreeze.at &&
            (found == nullptr || e->at > found->at || (e->at == found->at && e->id > found->id))) {
            found = e;
        }
    }
    return found;
}

} // namespace

Result<ScalingConfig> scalingConfigAt(const ScalingConfig& current, std::span<const Event> events,
                                      Timestamp at) {
    std::vector<const Event*> scaling;
    for (const Event& e : events) {
        if (isScalingEvent(e.kind)) {
            scaling.push_back(&e);
        }
    }
    // Newest first: by time, then by id (two changes in one second keep their order).
    std::ranges::sort(scaling, [](const Event* a, const Event* b) {
        return a->at != b->at ? a->at > b->at : a->id > b->id;
    });
    ScalingConfig config = current;
    for (const Event* e : scaling) {
        if (e->at <= at) {
            break;
        }
        const json detail = json::parse(e->detailJson, nullptr, false);
        if (!detail.is_object()) {
            return std::unexpected(unreadable(*e, "its detail is not a JSON object"));
        }
        switch (e->kind) {
        case EventKind::ModeSet: {
            const std::string old = text(detail, "old");
            if (old.empty()) {
                return std::unexpected(unreadable(*e, "no 'old' mode"));
            }
            config.modeId = old;
            break;
        }
        case EventKind::ScalingFrozen:
            config.freeze.reset();
            break;
        case EventKind::ScalingUnfrozen: {
            ScalingFreeze freeze;
            if (const Event* frozen = freezeEndedBy(scaling, *e)) {
                const json f = json::parse(frozen->detailJson, nullptr, false);
                freeze.reason = f.is_object() ? text(f, "reason") : std::string();
                freeze.actor = f.is_object() ? text(f, "actor") : std::string();
                freeze.since = frozen->at;
            } else if (auto since = parseIso(text(detail, "frozen_since"))) {
                freeze.since = *since;
            } else {
                return std::unexpected(unreadable(*e, "no freeze it ended and no 'frozen_since'"));
            }
            config.freeze = freeze;
            break;
        }
        case EventKind::AutoModeChanged: {
            const auto old = autoModeFromString(text(detail, "old"));
            if (!old) {
                return std::unexpected(unreadable(*e, "no 'old' auto-mode"));
            }
            config.autoMode = *old;
            break;
        }
        case EventKind::ScalingConfigChanged: {
            const auto it = detail.find("old");
            if (it == detail.end()) {
                return std::unexpected(unreadable(*e, "no 'old' configuration"));
            }
            auto old = scalingConfigFromJson(*it);
            if (!old) {
                return std::unexpected(unreadable(*e, old.error().message));
            }
            // A settings change keeps mode, auto-mode and freeze: those are undone by their own
            // events.
            config.environment = old->environment;
            config.modes = old->modes;
            config.guardrails = old->guardrails;
            config.cadence = old->cadence;
            break;
        }
        default:
            break;
        }
    }
    return config;
}

} // namespace headroom
