#include "sources/endpoint/EndpointSource.h"

#include "model/Text.h"
#include "net/UrlRedaction.h"
#include "sources/prometheus/PromRequest.h"
#include "sources/prometheus/PromResponse.h"

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <exception>
#include <mutex>

#include <nlohmann/json.hpp>

namespace headroom {

namespace {

using namespace std::chrono_literals;

// A connection that is not up within this is not going to be (the total timeout still applies).
constexpr std::chrono::milliseconds kMaxConnectTimeout{5000};
// Exporters that speak OpenMetrics answer in it when asked; the others fall back to 0.0.4.
constexpr const char* kExpositionAccept =
    "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";
constexpr const char* kJsonAccept = "application/json";
// Bodies up to this size are kept until the next poll (see Impl::recycle).
constexpr std::size_t kRecycledBodyBytes = 4u * 1024u * 1024u;

double secondsOf(Timestamp t) {
    return static_cast<double>(t.time_since_epoch().count());
}

bool sameHeaderName(std::string_view a, std::string_view b) {
    return std::ranges::equal(a, b, [](char x, char y) {
        const auto lower = [](char c) {
            return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        };
        return lower(x) == lower(y);
    });
}

// The sample names the bindings read, so that a scrape copies only those samples.
std::vector<std::string> wantedSampleNames(const std::vector<MetricBinding>& bindings) {
    std::vector<std::string> names;
    const auto add = [&](std::string name) {
        if (std::ranges::find(names, name) == names.end())
            names.push_back(std::move(name));
    };
    for (const auto& binding : bindings) {
        std::visit(
            [&](const auto& e) {
                using E = std::decay_t<decltype(e)>;
                if constexpr (std::is_same_v<E, SeriesSelect> || std::is_same_v<E, CounterRate>)
                    add(e.selector.name);
                else if constexpr (std::is_same_v<E, CounterRatio> ||
                                   std::is_same_v<E, GaugeRatio>) {
                    add(e.numerator.name);
                    add(e.denominator.name);
                } else if constexpr (std::is_same_v<E, HistogramQuantile>)
                    add(e.selector.name + "_bucket");
            },
            binding.expression);
    }
    return names;
}

// Streams a scrape into reused SeriesSample slots, keeping only the samples whose name a binding
// reads: a node_exporter scrape has ~1 000 samples, the host mapping reads ~20 of them. The slots'
// strings keep their capacity from poll to poll, so a steady scrape allocates almost nothing.
class SampleCollector final : public exposition::ExpositionVisitor {
public:
    SampleCollector(std::span<const std::string> wanted, std::vector<SeriesSample>& slots,
                    std::vector<exposition::ParseProblem>& problems)
        : m_wanted(wanted)
        , m_slots(slots)
        , m_problems(problems) {}

    void sample(const exposition::FamilyView&, const exposition::SampleView& sample) override {
        if (std::ranges::find(m_wanted, sample.name) == m_wanted.end())
            return;
        if (m_count == m_slots.size())
            m_slots.emplace_back();
        SeriesSample& slot = m_slots[m_count++];
        slot.name.assign(sample.name);
        slot.labels.resize(sample.labels.size());
        for (std::size_t i = 0; i < sample.labels.size(); ++i) {
            slot.labels[i].first.assign(sample.labels[i].name);
            slot.labels[i].second.assign(sample.labels[i].value);
        }
        slot.value = sample.value;
    }

    void problem(const exposition::ParseProblem& problem) override {
        if (problem.severity == exposition::Severity::Error && !m_firstError)
            m_firstError = problem;
        if (m_problems.size() < kMaxReportedProblems)
            m_problems.push_back(problem);
    }

    std::size_t count() const { return m_count; }
    const std::optional<exposition::ParseProblem>& firstError() const { return m_firstError; }

private:
    std::span<const std::string> m_wanted;
    std::vector<SeriesSample>& m_slots;
    std::vector<exposition::ParseProblem>& m_problems;
    std::size_t m_count = 0;
    std::optional<exposition::ParseProblem> m_firstError;
};

// A value a rounding error outside its metric's range (1 - idle/total giving -2e-16) is the bound
// it missed; anything further out stays as it is, for Snapshot::set to refuse with its reason.
double snapToRange(MetricId metric, double value) {
    const MetricInfo& info = metricInfo(metric);
    const auto near = [](double a, double b) {
        return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
    };
    if (value < info.minimum && near(value, info.minimum))
        return info.minimum;
    if (value > info.maximum && std::isfinite(info.maximum) && near(value, info.maximum))
        return info.maximum;
    return value;
}

std::string_view secretName(AuthKind auth) {
    switch (auth) {
    case AuthKind::Bearer:
        return "bearer token";
    case AuthKind::Basic:
        return "basic-auth password";
    case AuthKind::ApiKeyHeader:
        return "API key";
    case AuthKind::None:
        break;
    }
    return "secret";
}

} // namespace

std::size_t ProbeReport::mappedCount() const {
    return static_cast<std::size_t>(std::ranges::count_if(
        outcomes, [](const BindingOutcome& o) { return o.value.has_value(); }));
}

std::size_t ProbeReport::failedCount() const {
    return static_cast<std::size_t>(std::ranges::count_if(
        outcomes, [](const BindingOutcome& o) { return o.error.has_value(); }));
}

std::string endpointSourceId(std::string_view name) {
    return cat("endpoint:", name);
}

struct EndpointSource::Impl {
    SourceConfig config;
    std::optional<std::string> secret;
    EndpointSourceOptions options;
    std::optional<Error> invalid; // the config failed validation: every poll says so
    std::string id;
    std::string redactedUrl;
    std::vector<std::string> wantedNames;

