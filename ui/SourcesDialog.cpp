#include "SourcesDialog.h"

#include "ConsoleTheme.h"
#include "EngineBridge.h"
#include "SourceEditor.h"
#include "SourceSecrets.h"
#include "SourceTestView.h"
#include "SourceWording.h"
#include "SourcesModel.h"
#include "UiRoles.h"

#include <QAction>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {

const QString kBannerShape = QStringLiteral("border-radius: 4px; padding: 5px;");
// Information reads as ordinary text in a frame; the palette's roles follow light and dark.
const QString kInfoStyle =
    QStringLiteral("color: palette(text); border: 1px solid palette(mid); border-radius: 4px; "
                   "padding: 5px;");

QLabel* makeBanner(QWidget* parent, const char* name, Tone tone) {
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ConsoleTheme::setBanner(label, tone, kBannerShape);
    label->hide();
    return label;
}

QPushButton* makeButton(const QString& text, const char* name, const QString& accessible,
                        QWidget* parent) {
    auto* button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(name));
    button->setAccessibleName(accessible);
    button->setAutoDefault(false);
    return button;
}

} // namespace

SourcesDialog::SourcesDialog(Engine& engine, EngineBridge& bridge, SourceSecrets& secrets,
                             QWidget* parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_bridge(bridge)
    , m_secrets(secrets) {
    setObjectName(QStringLiteral("sourcesDialog"));
    setWindowTitle(tr("Sources"));
    auto* layout = new QVBoxLayout(this);

    auto* intro =
        new QLabel(tr("Where the live workspace's metrics come from. The host collector "
                      "reads this computer; add the metric endpoints your company "
                      "already runs (node_exporter, Prometheus, a JSON health endpoint)."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_keychainNote = makeBanner(this, "keychainNote", Tone::Info);
    m_keychainNote->setAccessibleName(tr("Where secrets are kept"));
    layout->addWidget(m_keychainNote);
    m_engineError = makeBanner(this, "engineError", Tone::Error);
    m_engineError->setAccessibleName(tr("Error from the engine"));
    layout->addWidget(m_engineError);
    m_loadErrors = makeBanner(this, "loadErrors", Tone::Warning);
    layout->addWidget(m_loadErrors);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildList());

    m_stack = new QStackedWidget(splitter);
    m_stack->addWidget(buildHostPage());
    m_editorPage = new QWidget(m_stack);
    auto* editorLayout = new QVBoxLayout(m_editorPage);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    m_editorTitle = new QLabel(m_editorPage);
    m_editorTitle->setObjectName(QStringLiteral("editorTitle"));
    QFont titleFont = m_editorTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() + 1);
    m_editorTitle->setFont(titleFont);
    editorLayout->addWidget(m_editorTitle);
    m_editorStatus = new QLabel(m_editorPage);
    m_editorStatus->setObjectName(QStringLiteral("editorStatus"));
    m_editorStatus->setWordWrap(true);
    m_editorStatus->setTextFormat(Qt::PlainText);
    m_editorStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_editorStatus->setAccessibleName(tr("State of this source"));
    editorLayout->addWidget(m_editorStatus);
    m_editor = new SourceEditor(m_editorPage);
    m_editor->setObjectName(QStringLiteral("sourceEditor"));
    m_testView = new SourceTestView(m_editor);
    m_testView->setObjectName(QStringLiteral("testView"));
    m_editor->pages()->addTab(m_testView, tr("Test &result"));
    editorLayout->addWidget(m_editor, 1);

    auto* actions = new QHBoxLayout;
    m_testButton =
        makeButton(tr("&Test connection"), "testButton", tr("Test connection"), m_editorPage);
    m_testButton->setToolTip(tr("Fetch once with the settings in the form (Ctrl+T)"));
    m_savedNote = new QLabel(m_editorPage);
    m_savedNote->setObjectName(QStringLiteral("savedNote"));
    m_revertButton = makeButton(tr("Re&vert"), "revertButton", tr("Revert changes"), m_editorPage);
    m_saveButton = makeButton(tr("&Save"), "saveButton", tr("Save source"), m_editorPage);
    m_saveButton->setToolTip(tr("Check and save this source (Ctrl+S); it is polled at once"));
    actions->addWidget(m_testButton);
    actions->addWidget(m_savedNote, 1);
    actions->addWidget(m_revertButton);
    actions->addWidget(m_saveButton);
    editorLayout->addLayout(actions);
    m_stack->addWidget(m_editorPage);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({340, 760}); // room for a state such as "Failing — Network error"
    layout->addWidget(splitter, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const auto shortcut = [this](const QKeySequence& keys, const char* name, auto slot) {
        auto* action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_S), "saveAction", &SourcesDialog::save);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_T), "testAction", &SourcesDialog::testConnection);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_N), "addAction", &SourcesDialog::addSource);

    connect(m_testButton, &QPushButton::clicked, this, &SourcesDialog::testConnection);
    connect(m_saveButton, &QPushButton::clicked, this, &SourcesDialog::save);
    connect(m_revertButton, &QPushButton::clicked, this, &SourcesDialog::revert);
    connect(m_editor, &SourceEditor::modified, this, [this] {
        m_savedNote->clear();
        updateButtons();
    });
    connect(&m_secrets.store(), &SecretStore::availabilityChanged, this,
            [this] { updateKeychainNote(); });
    connect(&m_secrets, &SourceSecrets::secretStored, this,
            [this](const QString& workspace, const QString& name, SecretOutcome::Status status,
                   const QString& message) {
                if (workspace != m_workspace) {
                    return;
                }
                if (status == SecretOutcome::Status::Ok) {
                    m_savedNote->setText(tr("Saved; the secret is in the desktop keychain."));
                } else if (status == SecretOutcome::Status::Unavailable) {
                    m_savedNote->setText(
                        tr("Saved; the secret of %1 is kept for this session only.").arg(name));
                } else {
                    showEngineError(tr("The keychain refused the secret of %1: %2 — it is kept "
                                       "for this session only.")
                                        .arg(name, message));
                }
                updateSecretField();
            });
    connectBridge();
    m_secrets.store().probe();
    updateKeychainNote();
    resize(1120, 700);
    addSource();
}

