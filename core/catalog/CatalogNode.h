#pragma once
// Internal to headroom_catalog: Node, a JSON value together with its key path, so that every
// accessor can report a wrong type or a missing field as
// "tiers[1].limits.cpu_utilization: expected a number, got a string" (it throws ReadProblem).

#include "CatalogJson.h"
#include "model/Day.h"
#include "model/Text.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace headroom::catalog_detail {

inline std::string_view typeName(const Json& value) {
    switch (value.type()) {
    case Json::value_t::null:
        return "null";
    case Json::value_t::object:
        return "an object";
    case Json::value_t::array:
        return "an array";
    case Json::value_t::string:
        return "a string";
    case Json::value_t::boolean:
        return "a boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return "a number";
    default:
        return "an unsupported value";
    }
}

inline bool isComment(std::string_view key) {
    return key.starts_with('_');
}

class Node {
public:
    Node(const Json& value, std::string path)
        : m_value(&value)
        , m_path(std::move(path)) {}

    const std::string& path() const { return m_path; }

    [[noreturn]] void fail(std::string message) const {
        throw ReadProblem{m_path, std::move(message)};
    }

    void expect(bool ok, std::string_view expected) const {
        if (!ok) {
            fail(cat("expected ", expected, ", got ", typeName(*m_value)));
        }
    }

    // Checks that this is an object holding every required key and no key outside
    // required + optional (comments aside).
    void requireObject(std::initializer_list<std::string_view> required,
                       std::initializer_list<std::string_view> optional = {}) const {
        expect(m_value->is_object(), "an object");
        for (auto key : required) {
            if (!m_value->contains(key)) {
                Node(*m_value, cat(m_path, '.', key)).fail("missing field");
            }
        }
        for (const auto& [key, item] : m_value->items()) {
            if (isComment(key)) {
                continue;
            }
            const bool known =
                std::ranges::find(required, std::string_view(key)) != required.end() ||
                std::ranges::find(optional, std::string_view(key)) != optional.end();
            if (!known) {
                Node(item, cat(m_path, '.', key)).fail("unknown key");
            }
        }
    }

    Node at(std::string_view key) const {
        expect(m_value->is_object(), "an object");
        auto it = m_value->find(key);
        if (it == m_value->end()) {
            Node(*m_value, cat(m_path, '.', key)).fail("missing field");
        }
        return Node(*it, cat(m_path, '.', key));
    }

    std::optional<Node> find(std::string_view key) const {
        auto it = m_value->find(key);
        if (it == m_value->end()) {
            return std::nullopt;
        }
        return Node(*it, cat(m_path, '.', key));
    }

    std::vector<Node> items() const {
        expect(m_value->is_array(), "an array");
        std::vector<Node> out;
        out.reserve(m_value->size());
        for (std::size_t i = 0; i < m_value->size(); ++i) {
            out.emplace_back((*m_value)[i], cat(m_path, '[', i, ']'));
        }
        return out;
    }

    // Object members except comments, in document order.
    std::vector<std::pair<std::string, Node>> members() const {
        expect(m_value->is_object(), "an object");
        std::vector<std::pair<std::string, Node>> out;
        for (const auto& [key, item] : m_value->items()) {
            if (!isComment(key)) {
                out.emplace_back(key, Node(item, cat(m_path, '.', key)));
            }
        }
        return out;
    }

    double number() const {
        expect(m_value->is_number(), "a number");
        const double v = m_value->get<double>();
        if (!std::isfinite(v)) {
            fail("must be a finite number");
        }
        return v;
    }

    int integer() const {
        const double v = number();
        if (v != std::floor(v) || v < std::numeric_limits<int>::min() ||
            v > std::numeric_limits<int>::max()) {
            fail(cat("expected a whole number, got ", v));
        }
        return static_cast<int>(v);
    }

    std::string string() const {
        expect(m_value->is_string(), "a string");
        return m_value->get<std::string>();
    }

    bool boolean() const {
        expect(m_value->is_boolean(), "true or false");
        return m_value->get<bool>();
    }

    std::vector<std::string> strings() const {
        std::vector<std::string> out;
        for (const auto& item : items()) {
            out.push_back(item.string());
        }
        return out;
    }

    MetricId metric() const {
        auto text = string();
        auto id = metricFromKey(text);
        if (!id) {
            fail(cat("unknown metric '", text, "'"));
        }
        return *id;
    }

    template <class E>
    E enumValue(std::optional<E> (*fromString)(std::string_view), std::string_view choices) const {
        auto text = string();
        auto value = fromString(text);
        if (!value) {
            fail(cat("unknown value '", text, "' (expected one of ", choices, ")"));
        }
        return *value;
    }

    MicroUsd dollars() const { return MicroUsd::fromDollars(number()); }

    Day day() const {
        const auto text = string();
        const auto parsed = parseDay(text);
        if (!parsed) {
            fail(cat("expected a day as YYYY-MM-DD, got '", text, "'"));
        }
        return *parsed;
    }

    std::chrono::days days() const { return std::chrono::days{integer()}; }

    std::vector<double> numbers() const {
        std::vector<double> out;
        for (const auto& item : items()) {
            out.push_back(item.number());
        }
        return out;
    }

private:
    const Json* m_value;
    std::string m_path;
};

} // namespace headroom::catalog_detail
