// Writes the benchmark's generated exposition to a file, so that other parsers (Prometheus's Go
// expfmt, see reference/) can be timed on the very same bytes.
// Usage: make_exposition OUTPUT [--hosts N] [--openmetrics]
#include "ExpositionGenerator.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s OUTPUT [--hosts N] [--openmetrics]\n", argv[0]);
        return 2;
    }
    int hosts = 1600;
    auto format = headroom::bench::GeneratedFormat::Text004;
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--hosts") == 0 && i + 1 < argc)
            hosts = std::atoi(argv[++i]);
        else if (std::strcmp(argv[i], "--openmetrics") == 0)
            format = headroom::bench::GeneratedFormat::OpenMetrics;
        else {
            std::fprintf(stderr, "unknown argument %s\n", argv[i]);
            return 2;
        }
    }
    const std::string text = headroom::bench::ExpositionGenerator(hosts, format).generate();
    std::ofstream out(argv[1], std::ios::binary);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out) {
        std::fprintf(stderr, "cannot write %s\n", argv[1]);
        return 1;
    }
    std::printf("%s: %zu bytes, %d hosts\n", argv[1], text.size(), hosts);
    return 0;
}
