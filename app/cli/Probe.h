#pragma once
// `headroom probe --source NAME [--workspace W] [--db PATH] [--json]`: polls one configured metric
// endpoint once (with the warm-up second reading that rates need, as "Test connection" does) and
// prints what was fetched (status, bytes, time, format, families and samples, problems with
// line:column) and each engine metric it mapped, or why not. The secret of a source that needs
// one comes from the environment variable secretVariableName(NAME), never from the command line
// (it would show in `ps` and shell history).
// Exit 0 when at least one metric mapped, 1 when the probe failed, 2 bad command line, 3 unknown
// workspace or source (or an invalid stored configuration), 4 database error.

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace headroom::cli {

int runProbe(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// "HEADROOM_SECRET_" + the name upper-cased, every character other than A-Z and 0-9 as '_':
// "web-1.eu" -> HEADROOM_SECRET_WEB_1_EU.
std::string secretVariableName(std::string_view sourceName);

} // namespace headroom::cli
