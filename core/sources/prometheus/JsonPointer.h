#pragma once
// Reads numbers out of any JSON document (a health or billing endpoint of the founder's own app)
// by RFC 6901 JSON Pointer: "/data/clients/active", "/items/0/count", "~1" for '/' and "~0" for
// '~' inside a key, "" for the whole document. Errors name the pointer, the prefix that resolved
// and what was found there, so a person can fix the mapping.

#include "model/Error.h"

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace headroom {

// Whether "42.5" (a number written as a JSON string) is accepted as 42.5.
enum class StringNumbers { Reject, Accept };

// Splits a pointer into unescaped reference tokens. Errors: not starting with '/', a '~' not
// followed by 0 or 1.
Result<std::vector<std::string>> parseJsonPointer(std::string_view pointer);

// The number at `pointer`. Booleans and null are not numbers; with StringNumbers::Accept a string
// holding a decimal number (or NaN/Inf as Prometheus writes them) is read.
Result<double> readJsonNumber(const nlohmann::json& document, std::string_view pointer,
                              StringNumbers strings = StringNumbers::Reject);

// Parses `body` (its origin, a URL or file name, is quoted in errors) and reads one number.
Result<double> readJsonNumber(std::string_view body, std::string_view origin,
                              std::string_view pointer,
                              StringNumbers strings = StringNumbers::Reject);

} // namespace headroom
