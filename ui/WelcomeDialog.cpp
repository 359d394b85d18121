#include "WelcomeDialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {

QLabel* paragraph(const QString& heading, const QString& text, QWidget* parent) {
    auto* label = new QLabel(QStringLiteral("<b>%1</b><br>%2").arg(heading, text), parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setContentsMargins(0, 4, 0, 4);
    return label;
}

} // namespace

WelcomeDialog::WelcomeDialog(bool showAtStart, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Headroom"));
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/headroom.svg")).pixmap(64, 64));
    logo->setAccessibleName(tr("Headroom logo"));
    top->addWidget(logo, 0, Qt::AlignTop);
    auto* intro = new QLabel(
        tr("<h2>Welcome to Headroom</h2>Headroom reads the metrics your company already has, "
           "places the business on a growth tier and scaling mode, scores its health and "
           "recommends what to scale next, with evidence and cost. Every figure comes from your "
           "own telemetry; what is missing lowers the confidence instead of being guessed."),
        this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("welcomeIntro"));
    top->addWidget(intro, 1);
    layout->addLayout(top);

    layout->addWidget(
        paragraph(tr("The demo workspace"),
                  tr("A generated SaaS business to explore every tab safely. It is always marked "
                     "<i>DEMO DATA</i>; nothing in it is measured and your decisions there stay in "
                     "the demo."),
                  this));
    layout->addWidget(paragraph(
        tr("Your local workspace"),
        tr("Measures this computer from the start: the built-in host collector reads CPU, memory, "
           "disk and load every poll. Recommendations there rest on those readings only."),
        this));
    layout->addWidget(paragraph(
        tr("Add your own sources"),
        tr("Open <b>Sources…</b> (%1) to add a Prometheus server, a node_exporter or a JSON "
           "metrics endpoint. Test it before saving; tokens are kept in the desktop keychain.")
            .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)
                     .toString(QKeySequence::NativeText)
                     .toHtmlEscaped()),
        this));

    m_showAtStart = new QCheckBox(tr("Show this screen at &start"), this);
    m_showAtStart->setObjectName(QStringLiteral("welcomeShowAtStart"));
    m_showAtStart->setChecked(showAtStart);
    m_showAtStart->setAccessibleName(tr("Show the welcome screen at start"));
    layout->addStretch(); // extra height goes below the text, not between its paragraphs
    layout->addWidget(m_showAtStart);

    auto* buttons = new QHBoxLayout;
    auto* demo = new QPushButton(tr("&Explore the demo"), this);
    demo->setObjectName(QStringLiteral("welcomeDemoButton"));
    auto* local = new QPushButton(tr("Show &this computer"), this);
    local->setObjectName(QStringLiteral("welcomeLocalButton"));
    auto* add = new QPushButton(tr("&Add a source…"), this);
    add->setObjectName(QStringLiteral("welcomeAddSourceButton"));
    auto* close = new QPushButton(tr("&Close"), this);
    close->setObjectName(QStringLiteral("welcomeCloseButton"));
    demo->setAccessibleName(tr("Explore the demo workspace"));
    local->setAccessibleName(tr("Show this computer's workspace"));
    add->setAccessibleName(tr("Add a metric source"));
    close->setAccessibleName(tr("Close the welcome screen"));
    demo->setDefault(true);
    buttons->addWidget(demo);
    buttons->addWidget(local);
    buttons->addWidget(add);
    buttons->addStretch();
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(demo, &QPushButton::clicked, this, [this] { choose(Choice::ExploreDemo); });
    connect(local, &QPushButton::clicked, this, [this] { choose(Choice::ShowLocal); });
    connect(add, &QPushButton::clicked, this, [this] { choose(Choice::AddSource); });
    connect(close, &QPushButton::clicked, this, [this] { choose(Choice::None); });
}

bool WelcomeDialog::showAtStart() const {
    return m_showAtStart->isChecked();
}

void WelcomeDialog::choose(Choice choice) {
    m_choice = choice;
    accept();
}

} // namespace headroom::ui
