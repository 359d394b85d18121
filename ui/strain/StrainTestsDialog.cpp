#include "StrainTestsDialog.h"

#include "ConsoleTheme.h"
#include "EngineBridge.h"
#include "Wording.h"
#include "catalog/CatalogLoader.h"
#include "strain/StrainComparisonPanel.h"
#include "strain/StrainLiveChart.h"
#include "strain/StrainRunForm.h"
#include "strain/StrainRunModel.h"
#include "strain/StrainScenarioEditor.h"

#include <utility>

#include <QDialogButtonBox>
#include <QDir>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {

constexpr const char* kTargetKey = "strain/lastTarget";
constexpr const char* kScenarioKey = "strain/lastScenario";
constexpr int kProgressSteps = 1000;

bool judged(const StrainRunRecord& run) {
    return run.verdict != "not_judged" && run.result.stop != LoadStop::Cancelled;
}

// The hosts of a plan's URLs that are not this computer, each once, in order.
QStringList remoteHosts(const StrainPlan& plan) {
    QStringList hosts;
    for (const auto& url : plan.urls) {
        if (isLocalTarget(url)) {
            continue;
        }
        const QUrl parsed(QString::fromStdString(url));
        const QString host = parsed.host().isEmpty() ? QString::fromStdString(url) : parsed.host();
        if (!hosts.contains(host)) {
            hosts << host;
        }
    }
    return hosts;
}

