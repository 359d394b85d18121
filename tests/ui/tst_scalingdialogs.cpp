// The scaling control dialogs without an engine: the settings dialog shows the core's validation
// inline (field marked, message listed, OK disabled) and returns the edited configuration; the
// set-mode dialog asks for a reason exactly when the mode goes against the advice.

#include "ScalingChangeDialogs.h"
#include "ScalingConfigDialog.h"
#include "policy/ScalingConfigCheck.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace headroom;
using namespace headroom::ui;

namespace {

Catalog catalogWithModes() {
    Catalog c;
    const auto mode = [](std::string id, int min, int max, double posts, double usd) {
        Mode m;
        m.id = id;
        m.name = id;
        m.name[0] = static_cast<char>(std::toupper(m.name[0]));
        m.minClients = min;
        m.maxClients = max;
        m.maxPostsPerDay = posts;
        m.maxAiSpendPerDay = MicroUsd::fromDollars(usd);
        return m;
    };
    c.modes = {mode("lab", 0, 5, 50, 10), mode("pilot", 6, 15, 200, 50),
               mode("growth", 16, 50, 1000, 200), mode("scale", 51, 500, 10000, 2000)};
    return c;
}

ScalingView viewAt(const std::string& mode, std::optional<std::string> advised) {
    ScalingView v;
    v.workspace.name = "local";
    v.config = defaultScalingConfig(catalogWithModes(), mode);
    v.advisedModeId = std::move(advised);
    return v;
}

bool okEnabled(QDialogButtonBox* buttons) {
    return buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

} // namespace

class TestScalingDialogs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void settingsStartValidAndReturnEdits() {
        const ScalingConfig original = defaultScalingConfig(catalogWithModes(), "pilot");
        ScalingConfigDialog dialog(original);
        QVERIFY(dialog.problems().empty());
        QVERIFY(okEnabled(dialog.buttons()));
        QVERIFY(dialog.problemsLabel()->isHidden());
        dialog.environmentEdit()->setText(QStringLiteral("staging"));
        dialog.guardrailBox("max_churn_risk")->setValue(0.1);
        dialog.modesTable()->item(1, 4)->setText(QStringLiteral("150"));
        dialog.modesTable()->item(2, 5)->setText(QStringLiteral("123.45"));
        const ScalingConfig edited = dialog.config();
        QCOMPARE(edited.environment, std::string("staging"));
        QCOMPARE(edited.guardrails.maxChurnRisk, 0.1);
        QCOMPARE(edited.modes[1].maxPostsPerDay, 150.0);
        QCOMPARE(edited.modes[2].maxAiSpendPerDay.value, std::int64_t{123'450'000});
        QCOMPARE(edited.modeId, std::string("pilot")); // the mode has its own action
        QVERIFY(okEnabled(dialog.buttons()));
    }

    void guardrailsReadAtTheirScale() {
        // "80", "0.70": never "80.000", which reads as eighty thousand in German.
        const ScalingConfig original = defaultScalingConfig(catalogWithModes(), "pilot");
        ScalingConfigDialog dialog(original);
        QCOMPARE(dialog.guardrailBox("min_health_for_increase")->decimals(), 0);
        QCOMPARE(dialog.guardrailBox("max_churn_risk")->decimals(), 2);
        // Nothing stored is rounded away by the decimals.
        ScalingConfig fine = original;
        fine.guardrails.maxChurnRisk = 0.125;
        fine.guardrails.minHealthForIncrease = 62.5;
        ScalingConfigDialog precise(fine);
        QCOMPARE(precise.config().guardrails.maxChurnRisk, 0.125);
        QCOMPARE(precise.config().guardrails.minHealthForIncrease, 62.5);
        // The mode limits table shows every mode without scrolling.
        QTableWidget* modes = dialog.modesTable();
        int rows = modes->horizontalHeader()->sizeHint().height();
        for (int row = 0; row < modes->rowCount(); ++row) {
            rows += modes->rowHeight(row);
        }
        QVERIFY(modes->minimumHeight() >= rows);
    }

