// The strain scenario editor (see StrainScenarioEditor.h).
#include "StrainScenarioEditor.h"

#include "ConsoleTheme.h"
#include "StrainWording.h"
#include "catalog/CatalogLoader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {

constexpr int kMaxProblemLines = 8; // the label stays readable; problems() has them all

bool takesBody(const QString& method) {
    return method != QLatin1String("GET") && method != QLatin1String("HEAD");
}

// "Checkout Flow" -> "checkout_flow": the id a new scenario is stored under.
std::string slug(const std::string& name) {
    std::string out;
    for (char ch : name) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) != 0) {
            out += static_cast<char>(std::tolower(c));
        } else if (!out.empty() && out.back() != '_') {
            out += '_';
        }
    }
    while (!out.empty() && out.back() == '_') {
        out.pop_back();
    }
    return out.empty() ? std::string("scenario") : out;
}

// The field of a scenario's key path ("urls[2]", "headers.X-Key", "users") in words.
QString fieldName(const QString& field) {
    static const QRegularExpression url(QStringLiteral(R"(^urls\[(\d+)\]$)"));
    if (const auto m = url.match(field); m.hasMatch()) {
        return StrainScenarioEditor::tr("URL %1").arg(m.captured(1).toInt() + 1);
    }
    if (field.startsWith(QLatin1String("headers."))) {
        const QString header = field.mid(8);
        return header.isEmpty() ? StrainScenarioEditor::tr("a header line without a name")
                                : StrainScenarioEditor::tr("header “%1”").arg(header);
    }
    static const std::pair<const char*, const char*> kFields[] = {
        {"id", QT_TRANSLATE_NOOP("headroom::ui::StrainScenarioEditor", "id")},
        {"name", QT_TRANSLATE_NOOP("headroom::ui::StrainScenarioEditor", "name")},
        {"test_type", QT_TRANSLATE_NOOP("headroom::ui::StrainScenarioEditor", "test type")},
        {"users", QT_TRANSLATE_NOOP("headroom::ui::StrainScenarioEditor", "users")},
        {"arrival_rate_per_second",
         QT_TRANSLATE_NOOP("headroom::ui::StrainScenarioEditor", "arrival rate")},
        {"duration_seconds", QT_TRANSLATE_NOOP("headroom::ui::StrainScenarioEditor", "duration")},
        {"ramp_up_seconds", QT_TRANSLATE_NOOP("headroom::ui::StrainScenarioEditor", "ramp-up")},
        {"max_requests", QT_TRANSLATE_NOOP("headroom::ui::StrainScenarioEditor", "request cap")},
        {"request_timeout_seconds",
         QT_TRANSLATE_NOOP("headroom::ui::StrainScenarioEditor", "request timeout")},
        {"think_time_ms", QT_TRANSLATE_NOOP("headroom::ui::StrainScenarioEditor", "think time")},
        {"method", QT_TRANSLATE_NOOP("headroom::ui::StrainScenarioEditor", "method")},
        {"urls", QT_TRANSLATE_NOOP("headroom::ui::StrainScenarioEditor", "URLs")},
        {"body", QT_TRANSLATE_NOOP("headroom::ui::StrainScenarioEditor", "body")},
        {"max_p95_ms",
         QT_TRANSLATE_NOOP("headroom::ui::StrainScenarioEditor", "max response time (p95)")},
        {"max_error_rate",
         QT_TRANSLATE_NOOP("headroom::ui::StrainScenarioEditor", "max error rate")},
        {"min_throughput_per_second",
         QT_TRANSLATE_NOOP("headroom::ui::StrainScenarioEditor", "min throughput")},
        {"max_memory", QT_TRANSLATE_NOOP("headroom::ui::StrainScenarioEditor", "max memory")},
        {"regression_tolerance",
         QT_TRANSLATE_NOOP("headroom::ui::StrainScenarioEditor", "regression tolerance")},
        {"readiness_pass_rate",
         QT_TRANSLATE_NOOP("headroom::ui::StrainScenarioEditor", "suite pass rate")},
    };
    for (const auto& [key, text] : kFields) {
        if (field == QLatin1String(key)) {
            return StrainScenarioEditor::tr(text);
        }
    }
    return field;
}

