// ConsoleTheme follows the desktop: it reads the XDG portal's colour scheme at start and
// follows its SettingChanged signal, on a real dbus-daemon that the test starts; Light and Dark
// force our palettes whatever the portal says; toned labels follow each change. The portal itself
// is played by the test: the real xdg-desktop-portal needs a desktop session and a backend to
// answer, which a headless CI machine does not have; the bus and its signalling are real.

#include "ConsoleTheme.h"

#include <atomic>

#include <QApplication>
#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QThread>

using namespace headroom::ui;

namespace {

const QString kService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");

// The part of the portal's org.freedesktop.portal.Settings the console uses.
class FakePortalSettings : public QDBusAbstractAdaptor {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    explicit FakePortalSettings(QObject* parent)
        : QDBusAbstractAdaptor(parent) {}

    std::atomic<uint> scheme = 0; // 0 no preference, 1 dark, 2 light

public slots:
    QDBusVariant Read(const QString& group, const QString& key) {
        ++reads;
        if (group == QLatin1String("org.freedesktop.appearance") &&
            key == QLatin1String("color-scheme")) {
            // As the portal does: a variant holding a variant holding the value.
            return QDBusVariant(QVariant::fromValue(QDBusVariant(scheme.load())));
        }
        return QDBusVariant(QVariant());
    }

signals:
    void SettingChanged(const QString& group, const QString& key, const QDBusVariant& value);

public:
    std::atomic<int> reads = 0;
};

} // namespace

class TestConsoleTheme : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty()) {
            QSKIP("dbus-daemon is not installed (packaging/install-deps.sh --tests installs it)");
        }
        m_daemon.start(daemon, {QStringLiteral("--session"), QStringLiteral("--nofork"),
                                QStringLiteral("--print-address")});
        QVERIFY(m_daemon.waitForStarted());
        QTRY_VERIFY(m_daemon.canReadLine());
        const QByteArray address = m_daemon.readLine().trimmed();
        QVERIFY(!address.isEmpty());
        // Before the first use of the session bus in this process.
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        m_portalBus = std::make_unique<QDBusConnection>(
            QDBusConnection::connectToBus(QString::fromUtf8(address), QStringLiteral("portal")));
        QVERIFY(m_portalBus->isConnected());
        // The portal answers from a thread of its own: the console's call blocks this one.
        qRegisterMetaType<QDBusVariant>();
        m_portalObject = new QObject;
        m_portal = new FakePortalSettings(m_portalObject);
        m_portalObject->moveToThread(&m_portalThread);
        m_portalThread.start();
        QVERIFY(m_portalBus->registerObject(kPath, m_portalObject));
        QVERIFY(m_portalBus->registerService(kService));
        QVERIFY(QDBusConnection::sessionBus().isConnected());
        m_platformDark = ConsoleTheme::isDark();
        m_platformPalette = QApplication::palette();
        m_platformStyle = QApplication::style()->name();
    }

    // Each case starts from the platform's own look, as the console does at its start.
    void cleanup() {
        QApplication::setStyle(QStyleFactory::create(m_platformStyle));
        QApplication::setPalette(m_platformPalette);
    }

    void cleanupTestCase() {
        if (m_portalObject != nullptr) {
            m_portalObject->deleteLater(); // in its thread, before the thread ends
            m_portalThread.quit();
            m_portalThread.wait();
        }
        if (m_portalBus) {
            m_portalBus->unregisterService(kService);
            QDBusConnection::disconnectFromBus(QStringLiteral("portal"));
            m_portalBus.reset();
        }
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.kill();
            m_daemon.waitForFinished();
        }
    }

    void systemReadsThePortalAtStart() {
        QVERIFY2(!m_platformDark, "the offscreen platform's palette is light");
        m_portal->scheme = 1;
        ConsoleTheme theme;
        theme.apply(ThemeChoice::System);
        QVERIFY(m_portal->reads > 0);
        QVERIFY(ConsoleTheme::isDark());
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 ConsoleTheme::darkPalette().color(QPalette::Window));
    }

    void systemFollowsThePortalsChanges() {
        m_portal->scheme = 2;
        ConsoleTheme theme;
        theme.apply(ThemeChoice::System);
        QVERIFY(!ConsoleTheme::isDark());
        QLabel label(QStringLiteral("problem"));
        ConsoleTheme::setTone(&label, Tone::Error);
        const QString lightStyle = label.styleSheet();
        QSignalSpy changed(&theme, &ConsoleTheme::darkChanged);

        emitSchemeChange(1);
        QTRY_VERIFY(ConsoleTheme::isDark());
        QCOMPARE(changed.count(), 1);
        QVERIFY(label.styleSheet() != lightStyle); // the toned label followed

        emitSchemeChange(0); // no preference: the platform's own (light) palette
        QTRY_VERIFY(!ConsoleTheme::isDark());
        QCOMPARE(label.styleSheet(), lightStyle);
    }

    void forcedChoicesIgnoreThePortal() {
        m_portal->scheme = 1;
        ConsoleTheme theme;
        theme.apply(ThemeChoice::Light);
        QVERIFY(!ConsoleTheme::isDark());
        emitSchemeChange(1);
        QTest::qWait(200);
        QVERIFY(!ConsoleTheme::isDark()); // the founder's choice stands
        theme.apply(ThemeChoice::Dark);
        QVERIFY(ConsoleTheme::isDark());
        theme.apply(ThemeChoice::System);
        QVERIFY(ConsoleTheme::isDark()); // the portal still says dark
        m_portal->scheme = 0;
        theme.apply(ThemeChoice::System);
        QVERIFY(!ConsoleTheme::isDark());
    }

private:
    void emitSchemeChange(uint scheme) {
        m_portal->scheme = scheme;
        FakePortalSettings* portal = m_portal;
        QMetaObject::invokeMethod(m_portalObject, [portal, scheme] {
            emit portal->SettingChanged(QStringLiteral("org.freedesktop.appearance"),
                                        QStringLiteral("color-scheme"),
                                        QDBusVariant(QVariant::fromValue(scheme)));
        });
    }

    QProcess m_daemon;
    QThread m_portalThread;
    std::unique_ptr<QDBusConnection> m_portalBus;
    QObject* m_portalObject = nullptr;
    FakePortalSettings* m_portal = nullptr;
    bool m_platformDark = false;
    QPalette m_platformPalette;
    QString m_platformStyle;
};

QTEST_MAIN(TestConsoleTheme)
#include "tst_console_theme.moc"
