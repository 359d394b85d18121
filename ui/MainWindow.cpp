#include "MainWindow.h"

#include "AiCapacityTab.h"
#include "EngineBridge.h"
#include "HistoryTab.h"
#include "OverviewTab.h"
#include "RecommendationsModel.h"
#include "RecommendationsTab.h"
#include "RememberedGeometry.h"
#include "ReplayStrip.h"
#include "SecretKeychain.h"
#include "SourceSecrets.h"
#include "SourcesDialog.h"
#include "TrayNotifier.h"
#include "Wording.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

// The icons live in headroom_ui, a static library: its resources must be registered by hand.
static void initUiResources() {
    Q_INIT_RESOURCE(headroom);
}

namespace headroom::ui {

namespace {

const char* const kGeometryKey = "window/geometry";
const char* const kStateKey = "window/state";
const char* const kSplitterKey = "recommendations/splitter";
const char* const kWorkspaceKey = "workspace/last";
const char* const kRangeKey = "chart/rangeDays";
const char* const kTabKey = "window/tab";

} // namespace

MainWindow::MainWindow(Engine& engine, ConsoleOptions options, QWidget* parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_options(std::move(options))
    , m_settings(consoleSettingsPath(m_options.settingsPath), QSettings::IniFormat) {
    registerUiResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Headroom"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/headroom.svg")));
    m_bridge = new EngineBridge(this);
    m_engine.addListener(m_bridge);
    SecretStore* secretStore = m_options.secretStore;
    if (secretStore == nullptr) {
        secretStore = new KeychainSecretStore(this);
    }
    m_sourceSecrets = new SourceSecrets(m_engine, *secretStore, this);
    connect(m_sourceSecrets, &SourceSecrets::secretMissing, this,
            [this](const QString&, const QString& name, const QString& why) {
                statusBar()->showMessage(
                    tr("The secret of source %1 could not be read from the keychain%2; enter it "
                       "in Sources (Ctrl+Shift+S).")
                        .arg(name, why.isEmpty() ? QString() : tr(" (%1)").arg(why)),
                    15000);
            });

    const Catalog& catalog = m_engine.catalog();
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->addWidget(buildHeader());
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_overview = new OverviewTab(catalog, m_tabs);
    m_overview->setObjectName(QStringLiteral("overviewTab"));
    m_ai = new AiCapacityTab(catalog, m_tabs);
    m_ai->setObjectName(QStringLiteral("aiTab"));
    m_recommendations = new RecommendationsTab(catalog, m_tabs);
    m_recommendations->setObjectName(QStringLiteral("recommendationsTab"));
    m_history = new HistoryTab(catalog, m_tabs);
    m_history->setObjectName(QStringLiteral("historyTab"));
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_ai, tr("AI capacity"));
    m_tabs->addTab(m_recommendations, tr("Recommendations"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->setAccessibleName(tr("Console sections"));
    m_tabs->tabBar()->setAccessibleName(tr("Console sections"));
    buildShortcuts();
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buildReplayArea());
    setCentralWidget(central);
    statusBar()->showMessage(tr("Starting…"));
    m_busyBar = new QProgressBar(statusBar());
    m_busyBar->setObjectName(QStringLiteral("busyBar"));
    m_busyBar->setRange(0, 0); // no measure of how far: a moving bar
    m_busyBar->setMaximumWidth(140);
    m_busyBar->setTextVisible(false);
    m_busyBar->setAccessibleName(tr("Working"));
    m_busyBar->hide();
    statusBar()->addPermanentWidget(m_busyBar);

    m_costSettings = catalog.costs;
    connectBridge();
    connectCosts();
    connect(m_recommendations, &RecommendationsTab::decisionConfirmed, this,
            [this](const DecisionRequest& request) {
                const RequestId id = m_engine.decide(m_currentName.toStdString(), request);
                m_decisionRequests.insert(id);
                statusBar()->showMessage(tr("Recording the decision…"));
            });
    connect(m_history, &HistoryTab::historyRequested, this, &MainWindow::refreshHistory);
    connect(m_overview, &OverviewTab::manageSourcesRequested, this, &MainWindow::openSourcesDialog);
    buildMenus();
    setupCostActions();
    setupHistoryTrust();
    setupScalingControl();
    setupPolicies();
    setupAlerts();
    setupGovernance();
    setupReplay();
    setupReport();
    setupStrain();
    setupPreferences();

    // The preferred size, but never taller or wider than the screen (1280x800 laptops would
    // otherwise lose the status bar below the screen's edge).
    QSize size(1180, 820);
    if (const QScreen* screen = QGuiApplication::primaryScreen()) {
        size = size.boundedTo(screen->availableGeometry().size() - QSize(0, 24));
    }
    resize(size);
    restoreGeometry(m_settings.value(QLatin1String(kGeometryKey)).toByteArray());
    restoreState(m_settings.value(QLatin1String(kStateKey)).toByteArray());
    m_recommendations->splitter()->restoreState(
        m_settings.value(QLatin1String(kSplitterKey)).toByteArray());
    m_tabs->setCurrentIndex(m_settings.value(QLatin1String(kTabKey), 0).toInt());

    // The first request goes out once the event loop runs, after the caller started the engine.
    QTimer::singleShot(0, this, &MainWindow::refreshWorkspaces);
}