const QRegularExpression& scenarioProblem() {
    static const QRegularExpression re(
        QStringLiteral(R"(strain\.scenarios\[(\d+)\]\.([^:]*): (.*)$)"));
    return re;
}

} // namespace

StrainScenarioEditor::StrainScenarioEditor(Catalog catalog, QWidget* parent)
    : QDialog(parent)
    , m_catalog(std::move(catalog)) {
    setObjectName(QStringLiteral("strainScenarioEditor"));
    setAccessibleName(tr("Edit strain test scenarios"));
    setWindowTitle(tr("Strain test scenarios"));
    for (const auto& s : m_catalog.strain.scenarios) {
        m_savedIds.insert(QString::fromStdString(s.id));
    }

    const auto name = [](QWidget* widget, const char* objectName, const QString& accessible) {
        widget->setObjectName(QLatin1String(objectName));
        widget->setAccessibleName(accessible);
    };
    m_pages = new QTabWidget(this);
    name(m_pages, "strainEditorPages", tr("Scenario pages"));
    m_pages->addTab(buildLoadPage(), tr("&Scenario"));
    m_pages->addTab(buildRequestPage(), tr("Re&quest"));
    m_pages->addTab(buildCriteriaPage(), tr("Pass c&riteria"));

    m_problemLabel = new QLabel(this);
    name(m_problemLabel, "strainEditorProblems", tr("Problems"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ConsoleTheme::setTone(m_problemLabel, Tone::Error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    name(m_buttons, "strainEditorButtons", tr("Save or cancel"));
    name(saveButton(), "strainEditorSaveButton", tr("Save the scenarios"));
    name(m_buttons->button(QDialogButtonBox::Cancel), "strainEditorCancelButton",
         tr("Cancel the edits"));

    auto* columns = new QHBoxLayout;
    columns->addWidget(buildListColumn());
    columns->addWidget(m_pages, 1);
    auto* root = new QVBoxLayout(this);
    root->addLayout(columns, 1);
    root->addWidget(m_problemLabel);
    root->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connectEdits();
    m_confirm = [this](const QString& text) {
        QMessageBox box(QMessageBox::Question, tr("Remove scenario"), text,
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setObjectName(QStringLiteral("strainRemoveConfirmBox"));
        box.setDefaultButton(QMessageBox::No);
        box.button(QMessageBox::Yes)->setText(tr("Remove"));
        return box.exec() == QMessageBox::Yes;
    };
    rebuildList();
    m_list->setCurrentRow(0);
    showSelected();
    showCriteria();
    validate();
    resize(900, 600);
}

QPushButton* StrainScenarioEditor::saveButton() const {
    return m_buttons->button(QDialogButtonBox::Save);
}

void StrainScenarioEditor::connectEdits() {
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (!m_loading) {
            showSelected();
        }
    });
    // Renamed in the list: the name field follows, then the usual reading.
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_loading || m_list->row(item) != m_list->currentRow()) {
            return;
        }
        m_name->setText(item->text().trimmed());
        readScenario();
    });
    const auto scenarioEdited = [this] {
        readScenario();
    };
    for (auto* line : {m_name, m_description}) {
        connect(line, &QLineEdit::textEdited, this, scenarioEdited);
    }
    for (auto* combo : {m_kind, m_testType, m_model, m_method}) {
        connect(combo, &QComboBox::currentIndexChanged, this, scenarioEdited);
    }
    for (auto* box : {m_users, m_duration, m_ramp, m_think, m_timeout, m_maxRequests}) {
        connect(box, &QSpinBox::valueChanged, this, scenarioEdited);
    }
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, scenarioEdited);
    for (auto* text : {m_urls, m_body}) {
        connect(text, &QPlainTextEdit::textChanged, this, scenarioEdited);
    }
    connect(m_headers, &QTableWidget::itemChanged, this, scenarioEdited);
    connect(m_headers, &QTableWidget::itemSelectionChanged, this, [this] { updateEnabled(); });
    connect(m_addHeader, &QPushButton::clicked, this, [this] {
        const int row = m_headers->rowCount();
        m_loading = true; // an empty row is nothing yet
        m_headers->insertRow(row);
        m_headers->setItem(row, 0, new QTableWidgetItem);
        m_headers->setItem(row, 1, new QTableWidgetItem);
        m_loading = false;
        m_headers->setCurrentCell(row, 0);
        m_headers->editItem(m_headers->item(row, 0));
        updateEnabled();
    });
    connect(m_removeHeader, &QPushButton::clicked, this, [this] {
        const int row = m_headers->currentRow();
        if (row >= 0) {
            m_headers->removeRow(row);
            readScenario();
        }
    });
    for (auto* box : {m_errorRate, m_throughput, m_memory, m_regression, m_passRate}) {
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] { readCriteria(); });
    }
    connect(m_p95, &QSpinBox::valueChanged, this, [this] { readCriteria(); });
}

