#pragma once
// The alert state machine (seed 002, Prometheus-style pending period), pure: the same state and
// observation always give the same next state, the clock is the observation's time.
//
//   normal --breach--> pending --breach held for pendingFor--> firing --clear--> resolved
//   pending --clear--> normal          resolved --clear--> normal, --breach--> pending
//
// A missing value (truth layer) changes nothing but dataMissing: it neither fires nor resolves.
// De-duplication: only the transitions Fired, Escalated and Resolved notify anyone, so a
// condition that lasts for a thousand polls pages once.

#include "model/AlertState.h"

#include <chrono>
#include <optional>

namespace headroom {

// One evaluation of a rule: the value (nullopt: missing) and the severity it breaches, if any.
struct AlertObservation {
    Timestamp at{};
    std::optional<double> value;
    std::optional<AlertSeverity> breach; // nullopt with a value: the condition is clear
    std::optional<double> threshold;     // the threshold of the breached severity
};

enum class AlertTransition {
    None,
    BecamePending,
    PendingCleared, // the condition cleared before the pending period ended: nobody is paged
    Fired,
    Escalated, // firing, and the severity rose (warning -> critical): pages again
    Resolved,
    Normalised, // resolved -> normal
};

struct AlertStep {
    AlertState state;
    AlertTransition transition = AlertTransition::None;

    // Whether this step is one a person is told about (routing decides where).
    bool notifies() const {
        return transition == AlertTransition::Fired || transition == AlertTransition::Escalated ||
               transition == AlertTransition::Resolved;
    }
};

AlertStep stepAlert(const AlertState& previous, const AlertObservation& observation,
                    std::chrono::seconds pendingFor);

std::string_view keyOf(AlertTransition transition);

} // namespace headroom
