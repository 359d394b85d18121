#pragma once
// Builds the core services (catalog, host collector, engine) and the window, then runs the Qt
// event loop. Options: --db PATH, --workspace NAME, a BUNDLE file to open read-only, --self-test
// (start, show the demo and the live workspace once, exit 0 when both rendered; used by CI to
// smoke-test the real binary).

namespace headroom {

int runConsole(int argc, char** argv);

} // namespace headroom
