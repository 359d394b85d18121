#include "SourceEditor.h"

#include "ConsoleTheme.h"
#include "sources/prometheus/MappingJson.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {

constexpr std::size_t kKiB = 1024;

QString errorStyle() {
    return QStringLiteral("color: %1;").arg(Wording::statusColor(Status::Critical).name());
}

QLabel* makeNote(QWidget* parent, const char* name) {
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->hide();
    return label;
}

// "Name: value" per line; blank lines are skipped.
Result<HttpHeaders> parseHeaderLines(const QString& text) {
    HttpHeaders headers;
    QStringList problems;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            problems << SourceEditor::tr("headers: line %1 must read “Name: value”").arg(i + 1);
            continue;
        }
        headers.emplace_back(line.left(colon).trimmed().toStdString(),
                             line.mid(colon + 1).trimmed().toStdString());
    }
    if (!problems.isEmpty()) {
        return fail(ErrorCode::ValidationError, problems.join(QLatin1Char('\n')).toStdString());
    }
    return headers;
}

} // namespace

SourceEditor::SourceEditor(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_problems = makeNote(this, "problems");
    m_problems->setAccessibleName(tr("Problems with this source"));
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(
        QStringLiteral("QLabel#problems { %1 border: 1px solid %2; border-radius: 4px; "
                       "padding: 4px; }")
            .arg(errorStyle(), Wording::statusColor(Status::Critical).name()));
    layout->addWidget(m_problems);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("editorPages"));
    m_pages->setAccessibleName(tr("Source settings"));
    m_pages->tabBar()->setAccessibleName(tr("Source settings"));
    m_pages->addTab(buildConnectionPage(), tr("&Connection"));
    m_pages->addTab(buildMetricsPage(), tr("&Metrics"));
    layout->addWidget(m_pages, 1);

    // Re-check a moment after typing stops, once the founder has started editing.
    m_revalidate = new QTimer(this);
    m_revalidate->setSingleShot(true);
    m_revalidate->setInterval(400);
    connect(m_revalidate, &QTimer::timeout, this, [this] {
        if (m_modified) {
            validate();
        }
    });
}