MainWindow::~MainWindow() {
    saveSettings();
    // The engine's thread calls m_bridge until stop() returns.
    m_engine.stop();
}

QWidget* MainWindow::buildHeader() {
    auto* header = new QWidget(this);
    header->setObjectName(QStringLiteral("header"));
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);

    auto* workspaceLabel = new QLabel(tr("&Workspace:"), header);
    m_workspaceCombo = new QComboBox(header);
    m_workspaceCombo->setObjectName(QStringLiteral("workspaceCombo"));
    m_workspaceCombo->setMinimumContentsLength(18);
    m_workspaceCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_workspaceCombo->setAccessibleName(tr("Workspace"));
    workspaceLabel->setBuddy(m_workspaceCombo);

    // Short, so the header fits a 1280 px laptop in every language; the tooltip says the rest.
    m_demoBadge = new QLabel(tr("DEMO DATA"), header);
    m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
    m_demoBadge->setToolTip(tr("Generated sample data, not your business: every figure in this "
                               "workspace is made up."));
    m_demoBadge->setAccessibleName(tr("Demo data: generated, not your business"));
    m_demoBadge->setStyleSheet(
        QStringLiteral("QLabel#demoBadge { background: #e8590c; color: white; font-weight: bold; "
                       "border-radius: 10px; padding: 3px 12px; }"));
    m_demoBadge->hide();

    auto* rangeLabel = new QLabel(tr("&Range:"), header);
    m_rangeCombo = new QComboBox(header);
    m_rangeCombo->setObjectName(QStringLiteral("rangeCombo"));
    m_rangeCombo->addItem(tr("Last 24 hours"), 1);
    m_rangeCombo->addItem(tr("Last 7 days"), 7);
    m_rangeCombo->addItem(tr("Last 30 days"), 30);
    m_rangeCombo->addItem(tr("Last 90 days"), 90);
    rangeLabel->setBuddy(m_rangeCombo);
    m_rangeCombo->setAccessibleName(tr("Chart time range"));
    const int index = m_rangeCombo->findData(m_settings.value(QLatin1String(kRangeKey), 7).toInt());
    m_rangeCombo->setCurrentIndex(index >= 0 ? index : 1);

    m_lastUpdated = new QLabel(tr("Not updated yet"), header);
    m_lastUpdated->setObjectName(QStringLiteral("lastUpdated"));
    m_lastUpdated->setAccessibleName(tr("Time of the latest snapshot"));
    // Room for the longest date-time of this locale, so the header never cuts it when the
    // text changes (a label is not re-laid out until the event loop runs).
    m_lastUpdated->setMinimumWidth(
        m_lastUpdated->fontMetrics().horizontalAdvance(
            tr("Last updated %1")
                .arg(Wording().dateTime(Wording::fromDateTime(
                    QDateTime(QDate(2026, 12, 28), QTime(23, 58, 58), Qt::UTC))))) +
        8);
    m_lastUpdated->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_pollButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Poll now"), header);
    m_pollButton->setObjectName(QStringLiteral("pollButton"));
    m_pollButton->setAccessibleName(tr("Poll now"));
    m_pollButton->setToolTip(pollToolTip(false));
    m_sourcesButton = new QPushButton(tr("&Sources…"), header);
    m_sourcesButton->setObjectName(QStringLiteral("sourcesButton"));
    m_sourcesButton->setAccessibleName(tr("Sources"));
    m_sourcesButton->setToolTip(
        tr("Add, edit, test and remove the live workspace's metric sources (%1)")
            .arg(
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S).toString(QKeySequence::NativeText)));

    row->addWidget(workspaceLabel);
    row->addWidget(m_workspaceCombo);
    row->addWidget(m_demoBadge);
    row->addStretch();
    row->addWidget(rangeLabel);
    row->addWidget(m_rangeCombo);
    row->addSpacing(12);
    row->addWidget(m_lastUpdated);
    row->addWidget(m_pollButton);
    row->addWidget(m_sourcesButton);

    connect(m_workspaceCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString name = m_workspaceCombo->currentData().toString();
        if (!name.isEmpty() && name != m_currentName) {
            m_currentName = name;
            m_lastSnapshotAt.reset();
            m_demoBadge->setVisible(isDemoShown());
            updateLastUpdated();
            onWorkspaceShown();
            refreshView();
            refreshHistory();
            refreshCosts();
        }
    });
    connect(m_rangeCombo, &QComboBox::currentIndexChanged, this, &MainWindow::refreshView);
    connect(m_pollButton, &QPushButton::clicked, this, &MainWindow::pollNow);
    connect(m_sourcesButton, &QPushButton::clicked, this, &MainWindow::openSourcesDialog);
    return header;
}

