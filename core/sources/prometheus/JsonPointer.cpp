#include "sources/prometheus/JsonPointer.h"

#include "model/Text.h"
#include "sources/prometheus/PromResponse.h"

#include <nlohmann/json.hpp>

namespace headroom {

namespace {

using nlohmann::json;

std::string describe(const json& value) {
    switch (value.type()) {
    case json::value_t::string: {
        std::string text = value.get<std::string>();
        if (text.size() > 40)
            text = text.substr(0, 40) + "...";
        return cat("the string \"", text, "\"");
    }
    case json::value_t::boolean:
        return cat("the boolean ", value.get<bool>());
    case json::value_t::null:
        return "null";
    case json::value_t::object:
        return cat("an object with ", value.size(), " keys");
    case json::value_t::array:
        return cat("an array of ", value.size());
    default:
        return value.dump();
    }
}

// RFC 6901: an array index is "0" or digits without a leading zero.
bool isArrayIndex(std::string_view token) {
    if (token.empty() || (token.size() > 1 && token.front() == '0'))
        return false;
    for (char c : token)
        if (c < '0' || c > '9')
            return false;
    return token.size() < 10;
}

std::string escapeToken(std::string_view token) {
    std::string out;
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out.push_back(c);
    }
    return out;
}

} // namespace

Result<std::vector<std::string>> parseJsonPointer(std::string_view pointer) {
    std::vector<std::string> tokens;
    if (pointer.empty())
        return tokens;
    if (pointer.front() != '/')
        return fail(ErrorCode::InvalidArgument,
                    cat("JSON pointer \"", pointer, "\" must be empty or start with '/'"));
    std::string current;
    for (std::size_t i = 1; i <= pointer.size(); ++i) {
        if (i == pointer.size() || pointer[i] == '/') {
            tokens.push_back(std::move(current));
            current.clear();
            continue;
        }
        if (pointer[i] == '~') {
            const char next = i + 1 < pointer.size() ? pointer[i + 1] : '\0';
            if (next != '0' && next != '1')
                return fail(ErrorCode::InvalidArgument,
                            cat("JSON pointer \"", pointer, "\": '~' at offset ", i,
                                " must be followed by 0 or 1"));
            current.push_back(next == '0' ? '~' : '/');
            ++i;
            continue;
        }
        current.push_back(pointer[i]);
    }
    return tokens;
}

Result<double> readJsonNumber(const json& document, std::string_view pointer,
                              StringNumbers strings) {
    auto tokens = parseJsonPointer(pointer);
    if (!tokens)
        return std::unexpected(tokens.error());
    const json* node = &document;
    std::string resolved; // the prefix of the pointer that exists, for messages
    for (const auto& token : *tokens) {
        const std::string at = resolved.empty() ? "the document" : resolved;
        if (node->is_object()) {
            auto it = node->find(token);
            if (it == node->end())
                return fail(ErrorCode::NotFound,
                            cat("JSON pointer ", pointer, ": key \"", token, "\" missing in ", at));
            node = &*it;
        } else if (node->is_array()) {
            if (!isArrayIndex(token))
                return fail(ErrorCode::NotFound,
                            cat("JSON pointer ", pointer, ": \"", token,
                                "\" is not an array index, and ", at, " is ", describe(*node)));
            const std::size_t index = std::stoul(token);
            if (index >= node->size())
                return fail(ErrorCode::NotFound,
                            cat("JSON pointer ", pointer, ": array index ", index,
                                " out of range in ", at, " (", node->size(), " items)"));
            node = &(*node)[index];
        } else {
            return fail(ErrorCode::NotFound,
                        cat("JSON pointer ", pointer, ": cannot look up \"", token, "\" in ", at,
                            ", which is ", describe(*node)));
        }
        resolved += "/" + escapeToken(token);
    }
    const std::string at = resolved.empty() ? "the document" : resolved;
    if (node->is_number())
        return node->get<double>();
    if (node->is_string() && strings == StringNumbers::Accept) {
        if (auto value = parsePromValue(node->get_ref<const std::string&>()))
            return *value;
    }
    return fail(ErrorCode::ValidationError,
                cat("JSON pointer ", pointer, ": not a number, found ", describe(*node),
                    node->is_string() && strings == StringNumbers::Reject
                        ? " (numbers written as strings are not accepted for this mapping)"
                        : ""));
}

Result<double> readJsonNumber(std::string_view body, std::string_view origin,
                              std::string_view pointer, StringNumbers strings) {
    json document;
    try {
        document = json::parse(body);
    } catch (const json::parse_error& e) {
        return fail(ErrorCode::ParseError,
                    cat(origin, " is not JSON (byte ", e.byte, "): ", e.what()));
    }
    return readJsonNumber(document, pointer, strings);
}

} // namespace headroom