QWidget* SourceEditor::buildConnectionPage() {
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget;
    auto* pageLayout = new QVBoxLayout(page);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    pageLayout->addLayout(m_form);
    pageLayout->addStretch(); // spare height below the form, not between its rows

    const auto addRow = [this](const QString& label, QWidget* field, const QString& accessible) {
        auto* l = new QLabel(label);
        l->setBuddy(field);
        field->setAccessibleName(accessible);
        m_form->addRow(l, field);
    };

    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. node-web-1"));
    m_name->setToolTip(tr("Lowercase letters, digits, '_', '.' and '-'; unique in the workspace."));
    addRow(tr("&Name:"), m_name, tr("Source name"));

    m_readyMapping = new QComboBox(page);
    m_readyMapping->setObjectName(QStringLiteral("readyMappingCombo"));
    m_readyMapping->addItem(tr("Custom mapping"), QString());
    for (ReadyMapping mapping : allReadyMappings()) {
        m_readyMapping->addItem(SourceWording::readyMappingName(mapping),
                                Wording::fromKey(keyOf(mapping)));
    }
    addRow(tr("Ready-made &mapping:"), m_readyMapping, tr("Ready-made mapping"));
    m_readyMappingNote = makeNote(page, "readyMappingNote");
    m_readyMappingNote->setWordWrap(false);
    m_form->addRow(QString(), m_readyMappingNote);

    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (EndpointKind kind :
         {EndpointKind::Exposition, EndpointKind::PrometheusApi, EndpointKind::JsonDocument}) {
        m_kind->addItem(SourceWording::kindName(kind), int(kind));
    }
    addRow(tr("&Kind:"), m_kind, tr("Kind of endpoint"));

    m_url = new QLineEdit(page);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    addRow(tr("&URL:"), m_url, tr("Endpoint URL"));

    m_enabled = new QCheckBox(tr("&Poll this source"), page);
    m_enabled->setObjectName(QStringLiteral("enabledCheck"));
    m_enabled->setAccessibleName(tr("Poll this source"));
    m_form->addRow(QString(), m_enabled);

    m_interval = new QSpinBox(page);
    m_interval->setObjectName(QStringLiteral("intervalSpin"));
    m_interval->setRange(1, 86400);
    m_interval->setSuffix(tr(" s"));
    addRow(tr("&Interval:"), m_interval, tr("Poll interval in seconds"));

    m_timeout = new QSpinBox(page);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(100, 120000);
    m_timeout->setSingleStep(500);
    m_timeout->setSuffix(tr(" ms"));
    addRow(tr("&Timeout:"), m_timeout, tr("Timeout in milliseconds"));

    m_maxSize = new QSpinBox(page);
    m_maxSize->setObjectName(QStringLiteral("maxSizeSpin"));
    m_maxSize->setRange(1, 256 * 1024);
    m_maxSize->setSingleStep(1024);
    m_maxSize->setSuffix(tr(" KiB"));
    addRow(tr("Response si&ze cap:"), m_maxSize, tr("Largest response accepted, in KiB"));

    m_tls = new QCheckBox(tr("&Verify TLS certificates"), page);
    m_tls->setObjectName(QStringLiteral("tlsCheck"));
    m_tls->setAccessibleName(tr("Verify TLS certificates"));
    m_form->addRow(QString(), m_tls);
    m_tlsWarning = makeNote(page, "tlsWarning");
    m_tlsWarning->setText(
        tr("⚠ TLS verification is off: anyone on the network path can read or change these\n"
           "metrics and see the credentials sent with them. Prefer a CA file for a private\n"
           "certificate authority."));
    // Explicit lines: a word-wrapped label in this scrolled form is laid out far too tall.
    m_tlsWarning->setWordWrap(false);
    ConsoleTheme::setBanner(m_tlsWarning, Tone::Warning,
                            QStringLiteral("border-radius: 4px; padding: 4px;"));
    m_tlsWarning->setAccessibleName(tr("TLS warning"));
    m_form->addRow(QString(), m_tlsWarning);

    auto* caRow = new QWidget(page);
    auto* caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    m_caFile = new QLineEdit(caRow);
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFile->setPlaceholderText(tr("System certificates"));
    m_caFile->setAccessibleName(tr("CA file"));
    m_caBrowse = new QPushButton(tr("&Browse…"), caRow);
    m_caBrowse->setObjectName(QStringLiteral("caBrowseButton"));
    m_caBrowse->setAccessibleName(tr("Choose a CA file"));
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(m_caBrowse);
    auto* caLabel = new QLabel(tr("C&A file:"));
    caLabel->setBuddy(m_caFile);
    m_form->addRow(caLabel, caRow);

    m_auth = new QComboBox(page);
    m_auth->setObjectName(QStringLiteral("authCombo"));
    for (AuthKind kind :
         {AuthKind::None, AuthKind::Bearer, AuthKind::Basic, AuthKind::ApiKeyHeader}) {
        m_auth->addItem(SourceWording::authName(kind), int(kind));
    }
    addRow(tr("Au&thentication:"), m_auth, tr("Authentication"));

    m_username = new QLineEdit(page);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    addRow(tr("U&ser name:"), m_username, tr("User name"));

    m_authHeader = new QLineEdit(page);
    m_authHeader->setObjectName(QStringLiteral("authHeaderEdit"));
    m_authHeader->setPlaceholderText(tr("e.g. X-API-Key"));
    addRow(tr("&Header name:"), m_authHeader, tr("API key header name"));

    m_secret = new QLineEdit(page);
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                  Qt::ImhNoPredictiveText);
    addRow(tr("S&ecret:"), m_secret, tr("Secret"));
    m_secretNote = makeNote(page, "secretNote");
    m_form->addRow(QString(), m_secretNote);

    m_headers = new QPlainTextEdit(page);
    m_headers->setObjectName(QStringLiteral("headersEdit"));
    m_headers->setPlaceholderText(tr("One per line: Name: value (no credentials here)"));
    m_headers->setTabChangesFocus(true);
    m_headers->setFixedHeight(m_headers->fontMetrics().lineSpacing() * 3 + 12);
    addRow(tr("E&xtra headers:"), m_headers, tr("Extra request headers"));

    // Numbers need no full-width fields.
    for (QSpinBox* spin : {m_interval, m_timeout, m_maxSize}) {
        spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(QStringLiteral("262144 KiB")) +
                              48);
    }
    caRow->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    scroll->setWidget(page);
    m_form->setRowVisible(m_readyMappingNote, false);
    m_form->setRowVisible(m_tlsWarning, false);

    // Every user edit marks the form modified and re-checks it.
    for (QLineEdit* edit : {m_name, m_url, m_caFile, m_username, m_authHeader, m_secret}) {
        connect(edit, &QLineEdit::textEdited, this, &SourceEditor::markModified);
    }
    for (QSpinBox* spin : {m_interval, m_timeout, m_maxSize}) {
        connect(spin, &QSpinBox::valueChanged, this, &SourceEditor::markModified);
    }
    connect(m_enabled, &QCheckBox::toggled, this, &SourceEditor::markModified);
    connect(m_headers, &QPlainTextEdit::textChanged, this, &SourceEditor::markModified);
    connect(m_tls, &QCheckBox::toggled, this, [this](bool on) {
        m_form->setRowVisible(m_tlsWarning, !on);
        markModified();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateKindHints();
        markModified();
    });
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthRows();
        markModified();
    });
    connect(m_readyMapping, &QComboBox::activated, this, [this] {
        const QString key = m_readyMapping->currentData().toString();
        if (const auto mapping = readyMappingFromKey(key.toStdString())) {
            applyReadyMapping(*mapping);
        } else {
            m_form->setRowVisible(m_readyMappingNote, false);
            markModified();
        }
    });
    connect(m_caBrowse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("CA certificates"), m_caFile->text(),
                                         tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty()) {
            m_caFile->setText(file);
            markModified();
        }
    });
    return scroll;
}