    HttpClient client; // one per source: keep-alive, DNS cache and TLS sessions carry over
    HttpRequest request;
    CounterRateState rates;
    std::vector<SeriesSample> slots; // reused from scrape to scrape
    std::string lastBody;            // see recycle()
    ProbeReport report;

    // Cancellation: cancel() only acts while a poll or probe runs (inFlight), so a cancel that
    // arrives between polls cannot abort the next one.
    std::atomic<bool> cancelFlag{false};
    std::mutex mutex;
    std::condition_variable wake;
    bool inFlight = false;

    Impl(SourceConfig c, std::optional<std::string> s, EndpointSourceOptions o)
        : config(std::move(c))
        , secret(std::move(s))
        , options(o)
        , id(endpointSourceId(config.name))
        , redactedUrl(redactUrl(config.url))
        , wantedNames(wantedSampleNames(config.bindings)) {
        if (auto valid = validateSourceConfig(config); !valid)
            invalid = Error{
                ErrorCode::InvalidArgument,
                cat("source '", config.name, "': invalid configuration: ", valid.error().message)};
        if (secret && secret->empty())
            secret.reset();
        buildRequest();
    }

    void buildRequest() {
        request.url = config.url;
        request.totalTimeout = config.timeout;
        request.connectTimeout = std::min(config.timeout, kMaxConnectTimeout);
        request.maxResponseBytes = config.maxResponseBytes;
        request.verify = config.tls;
        request.caFile = config.caFile;
        request.requireText = BodyText::Utf8;
        request.cancelFlag = &cancelFlag;
        request.errorPolicy = config.kind == EndpointKind::PrometheusApi
                                  ? HttpErrorPolicy::ReturnErrorStatus
                                  : HttpErrorPolicy::FailOnErrorStatus;
        request.headers = config.headers;
        const bool hasAccept = std::ranges::any_of(
            config.headers, [](const auto& h) { return sameHeaderName(h.first, "Accept"); });
        if (!hasAccept)
            request.headers.emplace_back("Accept", config.kind == EndpointKind::Exposition
                                                       ? kExpositionAccept
                                                       : kJsonAccept);
        if (!secret)
            return;
        switch (config.auth) {
        case AuthKind::Bearer:
            request.bearerToken = *secret;
            break;
        case AuthKind::Basic:
            request.basicAuth = BasicAuth{config.username, *secret};
            break;
        case AuthKind::ApiKeyHeader:
            request.headers.emplace_back(config.authHeader, *secret);
            break;
        case AuthKind::None:
            break;
        }
    }

    // Never lets a secret through, whatever the server echoed.
    std::string scrub(std::string_view text) const {
        if (!secret)
            return std::string(text);
        const std::string_view secrets[] = {*secret};
        return scrubSecrets(text, secrets);
    }

    std::unexpected<Error> failure(ErrorCode code, std::string_view what) const {
        return fail(code, scrub(cat("source '", config.name, "' (", redactedUrl, "): ", what)));
    }

    // HttpError messages already name the (redacted) URL they fetched.
    std::unexpected<Error> fetchFailure(const HttpError& error) const {
        return fail(error.code, scrub(cat("source '", config.name, "': ", error.message)));
    }

    // A query URL is the PromQL percent-encoded ("1%20-%20avg%28rate..."): the message names the
    // server and the query as the founder wrote it instead.
    std::unexpected<Error> queryFailure(const HttpError& error, std::string_view promql) const {
        std::string message = error.message;
        const std::string requested = redactUrl(request.url);
        if (message.starts_with(requested)) {
            message = cat(redactedUrl, " (query ", promql, ")", message.substr(requested.size()));
        }
        return fail(error.code, scrub(cat("source '", config.name, "': ", message)));
    }

    void begin() {
        std::lock_guard lock(mutex);
        inFlight = true;
        cancelFlag.store(false);
    }