QWidget* SourcesDialog::buildList() {
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_model = new SourcesModel(this);
    m_list = new QTableView(panel);
    m_list->setObjectName(QStringLiteral("sourcesList"));
    m_list->setAccessibleName(tr("Sources"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    for (int c : {int(SourcesModel::LastPollColumn), int(SourcesModel::LastSuccessColumn),
                  int(SourcesModel::KindColumn)}) {
        m_list->hideColumn(c);
    }
    m_list->horizontalHeader()->setSectionResizeMode(SourcesModel::NameColumn,
                                                     QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);
    m_emptyNote = new QLabel(tr("No metric endpoints yet. Press Add, then pick a ready-made "
                                "mapping for node_exporter or Prometheus, or describe your own."),
                             panel);
    m_emptyNote->setObjectName(QStringLiteral("emptyNote"));
    m_emptyNote->setWordWrap(true);
    layout->addWidget(m_emptyNote);

    auto* buttons = new QHBoxLayout;
    m_addButton = makeButton(tr("&Add"), "addButton", tr("Add a source"), panel);
    m_addButton->setToolTip(tr("Start a new source (Ctrl+N)"));
    m_enableButton = makeButton(tr("&Disable"), "enableButton", tr("Enable or disable"), panel);
    m_removeButton = makeButton(tr("Re&move…"), "removeButton", tr("Remove source"), panel);
    m_removeButton->setToolTip(tr("Remove the selected source (Delete)"));
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_enableButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    layout->addLayout(buttons);

    auto* remove = new QAction(m_list);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &SourcesDialog::removeSelected);
    m_list->addAction(remove);

    connect(m_addButton, &QPushButton::clicked, this, &SourcesDialog::addSource);
    connect(m_removeButton, &QPushButton::clicked, this, &SourcesDialog::removeSelected);
    connect(m_enableButton, &QPushButton::clicked, this, &SourcesDialog::toggleEnabled);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showSelected(); });
    return panel;
}

QWidget* SourcesDialog::buildHostPage() {
    m_hostPage = new QWidget(this);
    auto* layout = new QVBoxLayout(m_hostPage);
    auto* title = new QLabel(tr("Host collector (built in)"), m_hostPage);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() + 1);
    title->setFont(font);
    auto* text = new QLabel(tr("Reads this computer's CPU, memory, disk and load average on "
                               "every poll of the live workspace. It needs no settings and "
                               "cannot be edited or removed."),
                            m_hostPage);
    text->setWordWrap(true);
    m_hostStatus = new QLabel(m_hostPage);
    m_hostStatus->setObjectName(QStringLiteral("hostStatus"));
    m_hostStatus->setWordWrap(true);
    m_hostStatus->setTextFormat(Qt::PlainText);
    m_hostStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(8);
    layout->addWidget(m_hostStatus);
    layout->addStretch();
    return m_hostPage;
}

