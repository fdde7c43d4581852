#include "common/timeformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace ui {

TimeFormat::TimeFormat(QTimeZone workspaceZone) : m_zone(std::move(workspaceZone)), m_moscow("Europe/Moscow")
{
}

QString TimeFormat::local(const QDateTime &utc) const
{
    if (!utc.isValid())
        return {};
    const QDateTime t = utc.toTimeZone(m_zone);
    return QLocale().toString(t, QStringLiteral("ddd d MMM yyyy, HH:mm ")) + m_zone.abbreviation(t);
}

QString TimeFormat::moscow(const QDateTime &utc) const
{
    if (!utc.isValid())
        return {};
    const QDateTime t = utc.toTimeZone(m_moscow);
    return QCoreApplication::translate("ui", "%1 Moscow").arg(QLocale().toString(t, QStringLiteral("HH:mm")));
}

QString TimeFormat::both(const QDateTime &utc) const
{
    if (!utc.isValid())
        return {};
    return local(utc) + QStringLiteral(" · ") + moscow(utc);
}

QString TimeFormat::shortLocal(const QDateTime &utc) const
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toTimeZone(m_zone), QStringLiteral("d MMM, HH:mm"));
}

} // namespace ui