StrainScenario* StrainScenarioEditor::selected() {
    const int row = m_list->currentRow();
    auto& scenarios = m_catalog.strain.scenarios;
    return row >= 0 && row < int(scenarios.size()) ? &scenarios[std::size_t(row)] : nullptr;
}

QString StrainScenarioEditor::selectedId() const {
    const int row = m_list->currentRow();
    const auto& scenarios = m_catalog.strain.scenarios;
    return row >= 0 && row < int(scenarios.size())
               ? QString::fromStdString(scenarios[std::size_t(row)].id)
               : QString();
}

bool StrainScenarioEditor::selectScenario(const QString& id) {
    const auto& scenarios = m_catalog.strain.scenarios;
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        if (QString::fromStdString(scenarios[i].id) == id) {
            m_list->setCurrentRow(int(i));
            return true;
        }
    }
    return false;
}

void StrainScenarioEditor::rebuildList() {
    const int row = m_list->currentRow();
    m_loading = true;
    m_list->clear();
    for (const auto& s : m_catalog.strain.scenarios) {
        auto* item = new QListWidgetItem(QString::fromStdString(s.name), m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_loading = false;
    m_list->setCurrentRow(std::min(std::max(row, 0), m_list->count() - 1));
}

void StrainScenarioEditor::showSelected() {
    const StrainScenario* s = selected();
    m_loading = true;
    const StrainScenario blank;
    const StrainScenario& shown = s ? *s : blank;
    m_name->setText(QString::fromStdString(shown.name));
    m_id->setText(s ? QString::fromStdString(shown.id) : QString());
    m_description->setText(QString::fromStdString(shown.description));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(shown.kind))));
    m_testType->setCurrentIndex(
        std::max(0, m_testType->findData(QString::fromStdString(shown.testType))));
    m_model->setCurrentIndex(std::max(0, m_model->findData(int(shown.model))));
    // The other model's figure keeps a sensible start for when the model is switched.
    m_users->setValue(shown.model == LoadModel::Closed ? shown.users : 10);
    m_rate->setValue(shown.model == LoadModel::Open ? shown.arrivalRatePerSecond : 10.0);
    m_duration->setValue(int(shown.duration.count()));
    m_ramp->setValue(int(shown.rampUp.count()));
    m_think->setValue(int(shown.thinkTime.count()));
    m_timeout->setValue(int(shown.requestTimeout.count()));
    m_maxRequests->setValue(
        shown.maxRequests ? int(std::min<std::int64_t>(*shown.maxRequests, kMaxRequestCap)) : 0);
    const QString method = QString::fromStdString(shown.method);
    if (m_method->findData(method) < 0) {
        m_method->addItem(method, method); // shown as it is; validation names it
    }
    m_method->setCurrentIndex(m_method->findData(method));
    QStringList urls;
    for (const auto& url : shown.urls) {
        urls << QString::fromStdString(url);
    }
    m_urls->setPlainText(urls.join(QLatin1Char('\n')));
    m_headers->setRowCount(0);
    for (const auto& h : shown.headers) {
        const int row = m_headers->rowCount();
        m_headers->insertRow(row);
        m_headers->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(h.name)));
        m_headers->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(h.value)));
    }
    m_body->setPlainText(QString::fromStdString(shown.body));
    m_loading = false;
    updateEnabled();
}