void SourcesDialog::connectBridge() {
    connect(
        &m_bridge, &EngineBridge::sourcesReady, this, [this](quint64 id, const SourcesView& view) {
            if (id == m_sourcesRequest && QString::fromStdString(view.workspace) == m_workspace) {
                showView(view);
            }
        });
    connect(&m_bridge, &EngineBridge::sourceStatusChanged, this,
            [this](const std::vector<SourceStatus>& statuses) {
                m_statuses = statuses;
                rebuildRows();
            });
    connect(&m_bridge, &EngineBridge::sourceSaved, this,
            [this](quint64 id, const QString& workspace, const SourceConfig& config) {
                if (id != m_saveRequest) {
                    return;
                }
                m_saveRequest = 0;
                const std::optional<QString> previous = m_pendingPrevious;
                m_secrets.saved(workspace, config, m_pendingSecret, previous);
                m_pendingSecret.reset();
                m_pendingPrevious.reset();
                if (previous) {
                    m_configs.erase(previous->toStdString());
                }
                m_configs[config.name] = config;
                m_engineError->hide();
                const bool wasEditing = m_isNew || (previous && *previous == m_editingName) ||
                                        m_editingName == QString::fromStdString(config.name);
                if (wasEditing) {
                    m_editingName = QString::fromStdString(config.name);
                    m_isNew = false;
                    loadConfig(config, false);
                }
                m_savedNote->setText(tr("Saved %1.").arg(QString::fromStdString(config.name)));
                refresh();
            });
    connect(&m_bridge, &EngineBridge::sourceRemoved, this,
            [this](quint64 id, const QString& workspace, const QString& name) {
                if (id != m_removeRequest) {
                    return;
                }
                m_removeRequest = 0;
                m_secrets.removed(workspace, name);
                m_configs.erase(name.toStdString());
                m_engineError->hide();
                if (m_editingName == name) {
                    addSource();
                }
                refresh();
            });
    connect(&m_bridge, &EngineBridge::sourceTested, this,
            [this](quint64 id, const SourceTestResult& result) {
                if (id != m_testRequest) {
                    return;
                }
                m_testRequest = 0;
                m_testView->showResult(result);
                updateButtons();
            });
    connect(&m_bridge, &EngineBridge::errorOccurred, this, [this](quint64 id, const Error& error) {
        if (id == 0) {
            return;
        }
        const QString text = tr("%1: %2").arg(Wording::errorCodeName(error.code),
                                              QString::fromStdString(error.message));
        if (id == m_saveRequest) {
            m_saveRequest = 0;
            m_pendingSecret.reset();
            m_pendingPrevious.reset();
            showEngineError(tr("Not saved — %1").arg(text));
            if (error.code == ErrorCode::ValidationError) {
                m_editor->showProblems(
                    QString::fromStdString(error.message).split(QLatin1Char('\n')));
            }
        } else if (id == m_removeRequest) {
            m_removeRequest = 0;
            showEngineError(tr("Not removed — %1").arg(text));
        } else if (id == m_testRequest) {
            m_testRequest = 0;
            m_testView->showError(error);
        } else if (id == m_sourcesRequest) {
            showEngineError(tr("The sources could not be read — %1").arg(text));
        } else {
            return;
        }
        updateButtons();
    });
}

void SourcesDialog::setWorkspace(const QString& workspace) {
    if (workspace != m_workspace) {
        m_workspace = workspace;
        m_configs.clear();
        addSource();
    }
    setWindowTitle(tr("Sources — %1").arg(workspace));
    refresh();
}

void SourcesDialog::refresh() {
    if (!m_workspace.isEmpty()) {
        m_sourcesRequest = m_engine.requestSources(m_workspace.toStdString());
    }
}