    void settingsShowCoreErrorsInline_data() {
        QTest::addColumn<int>("what");
        QTest::addColumn<QString>("field");
        QTest::newRow("guardrails ordered") << 0 << "guardrails.freeze_below_health";
        QTest::newRow("fraction range") << 1 << "guardrails.max_ai_cost_pressure";
        QTest::newRow("modes overlap") << 2 << "modes[2].min_clients";
        QTest::newRow("not a number") << 3 << "modes[0].max_clients";
        QTest::newRow("blank environment") << 4 << "environment";
    }
    void settingsShowCoreErrorsInline() {
        QFETCH(int, what);
        QFETCH(QString, field);
        ScalingConfigDialog dialog(defaultScalingConfig(catalogWithModes(), "lab"));
        switch (what) {
        case 0:
            dialog.guardrailBox("freeze_below_health")->setValue(85);
            break;
        case 1:
            dialog.guardrailBox("max_ai_cost_pressure")->setValue(1.5);
            break;
        case 2:
            dialog.modesTable()->item(2, 2)->setText(QStringLiteral("12"));
            break;
        case 3:
            dialog.modesTable()->item(0, 3)->setText(QStringLiteral("five"));
            break;
        default:
            dialog.environmentEdit()->setText(QStringLiteral("   "));
            break;
        }
        QVERIFY(!okEnabled(dialog.buttons()));
        QVERIFY(!dialog.problemsLabel()->isHidden());
        const auto& problems = dialog.problems();
        const auto it =
            std::ranges::find(problems, field.toStdString(), &ScalingConfigProblem::field);
        QVERIFY2(it != problems.end(), qPrintable(dialog.problemsLabel()->text()));
        QVERIFY(dialog.problemsLabel()->text().contains(QString::fromStdString(it->message)));
        // Clicking OK anyway does not accept the dialog.
        dialog.buttons()->button(QDialogButtonBox::Ok)->setEnabled(true);
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!okEnabled(dialog.buttons()));
    }

    void errorClearsWhenFixed() {
        ScalingConfigDialog dialog(defaultScalingConfig(catalogWithModes(), "lab"));
        QDoubleSpinBox* box = dialog.guardrailBox("min_confidence_for_change");
        box->setValue(-0.5);
        QVERIFY(!okEnabled(dialog.buttons()));
        QVERIFY(!box->styleSheet().isEmpty()); // the field is marked
        box->setValue(0.75);
        QVERIFY(okEnabled(dialog.buttons()));
        QVERIFY(box->styleSheet().isEmpty());
        QVERIFY(dialog.problemsLabel()->isHidden());
    }

    void setModeFollowingAdviceNeedsNoReason() {
        SetModeDialog dialog(viewAt("lab", "pilot"));
        QCOMPARE(dialog.modeId(), std::string("pilot")); // preselects the advice
        QVERIFY(!dialog.againstAdvice());
        QVERIFY(okEnabled(dialog.buttons()));
        QVERIFY(dialog.warningLabel()->isHidden());
    }

    void setModeAgainstAdviceNeedsReason() {
        SetModeDialog dialog(viewAt("lab", "pilot"));
        dialog.modeCombo()->setCurrentIndex(dialog.modeCombo()->findData(QStringLiteral("growth")));
        QVERIFY(dialog.againstAdvice());
        QVERIFY(!okEnabled(dialog.buttons()));
        QVERIFY(!dialog.warningLabel()->isHidden());
        QVERIFY(dialog.warningLabel()->text().contains(QStringLiteral("manual override")));
        dialog.reasonEdit()->setText(QStringLiteral("   "));
        QVERIFY(!okEnabled(dialog.buttons()));
        dialog.reasonEdit()->setText(QStringLiteral("enterprise pilot starts"));
        QVERIFY(okEnabled(dialog.buttons()));
        QCOMPARE(dialog.reason(), std::string("enterprise pilot starts"));
        // The current mode again is refused.
        dialog.modeCombo()->setCurrentIndex(dialog.modeCombo()->findData(QStringLiteral("lab")));
        QVERIFY(!okEnabled(dialog.buttons()));
    }

    void setModeWithoutAdviceNeedsReason() {
        SetModeDialog dialog(viewAt("lab", std::nullopt));
        dialog.modeCombo()->setCurrentIndex(dialog.modeCombo()->findData(QStringLiteral("pilot")));
        QVERIFY(!okEnabled(dialog.buttons()));
        dialog.reasonEdit()->setText(QStringLiteral("x"));
        QVERIFY(okEnabled(dialog.buttons()));
    }

    void freezeNeedsReasonUnfreezeDoesNot() {
        ScalingReasonDialog freeze(QStringLiteral("Freeze"), QStringLiteral("Why?"),
                                   ScalingReasonDialog::Reason::Required);
        QVERIFY(!okEnabled(freeze.buttons()));
        freeze.reasonEdit()->setText(QStringLiteral("incident"));
        QVERIFY(okEnabled(freeze.buttons()));
        ScalingReasonDialog unfreeze(QStringLiteral("Unfreeze"), QStringLiteral("Why?"),
                                     ScalingReasonDialog::Reason::Optional);
        QVERIFY(okEnabled(unfreeze.buttons()));
    }
};

QTEST_MAIN(TestScalingDialogs)
#include "tst_scalingdialogs.moc"
