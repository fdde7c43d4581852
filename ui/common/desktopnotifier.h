#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QDBusInterface;

namespace ui {

// Tells the user about something that happened while they looked elsewhere (a post the platform refused, a storm
// of criticism), through the desktop's notification service (org.freedesktop.Notifications on the session bus).
// Where no such service runs (a bare X session, a headless test) the same words go to `fallbackMessage`, which the
// main window shows in its status bar, so nothing is said into the void.
class DesktopNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // Shows a notification. With an action key, the notification offers "Show", and choosing it emits
    // `activated(actionKey)` — the key says what to open (for example "post:12" or "inbox:storm").
    void notify(const QString &title, const QString &body, const QString &actionKey = {});

    // True when the desktop's notification service answered; false means notifications go to the fallback.
    bool desktopServiceAvailable() const;

signals:
    void activated(const QString &actionKey);
    void fallbackMessage(const QString &text);

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    QDBusInterface *m_service = nullptr;
    QHash<uint, QString> m_actionKeys; // notification id → what it opens
};

} // namespace ui
