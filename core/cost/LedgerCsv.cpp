#include "LedgerCsv.h"

#include "Rates.h"
#include "model/Day.h"
#include "model/Text.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <span>

namespace headroom {

namespace {

constexpr std::int64_t kMicroPerDollar = 1'000'000;
constexpr std::int64_t kMaxDollars = 1'000'000'000; // per row; more is a mistake, not a bill
constexpr int kMaxDecimals = 6;
constexpr std::size_t kMaxValueShown = 80;

// The documented columns. Which ones a kind accepts is kUsageColumns / kServiceColumns.
enum class Column {
    Date,
    Provider,
    Service,
    Client,
    InputTokens,
    OutputTokens,
    Characters,
    Requests,
    CostUsd,
    Feature,
    Team,
    Category,
    Tier,
    ResourceType,
    UsageAmount,
    UsageUnit,
};

constexpr std::array<std::pair<Column, std::string_view>, 16> kColumnNames{{
    {Column::Date, "date"},
    {Column::Provider, "provider"},
    {Column::Service, "service"},
    {Column::Client, "client"},
    {Column::InputTokens, "input_tokens"},
    {Column::OutputTokens, "output_tokens"},
    {Column::Characters, "characters"},
    {Column::Requests, "requests"},
    {Column::CostUsd, "cost_usd"},
    {Column::Feature, "feature"},
    {Column::Team, "team"},
    {Column::Category, "category"},
    {Column::Tier, "tier"},
    {Column::ResourceType, "resource_type"},
    {Column::UsageAmount, "usage_amount"},
    {Column::UsageUnit, "usage_unit"},
}};

constexpr std::array kUsageColumns{Column::Date,        Column::Provider,     Column::Client,
                                   Column::InputTokens, Column::OutputTokens, Column::Characters,
                                   Column::Requests,    Column::CostUsd,      Column::Feature,
                                   Column::Team};
constexpr std::array kServiceColumns{Column::Date,        Column::Service,      Column::Category,
                                     Column::Tier,        Column::ResourceType, Column::CostUsd,
                                     Column::UsageAmount, Column::UsageUnit,    Column::Client,
                                     Column::Feature,     Column::Team};

std::string_view nameOf(Column column) {
    for (const auto& [value, name] : kColumnNames) {
        if (value == column) {
            return name;
        }
    }
    return "?";
}

std::optional<Column> columnNamed(std::string_view name) {
    for (const auto& [value, known] : kColumnNames) {
        if (known == name) {
            return value;
        }
    }
    return std::nullopt;
}

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

std::string lower(std::string_view text) {
    std::string out(text);
    std::ranges::transform(out, out.begin(), [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    });
    return out;
}

struct Record {
    int line = 0;
    std::vector<std::string> fields;
};

// Reads CSV records one at a time. A malformed record (an unterminated quote, text after a
// closing quote, a quote inside an unquoted field) is reported and skipped to its line's end.
class RecordReader {
public:
    explicit RecordReader(std::string_view text)
        : m_text(text) {
        if (m_text.starts_with("\xEF\xBB\xBF")) {
            m_text.remove_prefix(3);
        }
    }

    bool atEnd() const { return m_pos >= m_text.size(); }

