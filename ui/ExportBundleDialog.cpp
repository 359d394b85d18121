#include "ExportBundleDialog.h"

#include "Wording.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {

QDate localDate(Timestamp at) {
    return QDateTime::fromSecsSinceEpoch(qint64(at.time_since_epoch().count()))
        .toLocalTime()
        .date();
}

} // namespace

ExportBundleDialog::ExportBundleDialog(const QString& workspaceTitle, const QString& suggestedFile,
                                       std::optional<Timestamp> first,
                                       std::optional<Timestamp> last, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("exportBundleDialog"));
    setWindowTitle(tr("Export bundle"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Save <b>%1</b> to one self-contained bundle file: its snapshots, "
                                "recommendations, decisions, events and the catalog and policies "
                                "in force, with a checksum. Secrets are never written; the export "
                                "stops if one is found.")
                                 .arg(workspaceTitle.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    auto* fileRow = new QHBoxLayout;
    m_path = new QLineEdit(suggestedFile, this);
    m_path->setObjectName(QStringLiteral("bundlePath"));
    m_path->setAccessibleName(tr("Bundle file"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("&File:"), fileRow);

    m_onlyRange = new QCheckBox(tr("Only the days &from"), this);
    m_onlyRange->setObjectName(QStringLiteral("onlyRange"));
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        if (first && last) {
            edit->setDateRange(localDate(*first), localDate(*last));
        }
    }
    m_from->setObjectName(QStringLiteral("rangeFrom"));
    m_to->setObjectName(QStringLiteral("rangeTo"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    if (first && last) {
        m_from->setDate(localDate(*first));
        m_to->setDate(localDate(*last));
    }
    auto* rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_onlyRange);
    rangeRow->addWidget(m_from);
    rangeRow->addWidget(new QLabel(tr("to"), this));
    rangeRow->addWidget(m_to);
    rangeRow->addStretch();
    form->addRow(tr("Range:"), rangeRow);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("exportProblem"));
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("exportButton"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export bundle"), m_path->text(),
                                                          tr("Headroom bundles (*.hrbundle)"));
        if (!path.isEmpty()) {
            m_path->setText(QDir::toNativeSeparators(path));
        }
    });
    connect(m_path, &QLineEdit::textChanged, this, &ExportBundleDialog::updateOk);
    connect(m_onlyRange, &QCheckBox::toggled, this, &ExportBundleDialog::updateOk);
    connect(m_from, &QDateEdit::dateChanged, this, &ExportBundleDialog::updateOk);
    connect(m_to, &QDateEdit::dateChanged, this, &ExportBundleDialog::updateOk);
    updateOk();
    resize(620, sizeHint().height());
}

void ExportBundleDialog::updateOk() {
    m_from->setEnabled(m_onlyRange->isChecked());
    m_to->setEnabled(m_onlyRange->isChecked());
    QString problem;
    const QFileInfo file(m_path->text().trimmed());
    if (m_path->text().trimmed().isEmpty()) {
        problem = tr("Choose where to save the bundle.");
    } else if (!file.absoluteDir().exists()) {
        problem =
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(file.absolutePath()));
    } else if (m_onlyRange->isChecked() && m_from->date() > m_to->date()) {
        problem = tr("The first day is after the last.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    for (QAbstractButton* b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole) {
            b->setEnabled(problem.isEmpty());
        }
    }
}

BundleExportRequest ExportBundleDialog::request(const std::string& workspace) const {
    BundleExportRequest r;
    r.workspace = workspace;
    QString path = m_path->text().trimmed();
    if (!path.endsWith(QStringLiteral(".hrbundle"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".hrbundle");
    }
    r.out = QFile::encodeName(QDir::fromNativeSeparators(path)).toStdString();
    if (m_onlyRange->isChecked()) {
        // Local days, inclusive: from the first day's start to the last day's final second.
        r.range.from = Wording::fromDateTime(m_from->date().startOfDay());
        r.range.to =
            Wording::fromDateTime(m_to->date().addDays(1).startOfDay()) - std::chrono::seconds{1};
    }
    return r;
}

} // namespace headroom::ui
