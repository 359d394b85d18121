#include "sources/prometheus/MappingJson.h"

#include "model/Text.h"

#include <array>
#include <cmath>
#include <optional>
#include <set>

#include <nlohmann/json.hpp>

namespace headroom {

namespace {

using nlohmann::json;

template <class Enum, std::size_t N>
std::optional<Enum> enumFromKey(std::string_view key, const std::array<Enum, N>& all) {
    for (Enum e : all)
        if (keyOf(e) == key)
            return e;
    return std::nullopt;
}

constexpr std::array kOps{MatchOp::Equal, MatchOp::NotEqual, MatchOp::RegexMatch,
                          MatchOp::RegexNoMatch};
constexpr std::array kAggregations{Aggregation::Sum, Aggregation::Avg, Aggregation::Max,
                                   Aggregation::Min, Aggregation::Count};

std::string_view windowKey(HistogramWindow w) {
    return w == HistogramWindow::Lifetime ? "lifetime" : "since_last_scrape";
}

json selectorToJson(const Selector& s) {
    json out = {{"name", s.name}};
    if (!s.matchers.empty()) {
        json matchers = json::array();
        for (const auto& m : s.matchers)
            matchers.push_back({{"label", m.label}, {"op", keyOf(m.op)}, {"value", m.value}});
        out["matchers"] = std::move(matchers);
    }
    return out;
}

// Reads fields of one object, building error messages that name the field.
class Reader {
public:
    Reader(const json& object, std::string path)
        : m_object(object)
        , m_path(std::move(path)) {}

    std::unexpected<Error> error(std::string_view field, std::string_view what) const {
        return fail(ErrorCode::ValidationError, cat(m_path, ".", field, " ", what));
    }
    std::string path(std::string_view field) const { return cat(m_path, ".", field); }