void SourcesDialog::showView(const SourcesView& view) {
    m_configs.clear();
    for (const SourceConfig& config : view.configs) {
        m_configs[config.name] = config;
    }
    m_statuses = view.statuses;
    m_secrets.provideStored(view);
    QStringList errors;
    for (const std::string& e : view.loadErrors) {
        errors << QString::fromStdString(e);
    }
    m_loadErrors->setText(
        tr("Some stored sources could not be read and are not polled:\n%1").arg(errors.join('\n')));
    m_loadErrors->setVisible(!errors.isEmpty());
    rebuildRows();
    // The source being edited was changed elsewhere (enabled, renamed): show the stored one
    // unless the founder has unsaved edits.
    if (!m_isNew && !m_editor->isModified()) {
        const auto it = m_configs.find(m_editingName.toStdString());
        if (it != m_configs.end() && m_stack->currentWidget() == m_editorPage) {
            loadConfig(it->second, false);
        }
    }
    updateButtons();
}

void SourcesDialog::rebuildRows() {
    const QString selected =
        m_list->currentIndex().isValid()
            ? m_model->index(m_list->currentIndex().row(), 0).data(KeyRole).toString()
            : QString();
    std::vector<SourceStatus> rows;
    for (const SourceStatus& s : m_statuses) {
        if (s.kind == "host" || s.sourceId == "host") {
            rows.push_back(s);
        }
    }
    for (const auto& [name, config] : m_configs) {
        const std::string id = endpointSourceId(name);
        const auto it = std::find_if(m_statuses.begin(), m_statuses.end(),
                                     [&](const SourceStatus& s) { return s.sourceId == id; });
        if (it != m_statuses.end()) {
            rows.push_back(*it);
            continue;
        }
        // Not polled (yet): the configuration tells what it will be.
        SourceStatus s;
        s.sourceId = id;
        s.displayName = name;
        s.kind = std::string(keyOf(config.kind));
        s.url = config.url;
        s.enabled = config.enabled;
        s.tlsUnverified = config.tls == TlsVerification::Off;
        s.interval = config.interval;
        rows.push_back(std::move(s));
    }
    m_emptyNote->setVisible(m_configs.empty());
    const QSignalBlocker blocker(m_list->selectionModel());
    m_model->setSources(rows, Wording::fromDateTime(QDateTime::currentDateTimeUtc()));
    // Keep the selection; a source just saved (new or renamed) becomes the selected row.
    const QString wanted =
        !m_isNew && !m_editingName.isEmpty() && m_stack->currentWidget() == m_editorPage
            ? QString::fromStdString(endpointSourceId(m_editingName.toStdString()))
            : selected;
    const int row = m_model->rowOf(wanted);
    if (row >= 0) {
        m_list->setCurrentIndex(m_model->index(row, 0));
    }
    updateEditorStatus();
    if (const SourceStatus* host = m_model->statusAt(m_model->rowOf(QStringLiteral("host")))) {
        m_hostStatus->setText(SourceWording().statusToolTip(
            *host, Wording::fromDateTime(QDateTime::currentDateTimeUtc())));
    }
    updateButtons();
}

std::optional<QString> SourcesDialog::selectedName() const {
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        return std::nullopt;
    }
    const std::string id = m_model->index(current.row(), 0).data(KeyRole).toString().toStdString();
    for (const auto& [name, config] : m_configs) {
        if (endpointSourceId(name) == id) {
            return QString::fromStdString(name);
        }
    }
    return std::nullopt;
}

bool SourcesDialog::selectSource(const QString& name) {
    const QString id = name == QLatin1String("host")
                           ? name
                           : QString::fromStdString(endpointSourceId(name.toStdString()));
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return false;
    }
    m_list->setCurrentIndex(m_model->index(row, 0));
    showSelected();
    return true;
}

void SourcesDialog::showSelected() {
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        return;
    }
    if (const auto name = selectedName()) {
        if (!m_isNew && *name == m_editingName && m_stack->currentWidget() == m_editorPage) {
            return; // already shown (a live status update re-selected it)
        }
        if (!confirmDiscard()) {
            // Back to the row being edited.
            const QSignalBlocker blocker(m_list->selectionModel());
            const int row = m_isNew ? -1
                                    : m_model->rowOf(QString::fromStdString(
                                          endpointSourceId(m_editingName.toStdString())));
            m_list->setCurrentIndex(row >= 0 ? m_model->index(row, 0) : QModelIndex());
            return;
        }
        m_editingName = *name;
        loadConfig(m_configs.at(name->toStdString()), false);
    } else {
        if (!confirmDiscard()) {
            return;
        }
        m_editor->setConfig(SourceConfig{});
        m_stack->setCurrentWidget(m_hostPage);
    }
    updateButtons();
}