QLabel* counterLabel(const char* name, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

StrainTestsDialog::StrainTestsDialog(Engine& engine, EngineBridge& bridge,
                                     StrainDialogContext context, QSettings& settings,
                                     QWidget* parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_bridge(bridge)
    , m_context(std::move(context))
    , m_settings(settings) {
    setObjectName(QStringLiteral("strainTestsDialog"));
    setWindowTitle(tr("Strain tests — %1")
                       .arg(m_context.workspaceTitle.isEmpty() ? m_context.workspace
                                                               : m_context.workspaceTitle));
    setModal(false);
    setSizeGripEnabled(true);

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_demoBadge = new QLabel(tr("DEMO DATA — runs are stored with the demo workspace"), this);
    m_demoBadge->setObjectName(QStringLiteral("strainDemoBadge"));
    m_demoBadge->setStyleSheet(
        QStringLiteral("QLabel#strainDemoBadge { background: #e8590c; color: white; "
                       "font-weight: bold; border-radius: 10px; padding: 3px 12px; }"));
    m_demoBadge->setVisible(m_context.isDemo);
    auto* intro = new QLabel(tr("Send a bounded load to your service and see how it copes: "
                                "throughput, response times, errors, judged by the pass "
                                "criteria and compared with the scenario's baseline."),
                             this);
    intro->setWordWrap(true);
    top->addWidget(intro, 1);
    top->addWidget(m_demoBadge, 0, Qt::AlignTop);
    layout->addLayout(top);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("strainErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ConsoleTheme::setBanner(m_error, Tone::Error, QStringLiteral("padding: 4px;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* upper = new QHBoxLayout;
    upper->addWidget(buildRunBox(), 0);
    m_chart = new StrainLiveChart(this);
    upper->addWidget(m_chart, 1);
    layout->addLayout(upper, 3);

    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->setObjectName(QStringLiteral("strainLowerSplitter"));
    lower->setChildrenCollapsible(false);
    lower->addWidget(buildHistory());
    m_panel = new StrainComparisonPanel(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_panel);
    lower->addWidget(scroll);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 1);
    lower->setSizes({600, 580});
    layout->addWidget(lower, 3);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &StrainTestsDialog::reject);
    layout->addWidget(buttons);

    m_form->setTargetUrl(m_settings.value(QLatin1String(kTargetKey)).toString());
    m_confirm = [this](const QStringList&, const QString& text) {
        QMessageBox box(QMessageBox::Warning, tr("Send traffic to another computer?"), text,
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setObjectName(QStringLiteral("strainRemoteConfirmBox"));
        box.setDefaultButton(QMessageBox::No);
        box.button(QMessageBox::Yes)->setText(tr("Send the load"));
        return box.exec() == QMessageBox::Yes;
    };
    connectBridge();
    setRunning(false);
    // Roomy where the screen allows, never past it (a 1280x800 laptop leaves ~760 px).
    QSize size(1180, 860);
    if (const QScreen* screen =
            parent != nullptr ? parent->screen() : QGuiApplication::primaryScreen()) {
        size = size.boundedTo(screen->availableGeometry().size() - QSize(40, 40));
    }
    resize(size.expandedTo(minimumSizeHint()));
    refresh();
}

StrainTestsDialog::~StrainTestsDialog() {
    if (m_runJob != 0) {
        m_engine.cancelJob(m_runJob); // nobody would see it end
    }
}

QWidget* StrainTestsDialog::buildRunBox() {
    auto* box = new QGroupBox(tr("Run"), this);
    box->setObjectName(QStringLiteral("strainRunBox"));
    auto* layout = new QVBoxLayout(box);
    m_form = new StrainRunForm(box);
    layout->addWidget(m_form);
    connect(m_form, &StrainRunForm::runRequested, this, [this] {
        if (!isRunning()) {
            run();
        }
    });

    auto* row = new QHBoxLayout;
    m_runButton = new QPushButton(tr("&Run"), box);
    m_runButton->setObjectName(QStringLiteral("strainRunButton"));
    m_runButton->setAccessibleName(tr("Run the scenario"));
    m_cancelButton = new QPushButton(tr("&Cancel run"), box);
    m_cancelButton->setObjectName(QStringLiteral("strainCancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel the run"));
    m_cancelButton->setToolTip(tr("Stops sending at once; what was measured is stored as a "
                                  "cancelled run, which is not judged."));
    connect(m_runButton, &QPushButton::clicked, this, [this] { run(); });
    connect(m_cancelButton, &QPushButton::clicked, this, &StrainTestsDialog::cancelRun);
    m_editButton = new QPushButton(tr("&Edit scenarios…"), box);
    m_editButton->setObjectName(QStringLiteral("strainEditScenariosButton"));
    m_editButton->setAccessibleName(tr("Edit the scenarios and pass criteria"));
    m_editButton->setToolTip(tr("Change the scenarios' load, URLs, headers and body, and the "
                                "pass criteria runs are judged by."));
    connect(m_editButton, &QPushButton::clicked, this, &StrainTestsDialog::editScenarios);
    row->addWidget(m_runButton);
    row->addWidget(m_cancelButton);
    row->addStretch();
    row->addWidget(m_editButton);
    layout->addLayout(row);

    m_progress = new QProgressBar(box);
    m_progress->setObjectName(QStringLiteral("strainProgressBar"));
    m_progress->setAccessibleName(tr("Run progress"));
    m_progress->setRange(0, kProgressSteps);
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p %"));
    layout->addWidget(m_progress);

    auto* counters = new QGridLayout;
    m_sent = counterLabel("strainSentLabel", box);
    m_answered = counterLabel("strainAnsweredLabel", box);
    m_errors = counterLabel("strainErrorsLabel", box);
    m_dropped = counterLabel("strainDroppedLabel", box);
    m_dropped->setToolTip(tr("Open model: arrivals this computer could not send on time."));
    // One row: the dialog must fit a 1280x800 laptop's height in German too.
    counters->addWidget(m_sent, 0, 0);
    counters->addWidget(m_answered, 0, 1);
    counters->addWidget(m_errors, 0, 2);
    counters->addWidget(m_dropped, 0, 3);
    layout->addLayout(counters);
    showProgress({});

    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("strainStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch();
    box->setMinimumWidth(540); // the scenario's summary keeps to two lines in German too
    return box;
}

QWidget* StrainTestsDialog::buildHistory() {
    auto* box = new QGroupBox(tr("History"), this);
    auto* layout = new QVBoxLayout(box);
    m_model = new StrainRunModel(this);
    m_history = new QTableView(box);
    m_history->setObjectName(QStringLiteral("strainHistoryView"));
    m_history->setAccessibleName(tr("Stored strain runs"));
    m_history->setModel(m_model);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->verticalHeader()->hide();
    m_history->setWordWrap(false);
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_history);
    connect(m_history->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { showSelected(); });

    auto* row = new QHBoxLayout;
    m_baselineButton = new QPushButton(tr("Set as &baseline"), box);
    m_baselineButton->setObjectName(QStringLiteral("strainBaselineButton"));
    m_baselineButton->setAccessibleName(tr("Set the selected run as its scenario's baseline"));
    connect(m_baselineButton, &QPushButton::clicked, this,
            &StrainTestsDialog::setSelectedAsBaseline);
    row->addWidget(m_baselineButton);
    row->addStretch();
    layout->addLayout(row);
    return box;
}

void StrainTestsDialog::connectBridge() {
    connect(&m_bridge, &EngineBridge::strainViewReady, this,
            [this](quint64 id, const StrainView& view) {
                if (QString::fromStdString(view.workspace) != m_context.workspace) {
                    return;
                }
                // Request 0: a run was stored (this one or another); always the newest state.
                if (id != 0 && id != m_viewRequest && id != m_baselineRequest &&
                    id != m_settingsRequest) {
                    return;
                }
                if (id != 0 && id == m_settingsRequest) {
                    scenariosApplied();
                }
                if (id == m_viewRequest) {
                    m_viewRequest = 0;
                }
                if (id == m_baselineRequest) {
                    m_baselineRequest = 0;
                }
                showView(view);
            });
    connect(&m_bridge, &EngineBridge::strainProgress, this,
            [this](quint64 id, const LoadProgress& progress) {
                if (id != 0 && id == m_runJob) {
                    showProgress(progress);
                    m_chart->addSample(progress.sample);
                }
            });
    connect(&m_bridge, &EngineBridge::strainFinished, this,
            [this](quint64 id, const StrainJobOutcome& outcome) {
                if (id != 0 && id == m_runJob) {
                    finishRun(outcome);
                }
            });
    connect(&m_bridge, &EngineBridge::errorOccurred, this, [this](quint64 id, const Error& error) {
        if (id == 0) {
            return;
        }
        const QString text = tr("%1: %2").arg(Wording::errorCodeName(error.code),
                                              QString::fromStdString(error.message));
        if (id == m_runJob) {
            m_runJob = 0;
            setRunning(false);
            m_status->setText(tr("The run did not complete."));
            showError(text);
        } else if (id == m_settingsRequest) {
            m_settingsRequest = 0;
            m_pendingSettings.reset();
            m_status->clear();
            showError(tr("The edited scenarios were not applied: %1").arg(text));
            updateButtons();
        } else if (id == m_viewRequest || id == m_baselineRequest) {
            (id == m_viewRequest ? m_viewRequest : m_baselineRequest) = 0;
            showError(text);
            updateButtons();
        }
    });
}

void StrainTestsDialog::refresh() {
    m_viewRequest = m_engine.requestStrainView(m_context.workspace.toStdString());
}

void StrainTestsDialog::showView(const StrainView& view) {
    const std::optional<RowId> keep =
        m_selectAfterView != 0 ? std::optional(m_selectAfterView) : selectedRunId();
    const bool first = !m_view.has_value();
    m_view = view;
    m_form->setScenarios(view.settings.scenarios,
                         m_settings.value(QLatin1String(kScenarioKey)).toString());
    m_model->setRuns(view.runs);
    if (first) {
        m_history->resizeColumnsToContents();
        clearError(); // the view arrived: an earlier refusal of it is over
    }
    if (keep && selectRun(*keep)) {
        if (m_selectAfterView == *keep) {
            m_selectAfterView = 0;
        }
    } else {
        showSelected();
    }
    updateButtons();
}

void StrainTestsDialog::showProgress(const LoadProgress& progress) {
    const StrainWording wording;
    m_progress->setValue(int(std::clamp(progress.fractionDone, 0.0, 1.0) * kProgressSteps));
    m_sent->setText(tr("Sent: %1").arg(wording.count(progress.sent)));
    m_answered->setText(tr("Answered: %1").arg(wording.count(progress.completed)));
    m_errors->setText(tr("Errors: %1").arg(wording.count(progress.errors)));
    m_dropped->setText(tr("Dropped: %1").arg(wording.count(progress.dropped)));
}

bool StrainTestsDialog::run() {
    clearError();
    if (isRunning()) {
        return false;
    }
    if (!m_view) {
        showError(tr("The scenarios have not been read yet."));
        return false;
    }
    const StrainScenario* scenario = m_form->scenario();
    if (scenario == nullptr) {
        showError(tr("Choose a scenario first."));
        return false;
    }
    // Planned here as the engine will plan it, so a refusal shows before anything is sent and
    // the confirmation can name what a remote host would receive.
    StrainRunRequest request;
    request.workspace = m_context.workspace.toStdString();
    request.scenarioId = scenario->id;
    request.overrides = m_form->overrides();
    request.options = m_form->options();
    auto plan = planRun(*scenario, m_view->settings.limits, request.overrides);
    if (!plan) {
        showError(
            tr("This run cannot start: %1").arg(QString::fromStdString(plan.error().message)));
        return false;
    }
    if (!plan->allTargetsLocal) {
        if (!confirmRemote(*plan)) {
            m_status->setText(tr("Not started: the target is not this computer and sending to "
                                 "it was not confirmed."));
            return false;
        }
        request.remoteConfirmed = true;
    }
    m_settings.setValue(QLatin1String(kTargetKey), m_form->targetUrl());
    m_settings.setValue(QLatin1String(kScenarioKey), m_form->scenarioId());

    m_runJob = m_engine.startStrainRun(std::move(request));
    showProgress({});
    m_chart->clear(tr("Waiting for the first second of figures…"));
    m_chart->setTitle(tr("%1 — running").arg(QString::fromStdString(scenario->name)));
    m_status->setText(tr("Running %1 against %2…")
                          .arg(QString::fromStdString(scenario->name),
                               QString::fromStdString(plan->urls.front())));
    setRunning(true);
    return true;
}

bool StrainTestsDialog::confirmRemote(const StrainPlan& plan) {
    const QStringList hosts = remoteHosts(plan);
    const StrainWording wording;
    const QString text =
        tr("This sends %1 to %2, which is not this computer.\n\nOnly test servers you are "
           "responsible for: to their operators a strain test looks like an attack, and it can "
           "slow a production service down for its users. Send the load?")
            .arg(wording.plannedLoad(plan), hosts.join(QStringLiteral(", ")));
    return m_confirm && m_confirm(hosts, text);
}

void StrainTestsDialog::cancelRun() {
    if (m_runJob == 0) {
        return;
    }
    m_engine.cancelJob(m_runJob);
    m_cancelButton->setEnabled(false);
    m_status->setText(tr("Cancelling… what was measured so far is stored as a cancelled run."));
}

void StrainTestsDialog::finishRun(const StrainJobOutcome& outcome) {
    m_runJob = 0;
    setRunning(false);
    const auto& record = outcome.record;
    const QString name = QString::fromStdString(record.result.scenarioName);
    m_status->setText(
        record.result.stop == LoadStop::Cancelled
            ? tr("%1 was cancelled; it is stored but not judged.").arg(name)
            : tr("%1 finished: %2.")
                  .arg(name, StrainWording::verdict(record.verdict, record.result.stop)));
    if (record.result.stop != LoadStop::Cancelled) {
        m_progress->setValue(kProgressSteps);
    }
    m_chart->setTitle(
        tr("%1 — %2").arg(name, StrainWording::verdict(record.verdict, record.result.stop)));
    // The engine sends the view with the stored run next (request 0); select it then.
    if (record.id != 0 && !selectRun(record.id)) {
        m_selectAfterView = record.id;
    }
}

std::optional<RowId> StrainTestsDialog::selectedRunId() const {
    const QModelIndexList rows = m_history->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    const StrainRunRecord* run = m_model->runAt(rows.front().row());
    return run ? std::optional(run->id) : std::nullopt;
}

bool StrainTestsDialog::selectRun(RowId id) {
    const int row = m_model->rowOfId(id);
    if (row < 0) {
        return false;
    }
    m_history->selectRow(row);
    m_history->scrollTo(m_model->index(row, 0));
    showSelected(); // also when the row was selected already (a refreshed view)
    return true;
}

void StrainTestsDialog::showSelected() {
    const auto id = selectedRunId();
    const StrainRunRecord* run = id ? m_model->runAt(m_model->rowOfId(*id)) : nullptr;
    if (run == nullptr || !m_view) {
        m_panel->clear();
    } else {
        m_panel->showRun(*run, m_model->baselineOf(run->result.scenarioId),
                         m_view->settings.regressionTolerance);
        if (!isRunning()) {
            m_chart->showTimeline(
                run->result.timeline,
                tr("%1 — %2").arg(QString::fromStdString(run->result.scenarioName),
                                  StrainWording::verdict(run->verdict, run->result.stop)));
        }
    }
    updateButtons();
}

void StrainTestsDialog::setSelectedAsBaseline() {
    const auto id = selectedRunId();
    if (!id) {
        return;
    }
    clearError();
    m_baselineRequest = m_engine.setStrainBaseline(m_context.workspace.toStdString(), *id);
    updateButtons();
}

void StrainTestsDialog::updateButtons() {
    const auto id = selectedRunId();
    const StrainRunRecord* run = id ? m_model->runAt(m_model->rowOfId(*id)) : nullptr;
    bool enable = false;
    QString tip;
    if (run == nullptr) {
        tip = tr("Select a run in the history first.");
    } else if (!judged(*run)) {
        tip = tr("This run was not judged (it was cancelled, or this computer could not generate "
                 "its load), so it cannot be a baseline.");
    } else if (run->baseline) {
        tip = tr("This run is already its scenario's baseline.");
    } else {
        enable = m_baselineRequest == 0;
        tip = tr("Compare later runs of this scenario with this one.");
    }
    m_baselineButton->setEnabled(enable);
    m_baselineButton->setToolTip(tip);
    m_runButton->setEnabled(!isRunning() && m_view.has_value());
    m_editButton->setEnabled(m_view.has_value() && m_settingsRequest == 0);
}

void StrainTestsDialog::editScenarios() {
    if (!m_view || m_settingsRequest != 0) {
        return;
    }
    // The engine's catalog around the strain settings in force: the editor validates the
    // scenarios in it as strain.json is loaded (suites name its tiers).
    Catalog catalog = m_engine.catalog();
    catalog.strain = m_view->settings;
    StrainScenarioEditor editor(catalog, this);
    editor.selectScenario(m_form->scenarioId());
    if (editor.exec() != QDialog::Accepted || !editor.problems().isEmpty() ||
        editor.editedSettings() == m_view->settings) {
        return;
    }
    saveScenarios(editor.editedSettings());
}

void StrainTestsDialog::saveScenarios(const StrainSettings& settings) {
    clearError();
    // Written once the engine accepted them (its checks are the loader's), so strain.json never
    // holds settings the next start would refuse.
    m_pendingSettings = settings;
    m_settingsRequest = m_engine.replaceStrainSettings(m_context.workspace.toStdString(), settings);
    m_status->setText(tr("Applying the edited scenarios…"));
    updateButtons();
}

void StrainTestsDialog::scenariosApplied() {
    m_settingsRequest = 0;
    const std::optional<StrainSettings> settings = std::exchange(m_pendingSettings, std::nullopt);
    if (!settings || m_context.catalogDir.isEmpty()) {
        m_status->setText(tr("The edited scenarios apply until the console closes; the next run "
                             "uses them."));
        return;
    }
    Catalog catalog = m_engine.catalog();
    catalog.strain = *settings;
    auto json = catalogFileToJson(catalog, "strain.json");
    QDir().mkpath(m_context.catalogDir);
    QSaveFile file(QDir(m_context.catalogDir).filePath(QStringLiteral("strain.json")));
    const bool saved = json && file.open(QIODevice::WriteOnly) &&
                       file.write(QByteArray::fromStdString(*json)) == qint64(json->size()) &&
                       file.commit();
    const QString path = QDir::toNativeSeparators(file.fileName());
    if (!saved) {
        m_status->clear();
        showError(tr("The scenarios could not be saved to %1; they apply until the console "
                     "closes.")
                      .arg(path));
        return;
    }
    m_status->setText(tr("The scenarios were saved to %1; the next run uses them.").arg(path));
}

void StrainTestsDialog::setRunning(bool running) {
    m_form->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    updateButtons();
}

void StrainTestsDialog::showError(const QString& text) {
    m_error->setText(text);
    m_error->show();
}

void StrainTestsDialog::clearError() {
    m_error->clear();
    m_error->hide();
}

QString StrainTestsDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

QString StrainTestsDialog::statusText() const {
    return m_status->text();
}

void StrainTestsDialog::reject() {
    // Closing ends the run: nobody would watch it, and a load should not outlive its window.
    cancelRun();
    QDialog::reject();
}

} // namespace headroom::ui
