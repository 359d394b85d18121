#pragma once
// Helpers for the core's JSON readers (model, bundle manifests): typed field access that reports
// the JSON path of a missing or mistyped field. Readers throw JsonReadError internally and turn
// it into a Result at their public boundary; no exception escapes a reader.

#include "Time.h"

#include <limits>
#include <optional>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace headroom::jsonread {

struct JsonReadError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

[[noreturn]] inline void failAt(const std::string& path, const std::string& what) {
    throw JsonReadError(path + ": " + what);
}

inline const nlohmann::json& field(const nlohmann::json& object, const std::string& path,
                                   const char* name) {
    if (!object.is_object()) {
        failAt(path, "expected an object");
    }
    auto it = object.find(name);
    if (it == object.end()) {
        failAt(path + "." + name, "missing");
    }
    return *it;
}

inline const nlohmann::json* optionalField(const nlohmann::json& object, const std::string& path,
                                           const char* name) {
    if (!object.is_object()) {
        failAt(path, "expected an object");
    }
    auto it = object.find(name);
    if (it == object.end() || it->is_null()) {
        return nullptr;
    }
    return &*it;
}

// Non-finite doubles are written as null (JSON has no NaN); they read back as NaN.
inline double asDouble(const nlohmann::json& value, const std::string& path) {
    if (value.is_null()) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    if (!value.is_number()) {
        failAt(path, "expected a number");
    }
    return value.get<double>();
}

inline int asInt(const nlohmann::json& value, const std::string& path) {
    if (!value.is_number_integer()) {
        failAt(path, "expected a whole number");
    }
    return value.get<int>();
}

inline bool asBool(const nlohmann::json& value, const std::string& path) {
    if (!value.is_boolean()) {
        failAt(path, "expected true or false");
    }
    return value.get<bool>();
}

inline std::string asString(const nlohmann::json& value, const std::string& path) {
    if (!value.is_string()) {
        failAt(path, "expected a string");
    }
    return value.get<std::string>();
}

inline Timestamp asTime(const nlohmann::json& value, const std::string& path) {
    const std::string text = asString(value, path);
    auto t = parseIso(text);
    if (!t) {
        failAt(path, "'" + text + "' is not an ISO 8601 UTC time");
    }
    return *t;
}

inline const nlohmann::json& asArray(const nlohmann::json& value, const std::string& path) {
    if (!value.is_array()) {
        failAt(path, "expected an array");
    }
    return value;
}

inline nlohmann::json number(double value) {
    if (value != value || value == std::numeric_limits<double>::infinity() ||
        value == -std::numeric_limits<double>::infinity()) {
        return nullptr;
    }
    return value;
}

inline std::string indexPath(const std::string& path, std::size_t i) {
    return path + "[" + std::to_string(i) + "]";
}

} // namespace headroom::jsonread
