// Number formatting shared by the CLI, the catalogs and the error messages (model/Text.h).
#include "model/Text.h"

#include <cmath>
#include <limits>

#include <QTest>

using namespace headroom;

class TestText : public QObject {
    Q_OBJECT

private slots:
    void shortestNumber_data() {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("whole") << 500000.0 << "500000";
        QTest::newRow("negative whole") << -42.0 << "-42";
        QTest::newRow("fraction") << 0.015 << "0.015";
        QTest::newRow("large whole stays exact") << 1e14 << "100000000000000";
        QTest::newRow("beyond the whole range") << 1e300 << "1e+300";
        QTest::newRow("beyond long long") << 9.3e18 << "9.3e+18";
        QTest::newRow("+Inf") << std::numeric_limits<double>::infinity() << "inf";
        QTest::newRow("-Inf") << -std::numeric_limits<double>::infinity() << "-inf";
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << "nan";
    }

    // Inf, NaN and huge values from a hostile payload print without undefined behaviour (the
    // sanitizer build stops on a float-to-integer overflow).
    void shortestNumber() {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(headroom::shortestNumber(value)), expected);
    }
};

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