void StrainScenarioEditor::showCriteria() {
    const auto& settings = m_catalog.strain;
    const auto& c = settings.criteria;
    m_loading = true;
    m_p95->setValue(int(c.maxP95.count()));
    m_errorRate->setValue(c.maxErrorRate * 100.0);
    m_throughput->setValue(c.minThroughputPerSecond);
    m_memory->setValue(c.maxMemory * 100.0);
    m_regression->setValue(settings.regressionTolerance * 100.0);
    m_passRate->setValue(settings.readinessPassRate * 100.0);
    m_loading = false;
    const auto& l = settings.limits;
    const StrainWording wording;
    m_limits->setText(tr("No run may exceed %1 users, %2, %3 s or %4 requests (the limits in "
                         "strain.json; a scenario beyond them cannot be saved).")
                          .arg(wording.count(l.maxUsers),
                               wording.throughput(l.maxArrivalRatePerSecond),
                               wording.count(l.maxDuration.count()), wording.count(l.maxRequests)));
}

void StrainScenarioEditor::readScenario() {
    StrainScenario* s = selected();
    if (!s || m_loading) {
        return;
    }
    s->name = m_name->text().trimmed().toStdString();
    if (!m_savedIds.contains(QString::fromStdString(s->id))) {
        s->id = uniqueId(slug(s->name), s); // not stored anywhere yet: follows the name
    }
    s->description = m_description->text().trimmed().toStdString();
    s->kind = StrainKind(m_kind->currentData().toInt());
    s->testType = m_testType->currentData().toString().toStdString();
    s->model = LoadModel(m_model->currentData().toInt());
    // As the loader reads them: only the model's own figure is kept.
    s->users = s->model == LoadModel::Closed ? m_users->value() : 0;
    s->arrivalRatePerSecond = s->model == LoadModel::Open ? m_rate->value() : 0.0;
    s->duration = std::chrono::seconds(m_duration->value());
    s->rampUp = std::chrono::seconds(m_ramp->value());
    s->thinkTime = std::chrono::milliseconds(m_think->value());
    s->requestTimeout = std::chrono::seconds(m_timeout->value());
    s->maxRequests = m_maxRequests->value() > 0
                         ? std::optional<std::int64_t>(m_maxRequests->value())
                         : std::nullopt;
    const QString method = m_method->currentData().toString();
    s->method = method.toStdString();
    s->urls.clear();
    for (const QString& line : m_urls->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            s->urls.push_back(line.trimmed().toStdString());
        }
    }
    s->headers.clear();
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem* item = m_headers->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        // A wholly empty line is nothing; a value without a name is a problem to show.
        if (!text(0).isEmpty() || !text(1).isEmpty()) {
            s->headers.push_back({text(0).toStdString(), text(1).toStdString()});
        }
    }
    // The text stays in the field while the method takes none, so switching back restores it.
    s->body = takesBody(method) ? m_body->toPlainText().toStdString() : std::string();

    m_loading = true;
    if (auto* item = m_list->currentItem()) {
        item->setText(QString::fromStdString(s->name));
    }
    m_id->setText(QString::fromStdString(s->id));
    m_loading = false;
    updateEnabled();
    validate();
}

void StrainScenarioEditor::readCriteria() {
    if (m_loading) {
        return;
    }
    auto& settings = m_catalog.strain;
    settings.criteria.maxP95 = std::chrono::milliseconds(m_p95->value());
    settings.criteria.maxErrorRate = m_errorRate->value() / 100.0;
    settings.criteria.minThroughputPerSecond = m_throughput->value();
    settings.criteria.maxMemory = m_memory->value() / 100.0;
    settings.regressionTolerance = m_regression->value() / 100.0;
    settings.readinessPassRate = m_passRate->value() / 100.0;
    validate();
}