    // The next record, or an error message for the record that starts at `record.line`.
    std::optional<std::string> next(Record& record) {
        record.line = m_line;
        record.fields.clear();
        std::string field;
        while (true) {
            field.clear();
            if (m_pos < m_text.size() && m_text[m_pos] == '"') {
                ++m_pos;
                while (true) {
                    if (m_pos >= m_text.size()) {
                        return std::string("a quoted field is not closed before the end of file");
                    }
                    const char c = m_text[m_pos++];
                    if (c == '"') {
                        if (m_pos < m_text.size() && m_text[m_pos] == '"') {
                            field.push_back('"');
                            ++m_pos;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n') {
                        ++m_line;
                    }
                    field.push_back(c);
                }
                if (!atFieldEnd()) {
                    skipLine();
                    return std::string("text after a closing quote");
                }
            } else {
                while (m_pos < m_text.size() && !atFieldEnd()) {
                    if (m_text[m_pos] == '"') {
                        skipLine();
                        return std::string("a quote inside an unquoted field (quote the field "
                                           "and double the quote)");
                    }
                    field.push_back(m_text[m_pos++]);
                }
            }
            record.fields.push_back(field);
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            skipLineEnd();
            return std::nullopt;
        }
    }

private:
    bool atFieldEnd() const {
        if (m_pos >= m_text.size()) {
            return true;
        }
        const char c = m_text[m_pos];
        return c == ',' || c == '\n' ||
               (c == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n') ||
               (c == '\r' && m_pos + 1 == m_text.size());
    }
    void skipLineEnd() {
        if (m_pos < m_text.size() && m_text[m_pos] == '\r') {
            ++m_pos;
        }
        if (m_pos < m_text.size() && m_text[m_pos] == '\n') {
            ++m_pos;
            ++m_line;
        }
    }
    void skipLine() {
        while (m_pos < m_text.size() && m_text[m_pos] != '\n') {
            ++m_pos;
        }
        skipLineEnd();
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_line = 1;
};

class Problems {
public:
    Problems(LedgerCsvImport& result, std::size_t cap)
        : m_result(result)
        , m_cap(cap) {}

    void add(int line, std::string_view column, std::string_view value, std::string message) {
        if (m_result.problems.size() >= m_cap) {
            ++m_result.moreProblems;
            return;
        }
        std::string shown(value.substr(0, kMaxValueShown));
        if (value.size() > kMaxValueShown) {
            shown += "...";
        }
        m_result.problems.push_back(
            CsvProblem{line, std::string(column), std::move(shown), std::move(message)});
    }

private:
    LedgerCsvImport& m_result;
    std::size_t m_cap;
};

// One data record, its fields looked up by column.
class Row {
public:
    Row(const Record& record, const std::vector<std::optional<Column>>& columns, Problems& problems)
        : m_record(record)
        , m_columns(columns)
        , m_problems(problems) {}

    std::string_view raw(Column column) const {
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            if (m_columns[i] == column) {
                return m_record.fields[i];
            }
        }
        return {};
    }
    std::string text(Column column) const { return std::string(trim(raw(column))); }
    // A required column missing from the header is reported once, there, not on every line.
    bool has(Column column) const {
        return std::ranges::find(m_columns, column) != m_columns.end();
    }

    void problem(Column column, std::string message) {
        m_problems.add(m_record.line, nameOf(column), raw(column), std::move(message));
        m_ok = false;
    }
    bool ok() const { return m_ok; }

    Day day() {
        const auto text = trim(raw(Column::Date));
        if (auto parsed = parseDay(text)) {
            return *parsed;
        }
        if (!has(Column::Date)) {
            m_ok = false; // reported once, at the header
            return Day{};
        }
        problem(Column::Date,
                text.empty() ? "the date is empty" : "not a date that exists, written YYYY-MM-DD");
        return Day{};
    }

    std::string required(Column column) {
        std::string value = text(column);
        if (value.empty() && has(column)) {
            problem(column, cat("the ", nameOf(column), " is empty"));
        }
        return value;
    }

    std::int64_t count(Column column) {
        const auto text = trim(raw(column));
        if (text.empty()) {
            return 0;
        }
        if (text.starts_with('-')) {
            problem(column, "a count cannot be negative");
            return 0;
        }
        std::int64_t value = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec == std::errc::result_out_of_range ||
            (ec == std::errc{} && end == text.data() + text.size() && value > kMaxUsageCount)) {
            problem(column, cat("a count above ", kMaxUsageCount, " is not plausible"));
            return 0;
        }
        if (ec != std::errc{} || end != text.data() + text.size()) {
            problem(column, "not a whole number");
            return 0;
        }
        return value;
    }

    std::optional<MicroUsd> dollars(Column column, bool required) {
        const auto text = trim(raw(column));
        if (text.empty()) {
            if (required && has(column)) {
                problem(column, "the cost is empty");
            }
            return std::nullopt;
        }
        std::string why;
        auto value = parseDollars(text, &why);
        if (!value) {
            problem(column, why);
        }
        return value;
    }

    double amount(Column column) {
        const auto text = trim(raw(column));
        if (text.empty()) {
            return 0.0;
        }
        double value = 0.0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec != std::errc{} || end != text.data() + text.size() || !std::isfinite(value) ||
            value < 0.0) {
            problem(column, "not a number >= 0");
            return 0.0;
        }
        return value;
    }

private:
    const Record& m_record;
    const std::vector<std::optional<Column>>& m_columns;
    Problems& m_problems;
    bool m_ok = true;
};

} // namespace

std::optional<MicroUsd> parseDollars(std::string_view text, std::string* whyNot) {
    auto refuse = [&](std::string message) -> std::optional<MicroUsd> {
        if (whyNot != nullptr) {
            *whyNot = std::move(message);
        }
        return std::nullopt;
    };
    if (text.starts_with('-')) {
        return refuse("a cost cannot be negative");
    }
    const auto point = text.find('.');
    const std::string_view whole = text.substr(0, point);
    const std::string_view fraction =
        point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
    auto digits = [](std::string_view part) {
        return std::ranges::all_of(part, [](char c) { return c >= '0' && c <= '9'; });
    };
    if ((whole.empty() && fraction.empty()) || !digits(whole) || !digits(fraction)) {
        return refuse("not an amount in dollars such as 45.67 (digits, one point, no sign "
                      "or currency symbol)");
    }
    if (fraction.size() > static_cast<std::size_t>(kMaxDecimals)) {
        return refuse(cat("more than ", kMaxDecimals, " decimals (finer than a micro-dollar)"));
    }
    const std::string_view significant =
        trim(whole).substr(std::min(whole.find_first_not_of('0'), whole.size()));
    if (significant.size() > 10) { // > 9 999 999 999 already refused below; avoids overflow
        return refuse(cat("more than $", kMaxDollars, " in one row is not plausible"));
    }
    std::int64_t dollars = 0;
    for (char c : significant) {
        dollars = dollars * 10 + (c - '0');
    }
    std::int64_t micro = 0;
    for (std::size_t i = 0; i < static_cast<std::size_t>(kMaxDecimals); ++i) {
        micro = micro * 10 + (i < fraction.size() ? fraction[i] - '0' : 0);
    }
    if (dollars > kMaxDollars || (dollars == kMaxDollars && micro > 0)) {
        return refuse(cat("more than $", kMaxDollars, " in one row is not plausible"));
    }
    return MicroUsd{dollars * kMicroPerDollar + micro};
}

LedgerCsvImport parseLedgerCsv(std::string_view text, const LedgerCsvOptions& options) {
    LedgerCsvImport result;
    Problems problems(result, options.maxProblems);
    RecordReader reader(text);
    Record record;

    // Header.
    if (reader.atEnd()) {
        problems.add(1, {}, {}, "the file is empty: a header line is needed");
        return result;
    }
    if (auto error = reader.next(record)) {
        problems.add(record.line, {}, {}, cat("header: ", *error));
        return result;
    }
    std::vector<std::optional<Column>> columns;
    for (const std::string& raw : record.fields) {
        const std::string name = lower(trim(raw));
        const auto column = columnNamed(name);
        if (column && std::ranges::find(columns, column) != columns.end()) {
            problems.add(record.line, name, raw, "the column appears twice");
        }
        columns.push_back(column);
    }
    const bool hasProvider = std::ranges::find(columns, Column::Provider) != columns.end();
    const bool hasService = std::ranges::find(columns, Column::Service) != columns.end();
    if (hasProvider == hasService) {
        problems.add(record.line, {}, {},
                     hasProvider ? "the header has both a provider and a service column: usage "
                                   "and service costs go in separate files"
                                 : "the header needs a provider column (usage) or a service "
                                   "column (service costs)");
        return result;
    }
    result.kind = hasProvider ? LedgerCsvKind::Usage : LedgerCsvKind::ServiceCosts;
    const std::span<const Column> allowed = hasProvider ? std::span<const Column>(kUsageColumns)
                                                        : std::span<const Column>(kServiceColumns);
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (!columns[i] || std::ranges::find(allowed, *columns[i]) == allowed.end()) {
            std::string known;
            for (Column column : allowed) {
                known += cat(known.empty() ? "" : ", ", nameOf(column));
            }
            problems.add(record.line, lower(trim(record.fields[i])), record.fields[i],
                         cat("unknown column; a ", hasProvider ? "usage" : "service cost",
                             " file has: ", known));
            columns[i].reset();
        }
    }
    const std::vector<Column> required =
        hasProvider ? std::vector<Column>{Column::Date, Column::Provider}
                    : std::vector<Column>{Column::Date, Column::Service, Column::CostUsd};
    for (Column column : required) {
        if (std::ranges::find(columns, column) == columns.end()) {
            problems.add(record.line, nameOf(column), {}, "a required column is missing");
        }
    }
    const std::size_t width = columns.size();
    const std::string source = cat("csv:", options.sourceName);

