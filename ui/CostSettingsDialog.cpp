#include "CostSettingsDialog.h"

#include "ConsoleTheme.h"
#include "Wording.h"
#include "catalog/CatalogLoader.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace headroom::ui {
namespace {

QDoubleSpinBox* moneyEdit(double dollars, QWidget* parent) {
    auto* edit = new QDoubleSpinBox(parent);
    // The "$" where the rest of the console writes it ("$50.00", "50,00 $"): what Wording puts
    // before the first digit and after the last.
    const QString zero = Wording().money(MicroUsd{0});
    const auto firstDigit = std::ranges::find_if(zero, [](QChar c) { return c.isDigit(); });
    const auto lastDigit =
        std::ranges::find_if(zero.crbegin(), zero.crend(), [](QChar c) { return c.isDigit(); });
    edit->setPrefix(zero.first(qsizetype(firstDigit - zero.cbegin())));
    edit->setSuffix(zero.last(qsizetype(lastDigit - zero.crbegin())));
    edit->setDecimals(2);
    edit->setRange(0.0, 1e9);
    edit->setValue(dollars);
    return edit;
}

QString dollarsText(MicroUsd money) {
    // Exact decimal of the micro-dollar amount, without trailing zeros ("0.5", "0.000001").
    QString text = QString::number(money.value / 1'000'000) + QLatin1Char('.') +
                   QStringLiteral("%1").arg(money.value % 1'000'000, 6, 10, QLatin1Char('0'));
    while (text.endsWith(QLatin1Char('0'))) {
        text.chop(1);
    }
    if (text.endsWith(QLatin1Char('.'))) {
        text.chop(1);
    }
    return text.replace(QLatin1Char('.'), QLocale().decimalPoint()); // "0,5" in German
}

} // namespace