void StrainScenarioEditor::updateEnabled() {
    const StrainScenario* s = selected();
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_name, m_description, m_kind, m_testType, m_model, m_duration, m_ramp, m_timeout,
             m_maxRequests, m_method, m_urls, m_headers, m_addHeader}) {
        w->setEnabled(s != nullptr);
    }
    const bool closed = LoadModel(m_model->currentData().toInt()) == LoadModel::Closed;
    m_users->setEnabled(s && closed);
    m_think->setEnabled(s && closed);
    m_rate->setEnabled(s && !closed);
    const bool body = takesBody(m_method->currentData().toString());
    m_body->setEnabled(s && body);
    m_body->setToolTip(
        body ? tr("Sent with every request.")
             : tr("A %1 request carries no body.").arg(m_method->currentData().toString()));
    m_removeHeader->setEnabled(s && m_headers->currentRow() >= 0);
    m_duplicate->setEnabled(s != nullptr);
    const QStringList suites = s ? suitesRunning(s->id) : QStringList();
    m_remove->setEnabled(s && suites.isEmpty());
    m_remove->setToolTip(suites.isEmpty()
                             ? tr("Remove the selected scenario; its stored runs stay.")
                             : tr("The recommended suites %1 run this scenario, so it cannot be "
                                  "removed. Edit its load instead.")
                                   .arg(suites.join(QStringLiteral(", "))));
}

void StrainScenarioEditor::validate() {
    m_problems.clear();
    QSet<int> rows; // scenarios with problems: marked in the list, so the founder finds them
    if (auto ok = validateCatalog(m_catalog); !ok) {
        for (const QString& line :
             QString::fromStdString(ok.error().message).split('\n', Qt::SkipEmptyParts)) {
            m_problems << describe(line);
            if (const auto m = scenarioProblem().match(line); m.hasMatch()) {
                rows.insert(m.captured(1).toInt());
            }
        }
    }
    m_loading = true;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        item->setIcon(rows.contains(row) ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                         : QIcon());
        item->setToolTip(rows.contains(row) ? tr("This scenario has problems; see below.")
                                            : QString());
    }
    m_loading = false;
    QStringList shown = m_problems.mid(0, kMaxProblemLines);
    if (m_problems.size() > kMaxProblemLines) {
        shown << tr("… and %n more.", nullptr, int(m_problems.size()) - kMaxProblemLines);
    }
    m_problemLabel->setText(shown.join(QLatin1Char('\n')));
    m_problemLabel->setVisible(!m_problems.isEmpty());
    saveButton()->setEnabled(m_problems.isEmpty());
    saveButton()->setToolTip(m_problems.isEmpty() ? QString()
                                                  : tr("Put the problems right to save."));
}

// "strain.json: strain.scenarios[3].urls[0]: must be ..." -> "Checkout — URL 1: must be ...".
// The message itself is the catalog's (English, like every catalog error); the scenario and
// field are put in words so the founder finds the field.
QString StrainScenarioEditor::describe(const QString& problem) const {
    QString line = problem;
    // Validation names the file first ("strain.json: "); the page says which file it is.
    static const QRegularExpression file(QStringLiteral(R"(^[\w.-]+\.json: )"));
    line.remove(file);
    if (const auto m = scenarioProblem().match(line); m.hasMatch()) {
        const auto index = std::size_t(m.captured(1).toInt());
        const auto& scenarios = m_catalog.strain.scenarios;
        QString name =
            index < scenarios.size() ? QString::fromStdString(scenarios[index].name) : QString();
        if (name.isEmpty()) {
            name = tr("Scenario %1").arg(index + 1);
        }
        return tr("%1 — %2: %3").arg(name, fieldName(m.captured(2)), m.captured(3));
    }
    static const QRegularExpression suiteRun(
        QStringLiteral(R"(^strain\.suites\[(\d+)\]\.runs\[(\d+)\]\.\w+: (.*)$)"));
    if (const auto m = suiteRun.match(line); m.hasMatch()) {
        // A suite runs a scenario for a set time: an edited ramp-up can outgrow it.
        const auto suite = std::size_t(m.captured(1).toInt());
        const auto run = std::size_t(m.captured(2).toInt());
        const auto& suites = m_catalog.strain.suites;
        if (suite < suites.size() && run < suites[suite].runs.size()) {
            const auto& r = suites[suite].runs[run];
            const auto* scenario = m_catalog.strain.findScenario(r.scenarioId);
            return tr("Suite “%1”, its run of %2 for %3 s: %4")
                .arg(QString::fromStdString(suites[suite].name),
                     scenario ? QString::fromStdString(scenario->name)
                              : QString::fromStdString(r.scenarioId))
                .arg(r.duration.count())
                .arg(m.captured(3));
        }
    }
    static const QRegularExpression criteria(
        QStringLiteral(R"(^strain\.(?:criteria\.)?(\w+): (.*)$)"));
    if (const auto m = criteria.match(line); m.hasMatch()) {
        const QString key = m.captured(1);
        // The catalog speaks of fractions; this page shows percentages.
        // (The error rate's spin box cannot leave its range: 0 % is allowed there.)
        const bool percent =
            key == QLatin1String("max_memory") || key == QLatin1String("readiness_pass_rate");
        return tr("Pass criteria — %1: %2")
            .arg(fieldName(key),
                 percent ? tr("must be more than 0 % and at most 100 %") : m.captured(2));
    }
    return line;
}

