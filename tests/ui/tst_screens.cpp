#include <QTest>
class TestScreens : public QObject {
    Q_OBJECT
};
QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