    void end() {
        std::lock_guard lock(mutex);
        inFlight = false;
        cancelFlag.store(false);
    }

    void cancel() {
        std::lock_guard lock(mutex);
        if (!inFlight)
            return;
        cancelFlag.store(true);
        wake.notify_all();
    }

    // Waits the warm-up gap; false when cancel() interrupted it.
    bool waitWarmUp() {
        std::unique_lock lock(mutex);
        return !wake.wait_for(lock, options.warmUpGap, [&] { return cancelFlag.load(); });
    }

    // Keeps the body until the next poll has its own. Freeing it at once lets glibc trim the heap
    // top and fault the pages in again on the next poll: measured on a node_exporter scrape
    // (57 KB, gzip) that is 40 % of the poll's CPU (1.75 -> 1.0 ms), which matters when the
    // engine polls hundreds of endpoints. Huge bodies are not worth holding on to.
    void recycle(std::string&& body) {
        if (body.capacity() <= kRecycledBodyBytes)
            lastBody = std::move(body);
        else
            lastBody = std::string();
    }

    void addTransfer(const HttpResponse& response) {
        report.httpStatus = response.status;
        report.bytes += response.bytes;
        report.elapsed += response.elapsed;
        report.contentType = response.contentType;
        report.effectiveUrl = response.effectiveUrl;
        ++report.requests;
    }

    void startReport() {
        report = ProbeReport{};
        report.outcomes.reserve(config.bindings.size());
        if (config.tls == TlsVerification::Off)
            report.warnings.emplace_back("TLS verification is off");
    }

    void addWarning(std::string warning) {
        if (std::ranges::find(report.warnings, warning) == report.warnings.end())
            report.warnings.push_back(std::move(warning));
    }

    // Records one binding's result in the report and, when it is a value, in the snapshot.
    void record(const MetricBinding& binding, Result<std::optional<double>> result, Timestamp now,
                Snapshot& into) {
        BindingOutcome outcome;
        outcome.metric = binding.metric;
        if (!result) {
            outcome.error = Error{result.error().code, scrub(result.error().message)};
        } else if (!*result) {
            outcome.warmingUp = true;
        } else {
            const double value = snapToRange(binding.metric, **result);
            if (auto stored = into.set(binding.metric, MetricSample{value, now, id}); stored)
                outcome.value = value;
            else
                outcome.error = stored.error();
        }
        report.outcomes.push_back(std::move(outcome));
    }

    Result<void> readExposition(Timestamp now, double rateTime, Snapshot& into) {
        request.url = config.url;
        auto response = client.perform(request);
        if (!response)
            return fetchFailure(response.error());
        addTransfer(*response);
        const auto format = exposition::detectFormat(response->contentType);
        report.format = format;
        SampleCollector collector(wantedNames, slots, report.problems);
        const exposition::ParseSummary summary =
            exposition::parseExposition(response->body, format, collector);
        report.families = summary.families;
        report.samples = summary.samples;
        report.parseErrors = summary.errors;
        report.parseWarnings = summary.warnings;
        if (summary.samples == 0 && collector.firstError()) {
            const auto& first = *collector.firstError();
            return failure(ErrorCode::ParseError,
                           cat("malformed exposition (", exposition::keyOf(format), "): line ",
                               first.line, ":", first.column, ": ", first.message, " (",
                               summary.errors, summary.errors == 1 ? " error" : " errors",
                               ", no valid sample)"));
        }
        const std::span<const SeriesSample> samples(slots.data(), collector.count());
        for (const auto& binding : config.bindings)
            record(binding, evaluateOnSamples(binding, samples, rateTime, rates), now, into);
        rates.forgetUnseenSince(rateTime); // series that vanished from the exporter
        recycle(std::move(response->body));
        return {};
    }

    Result<void> readPrometheusApi(Timestamp now, Snapshot& into) {
        for (const auto& binding : config.bindings) {
            const auto* promql = std::get_if<PromQl>(&binding.expression);
            if (!promql) { // validateSourceConfig refuses this; kept as an error, not a crash
                record(binding, evaluateOnSamples(binding, {}, 0, rates), now, into);
                continue;
            }
            auto url = promInstantQueryUrl(config.url, promql->expression);
            if (!url) {
                record(binding, std::unexpected(url.error()), now, into);
                continue;
            }
            request.url = std::move(*url);
            auto response = client.perform(request);
            if (!response)
                return queryFailure(response.error(), promql->expression);
            addTransfer(*response);
            auto parsed = parsePromResponse(response->body, response->status);
            recycle(std::move(response->body));
            if (!parsed) {
                record(binding, std::unexpected(parsed.error()), now, into);
                continue;
            }
            for (auto& warning : parsed->warnings)
                addWarning(std::move(warning));
            auto value = evaluateOnPromResult(binding, *parsed);
            record(binding,
                   value ? Result<std::optional<double>>(*value) : std::unexpected(value.error()),
                   now, into);
        }
        return {};
    }

