#include "sources/prometheus/Mapping.h"

#include "model/Text.h"

#include <cmath>

namespace headroom {

namespace {

Result<void> validateSelector(const Selector& selector, std::string_view field) {
    if (selector.name.empty())
        return fail(ErrorCode::ValidationError, cat(field, ".name is empty"));
    for (std::size_t i = 0; i < selector.matchers.size(); ++i) {
        const auto& m = selector.matchers[i];
        if (m.label.empty())
            return fail(ErrorCode::ValidationError,
                        cat(field, ".matchers[", i, "].label is empty"));
        if (m.op == MatchOp::RegexMatch || m.op == MatchOp::RegexNoMatch) {
            try {
                std::regex compiled(m.value, std::regex::ECMAScript);
            } catch (const std::regex_error& e) {
                return fail(ErrorCode::ValidationError,
                            cat(field, ".matchers[", i, "].value: invalid regex \"", m.value,
                                "\": ", e.what()));
            }
        }
    }
    return {};
}

std::string_view labelValue(std::span<const std::pair<std::string, std::string>> labels,
                            std::string_view name) {
    for (const auto& [key, value] : labels)
        if (key == name)
            return value;
    return {};
}

} // namespace

std::string_view keyOf(MatchOp op) {
    switch (op) {
    case MatchOp::Equal:
        return "=";
    case MatchOp::NotEqual:
        return "!=";
    case MatchOp::RegexMatch:
        return "=~";
    case MatchOp::RegexNoMatch:
        return "!~";
    }
    return "?";
}

std::string_view keyOf(Aggregation aggregation) {
    switch (aggregation) {
    case Aggregation::Sum:
        return "sum";
    case Aggregation::Avg:
        return "avg";
    case Aggregation::Max:
        return "max";
    case Aggregation::Min:
        return "min";
    case Aggregation::Count:
        return "count";
    }
    return "?";
}

std::string_view expressionKind(const SourceExpression& expression) {
    struct Kind {
        std::string_view operator()(const SeriesSelect&) const { return "series"; }
        std::string_view operator()(const CounterRate&) const { return "counter_rate"; }
        std::string_view operator()(const CounterRatio&) const { return "counter_ratio"; }
        std::string_view operator()(const GaugeRatio&) const { return "gauge_ratio"; }
        std::string_view operator()(const HistogramQuantile&) const { return "histogram_quantile"; }
        std::string_view operator()(const PromQl&) const { return "promql"; }
        std::string_view operator()(const JsonPointer&) const { return "json_pointer"; }
    };
    return std::visit(Kind{}, expression);
}

Result<void> validateBinding(const MetricBinding& binding) {
    if (!std::isfinite(binding.scale) || binding.scale == 0)
        return fail(ErrorCode::ValidationError,
                    cat("scale must be a finite non-zero number, not ", binding.scale));
    struct Check {
        Result<void> operator()(const SeriesSelect& e) const {
            return validateSelector(e.selector, "expression.selector");
        }
        Result<void> operator()(const CounterRate& e) const {
            return validateSelector(e.selector, "expression.selector");
        }
        Result<void> operator()(const CounterRatio& e) const {
            auto r = validateSelector(e.numerator, "expression.numerator");
            return r ? validateSelector(e.denominator, "expression.denominator") : r;
        }
        Result<void> operator()(const GaugeRatio& e) const {
            auto r = validateSelector(e.numerator, "expression.numerator");
            return r ? validateSelector(e.denominator, "expression.denominator") : r;
        }
        Result<void> operator()(const HistogramQuantile& e) const {
            if (!(e.q >= 0 && e.q <= 1))
                return fail(ErrorCode::ValidationError,
                            cat("expression.q must be within [0, 1], not ", e.q));
            return validateSelector(e.selector, "expression.selector");
        }
        Result<void> operator()(const PromQl& e) const {
            if (e.expression.find_first_not_of(" \t\r\n") == std::string::npos)
                return fail(ErrorCode::ValidationError, "expression.query is empty");
            return {};
        }
        Result<void> operator()(const JsonPointer& e) const {
            auto tokens = parseJsonPointer(e.pointer);
            if (!tokens)
                return fail(ErrorCode::ValidationError,
                            cat("expression.pointer: ", tokens.error().message));
            return {};
        }
    };
    return std::visit(Check{}, binding.expression);
}

SelectorMatcher::SelectorMatcher(Selector selector)
    : m_selector(std::move(selector)) {
    m_regexes.reserve(m_selector.matchers.size());
    for (const auto& m : m_selector.matchers) {
        if (m.op != MatchOp::RegexMatch && m.op != MatchOp::RegexNoMatch) {
            m_regexes.emplace_back();
            continue;
        }
        try {
            m_regexes.emplace_back(std::regex(m.value, std::regex::ECMAScript));
        } catch (const std::regex_error&) {
            m_regexes.emplace_back();
            m_valid = false;
        }
    }
}

bool SelectorMatcher::matchesLabels(
    std::span<const std::pair<std::string, std::string>> labels) const {
    if (!m_valid)
        return false;
    for (std::size_t i = 0; i < m_selector.matchers.size(); ++i) {
        const auto& m = m_selector.matchers[i];
        const std::string_view value = labelValue(labels, m.label);
        bool ok = false;
        switch (m.op) {
        case MatchOp::Equal:
            ok = value == m.value;
            break;
        case MatchOp::NotEqual:
            ok = value != m.value;
            break;
        case MatchOp::RegexMatch:
        case MatchOp::RegexNoMatch: {
            // PromQL anchors regexes at both ends: regex_match tests the whole value.
            const bool full = std::regex_match(value.begin(), value.end(), *m_regexes[i]);
            ok = m.op == MatchOp::RegexMatch ? full : !full;
            break;
        }
        }
        if (!ok)
            return false;
    }
    return true;
}

bool SelectorMatcher::matches(const SeriesSample& sample, std::string_view nameOverride) const {
    return sample.name == nameOverride && matchesLabels(sample.labels);
}

bool SelectorMatcher::matches(const SeriesSample& sample) const {
    return matches(sample, m_selector.name);
}

} // namespace headroom
