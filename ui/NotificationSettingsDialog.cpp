#include "NotificationSettingsDialog.h"

#include "AlertsWording.h"
#include "ChannelSecrets.h"
#include "ConsoleTheme.h"
#include "EngineBridge.h"
#include "engine/Engine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

namespace headroom::ui {

namespace {

// Set on the form while "New channel" fills it (no stored channel is being edited yet).
constexpr const char* kAddingProperty = "addingChannel";

// A list with its empty state: a stack of the list and a sentence saying why it is empty.
QWidget* withEmptyState(QWidget* list, const QString& text, const QString& name) {
    auto* stack = new QStackedWidget(list->parentWidget());
    auto* empty = new QLabel(text, stack);
    empty->setObjectName(name);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setFrameShape(QFrame::StyledPanel);
    empty->setMargin(12);
    ConsoleTheme::setTone(empty, Tone::Muted);
    stack->addWidget(list);
    stack->addWidget(empty);
    stack->setCurrentWidget(empty); // until the engine says what there is
    return stack;
}

void showEmptyState(QWidget* list, bool empty) {
    auto* stack = qobject_cast<QStackedWidget*>(list->parentWidget());
    if (stack != nullptr) {
        stack->setCurrentIndex(empty ? 1 : 0);
    }
}

} // namespace

NotificationSettingsDialog::NotificationSettingsDialog(Engine& engine, EngineBridge& bridge,
                                                       ChannelSecrets& secrets,
                                                       QString liveWorkspace, QWidget* parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_bridge(bridge)
    , m_secrets(secrets)
    , m_liveWorkspace(std::move(liveWorkspace)) {
    setWindowTitle(tr("Notifications"));
    setObjectName(QStringLiteral("notificationSettingsDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    layout->addLayout(top);

    auto* left = new QVBoxLayout;
    m_channels = new QListWidget(this);
    left->addWidget(new QLabel(tr("Channels"), this));
    left->addWidget(withEmptyState(
        m_channels,
        tr("No notification channel yet — add one to get alerts by Slack, webhook or e-mail."),
        QStringLiteral("noChannels")));
    auto* newButton = new QPushButton(tr("New channel"), this);
    newButton->setObjectName(QStringLiteral("newChannelButton"));
    m_remove = new QPushButton(tr("Remove"), this);
    left->addWidget(newButton);
    left->addWidget(m_remove);
    top->addLayout(left, 1);

    // The form is a widget of its own, disabled until a channel is chosen or "New channel"
    // starts one: with nothing selected it must not look like it edits something.
    auto* formWidget = new QWidget(this);
    formWidget->setObjectName(QStringLiteral("channelForm"));
    auto* form = new QFormLayout(formWidget);
    form->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit(this);
    m_kind = new QComboBox(this);
    for (auto k : {NotificationKind::Email, NotificationKind::Slack, NotificationKind::Json}) {
        m_kind->addItem(AlertsWording::kind(k), static_cast<int>(k));
    }
    m_purpose = new QComboBox(this);
    for (auto p : {NotificationPurpose::Alerts, NotificationPurpose::Decisions}) {
        m_purpose->addItem(AlertsWording::purpose(p), static_cast<int>(p));
    }
    m_enabled = new QCheckBox(tr("Enabled"), this);
    m_enabled->setChecked(true);
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(
        tr("smtp://mail.example.com:587, or https://hooks.example.com/{token}"));
    m_from = new QLineEdit(this);
    m_to = new QLineEdit(this);
    m_to->setPlaceholderText(tr("addresses separated by commas"));
    m_starttls = new QCheckBox(tr("Require STARTTLS"), this);
    m_user = new QLineEdit(this);
    m_secret = new QLineEdit(this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("kept in the system keychain, never in the database"));
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Used for"), m_purpose);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("URL"), m_url);
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    form->addRow(QString(), m_starttls);
    form->addRow(tr("User"), m_user);
    form->addRow(tr("Password or token"), m_secret);
    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Save"), this);
    m_test = new QPushButton(tr("Send test"), this);
    buttons->addWidget(m_save);
    buttons->addWidget(m_test);
    form->addRow(buttons);
    auto* right = new QVBoxLayout;
    right->addWidget(formWidget);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    right->addWidget(m_result);
    right->addStretch();
    top->addLayout(right, 2);

    layout->addWidget(new QLabel(tr("Recent deliveries"), this));
    m_log = new QTreeWidget(this);
    m_log->setRootIsDecorated(false);
    m_log->setHeaderLabels(
        {tr("Created"), tr("Channel"), tr("What"), tr("State"), tr("Attempts"), tr("Last error")});
    m_log->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(
        withEmptyState(m_log, tr("No deliveries yet."), QStringLiteral("noDeliveries")));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(newButton, &QPushButton::clicked, this, [this] {
        clearForm();
        m_name->parentWidget()->setProperty(kAddingProperty, true);
        updateKindFields();
        m_name->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, &NotificationSettingsDialog::removeChannel);
    connect(m_save, &QPushButton::clicked, this, &NotificationSettingsDialog::save);
    connect(m_test, &QPushButton::clicked, this, &NotificationSettingsDialog::sendTest);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            &NotificationSettingsDialog::updateKindFields);
    connect(m_channels, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < static_cast<int>(m_known.size())) {
            loadChannel(m_known[static_cast<std::size_t>(row)]);
        }
    });

    connect(&m_bridge, &EngineBridge::alertsReady, this,
            [this](quint64, const AlertsView& view) { showView(view); });
    connect(
        &m_bridge, &EngineBridge::notificationChannelSaved, this,
        [this](quint64 id, const NotificationChannel& c) {
            if (id != m_saveRequest) {
                return;
            }
            const QString name = QString::fromStdString(c.name);
            m_secrets.saved(
                name, m_secret->text().isEmpty() ? std::nullopt : std::optional(m_secret->text()),
                m_savedFrom ? std::optional(QString::fromStdString(*m_savedFrom)) : std::nullopt);
            m_secret->clear();
            m_editing = c.name;
            updateKindFields(); // Remove and Send test now apply to the saved channel
            m_result->setText(tr("Saved channel '%1'.").arg(QString::fromStdString(c.name)));
            refresh();
        });
    connect(&m_bridge, &EngineBridge::notificationChannelRemoved, this,
            [this](quint64 id, const QString& name) {
                if (id != m_removeRequest) {
                    return;
                }
                m_secrets.removed(name);
                m_result->setText(tr("Removed channel '%1'.").arg(name));
                clearForm();
                refresh();
            });
    connect(&m_bridge, &EngineBridge::deliveryQueued, this, [this](quint64 id, const Delivery& d) {
        if (id != m_testRequest) {
            return;
        }
        m_testDelivery = d.id;
        m_result->setText(
            tr("Sending a test notification through '%1'…").arg(QString::fromStdString(d.channel)));
    });
    connect(&m_bridge, &EngineBridge::deliveryFinished, this, [this](const Delivery& d) {
        refresh();
        if (d.id != m_testDelivery) {
            return;
        }
        m_result->setText(d.state == DeliveryState::Sent
                              ? tr("Test sent through '%1' (attempts: %2).")
                                    .arg(QString::fromStdString(d.channel))
                                    .arg(d.attempts)
                              : tr("Test failed (attempts: %1): %2")
                                    .arg(d.attempts)
                                    .arg(QString::fromStdString(d.lastError)));
    });
    connect(&m_bridge, &EngineBridge::errorOccurred, this, [this](quint64 id, const Error& e) {
        if (id != 0 && (id == m_saveRequest || id == m_testRequest || id == m_removeRequest)) {
            m_result->setText(tr("Not done: %1").arg(QString::fromStdString(e.message)));
        }
    });
    updateKindFields();
    resize(820, 560);
}

void NotificationSettingsDialog::refresh() {
    m_engine.requestAlerts(m_liveWorkspace.toStdString());
}

void NotificationSettingsDialog::showView(const AlertsView& view) {
    if (QString::fromStdString(view.workspace) != m_liveWorkspace) {
        return;
    }
    m_known = view.channels;
    const QSignalBlocker block(m_channels);
    m_channels->clear();
    int current = -1;
    for (std::size_t i = 0; i < m_known.size(); ++i) {
        const auto& c = m_known[i];
        m_channels->addItem(QStringLiteral("%1 — %2%3")
                                .arg(QString::fromStdString(c.name), AlertsWording::kind(c.kind),
                                     c.enabled ? QString() : tr(" (disabled)")));
        if (m_editing && *m_editing == c.name) {
            current = static_cast<int>(i);
        }
    }
    m_channels->setCurrentRow(current);
    showEmptyState(m_channels, m_known.empty());
    m_log->clear();
    for (const auto& d : view.deliveries) {
        new QTreeWidgetItem(
            m_log, {AlertsWording::time(d.createdAt), QString::fromStdString(d.channel),
                    QString::fromStdString(d.summary), AlertsWording::deliveryState(d.state),
                    QString::number(d.attempts), QString::fromStdString(d.lastError)});
    }
    showEmptyState(m_log, view.deliveries.empty());
}

void NotificationSettingsDialog::loadChannel(const NotificationChannel& c) {
    m_editing = c.name;
    m_name->setText(QString::fromStdString(c.name));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(c.kind)));
    m_purpose->setCurrentIndex(m_purpose->findData(static_cast<int>(c.purpose)));
    m_enabled->setChecked(c.enabled);
    const auto j = nlohmann::json::parse(c.configJson, nullptr, false);
    const auto text = [&](const char* key) {
        return j.is_object() && j.contains(key) && j[key].is_string()
                   ? QString::fromStdString(j[key].get<std::string>())
                   : QString();
    };
    m_url->setText(text("url"));
    m_from->setText(text("from"));
    m_user->setText(text("user"));
    QStringList to;
    if (j.is_object() && j.contains("to") && j["to"].is_array()) {
        for (const auto& a : j["to"]) {
            if (a.is_string()) {
                to << QString::fromStdString(a.get<std::string>());
            }
        }
    }
    m_to->setText(to.join(QStringLiteral(", ")));
    m_starttls->setChecked(j.is_object() && j.value("starttls", false));
    m_secret->clear();
    updateKindFields();
}