    Result<const json*> required(std::string_view field) const {
        auto it = m_object.find(field);
        if (it == m_object.end())
            return error(field, "is missing");
        return &*it;
    }
    const json* optional(std::string_view field) const {
        auto it = m_object.find(field);
        return it == m_object.end() || it->is_null() ? nullptr : &*it;
    }
    Result<std::string> string(std::string_view field) const {
        auto v = required(field);
        if (!v)
            return std::unexpected(v.error());
        if (!(*v)->is_string())
            return error(field, cat("must be a string, not ", (*v)->type_name()));
        return (*v)->get<std::string>();
    }
    Result<double> number(std::string_view field, std::optional<double> fallback) const {
        const json* v = optional(field);
        if (!v) {
            if (fallback)
                return *fallback;
            return error(field, "is missing");
        }
        if (!v->is_number())
            return error(field, cat("must be a number, not ", v->type_name()));
        return v->get<double>();
    }
    Result<bool> boolean(std::string_view field) const {
        const json* v = optional(field);
        if (!v)
            return false;
        if (!v->is_boolean())
            return error(field, cat("must be true or false, not ", v->type_name()));
        return v->get<bool>();
    }

private:
    const json& m_object;
    std::string m_path;
};

Result<Selector> selectorFromJson(const json& value, const std::string& path) {
    if (!value.is_object())
        return fail(ErrorCode::ValidationError,
                    cat(path, " must be an object, not ", value.type_name()));
    Reader r(value, path);
    Selector out;
    auto name = r.string("name");
    if (!name)
        return std::unexpected(name.error());
    out.name = *name;
    if (const json* matchers = r.optional("matchers")) {
        if (!matchers->is_array())
            return r.error("matchers", "must be an array");
        for (std::size_t i = 0; i < matchers->size(); ++i) {
            const std::string mPath = cat(path, ".matchers[", i, "]");
            if (!(*matchers)[i].is_object())
                return fail(ErrorCode::ValidationError, cat(mPath, " must be an object"));
            Reader m((*matchers)[i], mPath);
            auto label = m.string("label");
            if (!label)
                return std::unexpected(label.error());
            auto op = m.string("op");
            if (!op)
                return std::unexpected(op.error());
            auto value2 = m.string("value");
            if (!value2)
                return std::unexpected(value2.error());
            auto parsedOp = enumFromKey<MatchOp>(*op, kOps);
            if (!parsedOp)
                return m.error("op", cat("\"", *op, "\" is not =, !=, =~ or !~"));
            out.matchers.push_back(LabelMatcher{*label, *parsedOp, *value2});
        }
    }
    return out;
}

Result<Selector> selectorField(const Reader& r, std::string_view field) {
    auto v = r.required(field);
    if (!v)
        return std::unexpected(v.error());
    return selectorFromJson(**v, r.path(field));
}

Result<Aggregation> aggregationField(const Reader& r) {
    const json* v = r.optional("aggregation");
    if (!v)
        return Aggregation::Sum;
    if (!v->is_string())
        return r.error("aggregation", "must be a string");
    auto a = enumFromKey<Aggregation>(v->get<std::string>(), kAggregations);
    if (!a)
        return r.error("aggregation",
                       cat("\"", v->get<std::string>(), "\" is not sum, avg, max, min or count"));
    return *a;
}

template <class Ratio>
Result<SourceExpression> ratioFromJson(const Reader& r) {
    auto num = selectorField(r, "numerator");
    if (!num)
        return std::unexpected(num.error());
    auto den = selectorField(r, "denominator");
    if (!den)
        return std::unexpected(den.error());
    auto oneMinus = r.boolean("one_minus");
    if (!oneMinus)
        return std::unexpected(oneMinus.error());
    return Ratio{*num, *den, *oneMinus ? RatioForm::OneMinus : RatioForm::Plain};
}

Result<SourceExpression> expressionFromJson(const json& e, const std::string& path) {
    if (!e.is_object())
        return fail(ErrorCode::ValidationError,
                    cat(path, " must be an object, not ", e.type_name()));
    Reader r(e, path);
    auto kind = r.string("kind");
    if (!kind)
        return std::unexpected(kind.error());
    if (*kind == "series" || *kind == "counter_rate") {
        auto selector = selectorField(r, "selector");
        if (!selector)
            return std::unexpected(selector.error());
        auto aggregation = aggregationField(r);
        if (!aggregation)
            return std::unexpected(aggregation.error());
        if (*kind == "series")
            return SeriesSelect{*selector, *aggregation};
        return CounterRate{*selector, *aggregation};
    }
    if (*kind == "counter_ratio")
        return ratioFromJson<CounterRatio>(r);
    if (*kind == "gauge_ratio")
        return ratioFromJson<GaugeRatio>(r);
    if (*kind == "histogram_quantile") {
        auto selector = selectorField(r, "selector");
        if (!selector)
            return std::unexpected(selector.error());
        auto q = r.number("q", std::nullopt);
        if (!q)
            return std::unexpected(q.error());
        HistogramWindow window = HistogramWindow::SinceLastScrape;
        if (const json* w = r.optional("window")) {
            if (*w == "lifetime")
                window = HistogramWindow::Lifetime;
            else if (*w != "since_last_scrape")
                return r.error("window", "must be \"since_last_scrape\" or \"lifetime\"");
        }
        return HistogramQuantile{*selector, *q, window};
    }
    if (*kind == "promql") {
        auto query = r.string("query");
        if (!query)
            return std::unexpected(query.error());
        return PromQl{*query};
    }
    if (*kind == "json_pointer") {
        auto pointer = r.string("pointer");
        if (!pointer)
            return std::unexpected(pointer.error());
        auto strings = r.boolean("strings_as_numbers");
        if (!strings)
            return std::unexpected(strings.error());
        return JsonPointer{*pointer, *strings ? StringNumbers::Accept : StringNumbers::Reject};
    }
    return r.error("kind", cat("\"", *kind,
                               "\" is not series, counter_rate, counter_ratio, gauge_ratio, "
                               "histogram_quantile, promql or json_pointer"));
}

} // namespace

json bindingToJson(const MetricBinding& binding) {
    struct Out {
        json operator()(const SeriesSelect& e) const {
            return {{"selector", selectorToJson(e.selector)},
                    {"aggregation", keyOf(e.aggregation)}};
        }
        json operator()(const CounterRate& e) const {
            return {{"selector", selectorToJson(e.selector)},
                    {"aggregation", keyOf(e.aggregation)}};
        }
        json operator()(const CounterRatio& e) const {
            return {{"numerator", selectorToJson(e.numerator)},
                    {"denominator", selectorToJson(e.denominator)},
                    {"one_minus", e.form == RatioForm::OneMinus}};
        }
        json operator()(const GaugeRatio& e) const {
            return {{"numerator", selectorToJson(e.numerator)},
                    {"denominator", selectorToJson(e.denominator)},
                    {"one_minus", e.form == RatioForm::OneMinus}};
        }
        json operator()(const HistogramQuantile& e) const {
            return {{"selector", selectorToJson(e.selector)},
                    {"q", e.q},
                    {"window", windowKey(e.window)}};
        }
        json operator()(const PromQl& e) const { return {{"query", e.expression}}; }
        json operator()(const JsonPointer& e) const {
            return {{"pointer", e.pointer},
                    {"strings_as_numbers", e.strings == StringNumbers::Accept}};
        }
    };
    json expression = std::visit(Out{}, binding.expression);
    expression["kind"] = expressionKind(binding.expression);
    return {{"metric", metricKey(binding.metric)},
            {"scale", binding.scale},
            {"expression", std::move(expression)}};
}

Result<MetricBinding> bindingFromJson(const json& value, std::string_view where) {
    const std::string path(where);
    if (!value.is_object())
        return fail(ErrorCode::ValidationError,
                    cat(path, " must be an object, not ", value.type_name()));
    Reader r(value, path);
    auto key = r.string("metric");
    if (!key)
        return std::unexpected(key.error());
    auto metric = metricFromKey(*key);
    if (!metric)
        return r.error("metric", cat("\"", *key, "\" is not an engine metric"));
    auto scale = r.number("scale", 1.0);
    if (!scale)
        return std::unexpected(scale.error());
    auto e = r.required("expression");
    if (!e)
        return std::unexpected(e.error());
    auto expression = expressionFromJson(**e, cat(path, ".expression"));
    if (!expression)
        return std::unexpected(expression.error());
    MetricBinding binding{*metric, std::move(*expression), *scale};
    if (auto valid = validateBinding(binding); !valid)
        return fail(ErrorCode::ValidationError, cat(path, ".", valid.error().message));
    return binding;
}

std::string bindingsToJsonText(std::span<const MetricBinding> bindings) {
    json out = json::array();
    for (const auto& b : bindings)
        out.push_back(bindingToJson(b));
    return out.dump(2);
}

Result<std::vector<MetricBinding>> bindingsFromJsonText(std::string_view text,
                                                        std::string_view origin) {
    json document;
    try {
        document = json::parse(text);
    } catch (const json::parse_error& e) {
        return fail(ErrorCode::ParseError,
                    cat(origin, ": mappings are not JSON (byte ", e.byte, "): ", e.what()));
    }
    if (!document.is_array())
        return fail(ErrorCode::ValidationError,
                    cat(origin, ": mappings must be an array, not ", document.type_name()));
    std::vector<MetricBinding> out;
    std::set<MetricId> seen;
    for (std::size_t i = 0; i < document.size(); ++i) {
        auto b = bindingFromJson(document[i], cat("mappings[", i, "]"));
        if (!b)
            return fail(b.error().code, cat(origin, ": ", b.error().message));
        if (!seen.insert(b->metric).second)
            return fail(ErrorCode::ValidationError, cat(origin, ": mappings[", i, "].metric ",
                                                        metricKey(b->metric), " is bound twice"));
        out.push_back(std::move(*b));
    }
    return out;
}

} // namespace headroom