QWidget* SourceEditor::buildMetricsPage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* intro = new QLabel(
        tr("Each engine metric this source yields, and how it is computed. Edit the JSON below; "
           "the table follows it."),
        page);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_bindingsModel = new QStandardItemModel(0, 4, this);
    m_bindingsModel->setHorizontalHeaderLabels(
        {tr("Metric"), tr("Expression kind"), tr("Expression"), tr("Scale")});
    m_bindingsView = new QTableView(page);
    m_bindingsView->setObjectName(QStringLiteral("bindingsView"));
    m_bindingsView->setAccessibleName(tr("Metric bindings"));
    m_bindingsView->setModel(m_bindingsModel);
    m_bindingsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_bindingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_bindingsView->verticalHeader()->hide();
    m_bindingsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_bindingsView->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_bindingsView->setWordWrap(false);
    m_bindingsView->setTextElideMode(Qt::ElideMiddle);
    layout->addWidget(m_bindingsView, 2);

    auto* jsonLabel = new QLabel(tr("Bindings (&JSON):"), page);
    m_bindingsText = new QPlainTextEdit(page);
    m_bindingsText->setObjectName(QStringLiteral("bindingsEdit"));
    m_bindingsText->setAccessibleName(tr("Bindings as JSON"));
    m_bindingsText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_bindingsText->setTabChangesFocus(true);
    m_bindingsText->setLineWrapMode(QPlainTextEdit::NoWrap);
    jsonLabel->setBuddy(m_bindingsText);
    layout->addWidget(jsonLabel);
    layout->addWidget(m_bindingsText, 3);
    m_bindingsError = makeNote(page, "bindingsError");
    m_bindingsError->setStyleSheet(errorStyle());
    m_bindingsError->setAccessibleName(tr("Problem in the bindings"));
    layout->addWidget(m_bindingsError);

    connect(m_bindingsText, &QPlainTextEdit::textChanged, this, [this] {
        parseBindings();
        if (!m_loading) {
            // Hand-edited bindings are no longer the ready-made mapping.
            m_readyMapping->setCurrentIndex(0);
            m_form->setRowVisible(m_readyMappingNote, false);
        }
        markModified();
    });
    return page;
}