    Result<void> readJsonDocument(Timestamp now, Snapshot& into) {
        request.url = config.url;
        auto response = client.perform(request);
        if (!response)
            return fetchFailure(response.error());
        addTransfer(*response);
        nlohmann::json document;
        try {
            document = nlohmann::json::parse(response->body);
        } catch (const nlohmann::json::parse_error& e) {
            return failure(ErrorCode::ParseError,
                           cat("the response is not JSON (byte ", e.byte, ")"));
        }
        recycle(std::move(response->body));
        for (const auto& binding : config.bindings) {
            auto value = evaluateOnJson(binding, document);
            record(binding,
                   value ? Result<std::optional<double>>(*value) : std::unexpected(value.error()),
                   now, into);
        }
        return {};
    }

    // One fetch-parse-evaluate pass; fills `report`. `rateTime` is the time counter rates see.
    Result<void> reading(Timestamp now, double rateTime, Snapshot& into) {
        startReport();
        if (invalid)
            return std::unexpected(*invalid);
        if (config.needsSecret() && !secret)
            return failure(ErrorCode::NotFound,
                           cat("credentials missing: no ", secretName(config.auth),
                               " is set for this source"));
        Result<void> read;
        try {
            switch (config.kind) {
            case EndpointKind::Exposition:
                read = readExposition(now, rateTime, into);
                break;
            case EndpointKind::PrometheusApi:
                read = readPrometheusApi(now, into);
                break;
            case EndpointKind::JsonDocument:
                read = readJsonDocument(now, into);
                break;
            }
        } catch (const std::exception& e) {
            // std::regex may throw on pathological input; nothing crosses the Source API.
            return failure(ErrorCode::InvalidArgument, cat("evaluation failed: ", e.what()));
        }
        if (!read)
            return read;
        const bool anyUseful = std::ranges::any_of(report.outcomes, [](const BindingOutcome& o) {
            return o.value.has_value() || o.warmingUp;
        });
        if (anyUseful)
            return {};
        const auto firstFailed = std::ranges::find_if(
            report.outcomes, [](const BindingOutcome& o) { return o.error.has_value(); });
        if (firstFailed == report.outcomes.end())
            return failure(ErrorCode::NotFound, "no metric is bound");
        return failure(firstFailed->error->code,
                       cat(metricKey(firstFailed->metric), ": ", firstFailed->error->message));
    }

    bool warmingUp() const {
        return std::ranges::any_of(report.outcomes,
                                   [](const BindingOutcome& o) { return o.warmingUp; });
    }
};

EndpointSource::EndpointSource(SourceConfig config, std::optional<std::string> secret,
                               EndpointSourceOptions options)
    : m_impl(std::make_unique<Impl>(std::move(config), std::move(secret), options)) {}

EndpointSource::~EndpointSource() = default;

std::string EndpointSource::id() const {
    return m_impl->id;
}

std::string EndpointSource::displayName() const {
    return m_impl->config.name;
}

Result<void> EndpointSource::poll(Timestamp now, Snapshot& into) {
    Impl& impl = *m_impl;
    impl.begin();
    const double rateTime = impl.options.rateClock ? impl.options.rateClock() : secondsOf(now);
    auto result = impl.reading(now, rateTime, into);
    impl.end();
    return result;
}

Result<ProbeReport> EndpointSource::probe(Timestamp now, Snapshot& into) {
    Impl& impl = *m_impl;
    impl.begin();
    // The first reading goes to a copy: when a second one follows, its values replace the
    // first's, and a failed second reading leaves `into` as it was.
    Snapshot first = into;
    const auto started = std::chrono::steady_clock::now();
    const auto& rateClock = impl.options.rateClock;
    auto result = impl.reading(now, rateClock ? rateClock() : secondsOf(now), first);
    if (result && impl.warmingUp()) {
        if (!impl.waitWarmUp()) {
            impl.end();
            return impl.failure(ErrorCode::Cancelled, "cancelled during the warm-up wait");
        }
        // Rates need distinct times: the second reading is `now` plus the real gap.
        const std::chrono::duration<double> gap = std::chrono::steady_clock::now() - started;
        result = impl.reading(now, rateClock ? rateClock() : secondsOf(now) + gap.count(), into);
    } else if (result) {
        into = std::move(first);
    }
    impl.end();
    if (!result)
        return std::unexpected(result.error());
    return impl.report;
}

const ProbeReport& EndpointSource::lastReport() const {
    return m_impl->report;
}

const SourceConfig& EndpointSource::config() const {
    return m_impl->config;
}

void EndpointSource::cancel() {
    m_impl->cancel();
}

} // namespace headroom
