#include "Numeric.h"

#include <algorithm>
#include <cmath>

namespace headroom {

double jsRound(double value) {
    return std::floor(value + 0.5);
}

double jsRound2(double value) {
    return std::floor(value * 100.0 + 0.5) / 100.0;
}

bool compare(double value, Comparison comparison, double threshold) {
    const double tolerance = kComparisonTolerance * std::max(1.0, std::fabs(threshold));
    switch (comparison) {
    case Comparison::AtLeast:
        return value >= threshold - tolerance;
    case Comparison::Above:
        return value > threshold + tolerance;
    case Comparison::AtMost:
        return value <= threshold + tolerance;
    case Comparison::Below:
        return value < threshold - tolerance;
    }
    return false;
}

Status statusForUtilisation(double utilisation, const HeadroomThresholds& thresholds) {
    if (compare(utilisation, Comparison::AtLeast, thresholds.critical)) {
        return Status::Critical;
    }
    if (compare(utilisation, Comparison::AtLeast, thresholds.warning)) {
        return Status::Warning;
    }
    return Status::Healthy;
}

namespace {
int severityRank(Status status) {
    switch (status) {
    case Status::Unknown:
        return 0;
    case Status::Healthy:
        return 1;
    case Status::Warning:
        return 2;
    case Status::Critical:
        return 3;
    }
    return 0;
}
} // namespace

Status worseStatus(Status a, Status b) {
    return severityRank(a) >= severityRank(b) ? a : b;
}

} // namespace headroom
