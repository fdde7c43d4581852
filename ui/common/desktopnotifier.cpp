#include "common/desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusReply>
#include <QVariantMap>

namespace ui {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
// The action the notification service invokes when the body itself is clicked (Desktop Notifications spec 1.2).
const QString kDefaultAction = QStringLiteral("default");
constexpr int kExpireMs = 15000;

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent) : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    m_service = new QDBusInterface(kService, kPath, kService, bus, this);
    bus.connect(kService, kPath, kService, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(kService, kPath, kService, QStringLiteral("NotificationClosed"), this,
                SLOT(onClosed(uint, uint)));
}

DesktopNotifier::~DesktopNotifier() = default;

bool DesktopNotifier::desktopServiceAvailable() const
{
    if (!m_service)
        return false;
    const QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    // A registered name, or one the bus can start on demand (most desktops activate their daemon that way).
    return bus && (bus->isServiceRegistered(kService).value() ||
                   bus->activatableServiceNames().value().contains(kService));
}

void DesktopNotifier::notify(const QString &title, const QString &body, const QString &actionKey)
{
    if (desktopServiceAvailable()) {
        QStringList actions;
        if (!actionKey.isEmpty())
            actions << kDefaultAction << tr("Show");
        QVariantMap hints;
        hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("attache"));
        const QDBusReply<uint> reply =
            m_service->call(QStringLiteral("Notify"), QStringLiteral("Attaché"), uint(0),
                            QStringLiteral("attache"), title, body, actions, hints, kExpireMs);
        if (reply.isValid()) {
            if (!actionKey.isEmpty())
                m_actionKeys.insert(reply.value(), actionKey);
            return;
        }
    }
    emit fallbackMessage(body.isEmpty() ? title : tr("%1: %2").arg(title, body));
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    Q_UNUSED(action) // the one action offered is "Show"; whichever the service reports, open what it names
    const QString key = m_actionKeys.take(id);
    if (!key.isEmpty())
        emit activated(key);
}

void DesktopNotifier::onClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    m_actionKeys.remove(id);
}

} // namespace ui