void NotificationSettingsDialog::clearForm() {
    m_editing.reset();
    m_name->parentWidget()->setProperty(kAddingProperty, false);
    m_channels->setCurrentRow(-1);
    for (auto* e : {m_name, m_url, m_from, m_to, m_user, m_secret}) {
        e->clear();
    }
    m_enabled->setChecked(true);
    m_starttls->setChecked(false);
    updateKindFields();
}

void NotificationSettingsDialog::updateKindFields() {
    const bool email =
        static_cast<NotificationKind>(m_kind->currentData().toInt()) == NotificationKind::Email;
    for (QWidget* w : std::initializer_list<QWidget*>{m_from, m_to, m_starttls, m_user}) {
        w->setEnabled(email);
    }
    m_remove->setEnabled(m_editing.has_value());
    m_test->setEnabled(m_editing.has_value());
    // A stored channel in the form enables it; "New channel" enables it for a new one.
    QWidget* form = m_name->parentWidget();
    form->setEnabled(m_editing.has_value() || form->property(kAddingProperty).toBool());
}

NotificationChannel NotificationSettingsDialog::channelFromForm() const {
    NotificationChannel c;
    c.name = m_name->text().trimmed().toStdString();
    c.kind = static_cast<NotificationKind>(m_kind->currentData().toInt());
    c.purpose = static_cast<NotificationPurpose>(m_purpose->currentData().toInt());
    c.enabled = m_enabled->isChecked();
    nlohmann::json j{{"url", m_url->text().trimmed().toStdString()}};
    if (c.kind == NotificationKind::Email) {
        nlohmann::json to = nlohmann::json::array();
        for (const auto& a : m_to->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            to.push_back(a.trimmed().toStdString());
        }
        j["from"] = m_from->text().trimmed().toStdString();
        j["to"] = std::move(to);
        j["starttls"] = m_starttls->isChecked();
        j["user"] = m_user->text().trimmed().toStdString();
    }
    c.configJson = j.dump();
    return c;
}

void NotificationSettingsDialog::save() {
    m_result->setText(tr("Saving…"));
    m_savedFrom = m_editing;
    m_saveRequest = m_engine.saveNotificationChannel(channelFromForm(), m_editing);
}

void NotificationSettingsDialog::sendTest() {
    if (!m_editing) {
        m_result->setText(tr("Save the channel first."));
        return;
    }
    m_testDelivery = 0;
    m_result->setText(tr("Queueing a test notification…"));
    m_testRequest = m_engine.testNotification(*m_editing);
}

void NotificationSettingsDialog::removeChannel() {
    if (m_editing) {
        m_removeRequest = m_engine.removeNotificationChannel(*m_editing);
    }
}

} // namespace headroom::ui