bool SourcesDialog::confirmDiscard() {
    if (!m_editor->isModified() || m_stack->currentWidget() != m_editorPage) {
        return true;
    }
    return QMessageBox::question(this, tr("Discard changes?"),
                                 tr("Discard the unsaved changes to %1?")
                                     .arg(m_isNew ? tr("the new source") : m_editingName),
                                 QMessageBox::Discard | QMessageBox::Cancel) ==
           QMessageBox::Discard;
}

void SourcesDialog::reject() {
    if (!confirmDiscard()) {
        return;
    }
    QDialog::reject();
}

void SourcesDialog::loadConfig(const SourceConfig& config, bool isNew) {
    m_isNew = isNew;
    m_editor->setConfig(config);
    m_editorTitle->setText(isNew ? tr("New source (not saved yet)")
                                 : tr("Source %1").arg(QString::fromStdString(config.name)));
    m_stack->setCurrentWidget(m_editorPage);
    if (m_testRequest == 0) {
        m_testView->showIdle();
    }
    updateSecretField();
    updateEditorStatus();
    updateButtons();
}

void SourcesDialog::updateEditorStatus() {
    const SourceStatus* status = m_isNew ? nullptr
                                         : m_model->statusAt(m_model->rowOf(QString::fromStdString(
                                               endpointSourceId(m_editingName.toStdString()))));
    m_editorStatus->setVisible(status != nullptr);
    if (status) {
        m_editorStatus->setText(SourceWording().statusLine(
            *status, Wording::fromDateTime(QDateTime::currentDateTimeUtc())));
        m_editorStatus->setStyleSheet(
            QStringLiteral("color: %1;").arg(SourceWording::healthColor(status->health()).name()));
        m_editorStatus->setToolTip(SourceWording().statusToolTip(
            *status, Wording::fromDateTime(QDateTime::currentDateTimeUtc())));
    }
}

void SourcesDialog::addSource() {
    if (!confirmDiscard()) {
        return;
    }
    m_editingName.clear();
    m_list->clearSelection();
    m_list->setCurrentIndex({});
    SourceConfig fresh;
    loadConfig(fresh, true);
    m_editor->pages()->setCurrentIndex(0);
}

void SourcesDialog::revert() {
    if (m_isNew) {
        loadConfig(SourceConfig{}, true);
    } else if (const auto it = m_configs.find(m_editingName.toStdString()); it != m_configs.end()) {
        loadConfig(it->second, false);
    }
}

void SourcesDialog::save() {
    if (m_saveRequest != 0 || m_stack->currentWidget() != m_editorPage) {
        return;
    }
    const std::optional<SourceConfig> config = m_editor->validate();
    if (!config) {
        m_savedNote->setText(tr("Not saved: see the problems above."));
        return;
    }
    m_pendingSecret = m_editor->typedSecret();
    m_pendingPrevious = m_isNew ? std::nullopt : std::optional(m_editingName);
    m_saveRequest = m_engine.saveSource(
        m_workspace.toStdString(), *config,
        m_pendingPrevious ? std::optional(m_pendingPrevious->toStdString()) : std::nullopt);
    m_savedNote->setText(tr("Saving…"));
    updateButtons();
}

void SourcesDialog::testConnection() {
    if (m_testRequest != 0 || m_stack->currentWidget() != m_editorPage) {
        return;
    }
    Result<SourceConfig> config = m_editor->config();
    if (!config) {
        m_editor->showProblems(
            QString::fromStdString(config.error().message).split(QLatin1Char('\n')));
        return;
    }
    std::optional<QString> secret = m_editor->typedSecret();
    if (!secret && !m_isNew) {
        secret = m_secrets.known(m_workspace, m_editingName);
    }
    m_testRequest =
        m_engine.testSource(*config, secret ? std::optional(secret->toStdString()) : std::nullopt);
    m_testView->showBusy(QString::fromStdString(config->name));
    m_editor->pages()->setCurrentWidget(m_testView);
    updateButtons();
}

void SourcesDialog::removeSelected() {
    const auto name = selectedName();
    if (!name || m_removeRequest != 0) {
        return;
    }
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Remove source"),
        tr("Remove the source %1? It stops being polled, its settings are deleted and its secret "
           "is removed from the keychain. Metrics it already delivered stay in the history.")
            .arg(*name),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemoveBox"));
    QPushButton* remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_pendingRemove = *name;
    connect(box, &QMessageBox::buttonClicked, this, [this, remove](QAbstractButton* clicked) {
        if (clicked == remove && !m_pendingRemove.isEmpty()) {
            m_removeRequest =
                m_engine.removeSource(m_workspace.toStdString(), m_pendingRemove.toStdString());
            updateButtons();
        }
        m_pendingRemove.clear();
    });
    box->open();
}