void MainWindow::connectBridge() {
    connect(m_bridge, &EngineBridge::workspacesReady, this,
            [this](quint64 id, const std::vector<Workspace>& workspaces) {
                if (id == m_workspacesRequest) {
                    showWorkspaces(workspaces);
                }
            });
    connect(m_bridge, &EngineBridge::workspaceViewReady, this,
            [this](quint64 id, const WorkspaceView& view) {
                // An answer for another workspace, or older than the one shown, is stale. An
                // answer older than the latest request is still the current workspace's view:
                // show it rather than leave the previous workspace's figures on screen.
                // While replaying, the tabs show the replayed moment instead.
                if (id <= m_viewRequest && id >= m_shownViewRequest && !m_replayAt &&
                    QString::fromStdString(view.workspace.name) == m_currentName) {
                    m_shownViewRequest = id;
                    showView(view);
                }
            });
    connect(
        m_bridge, &EngineBridge::historyReady, this, [this](quint64 id, const HistoryPage& page) {
            if (id == m_historyRequest && QString::fromStdString(page.workspace) == m_currentName) {
                m_history->setPage(page);
            }
        });
    connect(m_bridge, &EngineBridge::decisionRecorded, this,
            [this](quint64 id, const Decision& decision) {
                if (m_decisionRequests.erase(id) > 0) {
                    statusBar()->showMessage(
                        tr("Decision recorded: %1").arg(Wording::verdictName(decision.verdict)),
                        8000);
                }
                refreshView();
                refreshHistory();
            });
    connect(m_bridge, &EngineBridge::snapshotStored, this,
            [this](const QString& workspace, const StoredSnapshot& snapshot) {
                if (workspace == m_currentName) {
                    if (m_timelineAction->isChecked()) {
                        requestSpan(); // the timeline grows; a cursor at its end follows
                    }
                    if (m_replayAt) {
                        return; // the replayed moment does not change
                    }
                    m_lastSnapshotAt = snapshot.snapshot.takenAt();
                    updateLastUpdated();
                    refreshView();
                    refreshCostsIfOld();
                }
            });
    connect(m_bridge, &EngineBridge::sourceStatusChanged, this,
            [this](const std::vector<SourceStatus>& statuses) {
                if (!isDemoShown()) {
                    m_overview->setSources(statuses);
                }
            });
    connect(m_bridge, &EngineBridge::sourcesReady, this,
            [this](quint64 id, const SourcesView& view) {
                if (id == m_liveSourcesRequest) {
                    m_sourceSecrets->provideStored(view);
                }
            });
    connect(m_bridge, &EngineBridge::errorOccurred, this, &MainWindow::showError);
}

QString MainWindow::liveWorkspace() const {
    for (const Workspace& w : m_workspaces) {
        if (w.kind == WorkspaceKind::Live) {
            return QString::fromStdString(w.name);
        }
    }
    return {};
}

