#include "sources/prometheus/PromResponse.h"

#include "model/Text.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include <nlohmann/json.hpp>

namespace headroom {

namespace {

using nlohmann::json;

std::string_view typeName(const json& value) {
    return value.type_name(); // "object", "array", "string", "number", "boolean", "null"
}

std::unexpected<Error> shapeError(const std::string& path, std::string_view expected,
                                  const json& found) {
    return fail(ErrorCode::ParseError, cat("Prometheus API response: ", path, " should be ",
                                           expected, " but is ", typeName(found)));
}

// A timestamp is a JSON number of seconds (Prometheus writes 1435781451.781).
Result<double> parseTime(const json& value, const std::string& path) {
    if (!value.is_number())
        return shapeError(path, "a number of seconds", value);
    const double t = value.get<double>();
    if (!std::isfinite(t))
        return fail(ErrorCode::ParseError,
                    cat("Prometheus API response: ", path, " is not a finite time"));
    return t;
}

// [time, "value"]
Result<PromPoint> parsePoint(const json& pair, const std::string& path) {
    if (!pair.is_array() || pair.size() != 2)
        return shapeError(path, "an array [time, \"value\"]", pair);
    auto time = parseTime(pair[0], cat(path, "[0]"));
    if (!time)
        return std::unexpected(time.error());
    if (!pair[1].is_string())
        return shapeError(cat(path, "[1]"), "a string value", pair[1]);
    const auto& text = pair[1].get_ref<const std::string&>();
    auto value = parsePromValue(text);
    if (!value)
        return fail(ErrorCode::ParseError,
                    cat("Prometheus API response: ", path, "[1] is not a number: \"", text, "\""));
    return PromPoint{*time, *value};
}

Result<PromLabels> parseLabels(const json& metric, const std::string& path) {
    if (!metric.is_object())
        return shapeError(path, "an object of labels", metric);
    PromLabels labels;
    labels.reserve(metric.size());
    for (const auto& [name, value] : metric.items()) {
        if (!value.is_string())
            return shapeError(cat(path, ".", name), "a string", value);
        labels.emplace_back(name, value.get<std::string>());
    }
    std::sort(labels.begin(), labels.end());
    return labels;
}

Result<std::vector<PromSeries>> parseSeriesList(const json& result, PromResultType type) {
    if (!result.is_array())
        return shapeError("data.result", "an array", result);
    std::vector<PromSeries> out;
    out.reserve(result.size());
    for (std::size_t i = 0; i < result.size(); ++i) {
        const json& item = result[i];
        const std::string path = cat("data.result[", i, "]");
        if (!item.is_object())
            return shapeError(path, "an object", item);
        PromSeries series;
        if (auto m = item.find("metric"); m != item.end()) {
            auto labels = parseLabels(*m, cat(path, ".metric"));
            if (!labels)
                return std::unexpected(labels.error());
            series.labels = std::move(*labels);
        } else {
            return fail(ErrorCode::ParseError,
                        cat("Prometheus API response: ", path, ".metric is missing"));
        }
        const char* const key = type == PromResultType::Vector ? "value" : "values";
        auto v = item.find(key);
        if (v == item.end()) {
            const bool native =
                item.contains(type == PromResultType::Vector ? "histogram" : "histograms");
            return fail(ErrorCode::ParseError,
                        cat("Prometheus API response: ", path, ".", key, " is missing",
                            native ? " (native histograms are not supported)" : ""));
        }
        if (type == PromResultType::Vector) {
            auto point = parsePoint(*v, cat(path, ".value"));
            if (!point)
                return std::unexpected(point.error());
            series.points.push_back(*point);
        } else {
            if (!v->is_array())
                return shapeError(cat(path, ".values"), "an array", *v);
            series.points.reserve(v->size());
            for (std::size_t j = 0; j < v->size(); ++j) {
                auto point = parsePoint((*v)[j], cat(path, ".values[", j, "]"));
                if (!point)
                    return std::unexpected(point.error());
                series.points.push_back(*point);
            }
        }
        out.push_back(std::move(series));
    }
    return out;
}

Result<std::vector<std::string>> parseStrings(const json& envelope, const char* key) {
    std::vector<std::string> out;
    auto it = envelope.find(key);
    if (it == envelope.end() || it->is_null())
        return out;
    if (!it->is_array())
        return shapeError(key, "an array of strings", *it);
    for (std::size_t i = 0; i < it->size(); ++i) {
        if (!(*it)[i].is_string())
            return shapeError(cat(key, "[", i, "]"), "a string", (*it)[i]);
        out.push_back((*it)[i].get<std::string>());
    }
    return out;
}

ErrorCode codeForErrorType(std::string_view errorType) {
    if (errorType == "bad_data")
        return ErrorCode::InvalidArgument;
    if (errorType == "execution")
        return ErrorCode::ValidationError;
    if (errorType == "timeout")
        return ErrorCode::Timeout;
    if (errorType == "canceled")
        return ErrorCode::Cancelled;
    return ErrorCode::NetworkError; // unavailable, internal, not_found, unknown
}

std::string quoteStart(std::string_view body) {
    constexpr std::size_t kQuoted = 160;
    std::string out(body.substr(0, kQuoted));
    std::replace_if(
        out.begin(), out.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
    return body.size() > kQuoted ? out + "..." : out;
}

Result<PromQueryResult> parseEnvelope(const json& envelope, long httpStatus) {
    if (!envelope.is_object())
        return shapeError("the document", "an object", envelope);
    auto status = envelope.find("status");
    if (status == envelope.end())
        return fail(ErrorCode::ParseError, "Prometheus API response: status is missing");
    if (!status->is_string())
        return shapeError("status", "a string", *status);
    auto warnings = parseStrings(envelope, "warnings");
    if (!warnings)
        return std::unexpected(warnings.error());
    auto infos = parseStrings(envelope, "infos");
    if (!infos)
        return std::unexpected(infos.error());

    if (*status == "error") {
        const std::string errorType = envelope.value("errorType", std::string("unknown"));
        const std::string text = envelope.value("error", std::string("(no error text)"));
        std::string message =
            cat("Prometheus API error ", errorType, " (HTTP ", httpStatus, "): ", text);
        for (const auto& w : *warnings)
            message += cat("; warning: ", w);
        return fail(codeForErrorType(errorType), std::move(message));
    }
    if (*status != "success")
        return fail(ErrorCode::ParseError,
                    cat("Prometheus API response: status is \"", status->get<std::string>(),
                        "\", expected \"success\" or \"error\""));
    if (httpStatus < 200 || httpStatus > 299)
        return fail(ErrorCode::NetworkError,
                    cat("Prometheus API answered HTTP ", httpStatus, " with status success"));

    auto data = envelope.find("data");
    if (data == envelope.end())
        return fail(ErrorCode::ParseError, "Prometheus API response: data is missing");
    if (!data->is_object())
        return shapeError("data", "an object", *data);
    auto typeIt = data->find("resultType");
    if (typeIt == data->end())
        return fail(ErrorCode::ParseError, "Prometheus API response: data.resultType is missing");
    if (!typeIt->is_string())
        return shapeError("data.resultType", "a string", *typeIt);
    auto resultIt = data->find("result");
    if (resultIt == data->end())
        return fail(ErrorCode::ParseError, "Prometheus API response: data.result is missing");

    PromQueryResult out;
    out.warnings = std::move(*warnings);
    out.infos = std::move(*infos);
    const auto& type = typeIt->get_ref<const std::string&>();
    if (type == "vector" || type == "matrix") {
        out.type = type == "vector" ? PromResultType::Vector : PromResultType::Matrix;
        auto series = parseSeriesList(*resultIt, out.type);
        if (!series)
            return std::unexpected(series.error());
        out.series = std::move(*series);
    } else if (type == "scalar") {
        out.type = PromResultType::Scalar;
        auto point = parsePoint(*resultIt, "data.result");
        if (!point)
            return std::unexpected(point.error());
        out.scalar = *point;
    } else if (type == "string") {
        out.type = PromResultType::String;
        const json& r = *resultIt;
        if (!r.is_array() || r.size() != 2)
            return shapeError("data.result", "an array [time, \"text\"]", r);
        auto time = parseTime(r[0], "data.result[0]");
        if (!time)
            return std::unexpected(time.error());
        if (!r[1].is_string())
            return shapeError("data.result[1]", "a string", r[1]);
        out.scalar.time = *time;
        out.scalar.value = std::nan("");
        out.text = r[1].get<std::string>();
    } else {
        return fail(ErrorCode::ParseError, cat("Prometheus API response: data.resultType \"", type,
                                               "\" is not vector, matrix, scalar or string"));
    }
    return out;
}

} // namespace

std::optional<std::string> PromSeries::label(std::string_view name) const {
    for (const auto& [key, value] : labels)
        if (key == name)
            return value;
    return std::nullopt;
}

std::string_view keyOf(PromResultType type) {
    switch (type) {
    case PromResultType::Vector:
        return "vector";
    case PromResultType::Matrix:
        return "matrix";
    case PromResultType::Scalar:
        return "scalar";
    case PromResultType::String:
        return "string";
    }
    return "?";
}

std::optional<double> parsePromValue(std::string_view text) {
    if (text.empty())
        return std::nullopt;
    bool negative = false;
    if (text.front() == '+' || text.front() == '-') {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    if (text.empty() || text.front() == '+' || text.front() == '-')
        return std::nullopt;
    double value = 0;
    // from_chars also reads "inf", "infinity" and "nan" in any case, as Go's ParseFloat does.
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size())
        return std::nullopt;
    return negative ? -value : value;
}

Result<PromQueryResult> parsePromResponse(std::string_view body, long httpStatus) {
    json envelope;
    try {
        envelope = json::parse(body);
    } catch (const json::parse_error& e) {
        if (httpStatus < 200 || httpStatus > 299)
            return fail(ErrorCode::NetworkError,
                        cat("Prometheus API answered HTTP ", httpStatus,
                            " with a body that is not its JSON: ", quoteStart(body)));
        return fail(ErrorCode::ParseError,
                    cat("Prometheus API response is not JSON (byte ", e.byte, "): ", e.what()));
    }
    return parseEnvelope(envelope, httpStatus);
}

Result<double> singleValue(const PromQueryResult& result, std::string_view query) {
    switch (result.type) {
    case PromResultType::Scalar:
        return result.scalar.value;
    case PromResultType::String:
        return fail(ErrorCode::ValidationError,
                    cat("PromQL `", query, "` returned a string, not a number"));
    case PromResultType::Vector:
    case PromResultType::Matrix:
        break;
    }
    if (result.series.empty())
        return fail(ErrorCode::NotFound, cat("PromQL `", query, "` returned no series"));
    if (result.series.size() > 1)
        return fail(ErrorCode::ValidationError,
                    cat("PromQL `", query, "` returned ", result.series.size(),
                        " series; aggregate it to one (sum, avg, max)"));
    const auto& points = result.series.front().points;
    if (points.empty())
        return fail(ErrorCode::NotFound,
                    cat("PromQL `", query, "` returned a series without points"));
    return points.back().value;
}

} // namespace headroom