void SourcesDialog::toggleEnabled() {
    const auto name = selectedName();
    // Switching reloads the form from what is stored: unsaved edits would be lost silently.
    if (!name || m_saveRequest != 0 || !confirmDiscard()) {
        return;
    }
    SourceConfig config = m_configs.at(name->toStdString());
    config.enabled = !config.enabled;
    m_pendingSecret.reset();
    m_pendingPrevious = *name;
    m_saveRequest = m_engine.saveSource(m_workspace.toStdString(), config, name->toStdString());
    updateButtons();
}

void SourcesDialog::updateButtons() {
    const auto name = selectedName();
    const bool busy = m_saveRequest != 0 || m_removeRequest != 0;
    m_removeButton->setEnabled(name.has_value() && !busy);
    m_enableButton->setEnabled(name.has_value() && !busy);
    if (name) {
        const auto it = m_configs.find(name->toStdString());
        const bool enabled = it != m_configs.end() && it->second.enabled;
        m_enableButton->setText(enabled ? tr("&Disable") : tr("&Enable"));
        m_enableButton->setAccessibleName(enabled ? tr("Disable source") : tr("Enable source"));
    }
    m_testButton->setEnabled(m_testRequest == 0);
    m_saveButton->setEnabled(!busy);
    m_revertButton->setEnabled(m_editor->isModified());
}

void SourcesDialog::updateKeychainNote() {
    const SecretStore& store = m_secrets.store();
    switch (store.availability()) {
    case SecretStore::Availability::Available:
        ConsoleTheme::clearTone(m_keychainNote);
        m_keychainNote->setStyleSheet(kInfoStyle);
        m_keychainNote->setText(tr("🔒 Tokens and passwords are kept in the desktop keychain "
                                   "(service “Headroom”), never in the database or settings."));
        break;
    case SecretStore::Availability::Unavailable:
        ConsoleTheme::setBanner(m_keychainNote, Tone::Warning, kBannerShape);
        m_keychainNote->setText(
            tr("⚠ No desktop keychain is available%1. Tokens and passwords you enter are kept "
               "for this session only (in memory, never written in plain text): after a restart "
               "such sources wait until you enter them again.")
                .arg(store.unavailableReason().isEmpty()
                         ? QString()
                         : tr(" (%1)").arg(store.unavailableReason())));
        break;
    case SecretStore::Availability::Unknown:
        m_keychainNote->setText(tr("Checking the desktop keychain…"));
        break;
    }
    m_keychainNote->show();
    updateSecretField();
}

void SourcesDialog::updateSecretField() {
    const bool unavailable =
        m_secrets.store().availability() == SecretStore::Availability::Unavailable;
    if (m_isNew) {
        m_editor->setStoredSecret(false, tr("Required for this kind of authentication"));
    } else if (m_secrets.known(m_workspace, m_editingName)) {
        m_editor->setStoredSecret(true, m_secrets.sessionOnly(m_workspace, m_editingName)
                                            ? tr("Unchanged (kept for this session)")
                                            : tr("Unchanged (in the keychain)"));
    } else {
        const int row =
            m_model->rowOf(QString::fromStdString(endpointSourceId(m_editingName.toStdString())));
        const SourceStatus* status = m_model->statusAt(row);
        const bool missing = (status && status->missingCredentials) || unavailable;
        m_editor->setStoredSecret(!missing, missing ? tr("Required — no secret is held for it")
                                                    : tr("Unchanged (in the keychain)"));
    }
    m_editor->setSecretNote(unavailable
                                ? tr("⚠ No keychain: the secret is kept for this session only.")
                                : tr("Stored in the desktop keychain, never in the database."),
                            unavailable);
}

void SourcesDialog::showEngineError(const QString& text) {
    m_engineError->setText(text);
    m_engineError->setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        m_savedNote->clear();
    }
}

QString SourcesDialog::engineErrorText() const {
    return m_engineError->isHidden() ? QString() : m_engineError->text();
}

QString SourcesDialog::keychainNoteText() const {
    return m_keychainNote->text();
}

} // namespace headroom::ui