void MainWindow::openSourcesDialog() {
    const QString live = liveWorkspace();
    if (live.isEmpty()) {
        statusBar()->showMessage(tr("The workspaces have not been read yet."), 5000);
        return;
    }
    if (m_sourcesDialog == nullptr) {
        m_sourcesDialog = new SourcesDialog(m_engine, *m_bridge, *m_sourceSecrets, this);
        RememberedGeometry::attach(m_sourcesDialog, m_settings, QStringLiteral("sources"));
        // Saved changes show at once: the engine polls, and the view follows.
        connect(m_bridge, &EngineBridge::sourceSaved, this, [this] { refreshHistory(); });
        connect(m_bridge, &EngineBridge::sourceRemoved, this, [this] { refreshHistory(); });
    }
    m_sourcesDialog->setWorkspace(live);
    m_sourcesDialog->open();
}

bool MainWindow::isDemoShown() const {
    for (const Workspace& w : m_workspaces) {
        if (QString::fromStdString(w.name) == m_currentName) {
            return w.kind == WorkspaceKind::Demo;
        }
    }
    return false;
}

void MainWindow::selectWorkspace(const QString& name) {
    const int index = m_workspaceCombo->findData(name);
    if (index >= 0) {
        m_workspaceCombo->setCurrentIndex(index);
    } else {
        // The list has not arrived yet: this choice wins over the remembered workspace.
        m_requestedWorkspace = name;
    }
}

void MainWindow::refreshWorkspaces() {
    m_workspacesRequest = m_engine.requestWorkspaces();
}

TimeRange MainWindow::chartRange() const {
    const int days = m_rangeCombo->currentData().toInt();
    const Timestamp now = Wording::fromDateTime(QDateTime::currentDateTimeUtc());
    return TimeRange{now - std::chrono::days{days}, std::nullopt};
}

void MainWindow::refreshView() {
    if (m_replayAt) {
        requestReplayView(*m_replayAt);
        return;
    }
    if (isBundleShown()) {
        return; // a bundle is always replayed: its view follows the timeline's cursor
    }
    if (!m_currentName.isEmpty()) {
        m_viewRequest = m_engine.requestWorkspaceView(m_currentName.toStdString(), chartRange());
    }
}

void MainWindow::refreshHistory() {
    if (!m_currentName.isEmpty()) {
        m_historyRequest = m_engine.requestHistory(historyQuery());
    }
}

HistoryQuery MainWindow::historyQuery() const {
    HistoryQuery query = m_history->query(m_currentName.toStdString());
    if (m_replayAt) {
        // The history as it stood at the replayed moment: nothing after it.
        auto& to = query.filter.range.to;
        to = to ? std::min(*to, *m_replayAt) : *m_replayAt;
    }
    return query;
}

void MainWindow::pollNow() {
    m_engine.pollNow();
    statusBar()->showMessage(tr("Polling the live sources…"), 5000);
}

void MainWindow::showWorkspaces(const std::vector<Workspace>& workspaces) {
    m_workspaces = workspaces;
    QString wanted = m_requestedWorkspace.isEmpty() ? m_currentName : m_requestedWorkspace;
    m_requestedWorkspace.clear();
    if (wanted.isEmpty()) {
        wanted = m_options.initialWorkspace;
    }
    if (wanted.isEmpty()) {
        wanted = m_settings.value(QLatin1String(kWorkspaceKey)).toString();
    }
    const QSignalBlocker blocker(m_workspaceCombo);
    m_workspaceCombo->clear();
    QString demo;
    for (const Workspace& w : workspaces) {
        const QString name = QString::fromStdString(w.name);
        QString label = Wording::workspaceTitle(w);
        if (w.kind == WorkspaceKind::Demo) {
            // The title usually says so already; never leave it implicit.
            if (!label.contains(QStringLiteral("demo"), Qt::CaseInsensitive)) {
                label = tr("%1 [demo]").arg(label);
            }
            demo = name;
        }
        m_workspaceCombo->addItem(label, name);
    }
    int index = m_workspaceCombo->findData(wanted);
    if (index < 0) {
        index = demo.isEmpty() ? 0 : m_workspaceCombo->findData(demo);
    }
    if (m_workspaceCombo->count() == 0) {
        statusBar()->showMessage(tr("No workspaces in the database."));
        return;
    }
    m_workspaceCombo->setCurrentIndex(index);
    m_currentName = m_workspaceCombo->currentData().toString();
    m_demoBadge->setVisible(isDemoShown());
    statusBar()->showMessage(tr("Loading %1…").arg(m_workspaceCombo->currentText()));
    onWorkspaceShown();
    refreshView();
    refreshHistory();
    refreshCosts();
    // The live sources' secrets come from the keychain once their configs are known.
    if (const QString live = liveWorkspace(); !live.isEmpty() && m_liveSourcesRequest == 0) {
        m_liveSourcesRequest = m_engine.requestSources(live.toStdString());
    }
}

