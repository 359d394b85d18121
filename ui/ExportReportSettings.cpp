// ExportReportDialog's remembered choices (QSettings group "report"): the period as a preset or
// dates, the sections, the cover and where the files went. Kept apart from the dialog's layout.
#include "ExportReportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>

namespace headroom::ui {

namespace {

const char* const kGroup = "report";
const char* const kPeriodKey = "period";
const char* const kFromKey = "from";
const char* const kToKey = "to";
const char* const kSectionsKey = "sections";
const char* const kCompanyKey = "company";
const char* const kLogoKey = "logo";
const char* const kFolderKey = "outputFolder";
const char* const kCsvKey = "writeCsv";
const char* const kJsonKey = "writeJson";

struct PresetName {
    ReportPeriodPreset preset;
    const char* key;
};
constexpr PresetName kPresets[] = {
    {ReportPeriodPreset::Last7Days, "last_7_days"},
    {ReportPeriodPreset::Last30Days, "last_30_days"},
    {ReportPeriodPreset::Last90Days, "last_90_days"},
    {ReportPeriodPreset::ThisQuarter, "this_quarter"},
    {ReportPeriodPreset::LastYear, "last_year"},
    {ReportPeriodPreset::Whole, "whole_history"},
    {ReportPeriodPreset::Custom, "custom"},
};

QString presetKey(ReportPeriodPreset preset) {
    for (const PresetName& p : kPresets) {
        if (p.preset == preset) {
            return QLatin1String(p.key);
        }
    }
    return QStringLiteral("custom");
}

std::optional<ReportPeriodPreset> presetFromKey(const QString& key) {
    for (const PresetName& p : kPresets) {
        if (key == QLatin1String(p.key)) {
            return p.preset;
        }
    }
    return std::nullopt;
}

} // namespace

void ExportReportDialog::restoreSettings() {
    m_settings.beginGroup(QLatin1String(kGroup));
    const QString periodKey = m_settings.value(QLatin1String(kPeriodKey)).toString();
    const QDate from =
        QDate::fromString(m_settings.value(QLatin1String(kFromKey)).toString(), Qt::ISODate);
    const QDate to =
        QDate::fromString(m_settings.value(QLatin1String(kToKey)).toString(), Qt::ISODate);
    const std::optional<QStringList> sections =
        m_settings.contains(QLatin1String(kSectionsKey))
            ? std::optional(m_settings.value(QLatin1String(kSectionsKey)).toStringList())
            : std::nullopt;
    const QString company = m_settings.value(QLatin1String(kCompanyKey)).toString();
    const QString logo = m_settings.value(QLatin1String(kLogoKey)).toString();
    const QString folder = m_settings.value(QLatin1String(kFolderKey)).toString();
    const bool csv = m_settings.value(QLatin1String(kCsvKey), false).toBool();
    const bool json = m_settings.value(QLatin1String(kJsonKey), false).toBool();
    m_settings.endGroup();

    const ReportPeriodPreset preset =
        presetFromKey(periodKey).value_or(ReportPeriodPreset::Last30Days);
    if (preset == ReportPeriodPreset::Custom && from.isValid() && to.isValid()) {
        setPeriod(from, to);
    } else if (preset == ReportPeriodPreset::Whole && !(m_context.firstDay && m_context.lastDay)) {
        applyPreset(ReportPeriodPreset::Last30Days); // until the span arrives
        m_wantWhole = true;
    } else {
        applyPreset(preset == ReportPeriodPreset::Custom ? ReportPeriodPreset::Last30Days : preset);
    }
    if (sections) {
        for (const auto& [section, box] : m_sections) {
            box->setChecked(sections->contains(QLatin1String(keyOf(section))));
        }
    }
    m_company->setText(company);
    m_logo->setText(logo);
    m_csv->setChecked(csv);
    m_json->setChecked(json);
    m_csvPath->setEnabled(csv);
    m_jsonPath->setEnabled(json);
    if (!folder.isEmpty() && QDir(folder).exists()) {
        m_pdf->setText(QDir(folder).filePath(defaultBaseName() + ".pdf"));
    }
}

void ExportReportDialog::saveSettings() const {
    m_settings.beginGroup(QLatin1String(kGroup));
    const auto preset = ReportPeriodPreset(m_preset->currentData().toInt());
    m_settings.setValue(QLatin1String(kPeriodKey), presetKey(preset));
    m_settings.setValue(QLatin1String(kFromKey), m_from->date().toString(Qt::ISODate));
    m_settings.setValue(QLatin1String(kToKey), m_to->date().toString(Qt::ISODate));
    QStringList sections;
    for (const auto& [section, box] : m_sections) {
        if (box->isChecked()) {
            sections << QString::fromLatin1(keyOf(section));
        }
    }
    m_settings.setValue(QLatin1String(kSectionsKey), sections);
    m_settings.setValue(QLatin1String(kCompanyKey), m_company->text().trimmed());
    m_settings.setValue(QLatin1String(kLogoKey), m_logo->text());
    m_settings.setValue(QLatin1String(kFolderKey), QFileInfo(pdfPath()).absolutePath());
    m_settings.setValue(QLatin1String(kCsvKey), m_csv->isChecked());
    m_settings.setValue(QLatin1String(kJsonKey), m_json->isChecked());
    m_settings.endGroup();
    m_settings.sync();
}

} // namespace headroom::ui