std::string StrainScenarioEditor::uniqueId(const std::string& base,
                                           const StrainScenario* self) const {
    const auto taken = [&](const std::string& id) {
        if (m_savedIds.contains(QString::fromStdString(id)) && (!self || self->id != id)) {
            return true; // also a removed one's: its stored runs must not become this one's
        }
        for (const auto& s : m_catalog.strain.scenarios) {
            if (&s != self && s.id == id) {
                return true;
            }
        }
        return false;
    };
    std::string id = base;
    for (int n = 2; taken(id); ++n) {
        id = base + "_" + std::to_string(n);
    }
    return id;
}

QStringList StrainScenarioEditor::suitesRunning(const std::string& scenarioId) const {
    QStringList names;
    for (const auto& suite : m_catalog.strain.suites) {
        for (const auto& run : suite.runs) {
            if (run.scenarioId == scenarioId) {
                names << QString::fromStdString(suite.name);
                break;
            }
        }
    }
    return names;
}

QString StrainScenarioEditor::uniqueName(const QString& base) const {
    const auto taken = [&](const QString& name) {
        for (const auto& s : m_catalog.strain.scenarios) {
            if (QString::fromStdString(s.name).compare(name, Qt::CaseInsensitive) == 0) {
                return true;
            }
        }
        return false;
    };
    QString name = base;
    for (int n = 2; taken(name); ++n) {
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    }
    return name;
}

void StrainScenarioEditor::addScenario() {
    StrainScenario s;
    s.name = uniqueName(tr("New scenario")).toStdString();
    s.id = uniqueId(slug(s.name), nullptr);
    s.kind = StrainKind::Baseline;
    s.model = LoadModel::Closed;
    s.users = 10;
    s.duration = std::chrono::seconds(60);
    s.rampUp = std::chrono::seconds(10);
    s.thinkTime = std::chrono::milliseconds(1000);
    s.urls = {"/"};
    m_catalog.strain.scenarios.push_back(s);
    rebuildList();
    m_list->setCurrentRow(m_list->count() - 1);
    showSelected();
    validate();
    m_pages->setCurrentIndex(0);
    m_name->setFocus();
    m_name->selectAll();
}

void StrainScenarioEditor::duplicateSelected() {
    const StrainScenario* s = selected();
    if (!s) {
        return;
    }
    StrainScenario copy = *s;
    copy.name = uniqueName(tr("%1 (copy)").arg(QString::fromStdString(s->name))).toStdString();
    copy.id = uniqueId(slug(copy.name), nullptr);
    m_catalog.strain.scenarios.push_back(std::move(copy));
    rebuildList();
    m_list->setCurrentRow(m_list->count() - 1);
    showSelected();
    validate();
}

bool StrainScenarioEditor::removeSelected() {
    const StrainScenario* s = selected();
    if (!s || !suitesRunning(s->id).isEmpty()) {
        return false;
    }
    const QString text = tr("Remove the scenario “%1”?\n\nIts stored runs stay in the history, "
                            "but it can no longer be run. Nothing changes until you save.")
                             .arg(QString::fromStdString(s->name));
    if (!m_confirm || !m_confirm(text)) {
        return false;
    }
    const int row = m_list->currentRow();
    m_catalog.strain.scenarios.erase(m_catalog.strain.scenarios.begin() + row);
    rebuildList();
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    showSelected();
    validate();
    return true;
}

} // namespace headroom::ui
