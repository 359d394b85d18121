#pragma once
// Internal to headroom_demo: the demo's random numbers. splitmix64 is tiny, well distributed,
// and its output is fixed by its definition, unlike the std:: distributions whose results differ
// between standard libraries, so the demo is the same on every machine.

#include <cstdint>

namespace headroom::demo_detail {

class Random {
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; } // [0, 1)
    double symmetric() { return uniform() * 2.0 - 1.0; }                       // [-1, 1)
    // A rough bell on [-1, 1]: the mean of three uniforms.
    double bell() { return (symmetric() + symmetric() + symmetric()) / 3.0; }

private:
    std::uint64_t m_state;
};

} // namespace headroom::demo_detail