CostSettingsDialog::CostSettingsDialog(const Catalog& catalog, QWidget* parent)
    : QDialog(parent)
    , m_catalog(catalog) {
    setWindowTitle(tr("Budgets and rates"));
    setObjectName(QStringLiteral("costSettingsDialog"));
    auto* layout = new QVBoxLayout(this);
    const CostShieldSettings& shield = catalog.costs.shield;

    auto* shieldBox = new QGroupBox(tr("Cost Shield"), this);
    auto* form = new QFormLayout(shieldBox);
    m_daily = moneyEdit(shield.dailyLimit.dollars(), shieldBox);
    m_daily->setObjectName(QStringLiteral("dailyLimit"));
    m_monthly = moneyEdit(shield.monthlyLimit.dollars(), shieldBox);
    m_perClient = moneyEdit(shield.perClientDailyLimit.dollars(), shieldBox);
    m_threshold = new QDoubleSpinBox(shieldBox);
    m_threshold->setSuffix(QStringLiteral(" %"));
    m_threshold->setRange(0.0, 1000.0);
    m_threshold->setDecimals(0);
    m_threshold->setValue(shield.alertThreshold * 100.0);
    QStringList levels;
    const Wording wording;
    for (double level : shield.budgetAlertLevels) {
        levels << QLocale().toString(level * 100.0, 'g', 6);
    }
    m_levels = new QLineEdit(levels.join(wording.listSeparator() + QLatin1Char(' ')), shieldBox);
    m_levels->setObjectName(QStringLiteral("alertLevels"));
    form->addRow(tr("Daily limit:"), m_daily);
    form->addRow(tr("Monthly limit:"), m_monthly);
    form->addRow(tr("Per client per day:"), m_perClient);
    form->addRow(tr("Alert when approaching, at:"), m_threshold);
    form->addRow(tr("Budget alert levels (%):"), m_levels);
    layout->addWidget(shieldBox);

    auto* ratesBox = new QGroupBox(tr("Provider rates"), this);
    auto* ratesLayout = new QVBoxLayout(ratesBox);
    auto* note = new QLabel(tr("A rate applies from its day until the provider's next rate, so "
                               "usage keeps the price of the day it happened."),
                            ratesBox);
    note->setWordWrap(true);
    ratesLayout->addWidget(note);
    m_rates = new QTableWidget(0, RateColumnCount, ratesBox);
    m_rates->setObjectName(QStringLiteral("ratesTable"));
    // Headers on two lines, so that the six columns fit the dialog without a scroll bar.
    m_rates->setHorizontalHeaderLabels({tr("Provider"), tr("From\n(YYYY-MM-DD)"),
                                        tr("$ per 1M\ninput tokens"), tr("$ per 1M\noutput tokens"),
                                        tr("$ per 1k\ncharacters"), tr("$ per\nrequest")});
    m_rates->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rates->horizontalHeader()->setStretchLastSection(true);
    m_rates->verticalHeader()->hide();
    m_rates->verticalHeader()->setDefaultSectionSize(30);
    for (const ProviderRate& rate : catalog.costs.rates) {
        addRateRow(rate);
    }
    ratesLayout->addWidget(m_rates);
    auto* rowButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add rate"), ratesBox);
    auto* remove = new QPushButton(tr("Remove rate"), ratesBox);
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    ratesLayout->addLayout(rowButtons);
    layout->addWidget(ratesBox, 1);
    connect(add, &QPushButton::clicked, this, [this] {
        ProviderRate rate;
        rate.providerId =
            m_catalog.aiProviders.empty() ? std::string() : m_catalog.aiProviders.front().id;
        rate.effectiveFrom = dayOf(systemClock()());
        addRateRow(rate);
        revalidate();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_rates->currentRow() >= 0) {
            m_rates->removeRow(m_rates->currentRow());
            revalidate();
        }
    });

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("costProblems"));
    m_problemLabel->setWordWrap(true);
    ConsoleTheme::setTone(m_problemLabel, Tone::Error);
    layout->addWidget(m_problemLabel);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QDoubleSpinBox* edit : {m_daily, m_monthly, m_perClient, m_threshold}) {
        connect(edit, &QDoubleSpinBox::valueChanged, this, &CostSettingsDialog::revalidate);
    }
    connect(m_levels, &QLineEdit::textChanged, this, &CostSettingsDialog::revalidate);
    connect(m_rates, &QTableWidget::itemChanged, this, &CostSettingsDialog::revalidate);
    // Wide enough for every rate column where the screen allows it.
    m_rates->resizeColumnsToContents();
    const int tableWidth = m_rates->horizontalHeader()->length() + 2 * m_rates->frameWidth() +
                           m_rates->verticalScrollBar()->sizeHint().width();
    const int chrome = sizeHint().width() - m_rates->sizeHint().width();
    int width = std::max(820, tableWidth + std::max(chrome, 60));
    if (const QScreen* s = screen()) {
        width = std::min(width, s->availableGeometry().width() * 9 / 10);
    }
    resize(width, 560);
    revalidate();
}

void CostSettingsDialog::addRateRow(const ProviderRate& rate) {
    const QSignalBlocker blocker(m_rates);
    const int row = m_rates->rowCount();
    m_rates->insertRow(row);
    // The provider's name shows; its id (Qt::UserRole) is what is stored. A combo box picks
    // among the catalog's providers; an id the catalog does not know stays, shown as it is.
    auto* provider = new QTableWidgetItem;
    provider->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_rates->setItem(row, ProviderColumn, provider);
    auto* choice = new QComboBox(m_rates);
    choice->setAccessibleName(tr("Provider"));
    for (const AiProvider& p : m_catalog.aiProviders) {
        choice->addItem(QString::fromStdString(p.name), QString::fromStdString(p.id));
    }
    const QString id = QString::fromStdString(rate.providerId);
    if (choice->findData(id) < 0) {
        choice->addItem(id, id);
    }
    const auto choose = [provider, choice] {
        provider->setText(choice->currentText());
        provider->setData(Qt::UserRole, choice->currentData());
    };
    choice->setCurrentIndex(choice->findData(id));
    choose();
    connect(choice, &QComboBox::currentIndexChanged, m_rates, choose);
    m_rates->setCellWidget(row, ProviderColumn, choice);
    m_rates->setItem(row, FromColumn,
                     new QTableWidgetItem(QString::fromStdString(formatDay(rate.effectiveFrom))));
    m_rates->setItem(row, InputColumn,
                     new QTableWidgetItem(dollarsText(rate.perMillionInputTokens)));
    m_rates->setItem(row, OutputColumn,
                     new QTableWidgetItem(dollarsText(rate.perMillionOutputTokens)));
    m_rates->setItem(row, CharactersColumn,
                     new QTableWidgetItem(dollarsText(rate.perThousandCharacters)));
    m_rates->setItem(row, RequestColumn, new QTableWidgetItem(dollarsText(rate.perRequest)));
}

