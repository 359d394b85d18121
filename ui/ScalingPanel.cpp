#include "ScalingPanel.h"

#include "ConsoleTheme.h"
#include "ScalingWording.h"
#include "Wording.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {

QLabel* valueLabel(const QString& objectName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

ScalingPanel::ScalingPanel(QWidget* parent)
    : QGroupBox(tr("Scaling control"), parent) {
    setObjectName(QStringLiteral("scalingPanel"));
    m_demo = new QLabel(tr("Demo workspace: changes here are recorded in the demo's history "
                           "only."),
                        this);
    m_demo->setObjectName(QStringLiteral("scalingDemoNote"));
    m_demo->setVisible(false);
    m_environment = valueLabel(QStringLiteral("scalingEnvironment"), this);
    m_mode = valueLabel(QStringLiteral("scalingMode"), this);
    m_advice = valueLabel(QStringLiteral("scalingAdvice"), this);
    m_frozen = valueLabel(QStringLiteral("scalingFrozen"), this);
    m_lastSnapshot = valueLabel(QStringLiteral("scalingLastSnapshot"), this);
    m_autoMode =
        new QCheckBox(tr("Auto-mode (highlights the advice; never changes the mode)"), this);
    m_autoMode->setObjectName(QStringLiteral("scalingAutoMode"));

    auto* form = new QFormLayout;
    form->addRow(tr("Environment:"), m_environment);
    form->addRow(tr("Configured mode:"), m_mode);
    form->addRow(tr("Advice:"), m_advice);
    form->addRow(tr("Onboarding:"), m_frozen);
    form->addRow(tr("Health snapshots:"), m_lastSnapshot);

    m_snapshot = new QPushButton(tr("Take health snapshot now"), this);
    m_snapshot->setObjectName(QStringLiteral("takeHealthSnapshotButton"));
    m_setMode = new QPushButton(tr("Set mode…"), this);
    m_setMode->setObjectName(QStringLiteral("setModeButton"));
    m_freeze = new QPushButton(tr("Freeze onboarding…"), this);
    m_freeze->setObjectName(QStringLiteral("freezeButton"));
    m_settings = new QPushButton(tr("Scaling settings…"), this);
    m_settings->setObjectName(QStringLiteral("scalingSettingsButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_snapshot);
    buttons->addWidget(m_setMode);
    buttons->addWidget(m_freeze);
    buttons->addWidget(m_settings);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_demo);
    layout->addLayout(form);
    layout->addWidget(m_autoMode);
    layout->addLayout(buttons);

    m_snapshot->setAccessibleName(tr("Take health snapshot now"));
    m_setMode->setAccessibleName(tr("Set scaling mode"));
    m_freeze->setAccessibleName(tr("Freeze or unfreeze onboarding"));
    m_settings->setAccessibleName(tr("Scaling settings"));
    m_autoMode->setAccessibleName(tr("Auto-mode"));
    for (QWidget* w : {static_cast<QWidget*>(m_snapshot), static_cast<QWidget*>(m_setMode),
                       static_cast<QWidget*>(m_freeze), static_cast<QWidget*>(m_settings),
                       static_cast<QWidget*>(m_autoMode)}) {
        w->setEnabled(false); // until the first view arrives
    }
    connect(m_snapshot, &QPushButton::clicked, this, &ScalingPanel::takeSnapshotRequested);
    connect(m_setMode, &QPushButton::clicked, this, &ScalingPanel::setModeRequested);
    connect(m_settings, &QPushButton::clicked, this, &ScalingPanel::settingsRequested);
    connect(m_freeze, &QPushButton::clicked, this, [this] {
        if (m_view && m_view->config.freeze) {
            emit unfreezeRequested();
        } else {
            emit freezeRequested();
        }
    });
    connect(m_autoMode, &QCheckBox::toggled, this,
            [this](bool on) { emit autoModeRequested(on ? AutoMode::On : AutoMode::Off); });
}

void ScalingPanel::setView(const ScalingView& view, Timestamp now) {
    m_view = view;
    const Wording words;
    const ScalingConfig& c = view.config;
    m_demo->setVisible(view.workspace.kind == WorkspaceKind::Demo);
    m_environment->setText(QString::fromStdString(c.environment));
    m_mode->setText(ScalingWording::modeLabel(c, c.modeId));

    QString advice;
    bool differs = false;
    if (!view.advice) {
        advice = tr("None yet: no stored snapshot to judge from.");
    } else {
        const ModeDecision& d = view.advice->mode;
        advice = Wording::modeActionName(d.action);
        if (d.nextModeId) {
            advice += QStringLiteral(" → ") + ScalingWording::modeLabel(c, *d.nextModeId);
        }
        advice += tr(" (confidence %1)").arg(words.percent(d.confidence));
        if (d.blockedByTruthLayer) {
            advice += QStringLiteral("\n") +
                      tr("A change is held back: the data is too incomplete or stale.");
        }
        if (!d.reasons.empty()) {
            advice += QStringLiteral("\n") + words.modeReason(d.reasons.front());
        }
        differs = view.advisedModeId && *view.advisedModeId != c.modeId;
    }
    // Auto-mode only highlights the advice: the founder still makes the change.
    const bool highlight = c.autoMode == AutoMode::On && differs;
    m_advice->setText(advice);
    if (highlight) {
        ConsoleTheme::setTone(m_advice, Tone::Warning, QStringLiteral("font-weight: bold;"));
    } else {
        ConsoleTheme::clearTone(m_advice);
    }
    m_advice->setToolTip(highlight ? tr("Auto-mode is on: the advice differs from the configured "
                                        "mode. Use “Set mode…” to follow it.")
                                   : QString());

    if (c.freeze) {
        m_frozen->setText(tr("Frozen since %1 by %2: %3")
                              .arg(words.dateTime(c.freeze->since),
                                   QString::fromStdString(c.freeze->actor),
                                   QString::fromStdString(c.freeze->reason)));
        ConsoleTheme::setTone(m_frozen, Tone::Error);
        m_freeze->setText(tr("Unfreeze…"));
    } else {
        m_frozen->setText(tr("Open"));
        ConsoleTheme::clearTone(m_frozen);
        m_freeze->setText(tr("Freeze onboarding…"));
    }

    QString snapshot;
    if (view.lastHealthSnapshot) {
        const HealthSnapshotRecord& r = *view.lastHealthSnapshot;
        snapshot = tr("Last %1 (%2): overall %3, %4")
                       .arg(words.age(r.takenAt, now), ScalingWording::triggerName(r.trigger),
                            r.health.overall ? words.number(*r.health.overall, 1) : tr("n/a"),
                            Wording::modeActionName(r.mode.action));
    } else {
        snapshot = tr("None taken yet");
    }
    snapshot += QStringLiteral("\n") + ScalingWording::cadenceName(c.cadence);
    if (view.nextScheduledAt && view.workspace.kind == WorkspaceKind::Live) {
        snapshot += tr(", next %1").arg(words.dateTime(*view.nextScheduledAt));
    }
    m_lastSnapshot->setText(snapshot);

    {
        const QSignalBlocker block(m_autoMode);
        m_autoMode->setChecked(c.autoMode == AutoMode::On);
    }
    updateEnabled();
}

void ScalingPanel::setReadOnly(const QString& reason) {
    m_readOnly = reason;
    updateEnabled();
}

void ScalingPanel::updateEnabled() {
    // Until the first view arrives nothing can be changed either.
    const bool enabled = m_view.has_value() && m_readOnly.isEmpty();
    for (QWidget* w : {static_cast<QWidget*>(m_snapshot), static_cast<QWidget*>(m_setMode),
                       static_cast<QWidget*>(m_freeze), static_cast<QWidget*>(m_settings),
                       static_cast<QWidget*>(m_autoMode)}) {
        w->setEnabled(enabled);
    }
    setToolTip(m_readOnly);
}

} // namespace headroom::ui
