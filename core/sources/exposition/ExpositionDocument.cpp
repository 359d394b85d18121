#include "sources/exposition/ExpositionDocument.h"

#include <unordered_map>

namespace headroom::exposition {
namespace {

std::vector<Label> copyLabels(std::span<const LabelView> views) {
    std::vector<Label> labels;
    labels.reserve(views.size());
    for (const LabelView& view : views)
        labels.push_back(Label{std::string(view.name), std::string(view.value)});
    return labels;
}

class DocumentBuilder final : public ExpositionVisitor {
public:
    explicit DocumentBuilder(ExpositionDocument& document)
        : m_document(document) {}

    void family(const FamilyView& view) override {
        auto [it, inserted] =
            m_index.try_emplace(std::string(view.name), m_document.families.size());
        if (inserted)
            m_document.families.push_back(Family{std::string(view.name),
                                                 view.type,
                                                 std::string(view.help),
                                                 std::string(view.unit),
                                                 view.line,
                                                 {}});
        m_current = it->second;
    }

    void sample(const FamilyView&, const SampleView& view) override {
        Sample sample;
        sample.name.assign(view.name);
        sample.labels = copyLabels(view.labels);
        sample.value = view.value;
        sample.timestampMs = view.timestampMs;
        if (view.exemplar)
            sample.exemplar = Exemplar{copyLabels(view.exemplar->labels), view.exemplar->value,
                                       view.exemplar->timestampSeconds};
        sample.line = view.line;
        m_document.families[m_current].samples.push_back(std::move(sample));
    }

    void problem(const ParseProblem& problem) override { m_document.problems.push_back(problem); }

private:
    ExpositionDocument& m_document;
    std::unordered_map<std::string, std::size_t> m_index;
    std::size_t m_current = 0;
};

} // namespace

const std::string* Sample::label(std::string_view labelName) const {
    for (const Label& label : labels)
        if (label.name == labelName)
            return &label.value;
    return nullptr;
}

const Family* ExpositionDocument::find(std::string_view name) const {
    for (const Family& family : families)
        if (family.name == name)
            return &family;
    return nullptr;
}

std::size_t ExpositionDocument::count(Severity severity) const {
    std::size_t n = 0;
    for (const ParseProblem& problem : problems)
        n += problem.severity == severity ? 1 : 0;
    return n;
}

ExpositionDocument parseExpositionDocument(std::string_view text, ExpositionFormat format) {
    ExpositionDocument document;
    document.format = format;
    DocumentBuilder builder(document);
    document.summary = parseExposition(text, format, builder);
    return document;
}

} // namespace headroom::exposition
