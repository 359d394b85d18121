// File > Export report… (issue 7) in the console on a real Engine with the generated demo
// workspace: the dialog opened through its action previews the report's first page, exports a
// PDF that poppler reads back with the company name and page numbers, writes the CSV tables and
// the JSON beside it, and remembers its choices for the next time. A reversed period, no section
// or no path refuse Export with the reason shown; cancelling, while the history is read or while
// pages are drawn, leaves an existing file as it was; an opened bundle exports like the live
// workspace it came from.

#include "EngineBridge.h"
#include "ExportReportDialog.h"
#include "MainWindow.h"
#include "catalog/CatalogLoader.h"

#include <memory>

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace headroom;
using namespace headroom::ui;

namespace {

constexpr int kJobTimeoutMs = 120000;

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// pdftotext's text with every run of white space made one space.
QString pdfText(const QString& pdf) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("pdftotext failed: %s", process.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

QDate todayUtc() {
    return QDateTime::currentDateTimeUtc().date();
}

} // namespace

class TestExportReport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
    const QString m_company = QStringLiteral("Zephyr Robotics Ltd");

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Opens the dialog as the founder does, through File > Export report….
    ExportReportDialog* openDialog() {
        auto* action = m_window->findChild<QAction*>(QStringLiteral("exportReportAction"));
        if (action == nullptr || !action->isEnabled()) {
            return nullptr;
        }
        action->trigger();
        return m_window->reportDialog();
    }

