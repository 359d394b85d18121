#pragma once
// ExpositionDocument: a parsed exposition with owned strings, for callers that want the whole
// thing (the check-metrics command, source mapping, tests). Built on parseExposition(); costs
// memory proportional to the input, so stream with ExpositionVisitor when that matters.
// Invariants: families appear in input order, each name once (0.0.4 families whose samples are
// split across the document are merged into the first occurrence, with a warning); samples keep
// their input order; problems are in input order except end-of-family checks.

#include "sources/exposition/Exposition.h"

#include <optional>
#include <string>
#include <vector>

namespace headroom::exposition {

struct Label {
    std::string name;
    std::string value;
};

struct Exemplar {
    std::vector<Label> labels;
    double value = 0;
    std::optional<double> timestampSeconds;
};

struct Sample {
    std::string name;
    std::vector<Label> labels;
    double value = 0;
    std::optional<std::int64_t> timestampMs;
    std::optional<Exemplar> exemplar;
    int line = 0;

    // The value of a label, or nullptr.
    const std::string* label(std::string_view labelName) const;
};

struct Family {
    std::string name;
    MetricType type = MetricType::Untyped;
    std::string help;
    std::string unit;
    int line = 0;
    std::vector<Sample> samples;
};

struct ExpositionDocument {
    ExpositionFormat format = ExpositionFormat::Text004;
    std::vector<Family> families;
    std::vector<ParseProblem> problems;
    ParseSummary summary;

    const Family* find(std::string_view name) const;
    std::size_t count(Severity severity) const;
};

ExpositionDocument parseExpositionDocument(std::string_view text, ExpositionFormat format);

} // namespace headroom::exposition
