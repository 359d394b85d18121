#pragma once
// Money is integer micro-dollars: sums never drift, and a ledger of millions of rows adds up to
// the cent. Conversions from dollars round to the nearest micro-dollar.

#include <cmath>
#include <cstdint>

namespace headroom {

struct MicroUsd {
    std::int64_t value = 0;

    static MicroUsd fromDollars(double dollars)
    {
        return MicroUsd{static_cast<std::int64_t>(std::llround(dollars * 1'000'000.0))};
    }
    double dollars() const { return static_cast<double>(value) / 1'000'000.0; }

    friend auto operator<=>(MicroUsd, MicroUsd) = default;
    friend MicroUsd operator+(MicroUsd a, MicroUsd b) { return MicroUsd{a.value + b.value}; }
    friend MicroUsd operator-(MicroUsd a, MicroUsd b) { return MicroUsd{a.value - b.value}; }
};

} // namespace headroom