    void closeDialog() {
        if (ExportReportDialog* dialog = m_window->reportDialog();
            dialog && dialog->isExporting()) {
            dialog->close(); // closing while exporting cancels first
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isExporting(), kJobTimeoutMs);
        }
        if (ExportReportDialog* dialog = m_window->reportDialog()) {
            dialog->close();
        }
        QTRY_VERIFY(m_window->reportDialog() == nullptr);
    }

    // Waits for the preview of the dialog's current set-up and checks it is the cover page.
    void checkPreview(ExportReportDialog* dialog) {
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->previewImage().isNull(), kJobTimeoutMs);
        const QImage& page = dialog->previewImage();
        QVERIFY(page.width() >= 200);
        QVERIFY(page.height() > page.width()); // A4 portrait
        // The cover band is dark at the top, the page white at its bottom.
        QVERIFY(qGray(page.pixel(page.width() / 2, 8)) < 100);
        QCOMPARE(page.pixelColor(3, page.height() - 3), QColor(Qt::white));
        QVERIFY(!dialog->previewLabel()->pixmap().isNull());
    }

    // Presses Export and waits for the export to end (saved, failed or cancelled).
    void exportAndWait(ExportReportDialog* dialog) {
        QVERIFY2(dialog->exportButton()->isEnabled(), qPrintable(dialog->problem()));
        dialog->exportButton()->click();
        QVERIFY(dialog->isExporting());
        QVERIFY(dialog->cancelButton()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isExporting(), kJobTimeoutMs);
        QVERIFY(dialog->resultLabel()->isVisible());
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto catalog = loadDefaultCatalog();
        QVERIFY(catalog.has_value());
        EngineOptions options;
        options.databasePath = path(QStringLiteral("headroom.db")).toStdString();
        options.catalog = *catalog;
        options.clock = systemClock();
        options.pollInterval = std::chrono::hours{1};
        options.createDemoWorkspace = true;
        options.loadConfiguredSources = false;
        m_engine =
            std::make_unique<Engine>(std::move(options), std::vector<std::unique_ptr<Source>>{});
        ConsoleOptions console;
        console.initialWorkspace = QStringLiteral("demo");
        console.settingsPath = path(QStringLiteral("console.ini"));
        m_window = std::make_unique<MainWindow>(*m_engine, console);
        QVERIFY(m_engine->start().has_value());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->currentWorkspace(), QStringLiteral("demo"), 30000);
    }

    // A failed test leaves no dialog behind for the next one.
    void cleanup() { closeDialog(); }

    void cleanupTestCase() {
        m_window.reset();
        m_engine.reset();
    }

    void actionIsInTheFileMenuWithItsOwnShortcut() {
        auto* action = m_window->findChild<QAction*>(QStringLiteral("exportReportAction"));
        QVERIFY(action != nullptr);
        QVERIFY(m_window->fileMenu()->actions().contains(action));
        QVERIFY(action->isEnabled());
        const QKeySequence keys(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
        QCOMPARE(action->shortcut(), keys);
        // No other action or button of the window answers the same keys.
        int users = 0;
        for (QAction* other : m_window->findChildren<QAction*>()) {
            users += other->shortcuts().contains(keys) ? 1 : 0;
        }
        for (QAbstractButton* button : m_window->findChildren<QAbstractButton*>()) {
            users += button->shortcut() == keys ? 1 : 0;
        }
        QCOMPARE(users, 1);
    }

    void previewAndExportWithCsvAndJson() {
        ExportReportDialog* dialog = openDialog();
        QVERIFY(dialog != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->workspace(), QStringLiteral("demo"));
        // The company name's placeholder is the workspace's title.
        QVERIFY(!dialog->companyEdit()->placeholderText().isEmpty());
        // The PDF goes to the Documents folder by default, named after workspace and period.
        QVERIFY(dialog->pdfPath().contains(QStringLiteral("demo-report-")));
        QVERIFY(dialog->pdfPath().endsWith(QStringLiteral(".pdf")));

        const QDate to = todayUtc();
        const QDate from = to.addDays(-20);
        dialog->setPeriod(from, to);
        dialog->setCompanyName(m_company);
        dialog->setSectionChecked(ReportSection::StrainReadiness, false);
        QVERIFY(dialog->pdfPath().endsWith(
            QStringLiteral("demo-report-%1-%2.pdf")
                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))));
        const ReportRequest request = dialog->reportRequest();
        QVERIFY(request.workspace == "demo");
        QVERIFY(request.to - request.from == std::chrono::seconds{std::chrono::days{21}});
        QCOMPARE(request.sections.size(), allReportSections().size() - 1);

        checkPreview(dialog);

        const QString pdf = path(QStringLiteral("out/report.pdf"));
        QVERIFY(QDir().mkpath(path(QStringLiteral("out"))));
        dialog->setPdfPath(pdf);
        dialog->csvBox()->setChecked(true);
        dialog->csvEdit()->setText(path(QStringLiteral("out/tables")));
        dialog->jsonBox()->setChecked(true);
        dialog->jsonEdit()->setText(path(QStringLiteral("out/report.json")));
        QSignalSpy pages(dialog, &ExportReportDialog::drawingProgressed);
        exportAndWait(dialog);
        QVERIFY2(dialog->resultLabel()->text().contains(QStringLiteral("report.pdf")),
                 qPrintable(dialog->resultLabel()->text()));
        QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("reportOpenPdf"))->isVisible());
        QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("reportOpenFolder"))->isVisible());
        QVERIFY(pages.count() >= 2); // page by page, the event loop turning in between

        QVERIFY(readAll(pdf).startsWith("%PDF-"));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(m_company), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Page 1 of")));
        QVERIFY(QFile::exists(path(QStringLiteral("out/tables/key_figures.csv"))));
        QVERIFY(QFile::exists(path(QStringLiteral("out/tables/sections.csv"))));
        const QByteArray json = readAll(path(QStringLiteral("out/report.json")));
        QVERIFY(json.contains("\"headroom-report\""));
        QVERIFY(json.contains(from.toString(Qt::ISODate).toLatin1()));
        closeDialog();
    }

    void settingsAreRemembered() {
        ExportReportDialog* dialog = openDialog();
        QVERIFY(dialog != nullptr);
        QCOMPARE(dialog->companyEdit()->text(), m_company);
        QVERIFY(!dialog->sectionBox(ReportSection::StrainReadiness)->isChecked());
        QVERIFY(dialog->sectionBox(ReportSection::KeyFigures)->isChecked());
        QVERIFY(dialog->sectionBox(ReportSection::DataQuality)->isChecked());
        QCOMPARE(dialog->fromEdit()->date(), todayUtc().addDays(-20));
        QCOMPARE(dialog->toEdit()->date(), todayUtc());
        QVERIFY(dialog->csvBox()->isChecked());
        QVERIFY(dialog->jsonBox()->isChecked());
        // The folder of the last PDF, with the default name.
        QCOMPARE(QFileInfo(dialog->pdfPath()).absolutePath(),
                 QFileInfo(path(QStringLiteral("out"))).absoluteFilePath());

        // A preset is remembered as the preset, not as its dates.
        dialog->applyPreset(ReportPeriodPreset::Last7Days);
        QCOMPARE(dialog->fromEdit()->date(), todayUtc().addDays(-6));
        dialog->csvBox()->setChecked(false);
        dialog->jsonBox()->setChecked(false);
        dialog->saveSettings();
        closeDialog();
        QSettings settings(path(QStringLiteral("console.ini")), QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("report/period")).toString(),
                 QStringLiteral("last_7_days"));
        QCOMPARE(settings.value(QStringLiteral("report/company")).toString(), m_company);

        dialog = openDialog();
        QVERIFY(dialog != nullptr);
        QCOMPARE(dialog->presetCombo()->currentData().toInt(), int(ReportPeriodPreset::Last7Days));
        QCOMPARE(dialog->companyEdit()->text(), m_company);
        QVERIFY(!dialog->csvBox()->isChecked());
        closeDialog();
    }

    void refusesWithAReason() {
        ExportReportDialog* dialog = openDialog();
        QVERIFY(dialog != nullptr);
        QVERIFY(dialog->exportButton()->isEnabled());
        QVERIFY(!dialog->problemLabel()->isVisible());

        dialog->setPeriod(todayUtc(), todayUtc().addDays(-5));
        QVERIFY(!dialog->exportButton()->isEnabled());
        QVERIFY(dialog->problemLabel()->isVisible());
        QVERIFY(dialog->problemLabel()->text().contains(QStringLiteral("ends before")));
        dialog->setPeriod(todayUtc(), todayUtc()); // one day is a period
        QVERIFY(dialog->exportButton()->isEnabled());

        for (ReportSection section : allReportSections()) {
            dialog->setSectionChecked(section, false);
        }
        QVERIFY(!dialog->exportButton()->isEnabled());
        QVERIFY(dialog->problemLabel()->text().contains(QStringLiteral("section")));
        dialog->setSectionChecked(ReportSection::KeyFigures, true);
        QVERIFY(dialog->exportButton()->isEnabled());

        dialog->setPdfPath(QString());
        QVERIFY(!dialog->exportButton()->isEnabled());
        dialog->setPdfPath(path(QStringLiteral("no/such/folder/report.pdf")));
        QVERIFY(!dialog->exportButton()->isEnabled());
        QVERIFY(dialog->problemLabel()->text().contains(QStringLiteral("does not exist")));
        dialog->setPdfPath(path(QStringLiteral("fine.pdf")));
        QVERIFY(dialog->exportButton()->isEnabled());

        // An unreadable logo is said so beside it; the report can still be made without it.
        const QString logo = path(QStringLiteral("logo.png"));
        {
            QFile file(logo);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not an image");
        }
        dialog->setLogoPath(logo);
        auto* logoMessage = dialog->findChild<QLabel*>(QStringLiteral("reportLogoMessage"));
        QVERIFY(logoMessage->isVisible());
        QVERIFY(dialog->exportButton()->isEnabled());
        dialog->findChild<QPushButton*>(QStringLiteral("reportLogoClear"))->click();
        QVERIFY(!logoMessage->isVisible());
        QVERIFY(dialog->pdfOptions().logoPath.isEmpty());
        closeDialog();
        // A refused set-up is not remembered (only Export saves).
        QSettings settings(path(QStringLiteral("console.ini")), QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("report/sections")).toStringList().size(),
                 qsizetype(allReportSections().size() - 1));
    }

    void cancelKeepsTheExistingFile_data() {
        QTest::addColumn<bool>("whileDrawing");
        QTest::newRow("while reading") << false;
        QTest::newRow("while drawing") << true;
    }

    void cancelKeepsTheExistingFile() {
        QFETCH(bool, whileDrawing);
        const QString pdf = path(QStringLiteral("existing.pdf"));
        const QByteArray before = "an earlier report the founder keeps";
        {
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(before);
        }
        ExportReportDialog* dialog = openDialog();
        QVERIFY(dialog != nullptr);
        dialog->applyPreset(ReportPeriodPreset::Last30Days);
        dialog->setPdfPath(pdf);
        int drawnWhenCancelled = -1;
        if (whileDrawing) {
            connect(dialog, &ExportReportDialog::drawingProgressed, dialog,
                    [dialog, &drawnWhenCancelled](int page, int pages) {
                        if (drawnWhenCancelled < 0 && page == qMin(1, pages - 1)) {
                            drawnWhenCancelled = page;
                            dialog->cancelButton()->click();
                        }
                    });
        }
        QVERIFY(dialog->exportButton()->isEnabled());
        dialog->exportButton()->click();
        QVERIFY(dialog->isExporting());
        if (!whileDrawing) {
            dialog->cancelButton()->click();
        }
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isExporting(), kJobTimeoutMs);
        QVERIFY2(dialog->resultLabel()->text().contains(QStringLiteral("Cancelled")),
                 qPrintable(dialog->resultLabel()->text()));
        if (whileDrawing) {
            QVERIFY(drawnWhenCancelled >= 0);
        }
        QCOMPARE(readAll(pdf), before);
        // Nothing half-written is left beside it either.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("existing.pdf*")}, QDir::Files),
                 QStringList{QStringLiteral("existing.pdf")});
        // After a cancel the dialog can export again.
        QVERIFY(dialog->exportButton()->isEnabled());
        closeDialog();
    }

    void bundleExportsLikeALiveWorkspace() {
        // The demo exported to a bundle and opened read-only, as File > Open bundle… does.
        const QString bundle = path(QStringLiteral("demo.hrbundle"));
        QSignalSpy exported(m_window->bridge(), &EngineBridge::bundleExported);
        BundleExportRequest request;
        request.workspace = "demo";
        request.out = bundle.toStdString();
        m_window->exportBundle(request);
        QVERIFY(exported.wait(kJobTimeoutMs));
        QSignalSpy imported(m_window->bridge(), &EngineBridge::bundleImported);
        m_window->openBundle(bundle);
        QVERIFY(imported.wait(kJobTimeoutMs));
        const QString workspace =
            QString::fromStdString(imported.at(0).at(1).value<BundleSummary>().workspace);
        QVERIFY(workspace.startsWith(QStringLiteral("bundle:")));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->currentWorkspace(), workspace, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->replayedAt().has_value(), 30000);

        ExportReportDialog* dialog = openDialog();
        QVERIFY(dialog != nullptr);
        QCOMPARE(dialog->workspace(), workspace);
        // Replaying, the period ends on the day shown.
        QCOMPARE(dialog->toEdit()->date(),
                 QDateTime::fromSecsSinceEpoch(
                     qint64(m_window->replayedAt()->time_since_epoch().count()), QTimeZone::utc())
                     .date());
        QVERIFY(QFileInfo(dialog->pdfPath()).fileName().startsWith(QStringLiteral("bundle-")));
        dialog->applyPreset(ReportPeriodPreset::Last30Days);
        dialog->setCompanyName(m_company);
        checkPreview(dialog);
        // Whole history is offered once the bundle's span is known.
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->presetCombo()
                    ->model()
                    ->index(dialog->presetCombo()->findData(int(ReportPeriodPreset::Whole)), 0)
                    .flags() &
                Qt::ItemIsEnabled,
            30000);

        const QString pdf = path(QStringLiteral("bundle-report.pdf"));
        dialog->setPdfPath(pdf);
        dialog->csvBox()->setChecked(false);
        dialog->jsonBox()->setChecked(false);
        exportAndWait(dialog);
        QVERIFY2(dialog->resultLabel()->text().contains(QStringLiteral("bundle-report.pdf")),
                 qPrintable(dialog->resultLabel()->text()));
        QVERIFY(readAll(pdf).startsWith("%PDF-"));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(m_company));
        QVERIFY(text.contains(QStringLiteral("Page 1 of")));
        closeDialog();
    }
};

QTEST_MAIN(TestExportReport)
#include "tst_export_report.moc"