void SourceEditor::setConfig(const SourceConfig& config) {
    m_loading = true;
    m_name->setText(QString::fromStdString(config.name));
    const int readyIndex =
        config.readyMapping
            ? m_readyMapping->findData(Wording::fromKey(keyOf(*config.readyMapping)))
            : 0;
    m_readyMapping->setCurrentIndex(std::max(0, readyIndex));
    m_form->setRowVisible(m_readyMappingNote, config.readyMapping.has_value());
    if (config.readyMapping) {
        m_readyMappingNote->setText(SourceWording::readyMappingDescription(*config.readyMapping));
    }
    m_kind->setCurrentIndex(m_kind->findData(int(config.kind)));
    m_url->setText(QString::fromStdString(config.url));
    m_enabled->setChecked(config.enabled);
    m_interval->setValue(int(config.interval.count()));
    m_timeout->setValue(int(config.timeout.count()));
    m_loadedMaxBytes = config.maxResponseBytes;
    m_maxSize->setValue(int((config.maxResponseBytes + kKiB - 1) / kKiB));
    m_tls->setChecked(config.tls == TlsVerification::On);
    m_form->setRowVisible(m_tlsWarning, config.tls == TlsVerification::Off);
    m_caFile->setText(QString::fromStdString(config.caFile));
    m_auth->setCurrentIndex(m_auth->findData(int(config.auth)));
    m_username->setText(QString::fromStdString(config.username));
    m_authHeader->setText(QString::fromStdString(config.authHeader));
    m_secret->clear();
    QStringList headerLines;
    for (const auto& [name, value] : config.headers) {
        headerLines << QStringLiteral("%1: %2").arg(QString::fromStdString(name),
                                                    QString::fromStdString(value));
    }
    m_headers->setPlainText(headerLines.join(QLatin1Char('\n')));
    m_bindingsText->setPlainText(QString::fromStdString(bindingsToJsonText(config.bindings)));
    updateAuthRows();
    updateKindHints();
    m_loading = false;
    m_modified = false;
    m_revalidate->stop();
    showProblems({});
}

Result<SourceConfig> SourceEditor::config() const {
    SourceConfig c;
    QStringList problems;
    c.name = m_name->text().trimmed().toStdString();
    if (const auto mapping =
            readyMappingFromKey(m_readyMapping->currentData().toString().toStdString())) {
        c.readyMapping = *mapping;
    }
    c.kind = static_cast<EndpointKind>(m_kind->currentData().toInt());
    c.url = m_url->text().trimmed().toStdString();
    c.enabled = m_enabled->isChecked();
    c.interval = std::chrono::seconds{m_interval->value()};
    c.timeout = std::chrono::milliseconds{m_timeout->value()};
    // An unchanged spin box keeps the loaded byte count exactly (it shows whole KiB).
    const std::size_t shown = std::size_t(m_maxSize->value());
    c.maxResponseBytes = shown == (m_loadedMaxBytes + kKiB - 1) / kKiB && m_loadedMaxBytes > 0
                             ? m_loadedMaxBytes
                             : shown * kKiB;
    c.tls = m_tls->isChecked() ? TlsVerification::On : TlsVerification::Off;
    c.caFile = m_caFile->text().trimmed().toStdString();
    c.auth = static_cast<AuthKind>(m_auth->currentData().toInt());
    if (c.auth == AuthKind::Basic) {
        c.username = m_username->text().toStdString();
    }
    if (c.auth == AuthKind::ApiKeyHeader) {
        c.authHeader = m_authHeader->text().trimmed().toStdString();
    }
    if (auto headers = parseHeaderLines(m_headers->toPlainText())) {
        c.headers = std::move(*headers);
    } else {
        problems << QString::fromStdString(headers.error().message);
    }
    const std::string text = m_bindingsText->toPlainText().toStdString();
    if (auto bindings = bindingsFromJsonText(text, "bindings")) {
        c.bindings = std::move(*bindings);
    } else {
        problems << tr("bindings: %1").arg(QString::fromStdString(bindings.error().message));
    }
    if (!problems.isEmpty()) {
        return fail(ErrorCode::ValidationError, problems.join(QLatin1Char('\n')).toStdString());
    }
    return c;
}