Catalog CostSettingsDialog::editedCatalog() const {
    Catalog catalog = m_catalog;
    CostShieldSettings& shield = catalog.costs.shield;
    shield.dailyLimit = MicroUsd::fromDollars(m_daily->value());
    shield.monthlyLimit = MicroUsd::fromDollars(m_monthly->value());
    shield.perClientDailyLimit = MicroUsd::fromDollars(m_perClient->value());
    shield.alertThreshold = m_threshold->value() / 100.0;
    shield.budgetAlertLevels.clear();
    const Wording wording;
    QString levels = m_levels->text();
    if (wording.listSeparator() == QLatin1Char(',')) {
        levels.replace(QLatin1Char(';'), QLatin1Char(',')); // "50; 80" reads in English too
    }
    for (const QString& part : levels.split(wording.listSeparator(), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double percent = wording.parseNumber(part, &ok);
        // An unreadable entry becomes NaN so that validation names it rather than dropping it.
        shield.budgetAlertLevels.push_back(ok ? percent / 100.0 : std::nan(""));
    }
    catalog.costs.rates.clear();
    for (int row = 0; row < m_rates->rowCount(); ++row) {
        auto text = [&](int column) {
            const QTableWidgetItem* item = m_rates->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        auto price = [&](int column) {
            bool ok = false;
            const double value =
                text(column).isEmpty() ? 0.0 : Wording().parseNumber(text(column), &ok);
            return (ok || text(column).isEmpty()) ? MicroUsd::fromDollars(value)
                                                  : MicroUsd{-1}; // refused by validation
        };
        ProviderRate rate;
        const QTableWidgetItem* provider = m_rates->item(row, ProviderColumn);
        rate.providerId =
            provider ? provider->data(Qt::UserRole).toString().toStdString() : std::string();
        rate.effectiveFrom = parseDay(text(FromColumn).toStdString()).value_or(Day{});
        rate.perMillionInputTokens = price(InputColumn);
        rate.perMillionOutputTokens = price(OutputColumn);
        rate.perThousandCharacters = price(CharactersColumn);
        rate.perRequest = price(RequestColumn);
        catalog.costs.rates.push_back(std::move(rate));
    }
    return catalog;
}

void CostSettingsDialog::revalidate() {
    m_problems.clear();
    for (int row = 0; row < m_rates->rowCount(); ++row) {
        const QTableWidgetItem* from = m_rates->item(row, FromColumn);
        if (from == nullptr || !parseDay(from->text().trimmed().toStdString())) {
            m_problems << tr("Rate %1: “%2” is not a day (YYYY-MM-DD)")
                              .arg(row + 1)
                              .arg(from ? from->text() : QString());
        }
    }
    if (auto valid = validateCatalog(editedCatalog()); !valid) {
        for (const QString& line :
             QString::fromStdString(valid.error().message).split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty()) {
                m_problems << line.trimmed();
            }
        }
    }
    m_problemLabel->setText(m_problems.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty());
}

} // namespace headroom::ui
