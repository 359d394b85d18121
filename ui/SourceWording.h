#pragma once
// SourceWording: how the console words configured sources: their health (name, colour, dot
// icon, state line and the tooltip with the last error, failing since, next retry, stale since,
// TLS warning and mapped metrics), kinds, auth kinds, ready-made mappings, binding expressions
// (in PromQL-like notation), probe outcomes, and the changes the History lists. Kept beside
// Wording so that file stays about the engine's evaluation codes.

#include "Wording.h"

#include <QIcon>
#include <QJsonObject>

namespace headroom::ui {

class SourceWording {
    Q_DECLARE_TR_FUNCTIONS(SourceWording)

public:
    explicit SourceWording(QLocale locale = QLocale());

    // Health.
    static QString healthName(SourceHealth health);
    // The source's name; the built-in host collector's ("This computer") in the console's
    // language, configured names as the founder wrote them.
    static QString displayName(const SourceStatus& status);
    static QColor healthColor(SourceHealth health);
    static QIcon healthIcon(SourceHealth health); // a coloured dot (a ring when disabled)
    // One short line for a table's State column ("Failing — Network error, next retry 18:31").
    QString stateText(const SourceStatus& status, Timestamp now) const;
    // The state with the whole error message, for a wrapped label.
    QString statusLine(const SourceStatus& status, Timestamp now) const;
    // Several lines: state, last error, failing since, next retry, stale since, TLS, metrics.
    QString statusToolTip(const SourceStatus& status, Timestamp now) const;

    // Kinds and names.
    static QString kindName(EndpointKind kind);
    static QString kindNameFromKey(const std::string& key); // "host", "exposition", ...
    static QString authName(AuthKind kind);
    static QString readyMappingName(ReadyMapping mapping);
    static QString readyMappingDescription(ReadyMapping mapping);
    static QString formatName(exposition::ExpositionFormat format);

    // Bindings and probe outcomes.
    static QString expressionSummary(const SourceExpression& expression);
    static QString expressionKindName(const SourceExpression& expression);
    QString outcomeValue(const BindingOutcome& outcome) const; // "42 %", "warming up", error

    // History: a stored config (sourceConfigToJson's object) in a few words, and what changed.
    QString configSummary(const QJsonObject& config) const;
    QString configChanges(const QJsonObject& before, const QJsonObject& after) const;

private:
    Wording m_wording;
};

} // namespace headroom::ui
