// libFuzzer target for the exposition parser: every input is parsed as text 0.0.4 and as
// OpenMetrics, through the streaming API and the document builder, and the parser's promises are
// checked: it never crashes or reads outside the input (ASan/UBSan), every problem names a line
// and column inside the input, every view it hands out lies in the input or its own buffers and
// the document holds exactly the samples the visitor saw.
#include "sources/exposition/ExpositionDocument.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace headroom::exposition;

namespace {

void check(bool condition) {
    if (!condition)
        std::abort();
}

class Checker final : public ExpositionVisitor {
public:
    explicit Checker(std::string_view text)
        : m_text(text) {}
    std::size_t samples = 0;
    std::size_t families = 0;

    void family(const FamilyView& family) override {
        ++families;
        check(!family.name.empty());
        check(family.line >= 1);
    }
    void sample(const FamilyView& family, const SampleView& sample) override {
        ++samples;
        check(inside(sample.name)); // names are always views of the input
        check(sample.name.starts_with(family.name));
        for (const LabelView& label : sample.labels) {
            check(inside(label.name));
            check(!label.name.empty());
            volatile std::size_t touch = 0;
            for (char c : label.value) // the value must be readable (ASan checks the bytes)
                touch = touch + static_cast<unsigned char>(c);
        }
    }
    void problem(const ParseProblem& problem) override {
        check(problem.line >= 1);
        check(problem.column >= 1);
        check(!problem.message.empty());
        check(problem.skipped.size() <= 200);
    }

private:
    bool inside(std::string_view view) const {
        return view.data() >= m_text.data() &&
               view.data() + view.size() <= m_text.data() + m_text.size();
    }
    std::string_view m_text;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (ExpositionFormat format : {ExpositionFormat::Text004, ExpositionFormat::OpenMetrics}) {
        Checker checker(text);
        const ParseSummary summary = parseExposition(text, format, checker);
        check(summary.samples == checker.samples);
        check(summary.families == checker.families);
        const ExpositionDocument document = parseExpositionDocument(text, format);
        std::size_t samples = 0;
        for (const Family& family : document.families)
            samples += family.samples.size();
        check(samples == summary.samples);
        check(document.problems.size() == summary.errors + summary.warnings);
    }
    return 0;
}
