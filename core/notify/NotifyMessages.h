#pragma once
// What Headroom sends: the bodies of alert notifications (Slack-compatible webhook JSON, plain
// JSON, e-mail subject and text), the decision webhook's documented JSON body, and an RFC 5322
// e-mail message. Pure: the time and the message id are passed in. These are messages for
// machines and mailboxes, not UI text, so they are English like the CLI's.
//
// The decision webhook body (Content-Type: application/json), stable keys:
//   {"type": "decision", "workspace": "local", "demo": false,
//    "recommendation": {"id": 12, "type": "enable_supabase_pooler",
//                       "evidence": [{"metric": ..., "value": ..., "threshold": ...}]},
//    "decision": "accept", "reason": "...", "actor": "founder",
//    "decided_at": "2026-11-25T07:00:00Z", "sent_by": "Headroom/<version>"}

#include "model/AlertState.h"
#include "model/Records.h"

#include <optional>
#include <string>
#include <vector>

namespace headroom {

enum class AlertNoticeKind { Firing, Escalated, Resolved, Test };

struct AlertNotice {
    AlertNoticeKind kind = AlertNoticeKind::Firing;
    std::string workspace;
    bool demo = false; // demo data is always labelled demo
    std::string ruleId;
    std::string ruleName;
    AlertSeverity severity = AlertSeverity::Warning;
    std::optional<double> value;
    std::optional<double> threshold;
    std::optional<Timestamp> since;
    Timestamp at{};
};

struct DecisionNotice {
    std::string workspace;
    bool demo = false;
    Decision decision;
    std::vector<Evidence> evidence;
};

struct EmailContent {
    std::string subject;
    std::string text;
};

std::string_view keyOf(AlertNoticeKind kind); // "firing", "escalated", "resolved", "test"

std::string alertHeadline(const AlertNotice& notice); // "[CRITICAL] Queue depth firing: 250 >= 200"
std::string slackAlertBody(const AlertNotice& notice); // {"text": ..., "blocks": [...]}
std::string jsonAlertBody(const AlertNotice& notice);
EmailContent alertEmail(const AlertNotice& notice);
std::string decisionWebhookBody(const DecisionNotice& notice);

struct EmailEnvelope {
    std::string from;
    std::vector<std::string> to;
};

// A complete RFC 5322 message with CRLF line ends: From, To, Subject (RFC 2047 encoded when not
// ASCII), Date (RFC 5322 form of `date`), Message-ID (<id@host of from>), MIME-Version and a
// UTF-8 text/plain body; lines starting with "." are left to the SMTP client's dot-stuffing.
std::string rfc5322Message(const EmailEnvelope& envelope, const EmailContent& content,
                           Timestamp date, const std::string& messageIdLocalPart);

} // namespace headroom