std::optional<SourceConfig> SourceEditor::validate() {
    QStringList problems;
    Result<SourceConfig> c = config();
    if (!c) {
        problems << QString::fromStdString(c.error().message).split(QLatin1Char('\n'));
    } else if (Result<void> valid = validateSourceConfig(*c); !valid) {
        problems << QString::fromStdString(valid.error().message).split(QLatin1Char('\n'));
    }
    const auto auth = static_cast<AuthKind>(m_auth->currentData().toInt());
    if (auth != AuthKind::None && !m_storedSecret && m_secret->text().isEmpty()) {
        problems << tr("secret: enter the %1 for this source")
                        .arg(auth == AuthKind::Basic    ? tr("password")
                             : auth == AuthKind::Bearer ? tr("token")
                                                        : tr("API key"));
    }
    problems.removeAll(QString());
    showProblems(problems);
    return problems.isEmpty() && c ? std::optional(*c) : std::nullopt;
}

void SourceEditor::showProblems(const QStringList& problems) {
    m_problemList = problems;
    QStringList lines;
    for (const QString& p : problems) {
        lines << QStringLiteral("• ") + p;
    }
    m_problems->setText(
        problems.isEmpty()
            ? QString()
            : tr("Not saved yet — fix these first:\n%1").arg(lines.join(QLatin1Char('\n'))));
    m_problems->setVisible(!problems.isEmpty());
    markFields(problems);
}

void SourceEditor::markFields(const QStringList& problems) {
    // Field prefixes of validateSourceConfig's lines, and the widget whose label they mark.
    const std::pair<const char*, QWidget*> fields[] = {
        {"name", m_name},
        {"url", m_url},
        {"interval", m_interval},
        {"timeout", m_timeout},
        {"max_response_bytes", m_maxSize},
        {"ca_file", m_caFile->parentWidget()},
        {"username", m_username},
        {"auth_header", m_authHeader},
        {"headers", m_headers},
        {"secret", m_secret},
        {"ready_mapping", m_readyMapping},
    };
    for (const auto& [prefix, widget] : fields) {
        bool bad = false;
        for (const QString& p : problems) {
            const QString key = QLatin1String(prefix);
            bad = bad || p.startsWith(key + QLatin1Char(':')) ||
                  p.startsWith(key + QLatin1Char('[')) || p.startsWith(key + QLatin1Char('.'));
        }
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(widget))) {
            label->setStyleSheet(bad ? errorStyle() : QString());
        }
    }
    bool bindingsBad = false;
    for (const QString& p : problems) {
        bindingsBad = bindingsBad || p.startsWith(QLatin1String("bindings"));
    }
    const int metricsPage = 1;
    m_pages->setTabText(metricsPage, bindingsBad ? tr("&Metrics ⚠") : tr("&Metrics"));
}

std::optional<QString> SourceEditor::typedSecret() const {
    return m_secret->text().isEmpty() ? std::nullopt : std::optional(m_secret->text());
}

void SourceEditor::setStoredSecret(bool stored, const QString& placeholder) {
    m_storedSecret = stored;
    m_secret->setPlaceholderText(placeholder);
}

void SourceEditor::setSecretNote(const QString& text, bool warning) {
    m_secretNote->setText(text);
    if (warning) {
        ConsoleTheme::setTone(m_secretNote, Tone::Warning);
    } else {
        ConsoleTheme::clearTone(m_secretNote);
    }
    updateAuthRows();
}