    // Data records.
    while (!reader.atEnd()) {
        if (auto error = reader.next(record)) {
            ++result.recordsRead;
            problems.add(record.line, {}, {}, *error);
            continue;
        }
        if (record.fields.size() == 1 && trim(record.fields[0]).empty() && width > 1) {
            continue; // a blank line
        }
        ++result.recordsRead;
        if (record.fields.size() != width) {
            problems.add(
                record.line, {}, {},
                cat("the record has ", record.fields.size(), " fields, the header ", width));
            continue;
        }
        Row row(record, columns, problems);
        CostTags tags{row.text(Column::Client), row.text(Column::Feature), row.text(Column::Team)};
        if (hasProvider) {
            UsageRow usage;
            usage.day = row.day();
            usage.providerId = row.required(Column::Provider);
            usage.tags = std::move(tags);
            usage.inputTokens = row.count(Column::InputTokens);
            usage.outputTokens = row.count(Column::OutputTokens);
            usage.characters = row.count(Column::Characters);
            usage.requests = row.count(Column::Requests);
            usage.billed = row.dollars(Column::CostUsd, false);
            usage.source = source;
            if (row.ok()) {
                result.usage.push_back(std::move(usage));
            }
        } else {
            ServiceCostRow cost;
            cost.day = row.day();
            cost.service = row.required(Column::Service);
            const std::string category = lower(row.text(Column::Category));
            if (category.empty()) {
                cost.category = ServiceCategory::Other;
            } else if (auto known = serviceCategoryFromString(category)) {
                cost.category = *known;
            } else {
                row.problem(Column::Category,
                            "unknown category; one of database, hosting, ai, messaging, other");
            }
            cost.serviceTier = row.text(Column::Tier);
            cost.resourceType = row.text(Column::ResourceType);
            cost.cost = row.dollars(Column::CostUsd, true).value_or(MicroUsd{});
            cost.usageAmount = row.amount(Column::UsageAmount);
            cost.usageUnit = row.text(Column::UsageUnit);
            cost.tags = std::move(tags);
            cost.source = source;
            if (row.ok()) {
                result.services.push_back(std::move(cost));
            }
        }
    }
    if (!result.ok()) {
        result.usage.clear();
        result.services.clear();
    }
    return result;
}

} // namespace headroom
