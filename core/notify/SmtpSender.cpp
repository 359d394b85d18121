// sendEmail (notify/Delivery.h): SMTP through libcurl. This is the one place besides
// net/HttpClient that uses libcurl directly, because HttpClient speaks only http and https.
#include "model/Text.h"
#include "net/UrlRedaction.h"
#include "notify/Delivery.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>

#include <curl/curl.h>

namespace headroom {

namespace {

void ensureCurlGlobalInit() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Upload {
    const std::string* text = nullptr;
    std::size_t offset = 0;
};

std::size_t readUpload(char* buffer, std::size_t size, std::size_t count, void* user) {
    auto* up = static_cast<Upload*>(user);
    const std::size_t n = std::min(size * count, up->text->size() - up->offset);
    std::memcpy(buffer, up->text->data() + up->offset, n);
    up->offset += n;
    return n;
}

int progress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
    const auto* stop = static_cast<const std::stop_token*>(user);
    return stop->stop_requested() ? 1 : 0;
}

struct EasyDeleter {
    void operator()(CURL* h) const noexcept { curl_easy_cleanup(h); }
};
struct SlistDeleter {
    void operator()(curl_slist* l) const noexcept { curl_slist_free_all(l); }
};

} // namespace

AttemptOutcome sendEmail(std::string_view channel, const EmailConfig& config,
                         const std::optional<std::string>& password, const std::string& message,
                         const SendOptions& options) {
    AttemptOutcome out;
    if (!config.user.empty() && (!password || password->empty())) {
        out.error = cat("channel '", channel, "': the SMTP password for '", config.user,
                        "' was not provided");
        return out;
    }
    ensureCurlGlobalInit();
    std::unique_ptr<CURL, EasyDeleter> curl(curl_easy_init());
    if (!curl) {
        out.result = AttemptResult::RetryableFailure;
        out.error = cat("channel '", channel, "': could not create a libcurl handle");
        return out;
    }
    CURL* h = curl.get();
    std::unique_ptr<curl_slist, SlistDeleter> recipients;
    for (const auto& r : config.to) {
        recipients.reset(curl_slist_append(recipients.release(), r.c_str()));
    }
    Upload upload{&message, 0};
    std::stop_token stop = options.stop;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(h, CURLOPT_URL, config.url.c_str());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(h, CURLOPT_MAIL_FROM, config.from.c_str());
    curl_easy_setopt(h, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(h, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(h, CURLOPT_READDATA, &upload);
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(options.timeout.count() * 1000));
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS,
                     static_cast<long>(std::min<long long>(options.timeout.count(), 5) * 1000));
    curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, progress);
    curl_easy_setopt(h, CURLOPT_XFERINFODATA, &stop);
    curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
    if (config.starttls) {
        curl_easy_setopt(h, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
    }
    if (!config.user.empty()) {
        curl_easy_setopt(h, CURLOPT_USERNAME, config.user.c_str());
        curl_easy_setopt(h, CURLOPT_PASSWORD, password->c_str());
    }
    const CURLcode code = curl_easy_perform(h);
    if (code == CURLE_OK) {
        out.result = AttemptResult::Sent;
        return out;
    }
    long response = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &response);
    out.httpStatus = response;
    std::string detail = errorBuffer[0] ? errorBuffer : curl_easy_strerror(code);
    if (password && !password->empty()) {
        const std::string_view secrets[] = {*password};
        detail = scrubSecrets(detail, secrets);
    }
    // SMTP 5xx replies (bad recipient, authentication refused) do not get better by retrying.
    const bool permanent = code == CURLE_LOGIN_DENIED || code == CURLE_UNSUPPORTED_PROTOCOL ||
                           code == CURLE_URL_MALFORMAT || (response >= 500 && response < 600);
    out.result = permanent ? AttemptResult::PermanentFailure : AttemptResult::RetryableFailure;
    out.error = cat("channel '", channel, "': ", redactUrl(config.url), ": ", detail);
    return out;
}

} // namespace headroom
