#include "notify/NotifyMessages.h"

#include "model/EvaluationJson.h"
#include "model/Text.h"
#include "net/HttpClient.h"

#include <cmath>
#include <cstdio>
#include <ctime>

#include <nlohmann/json.hpp>

namespace headroom {

namespace {

std::string dump(const nlohmann::json& j) {
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string number(double v) {
    char buffer[64];
    if (std::abs(v) >= 100.0 || v == std::trunc(v)) {
        std::snprintf(buffer, sizeof buffer, "%.0f", v);
    } else {
        std::snprintf(buffer, sizeof buffer, "%.4g", v);
    }
    return buffer;
}

std::string upper(std::string_view s) {
    std::string out(s);
    for (auto& c : out) {
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return out;
}

nlohmann::json optionalNumber(const std::optional<double>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

} // namespace

std::string_view keyOf(AlertNoticeKind kind) {
    switch (kind) {
    case AlertNoticeKind::Firing:
        return "firing";
    case AlertNoticeKind::Escalated:
        return "escalated";
    case AlertNoticeKind::Resolved:
        return "resolved";
    case AlertNoticeKind::Test:
        return "test";
    }
    return "firing";
}

std::string alertHeadline(const AlertNotice& n) {
    std::string text = n.demo ? "[DEMO] " : "";
    if (n.kind == AlertNoticeKind::Test) {
        return text + "Headroom test notification for workspace '" + n.workspace + "'";
    }
    text += cat('[', upper(keyOf(n.severity)), "] ", n.ruleName.empty() ? n.ruleId : n.ruleName,
                ' ', n.kind == AlertNoticeKind::Resolved ? "resolved" : "firing");
    if (n.value) {
        text += cat(": ", number(*n.value));
        if (n.threshold && n.kind != AlertNoticeKind::Resolved) {
            text += cat(" (threshold ", number(*n.threshold), ')');
        }
    }
    return text;
}

std::string slackAlertBody(const AlertNotice& n) {
    const std::string headline = alertHeadline(n);
    std::string detail =
        cat("Workspace: ", n.workspace, "\nRule: ", n.ruleId, "\nAt: ", formatIso(n.at));
    if (n.since) {
        detail += cat("\nSince: ", formatIso(*n.since));
    }
    nlohmann::json body{
        {"text", headline},
        {"blocks",
         nlohmann::json::array(
             {{{"type", "section"}, {"text", {{"type", "mrkdwn"}, {"text", "*" + headline + "*"}}}},
              {{"type", "section"}, {"text", {{"type", "mrkdwn"}, {"text", detail}}}}})}};
    return dump(body);
}

std::string jsonAlertBody(const AlertNotice& n) {
    nlohmann::json body{{"type", "alert"},
                        {"state", keyOf(n.kind)},
                        {"workspace", n.workspace},
                        {"demo", n.demo},
                        {"rule", n.ruleId},
                        {"name", n.ruleName},
                        {"severity", keyOf(n.severity)},
                        {"value", optionalNumber(n.value)},
                        {"threshold", optionalNumber(n.threshold)},
                        {"since", n.since ? nlohmann::json(formatIso(*n.since)) : nullptr},
                        {"at", formatIso(n.at)},
                        {"text", alertHeadline(n)},
                        {"sent_by", std::string(httpUserAgent())}};
    return dump(body);
}

EmailContent alertEmail(const AlertNotice& n) {
    EmailContent e;
    e.subject = "Headroom: " + alertHeadline(n);
    e.text = alertHeadline(n) + "\n\nWorkspace: " + n.workspace + (n.demo ? " (demo data)" : "") +
             "\nRule: " + n.ruleId + "\nSeverity: " + std::string(keyOf(n.severity)) +
             "\nAt: " + formatIso(n.at) + "\n";
    if (n.since) {
        e.text += "Since: " + formatIso(*n.since) + "\n";
    }
    e.text += "\nSent by " + std::string(httpUserAgent()) + ".\n";
    return e;
}

std::string decisionWebhookBody(const DecisionNotice& n) {
    const auto& d = n.decision;
    nlohmann::json body{{"type", "decision"},
                        {"workspace", n.workspace},
                        {"demo", n.demo},
                        {"recommendation",
                         {{"id", d.recommendationId},
                          {"type", d.recommendationType},
                          {"evidence", evidenceToJson(n.evidence)}}},
                        {"decision", keyOf(d.verdict)},
                        {"reason", d.reason},
                        {"actor", d.actor},
                        {"decided_at", formatIso(d.decidedAt)},
                        {"sent_by", std::string(httpUserAgent())}};
    return dump(body);
}

namespace {

bool isAscii(std::string_view s) {
    for (unsigned char c : s) {
        if (c >= 0x80 || c == '\r' || c == '\n') {
            return false;
        }
    }
    return true;
}

std::string base64(std::string_view in) {
    static constexpr char kTable[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    std::size_t i = 0;
    for (; i + 2 < in.size(); i += 3) {
        const unsigned v =
            (unsigned char)in[i] << 16 | (unsigned char)in[i + 1] << 8 | (unsigned char)in[i + 2];
        out += {kTable[v >> 18], kTable[(v >> 12) & 63], kTable[(v >> 6) & 63], kTable[v & 63]};
    }
    if (i + 1 == in.size()) {
        const unsigned v = (unsigned char)in[i] << 16;
        out += {kTable[v >> 18], kTable[(v >> 12) & 63], '=', '='};
    } else if (i + 2 == in.size()) {
        const unsigned v = (unsigned char)in[i] << 16 | (unsigned char)in[i + 1] << 8;
        out += {kTable[v >> 18], kTable[(v >> 12) & 63], kTable[(v >> 6) & 63], '='};
    }
    return out;
}

// Header values never carry CR or LF (header injection).
std::string headerSafe(std::string_view s) {
    std::string out;
    for (char c : s) {
        out += (c == '\r' || c == '\n') ? ' ' : c;
    }
    return out;
}

std::string rfc5322Date(Timestamp t) {
    // "Mon, 30 Nov 2026 00:08:25 +0000", in English whatever the locale.
    static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const auto day = std::chrono::floor<std::chrono::days>(t);
    const std::chrono::year_month_day ymd{day};
    const std::chrono::weekday weekday{day};
    const std::chrono::hh_mm_ss hms{t - day};
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%s, %02u %s %d %02d:%02d:%02d +0000",
                  kDays[weekday.c_encoding()], static_cast<unsigned>(ymd.day()),
                  kMonths[static_cast<unsigned>(ymd.month()) - 1], static_cast<int>(ymd.year()),
                  static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                  static_cast<int>(hms.seconds().count()));
    return buffer;
}

} // namespace

std::string rfc5322Message(const EmailEnvelope& envelope, const EmailContent& content,
                           Timestamp date, const std::string& messageIdLocalPart) {
    const auto at = envelope.from.find('@');
    const std::string host =
        at == std::string::npos ? "headroom.invalid" : headerSafe(envelope.from.substr(at + 1));
    std::string to;
    for (const auto& r : envelope.to) {
        to += (to.empty() ? "" : ", ") + headerSafe(r);
    }
    const std::string subject =
        isAscii(content.subject) ? content.subject : "=?UTF-8?B?" + base64(content.subject) + "?=";
    std::string text;
    for (std::size_t i = 0; i < content.text.size(); ++i) {
        const char c = content.text[i];
        if (c == '\n' && (i == 0 || content.text[i - 1] != '\r')) {
            text += "\r\n";
        } else {
            text += c;
        }
    }
    if (!text.ends_with("\r\n")) {
        text += "\r\n";
    }
    return cat("From: ", headerSafe(envelope.from), "\r\nTo: ", to, "\r\nSubject: ", subject,
               "\r\nDate: ", rfc5322Date(date), "\r\nMessage-ID: <", headerSafe(messageIdLocalPart),
               '@', host,
               ">\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
               "Content-Transfer-Encoding: 8bit\r\n\r\n",
               text);
}

} // namespace headroom