void MainWindow::showView(const WorkspaceView& view) {
    const bool demo = view.workspace.kind == WorkspaceKind::Demo;
    m_demoBadge->setVisible(demo);
    const QString title = Wording::workspaceTitle(view.workspace);
    setWindowTitle(demo && !title.contains(QStringLiteral("demo"), Qt::CaseInsensitive)
                       ? tr("Headroom — %1 [Demo data]").arg(title)
                       : tr("Headroom — %1").arg(title));
    m_pollButton->setEnabled(!demo && !isBundleShown());
    m_pollButton->setToolTip(pollToolTip(demo || isBundleShown()));
    m_overview->setView(view);
    m_ai->setView(view);
    showTrayHealth(view);
    m_recommendations->setView(view);
    int open = 0;
    for (const StoredRecommendation& r : view.recommendations) {
        open += r.state == RecommendationState::Open ? 1 : 0;
    }
    m_tabs->setTabText(2, open > 0 ? tr("Recommendations (%1)").arg(open) : tr("Recommendations"));
    m_lastSnapshotAt = view.latest ? std::optional(view.latest->snapshot.takenAt()) : std::nullopt;
    updateLastUpdated();
    statusBar()->showMessage(tr("Showing %1").arg(title), 4000);
    applyReadOnly();
    // Lay the new texts and tables out now rather than on the next loop turn, so the window
    // is never painted (or grabbed) with the previous view's geometry.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

void MainWindow::updateLastUpdated() {
    const Wording wording;
    m_lastUpdated->setText(m_lastSnapshotAt
                               ? tr("Last updated %1").arg(wording.dateTime(*m_lastSnapshotAt))
                               : tr("No snapshot yet"));
    m_lastUpdated->setToolTip(
        m_lastSnapshotAt
            ? tr("Latest stored snapshot: %1 (%2)")
                  .arg(wording.dateTime(*m_lastSnapshotAt),
                       wording.age(*m_lastSnapshotAt,
                                   Wording::fromDateTime(QDateTime::currentDateTimeUtc())))
            : tr("No snapshot has been stored for this workspace yet"));
}

QString MainWindow::pollToolTip(bool demo) const {
    return demo ? tr("The demo workspace has no live sources to poll; F5 reloads the view")
                : tr("Read the live sources now instead of waiting for the next poll (F5)");
}

void MainWindow::buildShortcuts() {
    // Ctrl+1..4 open the tabs; the tab tooltips name them.
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* action = new QAction(tr("Show %1").arg(m_tabs->tabText(i)), this);
        action->setObjectName(QStringLiteral("showTab%1").arg(i + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        addAction(action);
        m_tabs->setTabToolTip(i, action->shortcut().toString(QKeySequence::NativeText));
    }
    auto* refresh = new QAction(tr("Poll now and refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    refresh->setShortcutContext(Qt::WindowShortcut);
    connect(refresh, &QAction::triggered, this, &MainWindow::refreshAll);
    addAction(refresh);
    auto* sources = new QAction(tr("Sources…"), this);
    sources->setObjectName(QStringLiteral("sourcesAction"));
    sources->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    sources->setShortcutContext(Qt::WindowShortcut);
    connect(sources, &QAction::triggered, this, &MainWindow::openSourcesDialog);
    addAction(sources);
}

void MainWindow::buildMenus() {
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_scalingMenu = menuBar()->addMenu(tr("S&caling"));
    m_scalingMenu->setObjectName(QStringLiteral("scalingMenu"));
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    // The window-wide actions of buildShortcuts(), so the menu shows their shortcuts.
    m_fileMenu->addAction(findChild<QAction*>(QStringLiteral("sourcesAction")));
    m_fileMenu->addAction(findChild<QAction*>(QStringLiteral("refreshAction")));
    m_fileMenu->addSeparator();
    auto* quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on some platforms
    quit->setObjectName(QStringLiteral("quitAction"));
    // The menu bar's overflow button appears on narrow windows; screen readers name it too.
    if (auto* more = menuBar()->findChild<QWidget*>(QStringLiteral("qt_menubar_ext_button"))) {
        more->setAccessibleName(tr("More menus"));
    }
    m_helpMenu->addAction(tr("&About Headroom"), this, [this] {
        QMessageBox::about(this, tr("About Headroom"),
                           tr("<b>Headroom</b> %1<br>When and how to scale, from your own "
                              "telemetry.")
                               .arg(QString::fromLatin1(HEADROOM_VERSION)));
    });
}

void MainWindow::refreshAll() {
    if (m_pollButton->isEnabled()) {
        pollNow(); // a stored snapshot refreshes the view when it arrives
    }
    refreshView();
    refreshHistory();
    refreshCosts();
}

void MainWindow::beginBusy(RequestId id, const QString& what) {
    m_busy[id] = what;
    QStringList texts;
    for (const auto& [_, text] : m_busy) {
        texts << text;
    }
    m_busyBar->setToolTip(texts.join(QLatin1Char('\n')));
    m_busyBar->setAccessibleDescription(m_busyBar->toolTip());
    m_busyBar->show();
}

void MainWindow::endBusy(RequestId id) {
    if (m_busy.erase(id) == 0) {
        return;
    }
    if (m_busy.empty()) {
        m_busyBar->hide();
    } else {
        beginBusy(m_busy.begin()->first, m_busy.begin()->second); // refresh the tooltip
    }
}

void MainWindow::showError(quint64 requestId, const Error& error) {
    endBusy(requestId);
    const QString text =
        tr("%1: %2").arg(Wording::errorCodeName(error.code), QString::fromStdString(error.message));
    if (requestId != 0 && requestId == m_costRequest) {
        m_ai->setReportError(QString::fromStdString(error.message));
    }
    if (m_importRequests.erase(requestId) > 0) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Nothing imported"),
                                    tr("The billing export was not imported; the ledger is "
                                       "unchanged."),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importErrorBox"));
        box->setDetailedText(QString::fromStdString(error.message));
        box->setInformativeText(
            QString::fromStdString(error.message).section(QLatin1Char('\n'), 0, 3));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        statusBar()->showMessage(tr("Nothing imported"), 8000);
        return;
    }
    if (m_decisionRequests.erase(requestId) > 0) {
        // Window-modal and non-blocking, so engine answers keep flowing while it is shown.
        auto* box =
            new QMessageBox(QMessageBox::Warning, tr("Decision not recorded"),
                            tr("The decision could not be recorded."), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("decisionErrorBox"));
        box->setInformativeText(text);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        statusBar()->showMessage(tr("Decision not recorded"), 8000);
        return;
    }
    statusBar()->showMessage(requestId == 0 ? tr("Background error — %1").arg(text) : text, 15000);
}

void MainWindow::saveSettings() {
    m_settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    m_settings.setValue(QLatin1String(kStateKey), saveState());
    m_settings.setValue(QLatin1String(kSplitterKey), m_recommendations->splitter()->saveState());
    m_settings.setValue(QLatin1String(kRangeKey), m_rangeCombo->currentData().toInt());
    m_settings.setValue(QLatin1String(kTabKey), m_tabs->currentIndex());
    if (!m_currentName.isEmpty()) {
        m_settings.setValue(QLatin1String(kWorkspaceKey), m_currentName);
    }
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSettings();
    QMainWindow::closeEvent(event);
}

void registerUiResources() {
    initUiResources();
}

int runConsole(Engine& engine, const ConsoleOptions& options) {
    MainWindow window(engine, options);
    if (Result<void> started = engine.start(); !started) {
        QMessageBox::critical(nullptr, MainWindow::tr("Headroom"),
                              MainWindow::tr("The engine could not start.\n\n%1")
                                  .arg(QString::fromStdString(started.error().message)));
        return 1;
    }
    window.show();
    return QApplication::exec();
}

} // namespace headroom::ui
