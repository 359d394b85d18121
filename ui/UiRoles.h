#pragma once
// Item-data roles shared by the console's models and BarDelegate.

#include <Qt>

namespace headroom::ui {

enum UiRole {
    // double: share of a limit or budget used (may exceed 1); absent (invalid QVariant) when
    // the value was not measured, so the delegate shows "not measured" instead of an empty bar.
    FractionRole = Qt::UserRole + 1,
    // int: headroom::Status of the row, for the bar's colour.
    StatusRole,
    // The row's raw key (metric key, recommendation id, provider id) for tests and selection.
    KeyRole,
    // double: the exact figure a cell shows (dollars, units, days), so tests can compare the
    // console with `headroom costs --json` without parsing localised text.
    ValueRole,
};

} // namespace headroom::ui
