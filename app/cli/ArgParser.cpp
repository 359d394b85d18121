#include "ArgParser.h"

#include "model/Text.h"

#include <algorithm>

namespace headroom::cli {

std::optional<std::string> ParsedArgs::value(const std::string& name) const {
    auto it = values.find(name);
    if (it == values.end()) {
        return std::nullopt;
    }
    return it->second;
}

Result<ParsedArgs> parseArgs(const std::vector<std::string>& args,
                             const std::vector<OptionSpec>& specs, std::size_t maxPositionals) {
    ParsedArgs parsed;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg.rfind("--", 0) != 0 || arg == "--") {
            if (parsed.positionals.size() >= maxPositionals) {
                return fail(ErrorCode::InvalidArgument, cat("unexpected argument '", arg, "'"));
            }
            parsed.positionals.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> inlineValue;
        if (auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name.resize(eq);
        }
        auto spec = std::ranges::find(specs, name, &OptionSpec::name);
        if (spec == specs.end()) {
            return fail(ErrorCode::InvalidArgument, cat("unknown option '--", name, "'"));
        }
        if (!spec->takesValue) {
            if (inlineValue) {
                return fail(ErrorCode::InvalidArgument,
                            cat("option '--", name, "' does not take a value"));
            }
            parsed.flags.insert(name);
            continue;
        }
        if (inlineValue) {
            parsed.values[name] = *inlineValue;
        } else if (i + 1 < args.size()) {
            parsed.values[name] = args[++i];
        } else {
            return fail(ErrorCode::InvalidArgument,
                        cat("option '--", name, "' needs a value (", spec->valueName, ")"));
        }
        if (parsed.values[name].empty()) {
            return fail(ErrorCode::InvalidArgument,
                        cat("option '--", name, "' has an empty value"));
        }
    }
    return parsed;
}

std::string describeOptions(const std::vector<OptionSpec>& specs) {
    std::string out;
    for (const auto& spec : specs) {
        std::string left = "  --" + spec.name;
        if (spec.takesValue) {
            left += " " + spec.valueName;
        }
        if (left.size() < 26) {
            left.resize(26, ' ');
        } else {
            left += "  ";
        }
        out += left + spec.help + "\n";
    }
    return out;
}

} // namespace headroom::cli
