// DesktopNotifier against a real session bus: a stand-in notification service is registered under the desktop's
// well-known name, so the test sees exactly what the desktop would receive, and answers with the desktop's signals.
#include "common/desktopnotifier.h"

#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QTest>

namespace {

class FakeNotifications final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        QString summary, body;
        QStringList actions;
    };
    QList<Shown> shown;

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(appName) Q_UNUSED(replacesId) Q_UNUSED(icon) Q_UNUSED(hints) Q_UNUSED(timeout)
        shown.append({summary, body, actions});
        return uint(shown.size() + 40);
    }

public:
    void click(uint id)
    {
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                                         QStringLiteral("org.freedesktop.Notifications"),
                                                         QStringLiteral("ActionInvoked"));
        signal << id << QStringLiteral("default");
        QDBusConnection::sessionBus().send(signal);
    }
};

} // namespace

class TestNotifier : public QObject
{
    Q_OBJECT

private slots:
    void fallsBackWithoutADesktopService()
    {
        ui::DesktopNotifier notifier;
        QVERIFY(!notifier.desktopServiceAvailable());
        QSignalSpy fallback(&notifier, &ui::DesktopNotifier::fallbackMessage);
        notifier.notify(QStringLiteral("Not published"), QStringLiteral("Embassy EN: duplicate content"));
        QCOMPARE(fallback.size(), 1);
        QVERIFY(fallback.first().first().toString().contains(QStringLiteral("duplicate content")));
    }

    void notifiesAndOpensWhatTheActionNames()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected())
            QSKIP("no session bus (./dev test provides one)");
        FakeNotifications service;
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &service,
                                   QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.Notifications")));

        ui::DesktopNotifier notifier;
        QVERIFY(notifier.desktopServiceAvailable());
        QSignalSpy fallback(&notifier, &ui::DesktopNotifier::fallbackMessage);
        QSignalSpy activated(&notifier, &ui::DesktopNotifier::activated);
        notifier.notify(QStringLiteral("Criticism storm"), QStringLiteral("93 in the last hour"),
                        QStringLiteral("inbox:storm"));
        QCOMPARE(service.shown.size(), 1);
        QCOMPARE(service.shown.first().summary, QStringLiteral("Criticism storm"));
        QCOMPARE(service.shown.first().actions.first(), QStringLiteral("default"));
        QCOMPARE(fallback.size(), 0);

        service.click(41);
        QVERIFY(activated.wait(3000));
        QCOMPARE(activated.first().first().toString(), QStringLiteral("inbox:storm"));

        bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
    }
};

QTEST_MAIN(TestNotifier)
#include "tst_notifier.moc"