void SourceEditor::applyReadyMapping(ReadyMapping mapping) {
    QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        name = mapping == ReadyMapping::NodeExporter ? QStringLiteral("node")
                                                     : QStringLiteral("prometheus");
    }
    const SourceConfig ready = sourceFromReadyMapping(mapping, name.toStdString());
    m_loading = true;
    m_name->setText(QString::fromStdString(ready.name));
    m_readyMapping->setCurrentIndex(m_readyMapping->findData(Wording::fromKey(keyOf(mapping))));
    m_kind->setCurrentIndex(m_kind->findData(int(ready.kind)));
    m_url->setText(QString::fromStdString(ready.url));
    m_bindingsText->setPlainText(QString::fromStdString(bindingsToJsonText(ready.bindings)));
    m_loading = false;
    m_readyMappingNote->setText(SourceWording::readyMappingDescription(mapping) +
                                QLatin1Char('\n') +
                                tr("Check the URL: it is the usual local address."));
    m_form->setRowVisible(m_readyMappingNote, true);
    updateKindHints();
    markModified();
}

bool SourceEditor::isTlsWarningShown() const {
    return !m_tlsWarning->isHidden();
}

void SourceEditor::updateAuthRows() {
    const auto auth = static_cast<AuthKind>(m_auth->currentData().toInt());
    m_form->setRowVisible(m_username, auth == AuthKind::Basic);
    m_form->setRowVisible(m_authHeader, auth == AuthKind::ApiKeyHeader);
    m_form->setRowVisible(m_secret, auth != AuthKind::None);
    m_form->setRowVisible(m_secretNote, auth != AuthKind::None && !m_secretNote->text().isEmpty());
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(m_secret))) {
        label->setText(auth == AuthKind::Basic    ? tr("Pass&word:")
                       : auth == AuthKind::Bearer ? tr("&Token:")
                                                  : tr("&Key value:"));
    }
    m_secret->setAccessibleName(auth == AuthKind::Basic    ? tr("Password")
                                : auth == AuthKind::Bearer ? tr("Bearer token")
                                                           : tr("API key value"));
}

void SourceEditor::updateKindHints() {
    const auto kind = static_cast<EndpointKind>(m_kind->currentData().toInt());
    switch (kind) {
    case EndpointKind::Exposition:
        m_url->setPlaceholderText(tr("http://127.0.0.1:9100/metrics"));
        break;
    case EndpointKind::PrometheusApi:
        m_url->setPlaceholderText(tr("http://127.0.0.1:9090 (the server's base URL)"));
        break;
    case EndpointKind::JsonDocument:
        m_url->setPlaceholderText(tr("https://app.example.com/health.json"));
        break;
    }
}

void SourceEditor::parseBindings() {
    const std::string text = m_bindingsText->toPlainText().toStdString();
    auto bindings = bindingsFromJsonText(text, "bindings");
    if (!bindings) {
        m_bindingsError->setText(QString::fromStdString(bindings.error().message));
        m_bindingsError->show();
        return; // the table keeps the last bindings that parsed
    }
    m_bindingsError->hide();
    m_bindingsModel->setRowCount(0);
    for (const MetricBinding& b : *bindings) {
        auto* metric = new QStandardItem(Wording::metricName(b.metric));
        metric->setToolTip(Wording::fromKey(metricKey(b.metric)));
        auto* kind = new QStandardItem(SourceWording::expressionKindName(b.expression));
        const QString summary = SourceWording::expressionSummary(b.expression);
        auto* expression = new QStandardItem(summary);
        expression->setToolTip(summary);
        auto* scale = new QStandardItem(QLocale().toString(b.scale, 'g', 6));
        scale->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_bindingsModel->appendRow({metric, kind, expression, scale});
    }
}

void SourceEditor::markModified() {
    if (m_loading) {
        return;
    }
    m_modified = true;
    m_revalidate->start();
    emit modified();
}

} // namespace headroom::ui
