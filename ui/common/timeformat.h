#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace ui {

// Shows a stored UTC time the way the office reads it: in the workspace's time zone, with Moscow alongside,
// both named, so a 10:00 London post is never mistaken for 10:00 Moscow.
class TimeFormat final
{
public:
    explicit TimeFormat(QTimeZone workspaceZone);

    QString local(const QDateTime &utc) const;      // "Thu 26 Nov 2026, 10:00 GMT"
    QString moscow(const QDateTime &utc) const;     // "13:00 MSK"
    QString both(const QDateTime &utc) const;       // "Thu 26 Nov 2026, 10:00 GMT · 13:00 MSK"
    QString shortLocal(const QDateTime &utc) const; // "26 Nov, 10:00"
    const QTimeZone &zone() const { return m_zone; }

private:
    QTimeZone m_zone;
    QTimeZone m_moscow;
};

} // namespace ui
