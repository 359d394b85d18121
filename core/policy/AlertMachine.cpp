#include "policy/AlertMachine.h"

namespace headroom {

std::string_view keyOf(AlertTransition t) {
    switch (t) {
    case AlertTransition::None:
        return "none";
    case AlertTransition::BecamePending:
        return "pending";
    case AlertTransition::PendingCleared:
        return "pending_cleared";
    case AlertTransition::Fired:
        return "fired";
    case AlertTransition::Escalated:
        return "escalated";
    case AlertTransition::Resolved:
        return "resolved";
    case AlertTransition::Normalised:
        return "normalised";
    }
    return "none";
}

AlertStep stepAlert(const AlertState& previous, const AlertObservation& o,
                    std::chrono::seconds pendingFor) {
    AlertStep step{previous, AlertTransition::None};
    AlertState& s = step.state;
    s.evaluatedAt = o.at;
    if (!o.value) {
        // Truth layer: no data is not "fine" and not "still bad"; keep what we knew.
        s.dataMissing = true;
        return step;
    }
    s.dataMissing = false;
    s.value = o.value;

    if (!o.breach) {
        switch (previous.phase) {
        case AlertPhase::Normal:
            break;
        case AlertPhase::Pending:
            s.phase = AlertPhase::Normal;
            s.pendingSince.reset();
            s.threshold.reset();
            step.transition = AlertTransition::PendingCleared;
            break;
        case AlertPhase::Firing:
            s.phase = AlertPhase::Resolved;
            s.resolvedAt = o.at;
            s.pendingSince.reset();
            step.transition = AlertTransition::Resolved;
            break;
        case AlertPhase::Resolved:
            s.phase = AlertPhase::Normal;
            s.firingSince.reset();
            s.threshold.reset();
            step.transition = AlertTransition::Normalised;
            break;
        }
        return step;
    }

    const AlertSeverity severity = *o.breach;
    switch (previous.phase) {
    case AlertPhase::Normal:
    case AlertPhase::Resolved:
        s.phase = AlertPhase::Pending;
        s.pendingSince = o.at;
        s.firingSince.reset();
        s.resolvedAt.reset();
        s.severity = severity;
        s.threshold = o.threshold;
        step.transition = AlertTransition::BecamePending;
        break;
    case AlertPhase::Pending:
        s.severity = severity;
        s.threshold = o.threshold;
        break;
    case AlertPhase::Firing:
        if (severity > previous.severity) {
            step.transition = AlertTransition::Escalated;
        }
        s.severity = severity;
        s.threshold = o.threshold;
        return step;
    }
    // Pending (just now or before): fire once the condition has held for the whole period.
    if (s.pendingSince && o.at - *s.pendingSince >= pendingFor) {
        s.phase = AlertPhase::Firing;
        s.firingSince = o.at;
        step.transition = AlertTransition::Fired;
    }
    return step;
}

} // namespace headroom
